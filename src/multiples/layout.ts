import { spanTimes, valueDomain } from "../chart/axes.js";
import type { ChartLayout } from "../chart/layout-types.js";
import { placeLegend } from "../chart/labels.js";
import { uncertaintyNote } from "../chart/marks.js";
import { NARROW, type ResolvedOptions } from "../chart/options.js";
import type { TextBlock } from "../chart/paint-frame.js";
import { extentOf, headerLines, seriesColors } from "../chart/plan.js";
import {
  FOOTER,
  FOOTER_GAP,
  FOOTER_LINE,
  HEADER_GAP,
  LEGEND_GAP,
  SUBTITLE_LEADING,
  TITLE_GAP,
} from "../chart/sizes.js";
import { DEFAULT_MEASURE, textMeasure } from "../chart/text.js";
import { fieldValue } from "../words/values.js";
import { dataError } from "../model/error.js";
import { deepFreeze } from "../model/freeze.js";
import type { PollDataset } from "../model/types.js";
import { type PreparedTrend, prepareTrend, trendOptionsOf } from "../trend/prepare.js";
import { columnsAt, gridShape, ROW_GAP } from "./grid.js";
import { type MultiplesOptions, resolveMultiples } from "./options.js";
import { axisWidth, layoutPanel, type PanelContext, panelHeader } from "./panel.js";
import { colorSlots, type PanelPlan, panelSeries, planPanels } from "./panels.js";
import { figureName, overview, panelLabel } from "./words.js";
import { flatten } from "../model/list.js";

// Small multiples laid out: one frozen object, as the chart's layout is. Texts first (title, subtitle,
// key, footer), then the grid, then each panel's plot at margins every panel shares.

/** A plot's height in a panel: this share of its width, within these bounds. */
const PLOT_RATIO = 0.5;
const PLOT_HEIGHT = { min: 100, max: 200 };

/** One panel, placed: where it sits in the figure, its header, and its plot laid out by the chart's solver. */
export interface PanelLayout {
  /** The panel's name: its series' label (by series) or its group's name (by group). */
  readonly name: string;
  /** Its left edge in the figure, in px; everything in it is drawn from its top left corner. */
  readonly x: number;
  /** Its top edge in the figure, in px. */
  readonly y: number;
  /** The panel's accessible name: "Economy: −14.2". */
  readonly label: string;
  /** Its header (name and latest values), planned, and the scene nodes that draw it. */
  readonly header: PanelHeader;
  /** Its plot: scales, ticks, series with their placed polls, and its scene, in the panel's coordinates. */
  readonly chart: ChartLayout;
}

/** A panel's header: its plan, and the scene nodes that draw it. */
export interface PanelHeader extends PanelPlan {
  /** The header's texts and marks, in the panel's coordinates. */
  readonly nodes: ChartLayout["scene"];
}

/** A series in the small multiples' key. */
export interface KeyEntry {
  /** The series' place in the dataset, which gives its color and marker. */
  readonly index: number;
  /** Its label, wrapped. */
  readonly lines: readonly string[];
  /** Where its marker starts, in px. */
  readonly x: number;
  /** Its first line's top, in px. */
  readonly y: number;
}

/** Small multiples, decided before drawing: one deep-frozen object. */
export interface MultiplesLayout {
  /** The dataset checked and prepared once: its series, averages and facts, shared by every panel. */
  readonly trend: PreparedTrend;
  /** The chart options every panel is drawn with, resolved. */
  readonly options: ResolvedOptions;
  /** The figure's width, in px. */
  readonly width: number;
  /** The figure's height, in px: texts, grid and footer. */
  readonly height: number;
  /** How many panels side by side. */
  readonly columns: number;
  /** The title, wrapped to the width. */
  readonly title: TextBlock;
  /** The subtitle, wrapped, when there is one. */
  readonly subtitle?: TextBlock;
  /** The key above the grid (by group): the series' labels, each in its color and marker. */
  readonly key: {
    /** The key's top, in px. */
    readonly y: number;
    /** Each series in the key. */
    readonly entries: readonly KeyEntry[];
  };
  /** The series' labels in the key's order, as a screen reader hears the key. */
  readonly keyLabels: readonly string[];
  /** The footer's blocks (source, methods), wrapped. */
  readonly footer: readonly TextBlock[];
  /** The panels, in reading order. */
  readonly panels: readonly PanelLayout[];
  /** The overview: the figure's description, its alt text. */
  readonly description: string;
  /** The figure's name, the overview's first sentence: "Three panels, May 2022 to January 2023". */
  readonly name: string;
  /** The notes: what the marks are, the averages' method, events named. */
  readonly notes: readonly string[];
}

/**
 * Lays out small multiples (see {@link renderSmallMultiples}): what `poll-trend/dom` would walk, panel
 * by panel, as it walks a chart's layout.
 *
 * @throws {PollDataError} when the data or an option is invalid.
 * @example
 * const { panels, columns } = layoutSmallMultiples(apNorcUkraineByParty, { by: "group", width: 320 });
 * panels.map((p) => [p.name, p.x, p.y, p.chart.plot]); // one column: every panel at the same x
 */
