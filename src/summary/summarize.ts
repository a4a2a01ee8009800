import type { AverageSetting } from "../average/choose.js";
import { formatFullDate, formatMonthYear } from "../format/date.js";
import { type NumberFormat, numberFormat, round } from "../format/number.js";
import { parseDataset } from "../model/parse.js";
import { pollsterOf } from "../model/polls.js";
import type { PollDataset, PollPoint } from "../model/types.js";
import { describeTrend, type PollChange, type SeriesFacts } from "./facts.js";
import { averageSentences } from "./average-words.js";
import {
  at,
  capital,
  type Context,
  datesOf,
  gapPhrase,
  list,
  monthRange,
  pollBy,
  possessive,
  when,
} from "./phrases.js";
import type { SeriesCrossing } from "./relations.js";

/** Options of {@link summarizeTrend}. */
export interface SummaryOptions {
  /** `"full"` (default): a paragraph. `"short"`: one alt-text sentence of at most 160 characters. */
  readonly length?: "short" | "full";
  /** BCP 47 locale for numbers, e.g. `"de-DE"`; words stay English. Default `"en-US"`. */
  readonly locale?: string;
  /** When a series is described by its poll average; as the chart's option of that name. Default `"auto"`. */
  readonly average?: AverageSetting;
  /** A gap longer than this many days is a hole in the polling; as the chart's option of that name. */
  readonly maxGapDays?: number;
}

/** The most characters a `short` summary has: a common limit for alt text. */
export const SHORT_SUMMARY_LIMIT = 160;

/** "±5.7": with a second decimal when one decimal would make the change look equal to the margin. */
function differenceMargin(change: PollChange, f: NumberFormat): string {
  const margin = change.marginOfError ?? 0;
  const size = Math.abs(change.points);
  const rounded = Math.round(margin * 10) / 10;
  return f.margin(f.number(rounded) === f.number(size) && size !== margin ? margin : rounded);
}

function significance(change: PollChange, f: NumberFormat): string {
  if (change.exceedsMargin === undefined || change.points === 0) return "";
  return `, a change ${change.exceedsMargin ? "larger than" : "within"} the margin of error of the difference (${differenceMargin(change, f)} points)`;
}

/**
 * "down 12 percentage points from 60% in May 2022", or "unchanged from May 2022"; `then` names the
 * earlier poll's date. With `pollster`, in a series of several pollsters: "from 45% in Gallup’s previous poll, in March".
 */
function movement(change: PollChange, then: string, f: NumberFormat, pollster?: string): string {
  const earlier = pollster ? `${possessive(pollster)} previous poll, ${at(then)}` : undefined;
  if (change.points === 0) return `unchanged from ${earlier ?? then}`;
  return `${change.points > 0 ? "up" : "down"} ${f.points(change.points)} from ${f.percent(change.from.value)} ${earlier ? `in ${earlier}` : at(then)}`;
}

/** The pollster of a poll, where a series has several: "a Gallup poll". */
function byWhom(facts: SeriesFacts, point: PollPoint, dataset: PollDataset): string {
  const pollster = pollsterOf(point, dataset);
  return facts.pollsters.length > 1 && pollster ? pollBy(pollster) : "";
}

/** "The high was 50% (Gallup) in March 2017": attributed where the series has several pollsters. */
function extremesSentence(facts: SeriesFacts, { dataset, f }: Context): string {
  const { high, low, series } = facts;
  const all = series.points;
  if (high.value === low.value) return `It was ${f.percent(high.value)} in every poll.`;
  const by = (polls: readonly PollPoint[]) => {
    if (facts.pollsters.length < 2) return "";
    const names = [...new Set(polls.map((p) => pollsterOf(p, dataset) ?? "an unnamed pollster"))];
    return names.length > 3 ? ` (${names.length} pollsters)` : ` (${list(names)})`;
  };
  return `The high was ${f.percent(high.value)}${by(high.polls)} ${datesOf(high.polls, all)}; the low was ${f.percent(low.value)}${by(low.polls)} ${datesOf(low.polls, all)}.`;
}

// AP style never starts a sentence with a numeral, so the date leads: "In May 2022, 60% of …".
function headline(facts: SeriesFacts, ctx: Context, point: PollPoint, date: string): string {
  const { series } = facts;
  const { dataset, f } = ctx;
  const share = f.percent(point.value);
  const whenText = at(date);
  const pollster = byWhom(facts, point, dataset);
  const inPoll = pollster ? ` in ${/^[aeiou]/i.test(pollster) ? "an" : "a"} ${pollster}` : "";
  if (series.predicate)
    return `${capital(whenText)}, ${share} of ${dataset.population ?? "respondents"} ${series.predicate}${inPoll}`;
  return `“${series.label}” was at ${share}${dataset.population ? ` among ${dataset.population}` : ""}${inPoll} ${whenText}`;
}

