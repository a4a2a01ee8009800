/// <reference lib="dom" />

/** Throws a `TypeError` naming the argument unless `container` is an element of a document. */
export function checkContainer(container: unknown): asserts container is HTMLElement {
  if ((container as Node | null)?.nodeType !== 1)
    throw new TypeError(
      `poll-trend: mountTrendChart(container) needs an element, received ${container === null ? "null" : typeof container}`,
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

/** A chart the server drew: its element in the container, and its SVG if it is one chart, not a figure. */
export interface ServerChart {
  readonly node: Element;
  readonly svg?: SVGSVGElement;
}

/**
 * A chart drawn on the server in the container: an SVG of `renderTrendChart`, or the figure of
 * `renderTrendFigure` (with its charts at several widths), as a child of the container.
 */
export function serverChart(container: HTMLElement): ServerChart | undefined {
  for (const child of Array.from(container.children)) {
    if (child.localName === "svg" && child.getAttribute("role") === "graphics-document")
      return { node: child, svg: child as SVGSVGElement };
    if (child.classList.contains("pt-figure")) return { node: child };
  }
  return undefined;
}

/** Whether an id is used in the page outside `mine`, so a chart drawn there must take another. */
export const takenOutside =
  (doc: Document, mine: Element) =>
  (id: string): boolean => {
    const found = doc.getElementById(id);
    return found !== null && !mine.contains(found);
  };
