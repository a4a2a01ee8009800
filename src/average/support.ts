/**
 * When the state-space average publishes an estimate: its 95% interval must be narrow enough to say
 * something, and it must rest on more than a lone poll. An estimate that fails either is not
 * published: its polls make a stretch of `sparse` and split `runs`, so a chart draws no line and no
 * band there and the words say there were too few polls.
 */
export interface SupportRule {
  /**
   * The widest 95% interval of the average published, `upper − lower` before clamping, in percentage
   * points of a share; twice that for a net value, which moves two points for each point a share moves.
   */
  readonly maxIntervalWidth: number;
  /**
   * At least this many polls must have ended within `halfSpanDays` either side of the estimate's day (its own
   * included).
   */
  readonly minPolls: number;
  /** Half the span, in days, over which polls near an estimate are counted (also for `nearbyPolls`). */
  readonly halfSpanDays: number;
}

/**
 * The rule `pollAverage` uses with `method: "kalman"`, chosen by the simulation (`npm run
 * simulate:window`, bench/window-simulation.md, "Which estimates to publish": 40 seeds of six cases and
 * of short runs of 3 to 20 polls by 2–4 pollsters, about 185,000 estimates):
 *
 * - `maxIntervalWidth` 10 points (± 5): up to 10 points wide, the simulated 95% intervals held the truth
 *   93.7–99.3% of the time in every 1-point band; wider, they fall toward and below the 90% the
 *   interval must at least keep (90.1% at 10–12, 66.7% past 15) while their estimates are off by more
 *   than a single poll's sd almost half the time or more (45–83%). A stricter 7 points, where the
 *   estimates' RMSE reaches a single poll's sd (1.95 at 7–8 against 1.90), would also cut the end of
 *   the noisiest real trackers in test/data (FiveThirtyEight's primary and coronavirus-approval lists
 *   end at 7.4 to 8.8 points), where the average still says far more than one of their polls.
 * - 2 polls within 30 days either side: in a year of one poll a quarter, estimates resting on one poll
 *   were off by 1.59 points, hardly better than the poll itself (1.90): there it is shown as polls.
 *   With any number of pollsters: a single pollster's series has its own line.
 *
 * @example
 * KALMAN_SUPPORT; // { maxIntervalWidth: 10, minPolls: 2, halfSpanDays: 30 }
 */
export const KALMAN_SUPPORT: SupportRule = Object.freeze({ maxIntervalWidth: 10, minPolls: 2, halfSpanDays: 30 });

/**
 * For each distinct poll day, how many polls and how many pollsters ended within `halfSpan` days
 * either side (both ends included). O(n) with a sliding window over the polls, sorted by day.
 *
 * @param days - Each poll's day, ascending.
 * @param pollster - Each poll's pollster index (0..pollsters − 1).
 * @param estimateDays - The days to count at, ascending (the distinct poll days).
 *
 * @example
 * // polls of pollsters 0, 1, 0 on days 0, 10, 50; counted at days 0 and 50, 30 days either side
 * pollsNear(Float64Array.of(0, 10, 50), Int32Array.of(0, 1, 0), 2, [0, 50], 30); // polls [2, 1], pollsters [2, 1]
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
    while (hi < days.length && days[hi]! <= day + halfSpan) {
      const p = pollster[hi++]!;
      counts[p] = counts[p]! + 1;
      if (counts[p] === 1) active++;
    }
    while (days[lo]! < day - halfSpan) {
      const p = pollster[lo++]!;
      counts[p] = counts[p]! - 1;
      if (counts[p] === 0) active--;
    }
    polls[j] = hi - lo;
    distinct[j] = active;
  });
  return { polls, pollsters: distinct };
}
