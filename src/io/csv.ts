import { dsvFormat } from "d3-dsv";
import { dataError, jsonWhere } from "../model/error.js";
import { isIsoDate } from "../model/dates.js";
import { checkOptions, parseIssues } from "../model/parse.js";
import type { Issue, Path } from "../model/schema.js";
import type { PollDataset } from "../model/types.js";
import {
  cellValue,
  type DateFormat,
  dateHint,
  isMissing,
  isoDate,
  KNOWN_COLUMNS,
  normalizeHeader,
  type Role,
  rolesOf,
} from "./columns.js";
import { type CsvOptions, csvOptions, filtersOf } from "./csv-options.js";
import { detectDelimiter, recordLines } from "./lines.js";

export type { CsvFilter, CsvOptions } from "./csv-options.js";

/** A series being read: its points, and the record each came from. */
interface Building {
  readonly label: string;
  readonly points: Record<string, unknown>[];
  readonly records: number[];
}

/** Where the problems of a parsed CSV are: the physical line of a record, the header of a field. */
class Places {
  private lines?: number[];
  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly header: readonly string[],
    private readonly roles: readonly Role[],
    private readonly series: readonly Building[],
    private readonly wide: boolean,
  ) {}

  /** The physical line of record `r` (0 is the header): counted only when a problem needs it. */
  line(record: number): number {
    this.lines ??= recordLines(this.text);
    return this.lines[record] ?? record + 1;
  }

  /** The header of the column that fills a point field of series `s`. */
  column(field: string, s: number): string {
    if (field === "value" && this.wide)
      return this.header[this.roles.findIndex((r) => r.kind === "wide" && r.series === s)] ?? field;
    if (field === "id" || field === "label")
      return this.header[this.roles.findIndex((r) => r.kind === "series")] ?? "series";
    return this.header[this.roles.findIndex((r) => r.kind === "point" && r.field === field)] ?? field;
  }

  /** "polls.csv line 4, column value"; `short` leaves out the file, for "first at line 2". */
  where(path: Path, short = false): string {
    const [root, s, below, p, field] = path as [string, number?, string?, number?, string?];
    const file = short ? "" : `${this.file} `;
    if (root === "header") return `${file}line 1${s === undefined ? "" : `, column ${s + 1}`}`;
    if (root === "rows")
      return `${file}line ${this.line(s ?? 0)}, column ${below === undefined ? this.column("value", 0) : this.header[below as unknown as number]}`;
    if (root !== "series") return root === "options" ? jsonWhere(path) : `options.${jsonWhere(path)}`;
    const series = s === undefined ? undefined : this.series[s];
    if (!series) return `${this.file}, column ${this.column("value", 0)}`;
    if (below === "points" && p !== undefined) {
      const at = `${file}line ${this.line(series.records[p] ?? 0)}`;
      return field ? `${at}, column ${this.column(field, s as number)}` : at;
    }
    return `${file}line ${this.line(series.records[0] ?? 0)}, column ${this.column(String(below), s as number)}`;
  }
}

