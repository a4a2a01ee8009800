import type {
  AnnounceWords,
  Language,
  Measure,
  MethodsWords,
  PollMethod,
  PollSet,
  PollText,
  ReportWords,
  TableWords,
  Value,
  When,
} from "./language.js";
import { apDates, type EnglishDates } from "./dates-en.js";
import type { NumberFormat } from "./numbers.js";
import { englishProcessing } from "./en-processing.js";
import { count } from "./en-count.js";
import { stop } from "./stop.js";
import { capital } from "../model/titles.js";

export { capital };

// English, as The Associated Press writes it: dates ("Jan. 26–30, 2023"), "percentage points",
// "on" a day and "in" a month, possessives ("Gallup’s", "McLaughlin & Associates’"). Every sentence is
// written once, over a variety's dates and possessives (`englishWords`): American English here, British
// English in en-gb.ts with its own dates and nothing else copied.

export const list = (items: readonly string[]) =>
  items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
/** A label inside a sentence, in curly quotes: “Approve”. */
export const quoted = (label: string) => `“${label}”`;
/** "Springfield Poll" is already a poll: never "Springfield Poll poll". */
const pollBy = (pollster: string) => (/\bpoll$/i.test(pollster) ? pollster : `${pollster} poll`);
/** AP possessive: "Gallup’s", but "McLaughlin & Associates’" and "Ipsos’". */
const apPossessive = (name: string) => (/s$/i.test(name) ? `${name}’` : `${name}’s`);
/**
 * "a" or "an" by the sound of the next word, not its letter: "a University of Texas poll", "a YouGov
 * poll", "an Ipsos poll", "an hourly", "an SSRS poll" and "an NBC poll" (initials said letter by letter),
 * "a UMass Lowell poll", "a one-time".
 */
export function article(word: string): "a" | "an" {
  // Initials are said by their letters' names, of which A, E, F, H, I, L, M, N, O, R, S and X start with
  // a vowel sound; a few capitals are said as words (FOX, NATO).
  const initials = /^([A-Z]{2,})\b/.exec(word)?.[1];
  if (initials && !/^(?:FOX|NATO|NASA|AARP|UNICEF)$/.test(initials))
    return /^[AEFHILMNORSX]/.test(initials) ? "an" : "a";
  // "you" sounds: UMass, university, usual, Europe; "w" sounds: one, once.
  if (/^U[A-Z][a-z]/.test(word) || /^(?:uni|use|usu|uti|eu|ew|one|once|ubi|ura|uro)/i.test(word)) return "a";
  if (/^(?:hour|honest|hono|heir)/i.test(word)) return "an";
  return /^[aeiou]/i.test(word) ? "an" : "a";
}
/** "The “A” average overtook the “B” average in May 2024", "“A” overtook “B” on May 3, 2024". */
const overtook = (c: { leader: string; trailer: string; averages: boolean; at: string }) =>
  c.averages
    ? `The ${quoted(c.leader)} average overtook the ${quoted(c.trailer)} average ${c.at}`
    : `${quoted(c.leader)} overtook ${quoted(c.trailer)} ${c.at}`;

/** "up" for a rise, "down" for a fall. */
export const direction = (points: number) => (points > 0 ? "up" : "down");

function value(v: Value, f: NumberFormat): string {
  return v.measure === "net" ? f.signed(v.value, v.decimals) : f.percent(v.value, v.decimals);
}

/** A difference by size: "2 percentage points", "1 percentage point"; of net values, "3 points". */
export function points(size: number, measure: Measure, f: NumberFormat): string {
  const abs = Math.abs(size);
  return `${f.number(abs)} ${measure === "net" ? "" : "percentage "}point${abs === 1 ? "" : "s"}`;
}

// Nouns that read right after "using a" or "using the": "using the AmeriSpeak probability panel".
const COUNTABLE = /\b(panel|sample|survey|poll|frame|list|platform|method|design)$/i;

/**
 * How a poll was fielded, passed through as written, with an article only where it reads right:
 * "using the AmeriSpeak probability panel", "using an online panel", "using live phone interviews";
 * anything else stands as its own sentence: "Mode: phone."
 */
