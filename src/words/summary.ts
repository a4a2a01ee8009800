import { pollOf, pollsterOf } from "../model/polls.js";
import { text0 } from "../model/relations.js";
import type { PollPoint } from "../model/types.js";
import type { PollChange, SeriesFacts } from "../trend/facts.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { readingPoints } from "../trend/field.js";
import { latestOf, latestValue, reaches, standingOf } from "../trend/relations.js";
import { writerOf } from "./averages.js";
import { fieldValue, shown, toldByAverage } from "./values.js";
import { gapClause } from "./spans.js";
import { crowdedMonths, dayOf, monthOf, whenOf } from "./dates.js";
import type { Measure } from "../language/language.js";
import { flatten } from "../model/list.js";

// The summary's sentences, in any language: what to say is decided here, from the facts; how it is
// said is the language's (words/en.ts).

/** The most characters a `short` summary has, a common limit for alt text, unless a series' name alone is longer. */
export const SHORT_SUMMARY_LIMIT = 160;
/** Beyond this many series, the full summary describes the leading ones and lists the others' values. */
const DESCRIBED_SERIES = 6;

/** 5.7: to one decimal, or two when one would make the change look equal to the margin. */
function differenceMargin(change: PollChange, t: PreparedTrend): number {
  const margin = change.marginOfError ?? 0;
  const size = Math.abs(change.points);
  const rounded = t.format.rounded(margin, 1);
  return t.format.number(rounded) === t.format.number(size) && size !== margin ? margin : rounded;
}

function significance(change: PollChange, measure: Measure, t: PreparedTrend): string {
  if (change.exceedsMargin === undefined || change.points === 0) return "";
  return t.words.significance(change.exceedsMargin, differenceMargin(change, t), measure, t.format);
}

/** Every pollster of the trend, each once, in the order first met: the source line's, before it sorts them. */
const pollstersOf = (t: PreparedTrend) => [...new Set(flatten(t.facts.series.map((s) => s.pollsters)))];

/**
 * The pollster of a poll, where the trend has several: also in a series of one pollster beside others (a
 * candidate only Landmark asked about, among 25 pollsters' polls), which the source line cannot attribute.
 */
const attributed = (point: PollPoint, t: PreparedTrend) =>
  pollstersOf(t).length > 1 ? pollsterOf(point, t.dataset) : undefined;

/** "The high was 50% (Gallup) in March 2017": attributed where the series has several pollsters. */
function extremesSentence(facts: SeriesFacts, t: PreparedTrend): string {
  const { high, low, series, measure } = facts;
  const w = t.words;
  if (high.value === low.value) return w.everyPoll(shown(t, high.value, measure));
  const crowded = crowdedMonths(series.points);
  const by = (polls: readonly PollPoint[]) =>
    facts.pollsters.length < 2
      ? ""
      : w.pollsters([...new Set(polls.map((p) => pollsterOf(p, t.dataset) ?? w.unnamedPollster))], t.format);
  const dates = (polls: readonly PollPoint[]) =>
    polls.length > 3
      ? w.manyPolls(polls.length, whenOf(polls.at(-1)!, crowded), t.format)
      : w.atAll(polls.map((p) => whenOf(p, crowded)));
  return w.extremes(
    { value: shown(t, high.value, measure), by: by(high.polls), at: dates(high.polls) },
    { value: shown(t, low.value, measure), by: by(low.polls), at: dates(low.polls) },
  );
}