function pollSentences(facts: SeriesFacts, ctx: Context): string[] {
  const { f, dataset } = ctx;
  const all = facts.series.points;
  const { latest, sincePrevious, overall } = facts;
  const head = headline(facts, ctx, latest, when(latest, all));
  const several = facts.pollsters.length > 1;
  // In a series of several pollsters, changes are within the latest poll's pollster, and say so.
  const pollster = several ? pollsterOf(latest, dataset) : undefined;
  if (!sincePrevious)
    return [
      `${head}, ${several ? "its only poll in this series" : "the only poll in this series"}.`,
      ...(several ? [extremesSentence(facts, ctx)] : []),
    ];
  const gap = gapPhrase(facts, sincePrevious.from, sincePrevious.to);
  const change = movement(sincePrevious, when(sincePrevious.from, all, sincePrevious.to), f, pollster);
  const sentences = [`${head}, ${change}${significance(sincePrevious, f)}${gap ? `, with ${gap}` : ""}.`];
  if (overall) {
    const since = `Since ${pollster ? `${possessive(pollster)} first poll` : "the first poll"}, ${at(when(overall.from, all))} (${f.percent(overall.from.value)})`;
    const overallGap = gap ? "" : gapPhrase(facts, overall.from, overall.to);
    const note = overallGap ? `, with ${overallGap}` : "";
    sentences.push(
      overall.points === 0
        ? `${since}, it is unchanged overall${note}.`
        : `${since}, it is ${overall.points > 0 ? "up" : "down"} ${f.points(overall.points)}${significance(overall, f)}${note}.`,
    );
  }
  if (overall || several) sentences.push(extremesSentence(facts, ctx));
  return sentences;
}

/** "“Disapprove” overtook “Approve” in March 2024 (52% to 45% in the latest poll that asked about both)." */
function crossingSentence(crossing: SeriesCrossing, { f }: Context): string {
  const { leader, trailer, basis } = crossing;
  const date = crossing.poll ? when(crossing.poll, leader.points) : formatMonthYear(crossing.date);
  const value = (v: number) => f.percent(basis === "average" ? round(v, 1) : v);
  const latest =
    basis === "average"
      ? `in the averages on ${formatFullDate(crossing.latestDate)}`
      : crossing.isLatest
        ? "in that poll"
        : `in the latest poll that asked about both, ${at(when({ date: crossing.latestDate }, leader.points))}`;
  const subject =
    basis === "average"
      ? `The “${leader.label}” average overtook the “${trailer.label}” average`
      : `“${leader.label}” overtook “${trailer.label}”`;
  return `${subject} ${at(date)} (${value(crossing.leaderValue)} to ${value(crossing.trailerValue)} ${latest}).`;
}

function comparisonSentence(ctx: Context): string {
  const { comparison } = ctx.facts;
  if (!comparison) return "";
  if (comparison.basis === "average") {
    return `The “${comparison.higher.label}” average was above the “${comparison.lower.label}” average throughout, from ${monthRange(comparison.from, comparison.to)}.`;
  }
  const polls = comparison.polls === 2 ? "both polls" : `all ${ctx.f.number(comparison.polls)} polls`;
  return `“${comparison.higher.label}” was higher than “${comparison.lower.label}” in ${polls} that asked about both.`;
}

/** Who ran the polls: "Source: AP-NORC poll.", "Source: polls by Gallup, Quinnipiac and 5 other pollsters, compiled by FiveThirtyEight." */
function sourceSentence({ dataset, facts, f }: Context): string {
  const { pollster, source } = dataset;
  const pollsters = [...new Set(facts.series.flatMap((s) => s.pollsters))];
  if (pollsters.length > 1) {
    const named =
      pollsters.length <= 3
        ? list(pollsters)
        : `${pollsters.slice(0, 2).join(", ")} and ${f.number(pollsters.length - 2)} other pollsters`;
    return `Source: polls by ${named}${source ? `, compiled by ${source.name}` : ""}.`;
  }
  const only = pollster ?? pollsters[0];
  if (only) return `Source: ${pollBy(only)}.`;
  return source ? `Source: ${source.name}.` : "";
}

function fullSummary(ctx: Context): string {
  const { facts } = ctx;
  const sentences: string[] = [];
  const crossing = facts.crossing && crossingSentence(facts.crossing, ctx);
  if (crossing && facts.crossing?.isLatest) sentences.push(crossing);
  let methodSaid = false;
  for (const series of facts.series) {
    if (series.average) {
      sentences.push(...averageSentences(series, series.average, ctx, !methodSaid));
      methodSaid = true;
    } else sentences.push(...pollSentences(series, ctx));
  }
  if (crossing && !facts.crossing?.isLatest) sentences.push(crossing);
  sentences.push(comparisonSentence(ctx), sourceSentence(ctx));
  // Said once: a population the sentences above never named.
  const { population } = ctx.dataset;
  if (population && !facts.series.some((s) => s.series.predicate || !s.average))
    sentences.push(`Population: ${population}.`);
  return sentences.filter(Boolean).join(" ");
}