function modePhrase(mode: string): { clause: string; sentence: string } {
  if (/^(a|an|the)\s/i.test(mode) || /s$/i.test(mode.split(/\s+/).pop() ?? ""))
    return { clause: `, using ${mode}`, sentence: "" };
  if (COUNTABLE.test(mode)) {
    // A name ("AmeriSpeak probability panel") takes "the"; a kind ("online panel") takes "a" or "an".
    return { clause: `, using ${/^[A-Z]/.test(mode) ? "the" : article(mode)} ${mode}`, sentence: "" };
  }
  return { clause: "", sentence: ` Mode: ${mode}.` };
}

/** A poll's accessible label, its dates the variety's. */
const pointLabelIn =
  (d: EnglishDates) =>
  (p: PollText, f: NumberFormat): string => {
    let label =
      `${p.series}, ${p.pollster ? `${p.pollster}, ` : ""}` + `${d.dateRange(p.start, p.end)}: ${value(p.value, f)}`;
    label +=
      p.margin === undefined
        ? ", no margin of error published"
        : `, margin of error ${f.margin(p.margin)} percentage points`;
    if (p.sample !== undefined) label += `, ${f.count(p.sample)} respondents`;
    return label;
  };

/**
 * An English variety: its `lang` tag, its dates and its possessive of a name ending in s. American
 * English in AP style is {@link american}; British English is en-gb.ts's.
 */
export interface EnglishVariety {
  /** The BCP 47 tag of the words: "en", "en-GB". */
  readonly tag: string;
  /** Its dates. */
  readonly dates: EnglishDates;
  /** "Gallup’s"; AP's "Ipsos’", the Guardian's "Ipsos’s". */
  possessive(name: string): string;
}

/** American English, as AP writes it. */
export const american: EnglishVariety = { tag: "en", dates: apDates, possessive: apPossessive };

/**
 * English words in a variety: every sentence is the same, its dates and possessives the variety's.
 *
 * @example
 * englishWords(american).fullDate("2023-01-30"); // "Jan. 30, 2023"
 */
