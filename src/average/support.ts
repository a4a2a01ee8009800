/**
 * When the state-space average publishes an estimate: its 95% interval must be narrow enough to say
 * something, and enough polls must be near it. An estimate that fails either is not published: its
 * polls make a stretch of `sparse` and split `runs`, so a chart draws no line and no band there and the
 * words say there were too few polls.
 */
export interface SupportRule {
  /**
   * The widest 95% interval of the average published, `upper − lower` before clamping, in percentage
   * points.
   */
  readonly maxIntervalWidth: number;
  /** At least this many polls must have ended within `halfSpanDays` either side of the estimate's day… */
  readonly minPolls: number;
  /** …by at least this many pollsters (a run of one pollster's polls is that pollster's line). */
  readonly minPollsters: number;
  /** Half the span, in days, over which polls near an estimate are counted. */
  readonly halfSpanDays: number;
}

/**
 * The rule `pollAverage` uses with `method: "kalman"`, chosen by the simulation (`npm run
 * simulate:window`, bench/window-simulation.md; see `pollAverage` for the numbers):
 *
 * - `maxIntervalWidth` 6 points (± 3): above it, the estimates of the simulation were off by more than a
 *   single poll of 1,000 is (sd 1.9 points with its design effect), so the average no longer says more
 *   than one poll would;
 * - 3 polls within 30 days either side: a lone poll, or two, between long gaps, is a poll, not an
 *   average; with any number of pollsters, since a single pollster's series has its own line.
 *
 * @example
 * KALMAN_SUPPORT; // { maxIntervalWidth: 6, minPolls: 3, minPollsters: 1, halfSpanDays: 30 }
 */
export const KALMAN_SUPPORT: SupportRule = Object.freeze({
  maxIntervalWidth: 6,
  minPolls: 3,
  minPollsters: 1,
  halfSpanDays: 30,
});

/**
 * For each distinct poll day, how many polls and how many pollsters ended within `halfSpan` days
 * either side (both ends included). O(n) with a sliding window over the polls, sorted by day.
 *
 * @param days - Each poll's day, ascending.
 * @param pollster - Each poll's pollster index (0..pollsters − 1).
 * @param estimateDays - The days to count at, ascending (the distinct poll days).
 */
export function pollsNear(
  days: Float64Array,
  pollster: Int32Array,
  pollsters: number,
  estimateDays: readonly number[],
  halfSpan: number,
): { polls: Int32Array; pollsters: Int32Array } {
  const polls = new Int32Array(estimateDays.length);
  const distinct = new Int32Array(estimateDays.length);
  const counts = new Int32Array(pollsters);
  let active = 0;
  let lo = 0;
  let hi = 0;
  estimateDays.forEach((day, j) => {
    while (hi < days.length && (days[hi] as number) <= day + halfSpan) {
      const p = pollster[hi++] as number;
      counts[p] = (counts[p] as number) + 1;
      if (counts[p] === 1) active++;
    }
    while ((days[lo] as number) < day - halfSpan) {
      const p = pollster[lo++] as number;
      counts[p] = (counts[p] as number) - 1;
      if (counts[p] === 0) active--;
    }
    polls[j] = hi - lo;
    distinct[j] = active;
  });
  return { polls, pollsters: distinct };
}
