// npm run compare:538: poll-trend's average of FiveThirtyEight's approval poll list (5/29/2020 run,
// "All polls", 5,048 polls by 76 pollsters) against FiveThirtyEight's own published daily average from
// the same run, with and without each option. Prints a Markdown table; bench/run.mjs puts it in
// bench/results.md. The data and its provenance: test/data/README.md (CC BY 4.0).
import { pathToFileURL } from "node:url";
import { pollAverage } from "poll-trend";
import { approvalPolls, approvalTopline } from "./fivethirtyeight.mjs";

const DAY = 86_400_000;
const MAX_SHIFT = 30;
/** FiveThirtyEight's first days rest on a handful of polls and swing with each; the table also gives the largest difference after them. */
const SETTLING_DAYS = 14;

export const VARIANTS = [
  ["default", {}],
  ["houseEffects: true", { houseEffects: true }],
  ['pollsterWeighting: "per-poll" (no pollster rule)', { pollsterWeighting: "per-poll" }],
  ['"per-poll" and houseEffects', { pollsterWeighting: "per-poll", houseEffects: true }],
  ['method: "kalman"', { method: "kalman" }],
  ['method: "kalman", houseEffects: true', { method: "kalman", houseEffects: true }],
];

const shifted = (date, days) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);

/**
 * The differences (poll-trend − FiveThirtyEight, in points) on every day both have an estimate, with
 * poll-trend's estimate of day d set against FiveThirtyEight's of day d + shift.
 */
function differences(estimates, topline, key, shift) {
  const out = [];
  for (const e of estimates) {
    const theirs = topline.get(shifted(e.date, shift));
    if (theirs) out.push({ date: e.date, difference: e.value - theirs[key] });
  }
  return out;
}

const meanAbsolute = (diffs) => diffs.reduce((sum, d) => sum + Math.abs(d.difference), 0) / diffs.length;
const largest = (diffs) =>
  diffs.reduce((worst, d) => (Math.abs(d.difference) > Math.abs(worst.difference) ? d : worst));

/** One row per option set and series: days compared, mean absolute difference, bias, largest difference, lead or lag. */
export function compare538() {
  const { series } = approvalPolls();
  const topline = approvalTopline();
  const first = [...topline.keys()][0];
  const rows = [];
  for (const [name, options] of VARIANTS)
    for (const s of series) {
      const { estimates } = pollAverage(s, options);
      const same = differences(estimates, topline, s.id, 0);
      let shift = 0;
      let shiftedMad = meanAbsolute(same);
      for (let k = -MAX_SHIFT; k <= MAX_SHIFT; k++) {
        const mad = meanAbsolute(differences(estimates, topline, s.id, k));
        if (mad < shiftedMad - 1e-12) [shift, shiftedMad] = [k, mad];
      }
      const settled = same.filter((d) => d.date >= shifted(first, SETTLING_DAYS));
      rows.push({
        variant: name,
        series: s.label,
        days: same.length,
        mad: meanAbsolute(same),
        bias: same.reduce((sum, d) => sum + d.difference, 0) / same.length,
        largest: largest(same),
        largestSettled: largest(settled),
        shift,
        shiftedMad,
      });
    }
  return rows;
}

const sign = (x) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(2)}`;
const lead = (shift) => (shift === 0 ? "in step" : shift > 0 ? `leads by ${shift} d` : `lags by ${-shift} d`);

/** The rows as a Markdown table. */
export function compareTable(rows) {
  const head =
    "| options | series | days | mean abs. difference | bias | largest difference (date) | largest after the first two weeks | lead or lag (MAD there) |\n|---|---|---:|---:|---:|---|---|---|";
  const body = rows.map(
    (r) =>
      `| ${r.variant} | ${r.series} | ${r.days} | ${r.mad.toFixed(2)} | ${sign(r.bias)} | ${sign(r.largest.difference)} (${r.largest.date}) | ${sign(r.largestSettled.difference)} (${r.largestSettled.date}) | ${lead(r.shift)} (${r.shiftedMad.toFixed(2)}) |`,
  );
  return `${head}\n${body.join("\n")}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(
    "poll-trend's average of FiveThirtyEight's approval poll list (5/29/2020, All polls) minus FiveThirtyEight's published daily average of the same run, in percentage points, over every day both have an estimate. Lead or lag: the shift of FiveThirtyEight's days that minimises the mean absolute difference (poll-trend leads when its estimate matches FiveThirtyEight's of later days).\n",
  );
  console.log(compareTable(compare538()));
}
