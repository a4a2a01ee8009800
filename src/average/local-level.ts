/**
 * Polls as a local-level model reads them: observations on a daily grid. The level (opinion, in percent)
 * is a random walk, `level[t + 1] = level[t] + step`, step ~ N(0, q) with q in squared points per day;
 * each poll i is `value[i] = level[day[i]] + error`, error ~ N(0, variance[i]).
 */
export interface LevelObservations {
  /** Each poll's day, counted from the first poll's (0), ascending: whole numbers. */
  readonly days: Float64Array;
  /** Each poll's value, in percent (adjusted for house effects, where they are). */
  readonly values: Float64Array;
  /** Each poll's observation variance, in squared points: positive and finite. */
  readonly variances: Float64Array;
}

/**
 * The log-likelihood of q (squared points per day) by the prediction-error decomposition: Σ log N(vᵢ; 0, Fᵢ)
 * over the polls from the second on (the first sets the level), vᵢ a poll's distance from the filter's
 * prediction and Fᵢ that prediction's variance plus the poll's. O(polls); 0 for no poll.
 *
 * With `scaled`, poll i's variance is `scaled.factor[i] × (variances[i] + scaled.add)`, computed in the
 * pass (bit for bit what `observationVariances` writes): the search over τ needs no array a pass.
 *
 * @example
 * // two polls 4 days apart: N(43 − 40; 0, 3 + 4q + 5)
 * const polls = { days: Float64Array.of(0, 4), values: Float64Array.of(40, 43), variances: Float64Array.of(3, 5) };
 * levelLogLikelihood(polls, 0.5);
 */
export function levelLogLikelihood(
  obs: LevelObservations,
  q: number,
  scaled?: { readonly factor: Float64Array; readonly add: number },
): number {
  const { days, values, variances } = obs;
  const n = days.length;
  if (n === 0) return 0;
  const factor = scaled?.factor;
  const add = scaled?.add ?? 0;
  let mean = values[0]!;
  let variance = factor ? factor[0]! * (variances[0]! + add) : variances[0]!;
  let day = days[0]!;
  let sum = 0;
  // Σ log Fᵢ as the log of their product, taken whenever the product nears the range of a double: one
  // logarithm for many polls, where a logarithm a poll was half of each of the fit's 60 passes.
  let product = 1;
  for (let i = 1; i < n; i++) {
    const d = days[i]!;
    variance += q * (d - day);
    day = d;
    // Off the filter's chain of dependencies: the branch costs nothing measurable.
    const r = factor ? factor[i]! * (variances[i]! + add) : variances[i]!;
    const f = variance + r;
    const v = values[i]! - mean;
    sum += (v * v) / f;
    product *= f;
    if (product > 1e200 || product < 1e-200) {
      sum += Math.log(product);
      product = 1;
    }
    mean += (variance / f) * v;
    variance = (variance * r) / f;
  }
  return -0.5 * (sum + Math.log(product)) - 0.5 * (n - 1) * Math.log(2 * Math.PI);
}

/** The smoothed level on every day of the grid, and what a linear pass needs to smooth other values the same way. */
export interface SmoothedLevel {
  /** Posterior mean of the level on each day 0..last poll's day, in percent. */
  readonly mean: Float64Array;
  /** Its posterior variance, in squared points: the smoother's (both sides) before the last day, the filter's on it. */
  readonly variance: Float64Array;
  /** The filter's mean on each day: what the polls up to that day say (the real-time estimate). */
  readonly filtered: Float64Array;
  /** Each poll's Kalman gain (1 for the first poll). */
  readonly gains: Float64Array;
  /** The smoother's gain of each day t: the weight of day t + 1's correction in day t's estimate. */
  readonly backward: Float64Array;
}

/**
 * The Kalman filter forward over the days, then the Rauch–Tung–Striebel smoother back: O(polls + days).
 * Days are whole numbers from 0 (the first poll's); every poll variance must be positive and finite,
 * or the means are `NaN`.
 *
 * The first poll sets the level (a diffuse start); polls of one day update one after another, which is
 * exact for independent errors. On the last day the smoothed value is the filtered one: what the polls
 * up to then say, with no slope carried past them.
 *
 * @param q - The step variance, in squared points per day; 0 gives a constant level (the weighted mean).
 *
 * @example
 * const polls = { days: Float64Array.of(0, 10), values: Float64Array.of(40, 46), variances: Float64Array.of(3, 5) };
 * const level = smoothLevel(polls, 0.2);
 * level.mean.length; // 11: one per day
 * level.mean[10] === level.filtered[10]; // true: the last day is the filter's
 */
export function smoothLevel(obs: LevelObservations, q: number): SmoothedLevel {
  const { days, values, variances } = obs;
  const n = days.length;
  const count = n ? days[n - 1]! + 1 : 0;
  const filtered = new Float64Array(count);
  const filteredVariance = new Float64Array(count);
  const gains = new Float64Array(n);
  let mean = values[0]!;
  let variance = Infinity;
  let i = 0;
  for (let t = 0; t < count; t++) {
    if (t > 0) variance += q;
    for (; i < n && days[i] === t; i++) {
      const r = variances[i]!;
      const gain = variance === Infinity ? 1 : variance / (variance + r);
      mean += gain * (values[i]! - mean);
      variance = gain === 1 ? r : (variance * r) / (variance + r);
      gains[i] = gain;
    }
    filtered[t] = mean;
    filteredVariance[t] = variance;
  }
  const smoothed = Float64Array.from(filtered);
  const smoothedVariance = Float64Array.from(filteredVariance);
  const backward = new Float64Array(count);
  for (let t = count - 2; t >= 0; t--) {
    const predicted = filteredVariance[t]! + q;
    const j = predicted > 0 ? filteredVariance[t]! / predicted : 1;
    backward[t] = j;
    smoothed[t] = filtered[t]! + j * (smoothed[t + 1]! - filtered[t]!);
    smoothedVariance[t] = filteredVariance[t]! + j * j * (smoothedVariance[t + 1]! - predicted);
  }
  return { mean: smoothed, variance: smoothedVariance, filtered, gains, backward };
}

/**
 * The same smoother, run with its gains already computed, on other values: as the smoother is linear,
 * with values 1 for one pollster's polls and 0 for the others' it gives, for each day, that pollster's
 * share of the day's estimate. O(polls + days).
 */
export function smoothWith(level: SmoothedLevel, days: Float64Array, values: Float64Array): Float64Array {
  // e.g. smoothWith(level, days, values) equals level.mean for the values level was fitted to.
  const count = level.mean.length;
  const out = new Float64Array(count);
  const n = days.length;
  let mean = values[0]!;
  let i = 0;
  for (let t = 0; t < count; t++) {
    for (; i < n && days[i] === t; i++) mean += level.gains[i]! * (values[i]! - mean);
    out[t] = mean;
  }
  for (let t = count - 2; t >= 0; t--) out[t] = out[t]! + level.backward[t]! * (out[t + 1]! - out[t]!);
  return out;
}
