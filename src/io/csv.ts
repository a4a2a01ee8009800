import { dsvFormat } from "d3-dsv";
import { PollDataError } from "../model/error.js";
import { safeParseDataset } from "../model/parse.js";
import type { PollDataIssue, PollDataset, PollSource } from "../model/types.js";

/** Dataset fields a CSV cannot hold, how to read it, and the name used in error messages. */
export interface CsvOptions {
  /** The dataset title. Default: the series labels ("Approve and Disapprove"). */
  readonly title?: string;
  /** Who published the data, e.g. "AP-NORC Center for Public Affairs Research". */
  readonly source?: string | PollSource;
  /** Who was surveyed, e.g. "U.S. adults", when the file has no `population` column. */
  readonly population?: string;
  /** Named in error messages, e.g. "data.csv". Default "CSV". */
  readonly fileName?: string;
  /**
   * Columns the reader does not know: `"error"` (default; nothing is dropped silently) or `"ignore"`,
   * to read a wider file, such as an aggregator's poll list, and keep only the columns poll-trend knows.
   */
  readonly unknownColumns?: "error" | "ignore";
  /**
   * Wide files: the columns that each hold one series' values, e.g. `["Approve", "Disapprove"]`, in a
   * file with one row per poll and no `series` or `value` column. Each becomes a series labeled with
   * its header.
   */
  readonly valueColumns?: readonly string[];
}

