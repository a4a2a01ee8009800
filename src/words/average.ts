import type { AverageEstimate, SeriesAverage } from "../average/types.js";
import { pollsterOf } from "../model/polls.js";
import type { PollPoint } from "../model/types.js";
import type { AverageFacts, SeriesFacts } from "../trend/facts.js";
import type { SeriesComparison } from "../trend/types.js";
import type { AverageWriter } from "./averages.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { enAverage } from "../language/en-average.js";
import type { AverageWords, Method } from "../language/language.js";
import { ESTIMATE_DECIMALS, round } from "../language/numbers.js";
import { longestGap, nearAMonth } from "./spans.js";
import { shown, toldByAverage } from "./values.js";
import { reaches } from "../trend/relations.js";
import { readingPoints } from "../trend/field.js";
import { flatten } from "../model/list.js";

// The sentences about a tracker's poll average: what it is, where it stands and how sure that is, its
// high and low, the latest polls, and where it stops.

/** The average words of the trend's language: its own where it has them, else English. */
export const averageWordsOf = (t: PreparedTrend): AverageWords => t.language.average ?? enAverage;

/** A method in a phrase: "LOESS over windows of about 60 days, each pollster counted once". */
export const methodText = (method: Method, t: PreparedTrend) => averageWordsOf(t).method(method, t.format);

/** What a series' average did, as its method phrase says it. */
export function methodOf(average: SeriesAverage): Method {
  return {
    kind: average.method,
    windowDays: average.windowDays,
    // A window wider than asked: say so, or a reader who asked for 60 days wonders; but not when the usual
    // window is already that wide ("about 150 days, widened to as much as 150 days" says nothing).
    ...(average.widestWindowDays > Math.max(average.bandwidthDays, average.windowDays) + 1
      ? { widenedTo: average.widestWindowDays }
      : {}),
    eachPollsterOnce: average.pollsterWeighting === "shared" && average.pollsters > 1,
    largerPollsWeighted: average.weighting === "sample-size",
    houseEffects: average.adjustment === "house-effects",
  };
}

/**
 * The method of several averages in one: their windows as a range ("about 60 to 74 days"), the widest
 * widening, when the rest is the same for each; `undefined` when it is not (each is then said apart).
 */
export function sharedMethod(averages: readonly SeriesAverage[]): Method | undefined {
  const methods = averages.map(methodOf);
  const [first] = methods;
  if (!first) return undefined;
  const same = (m: Method) =>
    m.kind === first.kind &&
    m.eachPollsterOnce === first.eachPollsterOnce &&
    m.largerPollsWeighted === first.largerPollsWeighted &&
    m.houseEffects === first.houseEffects;
  if (!methods.every(same)) return undefined;
  const days = methods.map((m) => m.windowDays);
  const [lo, hi] = [Math.min(...days), Math.max(...days)];
  const widened = Math.max(0, ...methods.map((m) => m.widenedTo ?? 0));
  const { kind, eachPollsterOnce, largerPollsWeighted, houseEffects } = first;
  return {
    kind,
    windowDays: lo,
    ...(hi - lo > 3 ? { windowsTo: hi } : {}),
    ...(widened > hi + 1 ? { widenedTo: widened } : {}),
    eachPollsterOnce,
    largerPollsWeighted,
    houseEffects,
  };
}

/**
 * The average's method in a phrase, as the chart's footer and labels and the summary say it: "LOESS
 * over windows of about 60 days, each pollster counted once, larger polls weighted more".
 */
export const averageMethod = (average: SeriesAverage, t: PreparedTrend) => methodText(methodOf(average), t);

/** The method as the summary names it, once, with the first average. */
export const averageSubjectMethod = (series: SeriesFacts, t: PreparedTrend) =>
  series.average ? averageWordsOf(t).methodInSummary(averageMethod(series.average.average, t)) : "";

/** The windows of the averaged series, when they differ by more than a few days: each is said. */
export function windowsSentence(series: readonly SeriesFacts[], t: PreparedTrend): string {
  // A state-space average has no window to say.
  const averaged = series.filter((s) => s.average && s.average.average.method === "loess");
  const days = averaged.map((s) => s.average?.average.windowDays ?? 0);
  if (averaged.length < 2 || Math.max(...days) - Math.min(...days) <= 3) return "";
  return averageWordsOf(t).windowsDiffer(
    averaged.map((s) => ({ label: s.series.label, days: s.average?.average.windowDays ?? 0 })),
    t.format,
  );
}

