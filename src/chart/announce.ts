import { formatDateRange, formatFullDate, formatMonthYear } from "../format/date.js";
import { possessive } from "../summary/phrases.js";
import { round } from "../format/number.js";
import { pollsterOf } from "../model/polls.js";
import { compare } from "../summary/facts.js";
import type { ChartLayout } from "./layout.js";

/** Where a poll sits in its series: the cue a reader hears at its ends. */
export function positionCue(index: number, count: number): string | undefined {
  if (count === 1) return "the only poll";
  if (index === 0) return "the first poll";
  if (index === count - 1) return "the latest poll";
  return undefined;
}

/** A poll's series, its pollster where the series has several, and its place: what both texts start from. */
function pollAt(layout: ChartLayout, seriesIndex: number, pointIndex: number) {
  const s = layout.series[seriesIndex];
  const placed = s?.points[pointIndex];
  if (!s || !placed) return undefined;
  const several = new Set(s.series.points.map((p) => pollsterOf(p, layout.dataset))).size > 1;
  const pollster = several ? pollsterOf(placed.point, layout.dataset) : undefined;
  const { point } = placed;
  const head = `${pollster ? `${pollster}, ` : ""}${formatDateRange(point.fieldStart, point.date)}: ${layout.format.percent(point.value)}`;
  return { s, point, several, pollster, head, cue: positionCue(pointIndex, s.points.length) };
}

/**
 * The short name of one poll, as a screen reader hears it on moving to it: its pollster where a series
 * has several, its dates and value, and at a series' ends the cue: "Jan. 26–30, 2023: 48%",
 * "IBD/TIPP, April 26–29, 2020: 44%, the latest poll".
 */
export function pollName(layout: ChartLayout, seriesIndex: number, pointIndex: number): string {
  const at = pollAt(layout, seriesIndex, pointIndex);
  return at ? `${at.head}${at.cue ? `, ${at.cue}` : ""}` : "";
}

/**
 * What a keyboard or pointer user hears and sees for one poll, in the words the summary uses:
 * "Favor providing weapons, Jan. 26–30, 2023: 48%, down 12 percentage points from May 2022, margin of
 * error ±4.2, 1,068 U.S. adults, 3 of 4". In a series of several pollsters the poll is attributed and
 * compared with the same pollster's previous poll; with an average, the average on that date is given
 * too; its sample size and population where known; at a series' ends, "the first poll" or "the latest poll".
 */
export function announcePoll(layout: ChartLayout, seriesIndex: number, pointIndex: number): string {
  const at = pollAt(layout, seriesIndex, pointIndex);
  if (!at) return "";
  const { s, point, several, pollster } = at;
  const { format: f, dataset } = layout;
  const parts = [`${s.series.label}, ${at.head}`];
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
  // Who answered: "1,068 U.S. adults", "1,068 respondents", or "among U.S. adults".
  const population = point.population ?? dataset.population;
  if (point.sampleSize !== undefined) parts.push(`${f.count(point.sampleSize)} ${population ?? "respondents"}`);
  else if (population) parts.push(`among ${population}`);
  const estimate = s.average?.runs.flat().find((e) => e.date === point.date);
  if (estimate) parts.push(`poll average ${f.percent(round(estimate.value, 1))}`);
  parts.push(`${f.number(pointIndex + 1)} of ${f.number(s.points.length)}`);
  if (at.cue) parts.push(at.cue);
  return parts.join(", ");
}
