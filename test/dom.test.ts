import { JSDOM } from "jsdom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { announcePoll, pollName } from "../src/chart/announce.js";
import { layout } from "./api.js";
import { seriesLabel } from "../src/chart/marks.js";
import { mountFigure, mountTrendChart } from "./api.js";
import { SETTLE_MS } from "../src/dom/changes.js";
import { familyOf, measuring } from "../src/dom/drawing.js";
import {
  apNorcUkraineSupport,
  type FigureOptions,
  type PollDataset,
  PollDataError,
  renderTrendChart,
  renderTrendFigure,
} from "./api.js";
import { apNorcUkraineSupportEs } from "../src/entries/es.js";
import { tracker } from "./cases.js";
import { parseSvg } from "./svg.js";

/** A page with a container, as a browser would give one (jsdom has no layout: widths fall back to 640). */
function page(body = '<div id="chart"></div>') {
  const dom = new JSDOM(
    `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`,
    {
      pretendToBeVisual: true,
    },
  );
  const { window } = dom;
  Object.assign(globalThis, { window, document: window.document, KeyboardEvent: window.KeyboardEvent });
  return { window, doc: window.document, container: window.document.getElementById("chart") as HTMLElement };
}

const press = (target: Element, key: string) =>
  target.dispatchEvent(
    new (target.ownerDocument.defaultView as Window & typeof globalThis).KeyboardEvent("keydown", {
      key,
      bubbles: true,
      cancelable: true,
    }),
  );
const treeOf = (container: Element) => container.querySelector('[role="tree"]') as HTMLElement;
/** The name of the tree's active item: what a screen reader says on a move. */
const active = (container: Element) => {
  const tree = treeOf(container);
  const id = tree.getAttribute("aria-activedescendant") ?? "";
  return container.ownerDocument.getElementById(id)?.getAttribute("aria-label");
};
const liveOf = (container: Element) => container.querySelector('[aria-live="polite"]') as HTMLElement;

/** The AP-NORC data without its last poll (Nov. 2–6, 2023, asked in both series). */
const withoutLast: PollDataset = {
  ...apNorcUkraineSupport,
  series: apNorcUkraineSupport.series.map((s) => ({ ...s, points: s.points.slice(0, -1) })),
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(globalThis, "ResizeObserver");
});

describe("announcePoll(layout, series, point): the words for one poll", () => {
  const chart = layout(apNorcUkraineSupport);
  it("says series, dates, value, the change, the margin, sample size and population, and where it is", () => {
    expect(announcePoll(chart, 0, 2)).toBe(
      "Favor providing weapons, Jan. 26–30, 2023: 48%, down 12 percentage points from May 2022, margin of error ±4.2, 1,068 U.S. adults, 3 of 4",
    );
    expect(announcePoll(chart, 0, 0)).toBe(
      "Favor providing weapons, March 17–21, 2022: 64%, no margin of error published, 1,082 U.S. adults, 1 of 4, the first poll",
    );
    expect(announcePoll(chart, 1, 2)).toBe(
      "Favor sending funds, Nov. 2–6, 2023: 39%, up 2 percentage points from January 2023, margin of error ±3.9, 1,239 U.S. adults, 3 of 3, the latest poll",
    );
  });

  it("names the pollster in a tracker, compares with that pollster's previous poll, and gives the average", () => {
    const t = layout(tracker);
    const last = (t.series[0]?.points.length ?? 0) - 1;
    expect(announcePoll(t, 0, last)).toMatch(
      /^Approve, IBD\/TIPP, April 26–29, 2020: 44%, (up|down) \d+ percentage points? from IBD\/TIPP’s poll of (March 2020|April \d+, 2020), no margin of error published, [\d,]+ (adults|registered voters|likely voters), poll average \d+\.\d%, 312 of 312, the latest poll$/,
    );
  });

  it("gives a short name for moving to a poll, with the cue at a series' ends", () => {
    expect(pollName(chart, 0, 1)).toBe("May 12–16, 2022: 60%");
    expect(pollName(chart, 0, 3)).toBe("Nov. 2–6, 2023: 48%, the latest poll");
    expect(pollName(layout(tracker), 0, 0)).toMatch(/^[^,]+, Jan\. \d+–\d+, 2017: \d+%, the first poll$/);
  });
});

