/// <reference lib="dom" />
import { layout } from "../chart/layout.js";
import { resolveOptions } from "../chart/options.js";
import { drawWithIds } from "../chart/render.js";
import type { FontMetrics } from "../font/metrics.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";
import { measureFont } from "./fonts.js";
import { chartOptions, type MountOptions } from "./options.js";
import { contentWidth } from "./page.js";
import type { Drawn, MountState } from "./state.js";

/** The built-in font stack, in which the server draws without `fontFamily`. */
export const PLAIN_FAMILY: string = resolveOptions({}).fontFamily;

/** The family a chart's text is set in: its `fontFamily`, else the container's. */
export function familyOf(doc: Document, container: HTMLElement, o: MountOptions): string {
  return o.fontFamily ?? (doc.defaultView?.getComputedStyle(container).fontFamily || PLAIN_FAMILY);
}

/** The width to draw at: `width` if given, else the container's content box within 240–4000 px; 0 without one yet. */
export function widthNow(container: HTMLElement, o: MountOptions): number {
  if (o.width !== undefined) return o.width;
  const width = contentWidth(container);
  if (!width && typeof ResizeObserver === "undefined") return 640;
  return width && Math.max(240, Math.min(4000, width));
}

/** Lays out and draws at a width: what the page shows, and the layout it reads. Without metrics, the built-in widths. */
export function drawAt(
  taken: (id: string) => boolean,
  data: PollDataset,
  o: MountOptions,
  width: number,
  family: string,
  metrics: FontMetrics | undefined,
): Drawn {
  const chart = layout(data, {
    ...chartOptions(o),
    width,
    fontFamily: family,
    ...(metrics ? { fontMetrics: metrics } : {}),
  });
  return { chart, markup: drawWithIds(chart, taken) };
}

/** Draws the chart as it stands at a width: its data, options, family and measured font. */
export const redrawAt = (m: MountState, width: number): Drawn =>
  drawAt(m.taken, m.data, m.opts, width, m.family, m.metrics);

/** What checking new data and options needs of a mount: the page, whether fonts are settled, the ids taken. */
type Checking = Pick<MountState, "doc" | "container" | "settled" | "taken">;

/**
 * Checks data and options and draws them where there is a width (else lays them out at 640 px), so
 * that anything bad throws before anything changes; the function it returns makes them the chart's,
 * and gives the drawing and its width, if there is one.
 */
export function prepare(
  p: Checking,
  next: PollDataset,
  o: MountOptions,
): (m: MountState) => readonly [Drawn, number] | undefined {
  const parsed = parseDataset(next);
  resolveOptions(chartOptions(o));
  const family = familyOf(p.doc, p.container, o);
  const metrics = p.settled && !o.fontMetrics ? measureFont(p.doc, family) : undefined;
  const width = widthNow(p.container, o);
  const drawn =
    width && p.settled
      ? drawAt(p.taken, parsed, o, width, family, metrics)
      : void layout(parsed, { ...chartOptions(o), width: width || 640 });
  return (m) => {
    [m.data, m.opts, m.family, m.metrics, m.measured] = [parsed, o, family, metrics, metrics];
    return drawn && ([drawn, width] as const);
  };
}
