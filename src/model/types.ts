import {
  boolean,
  type Check,
  count,
  date,
  fail,
  type Infer,
  list,
  type Nested,
  object,
  oneOf,
  optional,
  percent,
  record,
  required,
  sampleSize,
  signedPercent,
  text,
  url,
  when,
} from "./schema.js";

// One table of fields per entity: its check, whether it is required, the CSV headers it is read from,
// and its documentation (the JSDoc on each field, which the inferred types carry). The types below are
// inferred from these tables, so a new field is one edit here that the compiler checks everywhere.

const sourceFields = {
  /** Who published it, e.g. "AP-NORC Center for Public Affairs Research". */
  name: required(text),
  /** A link to it. Only `http:` and `https:` URLs are accepted. */
  url: optional(url),
  /** Anything a reader should know about it, e.g. the headline or date of the article. */
  note: optional(text),
};

/**
 * A publication or organization a figure comes from.
 *
 * @interface
 * @example
 * const source: PollSource = { name: "AP-NORC Center for Public Affairs Research", url: "https://apnorc.org/" };
 */
export type PollSource = Infer<typeof sourceFields>;
const source: Check<PollSource> = object(sourceFields, "an object with a name");

const pointFields = {
  /** ISO `YYYY-MM-DD`: the last day of fieldwork. The point is plotted here. */
  date: required(date, ["date", "enddate", "end", "fieldend"]),
  /** ISO `YYYY-MM-DD`: the first day of fieldwork; not after `date`. */
  fieldStart: optional(date, ["startdate", "start"]),
  /**
   * Percent of respondents, from 0 to 100, decimals kept as given; in a series with `measure: "net"`, a
   * net value or lead in percentage points, from −100 to 100.
   */
  value: required(signedPercent, ["value", "pct", "percent"]),
  /**
   * ± percentage points at 95% confidence, exactly as the pollster published it (for a share of its
   * sample, also in a net series: the margin of a lead is derived from it, see `PollSeries.measure`).
   */
  marginOfError: optional(percent, ["moe", "margin"]),
  /** Number of respondents. Aggregators' effective sample sizes may have decimals (2202.5); it is shown rounded. */
  sampleSize: optional(sampleSize, ["samplesize", "n", "sample"]),
  /** The full breakdown of answers in percent, e.g. `{ favor: 48, oppose: 29, neither: 22 }`. */
  responses: optional(record(percent, text, "an object of answers to percentages")),
  /** Who conducted the poll, e.g. "AP-NORC". Overrides `PollDataset.pollster`. */
  pollster: optional(text, ["pollster"]),
  /** Who was surveyed in this poll, e.g. "registered voters", where polls in a tracker differ. Overrides `PollDataset.population`. */
  population: optional(text, ["population"]),
  /** Who paid for it, when that is not the pollster. */
  sponsor: optional(text, ["sponsor", "sponsors"]),
  /** How it was fielded, e.g. "online and phone, probability panel". */
  mode: optional(text, ["mode", "methodology"]),
  /** Where this figure was published: its provenance. */
  citation: optional(source),
  /** A note on this poll, e.g. a change in question wording. */
  note: optional(text, ["note", "notes"]),
  /**
   * Whether this is a release of a daily tracking poll (FiveThirtyEight's `tracking` column): a rolling
   * sample, published every day. A poll average gives all of a pollster's releases one pollster's weight.
   */
  tracking: optional(boolean, ["tracking"]),
  /** The publisher's id of the poll, where the data has one (FiveThirtyEight's `poll_id`): part of the poll's identity. */
  pollId: optional(text, ["pollid"]),
  /**
   * The publisher's id of the question, where the data has one (FiveThirtyEight's `question_id`): one poll
   * may ask several versions of a question (with and without a candidate), each its own result.
   */
  questionId: optional(text, ["questionid"]),
};

/**
 * One published poll result: the share of respondents giving one answer, at one time.
 *
 * @interface
 * @example
 * const point: PollPoint = { date: "2023-01-30", fieldStart: "2023-01-26", value: 48, marginOfError: 4.2, sampleSize: 1068 };
 */
