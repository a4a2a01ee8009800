import {
  boolean,
  type Check,
  date,
  fail,
  hexColor,
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
} from "./schema.js";
import { processing } from "./processing.js";

export { type PollProcessing, ROW_PROBLEMS } from "./processing.js";

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
  date: required(date),
  /** ISO `YYYY-MM-DD`: the first day of fieldwork; not after `date`. */
  fieldStart: optional(date),
  /**
   * Percent of respondents, from 0 to 100, decimals kept as given; in a series with `measure: "net"`, a
   * net value or lead in percentage points, from −100 to 100.
   */
  value: required(signedPercent),
  /**
   * ± percentage points at 95% confidence, exactly as the pollster published it (for a share of its
   * sample, also in a net series: the margin of a lead is derived from it, see `PollSeries.measure`).
   */
  marginOfError: optional(percent),
  /** Number of respondents. Aggregators' effective sample sizes may have decimals (2202.5); it is shown rounded. */
  sampleSize: optional(sampleSize),
  /** The full breakdown of answers in percent, e.g. `{ favor: 48, oppose: 29, neither: 22 }`. */
  responses: optional(record(percent, text, "an object of answers to percentages")),
  /** Who conducted the poll, e.g. "AP-NORC". Overrides `PollDataset.pollster`. */
  pollster: optional(text),
  /**
   * Who was surveyed in this poll, e.g. "registered voters", where polls in a tracker differ. Overrides
   * `PollDataset.population`.
   */
  population: optional(text),
  /** Who paid for it, when that is not the pollster. */
  sponsor: optional(text),
  /** How it was fielded, e.g. "online and phone, probability panel". */
  mode: optional(text),
  /** Where this figure was published: its provenance. */
  citation: optional(source),
  /** A note on this poll, e.g. a change in question wording. */
  note: optional(text),
  /**
   * Whether this is a release of a daily tracking poll (FiveThirtyEight's `tracking` column): a rolling
   * sample, published every day. A poll average gives all of a pollster's releases one pollster's weight.
   */
  tracking: optional(boolean),
  /**
   * The publisher's id of the poll, where the data has one (FiveThirtyEight's `poll_id`): part of the poll's identity.
   */
  pollId: optional(text),
  /**
   * The publisher's id of the question, where the data has one (FiveThirtyEight's `question_id`): one poll
   * may ask several versions of a question (with and without a candidate), each its own result.
   */
  questionId: optional(text),
};

/**
 * One published poll result: the share of respondents giving one answer, at one time.
 *
 * @interface
 * @example
 * const point: PollPoint = {
 *   date: "2023-01-30", fieldStart: "2023-01-26", value: 48, marginOfError: 4.2, sampleSize: 1068,
 * };
 */
export type PollPoint = Infer<typeof pointFields>;
const point: Check<PollPoint> = object(pointFields, "a poll point object", (p, path, issues) => {
  if (p.fieldStart !== undefined && p.date !== undefined && p.fieldStart! > p.date!) {
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
  label: required(text),
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
  /**
   * Who this series' polls surveyed, when it is a part of the whole (e.g. "Republicans"). Overrides
   * `PollDataset.population`.
   */
  population: optional(text),
  /**
   * The `id` of the series this one is a part of: a subgroup ("Republicans") of all respondents ("All
   * adults"). The words compare a part with its whole and with other parts, never as rivals.
   */
  partOf: optional(text),
  /**
   * The group a series belongs to in small multiples drawn `by: "group"` (one panel per group), e.g. a
   * question asked of several subgroups ("Sending funds" for "Democrats" and "Republicans"), or a party.
   * Series of one group are drawn in one panel; series that share a label share a color across panels.
   */
  group: optional(text),
  /**
   * The series' own color, `#rrggbb` (a party's): drawn in every chart of it, whatever else is drawn
   * beside it, in place of the palette's. It needs at least 3:1 contrast with the chart's background;
   * one that has less is refused, with the nearest shade of its hue that passes. The chart option
   * `colors` sets it per chart, and per scheme.
   */
  color: optional(hexColor),
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
