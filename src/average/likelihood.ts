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
  /** One voice per pollster: the factor on the poll's whole variance (see `voiceFactors`); at least 1. */
  readonly voice: Float64Array;
  /** Releases sharing the poll's respondents (a tracking release's field days, else 1): the factor on its sampling variance. */
  readonly overlap: Float64Array;
  /** Rows of the list that are one sample (see `sameSampleCounts`): the factor on the whole variance. */
  readonly sameSample: Float64Array;
}

/**
 * Each poll's observation variance for a non-sampling standard deviation τ, in squared points: the larger
 * of voice × (sampling + τ²), so a pollster that polls more often than others weighs as one, and
 * overlap × sampling + τ², so a tracking release counts as 1 ÷ its field days of a sample; times the
 * rows that share its sample, so a poll listed for several questions counts once.
 */
export function observationVariances(parts: VarianceInputs, nonSampling: number, out?: Float64Array): Float64Array {
  const { sampling, voice, overlap, sameSample } = parts;
  const t2 = nonSampling * nonSampling;
  const result = out ?? new Float64Array(sampling.length);
  for (let i = 0; i < sampling.length; i++) {
    const s = sampling[i] as number;
    result[i] = (sameSample[i] as number) * Math.max((voice[i] as number) * (s + t2), (overlap[i] as number) * s + t2);
  }
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

/** Golden-section search for the maximum of a unimodal f on [lo, hi], to `tolerance`; the bounds are candidates too. */
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
  const inside = fc >= fd ? c : d;
  const best = Math.max(fc, fd);
  if (f(lo) > best) return lo;
  if (f(hi) > best) return hi;
  return inside;
}

/**
 * The step size and non-sampling standard deviation by maximum likelihood: a golden-section search on
 * log(step) within {@link STEP_BOUNDS} and one on τ within {@link NON_SAMPLING_BOUNDS}, in turn, three
 * rounds (each search to 1% of its range). About 150 passes of the filter, each O(polls + days).
 */
export function fitLevelParameters(
  days: Float64Array,
  values: Float64Array,
  parts: VarianceInputs,
  start: { step: number; nonSampling: number } = { step: 0.1, nonSampling: 1 },
): LevelParameters {
  const variances = new Float64Array(values.length);
  const obs = { days, values, variances };
  const likelihood = (step: number, nonSampling: number) => {
    observationVariances(parts, nonSampling, variances);
    return levelLogLikelihood(obs, step * step) + logPrior(step, nonSampling);
  };
  let step = Math.min(STEP_BOUNDS.max, Math.max(STEP_BOUNDS.min, start.step));
  let nonSampling = Math.min(NON_SAMPLING_BOUNDS.max, Math.max(NON_SAMPLING_BOUNDS.min, start.nonSampling));
  const [logLo, logHi] = [Math.log(STEP_BOUNDS.min), Math.log(STEP_BOUNDS.max)];
  for (let round = 0; round < 3; round++) {
    step = Math.exp(goldenMaximum((x) => likelihood(Math.exp(x), nonSampling), logLo, logHi, 0.01 * (logHi - logLo)));
    nonSampling = goldenMaximum(
      (x) => likelihood(step, x),
      NON_SAMPLING_BOUNDS.min,
      NON_SAMPLING_BOUNDS.max,
      0.002 * (NON_SAMPLING_BOUNDS.max - NON_SAMPLING_BOUNDS.min),
    );
  }
  return { step, nonSampling, logLikelihood: likelihood(step, nonSampling) };
}
