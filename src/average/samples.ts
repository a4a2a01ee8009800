import type { PreparedPolls } from "./polls.js";

/**
 * How many of the series' polls come from each poll's own sample: rows of one pollster that end on the
 * same day with the same `pollId`, or, without ids, the same field start (or none). A poll that asked its question in
 * two versions (with and without a candidate, of all adults and of its registered voters) is one sample
 * listed twice: the state-space average gives each such row 1 ÷ that count of a poll, so the sample
 * counts once, however many of its questions a list keeps. 1 for a poll listed once.
 *
 * @param polls - The prepared polls, sorted by day (as `preparePolls` makes them).
 * @returns One count (at least 1) per poll, in the order of `polls`.
 *
 * @example
 * // a primary poll listed for two question versions, and one listed once
 * sameSampleCounts(polls); // Float64Array [2, 2, 1]
 */
export function sameSampleCounts(polls: PreparedPolls): Float64Array {
  const { points, days, pollster } = polls;
  const n = days.length;
  const counts = new Float64Array(n).fill(1);
  const groups = new Map<string | number, number[]>();
  // Rows of one sample end on one day: group within each day (the polls are sorted by day).
  for (let start = 0; start < n; ) {
    let end = start;
    while (end < n && days[end] === days[start]) end++;
    if (end - start > 1 && pollsterTwice(pollster, start, end)) {
      groups.clear();
      for (let i = start; i < end; i++) {
        const point = points[i];
        const p = pollster[i]!;
        const key =
          point?.pollId !== undefined ? `${p}|${point.pollId}` : point?.fieldStart ? `${p}|${point.fieldStart}` : p;
        const group = groups.get(key);
        if (group) group.push(i);
        else groups.set(key, [i]);
      }
      for (const group of groups.values()) if (group.length > 1) for (const i of group) counts[i] = group.length;
    }
    start = end;
  }
  return counts;
}

/**
 * Whether a pollster may have two of the polls `start..end` (one day's): else no two of them can be one
 * sample. Compared pair by pair up to 32 polls (the map of keys costs more); more are taken as maybe.
 */
function pollsterTwice(pollster: Int32Array, start: number, end: number): boolean {
  if (end - start > 32) return true;
  for (let i = start + 1; i < end; i++) for (let j = start; j < i; j++) if (pollster[i] === pollster[j]) return true;
  return false;
}
