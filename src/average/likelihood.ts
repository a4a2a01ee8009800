import { levelLogLikelihood } from "./local-level.js";

/**
 * Bounds of the maximum-likelihood search for the random walk's step size, in percentage points per √day
 * (the standard deviation of a day's change of opinion). 0.01 is a level that moves about 0.2 points in a
 * year by chance, as good as flat; 2 lets it move 14 points in a week (a rally of 10 in a week needs about
 * 1.5 while it lasts). Where the likelihood peaks at a bound, the bound is used.
 *
 * @example
 * STEP_BOUNDS; // { min: 0.01, max: 2 }
 */
export const STEP_BOUNDS = Object.freeze({ min: 0.01, max: 2 });

/**
 * Bounds of the non-sampling standard deviation, in percentage points: what a poll varies beyond its
 * sampling error (question wording, weighting, mode, house effects where they are not estimated).
 *
 * @example
 * NON_SAMPLING_BOUNDS; // { min: 0, max: 10 }
 */
export const NON_SAMPLING_BOUNDS = Object.freeze({ min: 0, max: 10 });

/**
 * A weak prior, so that a run of a few polls, which cannot tell how fast opinion moves, gets a typical
 * answer instead of a bound: log(step) ~ N(log 0.15, 1²) (0.15 points per √day is about 0.8 points a
 * month; one sd is a factor of e either way) and τ ~ N(2, 2²) points. Fitted to FiveThirtyEight's
 * series, steps run 0.1 to 0.65 and τ 1.2 to 4.2; on a series of hundreds of polls the prior moves
 * neither by more than a few percent.
 *
 * @example
 * LEVEL_PRIOR; // { step: 0.15, logStepSd: 1, nonSampling: 2, nonSamplingSd: 2 }
 */
export const LEVEL_PRIOR = Object.freeze({ step: 0.15, logStepSd: 1, nonSampling: 2, nonSamplingSd: 2 });

/** The log-density of the prior, up to a constant. */
function logPrior(step: number, nonSampling: number): number {
  const a = (Math.log(step) - Math.log(LEVEL_PRIOR.step)) / LEVEL_PRIOR.logStepSd;
  const b = (nonSampling - LEVEL_PRIOR.nonSampling) / LEVEL_PRIOR.nonSamplingSd;
  return -0.5 * (a * a + b * b);
}

/** What one observation's variance is made of, per poll, in the order of the polls. */
export interface VarianceInputs {
  /** Sampling variance, in squared points (see `samplingVariances`). */
  readonly sampling: Float64Array;
  /**
   * Releases sharing the poll's respondents (a tracking release's field days, else 1): the factor on its sampling
   * variance.
   */
  readonly overlap: Float64Array;
  /** Rows of the list that are one sample (see `sameSampleCounts`): the factor on the whole variance. */
  readonly sameSample: Float64Array;
}

/**
 * Each poll's variance as a sample of its own, for a non-sampling standard deviation τ (points), in squared
 * points: same-sample rows × (overlap × sampling + τ²). A tracking release counts as 1 ÷ its field days
 * of a sample, and a poll listed for several questions counts once. One voice per pollster multiplies
 * these in the filter (see `voiceFactors`), not in the likelihood, whose search computes the same
 * variances in its pass (see `levelLogLikelihood`).
 *
 * @example
 * // a 3-day tracking release of sampling variance 2.5, τ = 1: 3 × 2.5 + 1 = 8.5
 * const inputs = { sampling: Float64Array.of(2.5), overlap: Float64Array.of(3), sameSample: Float64Array.of(1) };
 * observationVariances(inputs, 1)[0]; // 8.5
 */
export function observationVariances(parts: VarianceInputs, nonSampling: number): Float64Array {
  const { sampling, overlap, sameSample } = parts;
  const t2 = nonSampling * nonSampling;
  const result = new Float64Array(sampling.length);
  for (let i = 0; i < sampling.length; i++) result[i] = sameSample[i]! * (overlap[i]! * sampling[i]! + t2);
  return result;
}

