import type { PollDataset } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { drawChart } from "./draw.js";
import { type ChartLayout, layout } from "./layout.js";
import type { ChartOptions } from "./options.js";

// A placeholder id no text can contain: the parser rejects U+0001 in every text.
const PLACEHOLDER = "pt-\u0001";

/** FNV-1a over strings, in base 36: a short, stable name for them. */
export function hash(...parts: string[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Draws a layout with its ids: the given `idPrefix`, or a hash of the finished markup (written with a
 * placeholder id), so that ids depend on everything the chart shows and two different charts on one
 * page never share them. Where `taken(id)` says a page already uses that id (the same chart mounted
 * twice), `-2`, `-3`, … is added to it.
 */
export function drawWithIds(chart: ChartLayout, taken?: (id: string) => boolean): string {
  const { open, body } = drawChart(chart);
  // Drawn once: the placeholder stands only where the id goes, as no text can hold it.
  const head = open(PLACEHOLDER);
  const base = chart.options.idPrefix ?? `pt-${hash(head, body)}`;
  let id = base;
  for (let n = 2; taken?.(id); n++) id = `${base}-${n}`;
  return `${head.replaceAll(PLACEHOLDER, id)}${body}</svg>`;
}

/**
 * Renders poll series as a standalone, accessible SVG trend chart: one line per series with a marker
 * at every poll (or, for a tracker, its polls as dots and a poll average with its band), margins of
 * error, events, direct labels or a key, title, source and a short description (alt text). Pure:
 * same input, same bytes; no DOM needed. Widths from 240 px; below 480 px a narrow layout.
 *
 * @throws {PollDataError} when the data is invalid, or naming a bad option (`options.width`); a
 * height too small names the smallest height that fits.
 * @example
 * import { writeFileSync } from "node:fs";
 * writeFileSync("chart.svg", renderTrendChart(apNorcUkraineSupport, { width: 640, colorScheme: "auto" }));
 */
export function renderTrendChart(input: PollDataset | PreparedTrend, options?: ChartOptions): string {
  return drawWithIds(layout(input, options));
}
