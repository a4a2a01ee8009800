import type { PollProcessing } from "../model/types.js";
import type { NumberFormat } from "./numbers.js";

// What a language gives poll-trend: every phrase it writes, as functions of the facts' values, so a
// sentence is built the same way in every language and only its words differ. English is en.ts; a
// language is one more file like it, chosen by the locale and passed in `languages` (language/choose.ts).

/** A date as a sentence says it: a month with its year, a month in a year already said, or a day. */
export interface When {
  /** ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** `"day"`: "Jan. 30, 2023"; `"month"`: "January 2023"; `"month-in-year"`: "January", its year said already. */
  readonly unit: "day" | "month" | "month-in-year";
}

/** What a value measures: a share of respondents (48%) or a net value or lead (−8). */
export type Measure = "share" | "net";

/** A value with what it measures, already rounded as it is printed. */
export interface Value {
  /** The number, in percent or points. */
  readonly value: number;
  /** What it measures, so a share prints "48%" and a net value "−8". */
  readonly measure: Measure;
  /** Exactly this many decimals ("46.0%"), for an average's estimate; else as few as the value needs. */
  readonly decimals?: number;
}

/** A change from an earlier poll: its size and direction, and the earlier value and when it was. */
export interface Movement {
  /** The change in percentage points (or points, for net values); negative is down. */
  readonly points: number;
  /** What the values measure. */
  readonly measure: Measure;
  /** The earlier value. */
  readonly from: Value;
  /** When the earlier poll was. */
  readonly earlier: When;
  /** The pollster whose previous poll it is, in a series of several. */
  readonly pollster?: string;
}

/** How the average was made, as its method phrase says it. */
export interface Method {
  /**
   * `"kalman"`: the state-space average, a daily estimate that follows the polls as they come (its
   * windows are not said); `"loess"`: LOESS over windows of days.
   */
  readonly kind: "loess" | "kalman";
  /** The usual window, in days (LOESS). */
  readonly windowDays: number;
  /** Several averages told at once whose windows differ: the widest of their usual windows. */
  readonly windowsTo?: number;
  /** The widest window, when wider than asked: where polls were sparse. */
  readonly widenedTo?: number;
  /** One voice per pollster: "each pollster counted once". */
  readonly eachPollsterOnce: boolean;
  /** Weighted by sample size: "larger polls weighted more". */
  readonly largerPollsWeighted: boolean;
  /** Adjusted for house effects. */
  readonly houseEffects: boolean;
}

/** One poll as an accessible label or an announcement names it. */
export interface PollText {
  /** The series' label. */
  readonly series: string;
  /** Who ran the poll, where a series has several pollsters. */
  readonly pollster?: string;
  /** The field dates, ISO: start (when known) and end. */
  readonly start?: string;
  /** The last field date, ISO. */
  readonly end: string;
  /** The poll's value. */
  readonly value: Value;
  /** Its published margin of error, in percentage points. */
  readonly margin?: number;
  /** Its sample size. */
  readonly sample?: number;
  /** Who was surveyed. */
  readonly population?: string;
}

/** The smallest and the largest of a number the polls give, and whether every poll gives it. */
export interface Span {
  /** The smallest. */
  readonly lo: number;
  /** The largest. */
  readonly hi: number;
  /** Whether every poll gives it. */
  readonly all: boolean;
}

/** The polls of a series or dataset as a methods note describes them. */
export interface PollSet {
  /** How many polls, each counted once. */
  readonly polls: number;
  /** How many pollsters ran them. */
  readonly pollsters: number;
  /** The one pollster, where there is one. */
  readonly pollster?: string;
  /** ISO date the first poll began. */
  readonly start: string;
  /** ISO date the last poll ended. */
  readonly end: string;
  /** Whom they surveyed, each population once. */
  readonly populations: readonly string[];
  /** Their smallest and largest samples, and whether every poll gave one. */
  readonly sizes?: Span;
  /** Their smallest and largest published margins, and whether every poll published one. */
  readonly margins?: Span;
}