export function englishWords(v: EnglishVariety): Language {
  const d = v.dates;
  const { monthYear, month, fullDate } = d;
  const when = (w: When) =>
    w.unit === "day" ? fullDate(w.date) : w.unit === "month" ? monthYear(w.date) : month(w.date);
  const at = (w: When) => `${w.unit === "day" ? "on" : "in"} ${when(w)}`;
  const pointLabel = pointLabelIn(d);
  const noPollBetween = (from: string, to: string) =>
    `no poll reporting it between ${monthYear(from)} and ${monthYear(to)}`;

  return {
    tag: v.tag,
    monthYear,
    month,
    fullDate,
    dateRange: d.dateRange,
    tick: d.tick,
    when,
    at,
    atAll: (dates) => {
      const full = dates.some((d) => d.unit === "day");
      let names = dates.map((d) => (full ? fullDate(d.date) : when(d)));
      const year = names[0]?.slice(-4);
      // "January and November 2023" rather than "January 2023 and November 2023"; likewise "Jan. 5 and Jan. 30, 2023".
      if (names.length > 1 && names.every((n) => n.endsWith(year ?? ""))) {
        names = names.map((n, i) => (i < names.length - 1 ? n.replace(/,? \d{4}$/, "") : n));
      }
      return `${full ? "on" : "in"} ${list(names)}`;
    },
    monthRange: (from, to) => {
      const a = monthYear(from);
      const b = monthYear(to);
      if (a === b) return a;
      return from.slice(0, 4) === to.slice(0, 4) ? `${month(from)} to ${b}` : `${a} to ${b}`;
    },

    list,
    quoted,
    capital,
    value,
    points,

    headline: ({ when: w, value: v, label, population, predicate, pollster, measure }) => {
      const inPoll = pollster ? ` in ${article(pollster)} ${pollBy(pollster)}` : "";
      if (predicate && measure === "share")
        return `${capital(at(w))}, ${v} of ${population ?? "respondents"} ${predicate}${inPoll}`;
      const verb = measure === "net" ? "was" : "was at";
      return `${quoted(label)} ${verb} ${v}${population ? ` among ${population}` : ""}${inPoll} ${at(w)}`;
    },
    onlyPoll: (several) => `, the ${several ? "pollster’s " : ""}only poll in this series`,
    sameDay: (found) => `The same day, ${list(found.map((p) => `${p.pollster ?? "another poll"} found ${p.value}`))}.`,
    movement: (m, f) => {
      const earlier = m.pollster ? `${v.possessive(m.pollster)} previous poll, ${at(m.earlier)}` : undefined;
      if (m.points === 0) return `unchanged from ${earlier ?? when(m.earlier)}`;
      return (
        `${direction(m.points)} ${points(m.points, m.measure, f)} from ${value(m.from, f)} ` +
        `${earlier ? `in ${earlier}` : at(m.earlier)}`
      );
    },
    significance: (exceeds, margin, _measure, f) =>
      `, a change ${exceeds ? "larger than" : "within"} the margin of error of the difference (${f.margin(margin)} ` +
      `points)`,
    gap: (from, to, several) =>
      `, with ${several ? "gaps in the polling, the longest with " : ""}${noPollBetween(from, to)}`,
    since: (s, f) => {
      const first =
        `Since ${s.pollster ? `${v.possessive(s.pollster)} first poll` : "the first poll"}, ` +
        `${at(s.earlier)} (${s.from})`;
      if (s.points === 0) return `${first}, it is unchanged overall${s.note}.`;
      return `${first}, it is ${direction(s.points)} ${points(s.points, s.measure, f)}${s.significance}${s.note}.`;
    },
    everyPoll: (v) => `It was ${v} in every poll.`,
    extremes: (high, low) =>
      `The high was ${high.value}${high.by} ${high.at}; the low was ${low.value}${low.by} ${low.at}.`,
    manyPolls: (n, latest, f) => `in ${count(n, f)} polls, most recently ${at(latest)}`,
    pollsters: (names, f) => (names.length > 3 ? ` (${count(names.length, f)} pollsters)` : ` (${list(names)})`),
    unnamedPollster: "an unnamed pollster",

    crossing: (c) => {
      const { latest } = c;
      const where =
        latest.kind === "averages"
          ? `in the averages on ${fullDate(latest.date)}`
          : latest.kind === "same"
            ? "in that poll"
            : `in the latest poll that asked about both, ${latest.at}`;
      return `${overtook(c)} (${c.leaderValue} to ${c.trailerValue} ${where}).`;
    },
    crossingShort: (c) => `${overtook(c)}; ${c.leaderValue} to ${c.trailerValue} ${c.latestAt}.`,
    othersAt: (values) => `The others: ${values.map((v) => `${v.label}, ${v.value}`).join("; ")}.`,
    lastPolledSentence: (stale, f) =>
      stale.length > 4
        ? `${capital(count(stale.length, f))} others were not polled after ${fullDate(stale[0]!.date)}.`
        : `${capital(list(stale.map((s, i) => `${s.label}${i ? "" : " was last polled"} in ${monthYear(s.date)}`)))}.`,
    lastPolled: (label, date) => `${label}, last polled ${monthYear(date)}`,
    othersKey: (count, under, stale, since, f) =>
      [
        under ? `${f.number(count)} ${count === 1 ? "other, under" : "others, each under"} ${under}` : "",
        stale
          ? `${f.number(stale)} ${under ? "" : stale === 1 ? "other " : "others "}not polled since ${fullDate(since)}`
          : "",
      ]
        .filter(Boolean)
        .join("; "),
    leadChanges: (n, leader, when, f) =>
      `The lead changed hands ${n === 2 ? "twice" : `${count(n, f)} times`}, most recently ${when}, to ` +
      `${quoted(leader)}.`,
    higherInPolls: (higher, lower, polls, f) =>
      `${quoted(higher)} was higher than ${quoted(lower)} in ` +
      `${polls === 2 ? "both polls" : `all ${count(polls, f)} polls`} that asked about both.`,
    leads: ({ leader, value: v, runnerUp, runnerUpValue, lead, where, within }) =>
      `Leading ${where}: ${leader}, ${v}, ${lead} ahead of ${runnerUp} ` +
      `(${runnerUpValue})${within ? ", within the margin of error" : ""}`,
    leadBasis: (date, asOf, poll) =>
      poll
        ? `in the latest poll that asked about both, ${poll}`
        : date
          ? `in the poll averages on ${fullDate(date)}`
          : `in the latest polls${asOf ? `, to ${fullDate(asOf)}` : ""}`,
    tied: (a, b, v, where) => `${a} and ${b} are tied at ${v} ${where}`,
    parts: (ps, whole, where) =>
      `${capital(list(ps.map((p) => `among ${p.population}, ${p.value}`)))}, against ${whole.value} of ` +
      `${whole.population} ${where}.`,
    sourcePolls: (named, others, compiler, f) =>
      `Source: polls by ${others ? `${named.join(", ")} and ${count(others, f)} other pollsters` : list(named)}` +
      `${compiler ? `, compiled by ${compiler}` : ""}.`,
    sourcePoll: (pollster) => `Source: ${pollBy(pollster)}.`,
    sourceName: (name) => stop(`Source: ${name}`),
    population: (p) => stop(`Population: ${p}`),

    shortPollster: (label, v, pollster, w, change, f) => {
      const trend = change
        ? `, ` +
          `${
            change.points === 0
              ? "unchanged"
              : `${direction(change.points)} ${points(change.points, change.measure, f)}`
          } from its poll of ${change.earlier}`
        : "";
      return `${label}: ${v} in ${article(pollster)} ${pollBy(pollster)} in ${w}${trend}`;
    },
    shortPlain: (label, v, w, movement) => `${label}: ${v} ${at(w)}${movement ? `, ${movement}` : ""}`,
    shortValue: (label, v, w) => `${label}: ${v}${w ? ` ${at(w)}` : ""}`,
    moreSeries: (n, f) => `; ${count(n, f)} more series`,

    sourceLine: (source, population) =>
      [source && `Source: ${source}`, population && (source ? population : `Population: ${population}`)]
        .filter(Boolean)
        .join(" · ")
        .replace(/[^.]$/, "$&."),
    barsNote: "Bars: margins of error, where published",
    eventsNote: (events) =>
      `Dashed ${events.length > 1 ? "lines" : "line"}: ${events.map((e) => `${e.label}, ${e.date}`).join("; ")}.`,
    netNote: "Net values: one share minus the other.",
    pointLabel,
    seriesLabel: ({ label, polls, range: span, values, average }, f) =>
      `${label}: ${f.number(polls)} polls, ` +
      `${span}${values ? `, from ${values.first} to ${values.last}; high ${values.high}, low ${values.low}` : ""}` +
      `${average ? `; poll average ${average} at the end` : ""}`,
    onePollLabel: (label) => `${label}: 1 poll`,
    eventLabel: (date, label) => `Event, ${date}: ${label}`,
    chartName: (labels, span, f) =>
      `Line chart of ${labels.length <= 3 ? list(labels) : `${f.number(labels.length)} series`}, ${span}`,
    axisNote: (lo, hi) => `Axis from ${lo} to ${hi}.`,
    gapsNote: "Gaps in polling break the line.",
    roleDescription: "line chart",
  };
}

