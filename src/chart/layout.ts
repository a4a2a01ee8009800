import { roundTicks } from "./steps.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { prepareTrend, trendOptionsOf } from "../trend/prepare.js";
import type { NumberFormat } from "../words/numbers.js";
import { utcTime } from "../model/dates.js";
import { dataError } from "../model/error.js";
import type { PollDataset } from "../model/types.js";
import { chartDescription } from "./describe.js";
import { chartName, placeSeries, type SeriesLayout } from "./place.js";
import {
  keepInside,
  type PercentScale,
  type Tick,
  TICK_SIZE,
  type TimeScale,
  timeScale,
  timeTicks,
  valueDomain,
  valueScale,
  valueTicks,
} from "./axes.js";
import { EVENT_LINE, type EventMark, placeEvents } from "./events.js";
import {
  type DirectLabel,
  GLYPH,
  LABEL_LINE,
  type LegendEntry,
  labelColumn,
  labelText,
  placeDirectLabels,
  placeLegend,
} from "./labels.js";
import { planMarks, type SeriesPlan, uncertaintyNote } from "./marks.js";
import { type ChartOptions, NARROW, optionError, type ResolvedOptions, resolveOptions } from "./options.js";
import { DEFAULT_MEASURE, type TextMeasure, textMeasure } from "./text.js";
import { type Palette, schemePalettes } from "./theme.js";

/** Lines of text at a place: drawn as one `<text>` per line. */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly x: number;
  /** The y of the top of the first line. */
  readonly top: number;
  readonly size: number;
  readonly lineHeight: number;
}

/** The key: labels beside the lines' ends, or a legend above the plot. */
export type ChartKey =
  | { readonly mode: "direct"; readonly x: number; readonly labels: readonly DirectLabel[] }
  | { readonly mode: "legend"; readonly x: number; readonly y: number; readonly entries: readonly LegendEntry[] };

/** Everything a chart draws, decided before drawing: one frozen object that drawing only reads. */
export interface ChartLayout {
  /** The prepared trend the chart draws: its dataset, facts, number formatter and words. */
  readonly trend: PreparedTrend;
  readonly dataset: PollDataset;
  readonly options: ResolvedOptions;
  readonly format: NumberFormat;
  readonly palette: Palette;
  /** Below 480 px: a key above the plot, fewer and shorter time ticks. */
  readonly narrow: boolean;
  readonly width: number;
  readonly height: number;
  readonly title: TextBlock;
  readonly subtitle?: TextBlock;
  /** The footer: one block per paragraph (source, notes), so each reads as its own sentence. */
  readonly footer: readonly TextBlock[];
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly x: TimeScale;
  readonly y: PercentScale;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** Events, their rules and labels; `top` is where the first row of labels starts. */
  readonly events: { readonly marks: readonly EventMark[]; readonly top: number };
  readonly key: ChartKey;
  readonly series: readonly SeriesLayout[];
  /** The chart's accessible name: the title, or with `frame: "plot"` "Line chart of …". */
  readonly name: string;
  /** The footer's notes, unwrapped, each a sentence: what the marks show, and events noted by number. The source line is not one of them. */
  readonly notes: readonly string[];
  /** The short description: the alt text, at most 160 characters. */
  readonly description: string;
  /** How the value axis writes a value: "48%", or a net value "+8". */
  readonly valueLabel: (value: number) => string;
}

const TITLE = { wide: 20, narrow: 18 };
const SUBTITLE = 14;
const FOOTER = 12;
const FOOTER_LINE = 16;
/** The smallest plot height worth drawing. */
export const MIN_PLOT = 80;

/** What does not depend on the chart's height: decided once. */
interface Prepared {
  readonly trend: PreparedTrend;
  readonly dataset: PollDataset;
  readonly o: ResolvedOptions;
  readonly f: NumberFormat;
  readonly narrow: boolean;
  readonly pad: number;
  readonly plans: readonly SeriesPlan[];
  readonly title: readonly string[];
  readonly titleSize: number;
  readonly subtitle: readonly string[];
  readonly source: string;
  readonly note: string;
  readonly domain: readonly [number, number];
  readonly plotLeft: number;
  readonly texts: readonly string[];
  readonly times: readonly number[];
  readonly measure: TextMeasure;
  readonly valueLabel: (value: number) => string;
}

