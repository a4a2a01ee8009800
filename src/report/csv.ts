import type { PollDataset } from "../model/types.js";
import { pollRows } from "../summary/table.js";

// Every poll of a long list as a CSV file, for a report's link: one row per poll, a column per series,
// under the names poll-trend reads (parseCsv with valueColumns: the series' ids reads it back).

/** The poll fields a row may carry, in the file's order; a column only where some poll has it. */
const COLUMNS = [
  "date",
  "fieldStart",
  "pollster",
  "population",
  "sampleSize",
  "marginOfError",
  "sponsor",
  "mode",
  "tracking",
  "pollId",
  "questionId",
  "note",
] as const;

/** A CSV cell: quoted where it holds a comma, a quote or a line break (RFC 4180). */
const cell = (value: unknown): string => {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The polls of a dataset as CSV text: a header, then a row per poll, oldest first. */
export function pollsCsv(dataset: PollDataset): string {
  const rows = pollRows(dataset).map(({ point, pollster, population, values }) => ({
    ...point,
    pollster,
    population,
    values,
  }));
  const columns = COLUMNS.filter((c) => rows.some((r) => r[c] !== undefined));
  const lines = [[...columns, ...dataset.series.map((s) => s.id)].map(cell).join(",")];
  for (const r of rows)
    lines.push([...columns.map((c) => r[c]), ...dataset.series.map((s) => r.values.get(s.id))].map(cell).join(","));
  return `${lines.join("\n")}\n`;
}

/** CSV text as a `data:` URL a link downloads: only what a URL cannot hold is escaped, so commas stay commas. */
export const csvUrl = (csv: string): string => `data:text/csv;charset=utf-8,${encodeURI(csv).replace(/#/g, "%23")}`;
