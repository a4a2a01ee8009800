import { deepFreeze } from "../model/freeze.js";
import type { PollSeries } from "../model/types.js";
import { stateSpaceEstimates } from "./kalman-estimates.js";
import type { ResolvedAverageOptions } from "./options.js";
import { preparePolls } from "./polls.js";
import { DESIGN_EFFECT } from "./sampling.js";
import { medianDefined } from "./select.js";
import { fitStateSpace } from "./state-space.js";
import { KALMAN_SUPPORT, type SupportRule } from "./support.js";
import type { HouseEffect, PollAverage } from "./types.js";
import { VOICE_HALF_SPAN_DAYS } from "./voice.js";

/** What the simulation may vary in a state-space average; `pollAverage` uses the defaults. */
export interface StateSpaceRules {
  /** When an estimate is published (default {@link KALMAN_SUPPORT}). */
  readonly support: SupportRule;
  /** Half the span of the one-voice rule, in days (default {@link VOICE_HALF_SPAN_DAYS}). */
  readonly voiceHalfSpan: number;
}

/** The rules `pollAverage` uses with `method: "kalman"`. */
export const STATE_SPACE_RULES: StateSpaceRules = Object.freeze({
  support: KALMAN_SUPPORT,
  voiceHalfSpan: VOICE_HALF_SPAN_DAYS,
});

/**
 * The state-space average of a series (`pollAverage(series, { method: "kalman" })`, which documents
 * it), under resolved options and rules. Pure; the series is not modified.
 *
 * @throws {RangeError} when the series has fewer than 3 polls.
 *
 * @example
 * kalmanAverage(series, resolveAverageOptions({ method: "kalman" })).stateSpace?.stepSize; // points per √day
 */
export function kalmanAverage(
  series: PollSeries,
  o: ResolvedAverageOptions,
  rules: StateSpaceRules = STATE_SPACE_RULES,
): PollAverage {
  const n = series.points.length;
  if (n < 3) throw new RangeError(`poll-trend: pollAverage needs at least 3 polls, received ${n}`);
  const polls = preparePolls(series.points, o.pollster);
  const measure = series.measure === "net" ? "net" : "share";
  const fit = fitStateSpace(polls, {
    houseEffects: o.houseEffects,
    weighting: o.pollsterWeighting,
    measure,
    voiceHalfSpan: rules.voiceHalfSpan,
  });
  // A net value moves two points for each point a share moves: its interval's limit is twice a share's.
  const support =
    measure === "net" ? { ...rules.support, maxIntervalWidth: 2 * rules.support.maxIntervalWidth } : rules.support;
  const { estimates, runs, sparse, windows } = stateSpaceEstimates(polls, fit, support, {
    floor: measure === "net" ? -100 : 0,
    houseEffects: o.houseEffects,
  });
  const counts = new Map<number, number>();
  for (const p of polls.pollster) counts.set(p, (counts.get(p) ?? 0) + 1);
  const houseEffects: HouseEffect[] = o.houseEffects
    ? polls.pollsters.map((name, p) => ({
        ...(name === undefined ? {} : { pollster: name }),
        offset: fit.offsets[p]!,
        polls: counts.get(p) ?? 0,
      }))
    : [];
  const widest = Math.round(windows.reduce((a, b) => Math.max(a, b), 0));
  return deepFreeze({
    method: "kalman",
    bandwidthDays: o.bandwidthDays,
    windowDays: windows.length ? Math.round(medianDefined(Float64Array.from(windows))) : 0,
    widestWindowDays: widest,
    maxWindowDays: widest,
    weighting: polls.sized ? "sample-size" : "equal",
    pollsterWeighting: o.pollsterWeighting,
    adjustment: o.houseEffects ? "house-effects" : "none",
    houseEffects,
    level: 0.95,
    polls: n,
    pollsters: polls.pollsters.length,
    estimates,
    runs,
    sparse,
    stateSpace: {
      stepSize: fit.parameters.step,
      nonSamplingSd: fit.parameters.nonSampling,
      houseEffectSd: fit.houseSpread,
      designEffect: DESIGN_EFFECT,
      voiceHalfSpanDays: rules.voiceHalfSpan,
      maxIntervalWidth: support.maxIntervalWidth,
      logLikelihood: fit.parameters.logLikelihood,
    },
  });
}