/** The sentences about one series' poll average; `method` names the method, said once per summary. */
export function averageSentences(
  facts: SeriesFacts,
  average: AverageFacts,
  t: PreparedTrend,
  method?: string,
): string[] {
  const { dataset, words: w, format: f } = t;
  const a = averageWordsOf(t);
  const { series, measure } = facts;
  const at = (value: number) => shown(t, value, measure, true);
  const since = average.monthEarlier && !nearAMonth(facts) ? w.fullDate(average.monthEarlier.date) : undefined;
  const sentences = [
    a.averageLead(
      {
        ...(method ? { method } : {}),
        polls: average.average.polls,
        subject: a.subject(series.label, series.predicate, series.population ?? dataset.population),
        value: at(average.latest.value),
        date: w.fullDate(average.latest.date),
        ...(average.change === undefined
          ? {}
          : { change: { points: average.change, measure, ...(since ? { since } : {}) } }),
      },
      f,
    ),
  ];
  // An average that stopped before the latest poll is not where the series stands: that poll, and why the
  // average stops, come straight after it.
  const sparse = average.average.sparse;
  // By days, not months: a day without the average is no "July 2020" beside a low of July 31.
  const stops = sparse.length ? a.tooFewPolls(sparse.map((s) => w.dateRange(s.from, s.to))) : "";
  if (!reaches(facts)) sentences.push(latestPolls(facts, t), stops);
  sentences.push(a.averageInterval(at(average.latest.lower), at(average.latest.upper), f));
  sentences.push(a.pollBand(at(average.latest.pollLower), at(average.latest.pollUpper), f));
  // A high and a low are said only where the line drawn never went past them: the facts leave out a stretch's
  // ends where few polls support an estimate, and a sparse series can draw its whole range there.
  const { high, low } = average;
  const printed = (e: AverageEstimate) => round(e.value, ESTIMATE_DECIMALS);
  const drawn = flatten(average.average.runs);
  const highHolds = drawn.every((e) => printed(e) <= printed(high));
  const lowHolds = drawn.every((e) => printed(e) >= printed(low));
  if (at(high.value) !== at(low.value)) {
    if (highHolds && lowHolds)
      sentences.push(a.averageHighLow(at(high.value), w.fullDate(high.date), at(low.value), w.fullDate(low.date)));
    else if (highHolds || lowHolds) {
      const one = highHolds ? high : low;
      const said = a.averageExtreme?.(highHolds ? "high" : "low", at(one.value), w.fullDate(one.date));
      if (said) sentences.push(said);
    }
  }
  if (reaches(facts)) sentences.push(latestPolls(facts, t), stops);
  const gap = longestGap(facts);
  if (gap) sentences.push(a.notAcrossGaps(facts.gaps.length, gap.from.date, gap.to.date));
  // An empty sentence (no stretch where the average stops) is left out by the summary, which joins them.
  return sentences;
}

/** The latest poll, or every poll that ended on the latest day, each attributed: never one picked by name. */
function latestPolls(facts: SeriesFacts, t: PreparedTrend): string {
  const { dataset, words: w, format: f } = t;
  const a = averageWordsOf(t);
  const { latest, measure } = facts;
  const value = (p: PollPoint) => w.value({ value: p.value, measure }, f);
  // One reading a poll: its questions are not several polls (Emerson's 49% and 43.2%, two races, one poll).
  const polls = readingPoints(facts.series, dataset).filter((p) => p.date === latest.date);
  const by = (p: PollPoint) => pollsterOf(p, dataset);
  if (polls.length === 1) return a.latestPoll(by(latest), w.dateRange(latest.fieldStart, latest.date), value(latest));
  const day = w.fullDate(latest.date);
  if (polls.length > 3) {
    const values = polls.map((p) => p.value);
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    return a.latestPolls(polls.length, day, w.value({ value: lo, measure }, f), w.value({ value: hi, measure }, f), f);
  }
  return a.latestPollsBy(
    day,
    polls.map((p) => ({
      pollster: by(p) ?? w.unnamedPollster,
      value: value(p),
      ...(p.fieldStart && polls.some((q) => q !== p && by(q) === by(p)) ? { from: w.fullDate(p.fieldStart) } : {}),
    })),
  );
}

/**
 * The averages' method as the chart's notes say it, once ("Averages: …."): one phrase when the method
 * is the same for every averaged series (windows as a range), else one per series, each named.
 */
export function footerMethods(series: readonly SeriesFacts[], t: PreparedTrend): string {
  const averaged = flatten(
    series.map((s) => (s.average ? [{ label: s.series.label, average: s.average.average }] : [])),
  );
  const shared = sharedMethod(averaged.map((s) => s.average));
  return averageWordsOf(t).methodsOnce(
    shared ? [methodText(shared, t)] : averaged.map((s) => `${s.label}: ${averageMethod(s.average, t)}`),
  );
}

/** One series' average in the short summary, its change in a month where an estimate supports it. */
function shortAverage(facts: SeriesFacts, average: AverageFacts, t: PreparedTrend, label: string | undefined): string {
  // Not where the field is compared by its latest polls, nor from an average that stopped before the latest poll.
  if (!toldByAverage(t, facts)) return "";
  const a = averageWordsOf(t);
  const { latest, change } = average;
  const value = shown(t, latest.value, facts.measure, true);
  const trend = change === undefined || !nearAMonth(facts) ? undefined : a.inAMonth(change, facts.measure, t.format);
  return a.shortAverage(label, value, t.words.fullDate(latest.date), trend);
}

/** The sentences of poll-trend/average, as its `averages` carry them to the summary. */
export const averageWriter: AverageWriter = Object.freeze({
  sentences: averageSentences,
  subjectMethod: averageSubjectMethod,
  windows: windowsSentence,
  footerMethods,
  marks: (band: "average" | "polls" | "none", t: PreparedTrend) => averageWordsOf(t).marksNote(band, t.format),
  short: shortAverage,
  throughout: (c: SeriesComparison, t: PreparedTrend) =>
    averageWordsOf(t).aboveThroughout(c.higher.label, c.lower.label, t.words.monthRange(c.from, c.to)),
});
