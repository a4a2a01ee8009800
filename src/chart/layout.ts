import { dataError } from "../model/error.js";
import type { Issue } from "../model/schema.js";
import { utcTime } from "../model/dates.js";
import type { PollDataset } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { RECENT_DAYS } from "../trend/field.js";
import { prepareTrend, trendOptionsOf } from "../trend/prepare.js";
import { ESTIMATE_DECIMALS, type NumberFormat } from "../language/numbers.js";
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
import { chartDescription } from "./describe.js";
import { EVENT_LINE, type EventMark, placeEvents } from "./events.js";
import {
  type DirectLabel,
  GLYPH,
  LABEL_LINE,
  LABEL_SIZE,
  type LegendEntry,
  labelColumn,
  labelText,
  placeDirectLabels,
  placeLegend,
} from "./labels.js";
import { planMarks, type SeriesPlan, uncertaintyNote } from "./marks.js";
import { type ChartOptions, NARROW, optionError, type ResolvedOptions, resolveOptions } from "./options.js";
import {
  axesNodes,
  directLabelNodes,
  eventNodes,
  legendNodes,
  type PlotBox,
  type TextBlock,
  textNode,
} from "./paint-frame.js";
import { seriesInks, seriesNodes } from "./paint-series.js";
import { chartName, placeSeries, type SeriesLayout } from "./place.js";
import type { SceneNode } from "./scene.js";
import { DEFAULT_MEASURE, type TextMeasure, textMeasure } from "./text.js";
import { contrastProblem, DARK, LIGHT, type Palette, schemePalettes } from "./theme.js";
import { deepFreeze } from "../model/freeze.js";

export type { TextBlock } from "./paint-frame.js";

/** The key: labels beside the lines' ends, or a legend above the plot. */
export type ChartKey =
  | { readonly mode: "direct"; readonly x: number; readonly labels: readonly DirectLabel[] }
  | { readonly mode: "legend"; readonly x: number; readonly y: number; readonly entries: readonly LegendEntry[] };

/**
 * Everything a chart draws, decided before drawing: one deep-frozen object. `scene` holds every
 * primitive, placed, sized and named; drawing prints it and nothing else. The other fields are what the
 * scene was made from, for `poll-trend/dom` (its hit testing reads the series' placed polls) and tests.
 */
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
  readonly plot: PlotBox;
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
  /** The footer's notes, unwrapped, each a sentence: what the marks show, and events named. The source line is not one of them. */
  readonly notes: readonly string[];
  /** The short description: the alt text, at most 160 characters. */
  readonly description: string;
  /** How the value axis writes a value: "48%", or a net value "+8". */
  readonly valueLabel: (value: number) => string;
  /** Every primitive drawn, in drawing order. */
  readonly scene: readonly SceneNode[];
}

const TITLE = { wide: 20, narrow: 18 };
const TITLE_GAP = 4;
const SUBTITLE = 14;
const SUBTITLE_LINE = 18;
/** Below the title and subtitle, before the key or events. */
const HEADER_GAP = 12;
/** Below a key above the plot. */
const LEGEND_GAP = 10;
/** Below the event rows, before the plot. */
const EVENTS_GAP = 6;
const FOOTER = 12;
const FOOTER_LINE = 16;
const FOOTER_GAP = 8;
/** The time axis below the plot: one line of labels, or two (a year under the first tick). */
const AXIS = { one: 22, two: 36 };
/** The direct labels' column starts this far right of the plot. */
const KEY_GAP = 8;
/** The value labels' column: the widest label and this gap before the plot. */
const VALUE_GAP = 8;
/** The smallest plot height worth drawing. */
export const MIN_PLOT = 80;
/** A plot of "auto" height: this share of its width (narrow: wider), within these bounds. */
const PLOT_RATIO = { wide: 0.6, narrow: 0.75 };
const PLOT_HEIGHT = { min: 160, max: 400 };
/** On a phone, the plot takes at least this share of the chart's height. */
const NARROW_PLOT_SHARE = 0.4;
/** A lone poll's value, beside its marker. */
const VALUE_TEXT_GAP = 10;

