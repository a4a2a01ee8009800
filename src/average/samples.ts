import type { PreparedPolls } from "./polls.js";

/**
 * How many of the series' polls come from each poll's own sample: rows of one pollster with the same
 * `pollId`, or, without ids, the same field dates (start and end). A poll that asked its question in
 * two versions (with and without a candidate, of all adults and of its registered voters) is one sample
 * listed twice: the state-space average gives each such row 1 ÷ that count of a poll, so the sample
 * counts once, however many of its questions a list keeps. 1 for a poll listed once.
 *
 * @param polls - The prepared polls (any order).
 * @returns One count (at least 1) per poll, in the order of `polls`.
 *
 * @example
 * // a primary poll listed for two question versions, and one listed once
 * sameSampleCounts(polls); // Float64Array [2, 2, 1]
 */
export function sameSampleCounts(polls: PreparedPolls): Float64Array {
  const keys = polls.points.map((point, i) =>
    point.pollId !== undefined
      ? `${polls.pollster[i]}|id|${point.pollId}`
      : `${polls.pollster[i]}|${point.fieldStart ?? ""}|${point.date}`,
  );
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Float64Array.from(keys, (key) => counts.get(key) ?? 1);
}
