import type { Measure } from "../language/language.js";
import { ESTIMATE_DECIMALS } from "../language/numbers.js";
import type { SeriesFacts } from "../trend/facts.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { latestValue, reaches } from "../trend/relations.js";

/**
 * A value of a series as printed, by the words and the chart's key alike: an average's estimate to one
 * decimal (`estimate`), a poll as published.
 *
 * @example
 * shown(trend, 46.04, "share", true); // "46.0%"
 */
export function shown(t: PreparedTrend, value: number, measure: Measure, estimate = false): string {
  return t.words.value({ value, measure, ...(estimate ? { decimals: ESTIMATE_DECIMALS } : {}) }, t.format);
}

/**
 * A series' latest value as its field is compared (its leader's `basis`), printed: its average's, or,
 * where the field is compared by its latest polls, its latest poll's; without a leader, its average's or
 * its poll's. The summary's values and the chart's key both print this, so they never disagree.
 */
export function fieldValue(t: PreparedTrend, s: SeriesFacts): string {
  const average = toldByAverage(t, s);
  return shown(t, latestValue(s, !average), s.measure, average);
}

/**
 * Whether the words tell a series by its average: its field is compared by averages (its leader's `basis`),
 * and its average reaches its latest poll ({@link reaches}). Else by its latest poll.
 */
export const toldByAverage = (t: PreparedTrend, s: SeriesFacts): boolean =>
  t.facts.leader?.basis !== "polls" && reaches(s);
