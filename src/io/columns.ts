import { isIsoDate } from "../model/dates.js";
import type { OptionWords } from "../model/schema.js";
import type { POINT_FIELDS } from "../model/types.js";

// Which model field a CSV column fills, and how a cell becomes a value. The headers a field is read
// from are the CSV reader's own table, here: an app that never reads a file does not carry them.

/** "Field Start", "field_start" and "fieldStart" are one column. */
export const normalizeHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");

/**
 * How dates are written in a file. Two-digit years are 2000–2068 for 00–68 and 1969–1999 for 69–99, as POSIX reads
 * them.
 */
export type DateFormat = "YYYY-MM-DD" | "M/D/YYYY" | "D/M/YYYY";
export const DATE_FORMATS: readonly DateFormat[] = ["YYYY-MM-DD", "M/D/YYYY", "D/M/YYYY"];

/** Columns that hold dates, but not a poll's: FiveThirtyEight's model run, the time a row was added. */
const NOT_POLL_DATES = new Set(["modeldate", "createddate", "createdat", "timestamp", "updated", "updatedat"]);

/** A field of a poll. */
type PointField = keyof typeof POINT_FIELDS;

/**
 * The headers each field of a poll is read from, normalized (lower case, no spaces, `_` or `-`), after
 * its own name, in order of preference. A field not listed (`responses`, `citation`) is not read from a
 * file.
 */
export const POINT_HEADERS: { readonly [K in PointField]?: readonly string[] } = {
  date: ["date", "enddate", "end", "fieldend", "fieldworkend"],
  fieldStart: ["startdate", "start", "fieldworkstart"],
  value: ["value", "pct", "percent"],
  marginOfError: ["moe", "margin"],
  sampleSize: ["samplesize", "n", "sample"],
  pollster: ["pollster", "pollingfirm"],
  population: ["population"],
  sponsor: ["sponsor", "sponsors", "commissioners"],
  mode: ["mode", "methodology"],
  note: ["note", "notes"],
  tracking: ["tracking"],
  pollId: ["pollid"],
  questionId: ["questionid"],
};

const POINT_COLUMNS = new Map<string, PointField>();
for (const [name, headers] of Object.entries(POINT_HEADERS) as [PointField, readonly string[]][])
  for (const alias of [normalizeHeader(name), ...headers])
    if (!POINT_COLUMNS.has(alias)) POINT_COLUMNS.set(alias, name);

/**
 * The headers of the series column: a long file's series names (`series`, `candidate_name`,
 * FiveThirtyEight's favorability lists' `politician`).
 */
const SERIES_COLUMNS = new Set(["series", "candidatename", "candidate", "politician"]);

/** What a column of a file is for. */
export type Role =
  | { readonly kind: "series" }
  | { readonly kind: "point"; readonly field: PointField }
  | { readonly kind: "wide"; readonly series: number }
  | { readonly kind: "unknown"; readonly why?: string };

/** The CSV names of every field poll-trend reads, for error messages: `series, date, value, …`. */
export const KNOWN_COLUMNS = ["series", ...new Set(POINT_COLUMNS.values())].filter((f) => f !== "responses");

/**
 * The role of each header. Each field takes the first column that names it, preferring its own name,
 * then its aliases in order; a later column naming the same field is unknown. Wide files map their
 * value columns to series first; `columns` names the column of a field (`{ date: "Datum" }`) before its
 * default headers; `seriesColumn` names the column whose cells name the series (else a `series`,
 * `candidate_name` or `politician` column).
 */
