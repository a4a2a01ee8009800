/// <reference lib="dom" />
import { announcePoll } from "../chart/announce.js";
import { type ChartLayout, layout } from "../chart/layout.js";
import type { ChartOptions } from "../chart/options.js";
import { drawWithIds } from "../chart/render.js";
import { pollKey } from "../model/polls.js";
import type { PollDataset } from "../model/types.js";
import { MOUNT_CSS } from "./style.js";

/** A chart mounted in a page by {@link mountTrendChart}. */
export interface MountedChart {
  /** Draws new data (and, if given, new options) in place. */
  update(dataset: PollDataset, options?: ChartOptions): void;
  /** Removes the chart, its listeners and its resize observer. */
  destroy(): void;
}

/** Where the reader is: a poll of a series, or the chart as a whole. */
interface Position {
  series: number;
  point: number;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const KEYS = new Set([
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "Enter",
  "Escape",
]);
const HINT =
  "Use the arrow keys to read each poll: left and right move in time, up and down between series; Home and End jump to the first and latest poll, Page Up and Page Down ten polls; Escape leaves.";

function addStyle(doc: Document) {
  if (doc.getElementById("pt-mount-style")) return;
  const style = doc.createElement("style");
  style.id = "pt-mount-style";
  style.textContent = MOUNT_CSS;
  doc.head.append(style);
}

/** In another series, the same poll (same end date, field start and pollster) if it asked there too, else the poll nearest in time. */
function matchingIndex(chart: ChartLayout, from: Position, series: number): number {
  const here = chart.series[from.series]?.points[from.point];
  const points = chart.series[series]?.points ?? [];
  if (here) {
    const key = pollKey(here.point, chart.dataset);
    const same = points.findIndex((p) => pollKey(p.point, chart.dataset) === key);
    if (same >= 0) return same;
  }
  const x = here?.x ?? 0;
  let best = 0;
  points.forEach((p, i) => {
    if (Math.abs(p.x - x) < Math.abs((points[best]?.x ?? 0) - x)) best = i;
  });
  return best;
}

/**
 * Mounts an interactive, accessible trend chart in `container`: the same SVG as
 * `renderTrendChart`, drawn at the container's width and drawn again (not scaled) when it
 * resizes. The chart is one tab stop; arrow keys move between polls in time (Left/Right) and between
 * series (Up/Down), Home/End jump to the first and latest poll, Page Up/Down move ten polls, Escape
 * leaves. Each move is announced through a polite live region and shown in a tooltip, in the words
 * the summary uses; hovering or tapping a poll shows the same tooltip. Needs a DOM; the static SVG
 * from `renderTrendChart` stays complete without one.
 *
 * @throws {PollDataError} when the data is invalid; a `TypeError` or `RangeError` naming a bad option.
 * @example
 * import { mountTrendChart } from "poll-trend/dom";
 * const chart = mountTrendChart(document.querySelector("#chart"), dataset, { colorScheme: "auto" });
 * // later: chart.update(newDataset); chart.destroy();
 */
export function mountTrendChart(
  container: HTMLElement,
  dataset: PollDataset,
  options: ChartOptions = {},
): MountedChart {
  const doc = container.ownerDocument;
  addStyle(doc);
  const root = doc.createElement("div");
  root.className = "pt-mount";
  const holder = doc.createElement("div");
  const tip = doc.createElement("div");
  tip.className = "pt-tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  const live = doc.createElement("div");
  live.className = "pt-hidden";
  live.setAttribute("aria-live", "polite");
  const hint = doc.createElement("p");
  hint.className = "pt-hidden";
  root.append(holder, tip, live, hint);
  container.append(root);

  let data = dataset;
  let opts = options;
  let chart: ChartLayout;
  let svg: SVGSVGElement;
  let ring: SVGGElement;
  let at: Position | undefined;
  let drawnWidth = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const widthNow = () => Math.max(240, Math.min(4000, Math.floor(container.clientWidth || 640)));

  function draw() {
    const focused = doc.activeElement === svg;
    drawnWidth = opts.width ?? widthNow();
    chart = layout(data, { ...opts, width: drawnWidth });
    root.dataset.scheme = chart.options.colorScheme;
    holder.innerHTML = drawWithIds(chart);
    svg = holder.firstElementChild as SVGSVGElement;
    const id = svg.id;
    tip.id = `${id}-tip`;
    hint.id = `${id}-hint`;
    hint.textContent = HINT;
    svg.setAttribute("tabindex", "0");
    svg.setAttribute("aria-describedby", `${id}-desc ${hint.id}`);
    ring = doc.createElementNS(SVG_NS, "g") as SVGGElement;
    ring.setAttribute("aria-hidden", "true");
    ring.setAttribute("fill", "none");
    svg.append(ring);
    svg.addEventListener("keydown", onKey);
    svg.addEventListener("focus", () => at && show(at, true));
    svg.addEventListener("blur", hide);
    svg.addEventListener("pointermove", onPointer);
    svg.addEventListener("pointerdown", onPointer);
    // A tap ends with the pointer leaving: keep what it showed until the next tap or key.
    svg.addEventListener(
      "pointerleave",
      (event) => event.pointerType !== "touch" && doc.activeElement !== svg && hide(),
    );
    if (at) at = clamp(at);
    if (focused) svg.focus();
    if (at && focused) show(at, false);
  }

  function clamp(p: Position): Position | undefined {
    const series = Math.min(p.series, chart.series.length - 1);
    const count = chart.series[series]?.points.length ?? 0;
    return count ? { series, point: Math.max(0, Math.min(count - 1, p.point)) } : undefined;
  }

  function show(p: Position, announce: boolean) {
    const placed = chart.series[p.series]?.points[p.point];
    if (!placed) return;
    const text = announcePoll(chart, p.series, p.point);
    // A ring in the chart's text color (at least 4.5:1) on a halo of its background, so it shows on any line.
    const circle = (cls: string, stroke: string, width: number) => {
      const c = doc.createElementNS(SVG_NS, "circle");
      for (const [name, value] of Object.entries({
        class: cls,
        cx: placed.x,
        cy: placed.y,
        r: 8,
        stroke,
        "stroke-width": width,
      }))
        c.setAttribute(name, String(value));
      return c;
    };
    ring.replaceChildren(circle("pt-halo", chart.palette.background, 5.5), circle("pt-ring", chart.palette.text, 2.5));
    tip.textContent = text;
    tip.hidden = false;
    // Above and to the right of the poll, moved in so it never leaves the chart.
    const box = { width: root.clientWidth || chart.width, height: root.clientHeight || chart.height };
    const scale = (svg.clientWidth || chart.width) / chart.width;
    const [px, py] = [placed.x * scale, placed.y * scale];
    const [w, h] = [tip.offsetWidth, tip.offsetHeight];
    let left = px + 12;
    if (left + w > box.width) left = px - 12 - w;
    let top = py - h - 12;
    if (top < 0) top = py + 12;
    tip.style.left = `${Math.max(0, Math.min(box.width - w, left))}px`;
    tip.style.top = `${Math.max(0, Math.min(box.height - h, top))}px`;
    if (announce) live.textContent = text;
  }

  function hide() {
    tip.hidden = true;
    ring.replaceChildren();
  }

  function move(p: Position | undefined) {
    at = p && clamp(p);
    if (at) show(at, true);
    else {
      hide();
      live.textContent = "Left the polls.";
    }
  }

  function onKey(event: KeyboardEvent) {
    if (!KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "Escape" && !at) return;
    event.preventDefault();
    const count = (s: number) => chart.series[s]?.points.length ?? 0;
    if (!at) {
      // From the chart as a whole, any key starts at the latest poll of the first series (Home: its first).
      move({ series: 0, point: event.key === "Home" ? 0 : count(0) - 1 });
      return;
    }
    const { series, point } = at;
    const [next, previous] = [
      (series + 1) % chart.series.length,
      (series - 1 + chart.series.length) % chart.series.length,
    ];
    const steps: Record<string, () => Position | undefined> = {
      ArrowRight: () => ({ series, point: point + 1 }),
      ArrowLeft: () => ({ series, point: point - 1 }),
      PageDown: () => ({ series, point: point + 10 }),
      PageUp: () => ({ series, point: point - 10 }),
      Home: () => ({ series, point: 0 }),
      End: () => ({ series, point: count(series) - 1 }),
      ArrowDown: () => ({ series: next, point: matchingIndex(chart, at as Position, next) }),
      ArrowUp: () => ({ series: previous, point: matchingIndex(chart, at as Position, previous) }),
      Enter: () => at,
      Escape: () => undefined,
    };
    move(steps[event.key]?.());
  }

  function onPointer(event: PointerEvent) {
    const rect = svg.getBoundingClientRect();
    const scale = chart.width / (rect.width || chart.width);
    const [x, y] = [(event.clientX - rect.left) * scale, (event.clientY - rect.top) * scale];
    let best: Position | undefined;
    let distance = 24;
    chart.series.forEach((s, series) => {
      s.points.forEach((p, point) => {
        const d = Math.hypot(p.x - x, p.y - y);
        if (d < distance) [best, distance] = [{ series, point }, d];
      });
    });
    if (best && event.type === "pointerdown") {
      // A click or tap picks the poll: keys go on from there.
      at = best;
      show(best, true);
    } else if (best) show(best, false);
    else if (doc.activeElement !== svg || !at) hide();
  }

  const observer =
    typeof ResizeObserver === "undefined"
      ? undefined
      : new ResizeObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (opts.width === undefined && widthNow() !== drawnWidth) draw();
          }, 150);
        });
  draw();
  observer?.observe(container);

  return {
    update(next, nextOptions) {
      data = next;
      if (nextOptions) opts = nextOptions;
      draw();
    },
    destroy() {
      observer?.disconnect();
      clearTimeout(timer);
      root.remove();
    },
  };
}
