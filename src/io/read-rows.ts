import type { Issue } from "../model/schema.js";
import { cellValue, type DateFormat, isMissing, type Role } from "./columns.js";
import type { Building } from "./places.js";
import { type RowProblem, rowProblem } from "./row-checks.js";

/** The rows a filter keeps: a column, and the texts any of which keeps a row. */
export interface FilterGroup {
  readonly at: number;
  readonly values: ReadonlySet<string>;
}

/** How the rows are read: decided from the options and the header before the first row. */
export interface Reading {
  readonly roles: readonly Role[];
  readonly header: readonly string[];
  readonly format: DateFormat;
  readonly filters: readonly FilterGroup[];
  /** The value columns of a wide file or of a series column, in the order the caller named them. */
  readonly valueColumns: readonly number[];
  /** Whether a column names the series (a long file, or `seriesColumn`). */
  readonly named: boolean;
  /** Whether a value is net (−100 to 100) in the series of this id, read from this column. */
  readonly isNet: (id: string, column: number) => boolean;
  readonly invalidRows: "error" | "skip";
  readonly missingValues: "error" | "skip";
  readonly asOf?: string;
  readonly proportion: boolean;
  /** The fields every row has (see {@link fieldsOf}): a row with more or fewer cannot be read column by column. */
  readonly fields: number;
}

/**
 * How many fields a row must have: as many as the header names; or, where most rows have the same fewer
 * (a header naming a last column that no row fills, as some publishers write their lists), that many.
 * A row that differs from that has lost or gained a field somewhere, and every value after it would be
 * read under another column's name.
 */
export function fieldsOf(rows: readonly string[][]): number {
  const header = rows[0]?.length ?? 0;
  const counts = new Map<number, number>();
  let total = 0;
  for (let record = 1; record < rows.length; record++) {
    const row = rows[record]!;
    if (isBlank(row)) continue;
    counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    total++;
  }
  for (const [fields, n] of counts) if (fields < header && 2 * n > total) return fields;
  return header;
}

/** A blank line: no field with anything in it. */
const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === "");

/** Whether a row has the fields the file's rows have: more only where those beyond are empty. */
const fitted = (row: readonly string[], fields: number) =>
  row.length === fields || (row.length > fields && isBlank(row.slice(fields)));

/** What reading the rows gave: the series, the rows left out, the counts, and problems of rows. */
export interface Read {
  readonly series: Building[];
  /** Rows left out as invalid: record and why. */
  readonly invalid: { readonly record: number; readonly reason: RowProblem }[];
  /** Rows without a value skipped with `missingValues: "skip"`. */
  readonly skipped: number;
  readonly rowsInFile: number;
  readonly rowsKept: number;
  /** Cells filled in each column, over the rows kept: an empty value column is named. */
  readonly filled: readonly number[];
  readonly issues: Issue[];
}