/** One poll as a methods note describes it. */
export interface PollMethod {
  /** Who ran it. */
  readonly pollster?: string;
  /** Its sample size. */
  readonly sample?: number;
  /** Whom it surveyed. */
  readonly population?: string;
  /** Who paid for it, when not the pollster. */
  readonly sponsor?: string;
  /** ISO date its fieldwork began. */
  readonly start?: string;
  /** ISO date its fieldwork ended. */
  readonly end: string;
  /** How it was fielded, with its article ("the AmeriSpeak probability panel"). */
  readonly mode?: string;
  /** Its published margin of error, in percentage points. */
  readonly margin?: number;
}

/**
 * Every phrase poll-trend writes in one language. The number formatter gives digits; the language gives
 * words, word order, dates and lists. Each function returns text without a final period unless it says
 * it returns a sentence.
 */
export interface Language {
  /** The BCP 47 language of the words, for `lang` attributes: "en", "es". */
  readonly tag: string;

  // Dates
  /** "January 2023". */
  monthYear(iso: string): string;
  /** "January". */
  month(iso: string): string;
  /** "Jan. 30, 2023", in AP style. */
  fullDate(iso: string): string;
  /** Field dates: "Jan. 26–30, 2023"; one day when `start` is missing or the same. */
  dateRange(start: string | undefined, end: string): string;
  /** A time-axis label: a day, a month (`short`: abbreviated, for narrow charts) or a year. */
  tick(date: Date, unit: "day" | "month" | "year", short: boolean): string;
  /** A date as a sentence says it. */
  when(when: When): string;
  /** A date with its preposition: "in May 2022", "on Jan. 30, 2023". */
  at(when: When): string;
  /** Several dates with one preposition: "in January and November 2023". */
  atAll(dates: readonly When[]): string;
  /** "March to May 2022", "March 2022 to May 2023". */
  monthRange(from: string, to: string): string;

  /**
   * The dataset's title in these words, where a language writes one differently: a title that is its
   * series' labels, as `parseCsv` titles a file without one ("Approve and disapprove", "33 poll
   * series"), made again in this language ("Aprueba y desaprueba"); any other title as it is. Without
   * it, the title is the dataset's.
   */
  titleOf?(title: string, labels: readonly string[], f: NumberFormat): string;

  // Grammar
  /** "A, B and C". */
  list(items: readonly string[]): string;
  /** A series named in a sentence: “Favor”. */
  quoted(label: string): string;
  /** The text with its first letter in capital. */
  capital(text: string): string;

  // Values
  /** "48%", "−8"; net values carry a sign. */
  value(value: Value, f: NumberFormat): string;
  /** A difference by size: "12 percentage points", "1 percentage point"; of net values, "3 points". */
  points(points: number, measure: Measure, f: NumberFormat): string;

  // The summary, for polls
  /** The latest poll's sentence opening: "In May 2022, 60% of U.S. adults favored …". */
  headline(args: {
    readonly when: When;
    readonly value: string;
    readonly label: string;
    readonly population?: string;
    readonly predicate?: string;
    readonly pollster?: string;
    readonly measure: Measure;
  }): string;
  /** ", the only poll in this series"; `several` pollsters: ", the pollster’s only poll in this series". */
  onlyPoll(several: boolean): string;
  /**
   * The series' other polls that ended the day its latest did, each attributed: "The same day, Morning
   * Consult found 71%." (one whose pollster is not known: "another poll found 71%").
   */
  sameDay(found: readonly { readonly pollster: string | undefined; readonly value: string }[]): string;
  /** "down 12 percentage points from 60% in May 2022", "unchanged from May 2022". */
  movement(m: Movement, f: NumberFormat): string;
  /**
   * ", a change larger than the margin of error of the difference (±5.7 points)": `margin` in points,
   * rounded as it is to be printed.
   */
  significance(exceeds: boolean, margin: number, measure: Measure, f: NumberFormat): string;
  /**
   * The hole in the polling a change spans, as a clause after it: ", with no poll reporting it between May
   * 2016 and January 2020" (polls of other series may fall in it: a party a list gave no figure for);
   * `several`: the longest of several (", with gaps in the polling, the longest …"). `from` and `to` are
   * the ISO dates of the polls either side.
   */
  gap(from: string, to: string, several: boolean): string;
  /** "Since the first poll, in March 2022 (64%), it is down 16 percentage points." A sentence. */
  since(
    args: {
      readonly pollster?: string;
      readonly earlier: When;
      readonly from: string;
      readonly points: number;
      readonly measure: Measure;
      readonly significance: string;
      readonly note: string;
    },
    f: NumberFormat,
  ): string;
  /** "It was 41% in every poll." A sentence. */
  everyPoll(value: string): string;
  /** "The high was 64% (Gallup) in March 2022; the low was …" A sentence; `by` already in brackets or empty. */
  extremes(high: { value: string; by: string; at: string }, low: { value: string; by: string; at: string }): string;
  /** "in 4 polls, most recently in May 2022". */
  manyPolls(count: number, latest: When, f: NumberFormat): string;
  /** " (Gallup and Ipsos)", " (5 pollsters)". */
  pollsters(names: readonly string[], f: NumberFormat): string;
  /** "an unnamed pollster". */
  readonly unnamedPollster: string;

