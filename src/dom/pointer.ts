/// <reference lib="dom" />
import type { ChartLayout } from "../chart/layout.js";
import type { PollAt } from "./tree.js";

/** The radius in CSS px within which the pointer picks a poll: a target of 48 px, twice WCAG 2.5.8's 24. */
export const POINTER_RADIUS = 24;

/** A poll under the pointer, and where the pointer was (client px). */
export interface Pointer extends PollAt {
  readonly x: number;
  readonly y: number;
}

/** A pointer event's place in chart coordinates. */
export function pointerAt(svg: SVGSVGElement, chart: ChartLayout, event: PointerEvent): [number, number] {
  const rect = svg.getBoundingClientRect();
  const scale = chart.width / (rect.width || chart.width);
  return [(event.clientX - rect.left) * scale, (event.clientY - rect.top) * scale];
}

/**
 * The poll nearest a place, if one is within {@link POINTER_RADIUS} CSS px: crowded or tiny marks are
 * all reachable, whichever is nearest wins.
 */
export function nearestPoll(chart: ChartLayout, [x, y]: [number, number], svg: SVGSVGElement): PollAt | undefined {
  const perPx = chart.width / (svg.getBoundingClientRect().width || chart.width);
  let best: PollAt | undefined;
  let distance = POINTER_RADIUS * perPx;
  chart.series.forEach((s, series) => {
    s.points.forEach((p, point) => {
      const d = Math.hypot(p.x - x, p.y - y);
      if (d < distance) [best, distance] = [{ series, point }, d];
    });
  });
  return best;
}
