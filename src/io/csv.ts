import { dsvFormat } from "d3-dsv";
import { dataError } from "../model/error.js";
import { pollKindOf } from "../model/kind.js";
import { checkOptions, parseIssues } from "../model/parse.js";
import type { Issue } from "../model/schema.js";
import type { PollDataset, PollProcessing } from "../model/types.js";
import { type Role, rolesOf } from "./columns.js";
import { type CsvOptions, csvOptions, filtersOf } from "./csv-options.js";
import { raceIssues } from "./races.js";
import { explain, slashDates } from "./explain.js";
import { emptyFilterIssues, headerIssues } from "./header.js";
import { detectDelimiter } from "./lines.js";
import { applyLabels, isNetColumn, titleOf } from "./names.js";
import { type Building, Places } from "./places.js";
import { fieldsOf, type Read, type Reading, readRows } from "./read-rows.js";

export type { CsvFilter, CsvOptions } from "./csv-options.js";

/**
 * Reads poll results from CSV text with a header row, as poll lists are published. Long form: a series
 * column (`series`, or `candidate_name`, or the one `seriesColumn` names), `date` and `value` (or `pct`),
 * one row per poll and series; each distinct series name becomes a series. Wide form (with
 * `valueColumns`): one row per poll, a column per series. Optional columns, per row, under poll-trend's
 * names or aggregators' (FiveThirtyEight's): `fieldStart` (`startdate`, `start_date`), `date`
 * (`enddate`, `end_date`), `marginOfError` (`moe`), `sampleSize` (`samplesize`, `sample_size`; `1,050`
 * reads as 1050), `pollster`, `population` (the codes a, v, rv and lv are spelled out), `sponsor`
 * (`sponsors`), `mode` (`methodology`), `note` (`notes`), `tracking` (T/F, true/false), `pollId`
 * (`poll_id`) and `questionId` (`question_id`). `modeldate`, `createddate` and `timestamp` are not poll
 * dates. Header names match without regard to case, spaces, `_` or `-`. The delimiter (comma, semicolon
 * or tab) is detected; quoted fields follow RFC 4180, and problems name the physical line even after
 * quoted line breaks. `N/A`, `NA`, `-` and empty cells are missing in optional columns. `52%` reads as 52.
 *
 * What reading did is in `processing`, counted in rows of the file (a wide row is one row, whatever its
 * series): rows left out (`invalidRows`), repeated, conflicting or of another population, the filter and
 * the rows it kept, and polls of several questions ("29 questions from 24 polls").
 *
 * @throws {PollDataError} naming the line and column of every bad cell, e.g.
 * `data.csv line 2, column value: expected a number from 0 to 100, received "abc"`, and the option that
 * reads a file written otherwise (`dateFormat`, `unknownColumns`, `missingValues`, `invalidRows`,
 * `conflicts`, `scale`); a value column empty in every row, naming it; a filter that keeps no row,
 * listing the values its column holds.
 * @example
 * const polls = parseCsv(readFileSync("president_approval_polls.csv", "utf8"), {
 *   fileName: "president_approval_polls.csv",
 *   valueColumns: ["approve", "disapprove"],
 *   labels: { approve: "Approve", disapprove: "Disapprove" },
 *   unknownColumns: "ignore",
 *   invalidRows: "skip",
 *   asOf: "2026-02-14",
 * });
 * polls.processing?.invalidRowsSkipped; // [{ line: 824, reason: "start-after-end" }, { line: 1019, … }]
 */
export function parseCsv(text: string, options: CsvOptions = {}): PollDataset {
  const optionIssues: Issue[] = [];
  const o = checkOptions(csvOptions, options, optionIssues);
  if (!o || optionIssues.length) throw dataError(optionIssues);
  const file = o.fileName ?? "CSV";
  const clean = text.replace(/^\uFEFF/, "");
  // An empty file is one problem, not a missing column for each that a header would name.
  if (clean.trim() === "")
    throw dataError([
      { path: ["header"], message: "expected a header row (series, date, value, …), received an empty file" },
    ]);
  const rows = dsvFormat(detectDelimiter(clean)).parseRows(clean);
  const header = (rows[0] ?? []).map((name) => name.trim());
  const wide = o.valueColumns?.map((c) => c.trim()) ?? [];
  const roles = rolesOf(header, wide, o.seriesColumn, o.columns);
  const issues: Issue[] = [];
  const { placed, groups } = headerIssues(header, roles, wide, o, file, issues);
  const format = o.dateFormat ?? "YYYY-MM-DD";
  if (format === "YYYY-MM-DD") issues.push(...slashDates(rows, roles, header));
  const early = new Places(clean, file, header, roles, []);
  const fail = (found: readonly Issue[], places = early) =>
    dataError(
      found,
      (path) => places.where(path),
      (path) => places.where(path, true),
    );
  if (issues.length) throw fail(issues);

  const valueColumns = wide.map((_, s) => roles.findIndex((r) => r.kind === "wide" && r.series === s));
  const measureOf = (key: string, column: number) =>
    typeof o.measure === "string"
      ? o.measure
      : (o.measure?.[key] ?? (isNetColumn(header[column] ?? "") ? ("net" as const) : undefined));
  const reading: Reading = {
    roles,
    header,
    format,
    filters: groups,
    valueColumns,
    named: roles.some((r) => r.kind === "series"),
    isNet: (key, column) => measureOf(key, column) === "net",
    invalidRows: o.invalidRows ?? "error",
    missingValues: o.missingValues ?? "error",
    ...(o.asOf !== undefined ? { asOf: o.asOf } : {}),
    proportion: o.scale === "proportion",
    fields: fieldsOf(rows),
  };
  const read = readRows(rows, reading);
  const places = new Places(clean, file, header, roles, read.series);
  const found = emptiness(read, reading, placed.length > 0);
  if (read.rowsKept === 0 && read.rowsInFile && placed.length)
    found.push(...emptyFilterIssues(rows, placed, header, read.rowsInFile));
  applyLabels(read.series, o.labels, found);
  if (!found.length) found.push(...raceIssues(rows, header, read.series));
  if (found.length) throw fail(found, places);

  const input = {
    title: o.title ?? titleOf(read.series.map((s) => s.label)),
    ...(o.subtitle ? { subtitle: o.subtitle } : {}),
    ...(o.source ? { source: typeof o.source === "string" ? { name: o.source } : o.source } : {}),
    ...(o.population ? { population: o.population } : {}),
    series: read.series.map((s) => {
      const measure = measureOf(s.key, s.column);
      return { id: s.key, label: s.label, ...(measure ? { measure } : {}), points: s.points };
    }),
    ...processingOf(read, places, o),
  };
  // Every column counts: an issue-approval list read for its net column still has approve and disapprove.
  const pollKind = o.pollKind ?? pollKindOf([...header, ...read.series.map((s) => s.key)]);
  const parse = {
    ...(o.duplicates ? { duplicates: o.duplicates } : {}),
    ...(o.conflicts ? { conflicts: o.conflicts } : {}),
    ...(pollKind ? { pollKind } : {}),
    ...(o.populations ? { populations: o.populations } : {}),
    ...(o.scale ? { scale: o.scale } : {}),
  };
  const rowOf = (s: number, p: number) => read.series[s]?.records[p] ?? -1;
  const { value, issues: model } = parseIssues(input, parse, rowOf);
  if (value && read.issues.length === 0) return value;
  const context = { series: read.series, rows, roles, header, format };
  // In file order, whichever step found them: a value out of range on line 6 before a bad size on line 10.
  // Every problem of the reader names invalidRows: the model's first names it only where it comes before them.
  const namedAt = read.issues.reduce((at, issue) => Math.min(at, places.record(issue.path)), Infinity);
  const all = [...read.issues, ...explain(model, context, namedAt)];
  throw fail(
    all.sort((a, b) => places.record(a.path) - places.record(b.path)),
    places,
  );
}

