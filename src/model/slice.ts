import { dataError } from "./error.js";
import { parseDataset } from "./parse.js";
import { date, type Issues, run } from "./schema.js";
import type { PollDataset } from "./types.js";

/** The date range kept by {@link sliceDataset}; both ends are ISO `YYYY-MM-DD` and inclusive. */
export interface SliceRange {
  /** Keep polls whose last field date is on or after this day. */
  readonly from?: string;
  /** Keep polls whose last field date is on or before this day: "what was known by then". */
  readonly to?: string;
}

/**
 * Cuts a dataset to the polls in a date range, e.g. the polls published by the day of an article.
 * Series left with no polls are dropped; events outside the range are dropped too.
 *
 * @throws {PollDataError} when the input is invalid, a bound is not an ISO date (at `range.from` or
 * `range.to`), or no poll is left.
 * @example
 * const asOfArticle = sliceDataset(apNorcUkraineSupport, { to: "2023-02-15" });
 */
export function sliceDataset(input: PollDataset, range: SliceRange): PollDataset {
  const dataset = parseDataset(input);
  const issues: Issues = [];
  for (const key of ["from", "to"] as const)
    if (range[key] !== undefined) run(date, range[key], ["range", key], issues);
  const start = range.from;
  const end = range.to;
  if (start !== undefined && end !== undefined && issues.length === 0 && start > end) {
    issues.push({
      path: ["range", "from"],
      message: (words) => `expected a date on or before ${words("to", end)}, received "${start}"`,
    });
  }
  if (issues.length > 0) throw dataError(issues);
  const from = range.from ?? "";
  const to = range.to ?? "9999-12-31";
  const inRange = (item: { date: string }) => item.date >= from && item.date <= to;
  const series = dataset.series
    .map((s) => ({ ...s, points: s.points.filter(inRange) }))
    .filter((s) => s.points.length > 0);
  if (series.length === 0) {
    throw dataError([
      {
        path: ["series"],
        message:
          `expected at least one poll from ${range.from ?? "the start"} to ${range.to ?? "the end"}, ` +
          `received none`,
      },
    ]);
  }
  // A part whose whole was cut away is a part of nothing.
  const ids = new Set(series.map((s) => s.id));
  const kept = series.map(({ partOf, ...s }) => (partOf !== undefined && ids.has(partOf) ? { ...s, partOf } : s));
  const events = dataset.events?.filter(inRange);
  return parseDataset({ ...dataset, series: kept, ...(events ? { events } : {}) }, { populations: "all" });
}
