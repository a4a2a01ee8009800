/// <reference lib="dom" />
import { layout } from "../chart/layout.js";
import { resolveOptions } from "../chart/options.js";
import { drawWithIds } from "../chart/render.js";
import type { FontMetrics } from "../font/metrics.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";
import { fitsBuiltIn, measureFont } from "./fonts.js";
import { chartOptions, type MountOptions } from "./options.js";
import { contentWidth } from "./page.js";
import type { Drawn, MountState } from "./state.js";

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
 * The widths to lay text out to: `fontMetrics` if given, else the font as measured in the page; the
 * built-in widths where the built-in stack is drawn within them (as the server laid it out), or where
 * nothing could be measured.
 */
export function metricsFor(o: MountOptions, measured: FontMetrics | undefined): FontMetrics | undefined {
  return o.fontMetrics ?? (measured && (o.fontFamily || !fitsBuiltIn(measured)) ? measured : undefined);
}

/** The width to draw at: `width` if given, else the container's content box within 200–4000 px; 0 without one yet. */
export function widthNow(container: HTMLElement, o: MountOptions): number {
  if (o.width !== undefined) return o.width;
  const width = contentWidth(container);
  if (!width && typeof ResizeObserver === "undefined") return 640;
  return width && Math.max(200, Math.min(4000, width));
}

/** Lays out and draws at a width: what the page shows, and the layout it reads. */
export function drawAt(
  taken: (id: string) => boolean,
  data: PollDataset,
  o: MountOptions,
  width: number,
  metrics: FontMetrics | undefined,
): Drawn {
  const chart = layout(data, { ...chartOptions(o), width, ...(metrics ? { fontMetrics: metrics } : {}) });
  return { chart, markup: drawWithIds(chart, taken) };
}

/**
 * The width a drawing is laid out at: over a server's figure, the width of the chart it shows (scaled
 * up to the container, as the figure shows it, so nothing moves); else the container's.
 */
export const layoutWidth = (m: Pick<MountState, "server">, width: number): number =>
  m.server?.width && m.server.width <= width ? m.server.width : width;

/** What checking new data and options needs of a mount: the page, the server's chart, the ids taken. */
type Checking = Pick<MountState, "doc" | "container" | "server" | "taken">;

/**
 * Checks data and options and draws them where there is a width (else lays them out at 640 px), so
 * that anything bad throws before anything changes; the function it returns makes them the chart's,
 * and gives the drawing, if there is one.
 */
export function prepare(p: Checking, next: PollDataset, o: MountOptions): (m: MountState) => Drawn | undefined {
  const parsed = parseDataset(next);
  resolveOptions(chartOptions(o));
  const family = familyOf(p.doc, p.container, o);
  const measured = o.fontMetrics ? undefined : measureFont(p.doc, family);
  const metrics = metricsFor(o, measured);
  const width = widthNow(p.container, o);
  const drawn = width
    ? drawAt(p.taken, parsed, o, layoutWidth(p, width), metrics)
    : void layout(parsed, { ...chartOptions(o), width: 640 });
  return (m) => {
    [m.data, m.opts, m.family, m.measured] = [parsed, o, family, measured];
    return drawn;
  };
}