  // Across series
  /** "“Disapprove” overtook “Approve” in March 2024 (52% to 45% in that poll)." A sentence. */
  crossing(args: {
    readonly leader: string;
    readonly trailer: string;
    readonly averages: boolean;
    readonly at: string;
    readonly leaderValue: string;
    readonly trailerValue: string;
    /** Where the latest values come from: the crossing's own poll, a later poll, or the averages on a day. */
    readonly latest:
      | { readonly kind: "same" }
      | { readonly kind: "poll"; readonly at: string }
      | { readonly kind: "averages"; readonly date: string };
  }): string;
  /** "“Disapprove” overtook “Approve” in November 2023; 52% to 43% on March 3, 2024.": for alt text. A sentence. */
  crossingShort(args: {
    readonly leader: string;
    readonly trailer: string;
    readonly averages: boolean;
    readonly at: string;
    readonly latestAt: string;
    readonly leaderValue: string;
    readonly trailerValue: string;
  }): string;
  /** "The others: Julián Castro: 0.6%; …." A sentence; each value printed. */
  othersAt(values: readonly { readonly label: string; readonly value: string }[]): string;
  /**
   * Series no longer polled, as of the field's latest poll, latest first: "Kamala Harris was last polled in
   * June 2025, John Cox in February 2025." or, for many, by the latest of their dates: "12 others were not
   * polled after Sept. 19, 2020." A sentence.
   */
  lastPolledSentence(stale: readonly { readonly label: string; readonly date: string }[], f: NumberFormat): string;
  /** A key entry of a series no longer polled: "Kamala Harris, last polled June 2025". */
  lastPolled(label: string, date: string): string;
  /**
   * The key's row for the series it does not name: "7 others, each under 6%", and those no longer polled
   * apart ("7 others, each under 6%; 20 not polled since Dec. 7, 2025"); `under` is absent when all are stale.
   */
  othersKey(count: number, under: string | undefined, stale: number, since: string, f: NumberFormat): string;
  /** "The lead changed hands 13 times, most recently in July 2019, to “Conservatives”." A sentence. */
  leadChanges(count: number, leader: string, when: string, f: NumberFormat): string;
  /** "“A” was higher than “B” in all 3 polls that asked about both." A sentence. */
  higherInPolls(higher: string, lower: string, polls: number, f: NumberFormat): string;
  /**
   * "Leading in the poll averages on Oct. 29, 2019: Biden, 26.5%, 6.2 points ahead of Warren (20.3%)": the
   * label never the subject of a verb, so a plural name ("Conservatives") reads right.
   */
  leads(args: {
    readonly leader: string;
    readonly value: string;
    readonly runnerUp: string;
    readonly runnerUpValue: string;
    readonly lead: string;
    readonly where: string;
    /**
     * Whether the lead is no larger than its margin of error ({@link LeaderFacts.margin}): "…, within the
     * margin of error". False where it is larger or no margin is known.
     */
    readonly within: boolean;
  }): string;
  /**
   * "in the poll averages on Oct. 29, 2019", "in the latest polls, to Feb. 12, 2026"; with `poll` (when it
   * was: "on Feb. 20, 2019"), the one poll a lead is read from: "in the latest poll that asked about both,
   * on Feb. 20, 2019".
   */
  leadBasis(averageDate: string | undefined, asOf?: string, poll?: string): string;
  /** "“A” and “B” are tied at 20%". */
  tied(a: string, b: string, value: string, where: string): string;
  /** "Among Republicans, 35%, against 48% of all U.S. adults in the latest poll." A sentence. */
  parts(
    parts: readonly { readonly population: string; readonly value: string }[],
    whole: { readonly population: string; readonly value: string },
    where: string,
  ): string;
  /** "Source: polls by Gallup, Quinnipiac and five other pollsters, compiled by FiveThirtyEight." A sentence. */
  sourcePolls(named: readonly string[], others: number, compiler: string | undefined, f: NumberFormat): string;
  /** "Source: AP-NORC poll." A sentence. */
  sourcePoll(pollster: string): string;
  /** "Source: AP-NORC Center." A sentence. */
  sourceName(name: string): string;
  /** "Population: U.S. adults." A sentence. */
  population(population: string): string;