/** The columns poll-trend reads, by their normalized names (lowercase, no spaces, `_` or `-`). */
const COLUMNS: Record<string, string> = {
  series: "series",
  date: "date",
  enddate: "date",
  value: "value",
  fieldstart: "fieldStart",
  startdate: "fieldStart",
  marginoferror: "marginOfError",
  moe: "marginOfError",
  samplesize: "sampleSize",
  pollster: "pollster",
  population: "population",
  sponsor: "sponsor",
  mode: "mode",
  note: "note",
};
const NUMERIC = new Set(["value", "marginOfError", "sampleSize"]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
// Poll lists abbreviate who was surveyed; these are the codes FiveThirtyEight and RealClearPolitics use.
const POPULATIONS: Record<string, string> = { a: "adults", v: "voters", rv: "registered voters", lv: "likely voters" };

/** "Field Start", "field_start" and "fieldStart" are one column. */
export const normalizeHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");

/** The delimiter of a file: whichever of comma, semicolon and tab appears most in its header line, outside quotes. */
export function detectDelimiter(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** A cell as the model wants it: numbers for numeric columns ("52%" and "±3.5" read as 52 and 3.5), text otherwise. */
function cellValue(name: string, cell: string): unknown {
  if (NUMERIC.has(name)) {
    const bare = cell.replace(/^±\s*/, "").replace(/\s*%$/, "");
    return NUMBER.test(bare) ? Number(bare) : cell;
  }
  if (name === "population") return POPULATIONS[cell.toLowerCase()] ?? cell;
  return cell;
}

/** Where each point came from, to say "line 4" rather than "series[0].points[2]". */
type Lines = number[][];

function issuesAt(
  issues: readonly PollDataIssue[],
  file: string,
  lines: Lines,
  columnOf: (s: number, field: string) => string,
  labelOf: (s: number) => string,
): PollDataIssue[] {
  const seen = new Set<string>();
  const mapped: PollDataIssue[] = [];
  for (const issue of issues) {
    const point = /^series\[(\d+)\]\.points\[(\d+)\]\.?(\w*)/.exec(issue.path);
    const name = /^series\[(\d+)\]\.(id|label)/.exec(issue.path);
    const wholeSeries = /^series\[(\d+)\]\.points$/.exec(issue.path);
    const s = Number(point?.[1] ?? name?.[1] ?? wholeSeries?.[1] ?? 0);
    const path = point
      ? `${file} line ${lines[s]?.[Number(point[2])]}${point[3] ? `, column ${columnOf(s, point[3])}` : ""}`
      : name
        ? `${file} line ${lines[s]?.[0] ?? 2}, column ${columnOf(s, "series")}`
        : wholeSeries
          ? `${file}, column ${columnOf(s, "value")}, series ${JSON.stringify(labelOf(s))}`
          : (/^(title|source|population)/.exec(issue.path)?.[1] ?? `${file}: ${issue.path}`);
    const message = issue.message.replace(/points\[(\d+)\]/g, (_, i) => `line ${lines[s]?.[Number(i)]}`);
    // A blank series name fails as both id and label: say it once.
    const key = `${path}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mapped.push({ path, message });
  }
  return mapped;
}

/**
 * Reads poll results from CSV text with a header row. Long form: `series`, `date` and `value` are
 * required, one row per poll and series; each distinct `series` becomes a series. Wide form (with
 * `valueColumns`): one row per poll, a column per series. Optional columns, per row: `fieldStart`,
 * `marginOfError`, `sampleSize`, `pollster`, `population` (the codes a, v, rv and lv are spelled out),
 * `sponsor`, `mode` and `note`. Header names match without regard to case, spaces, `_` or `-`
 * (`Field Start`, `field_start`, `fieldStart`; also `end_date` for `date`, `start_date` for
 * `fieldStart`, `moe` for `marginOfError`). The delimiter (comma, semicolon or tab) is detected. A
 * value like `52%` reads as 52. Quoted fields follow RFC 4180.
 *
 * @throws {PollDataError} naming the line and column of every bad cell, e.g.
 * `data.csv line 2, column value: expected a number from 0 to 100, received "abc"`; an unknown column
 * is an error unless `unknownColumns: "ignore"`.
 * @example
 * const dataset = parseCsv(readFileSync("polls.csv", "utf8"), { fileName: "polls.csv", source: "AP-NORC" });
 */
export function parseCsv(text: string, options: CsvOptions = {}): PollDataset {
  const file = options.fileName ?? "CSV";
  const clean = text.replace(/^\uFEFF/, "");
  const rows = dsvFormat(detectDelimiter(clean)).parseRows(clean);
  const header = (rows[0] ?? []).map((name) => name.trim());
  const wide = options.valueColumns?.map((c) => c.trim()) ?? [];
  const issues: PollDataIssue[] = [];
  // Each column: the model field it fills, a wide-form series, or nothing (ignored).
  const roles = header.map((name, i) => {
    const known = COLUMNS[normalizeHeader(name)];
    const series = wide.findIndex((w) => normalizeHeader(w) === normalizeHeader(name));
    if (series >= 0) return { series };
    if (known && !(wide.length && (known === "series" || known === "value"))) return { field: known };
    if (options.unknownColumns !== "ignore") {
      const expected = [...new Set(Object.values(COLUMNS))].join(", ");
      issues.push({
        path: `${file} line 1, column ${i + 1}`,
        message: `expected one of ${expected}${wide.length ? ` or ${wide.join(", ")}` : ""} (or read with unknownColumns: "ignore"), received ${JSON.stringify(name)}`,
      });
    }
    return {};
  });
  const fields = roles.map((r) => r.field);
  const required = wide.length ? ["date"] : ["series", "date", "value"];
  const wideHint = wide.length ? "" : " (a file with one column per series is read with valueColumns)";
  for (const name of required)
    if (!fields.includes(name))
      issues.push({
        path: `${file} line 1`,
        message: `expected a column named "${name}"${name === "date" ? "" : wideHint}, received columns ${JSON.stringify(header)}`,
      });
  for (const [i, name] of wide.entries())
    if (!roles.some((r) => r.series === i))
      issues.push({
        path: `${file} line 1`,
        message: `expected a column named "${name}", received columns ${JSON.stringify(header)}`,
      });
  if (issues.length) throw new PollDataError(issues);

  const lines: Lines = [];
  const indexOf = new Map<string, number>();
  const series: { id: string; label: string; points: Record<string, unknown>[] }[] = [];
  const seriesAt = (label: string) => {
    let at = indexOf.get(label);
    if (at === undefined) {
      at = series.length;
      indexOf.set(label, at);
      series.push({ id: label, label, points: [] });
      lines.push([]);
    }
    return at;
  };
  if (wide.length)
    for (const name of wide) seriesAt(header[roles.findIndex((r) => r.series === wide.indexOf(name))] ?? name);
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (row.every((cell) => cell.trim() === "")) return; // a blank line
    const shared: Record<string, unknown> = {};
    let label = "";
    let value: string | undefined;
    roles.forEach((role, i) => {
      const cell = (row[i] ?? "").trim();
      if (role.field === "series") label = cell;
      else if (role.field === "value") value = cell;
      else if (role.field && cell !== "") shared[role.field] = cellValue(role.field, cell);
    });
    const add = (at: number, cell: string | undefined) => {
      series[at]?.points.push({
        ...shared,
        value: cell === undefined || cell === "" ? undefined : cellValue("value", cell),
      });
      lines[at]?.push(line);
    };
    if (!wide.length) add(seriesAt(label), value);
    else
      roles.forEach((role, i) => {
        // A wide row may leave a series blank: that poll did not ask about it.
        if (role.series !== undefined && (row[i] ?? "").trim() !== "") add(role.series, row[i]?.trim());
      });
  });

  const source = typeof options.source === "string" ? { name: options.source } : options.source;
  const labels = series.map((s) => s.label).filter(Boolean);
  const input = {
    title:
      options.title ??
      (labels.length === 0
        ? "Poll trend"
        : labels.length <= 3
          ? `${labels.slice(0, -1).join(", ")}${labels.length > 1 ? " and " : ""}${labels[labels.length - 1]}`
          : `${labels.length} poll series`),
    ...(source ? { source } : {}),
    ...(options.population ? { population: options.population } : {}),
    series,
  };
  const result = safeParseDataset(input);
  if (result.ok) return result.value;
  const columnOf = (s: number, field: string) => {
    if (wide.length && field === "value") return header[roles.findIndex((r) => r.series === s)] ?? field;
    return header[fields.indexOf(field)] ?? field;
  };
  throw new PollDataError(issuesAt(result.issues, file, lines, columnOf, (s) => series[s]?.label ?? ""));
}
