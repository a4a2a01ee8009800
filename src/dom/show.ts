/// <reference lib="dom" />
import { announceWords } from "../chart/announce.js";
import { pollKey } from "../model/polls.js";
import { layoutWidth, widthNow } from "./drawing.js";
import { takenOutside } from "./page.js";
import { indicate, items } from "./reader.js";
import type { Drawn, MountState } from "./state.js";
import { holds, navTree } from "./tree.js";

/** Whether markup draws the same SVG as an element of the page. */
function sameAs(doc: Document, markup: string, old: SVGSVGElement | undefined): boolean {
  const t = doc.createElement("template");
  t.innerHTML = markup;
  return !!old && !!t.content.firstElementChild?.isEqualNode(old);
}

/**
 * Shows a drawing: takes over the server's chart where it is the same, else replaces it. A drawing
 * narrower than the container (over a figure) fills it, scaled as the figure showed it. A redraw at
 * another width keeps the tree (its words do not depend on the width); new data (`fresh`) makes a new one.
 */
export function show(m: MountState, drawn: Drawn, width: number, fresh = !m.nav): void {
  const { doc, opts, holder, root, keys, tipTable, tree, server } = m;
  const old = server?.svg;
  if (sameAs(doc, drawn.markup, old)) holder.replaceChildren(old!);
  else holder.innerHTML = drawn.markup;
  if (server && !holder.contains(server.node)) server.node.remove();
  m.server = undefined;
  // Until now the server's chart could keep its ids; from now on they are this chart's own.
  m.taken = takenOutside(doc, root);
  const chart = drawn.chart;
  m.chart = chart;
  m.drawnWidth = width;
  const before = m.nav;
  if (fresh) m.nav = navTree(chart, drawn.panels);
  const svg = holder.firstElementChild as SVGSVGElement;
  m.svg = svg;
  if (chart.width < width) svg.style.width = "100%";
  // The tree holds the series and polls for assistive technology, so they are hidden in the SVG; its
  // title, description, events and notes stay readable, in browse mode too.
  for (const group of svg.querySelectorAll(".pt-group")) group.setAttribute("aria-hidden", "true");
  m.ring = svg.appendChild(doc.createElementNS("http://www.w3.org/2000/svg", "g"));
  m.prefix ||= svg.id;
  // A fixed scheme holds inside the chart whatever the page says; "auto" follows the page.
  const scheme = chart.options.colorScheme;
  root.style.colorScheme = scheme === "auto" ? "" : scheme;
  // The tree, tooltip, instructions and live region speak the chart's words: in their language and
  // region, whatever the page's ("es-ES" on an English page is read by a Spanish voice).
  root.lang = chart.trend.lang;
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
    m.at =
      at.kind === "poll" && index >= 0
        ? nav.poll(s, index)
        : (nav.children(nav.root).find((n) => holds(n, s)) ?? nav.root);
  }
  items(m);
  indicate(m);
}

/** Draws the chart at the container's width once it has one (the first drawing, if made while checking). */
export function drawNow(m: MountState): void {
  const width = widthNow(m.container, m.opts);
  if (!width) return;
  const drawn =
    m.first ?? m.draw(m.taken, m.data, m.opts, layoutWidth(m, width, m.opts), m.opts.fontMetrics ?? m.measured);
  m.first = undefined;
  show(m, drawn, width);
}
