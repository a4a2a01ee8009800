import { area, line } from "d3-shape";
import type { XSpan, XY } from "./geometry.js";

// Path data for marks of many points (a tracker's dots, its average's line and band over years), written
// light: coordinates in tenths of a px, relative after the first, and lines simplified to within a
// fraction of a px. A screen draws nothing finer, and a 76-year chart stays a file a phone can load.
// d3-shape's line and area draw the average's line, halo and band into a context that writes them so
// (its own path writes absolute coordinates); only poll-trend/average imports this file.

/** A coordinate in whole tenths of a px: the grid every dense path is written on. */
const tenths = (v: number): number => {
  if (!Number.isFinite(v)) throw new RangeError(`poll-trend: cannot write ${v} into markup`);
  return Math.round(v * 10);
};

/** Tenths of a px as the shortest SVG number: 12 → "1.2", 9 → ".9", −3 → "-.3", 20 → "2". */
export function short(t: number): string {
  if (t % 10 === 0) return String(t / 10);
  const size = Math.abs(t);
  const whole = Math.floor(size / 10);
  return `${t < 0 ? "-" : ""}${whole || ""}.${size % 10}`;
}

/** Two numbers in a row: a space between them unless the second's sign separates them. */
const pair = (a: number, b: number): string => `${short(a)}${b < 0 ? "" : " "}${short(b)}`;

/**
 * Dots as one path of zero-length segments (`M x y h0`, then `m dx dy h0`), each drawn as a dot by a
 * round cap of the stroke's width: about 10 bytes a dot, against 55 for a circle's arcs. Two dots on
 * the same tenth of a px are drawn once: the second would not show.
 */
export function dotsPath(points: readonly XY[]): { readonly d: string; readonly dots: number } {
  let d = "";
  let dots = 0;
  const seen = new Set<number>();
  let x0 = 0;
  let y0 = 0;
  for (const p of points) {
    const x = tenths(p.x);
    const y = tenths(p.y);
    // A key for the pair: y is within ±2^20 tenths of a px on any chart up to 4000 px.
    const key = x * 2 ** 21 + y;
    if (seen.has(key)) continue;
    seen.add(key);
    d += `${dots ? "m" : "M"}${dots ? pair(x - x0, y - y0) : pair(x, y)}h0`;
    x0 = x;
    y0 = y;
    dots++;
  }
  return { d, dots };
}

/**
 * The points of a polyline that keep it within `tolerance` px of itself (Ramer–Douglas–Peucker, with a
 * stack rather than recursion, so a daily line over 76 years cannot overflow it). The ends always stay.
 */