  // The short summary
  /** "Approve: 44% in an IBD/TIPP poll in April 2020, up 1 percentage point from its poll of March 2020". */
  shortPollster(
    label: string,
    value: string,
    pollster: string,
    when: string,
    change: { points: number; measure: Measure; earlier: string } | undefined,
    f: NumberFormat,
  ): string;
  /**
   * "Favor: 48% in November 2023, down 16 percentage points from 64% in March 2022"; "…: 45.8% on Feb. 28,
   * 2024" where a month holds several polls.
   */
  shortPlain(label: string, value: string, when: When, movement: string | undefined): string;
  /**
   * "Favor sending funds: 39%"; with `when` (a value of another date than the clause before):
   * "…: 39% on Nov. 6, 2023".
   */
  shortValue(label: string, value: string, when?: When): string;
  /** "; 3 more series". */
  moreSeries(count: number, f: NumberFormat): string;

  // The chart
  /** "Source: AP-NORC · U.S. adults.", "Population: U.S. adults.": a sentence, the footer's first. */
  sourceLine(source: string | undefined, population: string | undefined): string;
  /** What a poll's error bar is, for the footer: "Bars: margins of error, where published". */
  readonly barsNote: string;
  /** Events whose rule is drawn without its label, named: "Dashed lines: Government shutdown, Oct. 1, 2023." */
  eventsNote(events: readonly { readonly label: string; readonly date: string }[]): string;
  /** "Net values: approve minus disapprove, in points." — what a net axis shows, when it is one. */
  readonly netNote: string;
  /**
   * A poll's accessible label: "Favor providing weapons, Jan. 26–30, 2023: 48%, margin of error ±4.2 percentage points,
   * 1,068 respondents".
   */
  pointLabel(poll: PollText, f: NumberFormat): string;
  /** "Favor: 4 polls, March 2022 to November 2023" and, for long series, the values. */
  seriesLabel(
    args: {
      readonly label: string;
      readonly polls: number;
      readonly range: string;
      readonly values?: { readonly first: string; readonly last: string; readonly high: string; readonly low: string };
      readonly average?: string;
    },
    f: NumberFormat,
  ): string;
  /** A series of one poll: "Approve: 1 poll". */
  onePollLabel(label: string): string;
  /** An event's accessible label: "Event, Feb. 24, 2022: Russia invades Ukraine". */
  eventLabel(date: string, label: string): string;
  /** "Line chart of Approve and Disapprove, January 2017 to April 2020". */
  chartName(labels: readonly string[], range: string, f: NumberFormat): string;
  /** The alt text's note on a fitted axis: "Axis from 30% to 65%." */
  axisNote(lo: string, hi: string): string;
  /** The alt text's note on a broken line: "Gaps in polling break the line." */
  readonly gapsNote: string;
  /** The chart's `aria-roledescription`: "line chart". */
  readonly roleDescription: string;
}