/** What the reader did, for `processing`; the model adds what it did. */
function processingOf(read: Read, places: Places, o: CsvOptions): { processing?: PollProcessing } {
  const filters = filtersOf(o.filter);
  const processing: PollProcessing = {
    ...(read.skipped ? { rowsWithoutValueSkipped: read.skipped } : {}),
    ...(read.invalid.length
      ? {
          invalidRowsSkipped: read.invalid.map(({ record, reason }) => ({ line: places.line(record), reason })),
        }
      : {}),
    ...(o.asOf !== undefined && read.invalid.some((i) => i.reason === "after-as-of") ? { asOf: o.asOf } : {}),
    ...(filters.length
      ? {
          filter: filters.map(({ column, value }) => ({ column, value })),
          rowsInFile: read.rowsInFile,
          rowsMatchingFilter: read.rowsKept,
        }
      : {}),
  };
  return Object.keys(processing).length ? { processing } : {};
}

/**
 * A column that should hold something and is empty in every row kept: a value column ("column ind is
 * empty in every row; leave it out of valueColumns"), the value column of a long file, the series column.
 * And no poll at all: a header alone, or a file whose every row was left out.
 */
function emptiness(read: Read, r: Reading, filtered: boolean): Issue[] {
  if (read.rowsInFile === 0)
    return [{ path: ["file"], message: "expected rows of polls below the header, received a header alone" }];
  // Rows a filter left out are said by the filter; rows that cannot be polls, below.
  if (read.rowsKept === 0 && filtered) return [];
  const where = filtered ? "every row the filter keeps" : "every row";
  const issues: Issue[] = [];
  // Columns are judged by the rows read: none where every row had more or fewer fields than the file's.
  const empty = (column: number) => read.rowsKept > 0 && (read.filled[column] ?? 0) === 0;
  for (const column of r.valueColumns)
    if (empty(column))
      issues.push({
        path: ["header", column],
        message: (words) =>
          `column ${r.header[column]} is ${
            column < r.fields
              ? `empty in ${where}`
              : `missing from every row (the header names ${r.header.length} columns, each row has ${r.fields} fields)`
          }; leave it out of ${words("valueColumns")}`,
      });
  const longValue = r.roles.findIndex((role: Role) => role.kind === "point" && role.field === "value");
  if (!r.valueColumns.length && longValue >= 0 && empty(longValue))
    issues.push({
      path: ["header", longValue],
      message: `column ${r.header[longValue]} is empty in ${where}: it holds no value to read`,
    });
  const series = r.roles.findIndex((role: Role) => role.kind === "series");
  if (series >= 0 && empty(series))
    issues.push({
      path: ["header", series],
      message: (words) =>
        `column ${r.header[series]} is empty in ${where}: it names no series (name the column that does with ` +
        `${words("seriesColumn")})`,
    });
  const points = read.series.reduce((n, s: Building) => n + s.points.length, 0);
  if (issues.length === 0 && points === 0 && read.issues.length === 0) {
    const left = read.invalid.length
      ? `${read.invalid.length.toLocaleString("en-US")} left out as rows that cannot be polls`
      : "";
    const skipped = read.skipped ? `${read.skipped.toLocaleString("en-US")} skipped without a value` : "";
    issues.push({
      path: ["file"],
      message:
        `expected at least one poll, received none of the ` +
        `${(filtered ? read.rowsKept : read.rowsInFile).toLocaleString("en-US")} rows ` +
        `read (${[left, skipped].filter(Boolean).join(", ")})`,
    });
  }
  return issues;
}
