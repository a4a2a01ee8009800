import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { apNorcUkraineSupport } from "../src/index.js";
import { mountTrendChart } from "../src/dom/index.js";
import { announcePoll } from "../src/chart/announce.js";
import { layout } from "../src/chart/layout.js";
import { tracker } from "./cases.js";

/** A page with a container, as a browser would give one (jsdom has no layout: widths fall back to 640). */
function page() {
  const dom = new JSDOM(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><main><div id="chart"></div></main></body></html>',
    { pretendToBeVisual: true },
  );
  const { window } = dom;
  Object.assign(globalThis, { window, document: window.document, KeyboardEvent: window.KeyboardEvent });
  return { window, container: window.document.getElementById("chart") as HTMLElement };
}

const press = (svg: Element, key: string) =>
  svg.dispatchEvent(
    new (svg.ownerDocument.defaultView as Window & typeof globalThis).KeyboardEvent("keydown", {
      key,
      bubbles: true,
      cancelable: true,
    }),
  );

describe("announcePoll(layout, series, point): the words for one poll", () => {
  const chart = layout(apNorcUkraineSupport);
  it("says series, dates, value, the change from the previous poll, the margin and where it is", () => {
    expect(announcePoll(chart, 0, 2)).toBe(
      "Favor providing weapons, Jan. 26–30, 2023: 48%, down 12 percentage points from May 2022, margin of error ±4.2, 3 of 4",
    );
    expect(announcePoll(chart, 0, 0)).toBe(
      "Favor providing weapons, March 17–21, 2022: 64%, no margin of error published, 1 of 4",
    );
    expect(announcePoll(chart, 1, 2)).toBe(
      "Favor sending funds, Nov. 2–6, 2023: 39%, up 2 percentage points from January 2023, margin of error ±3.9, 3 of 3",
    );
  });

  it("names the pollster in a tracker, compares with that pollster's previous poll, and gives the average", () => {
    const t = layout(tracker);
    const last = (t.series[0]?.points.length ?? 0) - 1;
    expect(announcePoll(t, 0, last)).toMatch(
      /^Approve, IBD\/TIPP, April 26–29, 2020: 44%, (up|down) \d+ percentage points? from IBD\/TIPP’s poll of (March 2020|April \d+, 2020), no margin of error published, poll average \d+\.\d%, 312 of 312$/,
    );
  });
});