/**
 * The words only poll averages use: the summary's sentences on an average, the chart's label and footer
 * method. English in `words/en-average.ts`, carried by poll-trend/average.
 */
export interface AverageWords {
  /** "LOESS over windows of about 60 days, each pollster counted once, larger polls weighted more". */
  method(method: Method, f: NumberFormat): string;
  /**
   * "The “A” average was above the “B” average throughout, from … to …, and so was the mean of the polls in every
   * month."
   */
  aboveThroughout(higher: string, lower: string, range: string): string;
  /** "Approve: 46.1% in the poll average on April 29, 2020, down 0.9 percentage points in a month". */
  shortAverage(label: string | undefined, value: string, date: string, change: string | undefined): string;
  /** ", down 0.9 percentage points in a month", ", unchanged in a month". */
  inAMonth(points: number, measure: Measure, f: NumberFormat): string;
  /**
   * The averages' method, said once in the chart's notes: "Averages: LOESS over windows of about 60 days, …."
   * `methods`: one, or one per series ("Approve: …").
   */
  methodsOnce(methods: readonly string[]): string;
  /**
   * What a tracker's marks are, for the footer: "Lines: poll averages; bands: 95% confidence ranges;
   * dots: polls", naming the band drawn (the average's own 95% range, where 95% of polls fall, or none).
   */
  marksNote(band: "average" | "polls" | "none", f: NumberFormat): string;
  /** "a LOESS trend line over …": the method as the summary names it once. */
  methodInSummary(method: string): string;
  /** "the share of U.S. adults who favored …", or “Approve”. */
  subject(label: string, predicate: string | undefined, population: string | undefined): string;
  /**
   * "The poll average (…) of 312 polls put … at 46.1% on April 29, 2020, down 0.9 percentage points from a month
   * earlier."
   */
  averageLead(
    args: {
      readonly method?: string;
      readonly polls: number;
      readonly subject: string;
      readonly value: string;
      readonly date: string;
      readonly change?: { readonly points: number; readonly measure: Measure; readonly since?: string };
    },
    f: NumberFormat,
  ): string;
  /** "The band around it, where 95% of polls are expected to fall, runs from 39.1% to 48.7%." */
  pollBand(lo: string, hi: string, f: NumberFormat): string;
  /** "The average itself lies between 45.2% and 47% with 95% confidence." */
  averageInterval(lo: string, hi: string, f: NumberFormat): string;
  /** "The average was highest, 45.4%, on Jan. 22, 2017, and lowest, 37.9%, on Aug. 15, 2017." */
  averageHighLow(high: string, highDate: string, low: string, lowDate: string): string;
  /**
   * "The average was highest, 30.6%, on June 15, 2021.": one extreme, where the line drawn went past the
   * other (a sparse stretch's end that few polls support). Without it, neither is said then.
   */
  averageExtreme?(kind: "high" | "low", value: string, date: string): string;
  /** "The latest poll, by Gallup (April 26–29, 2020), found 44%." */
  latestPoll(pollster: string | undefined, range: string, value: string): string;
  /** "The latest 5 polls, which ended on Oct. 22, 2019, found 0% to 1%." */
  latestPolls(count: number, day: string, lo: string, hi: string, f: NumberFormat): string;
  /** "The latest polls ended on May 29, 2020: Morning Consult found 42% and YouGov 45%." */
  latestPollsBy(
    day: string,
    polls: readonly { readonly pollster: string; readonly value: string; readonly from?: string }[],
  ): string;
  /**
   * "The average is not drawn across a gap in the polling, with no poll reporting it between May 2016 and
   * January 2020": `count` gaps, the longest from the poll of `from` to that of `to` (ISO dates).
   */
  notAcrossGaps(count: number, from: string, to: string): string;
  /**
   * "The average stops where it would be too uncertain to publish (too few polls, or polls too much at odds):
   * March 3–May 28, 2019.": the stretches without a published estimate (too few polls near, or a 95% interval
   * too wide, as pollsters disagree), each its first and last day as the language's `dateRange` writes them.
   */
  tooFewPolls(stretches: readonly string[]): string;
  /** "Windows differ by series: Approve, about 60 days; Disapprove, about 74." */
  windowsDiffer(windows: readonly { readonly label: string; readonly days: number }[], f: NumberFormat): string;

