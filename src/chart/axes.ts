import { nice, ticks } from "d3-array";
import { type ScaleTime, scaleUtc } from "d3-scale";
import { formatTick } from "../format/date.js";
import { formatPercent } from "../format/number.js";
import { textWidth } from "./text.js";

/** One tick on an axis: where, and its label lines. */
export interface Tick {
  readonly position: number;
  readonly lines: readonly string[];
}

const DAY = 86_400_000;

/** The time scale over all polls and events, padded so end markers sit inside the plot. */
export function timeScale(times: readonly number[], left: number, right: number): ScaleTime<number, number> {
  let lo = Math.min(...times);
  let hi = Math.max(...times);
  const pad = hi === lo ? 30 * DAY : (hi - lo) * 0.03;
  lo -= pad;
  hi += pad;
  return scaleUtc().domain([new Date(lo), new Date(hi)]).range([left, right]);
}

/**
 * Time ticks with AP style labels: "2023" for years; "May" or "Sept. 30" within a year, with the year
 * on a second line at the first tick and wherever the year changes. Fewer ticks are used until the
 * labels fit side by side.
 */
export function timeTicks(x: ScaleTime<number, number>, fontSize: number): Tick[] {
  const [left, right] = x.range() as [number, number];
  const all = x.ticks(Math.max(2, Math.floor((right - left) / 50)));
  const unit = all.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1) ? "year" : all.every((d) => d.getUTCDate() === 1) ? "month" : "day";
  // d3 has no interval between 3 months and a year, so thin the ticks rather than ask for fewer.
  for (let step = 1; ; step++) {
    let year = -1;
    // Keep the ticks that include January when thinning, so the years stay anchored.
    const january = all.findIndex((d) => d.getUTCMonth() === 0);
    const offset = january < 0 ? 0 : january % step;
    const ticks = all
      .filter((_, i) => i % step === offset)
      .map((date) => {
        const first = formatTick(date, unit);
        const y = date.getUTCFullYear();
        const lines = unit !== "year" && y !== year ? [first, String(y)] : [first];
        year = y;
        return { position: x(date), lines };
      });
    const widest = Math.max(0, ...ticks.map((t) => Math.max(...t.lines.map((l) => textWidth(l, fontSize)))));
    const gap = ticks.length > 1 ? (ticks[1] as Tick).position - (ticks[0] as Tick).position : Number.POSITIVE_INFINITY;
    if (ticks.length <= 1 || gap >= widest + 8) return ticks;
  }
}

/**
 * A linear percent scale. d3's scaleLinear would do, but it brings d3-format for a tickFormat this
 * chart never uses (2.7 kB gzip); d3-array's ticks and nice give the same ticks.
 */
export interface PercentScale {
  (value: number): number;
  lo: number;
  hi: number;
  bottom: number;
  top: number;
}

/** The percent scale: 0–100, a fitted domain from a round number, or the given one. */
export function valueScale(domain: "zero-to-hundred" | "fit" | readonly [number, number], extent: readonly [number, number]): PercentScale {
  let [lo, hi] = domain === "zero-to-hundred" ? [0, 100] : domain === "fit" ? extent : domain;
  if (domain === "fit") {
    const step = hi - lo > 40 ? 10 : 5;
    lo = Math.max(0, Math.floor(lo / step) * step);
    hi = Math.min(100, Math.ceil(hi / step) * step);
    if (hi - lo < step) [lo, hi] = lo + step <= 100 ? [lo, lo + step] : [hi - step, hi];
  }
  const scale = ((v: number) => scale.bottom + ((v - scale.lo) / (scale.hi - scale.lo)) * (scale.top - scale.bottom)) as PercentScale;
  return Object.assign(scale, { lo, hi, bottom: 0, top: 0 });
}

/** How many percent ticks fit about 40px apart. */
export function tickCount(y: PercentScale): number {
  return Math.max(2, Math.min(10, Math.floor((y.bottom - y.top) / 40)));
}

/** Extends a fitted domain to round ticks, so its top and bottom have gridlines. */
export function niceScale(y: PercentScale): void {
  [y.lo, y.hi] = nice(y.lo, y.hi, tickCount(y)) as [number, number];
}

/** Percent ticks about 40px apart (or `count` of them). */
export function valueTicks(y: PercentScale, locale: string, count = tickCount(y)): Tick[] {
  return ticks(y.lo, y.hi, count).map((v) => ({ position: y(v), lines: [formatPercent(v, locale)] }));
}
