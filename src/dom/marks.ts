/// <reference lib="dom" />
import type { ChartLayout } from "../chart/layout.js";
import { el, join, type Markup } from "../markup/builder.js";
import { extent, flatten } from "../model/list.js";
import type { NavNode } from "./tree.js";

/** A box in chart coordinates. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Where a node is drawn: a poll's point, or the box around what it covers (a panel: all its polls); nothing for the
 * whole chart.
 */
export function nodeBox(chart: ChartLayout, node: NavNode): Box | undefined {
  if (node.kind !== "chart") {
    const [from, to] = node.polls ?? [0, Infinity];
    const s = node.series ?? 0;
    const points = flatten(
      chart.series.slice(s, (node.last ?? s) + 1).map((series) => series.points.slice(from, to + 1)),
    );
    if (!points.length) return undefined;
    const [left, right] = extent(points.map((p) => p.x));
    const [top, bottom] = extent(points.map((p) => p.y));
    return { left, right, top, bottom };
  }
  return undefined;
}

/**
 * The marks that show which node is active, drawn inside the chart: a ring around a poll, a rounded
 * box around what a series, group, event or the notes cover, each in the chart's text color on a halo
 * of its background, so it shows on any line (classes `pt-ring` and `pt-halo` follow the scheme in CSS).
 */
export function activeMarks(chart: ChartLayout, node: NavNode, box: Box): Markup {
  const poll = node.kind === "poll";
  // Kept inside the chart's box, so nothing around it (overflow: hidden) can clip it.
  const [left, top] = [Math.max(2, box.left - 7), Math.max(2, box.top - 7)];
  const [right, bottom] = [Math.min(chart.width - 2, box.right + 7), Math.min(chart.height - 2, box.bottom + 7)];
  const attrs = poll
    ? { cx: box.left, cy: box.top, r: 8 }
    : { x: left, y: top, width: right - left, height: bottom - top, rx: 4 };
  const mark = (cls: string, stroke: string, width: number) =>
    el(poll ? "circle" : "rect", { class: cls, ...attrs, stroke, "stroke-width": width, fill: "none" });
  return join([mark("pt-halo", chart.palette.background, 5.5), mark("pt-ring", chart.palette.text, 2.5)]);
}

/**
 * Places a tooltip above and to the right of a point (in px of the root), or where it fits: it never
 * leaves the root, so it stays inside the chart.
 */
export function placeTip(tip: HTMLElement, root: HTMLElement, x: number, y: number): void {
  const [width, height] = [root.clientWidth, root.clientHeight];
  const [w, h] = [tip.offsetWidth, tip.offsetHeight];
  let left = x + 10;
  if (left + w > width) left = x - 10 - w;
  let top = y - h - 10;
  if (top < 0) top = y + 10;
  tip.style.left = `${Math.max(0, Math.min(width - w, left))}px`;
  tip.style.top = `${Math.max(0, Math.min(height - h, top))}px`;
}
