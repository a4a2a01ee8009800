import { fitAt } from "./fit.js";
import { lineAt, type LineRule, type RobustLine } from "./line.js";
import { type PreparedPolls, subsetPolls } from "./polls.js";
import { quantileInPlace } from "./select.js";
import { halfWidths, nearestStarts } from "./window.js";

/** Per fit day, the 2.5% and 97.5% quantiles of the nearby residuals, in percentage points. */
export interface ResidualQuantiles {
  readonly low: Float64Array;
  readonly high: Float64Array;
}

/** Below this many polls, a fold would be too small to fit, so residuals are taken in sample. */
const MIN_CROSS_VALIDATED = 6;

/**
 * Each poll's residual (its published value − the line, in percentage points) from a line fitted
 * without it: the polls, in date order, are split into two interleaved halves, and each half is
 * measured against the line of the other, fitted to the same values (adjusted for house effects, when
 * they are) with the full line's robustness weights (so an outlier found once stays one) and the same
 * windows, except that where polls are sparse they widen to reach half as many polls and need half as
 * many, so that they span about the days the full line's windows span. A residual from the full line
 * would be too small, since each poll pulls the line toward itself; that matters most where the window holds few polls.
 * Where the other
 * half has too few polls near a poll, its residual is `NaN` (left out of the band); below 6 polls, or
 * where no poll could be measured so, the full line's residuals are used (`NaN` where it has no value).
 *
 * @param values - The values the line is fitted to.
 * @param line - The full line, fitted at `at`.
 */
export function crossValidatedResiduals(
  polls: PreparedPolls,
  values: Float64Array,
  line: RobustLine,
  rule: LineRule,
  at: Float64Array,
): Float64Array {
  const n = polls.days.length;
  const fitted = lineAt(line.fit, polls.days);
  const inSample = new Float64Array(n);
  for (let i = 0; i < n; i++) inSample[i] = polls.values[i]! - fitted[i]!;
  if (n < MIN_CROSS_VALIDATED) return inSample;
  const residuals = new Float64Array(n).fill(Number.NaN);
  // Each half has half the polls, so its windows reach half as many to span the same days as the full line's.
  const halfRule = { ...rule, minPolls: Math.ceil(rule.minPolls / 2), minFitPolls: Math.ceil(rule.minFitPolls / 2) };
  let measured = 0;
  for (const fold of [0, 1]) {
    const train = subsetPolls(polls, (i) => i % 2 !== fold);
    const kept = (_: number, i: number) => i % 2 !== fold;
    const input = {
      polls: train,
      values: values.filter(kept),
      robustness: line.robustness.filter(kept),
      weighting: rule.weighting,
      minPolls: halfRule.minFitPolls,
    };
    const other = { fit: fitAt(input, at, halfWidths(train.days, at, halfRule)) };
    const testDays = polls.days.filter((_, i) => i % 2 === fold);
    const predicted = lineAt(other.fit, testDays);
    for (let i = fold, t = 0; i < n; i += 2, t++) {
      const p = predicted[t]!;
      if (Number.isNaN(p)) continue;
      residuals[i] = polls.values[i]! - p;
      measured++;
    }
  }
  // An in-sample residual is too small, so it stands in only where no poll could be measured out of sample.
  return measured > 0 ? residuals : inSample;
}

/**
 * The residual quantiles behind the single-poll band: for each of `at`, the `windowPolls` polls
 * nearest to it in time, each counted once whatever its weight in the line, and the 2.5% and 97.5%
 * quantiles of their residuals at ranks p·(k + 1) (Hyndman and Fan's type 6). Each is an O(k)
 * selection (quickselect), so the cost is O(fit days × k).
 *
 * @param days - Days of the polls, ascending.
 * @param residuals - Each poll's residual, in the same order; `NaN` ones are left out.
 * @param at - The days to measure at, ascending.
 * @param windowPolls - How many polls each window holds: from 1 to the number of polls.
 */
export function residualQuantiles(
  days: Float64Array,
  residuals: Float64Array,
  at: Float64Array,
  windowPolls: number,
): ResidualQuantiles {
  const k = Math.min(days.length, Math.max(1, windowPolls));
  const starts = nearestStarts(days, at, k);
  const low = new Float64Array(at.length);
  const high = new Float64Array(at.length);
  const scratch = new Float64Array(k);
  for (let j = 0; j < at.length; j++) {
    const start = starts[j]!;
    let m = 0;
    for (let i = start; i < start + k; i++) if (!Number.isNaN(residuals[i]!)) scratch[m++] = residuals[i]!;
    low[j] = m ? quantileInPlace(scratch, m, predictionRank(0.025, m)) : 0;
    high[j] = m ? quantileInPlace(scratch, m, predictionRank(0.975, m)) : 0;
  }
  return { low, high };
}

/**
 * The argument to a type-7 quantile (d3's `quantile`) that gives the p quantile at rank p·(k + 1) (Hyndman and Fan's
 * type 6) instead of d3's p·(k − 1) + 1 (type 7). A new draw from the same distribution falls between
 * ranks j and k + 1 − j of k draws with probability (k + 1 − 2j) ÷ (k + 1), so type 6 makes the 2.5% to
 * 97.5% interval hold 95% of new polls, where type 7 holds about 92% in a 60-poll window. Below 39
 * polls the rank falls outside 1..k and clamps to the extremes, which hold (k − 1) ÷ (k + 1).
 */
function predictionRank(p: number, k: number): number {
  return k < 2 ? p : Math.min(1, Math.max(0, (p * (k + 1) - 1) / (k - 1)));
}
