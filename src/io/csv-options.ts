import { PARSE_OPTION_FIELDS } from "../model/parse-options.js";
import {
  type Infer,
  list,
  type Nested,
  nested,
  object,
  oneOf,
  optional,
  Problem,
  date,
  record,
  run,
  text,
  when,
} from "../model/schema.js";
import type { PollSource } from "../model/types.js";
import { DATE_FORMATS, type DateFormat, POINT_HEADERS } from "./columns.js";

/** A cell's text, which may be empty: a filter can keep rows whose `state` is empty (national polls). */
const cellText = when<string>((v) => typeof v === "string", "a string (it may be empty)");

const filterFields = {
  /** The column's header, matched without regard to case, spaces, `_` or `-`. */
  column: optional(text),
  /** The cell's text, exactly (after trimming spaces). */
  value: optional(cellText),
};

/**
 * Keep only the rows whose `column` holds `value`, such as FiveThirtyEight's `subgroup` of "All polls".
 *
 * @example
 * const filter: CsvFilter = { column: "subgroup", value: "All polls" };
 */
export interface CsvFilter {
  /** The column's header, matched without regard to case, spaces, `_` or `-`. */
  readonly column: string;
  /** The cell's text, exactly (after trimming spaces); `""` keeps rows where the column is empty. */
  readonly value: string;
}

const filter = object(filterFields, "an object with a column and a value", (f, path, issues) => {
  if (f.column === undefined)
    issues.push({ path: [...path, "column"], message: "expected a column name, received nothing" });
  if (f.value === undefined)
    issues.push({ path: [...path, "value"], message: "expected the text to keep, received nothing" });
}) as Nested<CsvFilter>;

const filters: Nested<CsvFilter | readonly CsvFilter[]> = nested((value, path, issues) =>
  Array.isArray(value) ? run(list(filter, "filters"), value, path, issues) : run(filter, value, path, issues),
);

const measure = oneOf("share", "net");
const measures: Nested<"share" | "net" | Readonly<Record<string, "share" | "net">>> = nested((value, path, issues) =>
  typeof value === "string"
    ? run(measure, value, path, issues)
    : run(
        record(measure, text, '"share", "net", or an object of series names to "share" or "net"'),
        value,
        path,
        issues,
      ),
);

const source: Nested<string | PollSource> = nested((value, path, issues) => {
  if (typeof value === "string") {
    const checked = text(value);
    if (checked instanceof Problem) issues.push({ path, message: `expected ${checked.expected}` });
    return checked instanceof Problem ? undefined : checked;
  }
  return run(
    object({ name: optional(text), url: optional(text), note: optional(text) }, "a name, or an object with a name"),
    value,
    path,
    issues,
  ) as PollSource;
});

