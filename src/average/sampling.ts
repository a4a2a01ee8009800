import type { PreparedPolls } from "./polls.js";
import { quantileInPlace } from "./select.js";

/**
 * The design effect assumed for a poll that publishes no margin of error: its sampling variance is 1.5 ×
 * that of a simple random sample of its size. Weighting to the population typically costs pollsters a
 * design effect of 1.3 to 2 (Pew Research Center, AP-NORC and YouGov publish theirs in that range); the
 * non-sampling variance the state-space average estimates from the data takes up whatever is left.
 *
 * @example
 * // a poll of 1,000 at 50%: 1.5 × 0.25 ÷ 1,000 × 100² = 3.75 squared points (sd 1.94 points)
 * DESIGN_EFFECT; // 1.5
 */
export const DESIGN_EFFECT = 1.5;

/**
 * The sample size taken for a poll with neither a margin nor a size, when no poll of its series has a size.
 *
 * @example
 * DEFAULT_SAMPLE_SIZE; // 1000
 */
export const DEFAULT_SAMPLE_SIZE = 1000;

/**
 * z for a two-sided 95% interval: the 97.5% quantile of the standard normal.
 *
 * @example
 * 50 + Z95 * 1.2; // the top of a 95% interval of sd 1.2 around 50: 52.35
 */
export const Z95 = 1.959963984540054;

/**
 * Each poll's sampling variance, in squared percentage points, in the order of `polls`:
 *
 * - with a published `marginOfError` m (± points at 95%): (m ÷ 1.96)², with m doubled in a net series
 *   (the margin of a lead, see `PollSeries.measure`);
 * - else, for a share p of n respondents: {@link DESIGN_EFFECT} × p(1 − p) ÷ n × 100², with p kept
 *   within 1%..99% so a candidate at 0% still has some noise; for a net value d (a lead, as a
 *   proportion): {@link DESIGN_EFFECT} × (1 − d²) ÷ n × 100², the variance of the difference of two
 *   shares of one sample that add to about 100%;
 * - a poll without a size counts as one of the median size of the series' polls that have one (else
 *   {@link DEFAULT_SAMPLE_SIZE}).
 *
 * Never `NaN`: a margin or size of 0 (which parsing refuses) would give 0.
 *
 * @example
 * samplingVariances(preparePolls([{ date: "2024-01-05", value: 50, sampleSize: 1000 }], undefined), "share");
 * // Float64Array [3.75]
 */
export function samplingVariances(polls: PreparedPolls, measure: "share" | "net"): Float64Array {
  const { points, values } = polls;
  const sizes = points.map((p) => p.sampleSize).filter((size) => size !== undefined);
  const median = sizes.length ? quantileInPlace(Float64Array.from(sizes), sizes.length, 0.5) : DEFAULT_SAMPLE_SIZE;
  const out = new Float64Array(points.length);
  points.forEach((point, i) => {
    if (point.marginOfError !== undefined) {
      const margin = (measure === "net" ? 2 : 1) * point.marginOfError;
      out[i] = (margin / Z95) ** 2;
      return;
    }
    const n = point.sampleSize ?? median;
    const value = values[i]! / 100;
    const share = Math.min(0.99, Math.max(0.01, value));
    const spread = measure === "net" ? 1 - Math.min(0.98, value * value) : share * (1 - share);
    out[i] = (DESIGN_EFFECT * spread * 10_000) / n;
  });
  return out;
}
