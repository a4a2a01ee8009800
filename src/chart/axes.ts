import { CALENDAR } from "./calendar.js";
import { utcTime } from "../model/dates.js";
import type { PollDataset } from "../model/types.js";
import { roundDomain, roundTicks } from "./steps.js";
import type { Language } from "../language/language.js";
import type { TextMeasure } from "./text.js";
import { flatten } from "../model/list.js";

/** One tick on an axis: where, and its label lines. */
export interface Tick {
  readonly position: number;
  readonly lines: readonly string[];
  /** Where the label is centered, when it must move in from the chart's edge to stay whole. */
  readonly labelAt?: number;
}

const DAY = 86_400_000;
export const TICK_SIZE = 12;

/**
 * A time scale: milliseconds (or a Date) to px, linear in UTC time. d3's scaleUtc does this, but it
 * brings d3-time-format, d3-interpolate and d3-color (10.5 kB gzip) for tick formats and value
 * interpolation this chart never uses: its ticks come from calendar intervals (calendar.ts) and the language's labels.
 */
export interface TimeScale {
  (time: number | Date): number;
  /** The first and last time shown, in milliseconds. */
  readonly domain: readonly [number, number];
  /** The px the domain maps to. */
  readonly range: readonly [number, number];
}

/**
 * The times that bound a dataset's polls and events: each series' first and last poll (a parsed series
 * is sorted by date) and every event. Reads two polls a series, not every poll.
 */
export const spanTimes = (dataset: PollDataset): number[] =>
  flatten<{ readonly date: string }>([
    ...dataset.series.map((s) => [s.points[0]!, s.points.at(-1)!]),
    dataset.events ?? [],
  ]).map((p) => utcTime(p.date));

/** The time scale over all polls and events, padded so end markers sit inside the plot. */
export function timeScale(times: readonly number[], left: number, right: number): TimeScale {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of times) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  const pad = hi === lo ? 30 * DAY : (hi - lo) * 0.03;
  const start = lo - pad;
  const end = hi + pad;
  const scale = (time: number | Date) => left + ((+time - start) / (end - start)) * (right - left);
  return Object.assign(scale, { domain: [start, end] as const, range: [left, right] as const });
}

/** Moves time labels near the chart's edges inward, so none is cut: centered labels may not pass `left` or `right`. */
export function keepInside(ticks: readonly Tick[], left: number, right: number, measure: TextMeasure): Tick[] {
  return ticks.map((t) => {
    const half = measure.widest(t.lines, TICK_SIZE) / 2;
    const at = Math.min(Math.max(t.position, left + half), right - half);
    return at === t.position ? t : { ...t, labelAt: at };
  });
}

/**
 * Time ticks at the finest interval a reader expects whose labels fit side by side, AP style:
 * "Oct. 8" for days, "May" (or "Sept." when narrow) for months, "2023" for years. The first tick and
 * every tick in a new year carry the year on a second line.
 */
export function timeTicks(x: TimeScale, short: boolean, measure: TextMeasure, words: Language): Tick[] {
  const [start, end] = x.domain;
  const [left, right] = x.range;
  const spanDays = (end - start) / DAY;
  for (const interval of CALENDAR) {
    const { unit, days } = interval;
    // Skip intervals whose ticks could not fit even with the shortest labels (about 30 px), before listing them.
    if ((spanDays / days) * 30 > right - left) continue;
    const dates = interval.range(start, end);
    let year = -1;
    const found = dates.map((date) => {
      const y = date.getUTCFullYear();
      const lines =
        unit !== "year" && y !== year ? [words.tick(date, unit, short), String(y)] : [words.tick(date, unit, short)];
      year = y;
      return { position: x(date), lines };
    });
    const width = measure.widest(flatten(found.map((t) => t.lines)), TICK_SIZE);
    const gap = found.length > 1 ? found[1]!.position - found[0]!.position : Infinity;
    if (gap >= width + 10 || interval === CALENDAR.at(-1)) return found;
  }
  return [];
}

/**
 * A linear percent scale. d3's scaleLinear would do, but it brings d3-format for a tickFormat this
 * chart never uses (2.7 kB gzip); d3-array's ticks and nice, ported (steps.ts), give the same ticks.
 */
export interface PercentScale {
  (value: number): number;
  readonly lo: number;
  readonly hi: number;
  readonly bottom: number;
  readonly top: number;
}

/** How many value ticks an axis aims for: a fixed count, so a range has one grid step at any size. */
export const VALUE_TICKS = 5;
/** Ticks closer than this in px are too dense: the axis keeps every other one. */
const MIN_TICK_GAP = 24;

/**
 * The value domain: 0–100; the given one; or fitted (the default) around what is drawn, from `extent`,
 * padded by half a point and extended to round values (d3's `nice` for {@link VALUE_TICKS} ticks), within
 * `bounds`. It depends on the values only, not on the chart's size, so the description can say it before
 * any geometry.
 */
export function valueDomain(
  domain: "zero-to-hundred" | "fit" | readonly [number, number],
  extent: readonly [number, number],
  bounds: readonly [number, number] = [0, 100],
): [number, number] {
  if (domain === "zero-to-hundred") return [0, 100];
  if (domain !== "fit") return [domain[0], domain[1]];
  const [lo, hi] = roundDomain(Math.max(bounds[0], extent[0] - 0.5), Math.min(bounds[1], extent[1] + 0.5), VALUE_TICKS);
  return [Math.max(bounds[0], lo), Math.min(bounds[1], hi)];
}

/** The value scale from `bottom` to `top` over a domain. */
export function valueScale(domain: readonly [number, number], bottom: number, top: number): PercentScale {
  const [lo, hi] = domain;
  const scale = (v: number) => bottom + ((v - lo) / (hi - lo)) * (top - bottom);
  return Object.assign(scale, { lo, hi, bottom, top });
}

/**
 * Value ticks at round values ({@link VALUE_TICKS} of them, about): when they would crowd, those at
 * multiples of twice the step, so 0 keeps its label (−40, −20, 0, +20; not −50, −30, −10, +10).
 */
export function valueTicks(y: PercentScale, label: (value: number) => string): Tick[] {
  const values = roundTicks(y.lo, y.hi, VALUE_TICKS);
  const gap = values.length > 1 ? (y.bottom - y.top) / (values.length - 1) : Infinity;
  const twice = values.length > 1 ? 2 * (values[1]! - values[0]!) : 1;
  const kept = gap < MIN_TICK_GAP ? values.filter((v) => Math.abs(v / twice - Math.round(v / twice)) < 1e-6) : values;
  return kept.map((v) => ({ position: y(v), lines: [label(v)] }));
}
