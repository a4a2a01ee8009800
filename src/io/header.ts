import type { Issue } from "../model/schema.js";
import { KNOWN_COLUMNS, normalizeHeader, type Role } from "./columns.js";
import { type CsvOptions, filtersOf } from "./csv-options.js";
import type { FilterGroup } from "./read-rows.js";

/** A filter as the caller gave it, with where it is in the options and the column it reads. */
export interface PlacedFilter {
  readonly at: number;
  readonly column: string;
  readonly value: string;
  readonly path: readonly (string | number)[];
}

/**
 * The problems of a header, before any row is read: columns poll-trend does not know (unless told to
 * ignore them), required columns missing, a series column or filter column the file lacks. Returns the
 * filters placed on their columns and grouped: filters on one column keep a row holding any of their values.
 */
export function headerIssues(
  header: readonly string[],
  roles: readonly Role[],
  wide: readonly string[],
  o: CsvOptions,
  file: string,
  issues: Issue[],
): { placed: PlacedFilter[]; groups: FilterGroup[] } {
  if (o.unknownColumns !== "ignore") {
    const unknown = roles.flatMap((role, i) =>
      role.kind === "unknown" ? [`${JSON.stringify(header[i])}${role.why ? ` (${role.why})` : ""}`] : [],
    );
    if (unknown.length) {
      const first = roles.findIndex((r) => r.kind === "unknown");
      issues.push({
        path: unknown.length === 1 ? ["header", first] : ["header"],
        message: (words) =>
          `expected only columns poll-trend reads ` +
          `(${KNOWN_COLUMNS.join(", ")}${wide.length ? `, ${wide.join(", ")}` : ""}), received ` +
          `${unknown.length === 1 ? "the column" : `${unknown.length} others:`} ${unknown.join(", ")}; read a ` +
          `wider file with ` +
          `${words("unknownColumns", "ignore")}` +
          `${wide.length ? "" : `, and columns of values with ${words("valueColumns")}`}`,
      });
    }
  }
  const has = (kind: Role["kind"], field?: string) =>
    roles.some((r) => r.kind === kind && (field === undefined || (r.kind === "point" && r.field === field)));
  const missingColumn = (name: string, hint = false, field = false) =>
    issues.push({
      path: ["header"],
      message: (words) =>
        `expected a column named ` +
        `"${name}"` +
        `${
          hint && !wide.length ? ` (a file with one column per series is read with ${words("valueColumns")})` : ""
        }, received columns ${JSON.stringify(header)}` +
        (field ? `; one that holds it under another name is read with ${words("columns", { [name]: "…" })}` : ""),
    });
  const columnOf = (path: readonly (string | number)[], name: string) => {
    const at = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(name));
    if (at < 0)
      issues.push({
        path,
        message: `expected a column of ${file} (${header.join(", ")}), received ${JSON.stringify(name)}`,
      });
    return at;
  };
  if (o.seriesColumn !== undefined) columnOf(["options", "seriesColumn"], o.seriesColumn);
  else if (!wide.length && !has("series")) missingColumn("series", true);
  for (const [field, name] of Object.entries(o.columns ?? {})) columnOf(["options", "columns", field], name);
  // A column the caller named and the file lacks is said once, above.
  if (!has("point", "date") && !o.columns?.date) missingColumn("date", false, true);
  if (!wide.length && !has("point", "value") && !o.columns?.value) missingColumn("value", true, true);
  wide.forEach((name, series) => {
    if (!roles.some((r) => r.kind === "wide" && r.series === series)) missingColumn(name);
  });
  const placed = filtersOf(o.filter).map((filter, i) => {
    const path = Array.isArray(o.filter) ? ["options", "filter", i] : ["options", "filter"];
    return { at: columnOf([...path, "column"], filter.column), ...filter, path };
  });
  const groups = new Map<number, Set<string>>();
  for (const f of placed) groups.set(f.at, (groups.get(f.at) ?? new Set()).add(f.value));
  return { placed, groups: [...groups].map(([at, values]) => ({ at, values })) };
}

/**
 * Filters that keep no row: each whose value its column never holds is named, with the values the
 * column does hold (the most common first); filters that each match but together keep nothing are said so.
 */
export function emptyFilterIssues(
  rows: readonly string[][],
  placed: readonly PlacedFilter[],
  header: readonly string[],
  rowsInFile: number,
): Issue[] {
  const issues: Issue[] = [];
  for (const f of placed) {
    const counts = new Map<string, number>();
    for (let r = 1; r < rows.length; r++) {
      const cell = (rows[r]?.[f.at] ?? "").trim();
      counts.set(cell, (counts.get(cell) ?? 0) + 1);
    }
    if (counts.has(f.value)) continue;
    const held = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => JSON.stringify(v));
    const shown = held.slice(0, 8).join(", ") + (held.length > 8 ? ` and ${held.length - 8} others` : "");
    issues.push({
      path: [...f.path, "value"],
      message: `expected a value that column ${header[f.at]} holds (${shown}), received ${JSON.stringify(f.value)}`,
    });
  }
  if (issues.length === 0 && placed.length)
    issues.push({
      path: ["options", "filter"],
      message:
        `expected filters that keep some of the ${rowsInFile.toLocaleString("en-US")} rows of the file, ` +
        `received filters that each match rows but together keep none`,
    });
  return issues;
}