export function rolesOf(
  header: readonly string[],
  wide: readonly string[],
  seriesColumn?: string,
  columns: Readonly<Record<string, string>> = {},
): Role[] {
  const normal = header.map(normalizeHeader);
  const wideNormal = wide.map(normalizeHeader);
  const taken = new Set<string>();
  const byPriority = (names: readonly string[]) => {
    for (const name of names) {
      const at = normal.indexOf(name);
      if (at >= 0) return at;
    }
    return -1;
  };
  const chosen = new Map<number, Role>();
  wideNormal.forEach((name, series) => {
    const at = normal.indexOf(name);
    if (at >= 0) chosen.set(at, { kind: "wide", series });
  });
  const claim = (at: number, role: Role, key: string) => {
    if (at < 0 || chosen.has(at) || taken.has(key)) return;
    chosen.set(at, role);
    taken.add(key);
  };
  // The caller's columns first: a field named there is read from its column alone.
  for (const [field, name] of Object.entries(columns))
    claim(normal.indexOf(normalizeHeader(name)), { kind: "point", field: field as PointField }, field);
  if (seriesColumn !== undefined) claim(normal.indexOf(normalizeHeader(seriesColumn)), { kind: "series" }, "series");
  // With value columns too: rows of different candidates are different series, never one series'
  // versions (FiveThirtyEight's favorability list read for `favorable` pooled 17 politicians).
  else claim(byPriority([...SERIES_COLUMNS]), { kind: "series" }, "series");
  for (const [name, headers] of Object.entries(POINT_HEADERS) as [PointField, readonly string[]][]) {
    if (wide.length && name === "value") continue;
    claim(byPriority([normalizeHeader(name), ...headers]), { kind: "point", field: name }, name);
  }
  return header.map((_, i) => {
    const role = chosen.get(i);
    if (role) return role;
    const name = normal[i]!;
    if (NOT_POLL_DATES.has(name)) return { kind: "unknown", why: "a date that is not a poll's" };
    if (POINT_COLUMNS.has(name) || SERIES_COLUMNS.has(name))
      return { kind: "unknown", why: "a second column for a field another column fills" };
    return { kind: "unknown" };
  });
}

/**
 * Cells that mean "not given": "Not Available" and "N.A%" as Europe Elects writes them, a percent sign
 * after any of them.
 */
const MISSING = new Set(["", "na", "n/a", "n.a", "n.a.", "not available", "-", "–", "—", "null", "none"]);
export const isMissing = (cell: string) => MISSING.has(cell.toLowerCase().replace(/%$/, ""));

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
// Poll lists abbreviate who was surveyed; these are the codes FiveThirtyEight and RealClearPolitics use.
const POPULATIONS: Record<string, string> = { a: "adults", v: "voters", rv: "registered voters", lv: "likely voters" };
const TRUE = new Set(["t", "true", "yes", "y", "1"]);
const FALSE = new Set(["f", "false", "no", "n", "0"]);

/** A date cell in ISO form, or the cell as it was (the model then says what is wrong). */
export function isoDate(cell: string, format: DateFormat): string {
  if (format === "YYYY-MM-DD") return cell;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(cell);
  if (!match) return cell;
  const [first, second, year] = [Number(match[1]), Number(match[2]), match[3]!];
  const [month, day] = format === "M/D/YYYY" ? [first, second] : [second, first];
  const fullYear = year.length === 4 ? Number(year) : Number(year) + (Number(year) <= 68 ? 2000 : 1900);
  return `${String(fullYear).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A number: "52%" is 52, "±3.5" is 3.5, a sample of "1,050" is 1050; anything else stays text. */
function numeric(cell: string, thousands: boolean): number | string {
  const bare = cell.replace(/^±\s*/, "").replace(/\s*%$/, "");
  if (NUMBER.test(bare)) return Number(bare);
  if (thousands && THOUSANDS.test(bare)) return Number(bare.replace(/,/g, ""));
  return cell;
}

/** A cell as its field wants it; `undefined` for a missing optional cell. */
export function cellValue(field: PointField, cell: string, format: DateFormat): unknown {
  switch (field) {
    case "value":
      return cell === "" ? undefined : numeric(cell, false);
    case "marginOfError":
    case "sampleSize":
      return isMissing(cell) ? undefined : numeric(cell, field === "sampleSize");
    case "date":
    case "fieldStart":
      return cell === "" ? undefined : isoDate(cell, format);
    case "tracking": {
      const lower = cell.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) || isMissing(cell) ? undefined : cell;
    }
    case "population":
      return isMissing(cell) ? undefined : (POPULATIONS[cell.toLowerCase()] ?? cell);
    default:
      return isMissing(cell) ? undefined : cell;
  }
}

/**
 * Which date format a cell that is not ISO seems to be written in, for the error to name the option that
 * reads it; where the file is read in that format already (`format`), or in the other and the day exists
 * in neither order, that the day does not exist: "2/30/18", "2/29/18".
 */
export function dateHint(cell: string, words: OptionWords, format?: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(cell);
  if (!match) return "";
  const dayFirst = Number(match[1]) > 12;
  const suggested = dayFirst ? "D/M/YYYY" : "M/D/YYYY";
  if (format === suggested || (format && !isIsoDate(isoDate(cell, suggested)))) return " (no such day in the calendar)";
  return dayFirst
    ? ` (read dates written day first, such as 29/5/2020, with ${words("dateFormat", "D/M/YYYY")})`
    : ` (read dates written month first, such as 5/29/2020 or 4/21/19, with ${words("dateFormat", "M/D/YYYY")})`;
}
