import type { SmoothedLevel } from "./local-level.js";

/**
 * Per day, Σₚ Aₚ,ₜ² vₚ: the variance that pollsters' unknown offsets add to the smoothed level, with
 * Aₚ,ₜ pollster p's share of day t's estimate (the sum of the smoother's weights on its polls) and vₚ
 * the variance of what is unknown of its offset, in squared points.
 *
 * The smoother is linear, so Aₚ is the smoother run on values 1 for p's polls and 0 for the others'.
 * Within one day, the filter's updates collapse to mean × Πᵢ(1 − Kᵢ) + Σᵢ∈ₚ Kᵢ Πⱼ₍after i₎(1 − Kⱼ),
 * computed once for all pollsters, so each pollster's pass costs O(days): O(polls + pollsters × days)
 * in all, rather than O(pollsters × (polls + days)).
 *
 * @param level - The fitted smoother (its gains per poll and backward gains per day).
 * @param days - Each poll's day, ascending, as the smoother read them.
 * @param pollster - Each poll's pollster index.
 * @param unknown - Per pollster, vₚ in squared points; pollsters with 0 (or `NaN`) are skipped.
 *
 * @example
 * // one pollster: its share of every day is 1, so each day gets its v
 * shareVariance(level, days, Int32Array.from(days, () => 0), Float64Array.of(2)); // all 2
 */
export function shareVariance(
  level: SmoothedLevel,
  days: Float64Array,
  pollster: Int32Array,
  unknown: Float64Array,
): Float64Array {
  const count = level.mean.length;
  const n = days.length;
  const keep = new Float64Array(count).fill(1);
  const after = new Float64Array(n);
  // Walk each day's polls backwards: `after` is the product of (1 − K) over the day's later polls.
  for (let i = n - 1; i >= 0; i--) {
    const t = days[i]!;
    after[i] = keep[t]!;
    keep[t] = keep[t]! * (1 - level.gains[i]!);
  }
  // Per pollster, its polls' indices, to build each day's input Σ K·after in O(its polls).
  const byPollster = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const p = pollster[i]!;
    const list = byPollster.get(p);
    if (list) list.push(i);
    else byPollster.set(p, [i]);
  }
  const out = new Float64Array(count);
  const input = new Float64Array(count);
  const share = new Float64Array(count);
  for (const [p, polls] of byPollster) {
    const v = unknown[p]!;
    if (!(v > 0)) continue;
    for (const i of polls) {
      const t = days[i]!;
      input[t] = input[t]! + level.gains[i]! * after[i]!;
    }
    const first = days[polls[0]!]!;
    let mean = 0;
    for (let t = first; t < count; t++) {
      mean = mean * keep[t]! + input[t]!;
      share[t] = mean;
    }
    for (let t = count - 2; t >= 0; t--) share[t] = share[t]! + level.backward[t]! * (share[t + 1]! - share[t]!);
    for (let t = 0; t < count; t++) out[t] = out[t]! + share[t]! ** 2 * v;
    for (const i of polls) input[days[i]!] = 0;
    share.fill(0);
  }
  return out;
}
