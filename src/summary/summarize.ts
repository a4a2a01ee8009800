import { formatFullDate, formatMonth, formatMonthYear } from "../format/date.js";
import { formatMargin, formatNumber, formatPercent, formatPoints } from "../format/number.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset, PollPoint } from "../model/types.js";
import { describeTrend, type PollChange, type SeriesFacts } from "./facts.js";

/** Options of {@link summarizeTrend}. */
export interface SummaryOptions {
  /** `"full"` (default): a paragraph. `"short"`: one alt-text sentence of at most 160 characters. */
  readonly length?: "short" | "full";
}

/** The most characters a `short` summary has: a common limit for alt text. */
export const SHORT_SUMMARY_LIMIT = 160;

// How many polls of a series fall in each month; series are frozen, so this is computed once.
const monthCounts = new WeakMap<readonly PollPoint[], Map<string, number>>();

function pollsInMonth(all: readonly PollPoint[], month: string): number {
  let counts = monthCounts.get(all);
  if (!counts) {
    counts = new Map();
    for (const p of all) {
      const key = p.date.slice(0, 7);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    monthCounts.set(all, counts);
  }
  return counts.get(month) ?? 0;
}

/** "May 2022", or the full date when another poll of the series falls in the same month. */
function when(point: PollPoint, all: readonly PollPoint[], sameYearAs?: PollPoint): string {
  const month = point.date.slice(0, 7);
  if (pollsInMonth(all, month) > 1) return formatFullDate(point.date);
  if (sameYearAs && sameYearAs.date.slice(0, 4) === point.date.slice(0, 4) && sameYearAs.date.slice(0, 7) !== month) return formatMonth(point.date);
  return formatMonthYear(point.date);
}

/** "±5.7" — with a second decimal when one decimal would make the change look equal to the margin. */
function differenceMargin(change: PollChange): string {
  const margin = change.marginOfError ?? 0;
  const size = Math.abs(change.points);
  const rounded = Math.round(margin * 10) / 10;
  return formatMargin(formatNumber(rounded) === formatNumber(size) && size !== margin ? margin : rounded);
}

function significance(change: PollChange): string {
  if (change.exceedsMargin === undefined || change.points === 0) return "";
  return `, a change ${change.exceedsMargin ? "larger than" : "within"} the margin of error of the difference (${differenceMargin(change)} points)`;
}

/** AP prepositions: "in May 2022", "in January", but "on Jan. 30, 2023". */
const at = (date: string) => `${/\d,/.test(date) ? "on" : "in"} ${date}`;

/** "down 12 percentage points from 60% in May 2022", or "unchanged from May 2022"; `then` names the earlier poll's date. */
function movement(change: PollChange, then: string): string {
  if (change.points === 0) return `unchanged from ${then}`;
  return `${change.points > 0 ? "up" : "down"} ${formatPoints(change.points)} from ${formatPercent(change.from.value)} ${at(then)}`;
}

function changeClause(change: PollChange, all: readonly PollPoint[]): string {
  return `${movement(change, when(change.from, all, change.to))}${significance(change)}`;
}

// AP style never starts a sentence with a numeral, so the date leads: "In May 2022, 60% of …".
function headline(facts: SeriesFacts, dataset: PollDataset, point: PollPoint, date: string): string {
  const { series } = facts;
  const share = formatPercent(point.value);
  const when = at(date);
  if (series.predicate) return `${when[0]?.toUpperCase()}${when.slice(1)}, ${share} of ${dataset.population ?? "respondents"} ${series.predicate}`;
  return `“${series.label}” was at ${share}${dataset.population ? ` among ${dataset.population}` : ""} ${when}`;
}

/** When an extreme was reached: "in March 2022", "in January and November 2023", "on Jan. 5 and Jan. 30, 2023". */
function datesOf(polls: readonly PollPoint[], all: readonly PollPoint[]): string {
  if (polls.length > 3) return `in ${polls.length} polls, most recently ${at(when(polls[polls.length - 1] as PollPoint, all))}`;
  let names = polls.map((p) => when(p, all));
  // One preposition for the list: all full dates ("on") when any needs one.
  const full = names.some((n) => /\d,/.test(n));
  if (full) names = polls.map((p) => formatFullDate(p.date));
  const year = names[0]?.slice(-4);
  // "January and November 2023" rather than "January 2023 and November 2023"; likewise "Jan. 5 and Jan. 30, 2023".
  if (names.length > 1 && names.every((n) => n.endsWith(year ?? ""))) names = names.map((n, i) => (i < names.length - 1 ? n.replace(/,? \d{4}$/, "") : n));
  const list = names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${full ? "on" : "in"} ${list}`;
}

function seriesSentences(facts: SeriesFacts, dataset: PollDataset): string[] {
  const all = facts.series.points;
  const { latest, sincePrevious, overall, high, low } = facts;
  const head = headline(facts, dataset, latest, when(latest, all));
  if (!sincePrevious) return [`${head}, the only poll in this series.`];
  const sentences = [`${head}, ${changeClause(sincePrevious, all)}.`];
  if (overall) {
    const since = `Since the first poll, ${at(when(overall.from, all))} (${formatPercent(overall.from.value)})`;
    sentences.push(
      overall.points === 0
        ? `${since}, it is unchanged overall.`
        : `${since}, it is ${overall.points > 0 ? "up" : "down"} ${formatPoints(overall.points)}${significance(overall)}.`,
    );
    sentences.push(
      high.value === low.value
        ? `It was ${formatPercent(high.value)} in every poll.`
        : `The high was ${formatPercent(high.value)} ${datesOf(high.polls, all)}; the low was ${formatPercent(low.value)} ${datesOf(low.polls, all)}.`,
    );
  }
  return sentences;
}

function sourceSentence(dataset: PollDataset): string {
  const { pollster, population, source } = dataset;
  if (pollster) return `Source: ${pollster} poll${population ? ` of ${population}` : ""}.`;
  return [source && `Source: ${source.name}.`, population && `Population: ${population}.`].filter(Boolean).join(" ");
}

function shortSummary(dataset: PollDataset, facts: readonly SeriesFacts[]): string {
  const clause = (f: SeriesFacts, label: boolean) => {
    const change = f.overall ?? f.sincePrevious;
    const trend = change ? `, ${movement(change, formatMonthYear(change.from.date))}` : "";
    return `${label ? `${f.series.label}: ` : ""}${formatPercent(f.latest.value)} in ${formatMonthYear(f.latest.date)}${trend}`;
  };
  const every = facts.map((f) => clause(f, true)).join("; ");
  const candidates = [
    `${dataset.title}. ${every}.`,
    `${every}.`,
    `${clause(facts[0] as SeriesFacts, true)}; ${facts.slice(1).map((f) => `${f.series.label}: ${formatPercent(f.latest.value)}`).join("; ")}.`,
    `${clause(facts[0] as SeriesFacts, true)}${facts.length > 1 ? `; ${facts.length - 1} more series` : ""}.`,
    `${clause(facts[0] as SeriesFacts, false)}${facts.length > 1 ? ` (first of ${facts.length} series)` : ""}.`,
  ];
  return candidates.find((c) => c.length <= SHORT_SUMMARY_LIMIT) ?? (candidates[4] as string);
}

/**
 * Writes what a careful poll reporter would say about a dataset: for each series the latest value,
 * the change since the previous poll in percentage points and whether it exceeds the margin of error
 * of the difference, and with three or more polls the change over the period and the high and low.
 *
 * @throws {PollDataError} when the input is not a valid dataset.
 * @example
 * summarizeTrend(apNorcUkraineSupport, { length: "short" });
 * // "Support for arming Ukraine … Favor providing weapons: 48% in November 2023, down 16 percentage points …"
 */
export function summarizeTrend(input: PollDataset, options: SummaryOptions = {}): string {
  const dataset = parseDataset(input);
  if (options.length !== undefined && options.length !== "short" && options.length !== "full") {
    throw new TypeError(`poll-trend: options.length must be "short" or "full", received ${JSON.stringify(options.length)}`);
  }
  const { series, comparison } = describeTrend(dataset);
  if (options.length === "short") return shortSummary(dataset, series);
  const sentences = series.flatMap((facts) => seriesSentences(facts, dataset));
  if (comparison) {
    const polls = comparison.polls === 2 ? "both polls" : `all ${comparison.polls} polls`;
    sentences.push(`“${comparison.higher.label}” was higher than “${comparison.lower.label}” in ${polls} that asked about both.`);
  }
  sentences.push(sourceSentence(dataset));
  return sentences.filter(Boolean).join(" ");
}
