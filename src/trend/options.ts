import type { AverageSetting } from "../average/choose.js";
import { resolveAverageOptions } from "../average/options.js";
import { type Fields, type Infer, type Leaf, optional, Problem, type Resolve, withDefault } from "../model/schema.js";

// The options every output shares, because they decide the facts and their words: the locale, when a
// series is averaged, and the gap rule. The chart, the summary, the methods note, the table and the
// report take them; prepareTrend resolves them once.

/** A BCP 47 locale Intl knows. */
const locale: Leaf<string> = (value) => {
  if (typeof value === "string") {
    try {
      new Intl.NumberFormat(value);
      return value;
    } catch {}
  }
  return new Problem('a BCP 47 language tag such as "en-US" or "es-US"');
};

/** The average's options a chart or summary takes; the pollster of polls that name none is the dataset's. */
const AVERAGE_SETTINGS = ["bandwidthDays", "houseEffects", "pollsterWeighting"];
const BAD_AVERAGE = new Problem(
  '"auto", true, false or { bandwidthDays: a positive number of days, houseEffects: true or false, pollsterWeighting: "shared" or "per-poll" }',
);
const average: Leaf<AverageSetting> = (value) => {
  if (value === "auto" || typeof value === "boolean") return value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return BAD_AVERAGE;
  if (!Object.keys(value).every((k) => AVERAGE_SETTINGS.includes(k))) return BAD_AVERAGE;
  try {
    // pollAverage checks them the same way.
    resolveAverageOptions(value);
    return value as AverageSetting;
  } catch {
    return BAD_AVERAGE;
  }
};

const days: Leaf<number> = (value) =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? value : new Problem("a positive number of days");

/** The trend's options, as a table of fields: the chart's and the summary's tables start from it. */
export const TREND_OPTION_FIELDS = {
  /**
   * BCP 47 locale of every number and word: `"en-US"` (default). Its language chooses the words
   * (English, Spanish); a language without words of its own is written in English with the locale's
   * numbers. Digits, separators and the space before "%" follow the locale: es-US 48.5%, es-ES 48,5 %.
   */
  locale: withDefault(locale, "en-US"),
  /**
   * A poll average per series (see {@link pollAverage}): `"auto"` (default) for a series with several
   * pollsters or several polls on one date; `true` for every series of 3 polls or more; `false` never; or
   * the {@link AverageOptions} to use for every series (`bandwidthDays`, `houseEffects`,
   * `pollsterWeighting`; the pollster of polls that name none is the dataset's).
   */
  average: withDefault<AverageSetting>(average, "auto"),
  /** A gap longer than this many days between two polls breaks a line and is a hole in the polling. Default: the gap rule of {@link lineBreaks}. */
  maxGapDays: optional(days),
} satisfies Fields;

/**
 * The options that decide the facts of a trend and their words, shared by every output.
 *
 * @interface
 */
export type TrendOptions = Infer<typeof TREND_OPTION_FIELDS>;

/** Trend options with defaults filled in. */
export type ResolvedTrendOptions = Resolve<typeof TREND_OPTION_FIELDS>;
