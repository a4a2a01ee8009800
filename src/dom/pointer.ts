/// <reference lib="dom" />
import type { ChartLayout } from "../chart/layout.js";
import { indicate, moveTo } from "./reader.js";
import type { MountState } from "./state.js";
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

/** Whether the pointer, within 40 px of the tooltip, moved nearer to it. */
function towards(box: DOMRect, [x, y]: readonly number[], [x0, y0]: readonly number[]): boolean {
  const gap = (px = 0, py = 0) =>
    Math.hypot(Math.max(box.left - px, 0, px - box.right), Math.max(box.top - py, 0, py - box.bottom));
  return gap(x, y) < Math.min(40, gap(x0, y0));
}

/**
 * The pointer's handlers for one mount: hover shows the nearest poll (and stays while the pointer
 * moves onto its tooltip), a tap or click picks it, leaving hides it.
 */
export function pointerHandlers(m: MountState): {
  onPointer(event: PointerEvent): void;
  onLeave(event: PointerEvent): void;
  onDocPointer(event: PointerEvent): void;
} {
  let last: readonly number[] = [0, 0];
  const onLeave = (event: PointerEvent) => {
    if (event.pointerType === "touch") return;
    m.hovered = undefined;
    indicate(m);
  };
  return {
    onPointer(event) {
      const { chart, svg, nav, tip } = m;
      if (!chart || !svg || !nav) return;
      const here = [event.clientX, event.clientY];
      const found = pollNear(chart, svg, event);
      const before = last;
      last = here;
      // On the way to the tooltip (WCAG 1.4.13, hoverable), what it shows stays.
      if (
        m.hovered &&
        !tip.hidden &&
        event.type === "pointermove" &&
        towards(tip.getBoundingClientRect(), here, before)
      )
        return;
      if (event.type === "pointerdown" && found) {
        m.pinned = true;
        m.hovered = undefined;
        return moveTo(m, nav.poll(found.series, found.point));
      }
      if (found?.series !== m.hovered?.series || found?.point !== m.hovered?.point) m.dismissed = false;
      m.hovered = found;
      indicate(m);
    },
    onLeave,
    // The pointer is elsewhere in the page: a leave the browser did not report (as after a fast move).
    onDocPointer: (event) => {
      if (m.hovered && !m.root.contains(event.target as Node)) onLeave(event);
    },
  };
}
