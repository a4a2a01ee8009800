import { JSDOM } from "jsdom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defineTrendChartElement, elementOptions } from "../src/dom/element.js";
import { apNorcUkraineSupport, renderTrendChart } from "./api.js";

/** A page whose globals the element code sees, as in a browser. */
function page(body: string) {
  const { window } = new JSDOM(
    `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
    {
      pretendToBeVisual: true,
      url: "https://example.org/news/",
    },
  );
  Object.assign(globalThis, {
    window,
    document: window.document,
    HTMLElement: window.HTMLElement,
    customElements: window.customElements,
    CustomEvent: window.CustomEvent,
    Event: window.Event,
    MutationObserver: window.MutationObserver,
  });
  defineTrendChartElement();
  return window.document;
}
const json = JSON.stringify(apNorcUkraineSupport).replace(/</g, "\\u003c");
const settle = () => new Promise((done) => setTimeout(done, 0));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("<poll-trend-chart>: the custom element", () => {
  it("reads chart options from attributes, as the CLI reads its flags", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const doc = page(
      '<poll-trend-chart width="480" height="auto" color-scheme="auto" y-domain="30,70" palette="#00558c, #b3261e" show-margin-of-error="false" average="off" table="polls"></poll-trend-chart>',
    );
    expect(elementOptions(doc.querySelector("poll-trend-chart") as Element)).toEqual({
      width: 480,
      height: "auto",
      colorScheme: "auto",
      yDomain: [30, 70],
      palette: ["#00558c", "#b3261e"],
      showMarginOfError: false,
      average: false,
      table: "polls",
    });
  });

  it("draws the inline JSON dataset with its attributes, redraws when one changes, and fires load", async () => {
    const doc = page(
      `<poll-trend-chart color-scheme="dark" labels="legend"><script type="application/json">${json}</script></poll-trend-chart>`,
    );
    await settle();
    const element = doc.querySelector("poll-trend-chart") as HTMLElement;
    expect(element.querySelectorAll("svg")).toHaveLength(1);
    expect(element.querySelector(".pt-bg")?.getAttribute("fill")).toBe("#141414");
    element.setAttribute("color-scheme", "light");
    expect(element.querySelector(".pt-bg")?.getAttribute("fill")).toBe("#ffffff");
    expect(element.querySelector('[role="tree"]')).not.toBeNull();
  });

  it("fires error, naming the option, for a bad attribute, and keeps the chart", async () => {
    const doc = page(`<poll-trend-chart><script type="application/json">${json}</script></poll-trend-chart>`);
    await settle();
    const element = doc.querySelector("poll-trend-chart") as HTMLElement;
    const errors: unknown[] = [];
    element.addEventListener("error", (e) => errors.push((e as unknown as CustomEvent).detail));
    vi.spyOn(console, "error").mockImplementation(() => {});
    element.setAttribute("labels", "sideways");
    expect(String(errors[0])).toMatch(/options\.labels: expected "direct" or "legend", received "sideways"/);
    expect(element.querySelectorAll("svg")).toHaveLength(1);
  });

  it("loads its data from src, and takes over a chart drawn inside it on the server", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => ({ ok: true, status: 200, statusText: "OK", json: async () => apNorcUkraineSupport })),
    );
    const doc = page(
      `<poll-trend-chart src="/ukraine.json">${renderTrendChart(apNorcUkraineSupport)}</poll-trend-chart>`,
    );
    const server = doc.querySelector("svg");
    await settle();
    const element = doc.querySelector("poll-trend-chart") as HTMLElement;
    expect(fetch).toHaveBeenCalledWith(new URL("https://example.org/ukraine.json"));
    expect(element.querySelectorAll("svg")).toHaveLength(1);
    expect(element.querySelector("svg")).toBe(server);
    expect(element.querySelector('[role="tree"]')).not.toBeNull();
  });
});