  /** What a screen reader hears for an average's line. */
  averageLabel(
    args: {
      readonly label: string;
      readonly method: string;
      readonly polls: number;
      readonly value: string;
      readonly date: string;
      /** The band drawn, whose range `lo`–`hi` is: the average's own 95% range, or where 95% of polls fall. */
      readonly band: "average" | "polls" | "none";
      readonly lo: string;
      readonly hi: string;
    },
    f: NumberFormat,
  ): string;
}

/** The words of the methods note. */
export interface MethodsWords {
  /** One pollster's latest poll: "The AP-NORC poll of 1,068 U.S. adults was conducted Jan. 26–30, 2023, …". */
  pollMethod(poll: PollMethod, f: NumberFormat): string;
  /** A tracker's polls: "The 312 polls, by seven pollsters, were conducted from …". */
  pollSet(set: PollSet, f: NumberFormat): string;
  /**
   * What reading the data did, from `dataset.processing`: "Of the file’s 1,879 rows, the 120 where issue
   * is “economy” were read. Two rows were left out: lines 824 and 1019, start date after end date. …"; empty when
   * it did nothing to say.
   */
  processing(processing: PollProcessing, f: NumberFormat): string;
}

/** The words `poll-trend/dom` says of a poll to a keyboard or pointer user. */
export interface AnnounceWords {
  /** "the only poll", "the first poll", "the latest poll". */
  cue(at: "only" | "first" | "latest"): string;
  /** "unchanged from Gallup’s poll of March 2017", "up 2 percentage points from May 2022". */
  change(points: number, measure: Measure, then: string, pollster: string | undefined, f: NumberFormat): string;
  /** "margin of error ±4.2", or "no margin of error published". */
  margin(margin: number | undefined, f: NumberFormat): string;
  /** "1,068 U.S. adults", "1,068 respondents", "among U.S. adults". */
  sample(sample: number | undefined, population: string | undefined, f: NumberFormat): string;
  /** "poll average 46.1%". */
  average(value: string): string;
  /** "3 of 4". */
  position(index: number, count: number, f: NumberFormat): string;
  /** The keys, shown and described while the chart has focus; `table` when T goes to the data table. */
  keys(table: boolean): string;
  /** At a node with nothing inside: "Nothing below; Up goes back." */
  readonly nothingBelow: string;
  /** At the top: "The whole chart; Down goes in." */
  readonly wholeChart: string;
  /**
   * At the first or last of `count` siblings, which may be series or groups of polls by year or month:
   * "First of 4.", "Last of 4." (a language whose words agree with a noun says it without one).
   */
  endOf(first: boolean, count: number, f: NumberFormat): string;
  /** At a series' first or latest poll: "First poll of Approve; none earlier." */
  seriesEnd(first: boolean, label: string): string;
  /** A group of polls: "March 2020: 9 polls, between 41% and 45%" (`lo` equal to `hi`: one value). */
  group(label: string, count: number, lo: string, hi: string, f: NumberFormat): string;
  /** The tooltip's link to the data table: "Every poll: the data table". */
  readonly tableLink: string;
  /** What an update changed: "3 new polls, 1 poll removed"; empty when neither. */
  changed(added: number, removed: number, f: NumberFormat): string;
  /** Before the latest new poll: "; latest: ". */
  readonly latestNew: string;
}

