import type { PlacedPoint, SeriesLayout } from "./place.js";
import { area } from "d3-shape";
import { linePath, markerPath, type XSpan } from "./geometry.js";
import type { SeriesAverage } from "../average/types.js";
import { averageMethod, averageWordsOf } from "../words/average.js";
import { ESTIMATE_DECIMALS } from "../language/numbers.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { DOT_LIMIT, measureOf, type SeriesPlan } from "./marks.js";
import type { PaintedSeries, SeriesPaint, SeriesStyle } from "./averages.js";
import { lineNode, seriesGroup } from "./paint-series.js";
import type { SceneNode } from "./scene.js";

// A tracker as primitives: its polls as dots, and its average's band and line over a halo. Part of
// poll-trend/average, which registers it: an app without trackers does not carry it.

/** The halo under an average's band and line, in the background's color, so dots never cross the line. */
const HALO_WIDTH = 4.5;
/** A tracker's dot, where each poll is a labeled point. */
const DOT_R = 1.75;
/** A dot where polls are too many to label one by one: a texture behind the average. */
const DENSE_DOT_R = 1.25;
/** A band's fill opacity, and its thin edges (at 3:1, so the band is seen by its edges too). */
const BAND_OPACITY = 0.16;
const EDGE_WIDTH = 0.75;
/** A band's edges are smoothed over this many estimates each side. */
const BAND_SMOOTHING = 3;
/** A band thinner than this, on average, in px, is drawn without edges: they would only outline the line. */
const EDGELESS_BAND = 5;

const band = area<XSpan>()
  .x((p) => p.x)
  .y0((p) => p.y0)
  .y1((p) => p.y1)
  .digits(2);

/** One area over each run of two or more spans, as one path. */
export const areaPath = (runs: readonly (readonly XSpan[])[]): string =>
  runs.map((run) => (run.length > 1 ? (band(run as XSpan[]) ?? "") : "")).join("");

/** Each run's upper and lower edge, as open lines. */
export const edgesPath = (runs: readonly (readonly XSpan[])[]): string =>
  linePath(runs.flatMap((run) => [run.map((s) => ({ x: s.x, y: s.y1 })), run.map((s) => ({ x: s.x, y: s.y0 }))]));

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
      y0 += (run[j] as XSpan).y0;
      y1 += (run[j] as XSpan).y1;
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
  const seen = new Set<string>();
  return points.filter((p) => {
    const key = `${Math.floor(Date.parse(p.point.date) / 604_800_000)}|${Math.round(p.point.value)}`;
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
  const v = (value: number) => w.value({ value, measure: measureOf(plan.series), decimals: ESTIMATE_DECIMALS }, f);
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

/** A series with an average: its dots in the series' group, and its average apart, drawn over every series' dots. */
export function averageNodes(s: SeriesLayout, paint: SeriesPaint, style: SeriesStyle): PaintedSeries {
  const { trend } = paint;
  const { line, dot, label } = style;
  const children: SceneNode[] = [];
  const runs = s.averageRuns.filter((run) => run.length > 1);
  const dots = thinned(s.points);
  if (s.perPoll) {
    for (const p of dots)
      children.push({ kind: "path", d: markerPath("circle", p.x, p.y, DOT_R), fill: dot, label: label(p) });
  } else {
    const d = dots.map((p) => markerPath("circle", p.x, p.y, DENSE_DOT_R)).join("");
    children.push({ kind: "path", d, fill: dot, hidden: true });
  }
  const path = linePath(runs);
  // The halo first: the band's tint and the line then lie on the background, never on dots.
  const average: SceneNode[] = [
    { kind: "path", d: path, stroke: "background", width: HALO_WIDTH, fill: "none", round: true, hidden: true },
  ];
  if (s.band !== "none") {
    const spans = runs.map((run) =>
      smoothSpans(
        run.map((e) => ({ x: e.x, y0: e.y0, y1: e.y1 })),
        BAND_SMOOTHING,
      ),
    );
    const all = spans.flat();
    const thickness = all.reduce((sum, e) => sum + Math.abs(e.y0 - e.y1), 0) / (all.length || 1);
    average.push({
      kind: "path",
      d: areaPath(spans),
      fill: line,
      opacity: BAND_OPACITY,
      classes: "pt-band",
      hidden: true,
    });
    if (thickness >= EDGELESS_BAND) {
      average.push({
        kind: "path",
        d: edgesPath(spans),
        stroke: line,
        width: EDGE_WIDTH,
        fill: "none",
        hidden: true,
      });
    }
  }
  average.push(lineNode(path, style));
  return {
    body: seriesGroup(s, trend, children),
    over: { kind: "group", role: "graphics-object", label: averageLabel(s, trend), children: average },
  };
}
