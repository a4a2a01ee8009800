import type { TextMeasure } from "./text.js";

export const LABEL_SIZE = 13;
export const LABEL_LINE = 16;
/** Space between two direct labels, and between legend rows. */
const LABEL_GAP = 4;
/** The marker glyph and its gap before a direct label's text. */
export const GLYPH = 14;
/** A legend entry's line sample with its marker, and the gap before its text. */
export const SAMPLE = 28;
/** A label may move this far from its line's end before the chart uses a key instead: 1.5 label heights. */
export const MAX_SHIFT = 1.5 * LABEL_LINE;

/** A direct label placed beside the plot: its lines, where its line ends (`target`) and where its top is. */
export interface DirectLabel {
  readonly index: number;
  readonly lines: readonly string[];
  /** The y of its line's end. */
  readonly target: number;
  /** The y of the top of its first line. */
  readonly top: number;
}

/** The text of a label or key entry: the value first, bold, then the series label. */
export function labelText(value: string, label: string): string {
  return `${value} ${label}`;
}

/** The width of the column of direct labels, including the marker glyph: between 60 px of text and 30% of the chart. */
export function labelColumn(texts: readonly string[], inner: number, measure: TextMeasure): number {
  return Math.min(Math.max(measure.widest(texts, LABEL_SIZE, true), 60), Math.max(120, inner * 0.3)) + GLYPH + 8;
}

/**
 * Places direct labels beside the plot, each as close to its line's end as it can, none overlapping,
 * all between `top` and `bottom`. Returns `undefined` when they cannot all fit, or when one would sit
 * more than {@link MAX_SHIFT} from its line's end: then a key reads better.
 */
export function placeDirectLabels(
  texts: readonly string[],
  targets: readonly number[],
  width: number,
  top: number,
  bottom: number,
  measure: TextMeasure,
): DirectLabel[] | undefined {
  const items = texts.map((t, index) => ({
    index,
    lines: measure.wrap(t, width, LABEL_SIZE, true),
    target: targets[index]!,
    top: 0,
  }));
  const sorted = [...items].sort((a, b) => a.target - b.target || a.index - b.index);
  let next = top;
  for (const label of sorted) {
    label.top = Math.max(next, label.target - LABEL_LINE / 2);
    next = label.top + label.lines.length * LABEL_LINE + LABEL_GAP;
  }
  // Push back up from the bottom edge.
  let limit = bottom;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const label = sorted[i] as (typeof sorted)[number];
    label.top = Math.min(label.top, limit - label.lines.length * LABEL_LINE);
    limit = label.top - LABEL_GAP;
  }
  if ((sorted[0]?.top ?? top) < top - 0.01) return undefined;
  if (items.some((l) => Math.abs(l.top + LABEL_LINE / 2 - l.target) > MAX_SHIFT)) return undefined;
  return items;
}

/** A key entry: its lines and where it sits, relative to the key's top left. */
export interface LegendEntry {
  readonly index: number;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

/**
 * Key entries flowed into rows across `width`: each a line sample with its marker, then its (wrapped) text. Returns the
 * entries and the key's height.
 */
export function placeLegend(
  texts: readonly string[],
  width: number,
  measure: TextMeasure,
): { entries: LegendEntry[]; height: number } {
  const entries: LegendEntry[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  texts.forEach((text, index) => {
    const lines = measure.wrap(text, width - SAMPLE, LABEL_SIZE, true);
    const w = SAMPLE + measure.widest(lines, LABEL_SIZE, true);
    if (x > 0 && x + w > width) {
      y += rowHeight + LABEL_GAP;
      x = 0;
      rowHeight = 0;
    }
    entries.push({ index, lines, x, y });
    x += w + 16;
    rowHeight = Math.max(rowHeight, lines.length * LABEL_LINE);
  });
  return { entries, height: entries.length ? y + rowHeight : 0 };
}
