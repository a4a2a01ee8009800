import { isIsoDate } from "../model/dates.js";
import { pollOf } from "../model/polls.js";
import type { Issue } from "../model/schema.js";
import type { PollPoint } from "../model/types.js";
import { type DateFormat, dateHint, isoDate, type Role } from "./columns.js";
import type { Building } from "./places.js";

// The model's problems said with what the file shows: the cell as written, the column that tells two
// rows apart, and the option that reads the file.

/** What the explanations read: the file's rows, its columns, the series read. */
export interface Context {
  readonly series: readonly Building[];
  readonly rows: readonly string[][];
  readonly roles: readonly Role[];
  readonly header: readonly string[];
  readonly format: DateFormat;
}

/**
 * The model's problems explained. The first in the file about a row's date or value names `invalidRows`,
 * unless a problem of the reader on an earlier line (`namedAt`, the first record whose problem names it)
 * already does; so does the same problem of that row in another series, so that the two are still said once.
 */
export function explain(issues: readonly Issue[], c: Context, namedAt: number): Issue[] {
  const half = pollShares(c);
  const explained = issues.map((issue) => withOtherColumns(withDateFormat(issue, c), c, half));
  // A row-level problem's row and field: "12:value".
  const keyOf = (issue: Issue) => {
    const [root, s, below, p, field] = issue.path;
    const rowLevel =
      root === "series" && below === "points" && (field === "date" || field === "fieldStart" || field === "value");
    const record = rowLevel && !issue.related ? c.series[s as number]?.records[p as number] : undefined;
    return record === undefined ? undefined : ([record, `${record}:${String(field)}`] as const);
  };
  const keys = explained.map(keyOf);
  let first = namedAt;
  let noted: string | undefined;
  for (const key of keys) if (key && key[0] < first) [first, noted] = key;
  return explained.map((issue, i) => {
    if (noted === undefined || keys[i]?.[1] !== noted) return issue;
    const note = issue.note;
    return {
      ...issue,
      note: (words) =>
        `${note ? `${typeof note === "string" ? note : note(words)}; ` : ""}rows that cannot be polls are left out ` +
        `and listed with ${words("invalidRows", "skip")}`,
    };
  });
}

/** Of the polls read, the share a filter on one column would keep: counted once per column and value. */
function pollShares(c: Context): (column: number, value: string) => number {
  const records = new Map<number, string>();
  for (const s of c.series)
    for (let i = 0; i < s.points.length; i++)
      records.set(s.records[i]!, pollOf(s.points[i] as unknown as PollPoint, {}));
  const all = new Set(records.values()).size;
  const known = new Map<string, number>();
  return (column, value) => {
    const key = `${column}\u0000${value}`;
    let share = known.get(key);
    if (share === undefined) {
      const kept = new Set<string>();
      for (const [record, poll] of records) if ((c.rows[record]?.[column] ?? "").trim() === value) kept.add(poll);
      share = all ? kept.size / all : 0;
      known.set(key, share);
    }
    return share;
  };
}

/**
 * Two rows that clash (the same poll twice) may differ in a column poll-trend does not read, such as
 * FiveThirtyEight's `subgroup`, which lists one poll in "All polls" and again in "Adults": say so, and
 * how to keep one, but only with a filter that keeps at least half of the polls read (never one that
 * keeps one poll of 6,275: a poll's own id or link tells rows apart but is no way to read a file).
 */
function withOtherColumns(issue: Issue, c: Context, share: (column: number, value: string) => number): Issue {
  if (!issue.related || issue.path[0] !== "series") return issue;
  const recordOf = (path: Issue["path"]) => c.series[path[1] as number]?.records[path[3] as number];
  const [a, b] = [recordOf(issue.path), recordOf(issue.related)];
  if (a === undefined || b === undefined) return issue;
  const cell = (record: number, column: number) => (c.rows[record]?.[column] ?? "").trim();
  const differ = c.roles.flatMap((role, i) => (role.kind === "unknown" && cell(a, i) !== cell(b, i) ? [i] : []));
  const column = differ[0];
  if (column === undefined) return issue;
  const name = c.header[column]!;
  const [mine, theirs] = [cell(a, column), cell(b, column)];
  let filter: { column: number; value: string } | undefined;
  for (const i of differ) {
    const best = [cell(b, i), cell(a, i)].sort((x, y) => share(i, y) - share(i, x))[0]!;
    if (share(i, best) >= 0.5) {
      filter = { column: i, value: best };
      break;
    }
  }
  const note = issue.note;
  return {
    ...issue,
    note: (words) => {
      const keep = filter
        ? `: keep one with ${words("filter", { column: c.header[filter.column]!, value: filter.value })}`
        : "";
      const more = note ? `; ${typeof note === "string" ? note : note(words)}` : "";
      return (
        `the two rows differ in column ${name} (${JSON.stringify(theirs)} and ` +
        `${JSON.stringify(mine)})${keep}${more}`
      );
    },
  };
}

/**
 * Date columns written with slashes (FiveThirtyEight's 5/29/2020) in a file read as ISO: one problem per
 * column, naming the option that reads it, rather than one for each of its 24,356 cells.
 */
export function slashDates(rows: readonly string[][], roles: readonly Role[], header: readonly string[]): Issue[] {
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
        `expected a calendar date written YYYY-MM-DD, received ` +
        `${JSON.stringify(cell)}` +
        `${
          count > 1
            ? `, and ${(count - 1).toLocaleString("en-US")} more dates in column ${header[column]} ` +
              `written with slashes`
            : ""
        }${dateHint(cell, words)}`,
    });
  });
  return issues;
}

/** A date the model refused, said with the cell as the file wrote it and the option that reads it. */
function withDateFormat(issue: Issue, c: Context): Issue {
  const [root, s, , p, field] = issue.path as [string, number, string, number, string];
  if (root !== "series" || (field !== "date" && field !== "fieldStart")) return issue;
  const record = c.series[s]?.records[p] ?? 0;
  const cell = (c.rows[record]?.[c.roles.findIndex((r) => r.kind === "point" && r.field === field)] ?? "").trim();
  if (isIsoDate(isoDate(cell, c.format))) {
    if (field !== "fieldStart") return issue;
    // A valid start refused for its order: said with the end as the file names it.
    const endAt = c.roles.findIndex((r) => r.kind === "point" && r.field === "date");
    const end = (c.rows[record]?.[endAt] ?? "").trim();
    return {
      ...issue,
      message:
        `expected a start on or before the poll's end (${JSON.stringify(end)} in column ` +
        `${c.header[endAt]}), received ${JSON.stringify(cell)}`,
    };
  }
  return {
    ...issue,
    message: (words) =>
      `expected a calendar date written ${c.format}, received ${JSON.stringify(cell)}` +
      dateHint(cell, words, c.format),
  };
}
