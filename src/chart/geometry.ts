import { num } from "../markup/builder.js";
import type { MarkerShape } from "./scene.js";

// Path data from coordinates: a series' polyline, markers and error bars by hand, every number with two
// decimals (the builder's `num`); a tracker's average and band by d3-shape (paint-average.ts, in
// poll-trend/average). The layout calls these; drawing only prints their results.

/** A point in px. */
export interface XY {
  readonly x: number;
  readonly y: number;
}

/** An x with a low and a high y, in px: a band's edges. */
export interface XSpan {
  readonly x: number;
  readonly y0: number;
  readonly y1: number;
}

/**
 * One straight line through each run of two or more points, as one path: what d3-shape's `line()` with
 * `curveLinear` and `.digits(2)` writes, byte for byte ("M1,2L3,4"). Written here because d3-shape's line
 * brings d3-path's whole path class (1.3 kB gzip of the 30 kB budget) to an app that draws no tracker;
 * the average's line and band, which need curves and areas, are d3-shape's (paint-average.ts).
 */
export const linePath = (runs: readonly (readonly XY[])[]): string => {
  let d = "";
  for (const run of runs) {
    if (run.length < 2) continue;
    run.forEach((p, i) => {
      d += `${i ? "L" : "M"}${num(p.x)},${num(p.y)}`;
    });
  }
  return d;
};

/** A marker's path centered on (x, y); `r` is about its radius. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = num;
  switch (shape) {
    case "square":
      return `M${f(x - r * 0.85)},${f(y - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
    case "triangle":
      return `M${f(x)},${f(y - r * 1.15)}L${f(x + r * 1.1)},${f(y + r * 0.85)}H${f(x - r * 1.1)}Z`;
    case "triangle-down":
      return `M${f(x)},${f(y + r * 1.15)}L${f(x + r * 1.1)},${f(y - r * 0.85)}H${f(x - r * 1.1)}Z`;
    case "diamond":
      return (
        `M${f(x)},${f(y - r * 1.25)}L${f(x + r * 1.25)},${f(y)}L${f(x)},${f(y + r * 1.25)}L${f(x - r * 1.25)},` +
        `${f(y)}Z`
      );
    case "plus": {
      const a = r * 0.4;
      const b = r * 1.1;
      return (
        `M${f(x - a)},${f(y - b)}h${f(2 * a)}v${f(b - a)}h${f(b - a)}v${f(2 * a)}h${f(a - b)}v${f(b - a)}h` +
        `${f(-2 * a)}v${f(a - b)}h${f(a - b)}v${f(-2 * a)}h${f(b - a)}Z`
      );
    }
    default:
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
  }
}

/** Error bars: a vertical line from `top` to `bottom` at each x, with caps `cap` px wide. */
export function errorBarsPath(
  bars: readonly { readonly x: number; readonly top: number; readonly bottom: number }[],
  cap: number,
): string {
  let d = "";
  for (const b of bars) {
    const x = num(b.x);
    const t = num(b.top);
    const bo = num(b.bottom);
    const l = num(b.x - cap / 2);
    d += `M${x},${t}V${bo}M${l},${t}h${num(cap)}M${l},${bo}h${num(cap)}`;
  }
  return d;
}

/** A horizontal line from `left` to `right` at each y, as one path: the grid. */
export const horizontals = (ys: readonly number[], left: number, right: number): string =>
  ys.map((y) => `M${num(left)},${num(y)}H${num(right)}`).join("");

/** A segment from one point to another. */
export const segment = (a: XY, b: XY): string => `M${num(a.x)},${num(a.y)}L${num(b.x)},${num(b.y)}`;
