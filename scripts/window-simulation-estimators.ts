// `npm run simulate:window`, second part: LOESS against the state-space average (with and without house
// effects) on known truths (scripts/window-simulation-cases.ts), and the tables that chose the
// state-space average's rules: the widest interval it publishes, the polls it needs near an estimate,
// and the span of its one-voice rule.
import { averageWith, SPARSE_RULE } from "../src/average/average.js";
import { kalmanAverage, STATE_SPACE_RULES, type StateSpaceRules } from "../src/average/kalman.js";
import { resolveAverageOptions } from "../src/average/options.js";
import { KALMAN_SUPPORT } from "../src/average/support.js";
import type { PollAverage } from "../src/average/types.js";
import type { PollSeries } from "../src/model/types.js";
import { dayOf } from "../test/simulate.js";
import { CASES, type SimulatedSeries, shortRun } from "./window-simulation-cases.js";

/** The estimators compared: a name and how each averages a series. */
export const ESTIMATORS: readonly { name: string; average: (series: PollSeries) => PollAverage }[] = [
  { name: "LOESS", average: (s) => averageWith(s, resolveAverageOptions({}), SPARSE_RULE) },
  { name: "kalman", average: (s) => kalmanAverage(s, resolveAverageOptions({ method: "kalman" })) },
  {
    name: "kalman, house effects",
    average: (s) => kalmanAverage(s, resolveAverageOptions({ method: "kalman", houseEffects: true })),
  },
];

/** The scores of one estimator on one case, over its seeds. */
export interface CaseScore {
  /** Root mean square error of the published estimates against the truth, in points. */
  readonly rmse: number;
  /** Mean absolute error of the last published estimate against the truth on its day, in points. */
  readonly lastError: number;
  /** Share of published estimates whose 95% interval holds the truth. */
  readonly coverage: number;
  /** Mean width of the published 95% intervals, in points. */
  readonly width: number;
  /** Share of distinct poll days with a published estimate. */
  readonly shown: number;
}

/** Scores an estimator on simulated series. */
export function scoreOn(series: readonly SimulatedSeries[], average: (s: PollSeries) => PollAverage): CaseScore {
  let squares = 0;
  let covered = 0;
  let widths = 0;
  let count = 0;
  let last = 0;
  let days = 0;
  for (const { points, truth } of series) {
    const { estimates } = average({ id: "s", label: "Approve", points });
    days += new Set(points.map((p) => p.date)).size;
    for (const e of estimates) {
      const t = truth(dayOf(e.date));
      squares += (e.value - t) ** 2;
      covered += e.lower <= t && t <= e.upper ? 1 : 0;
      widths += e.upper - e.lower;
      count++;
    }
    const end = estimates[estimates.length - 1];
    if (end) last += Math.abs(end.value - truth(dayOf(end.date)));
  }
  return {
    rmse: Math.sqrt(squares / Math.max(1, count)),
    lastError: last / series.length,
    coverage: covered / Math.max(1, count),
    width: widths / Math.max(1, count),
    shown: count / Math.max(1, days),
  };
}

const f = (x: number) => x.toFixed(2);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The README's table: each case × each estimator, `seeds` seeds each. */
export function estimatorTable(seeds: number): string[] {
  const lines = [
    "| truth | estimator | RMSE | error on the last day | 95% interval holds the truth | mean interval width | poll days with an estimate |",
    "|---|---|---:|---:|---:|---:|---:|",
  ];
  for (const c of CASES) {
    const series = Array.from({ length: seeds }, (_, k) => c.make(k + 1));
    for (const { name, average } of ESTIMATORS) {
      const s = scoreOn(series, average);
      lines.push(
        `| ${c.name} | ${name} | ${f(s.rmse)} | ${f(s.lastError)} | ${pct(s.coverage)} | ${f(s.width)} | ${pct(s.shown)} |`,
      );
    }
  }
  return lines;
}

/** Every estimate of the state-space average under a rule that publishes all, with its error and interval. */
function allEstimates(series: readonly SimulatedSeries[], houseEffects: boolean) {
  const open: StateSpaceRules = {
    ...STATE_SPACE_RULES,
    support: { maxIntervalWidth: Number.POSITIVE_INFINITY, minPolls: 1, halfSpanDays: 30 },
  };
  const options = resolveAverageOptions({ method: "kalman", houseEffects });
  return series.flatMap(({ points, truth }) =>
    kalmanAverage({ id: "s", label: "Approve", points }, options, open).estimates.map((e) => ({
      error: e.value - truth(dayOf(e.date)),
      width: e.upper - e.lower,
      covered: e.lower <= truth(dayOf(e.date)) && truth(dayOf(e.date)) <= e.upper,
      polls: e.nearbyPolls ?? 0,
    })),
  );
}

/**
 * The series the support tables pool: every case, and short runs of 3 to 20 polls by 2–4 pollsters over
 * 30 to 720 days, with polls as noisy as the panel's or twice as noisy.
 */
function supportSeries(seeds: number): SimulatedSeries[] {
  const out: SimulatedSeries[] = CASES.flatMap((c) => Array.from({ length: seeds }, (_, k) => c.make(k + 1)));
  for (let seed = 1; seed <= 4 * seeds; seed++)
    for (const polls of [3, 5, 7, 12, 20])
      for (const noise of [1.2, 2.5])
        out.push(
          shortRun(seed * 10 + polls, polls, 2 + (seed % 3), [30, 90, 180, 360, 720][seed % 5] as number, noise),
        );
  return out;
}

