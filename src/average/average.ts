import type { PollSeries } from "../model/types.js";
import { crossValidatedResiduals } from "./band.js";
import { dailyEstimates } from "./estimates.js";
import { fitHouseEffects } from "./house.js";
import { varianceParts } from "./interval.js";
import { kalmanAverage } from "./kalman.js";
import { fitDaysOf, type LineRule, robustLine } from "./line.js";
import { type AverageOptions, type ResolvedAverageOptions, resolveAverageOptions } from "./options.js";
import { preparePolls } from "./polls.js";
import { medianDefined } from "./select.js";
import type { HouseEffect, PollAverage } from "./types.js";
import { deepFreeze } from "../model/freeze.js";

export type { PollsterWeighting } from "./fit.js";
export type { AverageMethod, AverageOptions } from "./options.js";
export type { AverageEstimate, HouseEffect, PollAverage, SparsePolling, StateSpaceNumbers } from "./types.js";

/**
 * How windows widen where polls are sparse, and where the line stops. The values are chosen by the
 * simulation in scripts/window-simulation.ts (`npm run simulate:window`; its table is in
 * bench/window-simulation.md).
 */
export interface SparseRule {
  /** A window holding fewer polls than this widens to reach the `minWindowPolls`-th nearest poll… */
  readonly minWindowPolls: number;
  /** …but never beyond this many days (or `bandwidthDays`, if wider). */
  readonly maxWindowDays: number;
  /** Where even the widest window holds fewer polls than this, there is no estimate: the line stops. */
  readonly minFitPolls: number;
}

/** The rule {@link pollAverage} uses. */
export const SPARSE_RULE: SparseRule = Object.freeze({ minWindowPolls: 20, maxWindowDays: 150, minFitPolls: 4 });