export function simplify<T extends XY>(points: readonly T[], tolerance: number): T[] {
  const n = points.length;
  if (n < 3) return [...points];
  // The coordinates copied once into arrays: the loop reads each point many times, and reading them
  // from objects of several shapes (lines, bands' edges) made it four times slower. Numbers are declared
  // one by one, as V8 builds the array of `[a, b] = [x, y]` each time.
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = points[i]!.x;
    ys[i] = points[i]!.y;
  }
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const limit = tolerance * tolerance;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let distance = limit;
    const ax = xs[first]!;
    const ay = ys[first]!;
    const dx = xs[last]! - ax;
    const dy = ys[last]! - ay;
    const length2 = dx * dx + dy * dy;
    for (let i = first + 1; i < last; i++) {
      // The squared distance from point i to the segment first–last.
      const px = xs[i]!;
      const py = ys[i]!;
      const t = length2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
      const ex = ax + t * dx - px;
      const ey = ay + t * dy - py;
      const d = ex * ex + ey * ey;
      if (d > distance) {
        farthest = i;
        distance = d;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * A path context for d3-shape's generators that writes path data in tenths of a px, relative after each
 * run's first point (`M x y l dx dy …`), leaving out a segment that rounds to nothing.
 */
class TenthsPath {
  d = "";
  #x = 0;
  #y = 0;
  /** Points written since the last `M`: the second is written after `l`, the rest follow it. */
  #written = 0;

  moveTo(x: number, y: number): void {
    this.#x = tenths(x);
    this.#y = tenths(y);
    this.d += `M${pair(this.#x, this.#y)}`;
    this.#written = 1;
  }

  lineTo(x: number, y: number): void {
    const tx = tenths(x);
    const ty = tenths(y);
    if (tx === this.#x && ty === this.#y) return;
    const dx = tx - this.#x;
    const dy = ty - this.#y;
    // After `l`, each pair follows the last: a space between them unless the minus sign separates.
    this.d += `${this.#written === 1 ? "l" : dx < 0 ? "" : " "}${pair(dx, dy)}`;
    this.#x = tx;
    this.#y = ty;
    this.#written++;
  }

  closePath(): void {
    this.d += "z";
  }
}

/**
 * A TenthsPath where d3-shape's types ask for a canvas: its linear lines and areas call nothing but
 * `moveTo`, `lineTo` and `closePath` on their context.
 */
const context = (path: TenthsPath) => path as unknown as CanvasRenderingContext2D;

/** Each run of two or more points as a line (d3-shape's), simplified to `tolerance` px, in tenths of a px. */
export function densePath(runs: readonly (readonly XY[])[], tolerance: number): string {
  const path = new TenthsPath();
  const draw = line<XY>(
    (p) => p.x,
    (p) => p.y,
  ).context(context(path));
  for (const run of runs) if (run.length > 1) draw(simplify(run, tolerance));
  return path.d;
}

/**
 * Each run of two or more spans as an area (d3-shape's): its upper edge forward, its lower edge back,
 * closed. A span stays where either edge needs it to keep within `tolerance` px (one edge can be flat
 * where the other moves).
 */
export function denseArea(runs: readonly (readonly XSpan[])[], tolerance: number): string {
  const path = new TenthsPath();
  const draw = area<XSpan>()
    .x((p) => p.x)
    .y0((p) => p.y0)
    .y1((p) => p.y1)
    .context(context(path));
  for (const run of runs) {
    if (run.length < 2) continue;
    const keep = new Set([
      ...simplify(
        run.map((s, i) => ({ x: s.x, y: s.y1, i })),
        tolerance,
      ).map((p) => p.i),
      ...simplify(
        run.map((s, i) => ({ x: s.x, y: s.y0, i })),
        tolerance,
      ).map((p) => p.i),
    ]);
    draw(run.filter((_, i) => keep.has(i)));
  }
  return path.d;
}

/** A point of an average's line with its band's edges, in px. */
interface Span extends XY {
  readonly y0: number;
  readonly y1: number;
}

/**
 * A line drawn at the screen's resolution: each point the mean of the points within `half` px either
 * side of it, the window narrowed near the ends so each end stays where it is. A daily average over 76
 * years puts 40 estimates in a px: drawn as they are, its moves of a few weeks read as a scribble;
 * over a year (under one estimate a px) this changes nothing a reader could see.
 */
export function atResolution<T extends Span>(run: readonly T[], half: number): T[] {
  const n = run.length;
  if (n < 3) return [...run];
  // Prefix sums, so each window's mean costs two lookups.
  const sums = [new Float64Array(n + 1), new Float64Array(n + 1), new Float64Array(n + 1)] as const;
  run.forEach((p, i) => {
    sums[0][i + 1] = sums[0][i]! + p.y;
    sums[1][i + 1] = sums[1][i]! + p.y0;
    sums[2][i + 1] = sums[2][i]! + p.y1;
  });
  const first = run[0]!.x;
  const last = run[n - 1]!.x;
  let lo = 0;
  let hi = 0;
  return run.map((p, i) => {
    const reach = Math.min(half, p.x - first, last - p.x);
    while (run[lo]!.x < p.x - reach) lo++;
    while (hi < n - 1 && run[hi + 1]!.x <= p.x + reach) hi++;
    if (hi < i) hi = i;
    const count = hi - lo + 1;
    const mean = (k: 0 | 1 | 2) => (sums[k][hi + 1]! - sums[k][lo]!) / count;
    return { ...p, y: mean(0), y0: mean(1), y1: mean(2) };
  });
}
