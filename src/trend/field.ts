import { utcTime } from "../model/dates.js";
import { pollOf, pollsterOf } from "../model/polls.js";
import type { PollDataset, PollPoint, PollSeries } from "../model/types.js";
import { pollReadings } from "../model/versions.js";

/**
 * A series is current when it was polled within this many days of the field's latest poll: about six
 * weeks, the span over which primary and approval polling by the main pollsters comes round again
 * (FiveThirtyEight's and its successors' averages show a candidate from recent polls only). A series
 * polled before that is reported as last polled on its date, never as leading.
 */
export const RECENT_DAYS = 45;

const DAY = 86_400_000;

/** The date a field stands at: the latest end date of any of its polls. ISO dates sort as text. */
export function fieldDate(series: readonly PollSeries[]): string {
  let latest = "";
  for (const s of series) {
    const last = s.points.at(-1);
    if (last && last.date > latest) latest = last.date;
  }
  return latest;
}

/** Whether a series was polled within {@link RECENT_DAYS} of `asOf`. */
export const polledSince = (series: PollSeries, asOf: string): boolean => {
  const last = series.points.at(-1);
  return last !== undefined && utcTime(asOf) - utcTime(last.date) <= RECENT_DAYS * DAY;
};

/**
 * A series' polls, one point each: the series' own points where no poll asked several versions of the
 * question (the common case, found in one pass), else the version of each poll that counts
 * (`pollReadings`: the largest sample, else the first listed).
 */
export function readingPoints(series: PollSeries, dataset: PollDataset): readonly PollPoint[] {
  const { points } = series;
  // Versions of one poll share its dates and pollster, and parsed points are sorted by both: neighbours.
  let versions = false;
  for (let i = 1; i < points.length && !versions; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    versions =
      a.date === b.date &&
      a.fieldStart === b.fieldStart &&
      pollsterOf(a, dataset) === pollsterOf(b, dataset) &&
      pollOf(a, dataset) === pollOf(b, dataset);
  }
  if (!versions) return points;
  return pollReadings(series, dataset).map((r) => r.point);
}
