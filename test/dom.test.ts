import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { apNorcUkraineSupport } from "../src/index.js";
import { mountTrendChart } from "../src/dom/index.js";
import { announcePoll } from "../src/chart/announce.js";
import { layout } from "../src/chart/layout.js";
import { tracker } from "./cases.js";

/** A page with a container, as a browser would give one (jsdom has no layout: widths fall back to 640). */
function page() {
  const dom = new JSDOM('<!doctype html><html lang="en"><head><title>t</title></head><body><main><div id="chart"></div></main></body></html>', { pretendToBeVisual: true });
  const { window } = dom;
  Object.assign(globalThis, { window, document: window.document, KeyboardEvent: window.KeyboardEvent });
  return { window, container: window.document.getElementById("chart") as HTMLElement };
}

const press = (svg: Element, key: string) => svg.dispatchEvent(new (svg.ownerDocument.defaultView as Window & typeof globalThis).KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));

describe("announcePoll(layout, series, point): the words for one poll", () => {
  const chart = layout(apNorcUkraineSupport);
  it("says series, dates, value, the change from the previous poll, the margin and where it is", () => {
    expect(announcePoll(chart, 0, 2)).toBe("Favor providing weapons, Jan. 26–30, 2023: 48%, down 12 percentage points from May 2022, margin of error ±4.2, 3 of 4");
    expect(announcePoll(chart, 0, 0)).toBe("Favor providing weapons, March 17–21, 2022: 64%, no margin of error published, 1 of 4");
    expect(announcePoll(chart, 1, 2)).toBe("Favor sending funds, Nov. 2–6, 2023: 39%, up 2 percentage points from January 2023, margin of error ±3.9, 3 of 3");
  });

  it("names the pollster in a tracker, compares with that pollster's previous poll, and gives the average", () => {
    const t = layout(tracker);
    const last = (t.series[0]?.points.length ?? 0) - 1;
    expect(announcePoll(t, 0, last)).toMatch(/^Approve, IBD\/TIPP, April 26–29, 2020: 44%, (up|down) \d+ percentage points? from IBD\/TIPP’s poll of (March|April) 2020, no margin of error published, poll average \d+\.\d%, 312 of 312$/);
  });
});

describe("mountTrendChart(container, dataset, options)", () => {
  it("draws the chart as one tab stop, described by its alt text and a keyboard hint", () => {
    const { container } = page();
    mountTrendChart(container, apNorcUkraineSupport);
    const svg = container.querySelector("svg") as SVGSVGElement;
    expect(svg.getAttribute("tabindex")).toBe("0");
    expect(container.querySelectorAll("[tabindex]")).toHaveLength(1);
    const [desc, hint] = (svg.getAttribute("aria-describedby") ?? "").split(" ").map((id) => container.ownerDocument.getElementById(id)?.textContent);
    expect(desc).toBe("Favor providing weapons: 48% in November 2023, down 16 percentage points from 64% in March 2022; Favor sending funds: 39%.");
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
    expect(live?.textContent).toBe("Favor sending funds, Nov. 2–6, 2023: 39%, up 2 percentage points from January 2023, margin of error ±3.9, 3 of 3");
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
