import {
  boolean,
  type Check,
  count,
  date,
  type Infer,
  list,
  object,
  oneOf,
  optional,
  required,
  text,
  when,
} from "./schema.js";

// What reading did to a dataset, as a table of fields like the entities' in types.ts: the methods note
// says it, and the CLI's stderr says the rows left out.

/** Why a row could not be a poll (see `invalidRows` in `parseCsv`). */
export const ROW_PROBLEMS = [
  "start-after-end",
  "after-as-of",
  "value-out-of-range",
  "value-missing",
  "value-not-a-number",
  "date-not-valid",
  "field-count",
] as const;

const leftOutFields = {
  /** The physical line of the row in the file (1 is the header), as an editor numbers it. */
  line: required(count),
  /**
   * Why it could not be a poll: `"start-after-end"` (its field start follows its end), `"after-as-of"`
   * (it ended after `asOf`), `"value-out-of-range"`, `"value-missing"`, `"value-not-a-number"`,
   * `"date-not-valid"` (an end or start date that is no calendar date) or `"field-count"` (more or fewer
   * fields than the header names, so that its values cannot be told apart).
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
  /**
   * What the polls measure, where the reader was told or read it from a file's names: `"approval"` or
   * `"vote"` (see `pollKind`). It chose `populationOrder` unless the caller gave `populations`; `"vote"`
   * makes two series rivals, told by their lead.
   */
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
export const processing: Check<PollProcessing> = object(processingFields, "an object saying what reading the data did");
