import type { ScaleTime } from "d3-scale";
import type { PercentScale } from "./axes.js";
import { formatDateRange, formatMonthYear } from "../format/date.js";
import { formatMargin, formatNumber, formatPercent } from "../format/number.js";
import { el, type Markup, num } from "../markup/builder.js";
import { utcTime } from "../model/dates.js";
import type { PollPoint, PollSeries } from "../model/types.js";
import { marker, type Palette, seriesColor, seriesStyle } from "./theme.js";

/**
 * Above this many polls in one series, a chart draws no marker, error bar or accessible label per
 * poll: only the line, the margin band, and markers at the first, latest, highest and lowest polls
 * (and at isolated polls, which have no line). The series' own label then summarises the rest.
 */
export const MARKER_LIMIT = 300;

const DAY = 86_400_000;

interface Placed {
  readonly point: PollPoint;
  /** Milliseconds since the epoch of the poll's date. */
  readonly time: number;
  readonly x: number;
  readonly y: number;
}

/** Straight segments through the points, "M x,y L x,y …": polls are joined, never smoothed. */
export function polyline(points: readonly (readonly [number, number])[]): string {
  let d = "";
  for (const [x, y] of points) d += `${d ? "L" : "M"}${num(x)},${num(y)}`;
  return d;
}

/** Splits a series into runs of polls, breaking where the gap between two polls is longer than `maxGapDays`. */
export function runs(points: readonly Placed[], maxGapDays: number | undefined): Placed[][] {
  const times = points.map((p) => p.time);
  let limit = maxGapDays;
  if (limit === undefined) {
    const gaps = Float64Array.from(times.slice(1), (t, i) => t - (times[i] as number)).sort();
    limit = gaps.length >= 3 ? (3 * (gaps[Math.floor(gaps.length / 2)] as number)) / DAY : Number.POSITIVE_INFINITY;
  }
  const result: Placed[][] = [];
  let run: Placed[] = [];
  points.forEach((p, i) => {
    if (i > 0 && ((times[i] as number) - (times[i - 1] as number)) / DAY > (limit as number)) {
      result.push(run);
      run = [];
    }
    run.push(p);
  });
  result.push(run);
  return result;
}

/** What a screen reader says for one poll: series, field dates, value, margin and sample. */
export function pointLabel(series: PollSeries, point: PollPoint, locale: string): string {
  let label = `${series.label}, ${formatDateRange(point.fieldStart, point.date)}: ${formatPercent(point.value, locale)}`;
  if (point.marginOfError !== undefined) label += `, margin of error ${formatMargin(point.marginOfError, locale)} percentage points`;
  if (point.sampleSize !== undefined) label += `, ${formatNumber(point.sampleSize, locale)} respondents`;
  return label;
}

/** The series' own accessible label. */
function seriesLabel(series: PollSeries, locale: string, extremes: { high: number; low: number }): string {
  const { points } = series;
  const first = points[0] as PollPoint;
  const last = points[points.length - 1] as PollPoint;
  if (points.length === 1) return `${series.label}: 1 poll`;
  let label = `${series.label}: ${formatNumber(points.length, locale)} polls, ${formatMonthYear(first.date)} to ${formatMonthYear(last.date)}`;
  if (points.length > MARKER_LIMIT) {
    label += `, from ${formatPercent(first.value, locale)} to ${formatPercent(last.value, locale)}; high ${formatPercent(extremes.high, locale)}, low ${formatPercent(extremes.low, locale)}`;
  }
  return label;
}

/** Draws one series: margin band, line, error bars and markers, inside a named group. */
export function drawSeries(
  series: PollSeries,
  index: number,
  x: ScaleTime<number, number>,
  y: PercentScale,
  palette: Palette,
  options: { readonly showMarginOfError: boolean; readonly maxGapDays: number | undefined; readonly locale: string },
): Markup {
  const { lo, hi } = y;
  const clamp = (v: number) => y(Math.max(lo, Math.min(hi, v)));
  const placed: Placed[] = series.points.map((point) => {
    const time = utcTime(point.date);
    return { point, time, x: x(time), y: y(point.value) };
  });
  const color = seriesColor(palette, index);
  const { dash } = seriesStyle(index);
  const many = placed.length > MARKER_LIMIT;
  const parts: Markup[] = [];
  const lines = runs(placed, options.maxGapDays);

  if (options.showMarginOfError) {
    // The band runs along the upper ends of the margins and back along the lower ends.
    const band = (stretch: Placed[]) =>
      `${polyline(stretch.map((p) => [p.x, clamp(p.point.value + (p.point.marginOfError ?? 0))]))}${polyline(stretch.reverse().map((p) => [p.x, clamp(p.point.value - (p.point.marginOfError ?? 0))])).replace("M", "L")}Z`;
    let d = "";
    for (const run of lines) {
      let stretch: Placed[] = [];
      for (const p of [...run, undefined]) {
        if (p && p.point.marginOfError !== undefined) stretch.push(p);
        else {
          if (stretch.length > 1) d += band(stretch);
          stretch = [];
        }
      }
    }
    if (d) parts.push(el("path", { class: `pt-f${index} pt-band`, d, fill: color, "fill-opacity": 0.14, "aria-hidden": "true" }));
    if (!many) {
      let bars = "";
      for (const p of placed) {
        const m = p.point.marginOfError;
        if (m === undefined) continue;
        const top = num(clamp(p.point.value + m));
        const bottom = num(clamp(p.point.value - m));
        const px = num(p.x);
        bars += `M${px},${top}V${bottom}M${num(p.x - 3)},${top}h6M${num(p.x - 3)},${bottom}h6`;
      }
      if (bars) parts.push(el("path", { class: `pt-s${index}`, d: bars, stroke: color, "stroke-width": 1.25, fill: "none", "aria-hidden": "true" }));
    }
  }

  const d = lines.map((run) => (run.length > 1 ? polyline(run.map((p) => [p.x, p.y])) : "")).join("");
  if (d) parts.push(el("path", { class: `pt-s${index}`, d, fill: "none", stroke: color, "stroke-width": 2.5, "stroke-dasharray": dash || undefined, "stroke-linejoin": "round", "stroke-linecap": "round", "aria-hidden": "true" }));

  let high = placed[0]?.point.value ?? 0;
  let low = high;
  for (const p of placed) {
    if (p.point.value > high) high = p.point.value;
    if (p.point.value < low) low = p.point.value;
  }
  let shown = placed;
  if (many) {
    // The first and latest polls, isolated ones (no line reaches them), and the first at the high and at the low.
    const isolated = new Set(lines.filter((run) => run.length === 1).map((run) => run[0]));
    const firstHigh = placed.find((p) => p.point.value === high);
    const firstLow = placed.find((p) => p.point.value === low);
    shown = placed.filter((p, i) => i === 0 || i === placed.length - 1 || isolated.has(p) || p === firstHigh || p === firstLow);
  }
  for (const p of shown) {
    parts.push(marker(index, p.x, p.y, palette, { role: "graphics-symbol", "aria-label": pointLabel(series, p.point, options.locale) }));
  }
  return el("g", { class: `pt-group pt-group-${index}`, role: "graphics-object", "aria-label": seriesLabel(series, options.locale, { high, low }) }, ...parts);
}
