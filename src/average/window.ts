/**
 * How wide the average looks at each day: half the asked window, widened where that holds fewer than
 * `minPolls` polls, never beyond `maxHalfDays`.
 */
export interface WindowRule {
  /** Half of `bandwidthDays`: the narrowest half-window, in days. */
  readonly minHalfDays: number;
  /** The widest half-window, in days: where even this holds too few polls, there is no estimate. */
  readonly maxHalfDays: number;
  /** The window widens until its edge reaches the `minPolls`-th nearest poll. */
  readonly minPolls: number;
}

/**
 * The half-width, in days, of the window at each of `at` (ascending): the distance from the day to
 * the farther end of the run of its `minPolls` nearest polls, but at least `minHalfDays` and at most
 * `maxHalfDays`. A poll at exactly that distance gets no weight (tricube), as in d3-regression, whose
 * nearest-neighbour window this is when `minHalfDays` is 0 and `maxHalfDays` infinite.
 *
 * The run of nearest polls only moves forward as the day does, so this is one sweep, O(n + days):
 * it steps right while the next poll on the right is no farther than the leftmost (d3-regression's
 * `updateInterval`, ties stepping, so duplicate days are passed over).
 *
 * @param days - Days of the polls, ascending.
 * @param at - The days to measure at, ascending.
 */
export function halfWidths(days: Float64Array, at: Float64Array, rule: WindowRule): Float64Array {
  const k = Math.min(days.length, Math.max(1, rule.minPolls));
  const starts = nearestStarts(days, at, k);
  const out = new Float64Array(at.length);
  for (let j = 0; j < at.length; j++) {
    const t = at[j]!;
    const left = starts[j]!;
    const reach = Math.max(t - days[left]!, days[left + k - 1]! - t);
    out[j] = Math.min(rule.maxHalfDays, Math.max(rule.minHalfDays, reach));
  }
  return out;
}

/**
 * For each of `at` (ascending), the index of the first of its `k` nearest polls (at most n), which
 * run from there: the run only moves forward, stepping right while the next poll on the right is no
 * farther than the leftmost. O(n + days).
 */
export function nearestStarts(days: Float64Array, at: Float64Array, k: number): Int32Array {
  const n = days.length;
  const starts = new Int32Array(at.length);
  let left = 0;
  for (let j = 0; j < at.length; j++) {
    const t = at[j]!;
    while (left + k < n && days[left + k]! - t <= t - days[left]!) left++;
    starts[j] = left;
  }
  return starts;
}

/** The first index whose day is above `day`, in days ascending. */
export function firstAbove(days: Float64Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose day is at or above `day`, in days ascending. */
export function firstAtOrAbove(days: Float64Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The polls strictly inside the window of half-width `half` around `t`: indices `[lo, hi)`, those with weight. */
export function windowRange(days: Float64Array, t: number, half: number): [number, number] {
  return [firstAbove(days, t - half), firstAtOrAbove(days, t + half)];
}