function shortSummary({ dataset, facts, f }: Context, limit = SHORT_SUMMARY_LIMIT): string {
  const series = facts.series;
  const clause = (s: SeriesFacts, label: boolean) => {
    const name = label ? `${s.series.label}: ` : "";
    if (s.average) {
      const { latest, change } = s.average;
      const trend =
        change === undefined
          ? ""
          : change === 0
            ? ", unchanged in a month"
            : `, ${change > 0 ? "up" : "down"} ${f.points(change)} in a month`;
      return `${name}${f.percent(round(latest.value, 1))} in the poll average on ${formatFullDate(latest.date)}${trend}`;
    }
    const change = s.overall ?? s.sincePrevious;
    // In a series of several pollsters, the poll is attributed and compared with that pollster's own.
    const pollster = s.pollsters.length > 1 ? pollsterOf(s.latest, dataset) : undefined;
    if (pollster) {
      const trend = change
        ? `, ${change.points === 0 ? "unchanged" : `${change.points > 0 ? "up" : "down"} ${f.points(change.points)}`} from its poll of ${formatMonthYear(change.from.date)}`
        : "";
      return `${name}${f.percent(s.latest.value)} in ${/^[aeiou]/i.test(pollster) ? "an" : "a"} ${pollBy(pollster)} in ${formatMonthYear(s.latest.date)}${trend}`;
    }
    const trend = change ? `, ${movement(change, formatMonthYear(change.from.date), f)}` : "";
    return `${name}${f.percent(s.latest.value)} in ${formatMonthYear(s.latest.date)}${trend}`;
  };
  const value = (s: SeriesFacts) =>
    `${s.series.label}: ${f.percent(s.average ? round(s.average.latest.value, 1) : s.latest.value)}`;
  const [lead] = series as [SeriesFacts];
  const every = series.map((s) => clause(s, true)).join("; ");
  const crossing = facts.crossing ? crossingSentence(facts.crossing, { dataset, facts, f }) : "";
  const candidates = [
    ...(crossing && facts.crossing?.isLatest ? [`${crossing} ${every}.`, crossing] : []),
    // The title leads only when it adds something: a CSV's title may be its series' labels.
    ...(series.some((s) => dataset.title.includes(s.series.label)) ? [] : [`${dataset.title}. ${every}.`]),
    `${every}.`,
    ...(crossing ? [`${every}. ${crossing}`] : []),
    `${clause(lead, true)}; ${series.slice(1).map(value).join("; ")}.`,
    `${clause(lead, true)}${series.length > 1 ? `; ${series.length - 1} more series` : ""}.`,
  ];
  const fallback = `${clause(lead, false)}${series.length > 1 ? ` (first of ${series.length} series)` : ""}.`;
  return candidates.find((c) => c.length <= limit && !c.endsWith("; .")) ?? fallback;
}

/**
 * Writes what a careful poll reporter would say about a dataset. For each series: the latest value,
 * the change since the previous poll (by the same pollster) in percentage points and whether it
 * exceeds the margin of error of the difference, √(m₁² + m₂²); with three or more polls the change
 * over the period and the high and low; any hole in the polling a change spans. For a tracker (see
 * {@link SummaryOptions.average}) it leads with the poll average, names the method once and says
 * what its band means, and names the pollster of every poll it mentions. Across series: when one
 * overtook another, and a comparison that held in every poll that asked about both.
 *
 * @throws {PollDataError} when the input is not a valid dataset.
 * @example
 * summarizeTrend(apNorcUkraineSupport, { length: "short" });
 * // "Favor providing weapons: 48% in November 2023, down 16 percentage points from 64% in March 2022; …"
 */
export function summarizeTrend(input: PollDataset, options: SummaryOptions = {}): string {
  const dataset = parseDataset(input);
  if (options.length !== undefined && options.length !== "short" && options.length !== "full") {
    throw new TypeError(
      `poll-trend: options.length must be "short" or "full", received ${JSON.stringify(options.length)}`,
    );
  }
  const ctx = context(dataset, options);
  return options.length === "short" ? shortSummary(ctx) : fullSummary(ctx);
}

function context(dataset: PollDataset, options: SummaryOptions): Context {
  const describe = {
    ...(options.average !== undefined ? { average: options.average } : {}),
    ...(options.maxGapDays !== undefined ? { maxGapDays: options.maxGapDays } : {}),
  };
  return { dataset, facts: describeTrend(dataset, describe), f: numberFormat(options.locale) };
}

/** The short summary in at most `limit` characters, for each limit asked (the chart adds what it shows to it). Internal: input is parsed. */
export function shortSummaries(dataset: PollDataset, options: SummaryOptions): (limit: number) => string {
  const ctx = context(dataset, options);
  return (limit) => shortSummary(ctx, limit);
}
