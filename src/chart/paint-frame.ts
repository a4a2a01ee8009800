import { num } from "../markup/builder.js";
import type { PreparedTrend } from "../trend/prepare.js";
import type { PercentScale, Tick } from "./axes.js";
import { TICK_SIZE } from "./axes.js";
import { EVENT_LINE, EVENT_SIZE, type EventMark } from "./events.js";
import { horizontals, markerPath, segment } from "./geometry.js";
import { GLYPH, LABEL_LINE, LABEL_SIZE, type DirectLabel, type LegendEntry, SAMPLE } from "./labels.js";
import type { SeriesLayout } from "./place.js";
import type { Ink, SceneNode, TextLine } from "./scene.js";
import { seriesInks, shapeOf } from "./paint-series.js";
import { flatten } from "../model/list.js";

// The chart's frame as primitives: its text blocks, grid and axes, events, and key. Every offset is
// named here, so a pixel that moves moves in the layout, and a golden diff shows it.

/** A text's baseline sits this share of its size below the top of its line. */
const BASELINE = 0.8;
/** Tick marks below the plot, and where their labels' baselines sit below it. */
const TICK_LENGTH = 5;
const TICK_LABEL_BASELINE = 18;
/** The second line of a time tick (its year), below the first. */
const TICK_SECOND_LINE = 14;
/** Value labels end this far left of the plot, and sit this far below their gridline's y. */
const VALUE_LABEL_GAP = 8;
const VALUE_LABEL_DROP = 4;
/** A direct label's marker glyph, from the label column's left; the text's first baseline below its top. */
const GLYPH_CENTER = 5;
const LABEL_BASELINE = 12;
/**
 * A leader line only where a label moved more than this from its line's end, and only from a line ending this close to
 * the plot's right edge.
 */
const LEADER_MIN_SHIFT = 3;
const LEADER_MAX_REACH = 24;
const LEADER_WIDTH = 0.75;
/** The legend's line sample and its marker. */
const SAMPLE_LINE = 22;
const SAMPLE_DROP = 8;
/** An event's rule starts this far below its label row's top; the label's text starts this far from the rule. */
const EVENT_RULE_DROP = 2;
const EVENT_TEXT_GAP = 4;
const EVENT_BASELINE = 11;

/** A block of text lines from its top, each at its baseline. */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly x: number;
  readonly top: number;
  readonly size: number;
  readonly lineHeight: number;
}

/**
 * A text block as a text primitive: one node, a line per `<tspan>`; each line but the last keeps its space, so a
 * sentence reads whole.
 */
export function textNode(block: TextBlock, ink: Ink, options: { bold?: boolean; hidden?: boolean } = {}): SceneNode {
  const lines: TextLine[] = block.lines.map((text, i) => ({
    text: i < block.lines.length - 1 ? `${text} ` : text,
    x: block.x,
    y: block.top + block.size * BASELINE + i * block.lineHeight,
  }));
  return { kind: "text", lines, size: block.size, ink, ...options };
}

/** The plot's box. */
export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Gridlines, the zero line of net values, the time axis with its ticks, and both axes' labels: decoration a screen
 * reader skips.
 */
export function axesNodes(
  plot: PlotBox,
  y: PercentScale,
  xTicks: readonly Tick[],
  yTicks: readonly Tick[],
  zero: boolean,
): SceneNode {
  const children: SceneNode[] = [
    {
      kind: "path",
      d: horizontals(
        yTicks.map((t) => t.position),
        plot.left,
        plot.right,
      ),
      stroke: "grid",
      width: 1,
      fill: "none",
    },
  ];
  if (zero && y.lo < 0 && y.hi > 0) {
    children.push({
      kind: "path",
      d: horizontals([y(0)], plot.left, plot.right),
      stroke: "zero",
      width: 1.5,
      fill: "none",
    });
  }
  const ticks = xTicks.map((t) => `M${num(t.position)},${num(plot.bottom)}v${TICK_LENGTH}`).join("");
  const axis = `M${num(plot.left)},${num(plot.bottom)}H${num(plot.right)}${ticks}`;
  children.push({ kind: "path", d: axis, stroke: "axis", width: 1, fill: "none" });
  children.push({
    kind: "text",
    size: TICK_SIZE,
    ink: "muted",
    anchor: "end",
    lines: yTicks.map((t) => ({
      text: t.lines[0] ?? "",
      x: plot.left - VALUE_LABEL_GAP,
      y: t.position + VALUE_LABEL_DROP,
    })),
    separate: true,
  });
  children.push({
    kind: "text",
    size: TICK_SIZE,
    ink: "muted",
    anchor: "middle",
    lines: flatten(
      xTicks.map((t) =>
        t.lines.map((text, i) => ({
          text,
          x: t.labelAt ?? t.position,
          y: plot.bottom + TICK_LABEL_BASELINE + i * TICK_SECOND_LINE,
        })),
      ),
    ),
    separate: true,
  });
  return { kind: "group", hidden: true, children };
}

/**
 * Events: each a dashed rule down to the plot's bottom and its label beside it, named for a screen
 * reader. A rule whose event is named in the footer starts at the plot, so it crosses no label above.
 */
