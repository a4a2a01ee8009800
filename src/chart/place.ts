import { utcTime } from "../model/dates.js";
import { breaksOf, splitAt } from "../model/gaps.js";
import type { PollPoint } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import type { PercentScale, TimeScale } from "./axes.js";
import type { SeriesPlan } from "./marks.js";
import { flatten } from "../model/list.js";

// Where each series' polls and average land, once the scales are final.

/** A poll at its place on the chart. */
export interface PlacedPoint {
  readonly point: PollPoint;
  readonly x: number;
  readonly y: number;
}

/**
 * An average's estimate at its place: the line's y, and the edges of the band drawn (its own 95% range, or where 95% of
 * polls fall).
 */
export interface PlacedEstimate {
  readonly date: string;
  readonly x: number;
  readonly y: number;
  /** The band's lower edge, in px (below `y`). */
  readonly y0: number;
  /** The band's upper edge, in px. */
  readonly y1: number;
}

/** One series, placed: its plan (what is drawn) and where. */
export interface SeriesLayout extends SeriesPlan {
  /** Every poll, in date order. */
  readonly points: readonly PlacedPoint[];
  /** The polls in runs of the line, split where no poll was taken for a while. */
  readonly runs: readonly (readonly PlacedPoint[])[];
  /** The polls drawn as their own, labeled marker: all of them up to MARKER_LIMIT, else the notable ones. */
  readonly shown: readonly PlacedPoint[];
  /** The average's estimates, per run of its line. */
  readonly averageRuns: readonly (readonly PlacedEstimate[])[];
}

/**
 * The months the polls span, "January 2017 to April 2020": from each series' first and last poll (a
 * parsed series is sorted by date). A chart's and small multiples' names say it.
 */
export function pollMonths(trend: PreparedTrend): string {
  const dates = flatten(trend.dataset.series.map((s) => [s.points[0]!.date, s.points.at(-1)!.date])).sort();
  return trend.words.monthRange(dates[0]!, dates.at(-1)!);
}

/** "Line chart of Approve and Disapprove, January 2017 to April 2020": a name that is not the page's title. */
export function chartName(trend: PreparedTrend): string {
  const { dataset, words: w, format: f } = trend;
  return w.chartName(
    dataset.series.map((s) => s.label),
    pollMonths(trend),
    f,
  );
}

/** Places every poll, its runs, the notable polls of long series, and the average's estimates. */
export function placeSeries(
  plan: SeriesPlan,
  x: TimeScale,
  y: PercentScale,
  maxGapDays: number | undefined,
): SeriesLayout {
  const points = plan.series.points.map((point) => ({ point, x: x(utcTime(point.date)), y: y(point.value) }));
  // The series' breaks, found once on its frozen points and shared with the summary.
  const runs = splitAt(points, breaksOf(plan.series.points, maxGapDays));
  let shown: PlacedPoint[] = points;
  if (!plan.perPoll) {
    // The first and latest polls, isolated ones (no line reaches them), and the first at the high and at the low.
    const isolated = new Set(runs.filter((run) => run.length === 1).map((run) => run[0]?.point));
    let high = points[0];
    let low = points[0];
    for (const p of points) {
      if (p.point.value > (high?.point.value ?? 0)) high = p;
      if (p.point.value < (low?.point.value ?? 0)) low = p;
    }
    shown = points.filter(
      (p, i) => i === 0 || i === points.length - 1 || isolated.has(p.point) || p === high || p === low,
    );
  }
  const polls = plan.band === "polls";
  const averageRuns = (plan.average?.runs ?? []).map((run) =>
    run.map((e) => ({
      date: e.date,
      x: x(utcTime(e.date)),
      y: y(e.value),
      y0: y(polls ? e.pollLower : e.lower),
      y1: y(polls ? e.pollUpper : e.upper),
    })),
  );
  return { ...plan, points, runs, shown, averageRuns };
}