function pollSentences(facts: SeriesFacts, t: PreparedTrend): string[] {
  const { dataset, words: w, format: f } = t;
  const { latest, sincePrevious, overall, series, measure } = facts;
  const crowded = crowdedMonths(series.points);
  const pollster = attributed(latest, t);
  const by = pollster ? { pollster } : {};
  const population = series.population ?? dataset.population;
  const head = w.headline({
    when: whenOf(latest, crowded),
    value: shown(t, latest.value, measure),
    label: series.label,
    measure,
    // A part is said with its own population: "83% of Republicans", never "of U.S. adults".
    ...(population ? { population } : {}),
    ...(series.predicate ? { predicate: series.predicate } : {}),
    ...by,
  });
  const several = facts.pollsters.length > 1;
  // Other polls that ended the same day: the series stands at each, not only at the one sorted last
  // (FiveThirtyEight's gun polls: Quinnipiac's 63% of March 5, 2018, and Morning Consult's 71%).
  const sameDay = readingPoints(series, dataset)
    .filter((p) => p.date === latest.date && p !== latest)
    .map((p) => ({ pollster: pollsterOf(p, dataset), value: shown(t, p.value, measure) }));
  const also = sameDay[0] ? [w.sameDay(sameDay)] : [];
  if (!sincePrevious)
    return [`${head}${w.onlyPoll(several)}.`, ...also, ...(several ? [extremesSentence(facts, t)] : [])];
  const gap = gapClause(facts, sincePrevious.from, sincePrevious.to, t);
  // In a series of several pollsters, changes are within the latest poll's pollster, and say so.
  const change = w.movement(
    {
      points: sincePrevious.points,
      measure,
      from: { value: sincePrevious.from.value, measure },
      earlier: whenOf(sincePrevious.from, crowded, sincePrevious.to),
      ...by,
    },
    f,
  );
  const sentences = [`${head}, ${change}${significance(sincePrevious, measure, t)}${gap}.`, ...also];
  if (overall) {
    const overallGap = gap ? "" : gapClause(facts, overall.from, overall.to, t);
    sentences.push(
      w.since(
        {
          ...by,
          earlier: whenOf(overall.from, crowded),
          from: shown(t, overall.from.value, measure),
          points: overall.points,
          measure,
          significance: significance(overall, measure, t),
          note: overallGap,
        },
        f,
      ),
    );
  }
  if (overall || several) sentences.push(extremesSentence(facts, t));
  return sentences;
}

/** When the crossing happened and the latest values, as the full and the short summary say them. */
function crossingParts(t: PreparedTrend) {
  const crossing = t.facts.crossing;
  if (!crossing) return undefined;
  const { leader, trailer, basis } = crossing;
  const averages = basis === "average";
  const measure = leader.measure ?? "share";
  const crowded = crowdedMonths(leader.points);
  const at = t.words.at(crossing.poll ? whenOf(crossing.poll, crowded) : monthOf(crossing.date));
  const latestAt = t.words.at(averages ? dayOf(crossing.latestDate) : whenOf({ date: crossing.latestDate }, crowded));
  return {
    leader: leader.label,
    trailer: trailer.label,
    averages,
    at,
    latestAt,
    leaderValue: shown(t, crossing.leaderValue, measure, averages),
    trailerValue: shown(t, crossing.trailerValue, measure, averages),
    latest: averages
      ? { kind: "averages" as const, date: crossing.latestDate }
      : crossing.isLatest
        ? { kind: "same" as const }
        : { kind: "poll" as const, at: latestAt },
  };
}

function comparisonSentence(t: PreparedTrend): string {
  const { comparison } = t.facts;
  if (!comparison) return "";
  if (comparison.basis === "average") return writerOf(t).throughout(comparison, t);
  return t.words.higherInPolls(comparison.higher.label, comparison.lower.label, comparison.polls, t.format);
}

/** "Biden leads with 26.5% in the poll averages on Oct. 29, 2019, 6.2 points ahead of Warren (20.3%)". */
function leaderClause(t: PreparedTrend): string {
  const l = t.facts.leader;
  if (!l) return "";
  const { shared } = l;
  const average = l.basis === "average";
  // Each one's latest value, or both from the one poll the lead is read from.
  const value = (s: SeriesFacts, v?: number) => (v === undefined ? fieldValue(t, s) : shown(t, v, s.measure));
  const where = t.words.leadBasis(
    average ? (l.leader.average?.latest.date ?? "") : undefined,
    t.facts.asOf,
    shared && t.words.at(dayOf(shared.poll.date)),
  );
  // A sentence's start, whatever the labels' case: "Very and somewhat are tied …".
  return t.words.capital(
    l.lead === 0
      ? t.words.tied(l.leader.series.label, l.runnerUp.series.label, value(l.leader, shared?.leader), where)
      : t.words.leads({
          leader: l.leader.series.label,
          value: value(l.leader, shared?.leader),
          runnerUp: l.runnerUp.series.label,
          runnerUpValue: value(l.runnerUp, shared?.runnerUp),
          lead: t.words.points(l.lead, l.leader.measure, t.format),
          where,
          within: l.lead <= l.margin,
        }),
  );
}

