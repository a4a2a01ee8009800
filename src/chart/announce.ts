import { formatDateRange, formatFullDate, formatMonthYear } from "../format/date.js";
import { possessive } from "../summary/phrases.js";
import { round } from "../format/number.js";
import { pollsterOf } from "../model/polls.js";
import { compare } from "../summary/facts.js";
import type { ChartLayout } from "./layout.js";

/**
 * What a keyboard or pointer user hears and sees for one poll, in the words the summary uses:
 * "Favor providing weapons, Jan. 26–30, 2023: 48%, down 12 percentage points from May 2022, margin of
 * error ±4.2, 3 of 4". In a series of several pollsters the poll is attributed and compared with the
 * same pollster's previous poll; with an average, the average on that date is given too.
 */
export function announcePoll(layout: ChartLayout, seriesIndex: number, pointIndex: number): string {
  const s = layout.series[seriesIndex];
  const placed = s?.points[pointIndex];
  if (!s || !placed) return "";
  const { format: f, dataset } = layout;
  const { point } = placed;
  const several = new Set(s.series.points.map((p) => pollsterOf(p, dataset))).size > 1;
  const pollster = several ? pollsterOf(point, dataset) : undefined;
  const parts = [
    `${s.series.label}, ${pollster ? `${pollster}, ` : ""}${formatDateRange(point.fieldStart, point.date)}: ${f.percent(point.value)}`,
  ];
  // The previous poll: by the same pollster where a series has several.
  const earlier = s.points.slice(0, pointIndex).map((p) => p.point);
  const previous = (several ? earlier.filter((p) => pollsterOf(p, dataset) === pollster) : earlier).at(-1);
  if (previous) {
    const change = compare(previous, point);
    // The earlier poll's month, or its day when it ended in the same month as this one.
    const date =
      previous.date.slice(0, 7) === point.date.slice(0, 7)
        ? formatFullDate(previous.date)
        : formatMonthYear(previous.date);
    const when = `${pollster ? `${possessive(pollster)} poll of ` : ""}${date}`;
    parts.push(
      change.points === 0
        ? `unchanged from ${when}`
        : `${change.points > 0 ? "up" : "down"} ${f.points(change.points)} from ${when}`,
    );
  }
  parts.push(
    point.marginOfError === undefined
      ? "no margin of error published"
      : `margin of error ${f.margin(point.marginOfError)}`,
  );
  const estimate = s.average?.runs.flat().find((e) => e.date === point.date);
  if (estimate) parts.push(`poll average ${f.percent(round(estimate.value, 1))}`);
  parts.push(`${f.number(pointIndex + 1)} of ${f.number(s.points.length)}`);
  return parts.join(", ");
}