/** What does not depend on the chart's height: decided once, texts first. */
interface Prepared {
  readonly trend: PreparedTrend;
  readonly dataset: PollDataset;
  readonly o: ResolvedOptions;
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
  /** Each series' label text ("48% Favor", "Kamala Harris, last polled June 2025"), by series index. */
  readonly texts: readonly string[];
  /** The key's order: the series it names, those of the field now from the highest latest value down, then those no longer polled. */
  readonly order: readonly number[];
  /** The key's row for the series it does not name: "27 others, each under 9%". */
  readonly others: string | undefined;
  readonly times: readonly number[];
  readonly measure: TextMeasure;
  readonly valueLabel: (value: number) => string;
  /** A series' latest value as its key says it. */
  readonly keyValue: (plan: SeriesPlan) => string;
  readonly net: boolean;
  readonly description: string;
}

const text0 = (a = "", b = "") => (a < b ? -1 : a > b ? 1 : 0);

/** The extent of what is drawn: polls, their error bars, the averages' bands. */
function extentOf(plans: readonly SeriesPlan[], net: boolean): [number, number] {
  let lo = net ? 0 : Number.POSITIVE_INFINITY;
  let hi = net ? 0 : Number.NEGATIVE_INFINITY;
  for (const plan of plans) {
    for (const p of plan.series.points) {
      const m = plan.bars ? (p.marginOfError ?? 0) : 0;
      lo = Math.min(lo, p.value - m);
      hi = Math.max(hi, p.value + m);
    }
    for (const e of plan.average?.runs.flat() ?? []) {
      const [l, h] =
        plan.band === "polls"
          ? [e.pollLower, e.pollUpper]
          : plan.band === "average"
            ? [e.lower, e.upper]
            : [e.value, e.value];
      lo = Math.min(lo, l);
      hi = Math.max(hi, h);
    }
  }
  return [lo, hi];
}

/**
 * The chart's series colors in each scheme, by palette place: the palette's, with each colored series'
 * own color (`colors`, else its `color` field) at its place. A series' own color from the data is checked
 * here, against each scheme the chart shows (the `colors` option is checked with the options).
 */
function seriesColors(plans: readonly SeriesPlan[], o: ResolvedOptions): ResolvedOptions["palette"] {
  const { light, dark } = o.palette;
  const size = Math.max(light.length, dark.length, ...plans.map((p) => (p.color === "grey" ? 0 : p.color + 1)));
  const out = {
    light: Array.from({ length: size }, (_, k) => light[k % light.length] as string),
    dark: Array.from({ length: size }, (_, k) => dark[k % dark.length] as string),
  };
  const issues: Issue[] = [];
  for (const plan of plans) {
    // A series' own color in the data is checked whether or not it is drawn: the data is wrong for any chart.
    const data = plan.series.color;
    for (const scheme of data ? (["light", "dark"] as const) : []) {
      const shown = scheme === "light" || o.colorScheme !== "light";
      const background = (scheme === "light" ? LIGHT : DARK).background;
      const problem = shown && data ? contrastProblem(data, background) : undefined;
      if (problem) issues.push({ path: ["series", plan.index, "color"], message: problem });
    }
    const own = o.colors?.[plan.series.id] ?? data;
    if (plan.color === "grey" || own === undefined) continue;
    const byScheme = typeof own === "string" ? { light: own, dark: own } : own;
    for (const scheme of ["light", "dark"] as const) {
      const color = byScheme[scheme]?.toLowerCase();
      if (color) out[scheme][plan.color] = color;
    }
  }
  if (issues.length) throw dataError(issues);
  return out;
}

