import { el, type Markup, num, text } from "../markup/builder.js";
import { marker, type Palette, seriesColor, seriesStyle } from "./theme.js";
import { textWidth, truncate, wrap } from "./text.js";

/** A direct label: the lines of "48% Favor providing weapons", wanted at `target` (the last poll's y). */
export interface DirectLabel {
  readonly index: number;
  readonly lines: readonly string[];
  /** Set once the percent scale is known. */
  target: number;
  top: number;
}

export const LABEL_SIZE = 13;
export const LABEL_LINE = 16;

/** Wraps each label to the column width. */
export function directLabels(texts: readonly string[], width: number): DirectLabel[] {
  return texts.map((t, index) => ({ index, lines: wrap(t, width, LABEL_SIZE, 3), target: 0, top: 0 }));
}

/** The total height the labels need, with 4px between them. */
export function labelsHeight(labels: readonly DirectLabel[]): number {
  return labels.reduce((sum, l) => sum + l.lines.length * LABEL_LINE + 4, -4);
}

/**
 * Moves labels apart vertically so none overlaps another, keeping each as close to its line's end as
 * it can and all of them between `top` and `bottom`. Returns false when they cannot all fit.
 */
export function dodge(labels: DirectLabel[], top: number, bottom: number): boolean {
  const sorted = [...labels].sort((a, b) => a.target - b.target || a.index - b.index);
  let next = top;
  for (const label of sorted) {
    label.top = Math.max(next, label.target - LABEL_LINE / 2);
    next = label.top + label.lines.length * LABEL_LINE + 4;
  }
  // Push back up from the bottom edge.
  let limit = bottom;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const label = sorted[i] as DirectLabel;
    const height = label.lines.length * LABEL_LINE;
    label.top = Math.min(label.top, limit - height);
    limit = label.top - 4;
  }
  return (sorted[0]?.top ?? top) >= top - 0.01;
}

/** The label text of one series: a bold value, then the label. */
export function drawDirectLabel(label: DirectLabel, x: number, palette: Palette, value: string): Markup {
  const glyph = marker(label.index, x + 5, label.top + 8, palette);
  const lines = label.lines.map((line, i) => {
    const y = label.top + 12 + i * LABEL_LINE;
    if (i === 0 && line.startsWith(value)) {
      return el("text", { x: x + 14, y }, el("tspan", { "font-weight": "bold" }, text(value)), text(line.slice(value.length)));
    }
    return el("text", { x: x + 14, y }, text(line));
  });
  return el("g", { class: "pt-tx", fill: palette.text, "font-size": LABEL_SIZE }, glyph, ...lines);
}

/** Legend entries flowed into rows: each is a line sample with its marker, then the label. */
export function legendRows(labels: readonly string[], width: number): { index: number; text: string; x: number; row: number }[] {
  const entries: { index: number; text: string; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  labels.forEach((label, index) => {
    const shown = truncate(label, width - 30, LABEL_SIZE);
    const w = 30 + textWidth(shown, LABEL_SIZE);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    entries.push({ index, text: shown, x, row });
    x += w + 16;
  });
  return entries;
}

/** Draws a legend laid out by {@link legendRows} at (left, top). */
export function drawLegend(entries: ReturnType<typeof legendRows>, left: number, top: number, palette: Palette): Markup {
  const items = entries.map((entry) => {
    const { dash } = seriesStyle(entry.index);
    const x = left + entry.x;
    const y = top + entry.row * 20 + 9;
    return el(
      "g",
      {},
      el("path", { class: `pt-s${entry.index}`, d: `M${num(x)},${num(y)}h22`, stroke: seriesColor(palette, entry.index), "stroke-width": 2.5, "stroke-dasharray": dash || undefined, fill: "none" }),
      marker(entry.index, x + 11, y, palette),
      el("text", { class: "pt-tx", x: x + 28, y: y + 4.5, fill: palette.text, "font-size": LABEL_SIZE }, text(entry.text)),
    );
  });
  return el("g", { "aria-hidden": "true" }, ...items);
}