/** The words of the data table. */
export interface TableWords {
  /** The dates column's header: "Poll dates". */
  readonly pollDates: string;
  /** The pollster column's header: "Pollster". */
  readonly pollster: string;
  /** The population column's header: "Population". */
  readonly population: string;
  /** The margin column's header: "Margin of error (percentage points)". */
  readonly margin: string;
  /** The sample column's header: "Sample size". */
  readonly sample: string;
  /** A cell the data leaves empty: "not given". */
  readonly notGiven: string;
  /**
   * A series a poll gives no figure for: "no figure". A file cannot say whether the poll did not ask, or
   * asked and did not publish (Europe Elects' "Not Available"), so the words say neither.
   */
  readonly notAsked: string;
  /** A margin the pollster did not publish: "not published". */
  readonly notPublished: string;
  /** The month column's header in the table by month: "Month (poll end dates)". */
  readonly month: string;
  /** The count column's header in the table by month: "Polls". */
  readonly polls: string;
  /** A month without a poll: "no poll". */
  readonly noPoll: string;
  /** The table by month's name: "By month". */
  readonly byMonth: string;
  /** A series' column in the table by month: "Approve: mean of the month’s polls". */
  mean(label: string): string;
  /** The default caption: "Percent of U.S. adults". */
  percentOf(population: string): string;
  /**
   * A population as the table's population column shows it: poll-trend's own English names ("registered
   * voters", which it writes for a CSV's "rv") in the table's language; others as the data has them.
   */
  populationName?(population: string): string;
}

/** A panel of small multiples, as the overview names it: its name and its value now. */
export interface PanelText {
  /** The panel's name: its series' label, or its group; with several series, "Democrats, Sending funds". */
  readonly name: string;
  /** Its latest value, written: "59%", "−14.2". */
  readonly value: string;
}

/** The words of small multiples (`renderSmallMultiples`): a panel's name, and the overview. */
export interface MultiplesWords {
  /** The panel's accessible name: "Economy: −14.2", "Sending funds: Democrats 59%, Republicans 21%". */
  panel(name: string, values: readonly { readonly label?: string; readonly value: string }[]): string;
  /**
   * The figure's name, as a chart's is ("Line chart of …, span"), and the overview's first sentence: how
   * many panels over what span. "Three panels, May 2022 to January 2023".
   */
  name(panels: number, span: string, f: NumberFormat): string;
  /**
   * The overview, the figure's description: how many panels over what span, which is highest and lowest
   * now, and which moved most since its first value. "6 panels, March 2025 to February 2026. Highest in the latest
   * figures:
   * Immigration, −2.3; lowest: Inflation, −27.5. Moved most: Economy, down 10.1 points since March 2025."
   */
  overview(
    o: {
      readonly panels: number;
      readonly span: string;
      readonly highest: PanelText;
      readonly lowest: PanelText;
      readonly moved?: PanelText & { readonly points: number; readonly measure: Measure; readonly since: string };
      /**
       * Where some series were left out of the highest and lowest as no longer polled (not within 45
       * days of the latest poll), how many were in: "…, among the 8 polled within 45 days of the latest poll".
       */
      readonly among?: number;
    },
    f: NumberFormat,
  ): string;
  /** The figure's role, for `aria-roledescription`: "small multiples". */
  readonly roleDescription: string;
}

/** The words of the report page. */
export interface ReportWords {
  /** The methods section's heading: "Methods". */
  readonly methods: string;
  /** The data section's heading: "Data". */
  readonly data: string;
  /** Before the source's link: "Source: ". */
  readonly source: string;
  /** The figure's accessible name: "Chart". */
  readonly chart: string;
  /** The table's region name: "Data table". */
  readonly dataTable: string;
  /** The table by month's region name: "Data table by month". */
  readonly dataTableByMonth: string;
  /** The every-poll table's region name: "Data table, every poll". */
  readonly dataTableEveryPoll: string;
  /** The every-poll table's caption: "Every poll, percent of U.S. adults". */
  everyPoll(of: string): string;
  /** The table by month's caption: "Polls by month, percent of U.S. adults". */
  pollsByMonth(of: string): string;
  /**
   * The control that shows every poll: "Every poll (6,854 rows)". Rows of the table, which are questions
   * where a poll asked several versions: "1,201 rows" of 1,174 polls.
   */
  everyPollCount(count: number, f: NumberFormat): string;
  /** A long list's link to every poll: "Every poll, as a CSV file (6,854 rows)", rows as {@link everyPollCount}'s. */
  everyPollCsv(count: number, f: NumberFormat): string;
  /** What a caption's values are: ", percent of U.S. adults", or ", percent". */
  ofPopulation(population: string | undefined): string;
}
