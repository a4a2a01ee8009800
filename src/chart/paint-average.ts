import { utcTime } from "../model/dates.js";
import type { PlacedPoint, SeriesLayout } from "./place.js";
import { atResolution, denseArea, densePath, dotsPath } from "./dense.js";
import { markerPath, type XSpan } from "./geometry.js";
import type { SeriesAverage } from "../average/types.js";
import { averageMethod, averageWordsOf } from "../words/average.js";
import { shown } from "../words/values.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { DOT_LIMIT, measureOf, type SeriesPlan } from "./marks.js";
import type { PaintedSeries, SeriesPaint, SeriesStyle } from "./averages.js";
import { lineNode, seriesGroup } from "./paint-series.js";
import type { Ink, SceneNode } from "./scene.js";
import { flatten } from "../model/list.js";

// A tracker as primitives: its polls as dots, its average's band (drawn under every series' dots, in an
// opaque tint, so two bands that meet stack rather than blend) and its line over a halo. Part of
// poll-trend/average, which carries it: an app without trackers does not.

/**
 * The halo along an average's line, so no dot crosses it: in its band's tint where it has one, else the background's.
 */
const HALO_WIDTH = 4.5;
/** A tracker's dot, where each poll is a labeled point. */
const DOT_R = 1.75;
/** A dot where polls are too many to label one by one: a texture behind the average, a round cap this wide. */
export const DENSE_DOT_WIDTH = 2.5;
/** An average published on one day alone is drawn as a tick this many px either side of it, not as nothing. */
const ONE_DAY_HALF_WIDTH = 3;
/** A band's edges are smoothed over this many estimates each side. */
const BAND_SMOOTHING = 3;
/**
 * How far, in px, a dense path may stray from the points it is written from: the line by a quarter of
 * a px (a tenth of its width), its halo and its band's edges, which only tint, by half a px.
 */
const LINE_TOLERANCE = 0.25;
const SOFT_TOLERANCE = 0.5;
/**
 * The line, its halo and band are drawn at the screen's resolution: each point the mean of this many px either side.
 */
const RESOLUTION = 2;

/** A band as one closed area per run, its edges simplified to half a px. No outline: the line carries the contrast. */
export const areaPath = (runs: readonly (readonly XSpan[])[]): string => denseArea(runs, SOFT_TOLERANCE);

/** The tint of a series' band, `b0` for the line's `s0`: its color mixed into the background, opaque. */
const tintOf = (line: Ink): Ink => (line[0] === "s" ? (`b${line.slice(1)}` as Ink) : "background");

/**
 * A band's edges smoothed by a centered moving average of `k` estimates each side, so a band whose
 * width changes poll by poll reads as an uncertainty that changes, not as a staircase. The line itself
 * is never smoothed this way: it is the average.
 */
export function smoothSpans(run: readonly XSpan[], k: number): XSpan[] {
  if (k < 1 || run.length < 3) return [...run];
  return run.map((s, i) => {
    const from = Math.max(0, i - k);
    const to = Math.min(run.length - 1, i + k);
    let y0 = 0;
    let y1 = 0;
    for (let j = from; j <= to; j++) {
      y0 += run[j]!.y0;
      y1 += run[j]!.y1;
    }
    const n = to - from + 1;
    return { x: s.x, y0: y0 / n, y1: y1 / n };
  });
}

/**
 * A tracker's dots, thinned above {@link DOT_LIMIT} polls: one per week and rounded value, so thousands
 * of polls stay a texture behind the average. Each poll is still in the table and, in a page, by key.
 */
function thinned(points: readonly PlacedPoint[]): readonly PlacedPoint[] {
  if (points.length <= DOT_LIMIT) return points;
  const seen = new Set<number>();
  return points.filter((p) => {
    // The week and the value (−100 to 100) as one number: no string to build for each of thousands.
    const key = Math.floor(utcTime(p.point.date) / 604_800_000) * 256 + Math.round(p.point.value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The average's accessible label: the method, its latest value and the band drawn around it. */
export function averageLabel(plan: SeriesPlan, t: PreparedTrend): string {
  const { words: w, format: f } = t;
  const average = plan.average as SeriesAverage;
  const { latest } = average;
  const v = (value: number) => shown(t, value, measureOf(plan.series), true);
  return averageWordsOf(t).averageLabel(
    {
      label: plan.series.label,
      method: averageMethod(average, t),
      polls: average.polls,
      value: v(latest.value),
      date: w.dateRange(undefined, latest.date),
      // The range of the band drawn, as the footer names it.
      band: plan.band,
      lo: v(plan.band === "polls" ? latest.pollLower : latest.lower),
      hi: v(plan.band === "polls" ? latest.pollUpper : latest.upper),
    },
    f,
  );
}

/**
 * A series of a chart with averages: its band under every series' dots, its dots in the series' group, and its line
 * over them all; a series without an average, its dots alone.
 */
export function averageNodes(s: SeriesLayout, paint: SeriesPaint, style: SeriesStyle): PaintedSeries {
  const { trend } = paint;
  const { line, dot, label } = style;
  const children: SceneNode[] = [];
  const runs = s.averageRuns
    .map((run) =>
      run.length === 1
        ? flatten(run.map((e) => [-1, 1].map((side) => ({ ...e, x: e.x + side * ONE_DAY_HALF_WIDTH }))))
        : run,
    )
    .map((run) => atResolution(run, RESOLUTION));
  const dots = thinned(s.points);
  if (s.perPoll) {
    for (const p of dots)
      children.push({ kind: "path", d: markerPath("circle", p.x, p.y, DOT_R), fill: dot, label: label(p) });
  } else {
    // One path of round dots: every poll is in the table and, in a page, reachable by key.
    const { d } = dotsPath(dots);
    children.push({ kind: "path", d, stroke: dot, width: DENSE_DOT_WIDTH, fill: "none", round: true, hidden: true });
  }
  if (!s.average) return { body: seriesGroup(s, trend, children) };
  const banded = s.band !== "none";
  const tint = banded ? tintOf(line) : "background";
  const halo = densePath(runs, SOFT_TOLERANCE);
  const average: SceneNode[] = [
    { kind: "path", d: halo, stroke: tint, width: HALO_WIDTH, fill: "none", round: true, hidden: true },
    lineNode(densePath(runs, LINE_TOLERANCE), style),
  ];
  const spans = runs.map((run) =>
    smoothSpans(
      run.map((e) => ({ x: e.x, y0: e.y0, y1: e.y1 })),
      BAND_SMOOTHING,
    ),
  );
  return {
    ...(banded ? { under: { kind: "path", d: areaPath(spans), fill: tint, classes: "pt-band", hidden: true } } : {}),
    body: seriesGroup(s, trend, children),
    over: { kind: "group", role: "graphics-object", label: averageLabel(s, trend), children: average },
  };
}
