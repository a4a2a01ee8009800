import { optionsCheck } from "../model/options.js";
import { type Infer, optional, when, withDefault } from "../model/schema.js";
import type { PollDataset } from "../model/types.js";
import { averagesOption, TREND_OPTION_FIELDS } from "../trend/options.js";
import type { WordsAverages } from "../words/averages.js";
import { type PreparedTrend, prepareChecked, trendOptionsOf } from "../trend/prepare.js";
import { fullSummary, SHORT_SUMMARY_LIMIT, shortSummary } from "../words/summary.js";

export { SHORT_SUMMARY_LIMIT };

const SUMMARY_OPTION_FIELDS = {
  /**
   * `"full"` (default): a paragraph. `"short"`: one alt-text sentence of at most 160 characters, unless a
   * series' name alone is too long for that (a value never goes without its name).
   */
  length: withDefault(
    when<"full" | "short">((v) => v === "full" || v === "short", '"short" or "full"'),
    "full",
  ),
  ...TREND_OPTION_FIELDS,
  /**
   * The poll average, for a tracker whose series call for one: `averages` from `poll-trend/average` (its
   * numbers and its sentences). Without it, such a summary is a `PollDataError` saying so.
   */
  averages: optional(averagesOption<WordsAverages>(["write"])),
};

/**
 * Options of {@link summarizeTrend}: its length, and the trend's options (`locale`, `average`,
 * `maxGapDays`), which a prepared trend already has.
 *
 * @interface
 */
export type SummaryOptions = Infer<typeof SUMMARY_OPTION_FIELDS>;

const summaryOptions = optionsCheck(SUMMARY_OPTION_FIELDS);

/**
 * Writes what a careful poll reporter would say about a dataset, in the locale's language. For each
 * series: the latest value, the change since the previous poll (by the same pollster) in percentage
 * points and whether it exceeds the margin of error of the difference, √(m₁² + m₂²); with three or
 * more polls the change over the period and the high and low; any hole in the polling a change spans.
 * For a tracker (see {@link SummaryOptions.average}) it leads with the poll average, names the method
 * once, gives the average's own 95% interval and the band where single polls fall, and names the
 * pollster of every poll it mentions. Across series: who leads a field of three or more, when one
 * overtook another, a comparison that held in every poll that asked about both (between averages,
 * only when the polls agree in every month), and parts beside their whole.
 *
 * @throws {PollDataError} when the input or an option is not valid.
 * @example
 * summarizeTrend(apNorcUkraineSupport, { length: "short" });
 * // "Favor providing weapons: 48% in November 2023, down 16 percentage points from 64% in March 2022; …"
 */
export function summarizeTrend(input: PollDataset | PreparedTrend, options?: SummaryOptions): string {
  const o = summaryOptions(options);
  const trend = prepareChecked(input, options && trendOptionsOf(options), o);
  return o.length === "short" ? shortSummary(trend) : fullSummary(trend);
}
