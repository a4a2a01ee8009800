import axe from "axe-core";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { apNorcUkraineSupport, type ChartOptions, MARKER_LIMIT, PollDataError, renderTrendChart, summarizeTrend } from "../src/index.js";
import { contrast, DARK, LIGHT } from "../src/chart/theme.js";
import { chartCases, wave } from "./cases.js";
import { unchecked } from "./fixtures.js";
import { byRole, parseSvg } from "./svg.js";

const svg = renderTrendChart(apNorcUkraineSupport);
const doc = parseSvg(svg);
const root = doc.documentElement;

describe("renderTrendChart(dataset): the SVG document", () => {
  it("is a standalone SVG with namespace, viewBox, size and a role that keeps its children", () => {
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("viewBox")).toBe("0 0 640 420");
    expect(root.getAttribute("width")).toBe("640");
    expect(root.getAttribute("height")).toBe("420");
    expect(root.getAttribute("role")).toBe("graphics-document");
  });

  it("starts with a <title> and <desc> that name and describe it", () => {
    const [title, desc] = [...root.children];
    expect(title?.tagName).toBe("title");
    expect(desc?.tagName).toBe("desc");
    expect(root.getAttribute("aria-labelledby")).toBe(title?.getAttribute("id"));
    expect(root.getAttribute("aria-describedby")).toBe(desc?.getAttribute("id"));
    expect(title?.textContent).toBe(apNorcUkraineSupport.title);
    expect(desc?.textContent).toBe(summarizeTrend(apNorcUkraineSupport));
  });

  it("exposes every poll with a label naming series, date, value and margin", () => {
    const points = byRole(doc, "graphics-symbol").map((e) => e.getAttribute("aria-label"));
    expect(points).toContain("Favor providing weapons, Jan. 26–30, 2023: 48%, margin of error ±4.2 percentage points, 1,068 respondents");
    expect(points).toContain("Favor sending funds, May 12–16, 2022: 44%, 1,172 respondents");
    expect(points).toContain("Event, Feb. 24, 2022: Russia invades Ukraine");
    expect(points).toHaveLength(4 + 3 + 1);
    const groups = byRole(doc, "graphics-object").map((e) => e.getAttribute("aria-label"));
    expect(groups).toEqual(["Favor providing weapons: 4 polls, March 2022 to November 2023", "Favor sending funds: 3 polls, May 2022 to November 2023"]);
  });

  it("hides decoration from assistive technology and makes no point a tab stop", () => {
    for (const tag of ["rect", "text"]) {
      const exposed = [...doc.querySelectorAll(tag)].filter((e) => !e.closest('[aria-hidden="true"]') && !e.closest('[role="graphics-symbol"]'));
      // Only the subtitle and the footer are text a reader needs besides the title and the points.
      for (const e of exposed) expect(["pt-mu"]).toContain(e.parentElement?.getAttribute("class"));
    }
    expect(doc.querySelectorAll("[tabindex]")).toHaveLength(0);
  });

  it("draws the direct labels with the latest value", () => {
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    const labels = [...doc.querySelectorAll('g[font-size="13"]')].map((g) => [...g.querySelectorAll("text")].map((t) => t.textContent).join(" "));
    expect(labels).toEqual(["48% Favor providing weapons", "39% Favor sending funds"]);
    expect(texts).toContain("Russia invades Ukraine");
    expect(texts).toContain("Source: AP-NORC Center for Public Affairs Research · U.S. adults");
  });

  it("keeps every text at least 12px", () => {
    for (const e of doc.querySelectorAll("[font-size]")) expect(Number(e.getAttribute("font-size"))).toBeGreaterThanOrEqual(12);
  });

  it("differs series by dash and marker shape as well as color", () => {
    const lines = [...doc.querySelectorAll('[role="graphics-object"] > path[stroke-width="2.5"]')];
    expect(lines.map((l) => l.getAttribute("stroke-dasharray"))).toEqual([null, "7 3"]);
    const shapes = byRole(doc, "graphics-object").map((g) => g.querySelector('[role="graphics-symbol"]')?.getAttribute("d")?.match(/[aLh]/)?.[0]);
    expect(new Set(shapes).size).toBe(2);
  });

  it("puts colors in presentation attributes and CSS only in media queries", () => {
    expect(root.querySelector(".pt-bg")?.getAttribute("fill")).toBe(LIGHT.background);
    const css = root.querySelector("style")?.textContent ?? "";
    expect(css.startsWith("@media (forced-colors:active)")).toBe(true);
    expect(renderTrendChart(apNorcUkraineSupport, { colorScheme: "auto" })).toContain("@media (prefers-color-scheme:dark)");
    expect(parseSvg(renderTrendChart(apNorcUkraineSupport, { colorScheme: "dark" })).querySelector(".pt-bg")?.getAttribute("fill")).toBe(DARK.background);
  });
});