describe("mountTrendChart: clear errors, before the container is touched", () => {
  it("names the argument when the container is missing", () => {
    expect(() => mountTrendChart(null as unknown as HTMLElement, apNorcUkraineSupport)).toThrow(
      new TypeError("poll-trend: mountTrendChart(container) needs an element, received null"),
    );
    expect(() => mountTrendChart("#chart" as unknown as HTMLElement, apNorcUkraineSupport)).toThrow(/received string$/);
  });

  it("throws on bad data or a bad option and leaves the container as it was", () => {
    const { container } = page('<div id="chart"><p>Loading…</p></div>');
    const before = container.innerHTML;
    const bad = {
      ...apNorcUkraineSupport,
      series: [{ id: "a", label: "A", points: [{ date: "2023-02-30", value: 5 }] }],
    };
    expect(() => mountTrendChart(container, bad)).toThrow(PollDataError);
    expect(() => mountTrendChart(container, apNorcUkraineSupport, { height: 50 })).toThrow(PollDataError);
    expect(() => mountTrendChart(container, apNorcUkraineSupport, { colour: "red" } as never)).toThrow(
      /options\.colour: expected a known option \(width, .*\), received an option named "colour"/,
    );
    expect(container.innerHTML).toBe(before);
    expect(container.ownerDocument.getElementById("pt-mount-style")).toBeNull();
  });
});

