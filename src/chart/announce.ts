import { pollsterOf } from "../model/polls.js";
import type { PollPoint } from "../model/types.js";
import { compare } from "../trend/facts.js";
import { enAnnounce } from "../language/en.js";
import { shown } from "../words/values.js";
import type { ChartLayout } from "./layout.js";
import { flatten } from "../model/list.js";

/** The announcement and keyboard words of a chart's language. */
export const announceWords = (layout: ChartLayout) => layout.trend.language.announce ?? enAnnounce;

/** Where a poll sits in its series: the cue a reader hears at its ends. */
export function positionCue(layout: ChartLayout, index: number, count: number): string | undefined {
  const at = count === 1 ? "only" : index === 0 ? "first" : index === count - 1 ? "latest" : undefined;
  return at && announceWords(layout).cue(at);
}

/** A poll's series, its pollster where the series has several, and its place: what both texts start from. */
function pollAt(layout: ChartLayout, seriesIndex: number, pointIndex: number) {
  const s = layout.series[seriesIndex];
  const placed = s?.points[pointIndex];
  if (!s || !placed) return undefined;
  const { words: w, format: f, dataset } = layout.trend;
  const several = new Set(s.series.points.map((p) => pollsterOf(p, dataset))).size > 1;
  const pollster = several ? pollsterOf(placed.point, dataset) : undefined;
  const { point } = placed;
  const measure = s.series.measure ?? "share";
  const head =
    `${pollster ? `${pollster}, ` : ""}${w.dateRange(point.fieldStart, point.date)}: ` +
    `${w.value({ value: point.value, measure }, f)}`;
  return { s, point, several, pollster, head, measure, cue: positionCue(layout, pointIndex, s.points.length) };
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
  const { s, point, several, pollster, measure } = at;
  const { words: w, format: f, dataset } = layout.trend;
  const say = announceWords(layout);
  // The previous poll: by the same pollster where a series has several.
  const previous = s.points
    .slice(0, pointIndex)
    .map((p) => p.point)
    .filter((p) => !several || pollsterOf(p, dataset) === pollster)
    .at(-1);
  // The earlier poll's month, or its day when it ended in the same month as this one.
  const then = (earlier: PollPoint) =>
    earlier.date.slice(0, 7) === point.date.slice(0, 7) ? w.fullDate(earlier.date) : w.monthYear(earlier.date);
  const estimate = flatten(s.average?.runs ?? []).find((e) => e.date === point.date);
  return [
    `${s.series.label}, ${at.head}`,
    previous && say.change(compare(previous, point, measure).points, measure, then(previous), pollster, f),
    say.margin(point.marginOfError, f),
    // A part is said with its own population: "among Democrats", never the dataset's "U.S. adults".
    say.sample(point.sampleSize, point.population ?? s.series.population ?? dataset.population, f),
    estimate && say.average(shown(layout.trend, estimate.value, measure, true)),
    say.position(pointIndex, s.points.length, f),
    at.cue,
  ]
    .filter(Boolean)
    .join(", ");
}
