import { optionsCheck } from "../model/options.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";
import { wordsFor } from "../words/index.js";
import type { Language } from "../words/language.js";
import { type NumberFormat, numberFormat } from "../words/numbers.js";
import { describeTrend, type TrendFacts } from "./facts.js";
import { type ResolvedTrendOptions, TREND_OPTION_FIELDS, type TrendOptions } from "./options.js";
import { deepFreezeThrough } from "../model/freeze.js";

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
  readonly f: NumberFormat;
  /** The words of the locale's language. */
  readonly words: Language;
  /** Everything the words are written from. */
  readonly facts: TrendFacts;
}

// Trends this module made: deeply frozen, so an output given one need not prepare it again.
const prepared = new WeakSet<object>();

const trendOptions = optionsCheck(TREND_OPTION_FIELDS);

/** Whether a value is a trend {@link prepareTrend} made. */
export const isPrepared = (value: unknown): value is PreparedTrend =>
  typeof value === "object" && value !== null && prepared.has(value);

/**
 * Prepares a dataset for output, once: parse, resolve the trend's options (`locale`, `average`,
 * `maxGapDays`), build the number formatter and choose the words, and compute the facts. Give the
 * result to {@link renderTrendChart}, {@link summarizeTrend}, {@link methodsNote}, {@link renderDataTable}
 * or {@link renderReport} in place of the dataset to do this work only once for all of them.
 *
 * @throws {PollDataError} when the data or an option is invalid.
 * @example
 * const trend = prepareTrend(apNorcUkraineSupport, { locale: "es-US" });
 * summarizeTrend(trend); // the summary in Spanish
 * renderTrendChart(trend, { width: 320 });
 */
export function prepareTrend(input: PollDataset | PreparedTrend, options?: TrendOptions): PreparedTrend {
  if (isPrepared(input)) {
    if (options === undefined) return input;
    trendOptions(options); // checked, as for a dataset
    // An option given replaces the trend's; one not given stays as the trend has it (a report's table
    // of a Spanish trend stays Spanish).
    const given = options as Record<string, unknown>;
    const current = input.options as unknown as Record<string, unknown>;
    if (Object.keys(given).every((key) => given[key] === undefined || given[key] === current[key])) return input;
    return prepareTrend(input.dataset, { ...trendOptionsOf(input.options), ...options });
  }
  const dataset = parseDataset(input);
  const o = trendOptions(options);
  const facts = describeTrend(dataset, o);
  const trend = deepFreezeThrough({ dataset, options: o, f: numberFormat(o.locale), words: wordsFor(o.locale), facts });
  prepared.add(trend);
  return trend;
}

/** The trend options within wider options (a chart's, a summary's), as `prepareTrend` takes them. */
export function trendOptionsOf(
  options: { readonly locale?: unknown; readonly average?: unknown; readonly maxGapDays?: unknown } | undefined,
): TrendOptions {
  const { locale, average, maxGapDays } = options ?? {};
  return {
    ...(locale !== undefined ? { locale } : {}),
    ...(average !== undefined ? { average } : {}),
    ...(maxGapDays !== undefined ? { maxGapDays } : {}),
  } as TrendOptions;
}