/** The fitted step size and non-sampling standard deviation, with the log-likelihood they reach. */
export interface LevelParameters {
  /** The random walk's step size, in points per √day, within {@link STEP_BOUNDS}. */
  readonly step: number;
  /** The non-sampling standard deviation, in points, within {@link NON_SAMPLING_BOUNDS}. */
  readonly nonSampling: number;
  /** The log-likelihood there (prediction-error decomposition, the first poll left out). */
  readonly logLikelihood: number;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * Golden-section search for the maximum of a unimodal f on [lo, hi], to `tolerance`. Where the search
 * closes in on a bound, the bound itself is a candidate too (a likelihood that peaks at a bound).
 *
 * @example
 * goldenMaximum((x) => -((x - 1.3) ** 2), 0, 5, 1e-6); // 1.3
 * goldenMaximum((x) => x, 0, 5, 1e-6); // 5
 */
export function goldenMaximum(f: (x: number) => number, lo: number, hi: number, tolerance: number): number {
  let a = lo;
  let b = hi;
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > tolerance) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - GOLDEN * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + GOLDEN * (b - a);
      fd = f(d);
    }
  }
  let best = fc >= fd ? c : d;
  let value = Math.max(fc, fd);
  for (const bound of [a === lo ? lo : Number.NaN, b === hi ? hi : Number.NaN]) {
    if (Number.isNaN(bound)) continue;
    const at = f(bound);
    if (at > value) [best, value] = [bound, at];
  }
  return best;
}

/**
 * The step size and non-sampling standard deviation by maximum likelihood (with {@link LEVEL_PRIOR}): a
 * golden-section search on log(step) within {@link STEP_BOUNDS} (to 1% of its range, about ±5% of the
 * step) and one on τ within {@link NON_SAMPLING_BOUNDS} (to 0.05 points), in turn; then twice more, each
 * within a narrower bracket around the last answer (±0.7 in log(step), ±1.5 points in τ), kept within
 * the bounds. About 60 passes of the filter, each O(polls + days).
 *
 * @param start - Where the searches begin (a previous fit's answer, when refitting); clamped to the bounds.
 *
 * @example
 * const { step, nonSampling } = fitLevelParameters(days, values, { sampling, overlap, sameSample });
 * // step in points per √day (0.01..2), nonSampling in points (0..10)
 */
export function fitLevelParameters(
  days: Float64Array,
  values: Float64Array,
  parts: VarianceInputs,
  start: { step: number; nonSampling: number } = { step: LEVEL_PRIOR.step, nonSampling: LEVEL_PRIOR.nonSampling },
): LevelParameters {
  // Each poll's variance is sameSample × (overlap × sampling + τ²): the product is taken once, the rest
  // in the filter's pass, so a pass of the search on τ writes no array first.
  const { sampling, overlap, sameSample: factor } = parts;
  const obs = { days, values, variances: overlap.map((o, i) => o * sampling[i]!) };
  const likelihood = (step: number, nonSampling: number) =>
    levelLogLikelihood(obs, step * step, { factor, add: nonSampling * nonSampling }) + logPrior(step, nonSampling);
  const [logMin, logMax] = [Math.log(STEP_BOUNDS.min), Math.log(STEP_BOUNDS.max)];
  const { min: tauMin, max: tauMax } = NON_SAMPLING_BOUNDS;
  let logStep = Math.min(logMax, Math.max(logMin, Math.log(start.step)));
  let nonSampling = Math.min(tauMax, Math.max(tauMin, start.nonSampling));
  for (let round = 0; round < 3; round++) {
    const [logLo, logHi] = round
      ? [Math.max(logMin, logStep - 0.7), Math.min(logMax, logStep + 0.7)]
      : [logMin, logMax];
    logStep = goldenMaximum((x) => likelihood(Math.exp(x), nonSampling), logLo, logHi, 0.01 * (logMax - logMin));
    const step = Math.exp(logStep);
    const [tauLo, tauHi] = round
      ? [Math.max(tauMin, nonSampling - 1.5), Math.min(tauMax, nonSampling + 1.5)]
      : [tauMin, tauMax];
    nonSampling = goldenMaximum((x) => likelihood(step, x), tauLo, tauHi, 0.05);
  }
  const step = Math.exp(logStep);
  return { step, nonSampling, logLikelihood: likelihood(step, nonSampling) };
}