/**
 * A poll average of one series: a smooth line through its polls, with the 95% interval of the average
 * itself and a band where 95% of single polls fall. Pure and deterministic; the series is not modified.
 *
 * **Line.** LOESS: at each day, a weighted local-linear regression (tricube kernel) of the polls' values
 * on their end dates, with two robustness passes so a lone outlier barely moves it (Cleveland 1979).
 * It is fitted at every distinct poll day, or at most 400 days (see `fitDaysOf`), and linear between.
 *
 * **Window.** `bandwidthDays` wide (default 60), centred on the day. Where that holds fewer than 20
 * polls it widens to reach the 20th nearest poll, but never beyond 150 days (or `bandwidthDays` if
 * wider); where even that holds fewer than 4 polls, there is no estimate: the line stops, and
 * `sparse` lists the stretch. The numbers come from a simulation (bench/window-simulation.md) of one
 * pollster that goes from weekly to twice a month, monthly and quarterly, with a fall of 8 points in a
 * month and a rally of 10 in a week: 150 days is the narrowest limit that still gives a monthly
 * pollster a line (120 days leaves 84% of its dates without one), while wider limits smear the moves
 * (mean error in the 60 days after the fall 1.64 points at 150 days, 1.82 at 180, 2.09 at 240; an
 * unbounded window reaching 30 polls, like the old rule, is 2.33 RMSE on twice-monthly polling,
 * against 0.86). Reaching 20 polls rather than 10 steadies a line of seven monthly pollsters with
 * house effects (RMSE 0.59 against 0.71).
 *
 * **Weights.** One voice per pollster (`pollsterWeighting: "shared"`, the default): in each window a
 * pollster weighs as much as its polls' kernel weights add up to, but never more than one poll at the
 * window's centre, and that weight is split among its polls in proportion to their kernel × sample-size
 * weights. A daily tracker counts as one pollster. Sample-size weights are √(n ÷ median n), clamped to
 * 1/3..3; a poll without a size weighs as one of the median size. A poll's pollster is its `pollster`,
 * else `options.pollster`; polls naming none count as one unnamed pollster. A tracking release
 * (`tracking: true`) shares its respondents with the releases of its field days, so in the interval
 * and the house effects it counts as 1 ÷ its field days of a poll.
 *
 * **No extrapolation.** Every estimate is clamped to the lowest and highest of the polls in its window
 * (adjusted for house effects, when they are): at the ends of a series, where a local line would lean
 * out past the polls, the average stays among them.
 *
 * **House effects** (`houseEffects: true`). Each pollster's offset is its polls' mean residual from the
 * average, shrunk by n ÷ (n + 4), subtracted, and refitted until stable (see `fitHouseEffects`); the
 * offsets are in `houseEffects`.
 *
 * **Interval of the average** (`lower`..`upper`). The estimate ± 1.96 standard errors, where the
 * variance is τ² Σₚ Lₚ² + σ² Σᵢ lᵢ² ÷ sᵢ²: lᵢ is poll i's share of the estimate, Lₚ its pollster's, τ² the
 * spread of house effects and σ² of polls within a pollster, both estimated from the cross-validated
 * residuals (see `varianceParts`). So it narrows with more pollsters, not merely more polls of one. It
 * leaves out the smoothing's own bias: where opinion turns sharply within a window, it can miss.
 *
 * **Single-poll band** (`pollLower`..`pollUpper`). Where 95% of single polls are expected to fall:
 * each poll's residual from a line fitted without it (two interleaved halves), and, for each day, the
 * 2.5% and 97.5% quantiles (ranks p·(k + 1)) of the residuals of its k nearest polls, k being the
 * median number of polls in a window but at least 39, widened if need be to contain the estimate.
 * Under 39 polls those ranks are the extremes, which hold about (n − 1) ÷ (n + 1) of new polls.
 *
 * Every number is clamped to 0..100 (net values: −100..100). Cost: O(n log n) to sort, then O(fit days × polls per
 * window),
 * which is O(n) at a fixed span: about the same per poll from 1,000 to 50,000 polls.
 *
 * **`method: "kalman"`: the state-space average** (a daily estimate that follows the polls as they come,
 * each pollster counted once). Opinion is a random walk in days (a local level): each day it moves by a
 * step of standard deviation `stateSpace.stepSize` points per √day. Each poll sees the level of its end
 * date with an error whose variance is its sampling variance ((margin ÷ 1.96)² where a margin is
 * published, else 1.5 × p(1 − p) ÷ n, see `samplingVariances`) plus a non-sampling variance; a tracking
 * release counts as 1 ÷ its field days of a sample, and rows of one sample (a poll's question versions)
 * as one. The step size and the non-sampling sd are fitted to each series by maximum likelihood (the
 * prediction-error decomposition; golden-section searches within 0.01..2 points per √day and 0..10
 * points, with a weak prior that only decides runs of a few polls, see `LEVEL_PRIOR`). One voice per
 * pollster (`pollsterWeighting: "shared"`): a pollster's polls in any 31 days carry at most the
 * information of the median pollster's there (see `voiceFactors`). A Kalman filter runs forward over
 * the days and a Rauch–Tung–Striebel smoother back, O(polls + days): each estimate uses the polls on both
 * sides, and the last one is the filter's, which never extends a slope past the last polls (a sharp
 * turn in the last month is followed late, not overshot). With `houseEffects: true`, each pollster's
 * offset is a random effect with mean 0, shrunk by its precision and refitted with the line.
 *
 * Its `lower`..`upper` is the posterior 95% interval plus what pollsters' house effects add (their
 * posterior variance with house effects; without, how far the day's mix of pollsters may sit from the
 * mean of them all): it widens by itself in gaps and at the ends. `pollLower`..`pollUpper` adds the
 * variance of a typical poll (the median sampling variance + the non-sampling variance, + the spread of
 * house effects when they are subtracted). An estimate is published only where its interval is at most
 * 10 points wide and 2 polls ended within 30 days (`KALMAN_SUPPORT`, chosen by the simulation); the
 * rest make `sparse` and split `runs`. Estimates carry `nearbyPolls` and `nearbyPollsters`; the fitted
 * numbers are in `stateSpace`. `bandwidthDays` is not used. Cost: O(n log n) to sort, then about 60
 * passes of O(polls + days) for the likelihood (twice with house effects) and O(polls + pollsters ×
 * days) for the house-effect variance: about 1.5 µs a poll from 1,000 to 50,000 polls.
 *
 * @param series - The polls, e.g. a series of a parsed dataset. Their order does not matter.
 * @param options - See {@link AverageOptions}.
 * @returns A frozen {@link PollAverage}: one estimate per distinct poll date with enough polls near it, oldest first.
 * @throws {RangeError} when the series has fewer than 3 polls
 *   ("poll-trend: pollAverage needs at least 3 polls, received 2").
 * @throws {TypeError} when an option is invalid or unknown, naming it
 *   ("poll-trend: options.bandwidthDays must be a positive finite number of days, received 0").
 *
 * @example
 * const series: PollSeries = {
 *   id: "favor",
 *   label: "Favor",
 *   points: [
 *     { date: "2023-01-05", value: 48, sampleSize: 1068, pollster: "AP-NORC" },
 *     { date: "2023-02-02", value: 46, sampleSize: 1100, pollster: "Gallup" },
 *     { date: "2023-03-01", value: 44, pollster: "AP-NORC" },
 *     { date: "2023-03-09", value: 45, pollster: "Gallup" },
 *   ],
 * };
 * const average = pollAverage(series, { bandwidthDays: 90 });
 * const stateSpace = pollAverage(series, { method: "kalman" }); // stateSpace.stateSpace?.stepSize: points per √day
 * for (const { date, value, lower, upper, pollLower, pollUpper } of average.estimates) {
 *   const interval = `${lower.toFixed(1)}–${upper.toFixed(1)}`;
 *   const polls = `${pollLower.toFixed(1)}–${pollUpper.toFixed(1)}`;
 *   console.log(`${date}: ${value.toFixed(1)}% (95% interval ${interval}; 95% of polls ${polls})`);
 * }
 */