/** The title a file without one gets: its series ("Approve and Disapprove"), never its file name. */
function titleOf(series: readonly Building[]): string {
  const labels = series.map((s) => s.label).filter(Boolean);
  if (labels.length === 0) return "Poll trend";
  if (labels.length > 3) return `${labels.length} poll series`;
  return labels.length === 1 ? (labels[0] as string) : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

/**
 * Reads poll results from CSV text with a header row, as poll lists are published. Long form: a series
 * column (`series`, or `candidate_name`), `date` and `value` (or `pct`), one row per poll and series;
 * each distinct series name becomes a series. Wide form (with `valueColumns`): one row per poll, a
 * column per series. Optional columns, per row, under poll-trend's names or aggregators' (FiveThirtyEight's):
 * `fieldStart` (`startdate`, `start_date`), `date` (`enddate`, `end_date`), `marginOfError` (`moe`),
 * `sampleSize` (`samplesize`, `sample_size`; `1,050` reads as 1050), `pollster`, `population` (the codes
 * a, v, rv and lv are spelled out), `sponsor` (`sponsors`), `mode` (`methodology`), `note` (`notes`),
 * `tracking` (T/F, true/false), `pollId` (`poll_id`) and `questionId` (`question_id`). `modeldate`,
 * `createddate` and `timestamp` are not poll dates. Header names match without regard to case, spaces,
 * `_` or `-`. The delimiter (comma, semicolon or tab) is detected; quoted fields follow RFC 4180, and
 * problems name the physical line even after quoted line breaks. `N/A`, `NA`, `-` and empty cells are
 * missing in optional columns. `52%` reads as 52.
 *
 * @throws {PollDataError} naming the line and column of every bad cell, e.g.
 * `data.csv line 2, column value: expected a number from 0 to 100, received "abc"`, and the option that
 * reads a file written otherwise (`dateFormat`, `unknownColumns`, `missingValues`, `scale`).
 * @example
 * const polls = parseCsv(readFileSync("approval_polllist.csv", "utf8"), {
 *   fileName: "approval_polllist.csv",
 *   filter: { column: "subgroup", value: "All polls" },
 *   valueColumns: ["approve", "disapprove"],
 *   dateFormat: "M/D/YYYY",
 *   unknownColumns: "ignore",
 * });
 */
export function parseCsv(text: string, options: CsvOptions = {}): PollDataset {
  const optionIssues: Issue[] = [];
  const o = checkOptions(csvOptions, options, optionIssues);
  if (!o || optionIssues.length) throw dataError(optionIssues);
  const file = o.fileName ?? "CSV";
  const clean = text.replace(/^\uFEFF/, "");
  const rows = dsvFormat(detectDelimiter(clean)).parseRows(clean);
  const header = (rows[0] ?? []).map((name) => name.trim());
  const wide = o.valueColumns?.map((c) => c.trim()) ?? [];
  const roles = rolesOf(header, wide);
  const series: Building[] = [];
  const places = new Places(clean, file, header, roles, series, wide.length > 0);
  const fail = (issues: readonly Issue[]) =>
    dataError(
      issues,
      (path) => places.where(path),
      (path) => places.where(path, true),
    );
  const issues: Issue[] = [];
  if (o.unknownColumns !== "ignore") {
    const unknown = roles.flatMap((role, i) =>
      role.kind === "unknown" ? [`${JSON.stringify(header[i])}${role.why ? ` (${role.why})` : ""}`] : [],
    );
    if (unknown.length) {
      const first = roles.findIndex((r) => r.kind === "unknown");
      issues.push({
        path: unknown.length === 1 ? ["header", first] : ["header"],
        message: (words) =>
          `expected only columns poll-trend reads (${KNOWN_COLUMNS.join(", ")}${wide.length ? `, ${wide.join(", ")}` : ""}), received ${unknown.length === 1 ? "the column" : `${unknown.length} others:`} ${unknown.join(", ")}; read a wider file with ${words("unknownColumns", "ignore")}${wide.length ? "" : `, and columns of values with ${words("valueColumns")}`}`,
      });
    }
  }
  const has = (kind: Role["kind"], field?: string) =>
    roles.some((r) => r.kind === kind && (field === undefined || (r.kind === "point" && r.field === field)));
  const missingColumn = (name: string, hint = false) =>
    issues.push({
      path: ["header"],
      message: (words) =>
        `expected a column named "${name}"${hint && !wide.length ? ` (a file with one column per series is read with ${words("valueColumns")})` : ""}, received columns ${JSON.stringify(header)}`,
    });
  if (!wide.length && !has("series")) missingColumn("series", true);
  if (!has("point", "date")) missingColumn("date");
  if (!wide.length && !has("point", "value")) missingColumn("value", true);
  wide.forEach((name, series) => {
    if (!roles.some((r) => r.kind === "wide" && r.series === series)) missingColumn(name);
  });
  const filters = filtersOf(o.filter).map((filter, i) => {
    const at = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(filter.column));
    if (at < 0) {
      const path = Array.isArray(o.filter) ? ["options", "filter", i, "column"] : ["options", "filter", "column"];
      issues.push({
        path,
        message: `expected a column of ${file} (${header.join(", ")}), received ${JSON.stringify(filter.column)}`,
      });
    }
    return { at, value: filter.value };
  });
  const format = o.dateFormat ?? "YYYY-MM-DD";
  if (format === "YYYY-MM-DD") issues.push(...slashDates(rows, roles, header));
  if (issues.length) throw fail(issues);

  const indexOf = new Map<string, number>();
  const seriesAt = (label: string) => {
    let at = indexOf.get(label);
    if (at === undefined) {
      at = series.length;
      indexOf.set(label, at);
      series.push({ label, points: [], records: [] });
    }
    return at;
  };
  if (wide.length)
    for (const name of wide)
      seriesAt(header[roles.findIndex((r) => r.kind === "wide" && r.series === wide.indexOf(name))] ?? name);
  const valueAt = roles.findIndex((r) => r.kind === "point" && r.field === "value");
  const cellIssues: Issue[] = [];
  let skipped = 0;
  for (let record = 1; record < rows.length; record++) {
    const row = rows[record] as string[];
    if (row.every((cell) => cell.trim() === "")) continue; // a blank line
    if (filters.some((f) => (row[f.at] ?? "").trim() !== f.value)) continue;
    const shared: Record<string, unknown> = {};
    let label = "";
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i] as Role;
      const cell = (row[i] ?? "").trim();
      if (role.kind === "series") label = cell;
      else if (role.kind === "point" && role.field !== "value") {
        const value = cellValue(role.field, cell, format);
        if (value !== undefined) shared[role.field] = value;
      }
    }
    const add = (at: number, cell: string) => {
      const point: Record<string, unknown> = { ...shared, value: cellValue("value", cell, format) };
      (series[at] as Building).points.push(point);
      (series[at] as Building).records.push(record);
    };
    if (!wide.length) {
      const cell = (row[valueAt] ?? "").trim();
      if (!isMissing(cell)) add(seriesAt(label), cell);
      else if (o.missingValues === "skip") skipped++;
      else {
        cellIssues.push({
          path: ["rows", record],
          message: (words) =>
            `expected a number from 0 to 100, received ${JSON.stringify(cell)} (rows without a value are skipped with ${words("missingValues", "skip")})`,
        });
      }
      continue;
    }
    // A wide row may leave a series blank: that poll did not ask about it.
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i] as Role;
      const cell = (row[i] ?? "").trim();
      if (role.kind === "wide" && !isMissing(cell)) add(role.series, cell);
    }
  }

  const measureOf = (label: string) => (typeof o.measure === "string" ? o.measure : o.measure?.[label]);
  const input = {
    title: o.title ?? titleOf(series),
    ...(o.source ? { source: typeof o.source === "string" ? { name: o.source } : o.source } : {}),
    ...(o.population ? { population: o.population } : {}),
    series: series.map((s) => {
      const measure = measureOf(s.label);
      return { id: s.label, label: s.label, ...(measure ? { measure } : {}), points: s.points };
    }),
    ...(skipped ? { processing: { rowsWithoutValueSkipped: skipped } } : {}),
  };
  const parse = {
    ...(o.duplicates ? { duplicates: o.duplicates } : {}),
    ...(o.populations ? { populations: o.populations } : {}),
    ...(o.scale ? { scale: o.scale } : {}),
  };
  const { value, issues: found } = parseIssues(input, parse);
  if (value && cellIssues.length === 0) return value;
  const explained = found.map((issue) =>
    withOtherColumns(withDateFormat(issue, series, rows, roles, format), series, rows, roles, header),
  );
  throw fail([...cellIssues, ...explained]);
}