function prepare(trend: PreparedTrend, input: ResolvedOptions): Prepared {
  const plans = planMarks(trend, input);
  // Each colored series in its own color, or the palette's of its place.
  const o: ResolvedOptions = { ...input, palette: seriesColors(plans, input) };
  const { dataset, words: w } = trend;
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
  const valueLabel = (v: number) => w.value({ value: v, measure: net ? "net" : "share" }, trend.format);
  // The key's value: an average's to one decimal always ("46.0%"), so a column of them aligns.
  const keyValue = (plan: SeriesPlan) =>
    w.value(
      {
        value: plan.latestValue,
        measure: net ? "net" : "share",
        ...(plan.average ? { decimals: ESTIMATE_DECIMALS } : {}),
      },
      trend.format,
    );
  const measure = o.fontMetrics ? textMeasure(o.fontMetrics) : DEFAULT_MEASURE;
  const narrow = o.width < NARROW;
  const pad = narrow ? 12 : 16;
  const inner = o.width - 2 * pad;
  const titleSize = narrow ? TITLE.narrow : TITLE.wide;
  const subtitleText = dataset.subtitle ?? dataset.question;
  const bounds: readonly [number, number] = net ? [-100, 100] : [0, 100];
  const domain = valueDomain(o.yDomain, extentOf(plans, net), bounds);
  const outside = plans.flatMap((p) => p.series.points).find((p) => p.value < domain[0] || p.value > domain[1]);
  if (outside) {
    throw optionError(
      "yDomain",
      `expected a range that holds every poll, received [${domain[0]}, ${domain[1]}], which leaves out the poll of ${outside.date} at ${valueLabel(outside.value)}`,
    );
  }
  const ticks = valueTicks(valueScale(domain, 1, 0), valueLabel);
  const texts = plans.map((p) =>
    p.stale ? w.lastPolled(p.series.label, p.series.points.at(-1)?.date ?? "") : labelText(keyValue(p), p.series.label),
  );
  const keyed = plans.filter((p) => p.keyed);
  const order = keyed
    .sort((a, b) =>
      a.stale !== b.stale
        ? Number(a.stale) - Number(b.stale)
        : a.stale
          ? text0(b.series.points.at(-1)?.date, a.series.points.at(-1)?.date) || a.index - b.index
          : b.latestValue - a.latestValue || a.index - b.index,
    )
    .map((p) => p.index);
  // The series the key does not name: those of the field now under a value, and those no longer polled.
  const rest = plans.filter((p) => !p.keyed && !p.stale);
  const stale = plans.filter((p) => !p.keyed && p.stale).length;
  const under = rest.length ? valueLabel(Math.floor(Math.max(...rest.map((p) => p.latestValue))) + 1) : undefined;
  const since = new Date(Date.parse(trend.facts.asOf) - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  const others = rest.length || stale ? w.othersKey(rest.length, under, stale, since, trend.format) : undefined;
  // Written before any geometry: the axis range and the gaps are known from the values alone.
  const broken = plans.some((p) => trend.facts.series[p.index]?.gaps.length);
  return {
    trend,
    dataset,
    o,
    narrow,
    pad,
    plans,
    title: o.frame === "full" ? measure.wrap(trend.title, inner, titleSize, true) : [],
    titleSize,
    subtitle: subtitleText && o.frame === "full" ? measure.wrap(subtitleText, inner, SUBTITLE) : [],
    source: w.sourceLine(dataset.source?.name, dataset.population),
    note: uncertaintyNote(plans, trend),
    domain,
    plotLeft: pad + Math.max(...ticks.map((t) => measure.width(t.lines[0] ?? "", TICK_SIZE))) + VALUE_GAP,
    texts,
    order,
    others,
    times: [...dataset.series.flatMap((s) => s.points), ...(dataset.events ?? [])].map((p) => utcTime(p.date)),
    measure,
    valueLabel,
    keyValue,
    net,
    description: chartDescription(trend, domain, valueLabel, broken),
  };
}

/** The geometry at one height (or `"auto"`), or `undefined` when the plot would be too small or the fixed margins too tight. */
function attempt(p: Prepared, height: number | "auto"): Omit<ChartLayout, "scene"> | undefined {
  const { o, pad, narrow, dataset, trend } = p;
  const W = o.width;
  const inner = W - 2 * pad;
  const titleHeight = p.title.length * (p.titleSize + TITLE_GAP);
  const header =
    pad +
    titleHeight +
    (p.subtitle.length ? TITLE_GAP + p.subtitle.length * SUBTITLE_LINE : 0) +
    (p.title.length ? HEADER_GAP : 0);
  // A key that sums up the series it does not name is a key: those series have no labels to place.
  const modes = narrow || o.labels === "legend" || p.others ? (["legend"] as const) : (["direct", "legend"] as const);
  const ordered = [...p.order.map((i) => p.texts[i] as string), ...(p.others ? [p.others] : [])];
  for (const mode of modes) {
    // Across: the plot's left edge is set by the value labels, its right edge by the label column.
    const column = mode === "direct" ? labelColumn(p.texts, inner, p.measure) : 0;
    const plotRight = W - pad - column;
    const x = timeScale(p.times, p.plotLeft, plotRight);
    const events = placeEvents(dataset.events ?? [], (e) => x(utcTime(e.date)), pad, W - pad, p.measure);
    const unlabeled = events.marks.filter((m) => m.inFooter);
    const eventsNote = unlabeled.length
      ? trend.words.eventsNote(
          unlabeled.map((m) => ({ label: m.event.label, date: trend.words.fullDate(m.event.date) })),
        )
      : "";
    const noteTexts = [p.note, eventsNote].filter(Boolean);
    const paragraphs =
      o.frame === "full"
        ? [p.source, ...noteTexts].filter(Boolean).map((text) => p.measure.wrap(text, inner, FOOTER))
        : [];
    const footerLines = paragraphs.reduce((n, lines) => n + lines.length, 0);
    const legend = mode === "legend" ? placeLegend(ordered, inner, p.measure) : undefined;
    const xTicks = keepInside(timeTicks(x, narrow, p.measure, trend.words), pad / 2, W - pad / 2, p.measure);
    // Down: header, key, event rows, plot, axis, footer.
    const eventsTop = header + (legend ? legend.height + LEGEND_GAP : 0);
    const neededTop = eventsTop + events.rows * EVENT_LINE + (events.rows ? EVENTS_GAP : 0);
    const axis = xTicks.some((t) => t.lines.length > 1) ? AXIS.two : AXIS.one;
    const neededBottom = axis + (footerLines ? FOOTER_GAP + footerLines * FOOTER_LINE : 0) + pad;
    const margins = o.plotMargins;
    if ((margins?.top ?? neededTop) < neededTop || (margins?.bottom ?? neededBottom) < neededBottom) continue;
    const plotTop = margins?.top ?? neededTop;
    const below = margins?.bottom ?? neededBottom;
    let plotHeight: number;
    if (height === "auto") {
      const ratio = narrow ? PLOT_RATIO.narrow : PLOT_RATIO.wide;
      plotHeight = Math.min(PLOT_HEIGHT.max, Math.max(PLOT_HEIGHT.min, Math.round((plotRight - p.plotLeft) * ratio)));
      // On a phone the plot is at least 40% of the chart, however long its texts.
      if (narrow)
        plotHeight = Math.max(plotHeight, Math.ceil(((plotTop + below) * NARROW_PLOT_SHARE) / (1 - NARROW_PLOT_SHARE)));
      if (mode === "direct") plotHeight = Math.max(plotHeight, p.texts.length * (LABEL_LINE + 4) + 12);
    } else plotHeight = height - plotTop - below;
    if (plotHeight < MIN_PLOT) continue;
    const plotBottom = plotTop + plotHeight;
    const y = valueScale(p.domain, plotBottom, plotTop);
    let key: ChartKey;
    if (mode === "direct") {
      const targets = p.plans.map((plan) => y(plan.latestValue));
      const labels = placeDirectLabels(p.texts, targets, column - GLYPH - 8, plotTop - 6, plotBottom + 6, p.measure);
      if (!labels) continue;
      key = { mode, x: plotRight + KEY_GAP, labels };
    } else {
      // The row of the others has no series of its own: index −1.
      const entries = (legend?.entries ?? []).map((e) => ({ ...e, index: p.order[e.index] ?? -1 }));
      key = { mode: "legend", x: pad, y: header, entries };
    }
    const footerTop = plotBottom + axis + FOOTER_GAP;
    let line = 0;
    const footer = paragraphs.map((lines) => {
      const block = { lines, x: pad, top: footerTop + line * FOOTER_LINE, size: FOOTER, lineHeight: FOOTER_LINE };
      line += lines.length;
      return block;
    });
    return {
      trend,
      valueLabel: p.valueLabel,
      dataset,
      options: o,
      format: trend.format,
      palette: schemePalettes(o.palette)[o.colorScheme === "dark" ? "dark" : "light"],
      narrow,
      width: W,
      height: Math.ceil(plotBottom + below),
      title: { lines: p.title, x: pad, top: pad, size: p.titleSize, lineHeight: p.titleSize + TITLE_GAP },
      ...(p.subtitle.length
        ? {
            subtitle: {
              lines: p.subtitle,
              x: pad,
              top: pad + titleHeight + TITLE_GAP,
              size: SUBTITLE,
              lineHeight: SUBTITLE_LINE,
            },
          }
        : {}),
      footer,
      plot: { left: p.plotLeft, right: plotRight, top: plotTop, bottom: plotBottom },
      x,
      y,
      xTicks,
      yTicks: valueTicks(y, p.valueLabel),
      events: { marks: events.marks, top: eventsTop },
      key,
      series: p.plans.map((plan) => placeSeries(plan, x, y, trend.options.maxGapDays)),
      name: o.frame === "full" ? trend.title : chartName(trend),
      notes: noteTexts,
      description: p.description,
    };
  }
  return undefined;
}

/** Every primitive of a laid-out chart, in drawing order: under the lines the grid, over them the key. */
function scene(l: Omit<ChartLayout, "scene">, p: Prepared): SceneNode[] {
  const { width: W, height: H, plot, options: o } = l;
  const nodes: SceneNode[] = [];
  if (o.background === "solid")
    nodes.push({ kind: "path", d: `M0,0H${W}V${H}H0Z`, fill: "background", classes: "pt-bg", hidden: true });
  if (l.title.lines.length) nodes.push(textNode(l.title, "text", { bold: true, hidden: true }));
  nodes.push(axesNodes(plot, l.y, l.xTicks, l.yTicks, p.net));
  if (l.subtitle) nodes.push(textNode(l.subtitle, "muted"));
  nodes.push(...eventNodes(l.events.marks, l.events.top, plot, l.trend));
  const paint = { trend: l.trend, y: l.y, dashes: o.dashes };
  const painted = l.series.map((s) => seriesNodes(s, paint));
  nodes.push(...painted.map((s) => s.body), ...painted.flatMap((s) => (s.over ? [s.over] : [])));
  const value = (s: SeriesLayout) => (s.stale ? "" : p.keyValue(s));
  nodes.push(
    l.key.mode === "direct"
      ? directLabelNodes(l.key.labels, l.key.x, l.series, plot, value)
      : legendNodes(l.key.entries, l.key.x, l.key.y, l.series, value),
  );
  // A lone poll: its value beside its marker, so the point does not float in an empty frame unread.
  const only = l.series.length === 1 && l.series[0]?.points.length === 1 ? l.series[0] : undefined;
  const at = only?.points[0];
  if (only && at) {
    nodes.push({
      kind: "text",
      size: LABEL_SIZE,
      ink: seriesInks(only).line === "grey" ? "muted" : "text",
      bold: true,
      hidden: true,
      lines: [{ text: p.valueLabel(at.point.value), x: at.x + VALUE_TEXT_GAP, y: at.y + LABEL_SIZE / 3 }],
    });
  }
  for (const block of l.footer) nodes.push(textNode(block, "muted"));
  return nodes;
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
 * Lays a chart out: one deep-frozen {@link ChartLayout} whose `scene` holds every primitive, decided in a
 * fixed order on final numbers: texts and the value axis first (the description with them), then across
 * (the value labels, the key's column, events), then the plot's height, then the direct labels with the
 * real plot box (or a key above it when they cannot sit near their lines), then the marks.
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
  if (result) return deepFreeze({ ...result, scene: scene(result, prepared) });
  const free = o.plotMargins ? attempt({ ...prepared, o: { ...o, plotMargins: undefined } }, o.height) : undefined;
  if (free) {
    const top = Math.ceil(free.plot.top);
    const bottom = Math.ceil(free.height - free.plot.bottom);
    throw optionError(
      "plotMargins",
      `expected margins that leave room for the title, key, events, axis and footer (at least top ${top} and bottom ${bottom} for this chart), received top ${o.plotMargins?.top ?? "auto"} and bottom ${o.plotMargins?.bottom ?? "auto"}`,
    );
  }
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
