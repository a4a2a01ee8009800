import type { PreparedPolls } from "./polls.js";

/**
 * The two variances behind the average's own interval, in squared percentage points: how far
 * pollsters' typical levels spread around each other (house effects), and how far a poll of the
 * median sample size strays from its pollster's level.
 */
export interface VarianceParts {
  /** τ²: the variance of pollsters' house effects; 0 with one pollster, where it cannot be seen. */
  readonly betweenPollsters: number;
  /** σ²: the variance of one poll of the median size (size weight 1) around its pollster's level. */
  readonly withinPollster: number;
}

/**
 * Estimates τ² and σ² from each poll's cross-validated residual r (a one-way random-effects analysis
 * of variance, by the method of moments). A tracking release counts as 1 ÷ its overlap of a poll, so
 * releases that share respondents are not counted as independent.
 *
 * - σ² = Σ sᵢ² (rᵢ − r̄ₚ)² ÷ (N − P): the spread of residuals around their pollster's mean, scaled to
 *   a poll of size weight 1 (a poll of size weight s has variance σ² ÷ s²), over N polls of P pollsters;
 *   with no pollster of two polls, Σ sᵢ² rᵢ² ÷ N.
 * - τ² = max(0, var(r̄ₚ) − mean(σ² c̄ₚ ÷ nₚ)): the spread of the pollsters' mean residuals, less what
 *   their own noise explains (c̄ₚ is the mean 1 ÷ s² of their nₚ polls).
 *
 * @param residuals - One per poll; `NaN` ones are left out.
 */
export function varianceParts(polls: PreparedPolls, residuals: Float64Array): VarianceParts {
  const { sizeWeights, pollster, overlap } = polls;
  const count = polls.pollsters.length;
  const n = new Float64Array(count);
  const sum = new Float64Array(count);
  const inverse = new Float64Array(count);
  for (let i = 0; i < residuals.length; i++) {
    const r = residuals[i]!;
    if (Number.isNaN(r)) continue;
    const p = pollster[i]!;
    const a = 1 / overlap[i]!;
    const s = sizeWeights[i]!;
    n[p] = n[p]! + a;
    sum[p] = sum[p]! + a * r;
    inverse[p] = inverse[p]! + a / (s * s);
  }
  let squares = 0;
  let raw = 0;
  let total = 0;
  for (let i = 0; i < residuals.length; i++) {
    const r = residuals[i]!;
    if (Number.isNaN(r)) continue;
    const p = pollster[i]!;
    const a = 1 / overlap[i]!;
    const s = sizeWeights[i]!;
    const d = r - sum[p]! / n[p]!;
    squares += a * s * s * d * d;
    raw += a * s * s * r * r;
    total += a;
  }
  const present = [...n.keys()].filter((p) => n[p]! > 0);
  const freedom = total - present.length;
  const withinPollster = freedom > 0.5 ? squares / freedom : total > 0 ? raw / total : 0;
  if (present.length < 2) return { betweenPollsters: 0, withinPollster };
  const means = present.map((p) => sum[p]! / n[p]!);
  const grand = means.reduce((a, b) => a + b, 0) / means.length;
  const spread = means.reduce((a, m) => a + (m - grand) ** 2, 0) / (means.length - 1);
  const noise = present.reduce((a, p) => a + (withinPollster * inverse[p]!) / n[p]! ** 2, 0) / present.length;
  return { betweenPollsters: Math.max(0, spread - noise), withinPollster };
}
