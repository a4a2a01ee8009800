import type { PollsterWeighting } from "./fit.js";
import { varianceParts } from "./interval.js";
import { fitLevelParameters, type LevelParameters, observationVariances, type VarianceInputs } from "./likelihood.js";
import { type SmoothedLevel, smoothLevel } from "./local-level.js";
import type { PreparedPolls } from "./polls.js";
import { samplingVariances } from "./sampling.js";
import { sameSampleCounts } from "./samples.js";
import { shareVariance } from "./shares.js";
import { voiceFactors } from "./voice.js";

/** How the state-space average is fitted. */
export interface StateSpaceSettings {
  /** Estimate pollsters' house effects and subtract them. */
  readonly houseEffects: boolean;
  /** `"shared"`: one voice per pollster (see `voiceFactors`); `"per-poll"`: no voice factor. */
  readonly weighting: PollsterWeighting;
  /** Shares (0..100) or net values (−100..100): how sampling variances are read. */
  readonly measure: "share" | "net";
  /** Half the span of the one-voice rule, in days (see `VOICE_HALF_SPAN_DAYS`). */
  readonly voiceHalfSpan: number;
}

/** A fitted state-space average: the smoothed level on the daily grid and what it rests on. */
export interface StateSpaceFit {
  /** The level on every day from the first poll's (0) to the last's, fitted to the values less house effects. */
  readonly level: SmoothedLevel;
  /** Step size and non-sampling standard deviation, by maximum likelihood. */
  readonly parameters: LevelParameters;
  /** Each poll's sampling variance, in squared points. */
  readonly sampling: Float64Array;
  /** Each poll's observation variance as the filter used it (one voice per pollster included), in squared points. */
  readonly variances: Float64Array;
  /** Per pollster, its house effect in points (all 0 without house effects). */
  readonly offsets: Float64Array;
  /** The standard deviation of pollsters' house effects, in points, from the residuals (method of moments). */
  readonly houseSpread: number;
  /**
   * Per day, the variance pollsters' house effects add to the level, in squared points. With house
   * effects, Σₚ Aₚ² vₚ: Aₚ pollster p's share of the day's estimate, vₚ the posterior variance of its
   * offset. Without, spread² (Σₚ Aₚ² − 1/P) over the series' P pollsters: how far the day's mix of
   * pollsters may sit from the mean of them all.
   */
  readonly houseVariance: Float64Array;
}

const MAX_ROUNDS = 25;
/** House-effect rounds stop when no offset moves by more than this many points. */
const TOLERANCE = 0.005;
/** The house-effect spread is kept at least this (points), so that shrinkage never divides by zero. */
const MIN_HOUSE_SPREAD = 0.1;

/**
 * Fits the local-level model to the polls (see `pollAverage` for the model in words):
 *
 * 1. sampling variances, one voice per pollster, tracking overlap, rows of one sample;
 * 2. step size and non-sampling variance by maximum likelihood, each poll counted as its own sample
 *    (tracking releases by their overlap): one voice per pollster reweights the filter, not the
 *    likelihood, where trackers' inflated variances would make the likelihood prefer a wiggling walk
 *    with no non-sampling error (on FiveThirtyEight's approval list: 1.3 points per √day, against 0.19);
 * 3. the Kalman filter and the RTS smoother;
 * 4. with house effects, rounds: each pollster's offset is its precision-weighted mean residual from the
 *    level, shrunk as a random effect with mean 0 (÷ (its precision + 1 ÷ spread²)), subtracted, the
 *    level smoothed again, until stable; then the parameters are fitted again to the adjusted values
 *    and the rounds repeated. Offsets are not re-centred: as random effects with mean zero, the level
 *    settles where the pollsters' shrunken residuals balance, each large pollster counting about once.
 */
