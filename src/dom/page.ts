/// <reference lib="dom" />
import type { PollDataset } from "../model/types.js";
import type { MountOptions } from "./options.js";

/** Throws a `TypeError` naming the argument unless `container` is an element of a document. */
export function checkContainer(container: unknown): asserts container is HTMLElement {
  if ((container as Node | null)?.nodeType !== 1)
    throw new TypeError(
      `poll-trend: mountTrendChart(container) needs an element, received ` +
        `${container === null ? "null" : typeof container}`,
    );
}

/** The width of an element's content box in whole px: inside its borders and padding, whatever its `box-sizing`. */
export function contentWidth(element: HTMLElement): number {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  if (!style) return 0;
  const px = (value: string) => Number.parseFloat(value) || 0;
  const edges = px(style.paddingLeft) + px(style.paddingRight) + px(style.borderLeftWidth) + px(style.borderRightWidth);
  return Math.max(0, Math.floor(element.getBoundingClientRect().width - edges));
}

/**
 * A chart the server drew: its element in the container, and the SVG shown (for a figure, the chart it shows and its
 * width).
 */
export interface ServerChart {
  readonly node: Element;
  readonly svg?: SVGSVGElement | undefined;
  /** A figure's shown chart: the width it is drawn at, where the figure scales it up to fill the container. */
  readonly width?: number | undefined;
}

/**
 * A chart drawn on the server in the container: an SVG of `renderTrendChart`, or the figure of
 * `renderTrendFigure` (with its charts at several widths, one shown), as a child of the container.
 */
export function serverChart(container: HTMLElement): ServerChart | undefined {
  const node = container.querySelector(":scope > svg[role=graphics-document], :scope > .pt-figure");
  if (node?.localName === "svg") return { node, svg: node as SVGSVGElement };
  const svg = Array.from(node?.querySelectorAll<SVGSVGElement>(":scope > .pt-fw > svg") ?? []).find(
    (s) => s.getClientRects().length,
  );
  // Its width, if the figure shows it at the container's full width (past its last width, it does not).
  const fills = svg && Math.abs(svg.getBoundingClientRect().width - contentWidth(container)) <= 1;
  return node ? { node, svg, width: (fills && Number(svg.getAttribute("width"))) || undefined } : undefined;
}

/** The dataset and options a figure of `renderTrendFigure(dataset, { embedData: true })` in the container carries. */
export function embeddedData(container: HTMLElement): { dataset: PollDataset; options: MountOptions } {
  const island = container.querySelector(":scope > .pt-figure > script.pt-data");
  if (!island)
    throw new TypeError(
      "poll-trend: mountFigure(container) needs a figure drawn by renderTrendFigure(dataset, { embedData: true }) " +
        "in the container",
    );
  return JSON.parse(island.textContent!);
}

/** Whether an id is used in the page outside `mine`, so a chart drawn there must take another. */
export const takenOutside =
  (doc: Document, mine: Element) =>
  (id: string): boolean => {
    const found = doc.getElementById(id);
    return found !== null && !mine.contains(found);
  };
