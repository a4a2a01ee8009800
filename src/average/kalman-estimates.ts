import type { PreparedPolls } from "./polls.js";
import { quantileInPlace } from "./select.js";
import { Z95 } from "./sampling.js";
import type { StateSpaceFit } from "./state-space.js";
import { pollsNear, type SupportRule } from "./support.js";
import type { AverageEstimate, SparsePolling } from "./types.js";

/** The estimates of a state-space average, their runs, where the line stops, and each estimate's equivalent window. */
export interface StateSpaceEstimates {
  readonly estimates: AverageEstimate[];
  readonly runs: AverageEstimate[][];
  readonly sparse: SparsePolling[];
  /** Per published estimate, the width in days of an evenly weighted window with the same variance. */
  readonly windows: number[];
}

/**
 * One estimate per distinct poll day that the rule supports (an interval no wider than
 * `rule.maxIntervalWidth`, enough polls near it): the smoothed level (the filtered one on the last
 * day), its 95% interval from the posterior variance plus the house-effect variance, and its
 * single-poll band from that plus the variance of a typical poll: the median sampling variance + the
 * non-sampling variance (+ the spread of house effects, squared, when they are subtracted, since
 * single polls keep theirs). Every number is clamped to `floor`..100; whether an interval is too
 * wide is judged before clamping. Days that fail make the stretches of `sparse` and split `runs`.
 */
// e.g. stateSpaceEstimates(polls, fitStateSpace(polls, settings), KALMAN_SUPPORT, { floor: 0, houseEffects: false }).
export function stateSpaceEstimates(
  polls: PreparedPolls,
  fit: StateSpaceFit,
  rule: SupportRule,
  options: { readonly floor: number; readonly houseEffects: boolean },
): StateSpaceEstimates {
  const clamp = (value: number) => Math.min(100, Math.max(options.floor, value));
  const days: number[] = [];
  const firstPoll: number[] = [];
  polls.days.forEach((day, i) => {
    if (i === 0 || day !== polls.days[i - 1]) {
      days.push(day);
      firstPoll.push(i);
    }
  });
  const near = pollsNear(polls.days, polls.pollster, polls.pollsters.length, days, rule.halfSpanDays);
  const typical =
    quantileInPlace(Float64Array.from(fit.sampling), fit.sampling.length, 0.5) +
    fit.parameters.nonSampling ** 2 +
    (options.houseEffects ? fit.houseSpread ** 2 : 0);
  const q = fit.parameters.step ** 2;
  const span = days[days.length - 1]! + 1;

  const estimates: AverageEstimate[] = [];
  const runs: AverageEstimate[][] = [];
  const sparse: SparsePolling[] = [];
  const windows: number[] = [];
  let run: AverageEstimate[] = [];
  let wasSparse = false;
  days.forEach((day, j) => {
    const date = polls.points[firstPoll[j]!]?.date ?? "";
    const count = (firstPoll[j + 1] ?? polls.days.length) - firstPoll[j]!;
    const posterior = fit.level.variance[day]!;
    const variance = posterior + fit.houseVariance[day]!;
    const half = Z95 * Math.sqrt(variance);
    const supported = 2 * half <= rule.maxIntervalWidth && near.polls[j]! >= rule.minPolls;
    if (!supported) {
      if (run.length) runs.push(run);
      run = [];
      const last = sparse[sparse.length - 1];
      if (last && wasSparse) sparse[sparse.length - 1] = { ...last, to: date, polls: last.polls + count };
      else sparse.push({ from: date, to: date, polls: count });
      wasSparse = true;
      return;
    }
    wasSparse = false;
    const value = fit.level.mean[day]!;
    const pollHalf = Z95 * Math.sqrt(variance + typical);
    const estimate: AverageEstimate = Object.freeze({
      date,
      value: clamp(value),
      lower: clamp(value - half),
      upper: clamp(value + half),
      pollLower: clamp(value - pollHalf),
      pollUpper: clamp(value + pollHalf),
      nearbyPolls: near.polls[j]!,
      nearbyPollsters: near.pollsters[j]!,
    });
    estimates.push(estimate);
    run.push(estimate);
    windows.push(q > 0 ? Math.min(span, (8 * posterior) / q) : span);
  });
  if (run.length) runs.push(run);
  return { estimates, runs, sparse, windows };
}