/** Reads the data rows into series. A row is one poll; its cells go to one point per series it has a value for. */
export function readRows(rows: readonly string[][], r: Reading): Read {
  const series: Building[] = [];
  const byKey = new Map<string, number>();
  const seriesAt = (key: string, column: number) => {
    let at = byKey.get(key);
    if (at === undefined) {
      at = series.length;
      byKey.set(key, at);
      series.push({ key, label: key, column, points: [], records: [] });
    }
    return at;
  };
  const several = r.valueColumns.length > 1;
  // A wide file's series exist in the order of its columns, polled or not.
  if (!r.named) for (const column of r.valueColumns) seriesAt(r.header[column] ?? "", column);
  const seriesColumn = r.roles.findIndex((role) => role.kind === "series");
  const valueColumns = r.valueColumns.length
    ? r.valueColumns
    : [r.roles.findIndex((role) => role.kind === "point" && role.field === "value")];
  const filled = r.header.map(() => 0);
  const out: Read = { series, invalid: [], skipped: 0, rowsInFile: 0, rowsKept: 0, filled, issues: [] };
  let rowsKept = 0;
  let rowsInFile = 0;
  let skipped = 0;
  for (let record = 1; record < rows.length; record++) {
    const row = rows[record]!;
    if (isBlank(row)) continue;
    rowsInFile++;
    if (!fitted(row, r.fields)) {
      if (r.invalidRows === "skip") out.invalid.push({ record, reason: "field-count" });
      else out.issues.push(fieldCount(record, row.length, r));
      continue;
    }
    if (!r.filters.every((f) => f.values.has((row[f.at] ?? "").trim()))) continue;
    rowsKept++;
    const shared: Record<string, unknown> = {};
    for (let i = 0; i < r.roles.length; i++) {
      const role = r.roles[i]!;
      const cell = (row[i] ?? "").trim();
      if (cell !== "" && !isMissing(cell)) filled[i] = (filled[i] ?? 0) + 1;
      if (role.kind === "point" && role.field !== "value") {
        const value = cellValue(role.field, cell, r.format);
        if (value !== undefined) shared[role.field] = value;
      }
    }
    const name = seriesColumn >= 0 ? (row[seriesColumn] ?? "").trim() : "";
    const keyOf = (column: number) =>
      !r.named ? (r.header[column] ?? "") : several ? `${name}: ${r.header[column]}` : name;
    const cells = valueColumns.map((column) => ({ column, cell: (row[column] ?? "").trim() }));
    const given = cells.filter((c) => !isMissing(c.cell));
    const values = given.map((c) => ({
      ...c,
      value: cellValue("value", c.cell, r.format),
      net: r.isNet(keyOf(c.column), c.column),
    }));
    const problem = rowProblem(shared, values, r.asOf, r.proportion);
    if (problem && r.invalidRows === "skip") {
      out.invalid.push({ record, reason: problem });
      continue;
    }
    if (given.length === 0) {
      if (r.missingValues === "skip") skipped++;
      else out.issues.push(missingValue(record, cells, r.header));
      continue;
    }
    if (problem === "after-as-of") out.issues.push(afterAsOf(record, r, shared.date as string));
    for (const { column, value } of values) {
      const at = seriesAt(keyOf(column), column);
      const building = series[at]!;
      building.points.push({ ...shared, value });
      building.records.push(record);
    }
  }
  return { ...out, rowsInFile, rowsKept, skipped };
}

/** A row with no value in any value column: an error naming the options that leave it out. */
function missingValue(
  record: number,
  cells: readonly { readonly column: number; readonly cell: string }[],
  header: readonly string[],
): Issue {
  const [first] = cells;
  const one = cells.length === 1 && first !== undefined;
  const which = one ? "" : ` in any of columns ${cells.map((c) => header[c.column]).join(", ")}`;
  return {
    // A row of several value columns is placed by its line alone (-1: no column).
    path: ["rows", record, one ? first.column : -1],
    message: (words) =>
      `expected a number from 0 to 100${which}, received ${one ? JSON.stringify(first.cell) : "none"} (rows ` +
      `without a value are left out and listed with ${words("invalidRows", "skip")}, or skipped and counted with ` +
      `${words("missingValues", "skip")})`,
  };
}

/** A row with more or fewer fields than the file's rows: an error naming the option that leaves it out. */
function fieldCount(record: number, found: number, r: Reading): Issue {
  const whose = r.fields === r.header.length ? `the header names ${r.fields} columns` : "most rows have";
  return {
    path: ["rows", record, -1],
    message: (words) =>
      `expected ${r.fields} fields, as ${whose}, received ${found}: a field left out or added moves every value ` +
      `after it under another column's name (rows that cannot be polls are left out and listed with ` +
      `${words("invalidRows", "skip")})`,
  };
}

/** A poll that ended after the day the list is read: an error naming the option that leaves it out. */
function afterAsOf(record: number, r: Reading, date: string): Issue {
  const column = r.roles.findIndex((role) => role.kind === "point" && role.field === "date");
  return {
    path: ["rows", record, column],
    message: (words) =>
      `expected a poll that ended on or before ${words("asOf", r.asOf)}, received ${JSON.stringify(date)} (rows ` +
      `that cannot be polls are left out and listed with ${words("invalidRows", "skip")})`,
  };
}
