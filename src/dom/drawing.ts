/// <reference lib="dom" />
import { layout } from "../chart/layout.js";
import { resolveOptions } from "../chart/options.js";
import { drawWithIds } from "../chart/render.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";
import { measureFont } from "./fonts.js";
import { chartOptions, type MountOptions } from "./options.js";
import { contentWidth } from "./page.js";
import type { Draw, Drawn, MountState } from "./state.js";

/** The built-in font stack: the family of a chart without `fontFamily`, on the server and in the page. */
const PLAIN_FAMILY: string = resolveOptions({}).fontFamily;

/**
 * The family a chart's text is set in, to measure: its `fontFamily`, else the built-in stack, as the
 * server draws it; `"inherit"`, the container's own font (the chart then inherits it).
 */
export function familyOf(doc: Document, container: HTMLElement, o: MountOptions): string {
  const family = o.fontFamily ?? PLAIN_FAMILY;
  return family === "inherit" ? doc.defaultView?.getComputedStyle(container).fontFamily || PLAIN_FAMILY : family;
}

/**
 * Whether the page's font is measured: only for a chosen `fontFamily` without `fontMetrics`. The built-in
 * stack is laid out to the built-in widths, as the server lays it out (they fit Arial, Helvetica,
 * Liberation Sans and DejaVu Sans), so the live chart and the server's are the same.
 */
export const measuring = (o: MountOptions): boolean => !!o.fontFamily && !o.fontMetrics;

/** The width to draw at: `width` if given, else the container's content box within 200–4000 px; 0 without one yet. */
export function widthNow(container: HTMLElement, o: MountOptions): number {
  if (o.width !== undefined) return o.width;
  const width = contentWidth(container);
  if (!width && typeof ResizeObserver === "undefined") return 640;
  return width && Math.max(200, Math.min(4000, width));
}

/** Lays out and draws a chart at a width: what the page shows, and the layout it reads. */
export const drawAt: Draw = (taken, data, o, width, metrics) => {
  const chart = layout(data, { ...chartOptions(o), width, ...(metrics ? { fontMetrics: metrics } : {}) });
  return { chart, markup: drawWithIds(chart, taken) };
};

/**
 * The width a drawing is laid out at: over a server's figure that fills the container, the width of
 * the chart it shows (scaled up to the container, as the figure shows it, so nothing moves); else the
 * container's, or `width` where it is given.
 */
export const layoutWidth = (m: Pick<MountState, "server">, width: number, o: MountOptions): number =>
  m.server?.width && m.server.width <= width && o.width === undefined ? m.server.width : width;

/** What checking new data and options needs of a mount: the page, the server's chart, the ids taken, how it draws. */
type Checking = Pick<MountState, "doc" | "container" | "server" | "taken" | "draw">;

/**
 * Checks data and options and draws them where there is a width (else lays them out at 640 px), so
 * that anything bad throws before anything changes; the function it returns makes them the chart's,
 * and gives the drawing, if there is one.
 */
export function prepare(p: Checking, next: PollDataset, o: MountOptions): (m: MountState) => Drawn | undefined {
  const parsed = parseDataset(next);
  const family = familyOf(p.doc, p.container, o);
  const measured = measuring(o) ? measureFont(p.doc, family) : undefined;
  const metrics = o.fontMetrics ?? measured;
  const width = widthNow(p.container, o);
  // Without a width yet (a hidden tab), laid out at 640 px all the same, to check it fits.
  const drawn = p.draw(p.taken, parsed, o, layoutWidth(p, width || 640, o), metrics);
  return (m) => {
    [m.data, m.opts, m.family, m.measured] = [parsed, o, family, measured];
    return width ? drawn : undefined;
  };
}