describe("mountTrendChart(container, dataset, options)", () => {
  it("draws the chart as one tab stop, described by its alt text and a keyboard hint", () => {
    const { container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const svg = container.querySelector("svg") as SVGSVGElement;
    expect(svg.getAttribute("tabindex")).toBe("0");
    expect(container.querySelectorAll("[tabindex]")).toHaveLength(1);
    const [desc, hint] = (svg.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => container.ownerDocument.getElementById(id)?.textContent);
    expect(desc).toBe(
      "Favor providing weapons: 48% in November 2023, down 16 percentage points from 64% in March 2022; Favor sending funds: 39%.",
    );
    expect(hint).toMatch(/arrow keys/);
  });

  it("walks every poll by keyboard, announcing each in a polite live region and a tooltip", () => {
    const { container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const svg = container.querySelector("svg") as SVGSVGElement;
    const live = container.querySelector('[aria-live="polite"]');
    const tip = container.querySelector('[role="tooltip"]') as HTMLElement;
    svg.focus();
    press(svg, "Home");
    const heard: string[] = [live?.textContent ?? ""];
    for (let i = 0; i < 4; i++) {
      press(svg, "ArrowRight");
      heard.push(live?.textContent ?? "");
    }
    expect(heard).toEqual([
      "Favor providing weapons, March 17–21, 2022: 64%, no margin of error published, 1 of 4",
      "Favor providing weapons, May 12–16, 2022: 60%, down 4 percentage points from March 2022, no margin of error published, 2 of 4",
      "Favor providing weapons, Jan. 26–30, 2023: 48%, down 12 percentage points from May 2022, margin of error ±4.2, 3 of 4",
      "Favor providing weapons, Nov. 2–6, 2023: 48%, unchanged from January 2023, margin of error ±3.9, 4 of 4",
      "Favor providing weapons, Nov. 2–6, 2023: 48%, unchanged from January 2023, margin of error ±3.9, 4 of 4",
    ]);
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toBe(heard[4]);
    press(svg, "ArrowDown");
    expect(live?.textContent).toBe(
      "Favor sending funds, Nov. 2–6, 2023: 39%, up 2 percentage points from January 2023, margin of error ±3.9, 3 of 3",
    );
    press(svg, "Home");
    expect(live?.textContent).toMatch(/^Favor sending funds, May 12–16, 2022: 44%/);
    press(svg, "ArrowUp");
    expect(live?.textContent).toMatch(/^Favor providing weapons, May 12–16, 2022: 60%/);
    press(svg, "End");
    expect(live?.textContent).toMatch(/4 of 4$/);
    press(svg, "Escape");
    expect(tip.hidden).toBe(true);
    expect(live?.textContent).toBe("Left the polls.");
  });

  it("marks the poll in focus with a ring in the chart's text color, and leaves other keys alone", () => {
    const { container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const svg = container.querySelector("svg") as SVGSVGElement;
    press(svg, "End");
    const ring = [...svg.querySelectorAll("circle")].map((c) => c.getAttribute("stroke"));
    expect(ring).toEqual(["#ffffff", "#1a1a1a"]);
    expect(press(svg, "a")).toBe(true);
    expect(press(svg, "ArrowLeft")).toBe(false);
  });

  it("redraws with update() and keeps the chart's ids unique; destroy() removes everything", () => {
    const { container } = page();
    const mounted = mountTrendChart(container, apNorcUkraineSupport, { idPrefix: "a" });
    mounted.update(tracker);
    expect(container.querySelector("svg title")?.textContent).toBe(tracker.title);
    const ids = [...container.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    mounted.destroy();
    expect(container.innerHTML).toBe("");
  });
});

describe("mountTrendChart: pointer and touch", () => {
  /** A pointer event of a type, at chart coordinates (jsdom lays nothing out, so client and chart coordinates agree). */
  function pointer(window: object, type: string, pointerType: string, x: number, y: number) {
    const Event = (window as { PointerEvent: typeof PointerEvent }).PointerEvent;
    return new Event(type, { clientX: x, clientY: y, bubbles: true, pointerType });
  }

  it("keeps a tapped poll's tooltip when the finger lifts and the pointer leaves, and keys go on from that poll", () => {
    const { window, container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const svg = container.querySelector("svg") as SVGSVGElement;
    const tip = container.querySelector('[role="tooltip"]') as HTMLElement;
    const chart = layout(apNorcUkraineSupport, { width: 640 });
    const poll = chart.series[1]?.points[1];
    svg.dispatchEvent(pointer(window, "pointerdown", "touch", poll?.x ?? 0, poll?.y ?? 0));
    svg.dispatchEvent(pointer(window, "pointerleave", "touch", 0, 0));
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toBe(announcePoll(chart, 1, 1));
    press(svg, "ArrowRight");
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe(announcePoll(chart, 1, 2));
  });

  it("hides a hovered poll's tooltip when a mouse leaves the chart", () => {
    const { window, container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const svg = container.querySelector("svg") as SVGSVGElement;
    const tip = container.querySelector('[role="tooltip"]') as HTMLElement;
    const poll = layout(apNorcUkraineSupport, { width: 640 }).series[0]?.points[0];
    svg.dispatchEvent(pointer(window, "pointermove", "mouse", poll?.x ?? 0, poll?.y ?? 0));
    expect(tip.hidden).toBe(false);
    svg.dispatchEvent(pointer(window, "pointerleave", "mouse", 0, 0));
    expect(tip.hidden).toBe(true);
  });
});

describe("mountTrendChart: Up and Down keep to the same poll in a tracker", () => {
  it("moves from a pollster's poll to the same poll in the other series, not to another pollster's poll that ended that day", () => {
    const { container } = page();
    mountTrendChart(container, tracker);
    const svg = container.querySelector("svg") as SVGSVGElement;
    const live = container.querySelector('[aria-live="polite"]');
    press(svg, "End");
    // Back to a poll that ended on a day with another pollster's poll.
    for (let i = 0; i < 3; i++) press(svg, "ArrowLeft");
    const here = live?.textContent ?? "";
    press(svg, "ArrowDown");
    const there = live?.textContent ?? "";
    const pollster = (text: string) => text.split(", ")[1];
    const dates = (text: string) => text.split(", ").slice(2, 4).join(", ").split(":")[0];
    expect(pollster(there)).toBe(pollster(here));
    expect(dates(there)).toBe(dates(here));
    expect(there).toMatch(/^Disapprove, /);
  });
});