export function pollAverage(series: PollSeries, options?: AverageOptions): PollAverage {
  const resolved = resolveAverageOptions(options);
  return resolved.method === "kalman" ? kalmanAverage(series, resolved) : averageWith(series, resolved, SPARSE_RULE);
}

/** {@link pollAverage} under another {@link SparseRule}: for the simulation that chooses the rule. */
export function averageWith(series: PollSeries, o: ResolvedAverageOptions, sparseRule: SparseRule): PollAverage {
  const { minWindowPolls, maxWindowDays, minFitPolls } = sparseRule;
  const n = series.points.length;
  if (n < 3) throw new RangeError(`poll-trend: pollAverage needs at least 3 polls, received ${n}`);

  const polls = preparePolls(series.points, o.pollster);
  const rule: LineRule = {
    minHalfDays: o.bandwidthDays / 2,
    maxHalfDays: Math.max(o.bandwidthDays, maxWindowDays) / 2,
    minPolls: minWindowPolls,
    weighting: o.pollsterWeighting,
    minFitPolls,
  };
  const at = fitDaysOf(polls.days, rule.minHalfDays);
  const house = o.houseEffects ? fitHouseEffects(polls, rule, at) : undefined;
  const values = house?.adjusted ?? polls.values;
  const line = house?.line ?? robustLine(polls, values, rule, at);
  const residuals = crossValidatedResiduals(polls, values, line, rule, at);

  const { estimates, runs, sparse, widths } = dailyEstimates({
    polls,
    values,
    line,
    residuals,
    variance: varianceParts(polls, residuals),
    rule,
    at,
    floor: series.measure === "net" ? -100 : 0,
  });
  const counts = new Map<number, number>();
  for (const p of polls.pollster) counts.set(p, (counts.get(p) ?? 0) + 1);
  const houseEffects: HouseEffect[] = house
    ? polls.pollsters.map((name, p) => ({
        ...(name === undefined ? {} : { pollster: name }),
        offset: house.offsets[p]!,
        polls: counts.get(p) ?? 0,
      }))
    : [];
  return deepFreeze({
    method: "loess",
    bandwidthDays: o.bandwidthDays,
    windowDays: Math.round(medianOf(widths)),
    widestWindowDays: Math.round(widths.reduce((a, b) => Math.max(a, b), 0)),
    maxWindowDays: 2 * rule.maxHalfDays,
    weighting: polls.sized ? "sample-size" : "equal",
    pollsterWeighting: o.pollsterWeighting,
    adjustment: house ? "house-effects" : "none",
    houseEffects,
    level: 0.95,
    polls: n,
    pollsters: polls.pollsters.length,
    estimates,
    runs,
    sparse,
  });
}

/** The median, O(n) by quickselect; 0 for no values. */
function medianOf(values: readonly number[]): number {
  return values.length ? medianDefined(Float64Array.from(values)) : 0;
}
