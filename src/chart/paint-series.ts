import { pollsterOf } from "../model/polls.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { type PaintedSeries, painterOf, type SeriesPaint, type SeriesStyle } from "./averages.js";
import { errorBarsPath, linePath, markerPath } from "./geometry.js";
import { pointLabel, seriesLabel } from "./marks.js";
import type { PlacedPoint, SeriesLayout } from "./place.js";
import { type GroupNode, type Ink, SHAPES, type SceneNode } from "./scene.js";
import { DASHES } from "./theme.js";

// One series as primitives: its line through the polls with error bars and markers, or, for a tracker,
// what paint-average.ts draws (in poll-trend/average). Every size and offset is named here or there.

/** The line of a series: the story; a grey (not highlighted) series' line, context behind it. */
export const LINE_WIDTH = 2.5;
export const GREY_LINE_WIDTH = 1.5;
/** A poll's marker where polls are the line's points. */
const MARKER_R = 4;
/** Error bars: their width and caps. */
const BAR_WIDTH = 1.25;
const BAR_CAP = 6;

/** A series' group, named for it: its marks, which screen readers reach one by one; `dots`, its dots' inks. */
export const seriesGroup = (
  s: SeriesLayout,
  trend: PreparedTrend,
  children: SceneNode[],
  dots?: Pick<GroupNode, "fill" | "stroke" | "width">,
): SceneNode => ({
  kind: "group",
  role: "graphics-object",
  label: seriesLabel(s, trend),
  classes: `pt-group pt-group-${s.index}`,
  ...dots,
  children,
});

/** A series' line: its path in the series' ink, width and class, dashed where asked. */
export const lineNode = (d: string, style: SeriesStyle): SceneNode => ({
  kind: "path",
  d,
  stroke: style.line,
  width: style.lineWidth,
  fill: "none",
  round: true,
  classes: style.lineClass,
  ...(style.dash ? { dash: style.dash } : {}),
  hidden: true,
});

/** The inks of a series: its color, or grey when it is not highlighted. */
export function seriesInks(s: { readonly color: number | "grey" }): { line: Ink; dot: Ink } {
  return s.color === "grey" ? { line: "grey", dot: "grey-dot" } : { line: `s${s.color}`, dot: `d${s.color}` };
}

/**
 * The marker shape of a series: by its place in the palette, and for a grey series by its own place,
 * so two grey series side by side are still told apart by shape.
 */
export const shapeOf = (s: { readonly color: number | "grey"; readonly index: number }) =>
  SHAPES[(s.color === "grey" ? s.index : s.color) % SHAPES.length] ?? SHAPES[0];

/**
 * The primitives of one series, in one group named for it, and, for a tracker, its average apart
 * (`over`): the layout draws every average after every series' dots, so no dot covers a line.
 */
export function seriesNodes(s: SeriesLayout, paint: SeriesPaint): PaintedSeries {
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

  // A tracker: its dots, and its average from poll-trend/average (given whenever a series has one).
  const style: SeriesStyle = { line, dot, lineWidth, lineClass, dash, label };
  if (s.tracker) return painterOf(trend)(s, paint, style);

  if (s.bars) {
    const clamp = (v: number) => y(Math.max(y.lo, Math.min(y.hi, v)));
    const bars = s.points
      .filter((p) => p.point.marginOfError !== undefined)
      .map(({ x, point: { value, marginOfError: m = 0 } }) => ({ x, top: clamp(value + m), bottom: clamp(value - m) }));
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
  if (path) children.push(lineNode(path, style));
  const shape = shapeOf(s);
  for (const p of s.shown) {
    children.push({ kind: "path", d: markerPath(shape, p.x, p.y, MARKER_R), label: label(p) });
  }
  // The dots' fill and outline are the group's, said once: every other mark in it says its own.
  return { body: seriesGroup(s, trend, children, { fill: line, stroke: "background", width: 1 }) };
}
