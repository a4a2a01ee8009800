/// <reference lib="dom" />
import { announcePoll } from "../chart/announce.js";
import { type ChartLayout, layout } from "../chart/layout.js";
import { type ChartOptions, resolveOptions } from "../chart/options.js";
import { drawWithIds } from "../chart/render.js";
import type { FontMetrics } from "../font/metrics.js";
import { parseDataset } from "../model/parse.js";
import { pollKey } from "../model/polls.js";
import type { PollDataset } from "../model/types.js";
import { describeUpdate, liveRegion } from "./changes.js";
import { fitsBuiltIn, fontsReady, measureFont, sameMetrics, whenFontsLoad } from "./fonts.js";
import { NAV_KEYS, step } from "./keys.js";
import { activeMarks, nodeBox, placeTip } from "./marks.js";
import { checkContainer, contentWidth, serverChart, takenOutside } from "./page.js";
import { nearestPoll, type Pointer, pointerAt } from "./pointer.js";
import { MOUNT_CSS } from "./style.js";
import { type NavNode, type NavTree, navTree, type PollAt } from "./tree.js";
import { renderItems } from "./items.js";

/** Options of {@link mountTrendChart}: the chart's options, and what only a page has. */
export interface MountOptions extends ChartOptions {
  /**
   * The page's data table of this chart, as an element or its id: T moves focus to it (opening a
   * `<details>` around it), and the tooltip links to it. Without it, T does nothing.
   */
  readonly table?: HTMLElement | string;
}

/** How {@link MountedChart.update} takes new options. */
export interface UpdateHow {
  /** `true`: the new options replace the old ones. Default `false`: they are merged into them. */
  readonly replace?: boolean;
}

/** A chart mounted in a page by {@link mountTrendChart}. */
export interface MountedChart {
  /**
   * Draws new data in place, and says what changed in the live region ("3 new polls; latest: …").
   * New options are merged into the earlier ones, or replace them with `{ replace: true }`.
   * Bad data or options throw before anything changes.
   */
  update(dataset: PollDataset, options?: MountOptions, how?: UpdateHow): void;
  /** Removes the chart, its listeners and its resize observer. */
  destroy(): void;
}

const SR_KEYS =
  "Arrow keys explore the chart: Down goes into it, its series and their polls, Up back out; Left and Right move between series, or between polls in time; Home and End go to the first and the latest; Page Up and Page Down move ten polls; Escape hides the tooltip.";
const SHOWN_KEYS = "← → move · ↓ in · ↑ out · Home End · Esc hides";
/** How long a first draw waits for a web font, in ms, before it draws with the fallback. */
const FONT_WAIT = 3000;

function addStyle(doc: Document) {
  if (doc.getElementById("pt-mount-style")) return;
  const style = doc.createElement("style");
  style.id = "pt-mount-style";
  style.textContent = MOUNT_CSS;
  doc.head.append(style);
}

/** The options `layout` takes: those of a mount without the page's own. */
function chartOptions({ table: _table, ...chart }: MountOptions): ChartOptions {
  return chart;
}

/**
 * Mounts an interactive, accessible trend chart in `container`: the SVG of `renderTrendChart`, drawn
 * at the width of the container's content box (inside padding and borders) and drawn again, not
 * scaled, when it resizes; a container without a width yet (a hidden tab) is drawn when it gets one.
 * Text is laid out to the font the page really draws, measured in the browser (`fontFamily`, else the
 * container's), once web fonts have loaded, and again when they load later.
 *
 * A chart that `renderTrendChart` drew in the container (server rendering, with the same dataset and
 * options) is taken over in place, without drawing it again; one from `renderTrendFigure` is replaced
 * by the live chart. Same options include `fontFamily` and `fontMetrics` where the server used them.
 *
 * It is a tree for screen readers (role `tree`, the reader's place in `aria-activedescendant`): the
 * chart, its series, events and notes, then each series' polls (grouped by year and month in a long
 * series). Down goes in, Up out, Left and Right between siblings and between polls in time, Home/End
 * to the first and latest, Page Up/Down ten polls, Escape hides the tooltip, T goes to `table`. Where
 * a move settles, a polite live region says the poll in full, with its sample size and population,
 * and at a series' ends that there is no earlier or later poll. Hovering shows the nearest poll within
 * 24 px in a tooltip that stays while the pointer is on it and hides on Escape; a tap or click picks it.
 *
 * @throws {TypeError} when `container` is not an element; {@link PollDataError} when the data is
 * invalid; a `TypeError` or `RangeError` naming a bad option. All before the container is touched.
 * @example
 * import { mountTrendChart } from "poll-trend/dom";
 * const chart = mountTrendChart(document.getElementById("chart") as HTMLElement, dataset, { colorScheme: "auto" });
 * // later: chart.update(newDataset); chart.destroy();
 */
