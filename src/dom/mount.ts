/// <reference lib="dom" />
import { announcePoll, announceWords } from "../chart/announce.js";
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
import { pollNear } from "./pointer.js";
import { MOUNT_CSS } from "./style.js";
import { type NavNode, type NavTree, navTree, type PollAt } from "./tree.js";
import { renderItems } from "./items.js";

/** Options of {@link mountTrendChart}: the chart's options (`ChartOptions` of poll-trend), and what only a page has. */
export type MountOptions = ChartOptions & {
  /**
   * The page's data table of this chart, as an element or its id: T moves focus to it (opening a
   * `<details>` around it), and the tooltip links to it. Without it, T does nothing.
   */
  readonly table?: HTMLElement | string;
};

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

/** How long a first draw waits for a web font, in ms, before it draws with the fallback. */
const FONT_WAIT = 3000;

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
 * @throws {TypeError} when `container` is not an element; `PollDataError` (of poll-trend) when the
 * data or an option is invalid, naming each. All before the container is touched.
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
  const plainFamily = resolveOptions({}).fontFamily;
  const familyOf = (o: MountOptions) =>
    o.fontFamily ?? (doc.defaultView?.getComputedStyle(container).fontFamily || plainFamily);
  // Web fonts of the chart's family still loading: the first draw waits for them.
  let settled = !doc.fonts || !!options.fontMetrics || fontsReady(doc, familyOf(options));
  let data = dataset;
  let opts = options;
  let family = "";
  let metrics: FontMetrics | undefined;
  // The font as last measured: a redraw is due only when it changes (a server chart kept in the
  // built-in widths is laid out without it, yet must not be redrawn for it).
  let measured: FontMetrics | undefined;
  const measuring = () => !opts.fontMetrics && !!doc.fonts;
  const widthNow = (o = opts) => {
    if (o.width !== undefined) return o.width;
    const width = contentWidth(container);
    if (!width && typeof ResizeObserver === "undefined") return 640;
    return width && Math.max(240, Math.min(4000, width));
  };

  let taken = takenOutside(doc, container);
  /** Lays out and draws at a width: what the page shows, and the layout it reads. `null`: built-in widths. */
  const render = (width: number, m: FontMetrics | null | undefined = metrics, o = opts, f = family, d = data) => {
    const chart = layout(d, { ...chartOptions(o), width, fontFamily: f, ...(m ? { fontMetrics: m } : {}) });
    return { chart, markup: drawWithIds(chart, taken) };
  };
  /**
   * Checks data and options and draws them where there is a width (else lays them out at 640 px), so
   * that anything bad throws before anything changes; the function it returns makes them the chart's.
   */
  const prepare = (next: PollDataset, o: MountOptions) => {
    const parsed = parseDataset(next);
    resolveOptions(chartOptions(o));
    const f = familyOf(o);
    const m = settled && !o.fontMetrics ? measureFont(doc, f) : undefined;
    const width = widthNow(o);
    const drawn =
      width && settled
        ? render(width, m ?? null, o, f, parsed)
        : void layout(parsed, { ...chartOptions(o), width: width || 640 });
    return () => {
      [data, opts, family, metrics, measured] = [parsed, o, f, m, m];
      return drawn && ([drawn, width] as const);
    };
  };
  let first = prepare(dataset, options)();

  if (!doc.getElementById("pt-mount-style"))
    doc.head.append(Object.assign(doc.createElement("style"), { id: "pt-mount-style", textContent: MOUNT_CSS }));
  const make = (tag: string, cls = "", attrs: Record<string, string> = {}) => {
    const el = Object.assign(doc.createElement(tag), { className: cls });
    for (const name in attrs) el.setAttribute(name, attrs[name] as string);
    return el;
  };
  const root = make("div", "pt-mount");
  const holder = make("div");
  const tree = make("div", "pt-tree", { role: "tree", tabindex: "0" });
  const tip = make("div", "pt-tip", { "aria-hidden": "true" });
  const tipText = make("div");
  const tipTable = make("button", "", { type: "button", tabindex: "-1" });
  const live = make("div", "pt-hidden", { "aria-live": "polite" });
  const keys = make("p", "pt-keys");
  tip.append(tipText, tipTable);
  tip.hidden = keys.hidden = true;
  root.append(holder, tree, tip, keys, live);
  let server = serverChart(container);
  container.insertBefore(root, server?.node ?? null);
  const speak = liveRegion(live);

  let chart: ChartLayout | undefined;
  let nav: NavTree | undefined;
  let svg: SVGSVGElement | undefined;
  let ring: Element | undefined;
  let prefix = "";
  let at: NavNode | undefined;
  let lastPoll: PollAt | undefined;
  let lastKey = "";
  let hovered: PollAt | undefined;
  let pinned = false;
  let dismissed = false;
  let drawnWidth = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Shows a drawing: takes over the server's chart where it is the same, else replaces it. A redraw at
   * another width keeps the tree (its words do not depend on the width); new data makes a new one.
   */
  function show(drawn: { chart: ChartLayout; markup: string }, width: number, fresh = !nav) {
    let next = drawn;
    const old = server?.svg;
    const same = (markup: string) => {
      const t = doc.createElement("template");
      t.innerHTML = markup;
      return !!old && !!t.content.firstElementChild?.isEqualNode(old);
    };
    let adopted = same(next.markup);
    if (!adopted && old && !opts.fontFamily && !opts.fontMetrics) {
      // Drawn on the server in the built-in font and widths: kept where the page draws that font within them.
      const plain = measureFont(doc, plainFamily);
      const candidate = !plain || fitsBuiltIn(plain) ? render(width, null, opts, plainFamily) : next;
      adopted = same(candidate.markup);
      if (adopted) [next, family, metrics, measured] = [candidate, plainFamily, undefined, plain];
    }
    if (adopted) holder.replaceChildren(old as SVGSVGElement);
    else {
      holder.innerHTML = next.markup;
      server?.node.remove();
    }
    server = undefined;
    // Until now the server's chart could keep its ids; from now on they are this chart's own.
    taken = takenOutside(doc, root);
    chart = next.chart;
    drawnWidth = width;
    const before = nav;
    if (fresh) nav = navTree(chart);
    svg = holder.firstElementChild as SVGSVGElement;
    // The tree holds the series and polls for assistive technology, so they are hidden in the SVG; its
    // title, description, events and notes stay readable, in browse mode too.
    svg.querySelectorAll(".pt-group").forEach((group) => {
      group.setAttribute("aria-hidden", "true");
    });
    ring = svg.appendChild(doc.createElementNS("http://www.w3.org/2000/svg", "g"));
    prefix ||= svg.id;
    root.dataset.scheme = chart.options.colorScheme;
    keys.id = `${prefix}-keys`;
    const say = announceWords(chart);
    keys.textContent = say.keys(!!opts.table);
    tipTable.textContent = say.tableLink;
    tipTable.hidden = !opts.table;
    tree.setAttribute("aria-labelledby", `${svg.id}-title`);
    tree.setAttribute("aria-describedby", `${svg.id}-desc ${keys.id}`);
    // New data: the same poll by its identity, else the same series, else the chart.
    if (fresh && before && at && nav) {
      const s = at.series ?? -1;
      const index = chart.series[s]?.points.findIndex((p) => pollKey(p.point, data) === lastKey) ?? -1;
      at = at.kind === "poll" && index >= 0 ? nav.poll(s, index) : (nav.children(nav.root)[s] ?? nav.root);
    }
    items();
    indicate();
  }

  function draw() {
    const width = widthNow();
    if (!settled || !width) return;
    show(first?.[0] ?? render(width), width);
    first = undefined;
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
    const node = hovered
      ? nav.poll(hovered.series, hovered.point)
      : doc.activeElement === tree || pinned
        ? at
        : undefined;
    const box = node && !dismissed && nodeBox(chart, node);
    ring.replaceChildren(...(node && box ? activeMarks(doc, chart, node, box) : []));
    tip.hidden = !node || !box;
    if (!node || !box) return;
    tipText.textContent =
      node.kind === "poll" ? announcePoll(chart, node.series ?? 0, node.polls?.[0] ?? 0) : node.name;
    const scale = (svg.clientWidth || chart.width) / chart.width;
    placeTip(tip, root, (node.kind === "poll" ? box.left : box.right) * scale, box.top * scale);
  }

  function moveTo(node: NavNode, cue?: string) {
    at = node;
    dismissed = false;
    const poll = node.kind === "poll" && chart?.series[node.series ?? 0]?.points[node.polls?.[0] ?? 0];
    if (poll && chart) {
      lastPoll = { series: node.series ?? 0, point: node.polls?.[0] ?? 0 };
      lastKey = pollKey(poll.point, chart.dataset);
    }
    items();
    indicate();
    const words = cue ?? (poll && chart ? announcePoll(chart, lastPoll?.series ?? 0, lastPoll?.point ?? 0) : "");
    if (words) speak.say(words);
  }

  function toTable() {
    const t = opts.table;
    const table = typeof t === "string" ? doc.getElementById(t) : t;
    if (!table) return false;
    const details = table.closest("details");
    if (details) details.open = true;
    if (!table.hasAttribute("tabindex")) table.tabIndex = -1;
    table.focus();
    return true;
  }

  function dismiss(event: KeyboardEvent) {
    if (event.key !== "Escape" || (tip.hidden && keys.hidden)) return false;
    dismissed = keys.hidden = true;
    indicate();
    event.preventDefault();
    return true;
  }

  function onKey(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || !nav || !chart || dismiss(event)) return;
    if ((event.key === "t" || event.key === "T") && toTable()) return event.preventDefault();
    if (!NAV_KEYS.has(event.key)) return;
    event.preventDefault();
    keys.hidden = true;
    hovered = undefined;
    const next = step(nav, chart, at ?? nav.root, event.key, lastPoll);
    moveTo(next.node, next.cue);
  }

  let last: [number, number] = [0, 0];
  function onPointer(event: PointerEvent) {
    if (!chart || !svg || !nav) return;
    const here: [number, number] = [event.clientX, event.clientY];
    const found = pollNear(chart, svg, event);
    const before = last;
    last = here;
    // On the way to the tooltip (WCAG 1.4.13, hoverable), what it shows stays.
    if (hovered && !tip.hidden && event.type === "pointermove" && towards(tip.getBoundingClientRect(), here, before))
      return;
    if (event.type === "pointerdown" && found) {
      pinned = true;
      hovered = undefined;
      return moveTo(nav.poll(found.series, found.point));
    }
    if (found?.series !== hovered?.series || found?.point !== hovered?.point) dismissed = false;
    hovered = found;
    indicate();
  }

  function onLeave(event: PointerEvent) {
    if (event.pointerType === "touch") return;
    hovered = undefined;
    indicate();
  }

  const onDocKey = (event: KeyboardEvent) => hovered && doc.activeElement !== tree && dismiss(event);
  // The pointer is elsewhere in the page: a leave the browser did not report (as after a fast move).
  const onDocPointer = (event: PointerEvent) => hovered && !root.contains(event.target as Node) && onLeave(event);
  const onFocus = () => {
    // Shown for the keyboard, not on a click.
    keys.hidden = !tree.matches(":focus-visible");
    dismissed = false;
    items();
    indicate();
  };
  const onBlur = () => {
    keys.hidden = true;
    pinned = false;
    speak.cancel();
    indicate();
  };
  const onFonts = () => {
    const next = measuring() ? measureFont(doc, family) : measured;
    if (sameMetrics(next, measured)) return;
    metrics = measured = next;
    draw();
  };
  const listen = (target: EventTarget | undefined, type: string, fn: (event: never) => unknown, add = true) =>
    target?.[add ? "addEventListener" : "removeEventListener"](type, fn as EventListener);
  const listeners: [EventTarget | undefined, string, (event: never) => unknown][] = [
    [tree, "keydown", onKey],
    [tree, "focus", onFocus],
    [tree, "blur", onBlur],
    [tree, "pointermove", onPointer],
    [tree, "pointerdown", onPointer],
    [root, "pointerleave", onLeave],
    [tipTable, "click", toTable],
    [doc, "keydown", onDocKey],
    [doc, "pointerover", onDocPointer],
    [doc.fonts, "loadingdone", onFonts],
  ];
  for (const [target, type, fn] of listeners) listen(target, type, fn);
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
          if (widthNow() === drawnWidth) return;
          // A first draw (a tab just shown) at once, before the next paint; a resize once it settles.
          if (chart) timer = setTimeout(draw, 150);
          else draw();
        });
  draw();
  observer?.observe(container);

  return {
    update(next, nextOptions, how) {
      const before = data;
      const shown = prepare(next, how?.replace ? (nextOptions ?? {}) : { ...opts, ...nextOptions })();
      if (shown) show(...shown, true);
      else nav = at = undefined;
      const words = chart && describeUpdate(parseDataset(before), chart);
      if (words) speak.say(words);
    },
    destroy() {
      observer?.disconnect();
      clearTimeout(timer);
      speak.cancel();
      for (const [target, type, fn] of listeners) listen(target, type, fn, false);
      root.remove();
    },
  };
}

/** Whether the pointer, within 40 px of the tooltip, moved nearer to it. */
function towards(box: DOMRect, [x, y]: [number, number], [x0, y0]: [number, number]): boolean {
  const gap = (px: number, py: number) =>
    Math.hypot(Math.max(box.left - px, 0, px - box.right), Math.max(box.top - py, 0, py - box.bottom));
  return gap(x, y) < Math.min(40, gap(x0, y0));
}