/** The methods note's words in an English variety. */
export function englishMethods(v: EnglishVariety): MethodsWords {
  const d = v.dates;
  function pollMethod(p: PollMethod, f: NumberFormat): string {
    const who = `The ${p.pollster ? pollBy(p.pollster) : "poll"}`;
    const of = [p.sample !== undefined && f.count(p.sample), p.population].filter(Boolean).join(" ");
    const sponsor = p.sponsor ? `, sponsored by ${p.sponsor},` : "";
    const mode = p.mode ? modePhrase(p.mode) : { clause: "", sentence: "" };
    const day = !p.start || p.start === p.end ? d.onDay : "";
    const fielded = `${p.start ? "was conducted" : "was completed"} ${day}${d.dateRange(p.start, p.end)}`;
    const margin =
      p.margin === undefined ? "" : ` The margin of sampling error is ${f.margin(p.margin)} percentage points.`;
    return `${who}${of ? ` of ${of}` : ""}${sponsor} ${fielded}${mode.clause}.${mode.sentence}${margin}`;
  }

  function pollSet(s: PollSet, f: NumberFormat): string {
    const span = (lo: number, hi: number, show: (n: number) => string) =>
      show(lo) === show(hi) ? show(lo) : `${show(lo)} to ${show(hi)}`;
    const among = s.populations.length ? ` among ${list(s.populations)}` : "";
    const each = s.sizes
      ? `, with ${span(s.sizes.lo, s.sizes.hi, f.count)} respondents each${s.sizes.all ? "" : " where published"}`
      : "";
    const margin = s.margins
      ? ` Margins of sampling error${s.margins.all ? "" : ", where published,"} are ` +
        `${span(s.margins.lo, s.margins.hi, f.margin)} percentage points.`
      : "";
    const by = s.pollsters > 1 ? `${count(s.pollsters, f)} pollsters` : s.pollster;
    // AP sets a full date's year off with commas ("from Jan. 20, 2017, to April 29, 2020, among …"), and says
    // a year once where both dates share it ("from May 4 to June 11, 2017"; the Guardian's "4 May to 11 June 2017").
    const comma = d.yearComma ? "," : "";
    const from =
      s.start.slice(0, 4) === s.end.slice(0, 4)
        ? d.fullDate(s.start).replace(/,? \d{4}$/, "")
        : `${d.fullDate(s.start)}${comma}`;
    return (
      `The ${count(s.polls, f)} polls${by ? `, by ${by},` : ""} were conducted from ${from} to ` +
      `${d.fullDate(s.end)}${among ? comma : ""}${stop(`${among}${each}`)}${margin}`
    );
  }

  return { pollMethod, pollSet, processing: englishProcessing(d.fullDate) };
}