export function mountTrendChart(
  container: HTMLElement,
  dataset: PollDataset,
  options: MountOptions = {},
): MountedChart {
  checkContainer(container);
  const doc = container.ownerDocument;
  const view = doc.defaultView as Window & typeof globalThis;
  let data = parseDataset(dataset);
  let opts = options;
  const defaults = resolveOptions(chartOptions(opts));
  const familyOf = (o: MountOptions) =>
    o.fontFamily ?? (view.getComputedStyle(container).fontFamily || resolveOptions({}).fontFamily);
  let family = familyOf(opts);
  const measuring = () => opts.fontMetrics === undefined && doc.fonts !== undefined;
  let settled = !measuring() || fontsReady(doc, family);
  let metrics: FontMetrics | undefined = settled && measuring() ? measureFont(doc, family) : undefined;
  // The font as last measured: a redraw is due only when it changes (a server chart kept in the
  // built-in widths is laid out without it, yet must not be redrawn for it).
  let measured = metrics;
  const widthNow = (o = opts) => {
    if (o.width !== undefined) return o.width;
    const width = contentWidth(container);
    if (!width && typeof ResizeObserver === "undefined") return 640;
    return width && Math.max(240, Math.min(4000, width));
  };

  let taken = takenOutside(doc, container);
  /** Lays out and draws at a width: what the page shows, and the layout it reads. */
  const render = (width: number, m: FontMetrics | null | undefined = metrics, o = opts, f = family) => {
    const chart = layout(data, { ...chartOptions(o), width, fontFamily: f, ...(m ? { fontMetrics: m } : {}) });
    return { chart, markup: drawWithIds(chart, taken) };
  };
  // Everything that can throw, before the container is touched.
  const width0 = widthNow();
  let first = width0 && settled ? render(width0) : undefined;
  if (!first) layout(data, { ...chartOptions(opts), width: width0 || defaults.width });

  addStyle(doc);
  const make = (tag: string, cls: string) => Object.assign(doc.createElement(tag), { className: cls });
  const root = make("div", "pt-mount");
  const holder = make("div", "pt-holder");
  const tree = make("div", "pt-tree");
  const tip = make("div", "pt-tip");
  const tipText = make("span", "");
  const tipTable = make("button", "pt-tip-table") as HTMLButtonElement;
  const live = make("div", "pt-hidden");
  const hint = make("p", "pt-hidden");
  const keys = make("p", "pt-keys");
  Object.assign(tipTable, { type: "button", tabIndex: -1, textContent: "All polls in the data table" });
  tip.append(tipText, tipTable);
  tip.setAttribute("aria-hidden", "true");
  keys.setAttribute("aria-hidden", "true");
  tip.hidden = keys.hidden = true;
  live.setAttribute("aria-live", "polite");
  tree.setAttribute("role", "tree");
  tree.tabIndex = 0;
  root.append(holder, tree, tip, keys, live, hint);
  let server = serverChart(container);
  if (server) container.insertBefore(root, server.node);
  else container.append(root);
  const speak = liveRegion(live);

  let chart: ChartLayout | undefined;
  let nav: NavTree | undefined;
  let svg: SVGSVGElement | undefined;
  let ring: SVGGElement | undefined;
  let prefix = "";
  let at: NavNode | undefined;
  let lastPoll: PollAt | undefined;
  let hovered: Pointer | undefined;
  let pinned = false;
  let dismissed = false;
  let drawnWidth = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows a drawing: takes over the server's chart where it is the same, else replaces it. */
  function show(drawn: { chart: ChartLayout; markup: string }, width: number) {
    let next = drawn;
    const old = server;
    server = undefined;
    let adopted: SVGSVGElement | undefined;
    if (old?.svg) {
      const same = (markup: string) => {
        const t = doc.createElement("template");
        t.innerHTML = markup;
        return t.content.firstElementChild?.isEqualNode(old.svg as SVGSVGElement) ?? false;
      };

      if (same(next.markup)) adopted = old.svg;
      else if (!opts.fontFamily && !opts.fontMetrics) {
        // Drawn on the server in the built-in font and widths: kept where the page draws that font within them.
        const plainFamily = resolveOptions({}).fontFamily;
        const plain = measureFont(doc, plainFamily);
        if (!plain || fitsBuiltIn(plain)) {
          // Built-in widths: `null` for none, as `undefined` would take the default.
          const candidate = render(width, null, opts, plainFamily);
          if (same(candidate.markup))
            [adopted, next, family, metrics, measured] = [old.svg, candidate, plainFamily, undefined, plain];
        }
      }
    }
    if (adopted) holder.replaceChildren(adopted);
    else {
      holder.innerHTML = next.markup;
      old?.node.remove();
    }
    // Until now the server's chart could keep its ids; from now on they are this chart's own.
    taken = takenOutside(doc, root);
    chart = next.chart;
    drawnWidth = width;
    nav = navTree(chart);
    svg = holder.firstElementChild as SVGSVGElement;
    svg.setAttribute("aria-hidden", "true");
    ring = doc.createElementNS("http://www.w3.org/2000/svg", "g") as SVGGElement;
    ring.setAttribute("class", "pt-active");
    svg.append(ring);
    prefix ||= svg.id;
    root.dataset.scheme = chart.options.colorScheme;
    tip.id = `${prefix}-tip`;
    hint.id = `${prefix}-keys`;
    hint.textContent = opts.table ? `${SR_KEYS} T goes to the data table.` : SR_KEYS;
    keys.textContent = opts.table ? `${SHOWN_KEYS} · T table` : SHOWN_KEYS;
    tipTable.hidden = !opts.table;
    tree.setAttribute("aria-labelledby", `${svg.id}-title`);
    tree.setAttribute("aria-describedby", `${svg.id}-desc ${hint.id}`);
    at = restore(at);
    items();
    indicate();
  }

  /** The same place after a redraw: the same poll by its identity, else the same node, else the chart. */
  function restore(node: NavNode | undefined): NavNode | undefined {
    if (!node || !nav || !chart) return undefined;
    if (node.kind === "poll" && lastPoll) {
      const index = chart.series[node.series ?? 0]?.points.findIndex(
        (p) => pollKey(p.point, chart?.dataset as PollDataset) === lastKey,
      );
      if (index !== undefined && index >= 0) return nav.poll(node.series ?? 0, index);
    }
    return nav.find(node.key) ?? nav.root;
  }
  let lastKey = "";

  function draw() {
    if (!settled) return;
    const width = widthNow();
    if (!width) return;
    const drawn = first ?? render(width);
    first = undefined;
    show(drawn, width);
  }

  function items() {
    if (!nav) return;
    const active = at ?? nav.root;
    renderItems(doc, tree, nav, active, prefix);
    tree.setAttribute("aria-activedescendant", `${prefix}-${active.key}`);
  }

  /** Shows what is active: the hovered poll, else the reader's place while the chart has focus or a tap pinned it. */
  function indicate() {
    if (!chart || !nav || !ring || !svg) return;
    const focused = doc.activeElement === tree;
    const node = hovered ? nav.poll(hovered.series, hovered.point) : focused || pinned ? at : undefined;
    const box = node && nodeBox(chart, node);
    ring.replaceChildren(...(node && !dismissed ? activeMarks(doc, chart, node) : []));
    if (!node || !box || dismissed) {
      tip.hidden = true;
      return;
    }
    tipText.textContent =
      node.kind === "poll" ? announcePoll(chart, node.series ?? 0, node.polls?.[0] ?? 0) : node.name;
    tip.hidden = false;
    const scale = (svg.clientWidth || chart.width) / chart.width;
    placeTip(tip, root, (node.kind === "poll" ? box.left : box.right) * scale, box.top * scale);
  }

  function moveTo(node: NavNode, cue?: string) {
    at = node;
    dismissed = false;
    if (node.kind === "poll" && node.series !== undefined && node.polls && chart) {
      lastPoll = { series: node.series, point: node.polls[0] };
      const placed = chart.series[node.series]?.points[node.polls[0]];
      lastKey = placed ? pollKey(placed.point, chart.dataset) : "";
    }
    items();
    indicate();
    if (cue) speak.say(cue);
    else if (node.kind === "poll" && chart) speak.say(announcePoll(chart, node.series ?? 0, node.polls?.[0] ?? 0));
  }

  function tableElement(): HTMLElement | undefined {
    const t = opts.table;
    return (typeof t === "string" ? (doc.getElementById(t) ?? undefined) : t) || undefined;
  }
  function toTable() {
    const table = tableElement();
    if (!table) return;
    const details = table.closest("details");
    if (details) details.open = true;
    if (!table.hasAttribute("tabindex") && table.tabIndex < 0) table.tabIndex = -1;
    table.focus();
  }

  function dismiss(event: KeyboardEvent) {
    if (event.key !== "Escape" || (tip.hidden && keys.hidden)) return false;
    dismissed = true;
    keys.hidden = true;
    indicate();
    return true;
  }

  function onKey(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || !nav || !chart) return;
    if (dismiss(event)) return event.preventDefault();
    if ((event.key === "t" || event.key === "T") && tableElement()) {
      event.preventDefault();
      return toTable();
    }
    if (!NAV_KEYS.has(event.key)) return;
    event.preventDefault();
    keys.hidden = true;
    hovered = undefined;
    const next = step(nav, chart, at ?? nav.root, event.key, lastPoll);
    moveTo(next.node, next.cue);
  }

  let last: [number, number] = [0, 0];
  function onPointer(event: PointerEvent) {
    if (!chart || !svg) return;
    const here: [number, number] = [event.clientX, event.clientY];
    const found = nearestPoll(chart, pointerAt(svg, chart, event), svg);
    const before = last;
    last = here;
    // On the way to the tooltip (WCAG 1.4.13, hoverable), what it shows stays.
    if (hovered && !tip.hidden && event.type === "pointermove" && towards(tip.getBoundingClientRect(), here, before))
      return;
    if (event.type === "pointerdown" && found && nav) {
      pinned = true;
      hovered = undefined;
      return moveTo(nav.poll(found.series, found.point));
    }
    const same = found && hovered && found.series === hovered.series && found.point === hovered.point;
    if (!same) dismissed = false;
    hovered = found ? { ...found, x: here[0], y: here[1] } : undefined;
    indicate();
  }

  function onLeave(event: PointerEvent) {
    if (event.pointerType === "touch") return;
    hovered = undefined;
    indicate();
  }

  const onDocKey = (event: KeyboardEvent) => {
    if (hovered && doc.activeElement !== tree && dismiss(event)) event.preventDefault();
  };
  // The pointer is elsewhere in the page: a leave the browser did not report (as after a fast move).
  const onDocPointer = (event: PointerEvent) => {
    if (hovered && !root.contains(event.target as Node)) onLeave(event);
  };

  tree.addEventListener("keydown", onKey);
  tree.addEventListener("focus", () => {
    try {
      keys.hidden = !tree.matches(":focus-visible");
    } catch {
      keys.hidden = false;
    }
    dismissed = false;
    items();
    indicate();
  });
  tree.addEventListener("blur", () => {
    keys.hidden = true;
    pinned = false;
    speak.cancel();
    indicate();
  });
  tree.addEventListener("pointermove", onPointer);
  tree.addEventListener("pointerdown", onPointer);
  root.addEventListener("pointerleave", onLeave);
  tipTable.addEventListener("click", toTable);
  doc.addEventListener("keydown", onDocKey);
  doc.addEventListener("pointerover", onDocPointer);

  const onFonts = () => {
    if (!measuring()) return;
    const next = measureFont(doc, family);
    if (sameMetrics(next, measured)) return;
    metrics = measured = next;
    draw();
  };
  doc.fonts?.addEventListener?.("loadingdone", onFonts);
  if (!settled)
    whenFontsLoad(doc, family, FONT_WAIT).then(() => {
      settled = true;
      metrics = measured = measureFont(doc, family);
      draw();
    });

  const observer =
    typeof ResizeObserver === "undefined"
      ? undefined
      : new ResizeObserver(() => {
          clearTimeout(timer);
          if (opts.width !== undefined || widthNow() === drawnWidth) return;
          // A first draw (a tab just shown) at once, before the next paint; a resize once it settles.
          if (!chart) draw();
          else timer = setTimeout(draw, 150);
        });
  draw();
  observer?.observe(container);

  return {
    update(next, nextOptions, how) {
      const before = data;
      const parsed = parseDataset(next);
      const merged = how?.replace ? (nextOptions ?? {}) : { ...opts, ...nextOptions };
      const nextFamily = familyOf(merged);
      const nextMetrics = merged.fontMetrics
        ? null
        : doc.fonts !== undefined && nextFamily !== family
          ? measureFont(doc, nextFamily)
          : metrics;
      const width = widthNow(merged);
      data = parsed;
      let drawn: ReturnType<typeof render> | undefined;
      try {
        if (width && settled) drawn = render(width, nextMetrics, merged, nextFamily);
        else layout(parsed, { ...chartOptions(merged), width: width || defaults.width });
      } catch (error) {
        data = before;
        throw error;
      }
      [opts, family, metrics] = [merged, nextFamily, nextMetrics ?? undefined];
      measured = metrics;
      if (drawn) show(drawn, width);
      const words = chart && describeUpdate(before, chart);
      if (words) speak.say(words);
    },
    destroy() {
      observer?.disconnect();
      clearTimeout(timer);
      speak.cancel();
      doc.removeEventListener("keydown", onDocKey);
      doc.removeEventListener("pointerover", onDocPointer);
      doc.fonts?.removeEventListener?.("loadingdone", onFonts);
      root.remove();
    },
  };
}

/** Whether the pointer, inside the box spanning where it was and the tooltip, moved nearer the tooltip. */
function towards(box: DOMRect, here: [number, number], before: [number, number]): boolean {
  const gap = ([x, y]: [number, number]) =>
    Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
  const within =
    here[0] >= Math.min(before[0], box.left) - 1 &&
    here[0] <= Math.max(before[0], box.right) + 1 &&
    here[1] >= Math.min(before[1], box.top) - 1 &&
    here[1] <= Math.max(before[1], box.bottom) + 1;
  return within && gap(here) < gap(before);
}