/** Parts with their whole: "Among Republicans, 35%, against 48% of all U.S. adults in the latest poll." */
function partsSentences(t: PreparedTrend): string[] {
  const wholes = new Map<SeriesFacts, SeriesFacts[]>();
  for (const p of t.facts.parts) wholes.set(p.whole, [...(wholes.get(p.whole) ?? []), p.part]);
  return [...wholes].map(([whole, parts]) => {
    const average = reaches(whole) && parts.every(reaches);
    const value = (s: SeriesFacts) => shown(t, latestValue(s, !average), s.measure, average);
    const population = whole.series.population ?? t.dataset.population ?? whole.series.label;
    const where = t.words.leadBasis(average ? whole.average?.latest.date : undefined);
    return t.words.parts(
      parts.map((p) => ({ population: p.series.population ?? p.series.label, value: value(p) })),
      { population, value: value(whole) },
      where,
    );
  });
}

/**
 * Who ran the polls: "Source: AP-NORC poll.", "Source: polls by YouGov, Opinium and 16 other pollsters,
 * compiled by FiveThirtyEight.": those with the most polls named first.
 */
function sourceSentence(t: PreparedTrend): string {
  const { dataset, words: w, format: f } = t;
  const { pollster, source } = dataset;
  // Each pollster's polls, each counted once however many series it asked about.
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const s of dataset.series)
    for (const p of s.points) {
      const name = pollsterOf(p, dataset);
      const poll = pollOf(p, dataset);
      if (name !== undefined && !seen.has(poll)) counts.set(name, (counts.get(name) ?? 0) + 1);
      seen.add(poll);
    }
  // Sorted by polls, the first met first among equals (a stable sort of the order of first poll).
  const pollsters = pollstersOf(t).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  if (pollsters.length > 1) {
    const named = pollsters.length <= 3 ? pollsters : pollsters.slice(0, 2);
    return w.sourcePolls(named, pollsters.length - named.length, source?.name, f);
  }
  const only = pollster ?? pollsters[0];
  if (only) return w.sourcePoll(only);
  return source ? w.sourceName(source.name) : "";
}

/**
 * The series the full summary describes in full: all of them, or the leading ones of a large field as it
 * stands now; the rest of the field by their values, and the series no longer polled by when they were.
 */
function described(t: PreparedTrend): {
  full: readonly SeriesFacts[];
  others: readonly SeriesFacts[];
  stale: readonly SeriesFacts[];
} {
  const all = t.facts.series;
  const stale = all.filter((s) => !s.current);
  const standing = all.filter((s) => s.current);
  if (!t.facts.leader) return { full: standing, others: [], stale };
  // A field from its leader down: all of it, or the leading few and the rest by their values.
  const sorted = standingOf(all, t.facts.leader.basis === "polls");
  const n = sorted.length <= DESCRIBED_SERIES ? sorted.length : DESCRIBED_SERIES - 1;
  return { full: sorted.slice(0, n), others: sorted.slice(n), stale };
}

/** "Kamala Harris was last polled in June 2025.": the series no longer polled, latest first. */
function staleSentence(stale: readonly SeriesFacts[], t: PreparedTrend): string {
  if (!stale.length) return "";
  const sorted = [...stale].sort((a, b) => text0(b.latest.date, a.latest.date));
  return t.words.lastPolledSentence(
    sorted.map((s) => ({ label: s.series.label, date: s.latest.date })),
    t.format,
  );
}

/** The full summary: a paragraph. */
export function fullSummary(t: PreparedTrend): string {
  const { facts, words: w } = t;
  const sentences: string[] = [];
  const crossing = crossingParts(t);
  // A lead that changed hands again and again is told as that, not as its last overtaking alone.
  const changes = facts.crossing?.changes ?? 0;
  const crossingText = !crossing
    ? ""
    : changes > 1
      ? w.leadChanges(changes, crossing.leader, crossing.at, t.format)
      : w.crossing(crossing);
  if (crossing && facts.crossing?.isLatest) sentences.push(crossingText);
  const lead = leaderClause(t);
  if (lead) sentences.push(`${lead}.`);
  const { full, others, stale } = described(t);
  let methodSaid = false;
  // An average's words come with poll-trend/average, in the averages that computed it.
  const aw = facts.series.some((s) => s.average) ? writerOf(t) : undefined;
  for (const series of full) {
    if (series.average && aw) {
      sentences.push(...aw.sentences(series, series.average, t, methodSaid ? undefined : aw.subjectMethod(series, t)));
      methodSaid = true;
    } else sentences.push(...pollSentences(series, t));
  }
  const windows = aw?.windows(facts.series, t);
  if (windows) sentences.push(windows);
  if (others.length) {
    sentences.push(
      w.othersAt(
        others.map((s) => ({
          label: s.series.label,
          value: fieldValue(t, s),
        })),
      ),
    );
  }
  sentences.push(staleSentence(stale, t));
  if (crossing && !facts.crossing?.isLatest) sentences.push(crossingText);
  sentences.push(comparisonSentence(t), ...partsSentences(t), sourceSentence(t));
  // Said once: a population the sentences above never named.
  const { population } = t.dataset;
  if (population && !facts.series.some((s) => s.series.predicate || !s.average))
    sentences.push(w.population(population));
  return sentences.filter(Boolean).join(" ");
}