export type PollPoint = Infer<typeof pointFields>;
const point: Check<PollPoint> = object(pointFields, "a poll point object", (p, path, issues) => {
  if (p.fieldStart !== undefined && p.date !== undefined && (p.fieldStart as string) > (p.date as string)) {
    fail(issues, [...path, "fieldStart"], `a date on or before date (${p.date})`, p.fieldStart);
  }
  // Frozen now, nested objects too, so the final deep freeze passes over points without walking them.
  if (p.responses) Object.freeze(p.responses);
  if (p.citation) Object.freeze(p.citation);
  Object.freeze(p);
});

const seriesFields = {
  /** Unique within the dataset; used in element ids and class names. */
  id: required(text),
  /** Short name drawn beside the line, e.g. "Favor providing weapons". */
  label: required(text, ["series", "candidatename", "candidate"]),
  /** The question as asked, when it differs per series. */
  question: optional(text),
  /**
   * Past-tense verb phrase completing "48% of U.S. adults …", e.g. "favored providing weapons to Ukraine".
   * The summary uses it to write full sentences; without it, the summary names the series by its label.
   */
  predicate: optional(text),
  /**
   * `"share"` (default): each value is a percent of respondents, 0 to 100. `"net"`: each value is a net
   * value or a lead in percentage points, −100 to 100 (approve minus disapprove; one candidate's share
   * minus another's). A net series is drawn around a zero line with signed ticks, and its words say
   * "net approval of −8", never "−8%". The margin of error of a lead is taken as twice the poll's
   * published margin: for two shares of one sample that add to about 100%, the margin of their
   * difference is 2·m·√(1 − d²) for a lead d (as a proportion), so at most twice m.
   */
  measure: optional(oneOf("share", "net")),
  /** Who this series' polls surveyed, when it is a part of the whole (e.g. "Republicans"). Overrides `PollDataset.population`. */
  population: optional(text),
  /**
   * The `id` of the series this one is a part of: a subgroup ("Republicans") of all respondents ("All
   * adults"). The words compare a part with its whole and with other parts, never as rivals.
   */
  partOf: optional(text),
  /** The polls, sorted by `date`, then `fieldStart`, then `pollster`, once parsed. */
  points: required(list(point, "poll points", "poll point")),
};

/**
 * One answer tracked over time: a line on the chart.
 *
 * @interface
 * @example
 * const series: PollSeries = {
 *   id: "weapons",
 *   label: "Favor providing weapons",
 *   predicate: "favored providing weapons to Ukraine",
 *   points: [{ date: "2022-05-16", value: 60 }, { date: "2023-01-30", value: 48 }],
 * };
 */
export type PollSeries = Infer<typeof seriesFields>;
const series: Check<PollSeries> = object(seriesFields, "a series object");

const eventFields = {
  /** ISO `YYYY-MM-DD`. */
  date: required(date),
  /** Short text drawn beside the rule. */
  label: required(text),
};

/**
 * Something that happened, marked on the chart as a labeled vertical rule.
 *
 * @interface
 * @example
 * const event: PollEvent = { date: "2022-02-24", label: "Russia invades Ukraine" };
 */
export type PollEvent = Infer<typeof eventFields>;
const event: Check<PollEvent> = object(eventFields, "an event object with a date and a label");

/** Why a row could not be a poll (see `invalidRows` in `parseCsv`). */
export const ROW_PROBLEMS = [
  "start-after-end",
  "after-as-of",
  "value-out-of-range",
  "value-missing",
  "value-not-a-number",
  "date-not-valid",
] as const;

const leftOutFields = {
  /** The physical line of the row in the file (1 is the header), as an editor numbers it. */
  line: required(count),
  /**
   * Why it could not be a poll: `"start-after-end"` (its field start follows its end), `"after-as-of"`
   * (it ended after `asOf`), `"value-out-of-range"`, `"value-missing"`, `"value-not-a-number"` or
   * `"date-not-valid"` (an end or start date that is no calendar date).
   */
  reason: required(oneOf(...ROW_PROBLEMS)),
};

const filterFields = {
  /** The column's header as the caller named it. */
  column: required(text),
  /** The text kept (`""` keeps rows where the column is empty). */
  value: required(when<string>((v) => typeof v === "string", "a string (it may be empty)")),
};

