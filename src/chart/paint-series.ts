import { pollsterOf } from "../model/polls.js";
import type { PreparedTrend } from "../trend/prepare.js";
import type { PercentScale } from "./axes.js";
import { areaPath, edgesPath, errorBarsPath, linePath, markerPath, smoothSpans } from "./geometry.js";
import { averageLabel, DOT_LIMIT, pointLabel, seriesLabel } from "./marks.js";
import type { PlacedPoint, SeriesLayout } from "./place.js";
import { type Ink, SHAPES, type SceneNode } from "./scene.js";
import { DASHES } from "./theme.js";

// One series as primitives: its average's band and line with a halo, its polls as dots, or its
// line through the polls with error bars and markers. Every size and offset is named here.

/** The line of a series: the story; a grey (not highlighted) series' line, context behind it. */
const LINE_WIDTH = 2.5;
const GREY_LINE_WIDTH = 1.5;
/** The halo under an average's band and line, in the background's color, so dots never cross the line. */
const HALO_WIDTH = 4.5;
/** A poll's marker where polls are the line's points; a tracker's dot. */
const MARKER_R = 4;
const DOT_R = 1.75;
/** A dot where polls are too many to label one by one: a texture behind the average. */
const DENSE_DOT_R = 1.25;
/** Error bars: their width and caps. */
const BAR_WIDTH = 1.25;
const BAR_CAP = 6;
/** A band's fill opacity, and its thin edges (at 3:1, so the band is seen by its edges too). */
const BAND_OPACITY = 0.16;
const EDGE_WIDTH = 0.75;
/** A band's edges are smoothed over this many estimates each side. */
const BAND_SMOOTHING = 3;
/** A band thinner than this, on average, in px, is drawn without edges: they would only outline the line. */
const EDGELESS_BAND = 5;

/** What painting a series needs of the layout. */
export interface SeriesPaint {
  readonly trend: PreparedTrend;
  readonly y: PercentScale;
  readonly dashes: boolean;
}

/** The inks of a series: its color, or grey when it is not highlighted. */
export function seriesInks(s: { readonly color: number | "grey" }): { line: Ink; dot: Ink } {
  return s.color === "grey" ? { line: "grey", dot: "grey-dot" } : { line: `s${s.color}`, dot: `d${s.color}` };
}

/** The marker shape of a series, by its place in the palette; grey series share the circle. */
export const shapeOf = (s: { readonly color: number | "grey" }) =>
  s.color === "grey" ? SHAPES[0] : (SHAPES[s.color % SHAPES.length] ?? SHAPES[0]);

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

/**
 * The primitives of one series, in one group named for it, and, for a tracker, its average apart
 * (`over`): the layout draws every average after every series' dots, so no dot covers a line.
 */
export function seriesNodes(s: SeriesLayout, paint: SeriesPaint): { body: SceneNode; over?: SceneNode } {
  const { trend, y } = paint;
  const { dataset } = trend;
  const { line, dot } = seriesInks(s);
  const grey = s.color === "grey";
  const lineWidth = grey ? GREY_LINE_WIDTH : LINE_WIDTH;
  const lineClass = `pt-line${s.index}`;
  const dash = paint.dashes && s.index > 0 ? DASHES[s.index % DASHES.length] : undefined;
  const several = new Set(s.series.points.map((p) => pollsterOf(p, dataset))).size > 1;
  const label = (p: PlacedPoint) =>
    pointLabel(s.series, p.point, trend, several ? pollsterOf(p.point, dataset) : undefined);
  const children: SceneNode[] = [];

  if (s.average) {
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
    const lineNode: SceneNode = {
      kind: "path",
      d: path,
      stroke: line,
      width: lineWidth,
      fill: "none",
      round: true,
      classes: lineClass,
      ...(dash ? { dash } : {}),
      hidden: true,
    };
    average.push(lineNode);
    return {
      body: {
        kind: "group",
        role: "graphics-object",
        label: seriesLabel(s, trend),
        classes: `pt-group pt-group-${s.index}`,
        children,
      },
      over: { kind: "group", role: "graphics-object", label: averageLabel(s, trend), children: average },
    };
  }

  if (s.bars) {
    const clamp = (v: number) => y(Math.max(y.lo, Math.min(y.hi, v)));
    const bars = s.points.flatMap((p) => {
      const m = p.point.marginOfError;
      return m === undefined ? [] : [{ x: p.x, top: clamp(p.point.value + m), bottom: clamp(p.point.value - m) }];
    });
    if (bars.length)
      children.push({
        kind: "path",
        d: errorBarsPath(bars, BAR_CAP),
        stroke: line,
        width: BAR_WIDTH,
        fill: "none",
        hidden: true,
      });
  }
  const path = linePath(s.runs);
  if (path) {
    children.push({
      kind: "path",
      d: path,
      stroke: line,
      width: lineWidth,
      fill: "none",
      round: true,
      classes: lineClass,
      ...(dash ? { dash } : {}),
      hidden: true,
    });
  }
  const shape = shapeOf(s);
  for (const p of s.shown) {
    children.push({
      kind: "path",
      d: markerPath(shape, p.x, p.y, MARKER_R),
      fill: line,
      stroke: "background",
      width: 1,
      label: label(p),
    });
  }
  return {
    body: {
      kind: "group",
      role: "graphics-object",
      label: seriesLabel(s, trend),
      classes: `pt-group pt-group-${s.index}`,
      children,
    },
  };
}