export function eventNodes(
  marks: readonly EventMark[],
  top: number,
  plot: { readonly top: number; readonly bottom: number },
  trend: PreparedTrend,
): SceneNode[] {
  const { words: w } = trend;
  return marks.map((mark) => {
    const rowTop = top + mark.row * EVENT_LINE;
    const tx = mark.anchor === "start" ? mark.x + EVENT_TEXT_GAP : mark.x - EVENT_TEXT_GAP;
    const children: SceneNode[] = [
      {
        kind: "path",
        d: `M${num(mark.x)},${num(mark.inFooter ? plot.top : rowTop + EVENT_RULE_DROP)}V${num(plot.bottom)}`,
        stroke: "axis",
        width: 1,
        dash: "3 3",
        fill: "none",
      },
    ];
    if (mark.lines.length) {
      children.push({
        kind: "text",
        size: EVENT_SIZE,
        ink: "muted",
        anchor: mark.anchor,
        lines: mark.lines.map((text, i) => ({ text, x: tx, y: rowTop + EVENT_BASELINE + i * EVENT_LINE })),
        separate: true,
        // The group's label says it all: the drawn text is not read a second time.
        hidden: true,
      });
    }
    return {
      kind: "group",
      role: "graphics-symbol",
      label: w.eventLabel(w.fullDate(mark.event.date), mark.event.label),
      children,
    };
  });
}

/** The key's text: the value in bold, then the label, on as many lines as it wrapped to. */
function keyLines(lines: readonly string[], x: number, top: number, value: string): TextLine[] {
  return lines.map((text, i) => ({
    text,
    x,
    y: top + LABEL_BASELINE + i * LABEL_LINE,
    ...(i === 0 && text.startsWith(value) ? { bold: value } : {}),
  }));
}

/** The text ink of a series' label: grey series are labeled in muted text. */
const labelInk = (s: SeriesLayout): Ink => (s.color === "grey" ? "muted" : "text");

/** Direct labels beside the lines' ends, with a short, thin leader only where one cannot be misread as data. */
export function directLabelNodes(
  labels: readonly DirectLabel[],
  keyX: number,
  series: readonly SeriesLayout[],
  plot: PlotBox,
  value: (s: SeriesLayout) => string,
): SceneNode {
  const children = labels.map((label): SceneNode => {
    const s = series[label.index]!;
    const end = s.averageRuns.at(-1)?.at(-1) ?? s.points.at(-1);
    const lx = end?.x ?? plot.right;
    const cy = label.top + SAMPLE_DROP;
    // Only beside a line ending at the plot's edge, and only where no other series' line ends between the two.
    const crosses = labels.some((o) => o !== label && (o.target - label.target) * (o.target - cy) < 0);
    const leader = plot.right - lx <= LEADER_MAX_REACH && Math.abs(cy - label.target) > LEADER_MIN_SHIFT && !crosses;
    return {
      kind: "group",
      children: [
        ...(leader
          ? [
              {
                kind: "path",
                d: segment({ x: lx + 6, y: label.target }, { x: keyX - 3, y: cy }),
                stroke: "axis",
                width: LEADER_WIDTH,
                fill: "none",
              } as const,
            ]
          : []),
        ...entryNodes(s, { x: keyX + GLYPH_CENTER, y: cy }, keyLines(label.lines, keyX + GLYPH, label.top, value(s))),
      ],
    };
  });
  return { kind: "group", hidden: true, children };
}

/** A key entry's or label's marker, in its series' shape and ink, and its text. */
function entryNodes(s: SeriesLayout, marker: { x: number; y: number }, lines: TextLine[]): SceneNode[] {
  return [
    {
      kind: "path",
      d: markerPath(shapeOf(s), marker.x, marker.y, 4),
      fill: seriesInks(s).line,
      stroke: "background",
      width: 1,
    },
    { kind: "text", size: LABEL_SIZE, ink: labelInk(s), lines, separate: true },
  ];
}

/**
 * A key above the plot: each entry a line sample (where its series draws a line) with its marker, then its value and
 * label.
 */
export function legendNodes(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  series: readonly SeriesLayout[],
  value: (s: SeriesLayout) => string,
): SceneNode {
  const children = entries.map((entry): SceneNode => {
    const s = series[entry.index];
    const ex = x + entry.x;
    const ey = y + entry.y + SAMPLE_DROP;
    // The row of the series the key does not name: a grey line and its words.
    if (!s)
      return {
        kind: "group",
        children: [
          { kind: "path", d: `M${num(ex)},${num(ey)}h${SAMPLE_LINE}`, stroke: "grey", width: 1.5, fill: "none" },
          {
            kind: "text",
            size: LABEL_SIZE,
            ink: "muted",
            separate: true,
            lines: keyLines(entry.lines, ex + SAMPLE, y + entry.y, ""),
          },
        ],
      };
    const { line } = seriesInks(s);
    // A line sample where the series draws a line: not for a tracker's series without an average, its dots alone.
    return {
      kind: "group",
      children: [
        ...(s.tracker && !s.average
          ? []
          : [
              {
                kind: "path",
                d: `M${num(ex)},${num(ey)}h${SAMPLE_LINE}`,
                stroke: line,
                width: 2.5,
                fill: "none",
              } as const,
            ]),
        ...entryNodes(s, { x: ex + SAMPLE_LINE / 2, y: ey }, keyLines(entry.lines, ex + SAMPLE, y + entry.y, value(s))),
      ],
    };
  });
  return { kind: "group", hidden: true, children };
}
