import { formatFullDate } from "../format/date.js";
import { formatPercent } from "../format/number.js";
import { el, type Markup, num, text } from "../markup/builder.js";
import { utcTime } from "../model/dates.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";
import { summarizeTrend } from "../summary/summarize.js";
import { niceScale, type Tick, timeScale, timeTicks, valueScale, valueTicks } from "./axes.js";
import { type DirectLabel, directLabels, dodge, drawDirectLabel, drawLegend, labelsHeight, legendRows } from "./labels.js";
import { type ChartOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { drawSeries } from "./series.js";
import { textWidth, truncate, wrap } from "./text.js";
import { chartStyle, DARK, LIGHT, type Palette, seriesColor } from "./theme.js";

const PAD = 16;
const TICK_SIZE = 12;

/**
 * FNV-1a over what the chart shows (texts, dates, values, margins) and its options: a short, stable
 * id, so two different charts on one page never share ids. Walking the data avoids JSON.stringify.
 */
function contentId(dataset: PollDataset, options: ResolvedOptions): string {
  let h = 0x811c9dc5;
  const mix = (part: string | undefined) => {
    if (part !== undefined) for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  // Numbers mix in as their hundredths: the precision the chart draws.
  const mixNumber = (n: number | undefined) => {
    h = Math.imul(h ^ (n === undefined ? -1 : Math.round(n * 100)), 0x01000193);
  };
  for (const value of Object.values(options)) mix(String(value));
  mix(dataset.title);
  mix(dataset.subtitle ?? dataset.question);
  mix(dataset.source?.name);
  mix(dataset.population);
  for (const event of dataset.events ?? []) {
    mix(event.date);
    mix(event.label);
  }
  for (const series of dataset.series) {
    mix(series.id);
    mix(series.label);
    for (const p of series.points) {
      mix(p.date);
      mixNumber(p.value);
      mixNumber(p.marginOfError);
    }
  }
  return (h >>> 0).toString(36);
}

function textLines(lines: readonly string[], x: number, top: number, size: number, lineHeight: number, color: string, cls: string, extra: Record<string, string> = {}): Markup {
  const items = lines.map((line, i) => el("text", { x, y: top + size * 0.8 + i * lineHeight }, text(line)));
  return el("g", { class: cls, fill: color, "font-size": size, ...extra }, ...items);
}

function footerLines(dataset: PollDataset, o: ResolvedOptions, width: number): string[] {
  const population = dataset.population && (dataset.source ? dataset.population : `Population: ${dataset.population}`);
  const source = [dataset.source && `Source: ${dataset.source.name}`, population].filter(Boolean).join(" · ");
  const lines = source ? wrap(source, width, 12, 2) : [];
  const hasMargins = dataset.series.some((s) => s.points.some((p) => p.marginOfError !== undefined));
  if (hasMargins && o.showMarginOfError) lines.push(...wrap("Bars and bands show each poll’s margin of error at 95% confidence, where one was published.", width, 12, 2));
  return lines;
}

function tickMarks(ticks: readonly Tick[], x: number | undefined, y: number | undefined, palette: Palette, anchor: string): Markup {
  const labels = ticks.map((t) => {
    const tx = x ?? t.position;
    const ty = y ?? t.position + 4;
    return el("text", { x: tx, y: ty }, ...t.lines.map((line, i) => (i === 0 ? text(line) : el("tspan", { x: tx, dy: 14 }, text(line)))));
  });
  return el("g", { class: "pt-mu", fill: palette.muted, "font-size": TICK_SIZE, "text-anchor": anchor }, ...labels);
}

/**
 * Renders poll series as a standalone, accessible SVG trend chart: one line per series with a marker
 * at every poll, margins of error, events, direct labels, title, source and an accessible description
 * (the {@link summarizeTrend} text). Pure: same input, same bytes; no DOM needed.
 *
 * @throws {PollDataError} when the data is invalid. A `TypeError` or `RangeError` naming the option when an option is.
 * @example
 * import { writeFileSync } from "node:fs";
 * writeFileSync("chart.svg", renderTrendChart(apNorcUkraineSupport, { width: 640, colorScheme: "auto" }));
 */
export function renderTrendChart(input: PollDataset, options?: ChartOptions): string {
  const dataset = parseDataset(input);
  const o = resolveOptions(options);
  const palette = o.colorScheme === "dark" ? DARK : LIGHT;
  const { width: W, height: H, locale } = o;
  const id = o.idPrefix ?? `pt-${contentId(dataset, o)}`;
  const inner = W - 2 * PAD;
  const series = dataset.series;
  const points = series.flatMap((s) => s.points);

  // Header, from the top.
  const title = wrap(dataset.title, inner, 20, 3, true);
  const subtitleText = dataset.subtitle ?? dataset.question;
  const subtitle = subtitleText ? wrap(subtitleText, inner, 14, 3) : [];
  let top = PAD + title.length * 24 + (subtitle.length ? 4 + subtitle.length * 18 : 0) + 12;

  // Footer, from the bottom.
  const footer = footerLines(dataset, o, inner);
  const plotBottom = H - PAD - footer.length * 16 - (footer.length ? 8 : 0) - 36;

  // Y labels set the left edge; the label column sets the right edge.
  const extent: [number, number] = [100, 0];
  for (const p of points) {
    const margin = o.showMarginOfError ? (p.marginOfError ?? 0) : 0;
    if (p.value - margin < extent[0]) extent[0] = p.value - margin;
    if (p.value + margin > extent[1]) extent[1] = p.value + margin;
  }
  const y = valueScale(o.yDomain, [Math.max(0, extent[0]), Math.min(100, extent[1])]);
  const { lo, hi } = y;
  const outside = points.find((p) => p.value < lo || p.value > hi);
  if (outside) throw new RangeError(`poll-trend: options.yDomain [${lo}, ${hi}] leaves out the poll of ${outside.date} at ${outside.value}%`);
  const plotLeft = PAD + Math.max(...valueTicks(y, locale, 10).map((t) => textWidth(t.lines[0] ?? "", TICK_SIZE))) + 8;

  const latest = series.map((s) => s.points[s.points.length - 1] ?? { value: 0, date: "" });
  const labelTexts = series.map((s, i) => `${formatPercent(latest[i]?.value ?? 0, locale)} ${s.label}`);
  let mode = o.labels;
  let column = 0;
  let labels: DirectLabel[] = [];
  if (mode === "direct") {
    const widest = Math.max(...labelTexts.map((t) => textWidth(t, 13, true)));
    column = Math.min(Math.max(widest, 60), Math.max(120, inner * 0.3)) + 22;
    labels = directLabels(labelTexts, column - 22);
    if (labelsHeight(labels) > plotBottom - top + 20) {
      mode = "legend";
      labels = [];
    }
  }
  const legend = mode === "legend" ? legendRows(series.map((s) => s.label), inner) : [];
  const legendTop = top - 4;
  if (legend.length) top += ((legend[legend.length - 1]?.row ?? 0) + 1) * 20 + 6;
  const plotRight = W - PAD - (mode === "direct" ? column + 8 : 0);

  // Time: every poll and event; event labels get rows above the plot.
  const events = dataset.events ?? [];
  const x = timeScale([...points, ...events].map((p) => utcTime(p.date)), plotLeft, plotRight);
  const rowEnds: number[] = [];
  const eventMarks = events.map((event) => {
    const ex = x(utcTime(event.date));
    const label = truncate(event.label, plotRight - plotLeft - 8, 12);
    const w = textWidth(label, 12);
    const right = ex + 4 + w <= plotRight + column;
    const [start, end] = right ? [ex + 4, ex + 4 + w] : [ex - 4 - w, ex - 4];
    let row = rowEnds.findIndex((e) => e < start);
    if (row < 0) row = rowEnds.length < 3 ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = end + 8;
    return { event, ex, label, anchor: right ? "start" : "end", tx: right ? ex + 4 : ex - 4, row };
  });
  top += rowEnds.length * 15;
  if (plotBottom - top < 60) {
    throw new RangeError(`poll-trend: options.height (${H}) leaves ${Math.max(0, Math.round(plotBottom - top))}px for the plot; give at least ${Math.ceil(H + 60 - (plotBottom - top))}`);
  }
  y.bottom = plotBottom;
  y.top = top;
  if (o.yDomain === "fit") niceScale(y);

  // Direct labels next to each line's last poll, moved apart where they would overlap.
  if (mode === "direct") {
    labels.forEach((label, i) => {
      label.target = y(latest[i]?.value ?? 0);
    });
    dodge(labels, top - 10, plotBottom + 20);
  }

  const yTicks = valueTicks(y, locale);
  const xTicks = timeTicks(x, TICK_SIZE);
  const decoration = el(
    "g",
    { "aria-hidden": "true" },
    el("rect", { class: "pt-bg", width: W, height: H, fill: palette.background }),
    textLines(title, PAD, PAD, 20, 24, palette.text, "pt-tx", { "font-weight": "bold" }),
    el("path", { class: "pt-gr", d: yTicks.map((t) => `M${num(plotLeft)},${num(t.position)}H${num(plotRight)}`).join(""), stroke: palette.grid, "stroke-width": 1, fill: "none" }),
    el("path", { class: "pt-ax", d: `M${num(plotLeft)},${num(plotBottom)}H${num(plotRight)}${xTicks.map((t) => `M${num(t.position)},${num(plotBottom)}v5`).join("")}`, stroke: palette.axis, "stroke-width": 1, fill: "none" }),
    tickMarks(yTicks, plotLeft - 8, undefined, palette, "end"),
    tickMarks(xTicks, undefined, plotBottom + 18, palette, "middle"),
    ...(legend.length ? [drawLegend(legend, PAD, legendTop, palette)] : []),
  );
  const subtitleMarks = subtitle.length ? [textLines(subtitle, PAD, PAD + title.length * 24 + 4, 14, 18, palette.muted, "pt-mu")] : [];

  const eventGroups = eventMarks.map(({ event, ex, label, anchor, tx, row }) => {
    const ty = top - rowEnds.length * 15 + row * 15 + 10;
    return el(
      "g",
      { role: "graphics-symbol", "aria-label": `Event, ${formatFullDate(event.date)}: ${event.label}` },
      el("path", { class: "pt-ax", d: `M${num(ex)},${num(ty + 3)}V${num(plotBottom)}`, stroke: palette.axis, "stroke-width": 1, "stroke-dasharray": "3 3", fill: "none" }),
      el("text", { class: "pt-mu", x: tx, y: ty, fill: palette.muted, "font-size": 12, "text-anchor": anchor }, text(label)),
    );
  });

  const seriesMarks = series.map((s, i) => drawSeries(s, i, x, y, palette, o));
  const labelMarks = labels.map((label) => {
    const last = latest[label.index];
    const lx = last ? x(utcTime(last.date)) : plotRight;
    const ly = label.target;
    const cy = label.top + 8;
    // A leader only bridges a label that was moved away from a line ending at the plot's right edge;
    // a long one would read as a measured value where no poll was taken.
    const leader = plotRight - lx <= 24 && Math.abs(cy - ly) > 3 ? [el("path", { class: `pt-s${label.index}`, d: `M${num(lx + 6)},${num(ly)}L${num(plotRight + 4)},${num(cy)}`, stroke: seriesColor(palette, label.index), "stroke-width": 1, fill: "none" })] : [];
    return el("g", {}, ...leader, drawDirectLabel(label, plotRight + 8, palette, formatPercent(last?.value ?? 0, locale)));
  });
  const footerMarks = footer.length ? [textLines(footer, PAD, H - PAD - footer.length * 16 + 2, 12, 16, palette.muted, "pt-mu")] : [];

  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      id,
      viewBox: `0 0 ${W} ${H}`,
      width: W,
      height: H,
      role: "graphics-document",
      "aria-roledescription": "line chart",
      "aria-labelledby": `${id}-title`,
      "aria-describedby": `${id}-desc`,
      lang: "en",
      "font-family": o.fontFamily,
    },
    el("title", { id: `${id}-title` }, text(dataset.title)),
    el("desc", { id: `${id}-desc` }, text(summarizeTrend(dataset))),
    el("style", {}, text(chartStyle(id, o.colorScheme, series.length))),
    decoration,
    ...subtitleMarks,
    ...eventGroups,
    ...seriesMarks,
    ...(labelMarks.length ? [el("g", { "aria-hidden": "true" }, ...labelMarks)] : []),
    ...footerMarks,
  );
}