const processingFields = {
  /** Rows that repeated an earlier row exactly (the same poll and value) and were dropped (`duplicates: "drop"`). */
  repeatedRowsDropped: optional(count),
  /** Rows of a poll listed once per population, dropped for the population kept (see `populations`). */
  otherPopulationsDropped: optional(count),
  /**
   * The order of populations a poll listed for several was kept by, when rows were dropped for it:
   * e.g. `["adults", "voters", "registered voters", "likely voters"]` for approval ratings.
   */
  populationOrder: optional(list(text, "populations", "population")),
  /** What the polls measure, when it chose `populationOrder`: `"approval"` or `"vote"` (see `pollKind`). */
  pollKind: optional(oneOf("approval", "vote")),
  /** Rows without a value, skipped on request (`missingValues: "skip"`). */
  rowsWithoutValueSkipped: optional(count),
  /** Values given as proportions (0.48) and multiplied by 100 (`scale: "proportion"`). */
  scaledFromProportions: optional(boolean),
  /**
   * Rows that could not be polls, left out on request (`invalidRows: "skip"`), in file order: each with
   * its physical line and why. Their number is this list's length.
   */
  invalidRowsSkipped: optional(list(object(leftOutFields, "a row left out: its line and reason"), "rows left out")),
  /** The date after which a poll was a row left out (`asOf`), ISO `YYYY-MM-DD`. */
  asOf: optional(date),
  /**
   * Rows that gave another value for a poll listed before, with no question id to tell them apart, and
   * were resolved as `conflicts` says: counted in rows of the file.
   */
  conflictingRows: optional(count),
  /** How those rows were resolved: `"first"` (the first row's value kept) or `"mean"` (the rows' mean). */
  conflicts: optional(oneOf("first", "mean")),
  /**
   * Polls that asked more than one version of a question (split samples, questions with and without a
   * candidate): `questions` versions from `polls` polls, e.g. 29 from 24. Present only when some poll
   * has several versions; see `pollOf` and `pollReadings`.
   */
  questions: optional(count),
  /** The polls those `questions` came from. */
  polls: optional(count),
  /** The rows kept, as the caller asked (`filter` in `parseCsv`, `--where` in the CLI). */
  filter: optional(list(object(filterFields, "a column and the text kept"), "filters")),
  /** Rows of the file, the header and blank lines not counted (with `filter`). */
  rowsInFile: optional(count),
  /** Of those, the rows the filter kept (with `filter`; may be none only when an error says so). */
  rowsMatchingFilter: optional(count),
};

/**
 * What reading the data did to it, so the methods note can say so: rows dropped, skipped or resolved on
 * request, the rows a filter kept, the population order polls were kept by, and polls of several
 * questions. Every count is of rows of the file (a poll in a wide file is one row whatever its series;
 * in a dataset given as objects, one poll's points across series count as one row), or of polls where
 * the name says so.
 *
 * @interface
 */
export type PollProcessing = Infer<typeof processingFields>;
const processing: Check<PollProcessing> = object(processingFields, "an object saying what reading the data did");

const datasetFields = {
  /** The headline: the chart's accessible name. */
  title: required(text),
  /** A line under the title, e.g. the finding in one sentence. */
  subtitle: optional(text),
  /** Who was surveyed, e.g. "U.S. adults". */
  population: optional(text),
  /** The question as asked. */
  question: optional(text),
  /** Who conducted the polls, e.g. "AP-NORC". Used in the methods note. */
  pollster: optional(text),
  /** Who published the data. Shown in the chart's footer and in the summary. */
  source: optional(source),
  /** Context to mark on the chart, sorted by date once parsed. */
  events: optional(list(event, "events")),
  /** At least one series. */
  series: required(list(series, "series", "series")),
  /** What reading the data did to it (rows dropped or skipped on request), for the methods note. */
  processing: optional(processing),
};

/**
 * A set of poll series on one topic: the input of every chart, summary and table.
 *
 * @interface
 * @example
 * const dataset: PollDataset = {
 *   title: "Support for arming Ukraine has slipped",
 *   population: "U.S. adults",
 *   pollster: "AP-NORC",
 *   series: [{ id: "weapons", label: "Favor providing weapons", points: [{ date: "2023-01-30", value: 48 }] }],
 * };
 */
export type PollDataset = Infer<typeof datasetFields>;

/** The check of a whole dataset's fields; relations between points and series are checked in parse.ts. */
export const datasetCheck: Nested<PollDataset> = object(
  datasetFields,
  "a dataset object with a title and a series list",
);

/** The point fields and the CSV headers each is read from, for the CSV reader. */
export const POINT_FIELDS = pointFields;
/** The series fields, for the CSV reader (the `series` column fills `id` and `label`). */
export const SERIES_FIELDS = seriesFields;