// e.g. fitStateSpace(preparePolls(points, undefined), { houseEffects: false, weighting: "shared",
// measure: "share", voiceHalfSpan: 15 }).level.mean: the level on every day. Needs at least one poll.
export function fitStateSpace(polls: PreparedPolls, settings: StateSpaceSettings): StateSpaceFit {
  const n = polls.days.length;
  const count = polls.pollsters.length;
  const sampling = samplingVariances(polls, settings.measure);
  const parts: VarianceInputs = { sampling, overlap: polls.overlap, sameSample: sameSampleCounts(polls) };
  // The filter's variances: each poll's own, times its pollster's voice factor (one voice per pollster).
  const filterVariances = (nonSampling: number) => {
    const own = observationVariances(parts, nonSampling);
    if (settings.weighting === "per-poll") return own;
    const voice = voiceFactors(polls, settings.voiceHalfSpan, own);
    return own.map((v, i) => v * voice[i]!);
  };
  const offsets = new Float64Array(count);
  const posterior = new Float64Array(count);
  const adjusted = Float64Array.from(polls.values);
  let parameters = fitLevelParameters(polls.days, adjusted, parts);
  let variances = filterVariances(parameters.nonSampling);
  const smooth = () => smoothLevel({ days: polls.days, values: adjusted, variances }, parameters.step ** 2);
  let level = smooth();
  let spread = houseSpreadOf(polls, level);
  const rounds = () => {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const moved = houseRound(polls, level, variances, spread, offsets, posterior);
      for (let i = 0; i < n; i++) adjusted[i] = polls.values[i]! - offsets[polls.pollster[i]!]!;
      level = smooth();
      spread = houseSpreadOf(polls, level);
      if (moved < TOLERANCE) break;
    }
  };
  if (settings.houseEffects) {
    rounds();
    parameters = fitLevelParameters(polls.days, adjusted, parts, parameters);
    variances = filterVariances(parameters.nonSampling);
    level = smooth();
    rounds();
  }
  const unknown = settings.houseEffects ? posterior : new Float64Array(count).fill(spread * spread);
  const houseVariance = shareVariance(level, polls.days, polls.pollster, unknown);
  // Without house effects, the level aims at the mean of the series' pollsters, whatever their own bias:
  // the error their offsets leave is Σₚ (Aₚ − 1/P) hₚ, of variance spread² (Σₚ Aₚ² − 1/P), never below 0.
  if (!settings.houseEffects)
    for (let t = 0; t < houseVariance.length; t++)
      houseVariance[t] = Math.max(0, houseVariance[t]! - (spread * spread) / count);
  return { level, parameters, sampling, variances, offsets, houseSpread: spread, houseVariance };
}

/**
 * One round of house effects: each pollster's offset becomes Σ wᵢ rᵢ ÷ (Σ wᵢ + 1 ÷ spread²), with rᵢ a
 * poll's raw value less the level on its day and wᵢ = 1 ÷ its variance; `posterior` gets 1 ÷ (Σ wᵢ + 1 ÷
 * spread²). Returns the largest move of an offset, in points.
 */
function houseRound(
  polls: PreparedPolls,
  level: SmoothedLevel,
  variances: Float64Array,
  spread: number,
  offsets: Float64Array,
  posterior: Float64Array,
): number {
  const count = offsets.length;
  const weight = new Float64Array(count);
  const sum = new Float64Array(count);
  for (let i = 0; i < polls.days.length; i++) {
    const p = polls.pollster[i]!;
    const w = 1 / variances[i]!;
    weight[p] = weight[p]! + w;
    sum[p] = sum[p]! + w * (polls.values[i]! - level.mean[polls.days[i]!]!);
  }
  const prior = 1 / Math.max(MIN_HOUSE_SPREAD, spread) ** 2;
  let moved = 0;
  for (let p = 0; p < count; p++) {
    const offset = sum[p]! / (weight[p]! + prior);
    moved = Math.max(moved, Math.abs(offset - offsets[p]!));
    offsets[p] = offset;
    posterior[p] = 1 / (weight[p]! + prior);
  }
  return moved;
}

/**
 * The spread of house effects (sd, points): `varianceParts`'s between-pollster part of the raw polls' residuals from
 * the level.
 */
function houseSpreadOf(polls: PreparedPolls, level: SmoothedLevel): number {
  const residuals = polls.values.map((v, i) => v - level.mean[polls.days[i]!]!);
  return Math.sqrt(varianceParts(polls, residuals).betweenPollsters);
}
