/// <reference lib="dom" />
import { announceWords } from "../chart/announce.js";
import { pollKey } from "../model/polls.js";
import { drawAt, PLAIN_FAMILY, redrawAt, widthNow } from "./drawing.js";
import { fitsBuiltIn, measureFont } from "./fonts.js";
import { takenOutside } from "./page.js";
import { indicate, items } from "./reader.js";
import type { Drawn, MountState } from "./state.js";
import { navTree } from "./tree.js";

/** Whether markup draws the same SVG as an element of the page. */
function sameAs(doc: Document, markup: string, old: SVGSVGElement | undefined): boolean {
  const t = doc.createElement("template");
  t.innerHTML = markup;
  return !!old && !!t.content.firstElementChild?.isEqualNode(old);
}

/**
 * Shows a drawing: takes over the server's chart where it is the same, else replaces it. A redraw at
 * another width keeps the tree (its words do not depend on the width); new data (`fresh`) makes a new one.
 */
export function show(m: MountState, drawn: Drawn, width: number, fresh = !m.nav): void {
  const { doc, opts, holder, root, keys, tipTable, tree } = m;
  let next = drawn;
  const old = m.server?.svg;
  let adopted = sameAs(doc, next.markup, old);
  if (!adopted && old && !opts.fontFamily && !opts.fontMetrics) {
    // Drawn on the server in the built-in font and widths: kept where the page draws that font within them.
    const plain = measureFont(doc, PLAIN_FAMILY);
    const candidate =
      !plain || fitsBuiltIn(plain) ? drawAt(m.taken, m.data, opts, width, PLAIN_FAMILY, undefined) : next;
    adopted = sameAs(doc, candidate.markup, old);
    if (adopted) [next, m.family, m.metrics, m.measured] = [candidate, PLAIN_FAMILY, undefined, plain];
  }
  if (adopted) holder.replaceChildren(old as SVGSVGElement);
  else {
    holder.innerHTML = next.markup;
    m.server?.node.remove();
  }
  m.server = undefined;
  // Until now the server's chart could keep its ids; from now on they are this chart's own.
  m.taken = takenOutside(doc, root);
  const chart = next.chart;
  m.chart = chart;
  m.drawnWidth = width;
  const before = m.nav;
  if (fresh) m.nav = navTree(chart);
  const svg = holder.firstElementChild as SVGSVGElement;
  m.svg = svg;
  // The tree holds the series and polls for assistive technology, so they are hidden in the SVG; its
  // title, description, events and notes stay readable, in browse mode too.
  svg.querySelectorAll(".pt-group").forEach((group) => {
    group.setAttribute("aria-hidden", "true");
  });
  m.ring = svg.appendChild(doc.createElementNS("http://www.w3.org/2000/svg", "g"));
  m.prefix ||= svg.id;
  root.dataset.scheme = chart.options.colorScheme;
  keys.id = `${m.prefix}-keys`;
  const say = announceWords(chart);
  keys.textContent = say.keys(!!opts.table);
  tipTable.textContent = say.tableLink;
  tipTable.hidden = !opts.table;
  tree.setAttribute("aria-labelledby", `${svg.id}-title`);
  tree.setAttribute("aria-describedby", `${svg.id}-desc ${keys.id}`);
  // New data: the same poll by its identity, else the same series, else the chart.
  const { at, nav } = m;
  if (fresh && before && at && nav) {
    const s = at.series ?? -1;
    const index = chart.series[s]?.points.findIndex((p) => pollKey(p.point, m.data) === m.lastKey) ?? -1;
    m.at = at.kind === "poll" && index >= 0 ? nav.poll(s, index) : (nav.children(nav.root)[s] ?? nav.root);
  }
  items(m);
  indicate(m);
}

/** Draws the chart at the container's width, once fonts are settled and it has one (the first drawing, if made). */
export function drawNow(m: MountState): void {
  const width = widthNow(m.container, m.opts);
  if (!m.settled || !width) return;
  show(m, m.first?.[0] ?? redrawAt(m, width), width);
  m.first = undefined;
}
