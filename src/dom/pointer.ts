/// <reference lib="dom" />
import type { ChartLayout } from "../chart/layout.js";
import type { PollAt } from "./tree.js";

/** The radius in CSS px within which the pointer picks a poll: a target of 48 px, twice WCAG 2.5.8's 24. */
export const POINTER_RADIUS = 24;

/**
 * The poll nearest a pointer event, if one is within {@link POINTER_RADIUS} CSS px: crowded or tiny
 * marks are all reachable, whichever is nearest wins.
 */
export function pollNear(chart: ChartLayout, svg: SVGSVGElement, event: PointerEvent): PollAt | undefined {
  const rect = svg.getBoundingClientRect();
  const perPx = chart.width / (rect.width || chart.width);
  const [x, y] = [(event.clientX - rect.left) * perPx, (event.clientY - rect.top) * perPx];
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
