import { residualQuantiles } from "./band.js";
import type { VarianceParts } from "./interval.js";
import { interpolate, type LineRule, lineAt, type RobustLine } from "./line.js";
import type { PreparedPolls } from "./polls.js";
import { medianDefined } from "./select.js";
import type { AverageEstimate, SparsePolling } from "./types.js";
import { halfWidths, windowRange } from "./window.js";

/** The band's residual window holds at least this many polls (where the series has them). */
const MIN_BAND_POLLS = 39;
const Z975 = 1.959963984540054;

/**
 * The 97.5% quantile of Student's t with `freedom` degrees of freedom (at least 1): exact for 1 and 2,
 * else the Cornish–Fisher expansion around the normal's 1.96 (within 0.03 at 3, 0.001 from 10). The
 * spread of house effects is estimated from P pollsters, so the interval takes P − 1 degrees of
 * freedom when that spread counts: wider with few pollsters.
 */
export function tQuantile975(freedom: number): number {
  if (freedom < 1.5) return 12.706;
  if (freedom < 2.5) return 4.303;
  const z = Z975;
  const v = Math.floor(freedom);
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  return z + g1 / v + g2 / v ** 2 + g3 / v ** 3;
}

/** What the estimates are read from: the polls, the fitted line and what its residuals say. */
export interface EstimateInput {
  readonly polls: PreparedPolls;
  /** The values the line was fitted to (adjusted for house effects, when they are). */
  readonly values: Float64Array;
  readonly line: RobustLine;
  /** Each poll's cross-validated residual, for the single-poll band. */
  readonly residuals: Float64Array;
  readonly variance: VarianceParts;
  readonly rule: LineRule;
  /** The line's fit days. */
  readonly at: Float64Array;
  /** The lowest value an estimate can take: 0 for shares, −100 for net values. */
  readonly floor: number;
}

/** The estimates of {@link pollAverage}, their runs, where the line stops, and the window widths used. */
export interface DailyEstimates {
  readonly estimates: AverageEstimate[];
  readonly runs: AverageEstimate[][];
  readonly sparse: SparsePolling[];
  /** The full width in days of each estimate's window. */
  readonly widths: number[];
}

/**
 * One estimate per distinct poll day with at least `minFitPolls` polls in its window, where the line
 * has a value (linear between fit days, so none between a fit day with a value and one without):
 * clamped to the lowest and highest of the values in the day's own window (O(polls in it)), with its
 * 95% interval and its single-poll band. Days without one make the stretches of `sparse` and split `runs`.
 */
export function dailyEstimates(input: EstimateInput): DailyEstimates {
  const { polls, values, line, residuals, variance, rule, at, floor } = input;
  const clampPercent = (value: number) => Math.min(100, Math.max(floor, value));
  const days: number[] = [];
  const dayPolls: number[] = [];
  polls.days.forEach((day, i) => {
    if (i > 0 && day === polls.days[i - 1]) dayPolls[dayPolls.length - 1] = dayPolls[dayPolls.length - 1]! + 1;
    else {
      days.push(day);
      dayPolls.push(1);
    }
  });
  const estimateDays = Float64Array.from(days);
  const halves = halfWidths(polls.days, estimateDays, rule);
  const fitted = lineAt(line.fit, estimateDays);
  const pollsterTerm = interpolate(at, line.fit.pollsterTerm, estimateDays);
  const pollTerm = interpolate(at, line.fit.pollTerm, estimateDays);
  const windows = days.map((day, j) => windowRange(polls.days, day, halves[j]!));
  const enough = windows.map(([lo, hi]) => hi - lo >= rule.minFitPolls);

  const counts = windows.filter((_, j) => enough[j]).map(([lo, hi]) => hi - lo);
  const bandPolls = Math.max(
    Math.min(polls.days.length, MIN_BAND_POLLS),
    counts.length ? medianDefined(Float64Array.from(counts)) : 0,
  );
  const band = residualQuantiles(polls.days, residuals, at, bandPolls);
  const bandLow = interpolate(at, band.low, estimateDays);
  const bandHigh = interpolate(at, band.high, estimateDays);
  const z = variance.betweenPollsters > 0 ? tQuantile975(polls.pollsters.length - 1) : Z975;

  const estimates: AverageEstimate[] = [];
  const runs: AverageEstimate[][] = [];
  const sparse: SparsePolling[] = [];
  let run: AverageEstimate[] = [];
  let offset = 0;
  days.forEach((_, j) => {
    const date = polls.points[offset]?.date ?? "";
    const [lo, hi] = windows[j]!;
    offset += dayPolls[j]!;
    const raw = fitted[j]!;
    if (!enough[j] || Number.isNaN(raw)) {
      if (run.length) runs.push(run);
      run = [];
      const last = sparse[sparse.length - 1];
      const continues = last && j > 0 && (!enough[j - 1] || Number.isNaN(fitted[j - 1]!));
      if (last && continues) sparse[sparse.length - 1] = { ...last, to: date, polls: last.polls + dayPolls[j]! };
      else sparse.push({ from: date, to: date, polls: dayPolls[j]! });
      return;
    }
    // No extrapolation: the estimate stays between the lowest and highest of the values in its window.
    let min = Infinity;
    let max = -Infinity;
    for (let i = lo; i < hi; i++) {
      min = Math.min(min, values[i]!);
      max = Math.max(max, values[i]!);
    }
    const value = Math.min(max, Math.max(min, raw));
    const spread = z * Math.sqrt(variance.betweenPollsters * pollsterTerm[j]! + variance.withinPollster * pollTerm[j]!);
    const estimate = Object.freeze({
      date,
      value: clampPercent(value),
      lower: clampPercent(value - spread),
      upper: clampPercent(value + spread),
      pollLower: clampPercent(Math.min(value + bandLow[j]!, value)),
      pollUpper: clampPercent(Math.max(value + bandHigh[j]!, value)),
    });
    estimates.push(estimate);
    run.push(estimate);
  });
  if (run.length) runs.push(run);

  const widths = days.map((_, j) => 2 * halves[j]!).filter((_, j) => enough[j] && !Number.isNaN(fitted[j]!));
  return { estimates, runs, sparse, widths };
}