describe("mountTrendChart: a tree for screen readers", () => {
  it("is one tab stop, role tree, named by the title, described by the alt text and the keys, the SVG hidden", () => {
    const { container, doc } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const tree = treeOf(container);
    expect(tree.tabIndex).toBe(0);
    expect(container.querySelectorAll("[tabindex]:not([tabindex='-1'])")).toHaveLength(1);
    // The SVG keeps its title, description, events and notes; its series are in the tree, hidden here.
    const svg = container.querySelector("svg");
    expect(svg?.getAttribute("role")).toBe("graphics-document");
    expect([...(svg?.querySelectorAll(".pt-group") ?? [])].map((g) => g.getAttribute("aria-hidden"))).toEqual([
      "true",
      "true",
    ]);
    const text = (ids: string) =>
      ids
        .split(" ")
        .map((id) => doc.getElementById(id)?.textContent)
        .join(" | ");
    expect(text(tree.getAttribute("aria-labelledby") ?? "")).toBe(apNorcUkraineSupport.title);
    expect(text(tree.getAttribute("aria-describedby") ?? "")).toMatch(
      /^Favor providing weapons: 48% in November 2023.* \| Keys: Down goes in \(series, then polls\), Up out;/,
    );
    // The active item is the chart, a treeitem of level 1 inside the tree.
    const item = doc.getElementById(tree.getAttribute("aria-activedescendant") ?? "");
    expect(item?.getAttribute("role")).toBe("treeitem");
    expect(item?.getAttribute("aria-level")).toBe("1");
    expect(tree.contains(item)).toBe(true);
  });

  it("speaks the reader's language: Spanish keys, cues and instructions for a Spanish chart", () => {
    const { container } = page();
    const mounted = mountTrendChart(container, apNorcUkraineSupportEs, { locale: "es-US", table: "tabla" });
    const tree = treeOf(container);
    expect(container.querySelector(".pt-keys")?.textContent).toBe(
      "Teclas: flecha abajo entra (en las series y luego en las encuestas) y flecha arriba sale; flecha izquierda retrocede y flecha derecha avanza; Inicio y Fin van al principio y al final; Re Pág y Av Pág saltan de diez en diez; Escape oculta el recuadro de datos. T lleva a la tabla de datos.",
    );
    expect(container.querySelector(".pt-tip button")?.textContent).toBe("Todas las encuestas: la tabla de datos");
    // On an English page (<html lang="en">), each part a voice reads says its own language and region.
    for (const part of [".pt-tree", ".pt-tip", ".pt-keys", '[aria-live="polite"]'])
      expect(container.querySelector(part)?.closest("[lang]")?.getAttribute("lang")).toBe("es-US");
    // Spain's words, and back: the parts follow the chart's words when they change.
    mounted.update(apNorcUkraineSupportEs, { locale: "es-ES", table: "tabla" });
    expect(container.querySelector(".pt-tree")?.closest("[lang]")?.getAttribute("lang")).toBe("es-ES");
    mounted.update(apNorcUkraineSupport, { locale: "en-US" });
    expect(container.querySelector(".pt-keys")?.closest("[lang]")?.getAttribute("lang")).toBe("en-US");
    mounted.update(apNorcUkraineSupportEs, { locale: "es-US", table: "tabla" });
    tree.focus();
    press(tree, "ArrowUp");
    vi.advanceTimersByTime(SETTLE_MS);
    expect(liveOf(container).textContent).toBe("El gráfico completo; flecha abajo entra.");
    press(tree, "ArrowDown");
    press(tree, "ArrowDown");
    press(tree, "ArrowLeft");
    vi.advanceTimersByTime(SETTLE_MS);
    expect(liveOf(container).textContent).toBe(
      "Primera encuesta de «A favor de enviar armas»; no hay ninguna anterior.",
    );
  });

  it("walks chart → series → polls with Down, Left/Right and Up, with levels, positions and end cues", () => {
    const { container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const tree = treeOf(container);
    const chart = layout(apNorcUkraineSupport);
    tree.focus();
    press(tree, "ArrowDown");
    expect(active(container)).toBe(seriesLabel(chart.series[0] as never, chart.trend));
    press(tree, "ArrowDown");
    expect(active(container)).toBe("March 17–21, 2022: 64%, the first poll");
    const item = container.ownerDocument.getElementById(tree.getAttribute("aria-activedescendant") ?? "");
    // Level 3, the first of the 4 polls rendered beside it: the browser counts "1 of 4" from them.
    expect(item?.getAttribute("aria-level")).toBe("3");
    expect(item?.parentElement?.firstElementChild).toBe(item);
    expect(item?.parentElement?.querySelectorAll(':scope > [role="treeitem"]')).toHaveLength(4);
    for (let i = 0; i < 3; i++) press(tree, "ArrowRight");
    expect(active(container)).toBe("Nov. 2–6, 2023: 48%, the latest poll");
    press(tree, "ArrowRight");
    vi.advanceTimersByTime(SETTLE_MS);
    expect(active(container)).toBe("Nov. 2–6, 2023: 48%, the latest poll");
    expect(liveOf(container).textContent).toBe("Latest poll of Favor providing weapons; none later.");
    press(tree, "Home");
    expect(active(container)).toBe("March 17–21, 2022: 64%, the first poll");
    press(tree, "ArrowUp");
    press(tree, "ArrowRight");
    expect(active(container)).toMatch(/^Favor sending funds: 3 polls/);
    press(tree, "ArrowRight");
    vi.advanceTimersByTime(SETTLE_MS);
    expect(active(container)).toMatch(/^Favor sending funds: 3 polls/);
    expect(liveOf(container).textContent).toBe("Last of 2.");
    press(tree, "ArrowUp");
    press(tree, "ArrowUp");
    vi.advanceTimersByTime(SETTLE_MS);
    expect(liveOf(container).textContent).toBe("The whole chart; Down goes in.");
  });

  it("groups a tracker's polls by year and month, and goes Down to the same poll in another series", () => {
    const { window, container, doc } = page();
    mountTrendChart(container, tracker);
    const tree = treeOf(container);
    const chart = layout(tracker, { width: 640 });
    const item = () => doc.getElementById(tree.getAttribute("aria-activedescendant") ?? "") as HTMLElement;
    tree.focus();
    press(tree, "ArrowDown");
    press(tree, "ArrowDown");
    expect(active(container)).toMatch(/^2017: \d+ polls, between \d+% and \d+%$/);
    expect(item().getAttribute("aria-level")).toBe("3");
    // Pick a poll of Approve by pointer: one that ended on a day when another pollster's poll did too.
    const approve = chart.series[0]?.points ?? [];
    const index = approve.findIndex((p, i) => i > 250 && approve.some((q) => q !== p && q.point.date === p.point.date));
    const poll = approve[index] as { x: number; y: number };
    tree.dispatchEvent(
      new (window as unknown as { PointerEvent: typeof PointerEvent }).PointerEvent("pointerdown", {
        clientX: poll.x,
        clientY: poll.y,
        bubbles: true,
        pointerType: "mouse",
      }),
    );
    const picked = active(container) ?? "";
    expect(Number(item().getAttribute("aria-level"))).toBeGreaterThanOrEqual(4);
    while (item().getAttribute("aria-level") !== "2") press(tree, "ArrowUp");
    press(tree, "ArrowRight");
    expect(active(container)).toMatch(/^Disapprove: 312 polls/);
    while (item().hasAttribute("aria-expanded")) press(tree, "ArrowDown");
    const found = chart.series[0]?.points.findIndex((p) => pollName(chart, 0, approve.indexOf(p)) === picked) ?? -1;
    const target = approve[found]?.point;
    const same = (chart.series[1]?.points ?? []).findIndex(
      (p) =>
        p.point.date === target?.date &&
        p.point.pollster === target?.pollster &&
        p.point.fieldStart === target?.fieldStart,
    );
    expect(same).toBeGreaterThanOrEqual(0);
    expect(active(container)).toBe(pollName(chart, 1, same));
  });
});

describe("mountTrendChart: the live region speaks once moves settle", () => {
  it("says nothing while keys are pressed, then the poll in full once, and nothing on re-focus", () => {
    const { container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const tree = treeOf(container);
    const live = liveOf(container);
    const chart = layout(apNorcUkraineSupport);
    const heard: string[] = [];
    new (container.ownerDocument.defaultView as Window & typeof globalThis).MutationObserver(() =>
      heard.push(live.textContent ?? ""),
    ).observe(live, { childList: true, characterData: true, subtree: true });
    tree.focus();
    press(tree, "ArrowDown");
    press(tree, "ArrowDown");
    press(tree, "ArrowRight");
    press(tree, "ArrowRight");
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(live.textContent).toBe("");
    vi.advanceTimersByTime(1);
    expect(live.textContent).toBe(announcePoll(chart, 0, 2));
    tree.blur();
    tree.focus();
    vi.advanceTimersByTime(SETTLE_MS * 4);
    return Promise.resolve().then(() => expect(heard).toEqual([announcePoll(chart, 0, 2)]));
  });

  it("says nothing on a resize, keeps focus and the reader's place, and draws at the new width", () => {
    let fire = () => {};
    globalThis.ResizeObserver = class {
      constructor(callback: () => void) {
        fire = callback;
      }
      observe() {}
      disconnect() {}
    } as never;
    const { container } = page();
    let width = 640;
    container.getBoundingClientRect = () => ({ width }) as DOMRect;
    mountTrendChart(container, apNorcUkraineSupport);
    const tree = treeOf(container);
    tree.focus();
    press(tree, "ArrowDown");
    press(tree, "ArrowDown");
    vi.advanceTimersByTime(SETTLE_MS);
    const said = liveOf(container).textContent;
    const place = active(container);
    width = 320;
    fire();
    vi.advanceTimersByTime(1000);
    expect(container.querySelector("svg")?.getAttribute("width")).toBe("320");
    expect(container.ownerDocument.activeElement).toBe(tree);
    expect(active(container)).toBe(place);
    expect(liveOf(container).textContent).toBe(said);
  });

  it("says what update() changed: new polls and the latest, or nothing for new options", () => {
    const { container } = page();
    const mounted = mountTrendChart(container, withoutLast);
    mounted.update(apNorcUkraineSupport);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(liveOf(container).textContent).toBe(
      "1 new poll; latest: Favor providing weapons, Nov. 2–6, 2023: 48%, unchanged from January 2023, margin of error ±3.9, 1,239 U.S. adults, 4 of 4, the latest poll",
    );
    mounted.update(withoutLast);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(liveOf(container).textContent).toBe("1 poll removed.");
    mounted.update(withoutLast, { labels: "legend" });
    vi.advanceTimersByTime(SETTLE_MS);
    expect(liveOf(container).textContent).toBe("1 poll removed.");
  });
});

describe("mountTrendChart: update() merges options unless told to replace them", () => {
  it("keeps a dark scheme when only the labels change, and drops it with { replace: true }", () => {
    const { container } = page();
    const mounted = mountTrendChart(container, apNorcUkraineSupport, { colorScheme: "dark" });
    const background = () => container.querySelector(".pt-bg")?.getAttribute("fill");
    mounted.update(apNorcUkraineSupport, { labels: "legend" });
    expect(background()).toBe("#141414");
    expect(container.querySelectorAll(".pt-group")).toHaveLength(2);
    mounted.update(apNorcUkraineSupport, { labels: "legend" }, { replace: true });
    expect(background()).toBe("#ffffff");
  });

  it("throws on a bad update and keeps the chart as it was", () => {
    const { container } = page();
    const mounted = mountTrendChart(container, apNorcUkraineSupport);
    const before = container.querySelector("svg");
    expect(() => mounted.update(apNorcUkraineSupport, { width: 10 })).toThrow(/options\.width/);
    expect(container.querySelector("svg")).toBe(before);
    mounted.update(withoutLast);
    expect(container.querySelector("svg title")?.textContent).toBe(withoutLast.title);
  });
});

describe("mountTrendChart: containers as apps have them", () => {
  it("draws at the width of the content box, inside padding and borders", () => {
    const { container } = page(
      '<div id="chart" style="padding: 12px 16px; border: 1px solid; box-sizing: border-box"></div>',
    );
    container.getBoundingClientRect = () => ({ width: 320 }) as DOMRect;
    mountTrendChart(container, apNorcUkraineSupport);
    expect(container.querySelector("svg")?.getAttribute("width")).toBe(String(320 - 2 * 16 - 2));
  });

  it("in a hidden container, draws nothing until it has a width, then draws at it", () => {
    let fire = () => {};
    globalThis.ResizeObserver = class {
      constructor(callback: () => void) {
        fire = callback;
      }
      observe() {}
      disconnect() {}
    } as never;
    const { container } = page();
    let width = 0;
    container.getBoundingClientRect = () => ({ width }) as DOMRect;
    mountTrendChart(container, apNorcUkraineSupport);
    expect(container.querySelector("svg")).toBeNull();
    width = 500;
    fire();
    expect(container.querySelector("svg")?.getAttribute("width")).toBe("500");
  });

  it("gives every mount its own ids, even of the same chart at the same width", () => {
    const { doc } = page('<div id="a"></div><div id="b"></div>');
    mountTrendChart(doc.getElementById("a") as HTMLElement, apNorcUkraineSupport);
    mountTrendChart(doc.getElementById("b") as HTMLElement, apNorcUkraineSupport);
    const ids = [...doc.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.querySelectorAll("svg")).toHaveLength(2);
  });

  it("destroy() removes everything it added", () => {
    const { container } = page();
    mountTrendChart(container, apNorcUkraineSupport).destroy();
    expect(container.innerHTML).toBe("");
  });
});

describe("mountTrendChart: server render, then enhance", () => {
  it("takes over the same chart drawn by renderTrendChart: the same element, not drawn again", () => {
    const { container } = page();
    container.innerHTML = renderTrendChart(apNorcUkraineSupport, { colorScheme: "auto" });
    const server = container.querySelector("svg");
    mountTrendChart(container, apNorcUkraineSupport, { colorScheme: "auto" });
    expect(container.querySelectorAll("svg")).toHaveLength(1);
    expect(container.querySelector("svg")).toBe(server);
    expect(treeOf(container)).not.toBeNull();
  });

  it("replaces a chart drawn with other options, or a figure, by one live chart", () => {
    const { container } = page();
    container.innerHTML = renderTrendChart(apNorcUkraineSupport, { colorScheme: "dark" });
    const server = container.querySelector("svg");
    mountTrendChart(container, apNorcUkraineSupport);
    expect(container.querySelectorAll("svg")).toHaveLength(1);
    expect(container.querySelector("svg")).not.toBe(server);

    const second = page();
    second.container.innerHTML = renderTrendFigure(apNorcUkraineSupport);
    expect(second.container.querySelectorAll("svg")).toHaveLength(6);
    mountTrendChart(second.container, apNorcUkraineSupport);
    expect(second.container.querySelectorAll("svg")).toHaveLength(1);
    expect(second.container.querySelector(".pt-figure")).toBeNull();
  });
});

describe("mountTrendChart: over a figure, nothing moves", () => {
  /** A container of `width` px holding a figure whose chart at `shown` px is the one its CSS shows. */
  function figurePage(width: number, shown: number, options: FigureOptions = {}, fills = Number.POSITIVE_INFINITY) {
    let fire = () => {};
    globalThis.ResizeObserver = class {
      constructor(callback: () => void) {
        fire = callback;
      }
      observe() {}
      disconnect() {}
    } as never;
    const { container, doc } = page();
    container.innerHTML = renderTrendFigure(apNorcUkraineSupport, options);
    let now = width;
    container.getBoundingClientRect = () => ({ width: now }) as DOMRect;
    // jsdom has no layout: the chart the figure's container query shows is the one with boxes.
    for (const svg of container.querySelectorAll<SVGSVGElement>(".pt-fw svg")) {
      const visible = svg.getAttribute("width") === String(shown);
      svg.getClientRects = () => (visible ? [{}] : []) as unknown as DOMRectList;
      // Shown at the container's full width, as the figure's CSS scales it (past its last width it does not).
      svg.getBoundingClientRect = () => ({ width: visible ? Math.min(now, fills) : 0 }) as DOMRect;
    }
    const figureSvg = container.querySelector(`.pt-fw[data-width="${shown}"] svg`);
    const resize = (to: number) => {
      now = to;
      fire();
    };
    return { container, doc, figureSvg, resize };
  }

  it("lays the live chart out at the width of the chart the figure shows, takes that element over, and fills the container", () => {
    const { container, figureSvg, resize } = figurePage(358, 320, { colorScheme: "auto" });
    mountTrendChart(container, apNorcUkraineSupport, { colorScheme: "auto" });
    const svg = container.querySelector("svg");
    expect(container.querySelectorAll("svg")).toHaveLength(1);
    expect(container.querySelector(".pt-figure")).toBeNull();
    expect(svg).toBe(figureSvg);
    expect(svg?.getAttribute("width")).toBe("320");
    expect(svg?.style.width).toBe("100%");
    // The next resize draws at the container's width, unscaled.
    resize(400);
    vi.advanceTimersByTime(1000);
    expect(container.querySelector("svg")?.getAttribute("width")).toBe("400");
    expect(container.querySelector("svg")?.style.width).toBe("");
  });

  it("draws at the container's width where it is narrower than the figure's smallest chart", () => {
    const { container } = figurePage(250, 280);
    mountTrendChart(container, apNorcUkraineSupport);
    expect(container.querySelector("svg")?.getAttribute("width")).toBe("250");
  });

  it("draws at the container's width where the figure's last chart stops short of it", () => {
    const { container } = figurePage(1248, 640, {}, 960);
    mountTrendChart(container, apNorcUkraineSupport);
    expect(container.querySelector("svg")?.getAttribute("width")).toBe("1248");
    expect(container.querySelector("svg")?.style.width).toBe("");
  });

  it("mountFigure takes the dataset and options the figure embeds, with the options given merged over them", () => {
    const { container } = figurePage(358, 320, { colorScheme: "dark", embedData: true });
    mountFigure(container);
    expect(container.querySelector("svg title")?.textContent).toBe(apNorcUkraineSupport.title);
    expect(container.querySelector(".pt-bg")?.getAttribute("fill")).toBe("#141414");
    expect(container.querySelector("script")).toBeNull();
    const light = figurePage(358, 320, { colorScheme: "dark", embedData: true });
    mountFigure(light.container, { colorScheme: "light" });
    expect(light.container.querySelector(".pt-bg")?.getAttribute("fill")).toBe("#ffffff");
  });

  it("mountFigure needs a figure with embedded data, and says so before touching the container", () => {
    const { container } = page('<div id="chart"><p>Loading…</p></div>');
    expect(() => mountFigure(container)).toThrow(
      new TypeError(
        "poll-trend: mountFigure(container) needs a figure drawn by renderTrendFigure(dataset, { embedData: true }) in the container",
      ),
    );
    expect(container.innerHTML).toBe("<p>Loading…</p>");
  });
});

describe("mountTrendChart: one typeface, the server's", () => {
  it("sets its text in the built-in stack, not the container's font, at first and after a resize", () => {
    let fire = () => {};
    globalThis.ResizeObserver = class {
      constructor(callback: () => void) {
        fire = callback;
      }
      observe() {}
      disconnect() {}
    } as never;
    const { container } = page('<div id="chart" style="font-family: Georgia, serif"></div>');
    let width = 640;
    container.getBoundingClientRect = () => ({ width }) as DOMRect;
    mountTrendChart(container, apNorcUkraineSupport);
    const builtIn = parseSvg(renderTrendChart(apNorcUkraineSupport)).documentElement.getAttribute("font-family");
    expect(builtIn).toBe('Helvetica, Arial, "Liberation Sans", sans-serif');
    expect(container.querySelector("svg")?.getAttribute("font-family")).toBe(builtIn);
    width = 400;
    fire();
    vi.advanceTimersByTime(1000);
    expect(container.querySelector("svg")?.getAttribute("width")).toBe("400");
    expect(container.querySelector("svg")?.getAttribute("font-family")).toBe(builtIn);
  });

  it("draws in fontFamily when given, and in the container's font with \"inherit\", measured as the container's", () => {
    const { container, doc } = page('<div id="chart" style="font-family: Georgia, serif"></div>');
    mountTrendChart(container, apNorcUkraineSupport, { fontFamily: "Brand, serif" });
    expect(container.querySelector("svg")?.getAttribute("font-family")).toBe("Brand, serif");
    expect(familyOf(doc, container, { fontFamily: "inherit" })).toBe("Georgia, serif");
    expect(familyOf(doc, container, {})).toBe('Helvetica, Arial, "Liberation Sans", sans-serif');
    const other = page('<div id="chart" style="font-family: Georgia, serif"></div>');
    mountTrendChart(other.container, apNorcUkraineSupport, { fontFamily: "inherit" });
    expect(other.container.querySelector("svg")?.getAttribute("font-family")).toBe("inherit");
  });

  it("measures the page's font only for a chosen family without metrics: the built-in stack is laid out as the server does", () => {
    expect(measuring({})).toBe(false);
    expect(measuring({ fontFamily: "inherit" })).toBe(true);
    expect(measuring({ fontFamily: "Brand", fontMetrics: { widths: { a: 0.5 } } })).toBe(false);
  });
});

describe("mountTrendChart: instructions that go, the smallest width", () => {
  it("hides the instructions at the first key, whatever it is", () => {
    const { container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const keys = container.querySelector(".pt-keys") as HTMLElement;
    keys.hidden = false;
    press(treeOf(container), "Shift");
    expect(keys.hidden).toBe(true);
  });

  it("shows them where they are seen: at the top of a chart taller than the window, else at its foot", () => {
    const { window, container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const keys = container.querySelector(".pt-keys") as HTMLElement;
    const root = keys.parentElement as HTMLElement;
    const tree = treeOf(container);
    Object.defineProperty(window, "innerHeight", { value: 780, configurable: true });
    // Scrolled so the chart starts 40 px above the window and ends 105 px below it.
    root.getBoundingClientRect = () => ({ top: -40, bottom: 885 }) as DOMRect;
    tree.dispatchEvent(new window.FocusEvent("focus"));
    expect([keys.style.top, keys.style.bottom]).toEqual(["43px", "auto"]);
    root.getBoundingClientRect = () => ({ top: 100, bottom: 600 }) as DOMRect;
    tree.dispatchEvent(new window.FocusEvent("focus"));
    expect([keys.style.top, keys.style.bottom]).toEqual(["", ""]);
  });

  it("draws at 200 px in a narrower container: a 390 px phone zoomed to 200%", () => {
    const { container } = page();
    container.getBoundingClientRect = () => ({ width: 163 }) as DOMRect;
    mountTrendChart(container, apNorcUkraineSupport);
    expect(container.querySelector("svg")?.getAttribute("width")).toBe("200");
  });
});

describe("mountTrendChart: pointer, touch and the table", () => {
  function pointer(window: object, type: string, pointerType: string, x: number, y: number) {
    const Event = (window as { PointerEvent: typeof PointerEvent }).PointerEvent;
    return new Event(type, { clientX: x, clientY: y, bubbles: true, pointerType });
  }
  const chart = layout(apNorcUkraineSupport, { width: 640 });
  const tip = (container: Element) => container.querySelector(".pt-tip") as HTMLElement;

  it("picks the nearest poll within 24 px, and none farther", () => {
    const { window, container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const tree = treeOf(container);
    const poll = chart.series[0]?.points[1] as { x: number; y: number };
    tree.dispatchEvent(pointer(window, "pointermove", "mouse", poll.x + 15, poll.y + 12));
    expect(tip(container).hidden).toBe(false);
    expect(tip(container).textContent).toContain(announcePoll(chart, 0, 1));
    // Far from every poll, and away from the tooltip: the bottom right corner of the chart.
    tree.dispatchEvent(pointer(window, "pointermove", "mouse", chart.width - 2, chart.height - 2));
    expect(tip(container).hidden).toBe(true);
  });

  it("hides a hovered poll's tooltip on Escape, and when the mouse leaves", () => {
    const { window, container, doc } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const tree = treeOf(container);
    const poll = chart.series[0]?.points[0] as { x: number; y: number };
    tree.dispatchEvent(pointer(window, "pointermove", "mouse", poll.x, poll.y));
    expect(tip(container).hidden).toBe(false);
    press(doc.body, "Escape");
    expect(tip(container).hidden).toBe(true);
    tree.dispatchEvent(pointer(window, "pointermove", "mouse", poll.x + 1, poll.y));
    expect(tip(container).hidden).toBe(true);
    const other = chart.series[1]?.points[2] as { x: number; y: number };
    tree.dispatchEvent(pointer(window, "pointermove", "mouse", other.x, other.y));
    expect(tip(container).hidden).toBe(false);
    container.querySelector(".pt-mount")?.dispatchEvent(pointer(window, "pointerleave", "mouse", 0, 0));
    expect(tip(container).hidden).toBe(true);
  });

  it("keeps a tapped poll when the finger lifts, and keys go on from it", () => {
    const { window, container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const tree = treeOf(container);
    const poll = chart.series[1]?.points[1] as { x: number; y: number };
    tree.dispatchEvent(pointer(window, "pointerdown", "touch", poll.x, poll.y));
    tree.focus();
    container.querySelector(".pt-mount")?.dispatchEvent(pointer(window, "pointerleave", "touch", 0, 0));
    expect(tip(container).hidden).toBe(false);
    expect(active(container)).toBe(pollName(chart, 1, 1));
    press(tree, "ArrowRight");
    expect(active(container)).toBe(pollName(chart, 1, 2));
  });

  it("jumps to the page's data table with T, opening its details, and says so in the keys", () => {
    const { container, doc } = page(
      '<div id="chart"></div><details><summary>Data</summary><table id="polls"><tr><td>1</td></tr></table></details>',
    );
    mountTrendChart(container, apNorcUkraineSupport, { table: "polls" });
    const tree = treeOf(container);
    expect(doc.getElementById(tree.getAttribute("aria-describedby")?.split(" ")[1] ?? "")?.textContent).toMatch(
      /T goes to the data table\.$/,
    );
    tree.focus();
    press(tree, "t");
    expect(doc.activeElement?.id).toBe("polls");
    expect(doc.querySelector("details")?.open).toBe(true);
  });
});