describe("contrast (WCAG 1.4.3 and 1.4.11), computed", () => {
  for (const [name, palette] of [["light", LIGHT], ["dark", DARK]] as const) {
    it(`${name}: text at least 4.5:1, series and axis at least 3:1`, () => {
      expect(contrast(palette.text, palette.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette.muted, palette.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette.axis, palette.background)).toBeGreaterThanOrEqual(3);
      for (const color of palette.series) expect(contrast(color, palette.background), color).toBeGreaterThanOrEqual(3);
    });
  }

  it("computes known ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});

describe("renderTrendChart is pure and safe", () => {
  it("gives the same bytes twice and leaves its input alone", () => {
    const input = structuredClone(chartCases["few-weeks"]?.data);
    const before = structuredClone(input);
    expect(renderTrendChart(input)).toBe(renderTrendChart(input));
    expect(input).toEqual(before);
  });

  it("escapes text so a hostile title stays text", () => {
    const title = '</title><script>alert(1)</script><title x="';
    const out = parseSvg(renderTrendChart({ ...apNorcUkraineSupport, title }));
    expect(out.querySelector("title")?.textContent).toBe(title);
    expect(out.querySelectorAll("script")).toHaveLength(0);
  });

  it("never writes NaN, undefined or Infinity", () => {
    for (const { data, options } of Object.values(chartCases)) expect(renderTrendChart(data, options)).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("derives ids from idPrefix, or from the content so different charts never share them", () => {
    expect(root.getAttribute("id")).toMatch(/^pt-[a-z0-9]+$/);
    expect(parseSvg(renderTrendChart(apNorcUkraineSupport, { idPrefix: "weapons" })).documentElement.getAttribute("id")).toBe("weapons");
    const other = parseSvg(renderTrendChart(chartCases["one-point"]?.data)).documentElement.getAttribute("id");
    expect(other).not.toBe(root.getAttribute("id"));
  });

  it("throws PollDataError on bad data and never returns partial output", () => {
    expect(() => renderTrendChart(unchecked({ title: "t", series: [{ id: "a", label: "A", points: [{ date: "2020-01-01", value: "60" }] }] }))).toThrow(PollDataError);
  });

  const badOptions: [string, unknown, RegExp][] = [
    ["a negative width", { width: -1 }, /options.width must be a number of px from 240 to 4000, received -1/],
    ["a string height", { height: "400" }, /options.height .* received "400"/],
    ["a NaN width", { width: Number.NaN }, /options.width/],
    ["a bad colorScheme", { colorScheme: "blue" }, /options.colorScheme must be "light" or "dark" or "auto"/],
    ["a bad idPrefix", { idPrefix: "1 x" }, /options.idPrefix/],
    ["a reversed yDomain", { yDomain: [60, 40] }, /options.yDomain/],
    ["a bad labels", { labels: "side" }, /options.labels/],
    ["a bad locale", { locale: "not a locale!" }, /options.locale/],
    ["an unknown option", { colour: "red" }, /unknown option "colour"/],
    ["a bad showMarginOfError", { showMarginOfError: "yes" }, /options.showMarginOfError/],
  ];
  for (const [name, options, message] of badOptions) {
    it(`rejects ${name}, naming the option`, () => {
      expect(() => renderTrendChart(apNorcUkraineSupport, options as ChartOptions)).toThrow(message);
    });
  }

  it("rejects a yDomain that leaves out a poll, and a height with no room for the plot", () => {
    expect(() => renderTrendChart(apNorcUkraineSupport, { yDomain: [50, 100] })).toThrow(/options.yDomain \[50, 100\] leaves out the poll of 2023-01-30 at 48%/);
    expect(() => renderTrendChart({ ...apNorcUkraineSupport, title: "word ".repeat(60) }, { width: 240, height: 200 })).toThrow(/options.height \(200\) leaves/);
  });
});

describe("renderTrendChart: edge cases render sensibly", () => {
  it("keeps every label and marker inside the viewBox, and direct labels apart", () => {
    for (const [name, { data, options }] of Object.entries(chartCases)) {
      const out = parseSvg(renderTrendChart(data, options));
      const [, , w, h] = (out.documentElement.getAttribute("viewBox") ?? "").split(" ").map(Number) as number[];
      for (const t of out.querySelectorAll("text")) {
        const x = Number(t.getAttribute("x"));
        const y = Number(t.getAttribute("y"));
        expect(x >= 0 && x <= (w ?? 0) && y >= 0 && y <= (h ?? 0), `${name}: text at ${x},${y}`).toBe(true);
      }
      for (const m of out.querySelectorAll('path[role="graphics-symbol"]')) {
        const [mx, my] = (m.getAttribute("d") ?? "").slice(1).split(/[,a-zA-Z]/).map(Number) as [number, number];
        expect(mx >= 0 && mx <= (w ?? 0) && my >= 0 && my <= (h ?? 0), `${name}: marker at ${mx},${my}`).toBe(true);
      }
      const blocks = [...out.querySelectorAll('g[aria-hidden="true"] > g > g[font-size="13"]')].map((g) => [...g.querySelectorAll("text")].map((t) => Number(t.getAttribute("y")))).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      for (let i = 1; i < blocks.length; i++) expect((blocks[i]?.[0] ?? 0) - (blocks[i - 1]?.at(-1) ?? 0), `${name}: labels overlap`).toBeGreaterThanOrEqual(16);
    }
  });

  it(`draws no per-poll marker above ${MARKER_LIMIT} polls, but keeps first, latest, high and low`, () => {
    const out = parseSvg(renderTrendChart(chartCases["ten-thousand-points"]?.data));
    const symbols = byRole(out, "graphics-symbol");
    expect(symbols.length).toBeGreaterThanOrEqual(3);
    expect(symbols.length).toBeLessThanOrEqual(6);
    expect(byRole(out, "graphics-object")[0]?.getAttribute("aria-label")).toMatch(/^Tracking: 10,000 polls, January 1995 to May 2022, from 50% to 27.7%; high \d+(\.\d)?%, low \d+(\.\d)?%$/);
  });

  it("breaks the line at a gap and still marks an isolated poll", () => {
    const out = parseSvg(renderTrendChart(chartCases.gap?.data, chartCases.gap?.options));
    const line = out.querySelector('[role="graphics-object"] > path[stroke-width="2.5"]')?.getAttribute("d") ?? "";
    expect(line.match(/M/g)).toHaveLength(2);
    expect(byRole(out, "graphics-symbol")).toHaveLength(13);
  });

  it("falls back to a legend when direct labels cannot fit", () => {
    const many = { title: "Crowded", series: Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, label: `Answer label number ${i}`, points: wave(3, "2020-01-01", 100, i) })) };
    const out = renderTrendChart(many, { width: 1200, height: 500 });
    expect(out).toContain(">Answer label number 29</text>");
    expect(out).not.toMatch(/font-weight="bold">[\d.]+%<\/tspan>/);
  });

  it("fits the y axis to the data from a round number", () => {
    const out = parseSvg(renderTrendChart(chartCases["all-equal"]?.data, { yDomain: "fit" }));
    const ticks = [...out.querySelectorAll('g[text-anchor="end"] text')].map((t) => t.textContent);
    expect(ticks[0]).toBe("40%");
    expect(ticks).toContain("48%");
  });
});

describe("axe-core: two charts on one page", () => {
  it("finds no violations and no duplicate ids", async () => {
    const first = renderTrendChart(apNorcUkraineSupport);
    const second = renderTrendChart(chartCases["ten-series"]?.data);
    const dom = new JSDOM(`<!doctype html><html lang="en"><head><title>Charts</title></head><body><main><h1>Charts</h1>${first}${second}</main></body></html>`, { pretendToBeVisual: true });
    const ids = [...dom.window.document.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const results = await axe.run(dom.window.document.documentElement as unknown as Element, { rules: { "color-contrast": { enabled: false } } } as axe.RunOptions);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