/** Estimates binned by a key: count, RMSE, coverage, and the share whose error exceeds a single poll's sd. */
function binned<T extends { error: number; covered: boolean }>(
  rows: readonly T[],
  bins: readonly [string, (row: T) => boolean][],
): string[] {
  const single = 1.2 * 100 * Math.sqrt(0.25 / 1000);
  return bins.map(([label, keep]) => {
    const kept = rows.filter(keep);
    const n = Math.max(1, kept.length);
    const rmse = Math.sqrt(kept.reduce((a, r) => a + r.error ** 2, 0) / n);
    const coverage = kept.filter((r) => r.covered).length / n;
    const worse = kept.filter((r) => Math.abs(r.error) > single).length / n;
    return `| ${label} | ${kept.length} | ${f(rmse)} | ${pct(coverage)} | ${pct(worse)} |`;
  });
}

/** The tables that chose KALMAN_SUPPORT: estimates by interval width and by polls within 30 days. */
export function supportTables(seeds: number): string[] {
  const rows = [false, true].flatMap((house) => allEstimates(supportSeries(seeds), house));
  const head = "| count | RMSE | 95% interval holds the truth | off by more than a single poll's sd (1.90) |";
  const widths: [number, number][] = [
    [0, 2],
    [2, 3],
    [3, 4],
    [4, 5],
    [5, 6],
    [6, 7],
    [7, 8],
    [8, 9],
    [9, 10],
    [10, 12],
    [12, 15],
    [15, Number.POSITIVE_INFINITY],
  ];
  const polls: [number, number][] = [
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 5],
    [6, 9],
    [10, Number.POSITIVE_INFINITY],
  ];
  return [
    `| interval width (points) ${head}`,
    "|---|---:|---:|---:|---:|",
    ...binned(
      rows,
      widths.map(([lo, hi]) => [
        `${lo}–${hi === Number.POSITIVE_INFINITY ? "" : hi}`,
        (r) => r.width >= lo && r.width < hi,
      ]),
    ),
    "",
    `| polls within 30 days either side (interval at most ${KALMAN_SUPPORT.maxIntervalWidth} points wide) ${head}`,
    "|---|---:|---:|---:|---:|",
    ...binned(
      rows.filter((r) => r.width <= KALMAN_SUPPORT.maxIntervalWidth),
      polls.map(([lo, hi]) => [
        hi === lo ? String(lo) : `${lo}${hi === Number.POSITIVE_INFINITY ? "+" : `–${hi}`}`,
        (r) => r.polls >= lo && r.polls <= hi,
      ]),
    ),
  ];
}

/**
 * The lone-poll rule: in the case's year of one poll a quarter, the estimates the state-space average
 * would publish with 1, 2 or 3 polls required within 30 days (the interval rule as KALMAN_SUPPORT's).
 */
export function quarterTable(seeds: number): string[] {
  const quarterly = CASES[4];
  if (!quarterly) return [];
  const single = 1.2 * 100 * Math.sqrt(0.25 / 1000);
  const lines = [
    `| polls required within 30 days | poll days of the quarterly year with an estimate | RMSE there (a single poll: ${f(single)}) | 95% interval holds the truth |`,
    "|---:|---:|---:|---:|",
  ];
  for (const minPolls of [1, 2, 3]) {
    const rules = { ...STATE_SPACE_RULES, support: { ...KALMAN_SUPPORT, minPolls } };
    const options = resolveAverageOptions({ method: "kalman" });
    let shown = 0;
    let days = 0;
    let squares = 0;
    let covered = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const { points, truth } = quarterly.make(seed);
      const inYear = (day: number) => day > 380 && day < 715;
      days += points.filter((p) => inYear(dayOf(p.date))).length;
      for (const e of kalmanAverage({ id: "s", label: "Approve", points }, options, rules).estimates) {
        const day = dayOf(e.date);
        if (!inYear(day)) continue;
        shown++;
        squares += (e.value - truth(day)) ** 2;
        covered += e.lower <= truth(day) && truth(day) <= e.upper ? 1 : 0;
      }
    }
    lines.push(
      `| ${minPolls} | ${shown} of ${days} | ${f(Math.sqrt(squares / Math.max(1, shown)))} | ${pct(covered / Math.max(1, shown))} |`,
    );
  }
  return lines;
}

/** The one-voice span: the daily tracker case under spans of 7 to 45 days either side. */
export function voiceTable(seeds: number): string[] {
  const tracker = CASES[3];
  if (!tracker) return [];
  const series = Array.from({ length: seeds }, (_, k) => tracker.make(k + 1));
  const single = CASES.slice(0, 3).flatMap((c) => Array.from({ length: seeds }, (_, k) => c.make(k + 1)));
  const lines = [
    "| one voice over ± days | daily tracker beside five monthlies: RMSE | mean error (bias) | panel cases: RMSE | panel: 95% interval holds the truth |",
    "|---:|---:|---:|---:|---:|",
  ];
  for (const voiceHalfSpan of [0, 3, 7, 15, 30, 45]) {
    const rules = { ...STATE_SPACE_RULES, voiceHalfSpan };
    const options = resolveAverageOptions({
      method: "kalman",
      ...(voiceHalfSpan ? {} : { pollsterWeighting: "per-poll" }),
    });
    const average = (s: PollSeries) => kalmanAverage(s, options, rules);
    const a = scoreOn(series, average);
    let bias = 0;
    let count = 0;
    for (const { points, truth } of series)
      for (const e of average({ id: "s", label: "Approve", points }).estimates) {
        bias += e.value - truth(dayOf(e.date));
        count++;
      }
    const b = scoreOn(single, average);
    lines.push(
      `| ${voiceHalfSpan || "none (per poll)"} | ${f(a.rmse)} | ${f(bias / count)} | ${f(b.rmse)} | ${pct(b.coverage)} |`,
    );
  }
  return lines;
}
