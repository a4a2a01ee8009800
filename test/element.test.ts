import { JSDOM } from "jsdom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defineTrendChartElement, elementCss, elementOptions } from "../src/dom/element.js";
import { apNorcUkraineSupport, renderTrendChart, renderTrendFigure } from "./api.js";

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

/** A fetch that answers `body` with a status and content type, once `gate` resolves (a slow server). */
function answer(body: string, { status = 200, type = "application/json", gate = Promise.resolve() } = {}) {
  const fetch = vi.fn(async (_url: URL) => {
    await gate;
    return {
      ok: status < 400,
      status,
      statusText: status < 400 ? "OK" : "Not Found",
      headers: { get: (name: string) => (name.toLowerCase() === "content-type" ? type : null) },
      json: async () => JSON.parse(body),
      text: async () => body,
    };
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** The AP-NORC polls as a long CSV: one row per poll and series. */
const csv = [
  "series,date,value,marginOfError,sampleSize",
  ...apNorcUkraineSupport.series.flatMap((s) =>
    s.points.map((p) => [s.label, p.date, p.value, p.marginOfError ?? "", p.sampleSize ?? ""].join(",")),
  ),
].join("\n");

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
    answer(json);
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

  it("reserves the chart's space while a slow src loads: its height, else about a chart of its width (by CSS)", async () => {
    let release = () => {};
    answer(json, { gate: new Promise<void>((done) => (release = done)) });
    const doc = page(
      '<poll-trend-chart src="/slow.json" height="420"></poll-trend-chart><poll-trend-chart src="/slow.json"></poll-trend-chart>',
    );
    const [fixed, sized] = [...doc.querySelectorAll("poll-trend-chart")] as HTMLElement[];
    await settle();
    expect(fixed?.style.minHeight).toBe("420px");
    expect(sized?.style.minHeight).toBe("");
    expect(sized?.hasAttribute("data-drawn")).toBe(false);
    // The placeholder is CSS, as the page can carry it before the script: 520 px below 480 px.
    const css = doc.getElementById("pt-element-style")?.textContent;
    expect(css).toBe(elementCss("poll-trend-chart"));
    expect(css).toContain(
      'poll-trend-chart:is(:not([height]),[height=auto]):not([data-drawn]):not(:has(svg))::before{content:"";display:block;height:min(520px,max(60cqw + 80px,(480px - 100cqw)*1000))}',
    );
    release();
    await settle();
    await settle();
    expect(fixed?.querySelectorAll("svg")).toHaveLength(1);
    expect(fixed?.style.minHeight).toBe("");
    expect(sized?.hasAttribute("data-drawn")).toBe(true);
  });

  it("shows a failed load in words in its space, with a link to the data, and fires error", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    answer("Not Found", { status: 404, type: "text/plain" });
    const doc = page('<poll-trend-chart src="/polls/ukraine.json"></poll-trend-chart>');
    const element = doc.querySelector("poll-trend-chart") as HTMLElement;
    const errors: unknown[] = [];
    element.addEventListener("error", (e) => errors.push((e as unknown as CustomEvent).detail));
    await settle();
    await settle();
    const failed = element.querySelector(".pt-failed");
    expect(failed?.textContent).toBe(
      "The chart could not be drawn: /polls/ukraine.json answered 404 Not Found. The data: /polls/ukraine.json",
    );
    expect(failed?.querySelector("a")?.getAttribute("href")).toBe("/polls/ukraine.json");
    expect(String(errors[0])).toMatch(/answered 404 Not Found/);
    expect(element.style.minHeight).toMatch(/px$/);
    expect(element.hasAttribute("data-drawn")).toBe(true);
    expect(element.querySelector("svg")).toBeNull();
  });

  it("reads CSV from src by its .csv extension, or by a text/csv content type", async () => {
    const fetch = answer(csv, { type: "text/plain" });
    const doc = page('<poll-trend-chart src="/polls/ukraine.csv?v=2"></poll-trend-chart>');
    await settle();
    await settle();
    const element = doc.querySelector("poll-trend-chart") as HTMLElement;
    expect(fetch).toHaveBeenCalledWith(new URL("https://example.org/polls/ukraine.csv?v=2"));
    expect([...element.querySelectorAll('[role="treeitem"]')].length).toBeGreaterThan(0);
    expect(element.querySelector("svg title")?.textContent).toBe("Favor providing weapons and favor sending funds");
    answer(csv, { type: "text/csv; charset=utf-8" });
    const byType = page('<poll-trend-chart src="/api/polls"></poll-trend-chart>');
    await settle();
    await settle();
    expect(byType.querySelectorAll("poll-trend-chart svg")).toHaveLength(1);
  });

  it("reads an aggregator's CSV with the options in its csv attribute, and without them says why in words that wrap", async () => {
    // The same polls as an aggregator publishes them: M/D/YYYY dates and a column poll-trend does not know.
    const [header, ...lines] = csv.split("\n");
    const published = [
      `${header},url`,
      ...lines.map((line) => {
        const [series, date, ...rest] = line.split(",");
        const [y, m, d] = (date ?? "").split("-").map(Number);
        return [series, `${m}/${d}/${y}`, ...rest, "https://example.org/release"].join(",");
      }),
    ].join("\n");
    answer(published, { type: "text/csv" });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const bare = page('<poll-trend-chart src="/polls/ukraine.csv"></poll-trend-chart>');
    await settle();
    await settle();
    const failed = bare.querySelector("poll-trend-chart .pt-failed") as HTMLElement | null;
    expect(failed?.textContent).toMatch(/unknownColumns/);
    expect(failed?.style.overflowWrap).toBe("anywhere");
    answer(published, { type: "text/csv" });
    const read = page(
      `<poll-trend-chart src="/polls/ukraine.csv" csv='{"dateFormat": "M/D/YYYY", "unknownColumns": "ignore"}'></poll-trend-chart>`,
    );
    await settle();
    await settle();
    expect(read.querySelector("poll-trend-chart .pt-failed")).toBeNull();
    expect(read.querySelector("poll-trend-chart svg title")?.textContent).toBe(
      "Favor providing weapons and favor sending funds",
    );
  });

  it("takes over a figure drawn inside it with its embedded data", async () => {
    const doc = page(
      `<poll-trend-chart>${renderTrendFigure(apNorcUkraineSupport, { embedData: true })}</poll-trend-chart>`,
    );
    await settle();
    const element = doc.querySelector("poll-trend-chart") as HTMLElement;
    expect(element.querySelectorAll("svg")).toHaveLength(1);
    expect(element.querySelector(".pt-figure")).toBeNull();
    expect(element.querySelector('[role="tree"]')).not.toBeNull();
  });
});