export function layoutSmallMultiples(input: PollDataset | PreparedTrend, options?: MultiplesOptions): MultiplesLayout {
  const { o: checked, by, shared } = resolveMultiples(options);
  const trend = prepareTrend(input, trendOptionsOf(options));
  const { dataset, words: w, format: f } = trend;
  const net = dataset.series.some((s) => s.measure === "net");
  const mixed = dataset.series.findIndex((s) => (s.measure === "net") !== net);
  if (mixed >= 0)
    throw dataError([
      {
        path: ["series", mixed, "measure"],
        message:
          "expected every series of small multiples to measure the same thing, received shares beside net values",
      },
    ]);
  const o0: ResolvedOptions = { ...checked, ...trend.options, averages: checked.averages };
  const { slots, key: keyLabels } = colorSlots(dataset, by, o0);
  const panels = planPanels(trend, o0, panelSeries(dataset, by), slots);
  const all = flatten(panels.map((p) => p.plans)).sort((a, b) => a.index - b.index);
  const o: ResolvedOptions = { ...o0, palette: seriesColors(all, o0) };
  const measure = o.fontMetrics ? textMeasure(o.fontMetrics) : DEFAULT_MEASURE;
  const narrow = o.width < NARROW;
  const pad = narrow ? 12 : 16;
  const inner = o.width - 2 * pad;
  const valueLabel = (v: number) => w.value({ value: v, measure: net ? "net" : "share" }, f);
  const keyValue = (plan: PanelPlan["plans"][number]) => fieldValue(trend, trend.facts.series[plan.index]!);

  // Texts: the header, the key (by group), the footer.
  const [title, subtitle, titleSize, subtitleSize] = headerLines(
    measure,
    trend.title,
    dataset.subtitle ?? dataset.question,
    inner,
    narrow,
  );
  const subtitleTop = pad + title.length * (titleSize + TITLE_GAP) + TITLE_GAP;
  let top =
    pad +
    title.length * (titleSize + TITLE_GAP) +
    (subtitle.length ? TITLE_GAP + subtitle.length * (subtitleSize + SUBTITLE_LEADING) : 0) +
    HEADER_GAP;
  const legend = by === "group" && keyLabels.length > 1 ? placeLegend(keyLabels, inner, measure) : undefined;
  const keyTop = top;
  if (legend) top += legend.height + LEGEND_GAP;

  // The grid, and the panels' shared scales: one time axis, one value axis unless each is asked for.
  const { columns, rows } = gridShape(panels.length, inner);
  const bounds: readonly [number, number] = net ? [-100, 100] : [0, 100];
  const whole = shared ? valueDomain("fit", extentOf(all, net), bounds) : undefined;
  const domains = panels.map((p) => whole ?? valueDomain("fit", extentOf(p.plans, net), bounds));
  const times = spanTimes(dataset);
  const c: PanelContext = { trend, o, measure, times, net, valueLabel, keyValue };
  const axis = Math.max(...domains.map((d) => axisWidth(c, d)));
  const grid = columnsAt(columns, pad, o.width - pad, axis, shared);
  const column = (i: number) => grid[i % columns]!;
  const headers = panels.map((p, i) => panelHeader(c, p, column(i).width));
  // Margins every panel shares, so the plots line up: the tallest header, and each plot's own needs.
  const free = panels.map((p, i) => layoutPanel(c, p, domains[i]!, column(i), 4000, undefined, true));
  const plotHeight = Math.round(
    Math.min(PLOT_HEIGHT.max, Math.max(PLOT_HEIGHT.min, (column(0).width - column(0).plotLeft) * PLOT_RATIO)),
  );
  const margins = {
    top: Math.max(...headers.map((h) => h.height)) + Math.max(...free.map((l) => l?.plot.top ?? 0)),
    bottom: Math.max(...free.map((l) => 4000 - (l?.plot.bottom ?? 4000))),
  };
  const panelHeight = Math.ceil(margins.top + plotHeight + margins.bottom);
  const placed = panels.map((p, i): PanelLayout => {
    const chart = layoutPanel(c, p, domains[i]!, column(i), panelHeight, margins);
    if (!chart) throw new RangeError("poll-trend: a panel of small multiples found no room for its plot");
    const values = p.plans.map((plan) => ({
      ...(p.plans.length > 1 ? { label: plan.series.label } : {}),
      value: keyValue(plan),
    }));
    return {
      name: p.name,
      x: column(i).x,
      y: top + Math.floor(i / columns) * (panelHeight + ROW_GAP),
      label: panelLabel(trend, p.name, values),
      header: { ...p, nodes: headers[i]?.nodes ?? [] },
      chart,
    };
  });
  const gridBottom = top + rows * panelHeight + (rows - 1) * ROW_GAP;

  const [marks, method] = uncertaintyNote(all, trend);
  const events = dataset.events ?? [];
  const eventsNote = events.length
    ? w.eventsNote(events.map((e) => ({ label: e.label, date: w.fullDate(e.date) })))
    : "";
  const source = w.sourceLine(dataset.source?.name, dataset.population);
  const paragraphs = [`${source} ${marks}`.trim(), eventsNote]
    .filter(Boolean)
    .map((text) => measure.wrap(text, inner, FOOTER));
  let line = 0;
  const footerTop = gridBottom + FOOTER_GAP + 8;
  const footer = paragraphs.map((lines) => {
    const block = { lines, x: pad, top: footerTop + line * FOOTER_LINE, size: FOOTER, lineHeight: FOOTER_LINE };
    line += lines.length;
    return block;
  });
  return deepFreeze({
    trend,
    options: o,
    width: o.width,
    height: Math.ceil(footerTop + line * FOOTER_LINE + pad),
    columns,
    title: { lines: title, x: pad, top: pad, size: titleSize, lineHeight: titleSize + TITLE_GAP },
    ...(subtitle.length
      ? {
          subtitle: {
            lines: subtitle,
            x: pad,
            top: subtitleTop,
            size: subtitleSize,
            lineHeight: subtitleSize + SUBTITLE_LEADING,
          },
        }
      : {}),
    key: { y: keyTop, entries: legend?.entries ?? [] },
    keyLabels,
    footer,
    panels: placed,
    description: overview(trend, panels, shared ? domains[0] : undefined, valueLabel),
    name: figureName(trend, panels.length),
    notes: [marks, method, eventsNote].filter(Boolean),
  });
}
