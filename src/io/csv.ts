import { csvParseRows } from "d3-dsv";
import { PollDataError } from "../model/error.js";
import { safeParseDataset } from "../model/parse.js";
import type { PollDataIssue, PollDataset, PollSource } from "../model/types.js";

/** Dataset fields a CSV cannot hold, and the name used in error messages. */
export interface CsvOptions {
  /** The dataset title. Default: the file name without its extension, or "Poll trend". */
  readonly title?: string;
  /** Who published the data, e.g. "AP-NORC Center for Public Affairs Research". */
  readonly source?: string | PollSource;
  /** Who was surveyed, e.g. "U.S. adults". */
  readonly population?: string;
  /** Named in error messages, e.g. "data.csv". Default "CSV". */
  readonly fileName?: string;
}

const REQUIRED = ["series", "date", "value"];
const OPTIONAL = ["fieldStart", "marginOfError", "sampleSize"];
const NUMERIC = new Set(["value", "marginOfError", "sampleSize"]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads poll results from CSV text with a header row: `series`, `date` and `value` are required;
 * `fieldStart`, `marginOfError` and `sampleSize` are optional. Each distinct `series` becomes a
 * series labeled with that text. Quoted fields (with commas, quotes or line breaks) follow RFC 4180.
 *
 * @throws {PollDataError} naming the line and column of every bad cell, e.g.
 * `data.csv line 2, column value: expected a number from 0 to 100, received "abc"`.
 * @example
 * const dataset = parseCsv(readFileSync("polls.csv", "utf8"), { fileName: "polls.csv", source: "AP-NORC" });
 */
export function parseCsv(text: string, options: CsvOptions = {}): PollDataset {
  const file = options.fileName ?? "CSV";
  const rows = csvParseRows(text.replace(/^\uFEFF/, ""));
  const header = (rows[0] ?? []).map((name) => name.trim());
  const issues: PollDataIssue[] = [];
  for (const name of REQUIRED) if (!header.includes(name)) issues.push({ path: `${file} line 1`, message: `expected a column named "${name}", received columns ${JSON.stringify(header)}` });
  header.forEach((name, i) => {
    if (!REQUIRED.includes(name) && !OPTIONAL.includes(name)) issues.push({ path: `${file} line 1, column ${i + 1}`, message: `expected one of ${[...REQUIRED, ...OPTIONAL].join(", ")}, received ${JSON.stringify(name)}` });
  });
  if (issues.length) throw new PollDataError(issues);

  // Where each point came from (lines[series][point]), to turn dataset paths back into lines and columns.
  const lines: number[][] = [];
  const indexOf = new Map<string, number>();
  const series: { id: string; label: string; points: Record<string, unknown>[] }[] = [];
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (row.length === 1 && row[0] === "") return; // a blank line
    const cells = new Map(header.map((name, i) => [name, (row[i] ?? "").trim()]));
    const label = cells.get("series") ?? "";
    let at = indexOf.get(label);
    if (at === undefined) {
      at = series.length;
      indexOf.set(label, at);
      series.push({ id: label, label, points: [] });
      lines.push([]);
    }
    const point: Record<string, unknown> = {};
    for (const [name, cell] of cells) {
      if (name === "series" || (cell === "" && OPTIONAL.includes(name))) continue;
      point[name] = NUMERIC.has(name) && NUMBER.test(cell) ? Number(cell) : cell === "" ? undefined : cell;
    }
    series[at]?.points.push(point);
    lines[at]?.push(line);
  });

  const source = typeof options.source === "string" ? { name: options.source } : options.source;
  const input = {
    title: options.title ?? (options.fileName?.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "") || "Poll trend"),
    ...(source ? { source } : {}),
    ...(options.population ? { population: options.population } : {}),
    series,
  };
  const result = safeParseDataset(input);
  if (result.ok) return result.value;
  const seen = new Set<string>();
  const mapped: PollDataIssue[] = [];
  for (const issue of result.issues) {
    const point = /^series\[(\d+)\]\.points\[(\d+)\]\.?(\w*)/.exec(issue.path);
    const name = /^series\[(\d+)\]\.(id|label)/.exec(issue.path);
    const path = point
      ? `${file} line ${lines[Number(point[1])]?.[Number(point[2])]}${point[3] ? `, column ${point[3]}` : ""}`
      : name
        ? `${file} line ${lines[Number(name[1])]?.[0] ?? 2}, column series`
        : (/^(title|source|population)/.exec(issue.path)?.[1] ?? `${file}: ${issue.path}`);
    // A blank series name fails as both id and label: say it once.
    const key = `${path}\n${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mapped.push({ path, message: issue.message });
  }
  throw new PollDataError(mapped);
}