/**
 * Two rows that clash (the same poll twice) may differ in a column poll-trend does not read, such as
 * FiveThirtyEight's `subgroup`, which lists one poll in "All polls" and again in "Adults": say so, and
 * how to keep one.
 */
function withOtherColumns(
  issue: Issue,
  series: readonly Building[],
  rows: readonly string[][],
  roles: readonly Role[],
  header: readonly string[],
): Issue {
  if (!issue.related || issue.path[0] !== "series") return issue;
  const recordOf = (path: Issue["path"]) => series[path[1] as number]?.records[path[3] as number];
  const [a, b] = [recordOf(issue.path), recordOf(issue.related)];
  if (a === undefined || b === undefined) return issue;
  const differ = roles.flatMap((role, i) =>
    role.kind === "unknown" && (rows[a]?.[i] ?? "").trim() !== (rows[b]?.[i] ?? "").trim() ? [i] : [],
  );
  const column = differ[0];
  if (column === undefined) return issue;
  const [mine, theirs] = [(rows[a]?.[column] ?? "").trim(), (rows[b]?.[column] ?? "").trim()];
  const name = header[column] as string;
  return {
    ...issue,
    note: (words) =>
      `the two rows differ in column ${name} (${JSON.stringify(theirs)} and ${JSON.stringify(mine)}): keep one with ${words("filter", { column: name, value: theirs })}`,
  };
}

/**
 * Date columns written with slashes (FiveThirtyEight's 5/29/2020) in a file read as ISO: one problem per
 * column, naming the option that reads it, rather than one for each of its 24,356 cells.
 */
function slashDates(rows: readonly string[][], roles: readonly Role[], header: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  roles.forEach((role, column) => {
    if (role.kind !== "point" || (role.field !== "date" && role.field !== "fieldStart")) return;
    let first: { cell: string; record: number } | undefined;
    let count = 0;
    for (let record = 1; record < rows.length; record++) {
      const cell = (rows[record]?.[column] ?? "").trim();
      if (!/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(cell)) continue;
      first ??= { cell, record };
      count++;
    }
    if (!first) return;
    const { cell, record } = first;
    issues.push({
      path: ["rows", record, column],
      message: (words) =>
        `expected a calendar date written YYYY-MM-DD, received ${JSON.stringify(cell)}${count > 1 ? `, and ${(count - 1).toLocaleString("en-US")} more dates in column ${header[column]} written with slashes` : ""}${dateHint(cell, words)}`,
    });
  });
  return issues;
}

/** A date the model refused, said with the cell as the file wrote it and the option that reads it. */
function withDateFormat(
  issue: Issue,
  series: readonly Building[],
  rows: readonly string[][],
  roles: readonly Role[],
  format: DateFormat,
): Issue {
  const [root, s, , p, field] = issue.path as [string, number, string, number, string];
  if (root !== "series" || (field !== "date" && field !== "fieldStart")) return issue;
  const record = series[s]?.records[p] ?? 0;
  const cell = (rows[record]?.[roles.findIndex((r) => r.kind === "point" && r.field === field)] ?? "").trim();
  // A valid date refused for its order (a field start after the end) keeps the model's words.
  if (isIsoDate(isoDate(cell, format))) return issue;
  const written = format === "YYYY-MM-DD" ? "YYYY-MM-DD" : format;
  return {
    ...issue,
    message: (words) =>
      `expected a calendar date written ${written}, received ${JSON.stringify(cell)}${dateHint(cell, words)}`,
  };
}
