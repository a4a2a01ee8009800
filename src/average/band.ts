import { quantileSorted } from "d3-array";
import { type LoessLine, lineAt, loessLine } from "./loess.js";

/** Per estimate day, the 2.5% and 97.5% quantiles of the nearby residuals, in percentage points. */
export interface ResidualQuantiles {
  readonly low: Float64Array;
  readonly high: Float64Array;
}

/** Below this many polls, a fold would be too small to fit, so residuals are taken in sample. */
const MIN_CROSS_VALIDATED = 6;

/**
 * Each poll's residual (value − line, in percentage points) from a line fitted without it: the polls,
 * in date order, are split into two interleaved halves, and each half is measured against the LOESS
 * line of the other. A residual from the full line would be too small, since each poll pulls the line
 * toward itself; that matters most where the window holds few polls. Below 6 polls, the full line's
 * residuals are used.
 */
export function crossValidatedResiduals(
  days: readonly number[],
  values: readonly number[],
  copies: readonly number[],
  bandwidthDays: number,
  line: LoessLine,
): number[] {
  const n = days.length;
  if (n < MIN_CROSS_VALIDATED) {
    const fitted = lineAt(line, days);
    return values.map((value, i) => value - (fitted[i] as number));
  }
  const residuals = new Array<number>(n).fill(0);
  for (const fold of [0, 1]) {
    const train = (_: unknown, i: number) => i % 2 !== fold;
    const test = (_: unknown, i: number) => i % 2 === fold;
    const other = loessLine(days.filter(train), values.filter(train), copies.filter(train), bandwidthDays);
    const fitted = lineAt(other, days.filter(test));
    for (let i = fold, t = 0; i < n; i += 2, t++) residuals[i] = (values[i] as number) - (fitted[t] as number);
  }
  return residuals;
}

/**
 * The residual quantiles behind the prediction band of {@link pollAverage}. For each line day, the
 * window is the `windowPolls` polls nearest to it in time (ties go to the earlier poll), each counted
 * once, and the result is the 2.5% and 97.5% quantiles of their residuals.
 *
 * The window only moves forward, so it slides: each step drops one residual from a sorted array and
 * inserts one, by binary search. That is O(n·k) element moves for n polls and k-poll windows, where
 * sorting each window afresh would be O(d·k·log k) comparisons for d days.
 *
 * @param days - Days since the first poll, one per poll, ascending.
 * @param residuals - Each poll's residual, in the same order.
 * @param lineDays - The days to estimate at, ascending.
 * @param windowPolls - How many polls each window holds: from 1 to the number of polls.
 */
export function residualQuantiles(
  days: readonly number[],
  residuals: readonly number[],
  lineDays: readonly number[],
  windowPolls: number,
): ResidualQuantiles {
  const n = days.length;
  const k = Math.min(n, Math.max(1, windowPolls));
  const sorted = residuals.slice(0, k).sort((a, b) => a - b);
  const low = new Float64Array(lineDays.length);
  const high = new Float64Array(lineDays.length);
  let lo = 0;
  lineDays.forEach((day, j) => {
    while (lo + k < n && (days[lo + k] as number) - day < day - (days[lo] as number)) {
      sorted.splice(lowerBound(sorted, residuals[lo] as number), 1);
      const added = residuals[lo + k] as number;
      sorted.splice(lowerBound(sorted, added), 0, added);
      lo++;
    }
    low[j] = quantileSorted(sorted, predictionRank(0.025, k)) as number;
    high[j] = quantileSorted(sorted, predictionRank(0.975, k)) as number;
  });
  return { low, high };
}

/**
 * The argument to d3's `quantileSorted` that gives the p quantile at rank p·(k + 1) (Hyndman and Fan's
 * type 6) instead of d3's p·(k − 1) + 1 (type 7). A new draw from the same distribution falls between
 * ranks j and k + 1 − j of k draws with probability (k + 1 − 2j) ÷ (k + 1), so type 6 makes the 2.5% to
 * 97.5% interval hold 95% of new polls, where type 7 holds about 92% in a 60-poll window. Below 39
 * polls the rank falls outside 1..k and clamps to the extremes, which hold (k − 1) ÷ (k + 1).
 */
function predictionRank(p: number, k: number): number {
  return k < 2 ? p : Math.min(1, Math.max(0, (p * (k + 1) - 1) / (k - 1)));
}

/** The first index of a sorted array whose element is not below `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