const CSV_OPTION_FIELDS = {
  ...PARSE_OPTION_FIELDS,
  /**
   * The dataset title. Default: the series labels in sentence case ("Approve and disapprove"; a later
   * label is lowercased only where it begins with an answer word such as approve, favorable, support or
   * yes, so names keep their capitals: "Bianco, Hilton and Porter"), or "33 poll series" for more than three.
   */
  title: optional(text),
  /**
   * A line under the title. None by default: the filter a file was read with is in `processing.filter`, for the words
   * to say in their language.
   */
  subtitle: optional(text),
  /** Who published the data: a name, or a source object with a name and a link. */
  source: optional(source),
  /** Who was surveyed, e.g. "U.S. adults", when the file has no `population` column. */
  population: optional(text),
  /** Named in error messages, e.g. "data.csv". Default "CSV". */
  fileName: optional(text),
  /**
   * Columns the reader does not know: `"error"` (default; nothing is dropped silently) or `"ignore"`,
   * to read a wider file, such as an aggregator's poll list, and keep only the columns poll-trend knows.
   */
  unknownColumns: optional(oneOf("error", "ignore")),
  /**
   * Wide files: the columns that each hold one series' values, e.g. `["Approve", "Disapprove"]`, in a
   * file with one row per poll and no `series` or `value` column. Each becomes a series labeled with
   * its header.
   */
  valueColumns: optional(list(text, "column names", "column name")),
  /**
   * How the file writes dates: `"YYYY-MM-DD"` (default), `"M/D/YYYY"` (FiveThirtyEight's `5/29/2020`,
   * also with two-digit years, `4/21/19`) or `"D/M/YYYY"`. Two-digit years 00–68 are 2000–2068 and
   * 69–99 are 1969–1999, as POSIX reads them.
   */
  dateFormat: optional(oneOf<DateFormat>(...DATE_FORMATS)),
  /**
   * Keep only the rows whose column holds a value: one filter, or several. Filters on different columns
   * must all hold; several on one column keep a row that holds any of their values
   * (`[{ column: "issue", value: "economy" }, { column: "issue", value: "inflation" }]`). Recorded in
   * `processing.filter`, with the rows of the file and the rows kept. A filter whose value the column never
   * holds is an error listing the values it does hold.
   */
  filter: optional(filters),
  /**
   * A row without a value (empty, `N/A`, `NA` or `-` in the value column): `"error"` (default), or
   * `"skip"`, which leaves it out and counts it in `processing`, for the methods note to say.
   */
  missingValues: optional(oneOf("error", "skip")),
  /**
   * What the values are: `"share"` (default, percent of respondents) or `"net"` (a net value or a lead,
   * −100 to 100) for every series, or an object of series names to either. A value column named `net`,
   * `net_approval`, `net_favorability`, `margin` or `lead` is net unless this says otherwise.
   */
  measure: optional(measures),
  /**
   * A row that cannot be a poll (its field start after its end, an end after `asOf`, a value missing,
   * not a number or out of range, a date that is no calendar date): `"error"` (default) names each row
   * and this option; `"skip"` leaves it out and lists it, with its physical line and why, in
   * `processing.invalidRowsSkipped`, for the methods note and the CLI to say. It takes precedence over
   * `missingValues`. Other bad cells (a sample size of "abc") are always errors: the file is misread.
   */
  invalidRows: optional(oneOf("error", "skip")),
  /**
   * ISO `YYYY-MM-DD`: the day the list was published or is read. A poll that ended after it is a row that
   * cannot be a poll (a typo: a poll dated December 2026 in a file of February 2026), an error or, with
   * `invalidRows: "skip"`, left out. No default here (the library has no clock); the CLI's is today.
   */
  asOf: optional(date),
  /**
   * Labels for series, by their name in the file (a value column's header, a series column's cell):
   * `{ approve: "Approve", disapprove: "Disapprove" }`. The series' id stays the name in the file. A
   * name the file does not have is an error listing those it has.
   */
  labels: optional(record(text, text, "an object of series names in the file to labels")),
  /**
   * The column whose cells name the series of a long file, one series per distinct cell, e.g. `"issue"`
   * in a list of issue approval with one row per poll and issue. Its values are read from the `value`
   * (or `pct`) column, or from `valueColumns`: with one, each series is named after the cell
   * ("economy"); with several, after the cell and the column ("economy: approve").
   */
  seriesColumn: optional(text),
  /**
   * The column that holds a field of a poll, by its header, where a file calls it what poll-trend does not
   * know: `{ date: "Datum", pollster: "Institut" }` (a German list), `{ date: "PollDate" }`. It takes
   * precedence over the headers each field is read from by default; a header the file lacks is an error
   * listing those it has.
   */
  columns: optional(
    record(
      text,
      oneOf(...(Object.keys(POINT_HEADERS) as (keyof typeof POINT_HEADERS)[])),
      'an object of a poll\'s fields to the headers of the columns that hold them, e.g. { date: "Datum" }',
    ),
  ),
};

/**
 * Options of {@link parseCsv}: what a CSV cannot hold (title, source), how to read the file (its dates,
 * its columns, the rows to keep), and the options of {@link parseDataset}.
 *
 * @interface
 */
export type CsvOptions = Infer<typeof CSV_OPTION_FIELDS>;

/** The check of CSV options. */
export const csvOptions: Nested<CsvOptions> = object(CSV_OPTION_FIELDS, "an object of CSV options");

/** The filters as a list. */
export const filtersOf = (value: CsvOptions["filter"]): readonly CsvFilter[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as CsvFilter];
