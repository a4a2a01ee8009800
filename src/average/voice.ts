import type { PreparedPolls } from "./polls.js";

/**
 * Half the span, in days, over which the state-space average counts a pollster's polls for one voice
 * per pollster: a poll's pollster is compared with the others over the 31 days centred on the poll.
 * Chosen by the simulation (`npm run simulate:window`, bench/window-simulation.md, "One voice per
 * pollster"): a daily tracker 3 points high beside five monthly pollsters puts the average 0.55 points
 * above the truth at ±15 days (one voice of six is 0.5), 1.25 at ±7, 1.99 at ±3 and 2.29 with no rule;
 * ±30 and ±45 change nothing (0.58, 0.56). 15 is the shortest span that gives one voice, so the rule
 * still follows a pollster that changes how often it polls.
 *
 * @example
 * VOICE_HALF_SPAN_DAYS; // 15
 */
export const VOICE_HALF_SPAN_DAYS = 15;

/**
 * One voice per pollster, as variance factors: for each poll, how many times its variance is multiplied
 * so that its pollster, however often it polls, carries no more information in any month than the
 * typical pollster. With I the information (Σ 1 ÷ variance) of the poll's pollster's polls within
 * ±`halfSpan` days of the poll (a span of the same length, moved inside the series near its ends) and m
 * the median of that over the pollsters that polled in the span, the factor is max(1, I ÷ m). A daily
 * tracker beside monthly pollsters gets about its polls in a month (they weigh together as one monthly
 * poll); pollsters that all poll daily, or a series of one pollster, get 1 (no one to outweigh).
 *
 * O(n + days × pollsters in a span): a sliding window over the polls, sorted by day.
 *
 * @param polls - The polls, sorted by day (as {@link preparePolls} makes them).
 * @param halfSpan - Half the span, in days; default {@link VOICE_HALF_SPAN_DAYS}.
 * @param variances - Each poll's own variance, in squared points (see `observationVariances`), all
 *   positive; default all 1 (a poll is a poll).
 * @returns One factor (at least 1) per poll, in the order of `polls`.
 *
 * @example
 * // 31 daily releases of one pollster beside one poll of each of five others, all of one size: 31 for the daily ones
 * voiceFactors(polls)[0]; // 31
 */
export function voiceFactors(
  polls: PreparedPolls,
  halfSpan: number = VOICE_HALF_SPAN_DAYS,
  variances: Float64Array = new Float64Array(polls.days.length).fill(1),
): Float64Array {
  const { days, pollster } = polls;
  const n = days.length;
  const factors = new Float64Array(n).fill(1);
  const counts = new Float64Array(polls.pollsters.length);
  const members = new Int32Array(polls.pollsters.length);
  // The pollsters with polls in the span, kept in order of their information: from one day to the next
  // few move, so putting them back in order is a pass, and the median is read off, not selected.
  const active: number[] = [];
  const enter = (i: number) => {
    const p = pollster[i]!;
    counts[p] = counts[p]! + 1 / variances[i]!;
    members[p] = members[p]! + 1;
    if (members[p] === 1) active.push(p);
  };
  const leave = (i: number) => {
    const p = pollster[i]!;
    counts[p] = counts[p]! - 1 / variances[i]!;
    members[p] = members[p]! - 1;
    if (members[p] === 0) {
      counts[p] = 0;
      active.splice(active.indexOf(p), 1);
    }
  };
  let lo = 0;
  let hi = 0;
  let i = 0;
  let median = Number.NaN;
  const first = days[0]!;
  const last = days[n - 1]!;
  while (i < n) {
    const day = days[i]!;
    // A full span even at the ends, moved inside the series: else a tracker's last days count half its polls.
    const from = Math.max(first, Math.min(day - halfSpan, last - 2 * halfSpan));
    const to = from + 2 * halfSpan;
    const before = lo + hi;
    while (hi < n && days[hi]! <= to) enter(hi++);
    while (days[lo]! < from) leave(lo++);
    // The span's median changes only when a poll entered or left it.
    if (lo + hi !== before) median = medianOf(active, counts);
    for (; i < n && days[i] === day; i++) factors[i] = Math.max(1, counts[pollster[i]!]! / median);
  }
  return factors;
}

/**
 * The median of `counts` over `active` (d3-array's quantile at 0.5: the mean of the middle two for an even
 * count), after putting `active` in ascending order of its counts by insertion, which is one pass over a
 * list that is nearly in order already.
 */
function medianOf(active: number[], counts: Float64Array): number {
  for (let j = 1; j < active.length; j++) {
    const p = active[j]!;
    const value = counts[p]!;
    let k = j - 1;
    for (; k >= 0 && counts[active[k]!]! > value; k--) active[k + 1] = active[k]!;
    active[k + 1] = p;
  }
  const position = 0.5 * (active.length - 1);
  const below = Math.floor(position);
  const low = counts[active[below]!]!;
  return below === position ? low : low + (counts[active[below + 1]!]! - low) * (position - below);
}
