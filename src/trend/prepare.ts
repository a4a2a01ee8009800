import { type LanguageWords, langOf, languageFor } from "../language/choose.js";
import type { Language } from "../language/language.js";
import { type NumberFormat, numberFormat } from "../language/numbers.js";
import { deepFreeze } from "../model/freeze.js";
import { optionsCheck } from "../model/options.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";
import { describeTrend, type TrendFacts } from "./facts.js";
import { type ResolvedTrendOptions, TREND_OPTION_FIELDS, type TrendOptions } from "./options.js";

/**
 * A dataset made ready for every output, once: parsed, its options resolved, its one number formatter
 * and its language's words chosen from the locale, and its facts (changes, gaps, averages, comparisons,
 * crossings, the leader) computed. Deeply frozen. The chart, the summary, the methods note, the table,
 * the report and `poll-trend/dom` all read it, so they say and draw the same things.
 */
export interface PreparedTrend {
  /** The dataset, parsed: frozen, points sorted. */
  readonly dataset: PollDataset;
  /** The trend's options, checked, with their defaults. */
  readonly options: ResolvedTrendOptions;
  /** The one number formatter of the locale; it owns rounding. */
  readonly format: NumberFormat;
  /** The language the locale chose, with the words of every output. */
  readonly language: LanguageWords;
  /** The chart's and the summary's words of that language (`language.words`). */
  readonly words: Language;
  /**
   * The `lang` of every output: the words' language with the locale's region where the locale is of
   * that language ("en-GB", "es-MX"), else the words' own ("en" for English words with German numbers).
   */
  readonly lang: string;
  /**
   * The title every output shows: the dataset's, or, where it is its series' labels as `parseCsv` titles
   * a file without one ("Approve and disapprove"), the same in the words' language ("Aprueba y desaprueba").
   */
  readonly title: string;
  /** Everything the words are written from. */
  readonly facts: TrendFacts;
}

// A brand on the object itself, in the global symbol registry: a trend prepared by the ESM build is
// one to the CommonJS build too (the dual-package hazard), which a module's own WeakSet could not see.
const BRAND = Symbol.for("poll-trend.PreparedTrend");

const trendOptions = optionsCheck(TREND_OPTION_FIELDS);

/** Whether a value is a trend {@link prepareTrend} made (by either build of poll-trend). */
export const isPrepared = (value: unknown): value is PreparedTrend =>
  typeof value === "object" && value !== null && Object.isFrozen(value) && Reflect.get(value, BRAND) === true;

/**
 * Whether two option values are the same: equal primitives, the same function, or plain values equal member by member.
 */
export function sameOption(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameOption(Reflect.get(a, key), Reflect.get(b, key)));
}

/**
 * Prepares a dataset for output, once: parse, resolve the trend's options (`locale`, `average`,
 * `maxGapDays`, `averages`, `languages`), build the number formatter and choose the words, and compute
 * the facts. Give the result to {@link renderTrendChart}, {@link summarizeTrend}, {@link methodsNote},
 * {@link renderDataTable} or {@link renderReport} in place of the dataset to do this work only once for
 * all of them. A prepared trend given again with the same options (compared by value) is returned as it is.
 *
 * @throws {PollDataError} when the data or an option is invalid.
 * @example
 * import { spanish } from "poll-trend/es";
 * const trend = prepareTrend(apNorcUkraineSupport, { locale: "es-US", languages: [spanish] });
 * summarizeTrend(trend); // the summary in Spanish
 * renderTrendChart(trend, { width: 320 });
 */
export function prepareTrend(input: PollDataset | PreparedTrend, options?: TrendOptions): PreparedTrend {
  if (isPrepared(input) && options === undefined) return input;
  return prepareChecked(input, options, trendOptions(options));
}

/**
 * {@link prepareTrend} with its options checked already: `given` as the caller gave them, `o` resolved
 * (an output whose own table holds the trend's fields checks them once, there).
 */
export function prepareChecked(
  input: PollDataset | PreparedTrend,
  given: TrendOptions | undefined,
  o: ResolvedTrendOptions,
): PreparedTrend {
  if (isPrepared(input)) {
    if (given === undefined) return input;
    // An option given replaces the trend's; one not given stays as the trend has it (a report's table
    // of a Spanish trend stays Spanish).
    const asked = given as Record<string, unknown>;
    const current = input.options as unknown as Record<string, unknown>;
    if (Object.keys(asked).every((key) => asked[key] === undefined || sameOption(asked[key], current[key])))
      return input;
    return prepareTrend(input.dataset, { ...trendOptionsOf(input.options), ...given });
  }
  const dataset = parseDataset(input);
  const language = languageFor(o.locale, o.languages);
  const facts = describeTrend(dataset, o);
  const words = language.words;
  const format = numberFormat(o.locale);
  const title =
    words.titleOf?.(
      dataset.title,
      dataset.series.map((s) => s.label),
      format,
    ) ?? dataset.title;
  const lang = langOf(o.locale, words);
  const trend = { dataset, options: o, format, language, words, lang, title, facts };
  Object.defineProperty(trend, BRAND, { value: true });
  // The dataset and the averages are frozen already: this freezes only what preparing made.
  return deepFreeze(trend);
}

/**
 * {@link prepareTrend} for an output that says nothing of averages (the methods note, the table): a
 * dataset is prepared without them, so a tracker needs no poll-trend/average there; a prepared trend
 * keeps its own.
 */
export function prepareWithoutAverages(input: PollDataset | PreparedTrend, options: TrendOptions): PreparedTrend {
  return prepareTrend(
    input,
    isPrepared(input) || options.average !== undefined ? options : { ...options, average: false },
  );
}

/** The trend options within wider options (a chart's, a summary's), as `prepareTrend` takes them. */
export function trendOptionsOf(options: Partial<Record<keyof TrendOptions, unknown>> | undefined): TrendOptions {
  const picked: Record<string, unknown> = {};
  if (options)
    for (const key of Object.keys(TREND_OPTION_FIELDS)) {
      const value: unknown = Reflect.get(options, key);
      if (value !== undefined) picked[key] = value;
    }
  return picked as TrendOptions;
}