function prepare(trend: PreparedTrend, o: ResolvedOptions): Prepared {
  const { dataset, f, words: w } = trend;
  const net = dataset.series.some((s) => s.measure === "net");
  if (net && dataset.series.some((s) => s.measure !== "net")) {
    const at = dataset.series.findIndex((s) => s.measure !== "net");
    throw dataError([
      {
        path: ["series", at, "measure"],
        message:
          "expected every series of one chart to measure the same thing, received shares beside net values (draw them in two charts)",
      },
    ]);
  }
  const valueLabel = (v: number) => w.value({ value: v, measure: net ? "net" : "share" }, f);
  const measure = o.fontMetrics ? textMeasure(o.fontMetrics) : DEFAULT_MEASURE;
  const narrow = o.width < NARROW;
  const pad = narrow ? 12 : 16;
  const inner = o.width - 2 * pad;
  const plans = planMarks(trend, o);
  const titleSize = narrow ? TITLE.narrow : TITLE.wide;
  const subtitleText = dataset.subtitle ?? dataset.question;
  const source = w.sourceLine(dataset.source?.name, dataset.population);
  // The extent of what is drawn: polls, the margins drawn around them, and the averages' single-poll bands.
  let lo = net ? 0 : 100;
  let hi = 0;
  for (const plan of plans) {
    const margins = plan.bars || plan.bands;
    for (const p of plan.series.points) {
      const m = margins ? (p.marginOfError ?? 0) : 0;
      lo = Math.min(lo, p.value - m);
      hi = Math.max(hi, p.value + m);
    }
    for (const e of plan.average?.runs.flat() ?? []) {
      lo = Math.min(lo, e.pollLower);
      hi = Math.max(hi, e.pollUpper);
    }
  }
  const bounds: readonly [number, number] = net ? [-100, 100] : [0, 100];
  const domain = valueDomain(
    net && o.yDomain === "zero-to-hundred" ? "fit" : o.yDomain,
    [Math.max(bounds[0], lo), Math.min(bounds[1], hi)],
    bounds,
  );
  const outside = plans.flatMap((p) => p.series.points).find((p) => p.value < domain[0] || p.value > domain[1]);
  if (outside)
    throw optionError(
      "yDomain",
      `expected a range that holds every poll, received [${domain[0]}, ${domain[1]}], which leaves out the poll of ${outside.date} at ${valueLabel(outside.value)}`,
    );
  // The widest percent label any tick count could give, with room for a fitted domain's rounding.
  const candidates = [...roundTicks(domain[0], domain[1], 10), ...bounds, 0].map((v) =>
    measure.width(valueLabel(v), TICK_SIZE),
  );
  return {
    trend,
    valueLabel,
    dataset,
    o,
    f,
    measure,
    narrow,
    pad,
    plans,
    title: o.frame === "full" ? measure.wrap(dataset.title, inner, titleSize, true) : [],
    titleSize,
    subtitle: subtitleText && o.frame === "full" ? measure.wrap(subtitleText, inner, SUBTITLE) : [],
    source,
    note: uncertaintyNote(plans, trend),
    domain,
    plotLeft: pad + Math.max(...candidates) + 8,
    texts: plans.map((p) => labelText(valueLabel(p.latestValue), p.series.label)),
    times: [...dataset.series.flatMap((s) => s.points), ...(dataset.events ?? [])].map((p) => utcTime(p.date)),
  };
}