/** English words, as AP writes them. */
export const en: Language = englishWords(american);

// Made by a call, so marked pure: an app that writes no methods note or announcement bundles neither.
/** English words of the methods note, as AP writes them. */
export const enMethods: MethodsWords = /* @__PURE__ */ englishMethods(american);

/** The words `poll-trend/dom` says of a poll, in an English variety (its possessive). */
export const englishAnnounce = (v: EnglishVariety): AnnounceWords => ({
  cue: (at) => `the ${at === "only" || at === "first" ? at : "latest"} poll`,
  change: (size, measure, then, pollster, f) => {
    const when = `${pollster ? `${v.possessive(pollster)} poll of ` : ""}${then}`;
    return size === 0 ? `unchanged from ${when}` : `${direction(size)} ${points(size, measure, f)} from ${when}`;
  },
  margin: (margin, f) =>
    margin === undefined ? "no margin of error published" : `margin of error ${f.margin(margin)}`,
  sample: (sample, population, f) =>
    sample !== undefined
      ? `${f.count(sample)} ${population ?? "respondents"}`
      : population
        ? `among ${population}`
        : "",
  average: (v) => `poll average ${v}`,
  position: (index, count, f) => `${f.number(index + 1)} of ${f.number(count)}`,
  keys: (table) =>
    `Keys: Down goes in (series, then polls), Up out; Left and Right step; Home, End: first, latest; Page Up, ` +
    `Down: ten; Escape hides the tooltip.${table ? " T goes to the data table." : ""}`,
  nothingBelow: "Nothing below; Up goes back.",
  wholeChart: "The whole chart; Down goes in.",
  endOf: (first, count, f) => `${first ? "First" : "Last"} of ${f.number(count)}.`,
  seriesEnd: (first, label) =>
    first ? `First poll of ${label}; none earlier.` : `Latest poll of ${label}; none later.`,
  group: (label, count, lo, hi, f) =>
    `${label}: ${f.number(count)} poll${count === 1 ? "" : "s"}, ${lo === hi ? lo : `between ${lo} and ${hi}`}`,
  tableLink: "Every poll: the data table",
  changed: (added, removed, f) =>
    [
      added ? `${f.number(added)} ${added === 1 ? "new poll" : "new polls"}` : "",
      removed ? `${f.number(removed)} ${removed === 1 ? "poll removed" : "polls removed"}` : "",
    ]
      .filter(Boolean)
      .join(", "),
  latestNew: "; latest: ",
});

/** English words of a poll announced by `poll-trend/dom`, as AP writes them. */
export const enAnnounce: AnnounceWords = /* @__PURE__ */ englishAnnounce(american);

/** English words of the data table. */
export const enTable: TableWords = {
  pollDates: "Poll dates",
  pollster: "Pollster",
  population: "Population",
  margin: "Margin of error (percentage points)",
  sample: "Sample size",
  notGiven: "not given",
  notAsked: "no figure",
  notPublished: "not published",
  month: "Month (poll end dates)",
  polls: "Polls",
  noPoll: "no poll",
  byMonth: "By month",
  mean: (label) => `${label}: mean of the month’s polls`,
  percentOf: (population) => `Percent of ${population}`,
};

/** English words of the report. */
export const enReport: ReportWords = {
  methods: "Methods",
  data: "Data",
  source: "Source: ",
  chart: "Chart",
  dataTable: "Data table",
  dataTableByMonth: "Data table by month",
  dataTableEveryPoll: "Data table, every poll",
  everyPoll: (of) => `Every poll${of}`,
  pollsByMonth: (of) => `Polls by month${of}`,
  everyPollCount: (count, f) => `Every poll (${f.number(count)} ${count === 1 ? "row" : "rows"})`,
  everyPollCsv: (count, f) => `Every poll, as a CSV file (${f.number(count)} rows)`,
  ofPopulation: (population) => (population ? `, percent of ${population}` : ", percent"),
};
