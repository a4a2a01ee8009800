import type { Measure } from "../language/language.js";
import { ESTIMATE_DECIMALS } from "../language/numbers.js";
import type { PreparedTrend } from "../trend/prepare.js";

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