/** One series in a clause of the short summary. */
function shortClause(s: SeriesFacts, t: PreparedTrend): string {
  const { words: w, format: f } = t;
  const name = s.series.label;
  const measure = s.measure;
  // Its average's clause, where the series is told by its average (AverageWriter.short); else its latest poll.
  const average = s.average && writerOf(t).short(s, s.average, t, name);
  if (average) return average;
  const change = s.overall ?? s.sincePrevious;
  const value = shown(t, s.latest.value, measure);
  // In a trend of several pollsters, the poll is attributed and compared with that pollster’s own.
  const pollster = attributed(s.latest, t);
  if (pollster) {
    const trend = change ? { points: change.points, measure, earlier: w.monthYear(change.from.date) } : undefined;
    return w.shortPollster(name, value, pollster, w.monthYear(s.latest.date), trend, f);
  }
  // Dated by the month, or by the day where the series has several polls in a month (a daily tracker).
  const crowded = crowdedMonths(s.series.points);
  const movement = change
    ? w.movement(
        {
          points: change.points,
          measure,
          from: { value: change.from.value, measure },
          earlier: whenOf(change.from, crowded),
        },
        f,
      )
    : undefined;
  return w.shortPlain(name, value, whenOf(s.latest, crowded), movement);
}

/**
 * The short summary in at most `limit` characters, one alt-text sentence: a field's leader or an
 * overtaking where there is one, else every series by its label, else as many as fit; where not even the
 * first series by its name fits, that one over the limit, never a value without its name. The title leads it
 * where it adds something and `titled` (the chart's description, read after the title, has no need of it).
 */
export function shortSummary(t: PreparedTrend, limit = SHORT_SUMMARY_LIMIT, titled = true): string {
  const { facts, words: w, format: f } = t;
  const series = facts.series;
  const crossing = crossingParts(t);
  // The date of a series' value as the field is compared (fieldValue's).
  const dateOf = (s: SeriesFacts) => latestOf(s, polls).date;
  // Another series' value, dated where its date is not the first one's; an average beside a poll, or a poll
  // beside an average, said as one ("Disapprove: 29.1% in the poll average …" after Marist's 54% for Approve).
  const value = (s: SeriesFacts) =>
    toldByAverage(t, s) === toldByAverage(t, lead)
      ? w.shortValue(s.series.label, fieldValue(t, s), dateOf(s) === dateOf(lead) ? undefined : dayOf(dateOf(s)))
      : shortClause(s, t);
  const leader = leaderClause(t);
  const polls = facts.leader?.basis === "polls";
  const byValue = standingOf(series, polls);
  // A field is told from its leader down, even where the leader's clause is too long to fit.
  const order = leader ? byValue : series;
  const [lead] = order as [SeriesFacts];
  const every = order.map((s) => shortClause(s, t)).join("; ");
  // With two series, an overtaking is the headline; with more, the leader and the lead are.
  const crossingNews = crossing && (series.length === 2 || facts.crossing?.isLatest);
  const crossingShort = crossing ? w.crossingShort(crossing) : "";
  // The title leads only when it adds something: a CSV's title may be its series' labels, capitalized
  // ("Economy" for the series "economy").
  const same = (label: string) => t.title.includes(label) || t.title.toLowerCase() === label.toLowerCase();
  const candidates = [
    ...(leader ? [`${leader}; ${byValue.slice(2).map(value).join("; ")}.`, `${leader}.`] : []),
    ...(crossingNews ? [`${crossingShort} ${every}.`, `${crossingShort}`] : []),
    ...(!titled || series.some((s) => same(s.series.label)) ? [] : [`${t.title}. ${every}.`]),
    `${every}.`,
    `${shortClause(lead, t)}; ${order.slice(1).map(value).join("; ")}.`,
    `${shortClause(lead, t)}${series.length > 1 ? w.moreSeries(series.length - 1, f) : ""}.`,
  ];
  // Where none fits, the last, over the limit: a value is never given without the series' name.
  return candidates.find((c) => c.length <= limit && !c.endsWith("; .")) ?? candidates.at(-1)!;
}