/** Lays the chart out at one height (or `"auto"`), or returns `undefined` when the plot would be too small. */
function attempt(p: Prepared, height: number | "auto"): Omit<ChartLayout, "description"> | undefined {
  const { o, f, pad, narrow, dataset } = p;
  const W = o.width;
  const inner = W - 2 * pad;
  const titleHeight = p.title.length * (p.titleSize + 4);
  const header = pad + titleHeight + (p.subtitle.length ? 4 + p.subtitle.length * 18 : 0) + (p.title.length ? 12 : 0);
  const modes = narrow || o.labels === "legend" ? (["legend"] as const) : (["direct", "legend"] as const);
  for (const mode of modes) {
    // Across: the plot's left edge is set by the percent labels, its right edge by the label column.
    const column = mode === "direct" ? labelColumn(p.texts, inner, p.measure) : 0;
    const plotRight = W - pad - column;
    const x = timeScale(p.times, p.plotLeft, plotRight);
    const events = placeEvents(dataset.events ?? [], (e) => x(utcTime(e.date)), pad, W - pad, p.measure);
    const notes = events.marks
      .filter((m) => m.note !== undefined)
      .map((m) => p.trend.words.eventNote(m.note as number, m.event.label, p.trend.words.fullDate(m.event.date)));
    const noteTexts = [p.note, notes.join(" ")].filter(Boolean);
    const paragraphs =
      o.frame === "full"
        ? [p.source, ...noteTexts].filter(Boolean).map((text) => p.measure.wrap(text, inner, FOOTER))
        : [];
    const footerLines = paragraphs.reduce((n, lines) => n + lines.length, 0);
    const legend = mode === "legend" ? placeLegend(p.texts, inner, p.measure) : undefined;
    const xTicks = keepInside(timeTicks(x, narrow, p.measure, p.trend.words), pad / 2, W - pad / 2, p.measure);
    // Down: header, key, event rows, plot, axis, footer.
    const keyTop = header;
    const eventsTop = keyTop + (legend ? legend.height + 10 : 0);
    const plotTop = eventsTop + events.rows * EVENT_LINE + (events.rows ? 6 : 0);
    const axis = xTicks.some((t) => t.lines.length > 1) ? 36 : 22;
    const footerHeight = footerLines ? 8 + footerLines * FOOTER_LINE : 0;
    const fixed = plotTop + axis + footerHeight + pad;
    let plotHeight: number;
    if (height === "auto") {
      plotHeight = Math.min(400, Math.max(160, Math.round((plotRight - p.plotLeft) * (narrow ? 0.75 : 0.6))));
      if (mode === "direct") plotHeight = Math.max(plotHeight, p.texts.length * (LABEL_LINE + 4) + 12);
    } else plotHeight = height - fixed;
    if (plotHeight < MIN_PLOT) continue;
    const plotBottom = plotTop + plotHeight;
    const y = valueScale(p.domain, o.yDomain === "fit", plotBottom, plotTop);
    let key: ChartKey;
    if (mode === "direct") {
      const targets = p.plans.map((plan) => y(plan.latestValue));
      const labels = placeDirectLabels(p.texts, targets, column - GLYPH - 8, plotTop - 6, plotBottom + 6, p.measure);
      if (!labels) continue;
      key = { mode, x: plotRight + 8, labels };
    } else key = { mode: "legend", x: pad, y: keyTop, entries: legend?.entries ?? [] };
    return {
      trend: p.trend,
      valueLabel: p.valueLabel,
      dataset,
      options: o,
      format: f,
      palette: schemePalettes(o.palette)[o.colorScheme === "dark" ? "dark" : "light"],
      narrow,
      width: W,
      height: Math.ceil(fixed + plotHeight),
      title: { lines: p.title, x: pad, top: pad, size: p.titleSize, lineHeight: p.titleSize + 4 },
      ...(p.subtitle.length
        ? { subtitle: { lines: p.subtitle, x: pad, top: pad + titleHeight + 4, size: SUBTITLE, lineHeight: 18 } }
        : {}),
      footer: paragraphs.map((lines, i) => ({
        lines,
        x: pad,
        top: plotBottom + axis + 8 + paragraphs.slice(0, i).reduce((n, l) => n + l.length, 0) * FOOTER_LINE,
        size: FOOTER,
        lineHeight: FOOTER_LINE,
      })),
      plot: { left: p.plotLeft, right: plotRight, top: plotTop, bottom: plotBottom },
      x,
      y,
      xTicks,
      yTicks: valueTicks(y, p.valueLabel),
      events: { marks: events.marks, top: eventsTop },
      key,
      series: p.plans.map((plan) => placeSeries(plan, x, y, o.maxGapDays)),
      name: o.frame === "full" ? dataset.title : chartName(p.trend),
      notes: noteTexts,
    };
  }
  return undefined;
}

/** The smallest whole height at which the chart lays out: found by bisection, then checked. */
function minimumHeight(p: Prepared): number | undefined {
  if (!attempt(p, 4000)) return undefined;
  let [lo, hi] = [1, 4000];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (attempt(p, mid)) hi = mid;
    else lo = mid + 1;
  }
  // Bisection assumes that more height never hurts; step down while a smaller height still works.
  while (lo > 1 && attempt(p, lo - 1)) lo--;
  return lo;
}

/**
 * Lays a chart out: one frozen {@link ChartLayout} with every box, scale, tick, text line and mark
 * position, decided in a fixed order on final numbers: header and footer (wrapped, never cut), the key
 * and events across, then the plot's height, then the direct labels with the real plot box (or a key
 * above it when they cannot sit near their lines), then scales and ticks. Drawing only reads it.
 *
 * @throws {PollDataError} when the data is invalid, or naming a bad option (`options.height`),
 * including a height too small for the chart, with the smallest height that works.
 * @example
 * const { plot, key } = layout(apNorcUkraineSupport, { width: 320 });
 */
export function layout(input: PollDataset | PreparedTrend, options?: ChartOptions): ChartLayout {
  const checked = resolveOptions(options);
  const trend = prepareTrend(input, trendOptionsOf(options));
  // The trend's own options (a prepared trend's locale, say) are the chart's.
  const o: ResolvedOptions = { ...checked, ...trend.options };
  const prepared = prepare(trend, o);
  const result = attempt(prepared, o.height);
  // The description is written once, from the final layout, not at every height the search tries.
  if (result) return Object.freeze({ ...result, description: chartDescription(result) });
  const min = minimumHeight(prepared);
  const need =
    min === undefined
      ? "no height up to 4000 px leaves room for it"
      : `the smallest height that fits this chart is ${min}`;
  throw optionError(
    "height",
    (words) =>
      `expected a height that leaves at least ${MIN_PLOT} px for the plot (${need}, or ${words("height", "auto")}), received ${o.height}`,
  );
}
