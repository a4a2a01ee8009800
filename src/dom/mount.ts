/// <reference lib="dom" />
import { describeUpdate, liveRegion } from "./changes.js";
import { drawAt, measuring, prepare, widthNow } from "./drawing.js";
import { measureFont, sameMetrics, whenFontsLoad } from "./fonts.js";
import { onBlur, onDocKey, onFocus, onKey, toTable } from "./keyboard.js";
import type { MountOptions, UpdateHow } from "./options.js";
import { checkContainer, embeddedData, serverChart, takenOutside } from "./page.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";
import { pointerHandlers } from "./pointer.js";
import { drawNow, show } from "./show.js";
import type { Draw, MountState } from "./state.js";
import { createView } from "./view.js";

export type { MountOptions, UpdateHow } from "./options.js";

/** A chart mounted in a page by {@link mountTrendChart} (or small multiples, with their options `O`). */
export interface MountedChart<O = MountOptions> {
  /**
   * Draws new data in place, and says what changed in the live region ("3 new polls; latest: …").
   * New options are merged into the earlier ones, or replace them with `{ replace: true }`.
   * Bad data or options throw before anything changes.
   */
  update(dataset: PollDataset, options?: O, how?: UpdateHow): void;
  /** Removes the chart, its listeners and its resize observer. */
  destroy(): void;
}

/** How long a resize settles before the chart is drawn again, in ms. */
const RESIZE_WAIT = 150;

/**
 * Mounts an interactive, accessible trend chart in `container`: the SVG of `renderTrendChart`, drawn
 * at the width of the container's content box (inside padding and borders, 200 to 4000 px) and drawn
 * again, not scaled, when it resizes; a container without a width yet (a hidden tab) is drawn when it
 * gets one. Its text is set in the family the server draws with: `fontFamily`, else the built-in stack
 * (`"inherit"`: the container's font), laid out to `fontMetrics` if given, else to the font as the page
 * draws it, measured at once and again as soon as its faces load.
 *
 * Server rendering: a chart that `renderTrendChart` drew in the container with the same dataset and
 * options is taken over in place, not drawn again. Over a figure of `renderTrendFigure`, the live
 * chart is laid out at the width of the chart the figure shows and fills the container as that one
 * did (the same element where it is the same chart), so nothing moves; the next resize draws it at
 * the container's width. {@link mountFigure} takes the dataset and options the figure embeds, so the
 * page carries the data once.
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
  return mountWith(drawAt, container, dataset, options);
}

/**
 * Mounts what `draw` draws (a chart, or small multiples) as {@link mountTrendChart} says: checked
 * first, drawn at the container's width and again when it resizes, walked as a tree, by keys and pointer.
 */
export function mountWith(
  draw: Draw,
  container: HTMLElement,
  dataset: PollDataset,
  options: MountOptions,
): MountedChart {
  checkContainer(container);
  const doc = container.ownerDocument;
  const server = serverChart(container);
  const taken = takenOutside(doc, container);
  const commit = prepare({ doc, container, server, taken, draw }, dataset, options);

  const view = createView(doc);
  container.insertBefore(view.root, server?.node ?? null);
  const m: MountState = {
    ...view,
    doc,
    container,
    speak: liveRegion(view.live),
    draw,
    data: dataset,
    opts: options,
    family: "",
    taken,
    server,
  };
  m.first = commit(m);

  // The font, measured again as soon as its faces load (and when any font loads later): redrawn if it changed.
  const onFonts = () => {
    const next = measuring(m.opts) ? measureFont(doc, m.family) : undefined;
    if (sameMetrics(next, m.measured)) return;
    m.measured = next;
    drawNow(m);
  };
  if (doc.fonts && measuring(options)) whenFontsLoad(doc, m.family).then(onFonts);
  const pointer = pointerHandlers(m);
  const listeners: [EventTarget | undefined, string, (event: never) => unknown][] = [
    [view.tree, "keydown", (event: KeyboardEvent) => onKey(m, event)],
    [view.tree, "focus", () => onFocus(m)],
    [view.tree, "blur", () => onBlur(m)],
    [view.tree, "pointermove", pointer.onPointer],
    [view.tree, "pointerdown", pointer.onPointer],
    [view.root, "pointerleave", pointer.onLeave],
    [view.tipTable, "click", () => toTable(m)],
    [doc, "keydown", (event: KeyboardEvent) => onDocKey(m, event)],
    [doc, "pointerover", pointer.onDocPointer],
    [doc.fonts, "loadingdone", onFonts],
  ];
  const listen = (add: boolean) => {
    for (const [target, type, fn] of listeners)
      target?.[add ? "addEventListener" : "removeEventListener"](type, fn as EventListener);
  };
  listen(true);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer =
    typeof ResizeObserver === "undefined"
      ? undefined
      : new ResizeObserver(() => {
          clearTimeout(timer);
          if (widthNow(container, m.opts) === m.drawnWidth) return;
          // A first draw (a tab just shown) at once, before the next paint; a resize once it settles.
          if (m.chart) timer = setTimeout(drawNow, RESIZE_WAIT, m);
          else drawNow(m);
        });
  drawNow(m);
  observer?.observe(container);

  return {
    update(next, nextOptions, how) {
      const before = m.data;
      const drawn = prepare(m, next, how?.replace ? (nextOptions ?? {}) : { ...m.opts, ...nextOptions })(m);
      if (drawn) show(m, drawn, widthNow(container, m.opts), true);
      else m.nav = m.at = undefined;
      const words = m.chart && describeUpdate(parseDataset(before), m.chart);
      if (words) m.speak.say(words);
    },
    destroy() {
      observer?.disconnect();
      clearTimeout(timer);
      m.speak.cancel();
      listen(false);
      view.root.remove();
    },
  };
}

/**
 * Mounts the live chart over a figure that `renderTrendFigure(dataset, { embedData: true })` drew in
 * `container` on the server, from the dataset and options it carries (`options` merged over them), so
 * the page carries the data once: in the figure. Otherwise as {@link mountTrendChart}.
 *
 * @throws {TypeError} when `container` holds no figure with embedded data, or is not an element; as
 * {@link mountTrendChart} for bad data or options. All before the container is touched.
 * @example
 * import { mountFigure } from "poll-trend/dom";
 * // <div id="poll-chart">${renderTrendFigure(dataset, { colorScheme: "auto", embedData: true })}</div>
 * const chart = mountFigure(document.getElementById("poll-chart") as HTMLElement, { table: "polls" });
 */
export function mountFigure(container: HTMLElement, options: MountOptions = {}): MountedChart {
  checkContainer(container);
  const { dataset, options: embedded } = embeddedData(container);
  return mountTrendChart(container, dataset, { ...embedded, ...options });
}
