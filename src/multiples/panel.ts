import { scene } from "../chart/assemble.js";
import { TICK_SIZE, valueScale, valueTicks } from "../chart/axes.js";
import type { EventMark } from "../chart/events.js";
import { GLYPH, LABEL_LINE, LABEL_SIZE } from "../chart/labels.js";
import type { ChartLayout } from "../chart/layout-types.js";
import { markerPath } from "../chart/geometry.js";
import type { ResolvedOptions } from "../chart/options.js";
import { eventNodes } from "../chart/paint-frame.js";
import { seriesInks, shapeOf } from "../chart/paint-series.js";
import type { Prepared } from "../chart/plan.js";
import type { SceneNode, TextNode } from "../chart/scene.js";
import { VALUE_GAP, VALUE_TEXT_GAP } from "../chart/sizes.js";
import { attempt } from "../chart/solve.js";
import type { TextMeasure } from "../chart/text.js";
import { utcTime } from "../model/dates.js";
import type { PreparedTrend } from "../trend/prepare.js";
import type { Column } from "./grid.js";
import type { PanelPlan } from "./panels.js";

// One panel of small multiples: its header (name, and each series' latest value by its marker) and its
// plot, laid out by the chart's own solver at the panel's width, with margins every panel shares so the
// plots line up.

/** The panel's name, bold, and its row of values. */
export const PANEL_NAME = 14;
const PANEL_NAME_LINE = 18;
const VALUE_ROW = LABEL_LINE;
/** Below the header, before the plot's own top. */
const HEADER_GAP = 6;
/** Between two values in the row. */
const VALUE_SPACING = 12;

/** What every panel shares: the trend, the options at the panel's width, the scales' inputs. */
export interface PanelContext {
  readonly trend: PreparedTrend;
  readonly o: ResolvedOptions;
  readonly measure: TextMeasure;
  readonly times: readonly number[];
  readonly net: boolean;
  readonly valueLabel: (value: number) => string;
  /** A series' latest value as the panel's header writes it. */
  readonly keyValue: (plan: PanelPlan["plans"][number]) => string;
}

/** The px left of the plot for a value axis over `domain`: its widest label and the gap. */
export function axisWidth(c: PanelContext, domain: readonly [number, number]): number {
  const ticks = valueTicks(valueScale(domain, 1, 0), c.valueLabel);
  return Math.max(...ticks.map((t) => c.measure.width(t.lines[0] ?? "", TICK_SIZE))) + VALUE_GAP;
}

/**
 * A panel's header: its name wrapped to the panel's width, then each series' value after its marker, flowed into rows.
 */
export function panelHeader(c: PanelContext, panel: PanelPlan, width: number): { nodes: SceneNode[]; height: number } {
  const name = c.measure.wrap(panel.name, width, PANEL_NAME, true);
  const nodes: SceneNode[] = [
    {
      kind: "text",
      size: PANEL_NAME,
      ink: "text",
      bold: true,
      hidden: true,
      lines: name.map((text, i) => ({ text, x: 0, y: PANEL_NAME * 0.8 + i * PANEL_NAME_LINE })),
    },
  ];
  let [x, row] = [0, 0];
  const top = name.length * PANEL_NAME_LINE;
  for (const plan of panel.plans) {
    const text = c.keyValue(plan);
    const w = GLYPH + c.measure.width(text, LABEL_SIZE, true);
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    const y = top + row * VALUE_ROW + VALUE_ROW / 2;
    nodes.push(
      { kind: "path", d: markerPath(shapeOf(plan), x + 5, y, 4), fill: seriesInks(plan).line, hidden: true },
      {
        kind: "text",
        size: LABEL_SIZE,
        ink: "text",
        bold: true,
        hidden: true,
        lines: [{ text, x: x + GLYPH, y: y + LABEL_SIZE * 0.35 }],
      },
    );
    x += w + VALUE_SPACING;
  }
  return { nodes, height: top + (row + 1) * VALUE_ROW + HEADER_GAP };
}

/**
 * The panel's plot at a height with given margins, by the chart's solver: its scales, ticks, series
 * and scene (no title, key or footer: the figure has those), and each event's rule, named for a screen
 * reader (the footer names them for the eye).
 *
 * @returns `undefined` when the margins leave it no room; with `geometryOnly`, the layout without its
 * scene (the margins every panel needs are found from that).
 */
export function layoutPanel(
  c: PanelContext,
  panel: PanelPlan,
  domain: readonly [number, number],
  column: Column,
  height: number,
  margins?: { readonly top: number; readonly bottom: number },
  geometryOnly = false,
): ChartLayout | undefined {
  const { trend } = c;
  const o: ResolvedOptions = {
    ...c.o,
    width: column.width,
    background: "transparent",
    // A frame with no title, subtitle, source or note: nothing of it is drawn (and no chart name is built).
    frame: "full",
    labels: "legend",
    plotMargins: margins,
  };
  const prepared: Prepared = {
    trend,
    // The figure's events are drawn as rules in every panel, below, and named once in its footer.
    events: [],
    o,
    narrow: true,
    pad: 0,
    plans: panel.plans,
    title: [],
    titleSize: 0,
    subtitle: [],
    subtitleSize: 0,
    source: "",
    note: ["", ""],
    domain,
    plotLeft: column.plotLeft,
    texts: [],
    order: [],
    others: undefined,
    times: c.times,
    measure: c.measure,
    valueLabel: c.valueLabel,
    keyValue: c.keyValue,
    net: c.net,
    description: "",
  };
  const geometry = attempt(prepared, height);
  if (!geometry) return undefined;
  if (geometryOnly) return { ...geometry, scene: [] };
  // No key, no background: a panel's scene is its axes, events and marks; a plot whose row's first
  // panel carries the value labels draws none of its own (they would sit in the gutter).
  const nodes = scene(geometry, prepared)
    .filter((n) => n.kind !== "group" || n.children.length > 0)
    .map((n) =>
      n.kind === "group" && n.hidden && !column.plotLeft
        ? { ...n, children: n.children.filter((a) => a.kind !== "text" || a.anchor !== "end") }
        : n.kind === "text" && !n.anchor
          ? loneValueInside(n, geometry.plot.right, c.measure)
          : n,
    );
  const marks: EventMark[] = (trend.dataset.events ?? []).map((event) => ({
    event,
    x: geometry.x(utcTime(event.date)),
    lines: [],
    anchor: "start",
    row: 0,
    inFooter: true,
  }));
  nodes.splice(1, 0, ...eventNodes(marks, geometry.plot.top, geometry.plot, trend));
  return { ...geometry, events: { marks, top: geometry.plot.top }, scene: nodes };
}

/**
 * A lone poll's value, which the chart writes right of its marker: left of it where the right would pass
 * the plot's edge (a panel's only poll on the last day of the shared time axis, "−18" cut to "−1").
 */
function loneValueInside(node: TextNode, right: number, measure: TextMeasure): TextNode {
  const [line] = node.lines;
  if (node.lines.length !== 1 || !line || line.x + measure.width(line.text, node.size, node.bold) <= right) return node;
  return { ...node, anchor: "end", lines: [{ ...line, x: line.x - 2 * VALUE_TEXT_GAP }] };
}
