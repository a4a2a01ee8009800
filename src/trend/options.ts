import type { LanguageWords } from "../language/choose.js";
import { numberFormat } from "../language/numbers.js";
import {
  type Fields,
  finite,
  type Infer,
  isObject,
  type Leaf,
  optional,
  Problem,
  type Resolve,
  when,
  withDefault,
} from "../model/schema.js";
import type { AverageSetting, TrendAverages } from "./averages.js";

// The options every output shares, because they decide the facts and their words: the locale, when a
// series is averaged, and the gap rule. The chart, the summary, the methods note, the table and the
// report take them; prepareTrend resolves them once.

/** A BCP 47 locale Intl knows. */
const locale: Leaf<string> = (value) => {
  if (typeof value === "string") {
    try {
      numberFormat(value); // made once a locale and kept: a second check of it is a lookup
      return value;
    } catch {}
  }
  return new Problem('a BCP 47 language tag such as "en-US" or "es-US"');
};

/** The average's options a chart or summary takes; the pollster of polls that name none is the dataset's. */
/** Each setting's test: the same values pollAverage takes (it checks its own options again when called alone). */
const AVERAGE_SETTINGS: Readonly<Record<string, (v: unknown) => boolean>> = {
  method: (v) => v === "kalman" || v === "loess",
  bandwidthDays: (v) => finite(v) && v > 0,
  houseEffects: (v) => typeof v === "boolean",
  pollsterWeighting: (v) => v === "shared" || v === "per-poll",
};
const BAD_AVERAGE = new Problem(
  '"auto", true, false or { method: "kalman" or "loess", bandwidthDays: a positive number of days, houseEffects: ' +
    'true or false, pollsterWeighting: "shared" or "per-poll" }',
);
const average: Leaf<AverageSetting> = (value) => {
  if (value === "auto" || typeof value === "boolean") return value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return BAD_AVERAGE;
  const ok = Object.entries(value).every(([k, v]) => v === undefined || AVERAGE_SETTINGS[k]?.(v) === true);
  return ok ? (value as AverageSetting) : BAD_AVERAGE;
};

/** An object of parts whose named members are functions or objects: what `averages` and a language are. */
const hasParts = (value: unknown, parts: readonly string[]) =>
  isObject(value) &&
  parts.every((part) => {
    const member: unknown = Reflect.get(value, part);
    return typeof member === "function" || (typeof member === "object" && member !== null);
  });

/** What the `averages` option expects, in its errors. */
export const AVERAGES = 'the averages of poll-trend/average (import { averages } from "poll-trend/average")';

/** The poll average's parts, from poll-trend/average: the trend calls its `estimate`. */
export const averagesOption = <T extends TrendAverages>(parts: readonly string[]) =>
  when<T>((v) => hasParts(v, ["estimate", "describe", ...parts]), AVERAGES);

const languages = when<readonly LanguageWords[]>(
  (v) =>
    Array.isArray(v) &&
    v.every(
      (l) => hasParts(l, ["words"]) && Array.isArray(l.tags) && l.tags.every((t: unknown) => typeof t === "string"),
    ),
  "a list of languages, such as [spanish] from poll-trend/es or what registerLanguage returns",
);

const days: Leaf<number> = (value) => (finite(value) && value > 0 ? value : new Problem("a positive number of days"));

/**
 * The locale option, a field of its own so that the options of the table and the methods note name it
 * without reading a property of {@link TREND_OPTION_FIELDS} (which a bundler keeps, as a read may run code).
 */
export const LOCALE_FIELD = withDefault(locale, "en-US");
/** The languages option, a field of its own (see {@link LOCALE_FIELD}). */
export const LANGUAGES_FIELD = optional(languages);

/** The trend's options, as a table of fields: the chart's and the summary's tables start from it. */
export const TREND_OPTION_FIELDS = {
  /**
   * BCP 47 locale of every number and word: `"en-US"` (default). Its language chooses the words
   * (English, Spanish); a language without words of its own is written in English with the locale's
   * numbers. Digits, separators and the space before "%" follow the locale: es-US 48.5%, es-ES 48,5 %.
   */
  locale: LOCALE_FIELD,
  /**
   * A poll average per series (see {@link pollAverage}): `"auto"` (default) for a series with several
   * pollsters or several polls on one date; `true` for every series of 3 polls or more; `false` never; or
   * the {@link AverageOptions} to use for every series (`bandwidthDays`, `houseEffects`,
   * `pollsterWeighting`; the pollster of polls that name none is the dataset's).
   */
  average: withDefault<AverageSetting>(average, "auto"),
  /**
   * A gap longer than this many days between two polls breaks a line and is a hole in the polling. Default: the gap
   * rule of {@link lineBreaks}.
   */
  maxGapDays: optional(days),
  /**
   * The poll average, for a tracker whose series call for one (see `average`): `averages` from
   * `poll-trend/average`, a module of its own so an app that draws a few polls per series does not carry
   * it. Without it, a series that calls for an average is a `PollDataError` saying so, never drawn
   * without its average.
   */
  averages: optional(averagesOption<TrendAverages>([])),
  /**
   * Languages besides the built-in English, for the locale to choose from: `[spanish]` from
   * `poll-trend/es`, or your own from {@link registerLanguage}. A Spanish locale without `spanish` is a
   * `PollDataError` naming the import, never silently English.
   */
  languages: LANGUAGES_FIELD,
} satisfies Fields;

/**
 * The options that decide the facts of a trend and their words, shared by every output.
 *
 * @interface
 */
export type TrendOptions = Infer<typeof TREND_OPTION_FIELDS>;

/** Trend options with defaults filled in. */
export type ResolvedTrendOptions = Resolve<typeof TREND_OPTION_FIELDS>;
