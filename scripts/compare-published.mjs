// npm run compare:published: poll-trend's averages of four published poll lists against the publisher's own
// daily average of the same polls (FiveThirtyEight's Trump approval, 2018 generic ballot, and approval of
// Trump's and Biden's handling of the coronavirus; test/data/README.md has the files and their licenses),
// for LOESS and the state-space average with and without house effects. Prints Markdown tables; the
// README's Trackers section shows them.
import "poll-trend/average"; // trackers draw their poll average
import { pathToFileURL } from "node:url";
import { pollAverage } from "poll-trend";
import { publishedAverages } from "./compare-data.mjs";

const DAY = 86_400_000;
/** A published average's first days rest on a handful of polls and swing with each; the table also gives the largest difference after them. */
const SETTLING_DAYS = 14;

export const ESTIMATORS = [
  ["LOESS", { method: "loess" }],
  ["kalman", { method: "kalman" }],
  ["kalman, house effects", { method: "kalman", houseEffects: true }],
];

const shifted = (date, days) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
const largest = (diffs) =>
  diffs.reduce((worst, d) => (Math.abs(d.difference) > Math.abs(worst.difference) ? d : worst), diffs[0]);

/**
 * poll-trend's average of one series against a published daily average: the differences (poll-trend −
 * published, in points) on every day both have an estimate, and their summary.
 */
export function compareSeries(series, topline, options) {
  const { estimates } = pollAverage(series, options);
  const first = [...topline.keys()][0];
  const diffs = estimates.flatMap((e) => {
    const theirs = topline.get(e.date)?.[series.id];
    return theirs === undefined ? [] : [{ date: e.date, difference: e.value - theirs }];
  });
  const settled = diffs.filter((d) => d.date >= shifted(first, SETTLING_DAYS));
  return {
    days: diffs.length,
    mad: diffs.reduce((sum, d) => sum + Math.abs(d.difference), 0) / diffs.length,
    bias: diffs.reduce((sum, d) => sum + d.difference, 0) / diffs.length,
    largest: largest(diffs),
    largestSettled: largest(settled),
  };
}

/** One row per published average, series and estimator. */
export function comparePublished(estimators = ESTIMATORS) {
  const rows = [];
  for (const { name, series, topline } of publishedAverages())
    for (const s of series)
      for (const [estimator, options] of estimators)
        rows.push({
          average: name,
          series: s.label,
          polls: s.points.length,
          estimator,
          ...compareSeries(s, topline, options),
        });
  return rows;
}

const sign = (x) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(2)}`;

/** The rows as a Markdown table. */
export function publishedTable(rows) {
  const head =
    "| published average | series (polls) | estimator | days | mean abs. difference | bias | largest difference (date) | largest after the first two weeks |\n|---|---|---|---:|---:|---:|---|---|";
  const body = rows.map(
    (r) =>
      `| ${r.average} | ${r.series} (${r.polls}) | ${r.estimator} | ${r.days} | ${r.mad.toFixed(2)} | ${sign(r.bias)} | ${sign(r.largest.difference)} (${r.largest.date}) | ${sign(r.largestSettled.difference)} (${r.largestSettled.date}) |`,
  );
  return `${head}\n${body.join("\n")}`;
}

/** Per estimator: how many series meet the aims (mean absolute difference ≤ 0.8, bias within ±0.5), and the means. */
export function summaryTable(rows) {
  const head =
    "| estimator | series with MAD ≤ 0.8 | series with bias within ±0.5 | mean MAD | mean abs. bias |\n|---|---:|---:|---:|---:|";
  const body = ESTIMATORS.map(([name]) => {
    const mine = rows.filter((r) => r.estimator === name);
    const mean = (f) => (mine.reduce((a, r) => a + f(r), 0) / mine.length).toFixed(2);
    return `| ${name} | ${mine.filter((r) => r.mad <= 0.8).length} of ${mine.length} | ${mine.filter((r) => Math.abs(r.bias) <= 0.5).length} of ${mine.length} | ${mean((r) => r.mad)} | ${mean((r) => Math.abs(r.bias))} |`;
  });
  return `${head}\n${body.join("\n")}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = comparePublished();
  console.log(
    "poll-trend's average minus the published daily average of the same polls, in percentage points, over every day both have an estimate (poll-trend's estimates are on poll days).\n",
  );
  console.log(publishedTable(rows));
  console.log(`\n${summaryTable(rows)}`);
}
