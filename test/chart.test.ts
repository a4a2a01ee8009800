import axe from "axe-core";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import {
  apNorcUkraineSupport,
  type ChartOptions,
  MARKER_LIMIT,
  type PollDataset,
  PollDataError,
  renderTrendChart,
  summarizeTrend,
} from "./api.js";
import { layout as layoutTrendChart } from "../src/chart/layout.js";
import * as core from "../src/index.js";
import { drawWithIds, hash } from "../src/chart/render.js";
import { contrast, DARK, LIGHT } from "../src/chart/theme.js";
import { chartCases, crowded, wave } from "./cases.js";
import { thrown, unchecked } from "./fixtures.js";
import { byRole, parseSvg } from "./svg.js";

const svg = renderTrendChart(apNorcUkraineSupport);
const doc = parseSvg(svg);
const root = doc.documentElement;
const size = (d: Document) =>
  (d.documentElement.getAttribute("viewBox") ?? "").split(" ").map(Number).slice(2) as [number, number];
/** A color drawn at an opacity over a background, as `#rrggbb`. */
function blend(color: string, background: string, opacity: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(opacity * channel(color, i) + (1 - opacity) * channel(background, i))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}
/** Every line of text: a `<text>` of its own, or a `<tspan>` line of a multi-line `<text>`. */
const texts = (d: Document) =>
  [...d.querySelectorAll("text")].flatMap((t) =>
    (t.querySelector("tspan[y]") ? [...t.querySelectorAll("tspan[y]")] : [t]).map((e) => (e.textContent ?? "").trim()),
  );

describe("renderTrendChart(dataset): the SVG document", () => {
  it("is a standalone SVG whose width, height and viewBox agree, with a role that keeps its children", () => {
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    const [w, h] = size(doc);
    expect(w).toBe(640);
    expect(root.getAttribute("width")).toBe("640");
    expect(root.getAttribute("height")).toBe(String(h));
    expect(root.getAttribute("role")).toBe("graphics-document");
  });

  it("starts with a <title> and a short <desc> (the alt text, at most 160 characters)", () => {
    const [title, desc] = [...root.children];
    expect(title?.tagName).toBe("title");
    expect(desc?.tagName).toBe("desc");
    expect(root.getAttribute("aria-labelledby")).toBe(title?.getAttribute("id"));
    expect(root.getAttribute("aria-describedby")).toBe(desc?.getAttribute("id"));
    expect(title?.textContent).toBe(apNorcUkraineSupport.title);
    // The short summary, then the fitted axis's range (the default), as a sighted reader sees it.
    expect(desc?.textContent).toBe(
      "Favor providing weapons: 48% in November 2023, down 16 percentage points from 64% in March 2022; Favor sending funds: 39%. Axis from 30% to 65%.",
    );
    expect(desc?.textContent?.length).toBeLessThanOrEqual(160);
    expect(desc?.textContent?.startsWith(summarizeTrend(apNorcUkraineSupport, { length: "short" }))).toBe(true);
  });

  it("says in its description what a sighted reader sees: a fitted axis and a broken line", () => {
    const fitted =
      parseSvg(renderTrendChart(apNorcUkraineSupport, { yDomain: "fit" })).querySelector("desc")?.textContent ?? "";
    expect(fitted).toMatch(/ Axis from 30% to 65%\.$/);
    expect(fitted.length).toBeLessThanOrEqual(160);
    const gap =
      parseSvg(renderTrendChart(chartCases.gap.data, chartCases.gap.options)).querySelector("desc")?.textContent ?? "";
    expect(gap).toMatch(/Gaps in polling break the line\.$/);
    expect(gap.length).toBeLessThanOrEqual(160);
  });

  it("exposes every poll with a label naming series, dates, value, margin (or that none was published) and sample", () => {
    const points = byRole(doc, "graphics-symbol").map((e) => e.getAttribute("aria-label"));
    expect(points).toContain(
      "Favor providing weapons, Jan. 26–30, 2023: 48%, margin of error ±4.2 percentage points, 1,068 respondents",
    );
    expect(points).toContain(
      "Favor sending funds, May 12–16, 2022: 44%, no margin of error published, 1,172 respondents",
    );
    expect(points).toContain("Event, Feb. 24, 2022: Russia invades Ukraine");
    expect(points).toHaveLength(4 + 3 + 1);
    const groups = byRole(doc, "graphics-object").map((e) => e.getAttribute("aria-label"));
    expect(groups).toEqual([
      "Favor providing weapons: 4 polls, March 2022 to November 2023",
      "Favor sending funds: 3 polls, May 2022 to November 2023",
    ]);
  });

  it("hides decoration from assistive technology and makes no point a tab stop", () => {
    expect([...doc.querySelectorAll("rect")].filter((e) => !e.closest('[aria-hidden="true"]'))).toEqual([]);
    const exposed = [...doc.querySelectorAll("text")].filter(
      (e) => !e.closest('[aria-hidden="true"]') && !e.closest('[role="graphics-symbol"]'),
    );
    // Only the subtitle and the footer (source and notes, one paragraph) are text a reader needs besides the title and the points.
    expect(exposed.map((e) => e.getAttribute("class"))).toEqual(["pt-fmu", "pt-fmu"]);
    expect(exposed.slice(1).map((e) => e.textContent)).toEqual([
      "Source: AP-NORC Center for Public Affairs Research · U.S. adults. Bars: margins of error, where published.",
    ]);
    expect(exposed[0]?.textContent).toBe(apNorcUkraineSupport.subtitle);
    // The footer wraps, still one sentence node: a line per <tspan>.
    expect(exposed[1]?.querySelectorAll("tspan").length).toBeGreaterThan(1);
    expect(doc.querySelectorAll("[tabindex]")).toHaveLength(0);
  });

  it("draws the direct labels with the latest value", () => {
    const labels = [...doc.querySelectorAll('g[font-size="13"]')].map((g) =>
      [...g.querySelectorAll("text")].map((t) => t.textContent).join(" "),
    );
    expect(labels).toEqual(["48% Favor providing weapons", "39% Favor sending funds"]);
    expect(texts(doc)).toContain("Russia invades Ukraine");
    expect(texts(doc).join(" ")).toContain("Source: AP-NORC Center for Public Affairs Research · U.S. adults.");
  });

  it("keeps every text at least 12px", () => {
    for (const e of doc.querySelectorAll("[font-size]"))
      expect(Number(e.getAttribute("font-size"))).toBeGreaterThanOrEqual(12);
  });

  it("differs series by marker shape as well as color, with solid lines unless dashes are asked for", () => {
    const dashes = (d: Document) =>
      [...d.querySelectorAll('[role="graphics-object"] > path[stroke-width="2.5"]')].map((l) =>
        l.getAttribute("stroke-dasharray"),
      );
    // Newsroom readers take dashed lines for projections: solid by default, dashed for one-ink print on request.
    expect(dashes(doc)).toEqual([null, null]);
    expect(dashes(parseSvg(renderTrendChart(apNorcUkraineSupport, { dashes: true })))).toEqual([null, "7 3"]);
    // Forced colors take the color away, so there the lines are always dashed.
    expect(root.querySelector("style")?.textContent).toContain(".pt-line1{stroke-dasharray:7 3}");
    const shapes = byRole(doc, "graphics-object").map(
      (g) => g.querySelector('[role="graphics-symbol"]')?.getAttribute("d")?.match(/[aLh]/)?.[0],
    );
    expect(new Set(shapes).size).toBe(2);
  });

  it("puts colors in presentation attributes and CSS only in media queries", () => {
    expect(root.querySelector(".pt-bg")?.getAttribute("fill")).toBe(LIGHT.background);
    const css = root.querySelector("style")?.textContent ?? "";
    expect(
      css
        .replace(/^#([\w-]+)\{display:block\}#\1:not\(:root\)\{max-width:100%;height:auto\}/, "")
        .startsWith("@media (forced-colors:active)"),
    ).toBe(true);
    expect(renderTrendChart(apNorcUkraineSupport, { colorScheme: "auto" })).toContain(
      "@media (prefers-color-scheme:dark)",
    );
    expect(
      parseSvg(renderTrendChart(apNorcUkraineSupport, { colorScheme: "dark" }))
        .querySelector(".pt-bg")
        ?.getAttribute("fill"),
    ).toBe(DARK.background);
  });
});

describe("contrast (WCAG 1.4.3 and 1.4.11), computed", () => {
  for (const [name, palette] of [
    ["light", LIGHT],
    ["dark", DARK],
  ] as const) {
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

describe("honest uncertainty marks", () => {
  const long = chartCases["ten-thousand-points"].data;
  // Every poll has a margin, so above MARKER_LIMIT the bands are drawn and the bars are not.
  const withMargins: PollDataset = {
    ...long,
    series: long.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, marginOfError: 3 })) })),
  };

  it("writes the footer note from what is drawn: no bars above MARKER_LIMIT, the band drawn named, no note when nothing is drawn", () => {
    const footer = (data: PollDataset, options?: ChartOptions) =>
      texts(parseSvg(renderTrendChart(data, options))).join(" ");
    expect(footer(apNorcUkraineSupport)).toContain("Bars: margins of error, where published.");
    // Above MARKER_LIMIT no bar is drawn, and a margin never becomes a band between polls.
    expect(footer(withMargins)).not.toMatch(/Bars|band|margin/);
    expect(footer(withMargins, { average: true })).toContain("bands: 95% confidence ranges");
    expect(footer(withMargins, { average: true, band: "polls" })).toContain("bands: where 95% of polls fall");
    expect(footer(withMargins, { average: true, band: "none" })).not.toMatch(/band/);
    expect(footer(apNorcUkraineSupport, { showMarginOfError: false })).not.toMatch(/margin of error|Bars/);
    const oneMargin = {
      title: "t",
      series: [
        {
          id: "a",
          label: "A",
          points: [
            { date: "2020-01-01", value: 40, marginOfError: 3 },
            { date: "2020-06-01", value: 45 },
          ],
        },
      ],
    };
    expect(footer(oneMargin)).toMatch(/ A Bars: margins of error, where published\.$/);
  });

  it("draws a band without an outline, in an opaque tint under every dot: the line carries the contrast", () => {
    // Polls scattered up to 3 points either side of the wave (a fixed pattern), so the single-poll range is wide.
    const noisy: PollDataset = {
      ...long,
      series: long.series.map((s) => ({
        ...s,
        points: s.points.map((p, i) => ({ ...p, value: Math.max(0, p.value + ((i * 7919) % 13) / 2 - 3) })),
      })),
    };
    for (const [scheme, palette] of [
      ["light", LIGHT],
      ["dark", DARK],
    ] as const) {
      const out = parseSvg(renderTrendChart(noisy, { colorScheme: scheme, average: true, band: "polls" }));
      const band = out.querySelector(".pt-band");
      const color = palette.series[0] ?? "";
      // The tint is the series' color at 16% over the background, painted opaque: no fill-opacity, no stroke.
      expect(band?.getAttribute("fill")).toBe(blend(color, palette.background, 0.16));
      expect(band?.hasAttribute("fill-opacity")).toBe(false);
      expect(band?.hasAttribute("stroke")).toBe(false);
      expect(contrast(band?.getAttribute("fill") ?? "", palette.background)).toBeLessThan(1.5);
      // Nothing outlines it: the series' color strokes one path only, its line, at 3:1 or more.
      const stroked = [...out.querySelectorAll("path")].filter((p) => p.getAttribute("stroke") === color);
      expect(stroked.map((p) => p.getAttribute("stroke-width"))).toEqual(["2.5"]);
      expect(contrast(color, palette.background)).toBeGreaterThanOrEqual(3);
      // Under every dot and line: it comes first in the drawing order.
      const paths = [...out.querySelectorAll("path")];
      const dots = paths.findIndex(
        (p) => p.getAttribute("stroke-linecap") === "round" && p.getAttribute("d")?.includes("h0"),
      );
      expect(paths.indexOf(band as SVGPathElement)).toBeLessThan(dots);
      expect(paths.indexOf(band as SVGPathElement)).toBeLessThan(paths.indexOf(stroked[0] as SVGPathElement));
      // Forced colors: the band is GrayText, seen through; the halo in its tint becomes Canvas.
      const css = out.querySelector("style")?.textContent ?? "";
      expect(css).toContain(".pt-band{fill:GrayText;fill-opacity:.3}");
      expect(css).toContain("[class*=pt-kb]{stroke:Canvas}");
    }
  });

  it("draws a poll without a published margin like any other (one encoding per series), with no bar, and says so in its label", () => {
    const markers = byRole(doc, "graphics-object").map((g) => [...g.querySelectorAll('[role="graphics-symbol"]')]);
    // Filled in the series' color, outlined in the background's: no hollow/filled alternation to read as a second series.
    for (const [i, group] of markers.entries())
      for (const m of group) {
        // Said once on the series' group and inherited (SVG's own cascade), never per dot.
        expect(m.closest("[fill]")?.getAttribute("fill")).toBe(LIGHT.series[i]);
        expect(m.closest("[stroke]")?.getAttribute("stroke")).toBe(LIGHT.background);
      }
    expect(
      markers.flat().filter((m) => m.getAttribute("aria-label")?.includes("no margin of error published")),
    ).toHaveLength(3);
    // One bar (a stem and two caps) per poll with a margin: two in each series.
    const bars = byRole(doc, "graphics-object").map(
      (g) => (g.querySelector('path[stroke-width="1.25"]')?.getAttribute("d")?.match(/V/g) ?? []).length,
    );
    expect(bars).toEqual([2, 2]);
  });

  it("keeps markers and labels visible in forced colors: only backgrounds and outlines take Canvas", () => {
    const css = root.querySelector("style")?.textContent ?? "";
    const forced = css.slice(css.indexOf("@media (forced-colors:active)"));
    const canvasFills = [...forced.matchAll(/\.(pt-[\w-]+)\{fill:Canvas\}/g)].map((m) => m[1]);
    expect(canvasFills).toEqual(["pt-fbg"]);
    for (const m of byRole(doc, "graphics-symbol"))
      for (const c of canvasFills) expect(m.classList.contains(c ?? "")).toBe(false);
  });
});

describe("ids, ink classes and options, as a page relies on them", () => {
  it("numbers a chart's id on past the ids a page holds already", () => {
    const chart = layoutTrendChart(apNorcUkraineSupport, { idPrefix: "fig" });
    const ids = (taken: string[]) =>
      parseSvg(drawWithIds(chart, (id) => taken.includes(id))).documentElement.getAttribute("id");
    expect([ids([]), ids(["fig"]), ids(["fig", "fig-2"])]).toEqual(["fig", "fig-2", "fig-3"]);
  });

  it("classes every stroke by its ink, so CSS can recolor it for dark and forced colors", () => {
    const [line] = [...doc.querySelectorAll("path")].filter((p) => p.getAttribute("stroke-width") === "2.5");
    expect(line?.getAttribute("class")?.split(" ")).toContain("pt-ks0");
    const grid = [...doc.querySelectorAll("path")].find((p) => p.getAttribute("stroke") === LIGHT.grid);
    expect(grid?.getAttribute("class")).toBe("pt-kgr");
  });

  it("says what options must be when they are not an object", () => {
    // The library's own call: the tests' wrapper would spread the number into an object.
    const error = thrown(() => core.renderTrendChart(apNorcUkraineSupport, 5 as never));
    expect((error as PollDataError).issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      "options: expected an object of options, received 5",
    ]);
  });
});

describe("renderTrendChart is pure and safe", () => {
  it("gives the same bytes twice and leaves its input alone", () => {
    const input = structuredClone(chartCases["few-weeks"].data);
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

  it("never writes NaN, undefined or Infinity, and never cuts a text with …", () => {
    for (const { data, options } of Object.values(chartCases)) {
      const out = renderTrendChart(data, options);
      expect(out).not.toMatch(/NaN|undefined|Infinity/);
      expect(texts(parseSvg(out)).filter((t) => t.includes("…"))).toEqual([]);
    }
  });

  it("derives ids from idPrefix, or from the content so different charts never share them", () => {
    expect(root.getAttribute("id")).toMatch(/^pt-[a-z0-9]+$/);
    expect(
      parseSvg(renderTrendChart(apNorcUkraineSupport, { idPrefix: "weapons" })).documentElement.getAttribute("id"),
    ).toBe("weapons");
    const other = parseSvg(renderTrendChart(chartCases["one-point"].data)).documentElement.getAttribute("id");
    expect(other).not.toBe(root.getAttribute("id"));
  });

  it("gives different ids to any two charts whose markup differs, for every field and option that reaches the SVG", () => {
    const base = structuredClone(apNorcUkraineSupport) as unknown as {
      series: { predicate?: string; label: string; points: Record<string, unknown>[] }[];
    } & Record<string, unknown>;
    const variants: [string, (d: typeof base) => void, ChartOptions?][] = [
      ["title", (d) => Object.assign(d, { title: "Another title" })],
      ["subtitle", (d) => Object.assign(d, { subtitle: "Another subtitle" })],
      ["population", (d) => Object.assign(d, { population: "U.S. voters" })],
      ["source name", (d) => Object.assign(d, { source: { name: "Another source" } })],
      ["event label", (d) => Object.assign(d, { events: [{ date: "2022-02-24", label: "Invasion" }] })],
      ["series label", (d) => Object.assign(d.series[0] ?? {}, { label: "Favor arms" })],
      ["a value", (d) => Object.assign(d.series[0]?.points[0] ?? {}, { value: 63 })],
      ["a margin", (d) => Object.assign(d.series[0]?.points[2] ?? {}, { marginOfError: 4.3 })],
      ["a sample size", (d) => Object.assign(d.series[0]?.points[2] ?? {}, { sampleSize: 1069 })],
      ["a field start", (d) => Object.assign(d.series[0]?.points[2] ?? {}, { fieldStart: "2023-01-25" })],
      [
        "a pollster, in a series of several",
        (d) => Object.assign(d.series[1]?.points[0] ?? {}, { pollster: "Gallup" }),
      ],
      ["the color scheme", () => undefined, { colorScheme: "auto" }],
      ["the y domain", () => undefined, { yDomain: "zero-to-hundred" }],
      ["the dashes", () => undefined, { dashes: true }],
      ["the highlighted series", () => undefined, { highlight: ["weapons"] }],
      ["the plot margins", () => undefined, { plotMargins: { top: 160 } }],
      ["the margins shown", () => undefined, { showMarginOfError: false }],
      ["the locale", () => undefined, { locale: "de-DE" }],
      ["the font", () => undefined, { fontFamily: "Georgia, serif" }],
      ["the labels", () => undefined, { labels: "legend" }],
    ];
    const id = (markup: string) => /^<svg[^>]* id="([^"]+)"/.exec(markup)?.[1] ?? "";
    const reference = renderTrendChart(apNorcUkraineSupport);
    for (const [name, change, options] of variants) {
      const data = structuredClone(base);
      change(data);
      const out = renderTrendChart(data as unknown as PollDataset, options);
      expect(out.replaceAll(id(out), "ID"), `${name} changes the chart`).not.toBe(
        reference.replaceAll(id(reference), "ID"),
      );
      expect(id(out), `${name} changes the ids`).not.toBe(id(reference));
    }
  });

  it("names markup by every code unit of it: one changed at any place changes the name", () => {
    for (const text of ["a", "ab", "abc", "<svg>x</svg>", "<svg>xy</svg>"]) {
      const names = new Set([hash(text)]);
      for (let i = 0; i < text.length; i++) names.add(hash(`${text.slice(0, i)}\u00e9${text.slice(i + 1)}`));
      expect(names.size, text).toBe(text.length + 1);
      expect(hash(text)).toBe(hash(text));
    }
    // Parts are read in turn: the head and the body of a chart both count.
    expect(hash("ab", "c")).not.toBe(hash("ab", "d"));
    expect(hash("a", "bc")).not.toBe(hash("a", "bd"));
  });

  it("throws PollDataError on bad data and never returns partial output", () => {
    expect(() =>
      renderTrendChart(
        unchecked({ title: "t", series: [{ id: "a", label: "A", points: [{ date: "2020-01-01", value: "60" }] }] }),
      ),
    ).toThrow(PollDataError);
  });

  const badOptions: [string, unknown, RegExp][] = [
    ["a negative width", { width: -1 }, /options.width: expected a number of px from 200 to 4000, received -1/],
    [
      "a string height",
      { height: "400" },
      /options.height: expected a number of px up to 4000, or "auto", received "400"/,
    ],
    ["a NaN width", { width: Number.NaN }, /options.width/],
    ["a bad colorScheme", { colorScheme: "blue" }, /options.colorScheme: expected "light" or "dark" or "auto"/],
    ["a bad idPrefix", { idPrefix: "1 x" }, /options.idPrefix/],
    ["a reversed yDomain", { yDomain: [60, 40] }, /options.yDomain/],
    ["a bad labels", { labels: "side" }, /options.labels/],
    ["a bad locale", { locale: "not a locale!" }, /options.locale/],
    ["an unknown option", { colour: "red" }, /options.colour: expected a known option \(width, height, .*\)/],
    ["a bad showMarginOfError", { showMarginOfError: "yes" }, /options.showMarginOfError/],
    [
      "a bad average",
      { average: "loess" },
      /options.average: expected "auto", true, false or \{ method: "kalman" or "loess", bandwidthDays: a positive number of days, houseEffects: true or false, pollsterWeighting: "shared" or "per-poll" \}/,
    ],
    ["a bad average window", { average: { bandwidthDays: 0 } }, /options.average/],
    ["a bad average houseEffects", { average: { houseEffects: "yes" } }, /options.average/],
    ["an average pollster (the dataset's is used)", { average: { pollster: "Gallup" } }, /options.average/],
  ];
  for (const [name, options, message] of badOptions) {
    it(`rejects ${name}, naming the option`, () => {
      const error = thrown(() => renderTrendChart(apNorcUkraineSupport, options as ChartOptions));
      expect(String(error)).toMatch(message);
      expect(error).toBeInstanceOf(PollDataError);
      expect((error as PollDataError).issues[0]?.path[0]).toBe("options");
    });
  }

  it("rejects a yDomain that leaves out a poll", () => {
    expect(() => renderTrendChart(apNorcUkraineSupport, { yDomain: [50, 100] })).toThrow(
      /options.yDomain: expected a range that holds every poll, received \[50, 100\], which leaves out the poll of 2023-01-30 at 48%/,
    );
  });
});

describe("height: auto, or a number no smaller than the real minimum", () => {
  const minimum = (data: PollDataset, options: ChartOptions) =>
    Number(
      /the smallest height that fits this chart is (\d+)/.exec(
        String(thrown(() => renderTrendChart(data, { ...options, height: 1 }))),
      )?.[1],
    );

  for (const [name, data, options] of [
    ["the bundled chart at 640", apNorcUkraineSupport, { width: 640 }],
    ["the bundled chart at 320", apNorcUkraineSupport, { width: 320 }],
    ["long texts at 360", chartCases["long-text"].data, { width: 360 }],
    ["ten series at 480", chartCases["ten-series"].data, { width: 480 }],
  ] as const) {
    it(`names the real minimum for ${name}: it renders at exactly that height and fails one pixel below`, () => {
      const min = minimum(data, options);
      expect(min).toBeGreaterThan(100);
      const out = parseSvg(renderTrendChart(data, { ...options, height: min }));
      expect(size(out)[1]).toBe(min);
      const error = thrown(() => renderTrendChart(data, { ...options, height: min - 1 }));
      expect(error).toBeInstanceOf(PollDataError);
      expect(String(error)).toContain(
        `options.height: expected a height that leaves at least 80 px for the plot (the smallest height that fits this chart is ${min}, or height: "auto"), received ${min - 1}`,
      );
    });
  }

  it("sizes an auto chart to its content: a three-line title still leaves a readable plot", () => {
    const title = "A headline long enough to take three lines on a phone, which a fixed height would squeeze";
    const out = parseSvg(renderTrendChart({ ...apNorcUkraineSupport, title }, { width: 320 }));
    const [, h] = size(out);
    const grid = out.querySelector(".pt-kgr")?.getAttribute("d") ?? "";
    const ys = [...grid.matchAll(/,([\d.]+)H/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThanOrEqual(160);
    expect(h).toBeGreaterThan(400);
  });
});

describe("renderTrendChart: any width from 200 px (a 390 px phone at 200% zoom)", () => {
  for (const width of [200, 240, 320, 479, 480, 768, 1280]) {
    it(`at ${width} px keeps every label and marker inside the viewBox, with text no smaller than 12px`, () => {
      for (const [name, { data }] of Object.entries(chartCases)) {
        const out = parseSvg(renderTrendChart(data, { width }));
        const [w, h] = size(out);
        expect(w).toBe(width);
        for (const t of out.querySelectorAll("text[y], tspan[y]")) {
          const [x, y] = [Number(t.getAttribute("x")), Number(t.getAttribute("y"))];
          expect(x >= 0 && x <= w && y >= 0 && y <= h, `${name}: text at ${x},${y}`).toBe(true);
        }
        for (const e of out.querySelectorAll("[font-size]"))
          expect(Number(e.getAttribute("font-size"))).toBeGreaterThanOrEqual(12);
      }
    });
  }

  it("below 480 px puts a key with the latest values above the plot, and uses short month names", () => {
    const narrow = parseSvg(renderTrendChart(chartCases["ap-norc-ukraine-legend-fit"].data, { width: 320 }));
    const key = [...narrow.querySelectorAll('g[font-size="13"]')].map((g) =>
      [...g.querySelectorAll("text")].map((t) => t.textContent).join(" "),
    );
    expect(key).toEqual(["48% Favor providing weapons", "39% Favor sending funds"]);
    const grid = narrow.querySelector(".pt-gr")?.getAttribute("d") ?? "";
    const plotTop = Math.min(...[...grid.matchAll(/,([\d.]+)H/g)].map((m) => Number(m[1])));
    for (const g of narrow.querySelectorAll('g[font-size="13"] text'))
      expect(Number(g.getAttribute("y"))).toBeLessThan(plotTop);
    expect(texts(narrow)).toContain("Jan.");
    expect(texts(narrow)).toContain("2023");
  });
});

describe("renderTrendChart: labels that stay near their lines", () => {
  it("keeps labels between the plot's top and bottom, apart, within 1.5 label heights of their lines, clear of the events", () => {
    for (const [name, { data, options }] of [...Object.entries(chartCases), ["crowded", crowded] as const]) {
      const out = parseSvg(renderTrendChart(data, options));
      const grid = out.querySelector(".pt-kgr")?.getAttribute("d") ?? "";
      const ys = [...grid.matchAll(/,([\d.]+)H/g)].map((m) => Number(m[1]));
      const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
      const events = byRole(out, "graphics-symbol").filter((e) => e.getAttribute("aria-label")?.startsWith("Event"));
      const eventBottom = Math.max(
        0,
        ...events.flatMap((e) => [...e.querySelectorAll("text")].map((t) => Number(t.getAttribute("y")))),
      );
      const blocks = [...out.querySelectorAll('g[aria-hidden="true"] > g > g[font-size="13"]')].map((g) =>
        [...g.querySelectorAll("text")].map((t) => Number(t.getAttribute("y"))),
      );
      const isDirect = blocks.length > 0 && blocks.every((b) => (b[0] ?? 0) > top - 10);
      if (!isDirect) continue;
      blocks.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      for (let i = 1; i < blocks.length; i++)
        expect((blocks[i]?.[0] ?? 0) - (blocks[i - 1]?.at(-1) ?? 0), `${name}: labels overlap`).toBeGreaterThanOrEqual(
          16,
        );
      for (const b of blocks) {
        expect(b[0] ?? 0, `${name}: label above the plot`).toBeGreaterThanOrEqual(top - 6 + 12);
        expect(b.at(-1) ?? 0, `${name}: label below the plot`).toBeLessThanOrEqual(bottom + 6);
        expect(b[0] ?? 0, `${name}: label over an event`).toBeGreaterThan(eventBottom);
      }
      for (const leader of out.querySelectorAll('g[aria-hidden="true"] > g > path.pt-ax')) {
        const [x1, y1, x2, y2] = (leader.getAttribute("d")?.match(/-?[\d.]+/g) ?? []).map(Number) as [
          number,
          number,
          number,
          number,
        ];
        expect(Math.abs(y2 - y1), `${name}: a long leader`).toBeLessThanOrEqual(24 + 8);
        expect(x2 - x1).toBeLessThanOrEqual(40);
        expect(Number(leader.getAttribute("stroke-width"))).toBeLessThan(1);
      }
    }
  });

  it("uses a key in the crowded case (eight close series, three late events) rather than labels far from their lines", () => {
    expect(String(thrown(() => renderTrendChart(crowded.data, { height: 260 })))).toMatch(
      /options.height: expected a height that leaves at least 80 px for the plot \(the smallest height that fits this chart is \d+, or height: "auto"\), received 260/,
    );
    const out = parseSvg(renderTrendChart(crowded.data, crowded.options));
    const grid = out.querySelector(".pt-kgr")?.getAttribute("d") ?? "";
    const top = Math.min(...[...grid.matchAll(/,([\d.]+)H/g)].map((m) => Number(m[1])));
    const key = [...out.querySelectorAll('g[font-size="13"] text')];
    // Six series named, and one row for the other two: a key that ends.
    expect(key.map((t) => t.textContent).filter((t) => /% Answer [A-H]$/.test(t ?? ""))).toHaveLength(6);
    expect(key.at(-1)?.textContent).toMatch(/^2 others, each under \d+%$/);
    for (const t of key) expect(Number(t.getAttribute("y"))).toBeLessThan(top);
  });

  it("falls back to a key when direct labels cannot fit", () => {
    const many = {
      title: "Crowded",
      series: Array.from({ length: 30 }, (_, i) => ({
        id: `s${i}`,
        label: `Answer label number ${i}`,
        points: wave(3, "2020-01-01", 100, i),
      })),
    };
    const out = parseSvg(renderTrendChart(many, { width: 1200, height: 800 }));
    const key = [...out.querySelectorAll('g[font-size="13"] text')].map((t) => t.textContent ?? "");
    // The key names six and sums up the other 24 in one row, under the highest of their latest values.
    const named = key.filter((t) => /Answer label number \d+$/.test(t));
    expect(named).toHaveLength(6);
    const latest = many.series.map((s) => s.points.at(-1)?.value ?? 0);
    const shown = new Set(named.map((t) => Number(/number (\d+)$/.exec(t)?.[1])));
    const rest = latest.filter((_, i) => !shown.has(i));
    expect(Math.min(...[...shown].map((i) => latest[i] ?? 0))).toBeGreaterThanOrEqual(Math.max(...rest));
    expect(key.at(-1)).toBe(`24 others, each under ${Math.floor(Math.max(...rest)) + 1}%`);
  });

  it("sums up one series beyond the key in the singular", () => {
    const seven = {
      title: "Seven",
      series: Array.from({ length: 7 }, (_, i) => ({
        id: `s${i}`,
        label: `Answer ${i}`,
        points: wave(3, "2020-01-01", 100, i),
      })),
    };
    const out = parseSvg(renderTrendChart(seven, { width: 640, labels: "legend" }));
    const key = [...out.querySelectorAll('g[font-size="13"] text')].map((t) => t.textContent ?? "");
    const latest = seven.series.map((s) => s.points.at(-1)?.value ?? 0);
    expect(key.at(-1)).toBe(`1 other, under ${Math.floor(Math.min(...latest)) + 1}%`);
  });

  it("sums up one series no longer polled in the singular", () => {
    const poll = (date: string, value: number) => ({ date, value });
    const current = Array.from({ length: 6 }, (_, i) => ({
      id: `s${i}`,
      label: `Answer ${i}`,
      points: [poll("2020-01-01", 10 + i), poll("2020-09-01", 10 + 2 * i)],
    }));
    // Last polled seven months before the others' latest: no longer in the field.
    const gone = { id: "gone", label: "Gone", points: [poll("2020-01-01", 5), poll("2020-02-01", 6)] };
    const out = parseSvg(renderTrendChart({ title: "Seven", series: [...current, gone] }, { labels: "legend" }));
    const key = [...out.querySelectorAll('g[font-size="13"] text')].map((t) => t.textContent ?? "");
    expect(key.at(-1)).toBe("1 other not polled since Feb. 1, 2020");
  });
});

describe("events a reader can tell apart", () => {
  const poll = (date: string, value: number) => ({ date, value });
  const data: PollDataset = {
    title: "Approval through a shutdown and a debate",
    events: [
      { date: "2023-10-01", label: "Government shutdown" },
      { date: "2023-10-12", label: "First debate" },
    ],
    series: [
      {
        id: "a",
        label: "Approve",
        points: [
          poll("2023-08-01", 44),
          poll("2023-09-01", 43),
          poll("2023-10-05", 42),
          poll("2023-10-20", 41),
          poll("2023-11-15", 40),
        ],
      },
    ],
  };

  it("names in the footer an event whose label has no room, and starts its rule at the plot, under no label", () => {
    const out = parseSvg(renderTrendChart(data, { width: 320 }));
    const events = byRole(out, "graphics-symbol").filter((e) => e.getAttribute("aria-label")?.startsWith("Event"));
    expect(events.map((e) => e.getAttribute("aria-label"))).toEqual([
      "Event, Oct. 1, 2023: Government shutdown",
      "Event, Oct. 12, 2023: First debate",
    ]);
    const [labeled, bare] = events;
    expect(labeled?.querySelectorAll("text").length).toBeGreaterThan(0);
    expect(bare?.querySelectorAll("text")).toHaveLength(0);
    expect(texts(out).join(" ")).toContain("Dashed line: First debate, Oct. 12, 2023.");
    const grid = out.querySelector(".pt-kgr")?.getAttribute("d") ?? "";
    const plotTop = Math.min(...[...grid.matchAll(/,([\d.]+)H/g)].map((m) => Number(m[1])));
    const ruleTop = Number(/^M[\d.]+,([\d.]+)V/.exec(bare?.querySelector("path")?.getAttribute("d") ?? "")?.[1]);
    const labelBottom = Math.max(
      ...[...(labeled?.querySelectorAll("text") ?? [])].map((t) => Number(t.getAttribute("y"))),
    );
    expect(ruleTop).toBeGreaterThan(labelBottom);
    expect(ruleTop).toBeLessThanOrEqual(plotTop);
  });

  it("at 640 px gives both labels room, in rows that do not stack into one", () => {
    const out = parseSvg(renderTrendChart(data, { width: 640 }));
    const labels = byRole(out, "graphics-symbol")
      .filter((e) => e.getAttribute("aria-label")?.startsWith("Event"))
      .map((e) =>
        [...e.querySelectorAll("text")].map((t) => [Number(t.getAttribute("x")), Number(t.getAttribute("y"))]),
      );
    expect(labels.map((l) => l.length)).toEqual([1, 1]);
    // Not one right under the other at the same x: they would read as one label.
    expect(labels[0]?.[0]?.[0]).not.toBe(labels[1]?.[0]?.[0]);
    expect(texts(out).join(" ")).not.toContain("Dashed line");
  });
});

describe("renderTrendChart: time and values", () => {
  it(`draws no per-poll marker above ${MARKER_LIMIT} polls, but keeps first, latest, high and low`, () => {
    const out = parseSvg(renderTrendChart(chartCases["ten-thousand-points"].data));
    const symbols = byRole(out, "graphics-symbol");
    expect(symbols.length).toBeGreaterThanOrEqual(3);
    expect(symbols.length).toBeLessThanOrEqual(6);
    expect(byRole(out, "graphics-object")[0]?.getAttribute("aria-label")).toMatch(
      /^Tracking: 10,000 polls, January 1995 to May 2022, from 50% to 27.7%; high \d+(\.\d)?%, low \d+(\.\d)?%$/,
    );
  });

  it("breaks the line at a gap and still marks an isolated poll", () => {
    const out = parseSvg(renderTrendChart(chartCases.gap.data, chartCases.gap.options));
    const line = out.querySelector('[role="graphics-object"] > path[stroke-width="2.5"]')?.getAttribute("d") ?? "";
    expect(line.match(/M/g)).toHaveLength(2);
    expect(byRole(out, "graphics-symbol")).toHaveLength(13);
  });

  it("puts time ticks only at intervals a reader expects, the year on the first tick and every January", () => {
    const months = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ];
    for (const [name, { data }] of Object.entries(chartCases)) {
      for (const width of [320, 640, 1280]) {
        const out = parseSvg(renderTrendChart(data, { width }));
        // A tick is its label and, on a second line at the same x, its year where it carries one.
        const byX = new Map<string, string[]>();
        for (const t of out.querySelectorAll('g[text-anchor="middle"] > text')) {
          const x = t.getAttribute("x") ?? "";
          byX.set(x, [...(byX.get(x) ?? []), t.textContent ?? ""]);
        }
        const ticks = [...byX.values()].map(([label, year]) => [label ?? "", year]);
        const first = ticks[0]?.[0] ?? "";
        if (/^\d{4}$/.test(first)) {
          const years = ticks.map(([y]) => Number(y));
          const step = (years[1] ?? 0) - (years[0] ?? 0);
          if (years.length > 1) expect([1, 2, 5, 10, 20, 50], `${name} at ${width}: ${years}`).toContain(step);
          for (let i = 1; i < years.length; i++) expect((years[i] ?? 0) - (years[i - 1] ?? 0)).toBe(step);
          continue;
        }
        expect(ticks[0]?.[1], `${name} at ${width}: the first tick carries its year`).toMatch(/^\d{4}$/);
        for (const [label, year] of ticks)
          if (label === "January" || label === "Jan.")
            expect(year, `${name} at ${width}: January without its year`).toMatch(/^\d{4}$/);
        const monthTicks = ticks.map(([label]) =>
          months.findIndex(
            (m) => label === m || (label ?? "").replace(".", "") === m.slice(0, (label ?? "").replace(".", "").length),
          ),
        );
        if (monthTicks.every((m) => m >= 0) && monthTicks.length > 1 && !/\d/.test(first)) {
          const step = ((monthTicks[1] ?? 0) - (monthTicks[0] ?? 0) + 12) % 12;
          expect([1, 2, 3, 6], `${name} at ${width}: ${ticks.map((t) => t[0])}`).toContain(step);
        }
      }
    }
  });

  it("fits the y axis to the data from a round number, by default", () => {
    const values = (markup: string) =>
      [...parseSvg(markup).querySelectorAll('g[text-anchor="end"] text')].map((t) =>
        Number.parseFloat(t.textContent ?? ""),
      );
    for (const out of [
      renderTrendChart(chartCases["all-equal"].data),
      renderTrendChart(chartCases["all-equal"].data, { yDomain: "fit" }),
    ]) {
      const ticks = values(out);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      expect([1, 2, 5, 10]).toContain(step);
      expect((ticks[0] ?? 0) % step).toBe(0);
      expect(ticks).toContain(48);
      // Fitted: the range is a few steps around the data, not 0–100.
      expect(ticks.length).toBeLessThanOrEqual(10);
      expect((ticks.at(-1) ?? 0) - (ticks[0] ?? 0)).toBeLessThan(40);
    }
    expect(values(renderTrendChart(chartCases["all-equal"].data, { yDomain: "zero-to-hundred" }))).toEqual([
      0, 20, 40, 60, 80, 100,
    ]);
  });

  it("prints every number in the locale, in labels, ticks and the description alike", () => {
    const out = parseSvg(renderTrendChart(chartCases["few-weeks"].data, { locale: "de-DE" }));
    expect(out.querySelector("desc")?.textContent).toMatch(/76,4\u00a0%/);
    expect(texts(out).join(" ")).toContain("76,4\u00a0%");
    expect(
      byRole(out, "graphics-symbol")
        .map((e) => e.getAttribute("aria-label"))
        .join(" "),
    ).toMatch(/±3,5 percentage points/);
    expect(texts(out).join(" ")).not.toMatch(/\d\.\d/);
  });
});

describe("axe-core: two charts on one page", () => {
  it("finds no violations and no duplicate ids", async () => {
    const first = renderTrendChart(apNorcUkraineSupport);
    const second = renderTrendChart(chartCases["ten-series"].data);
    const dom = new JSDOM(
      `<!doctype html><html lang="en"><head><title>Charts</title></head><body><main><h1>Charts</h1>${first}${second}</main></body></html>`,
      { pretendToBeVisual: true },
    );
    const ids = [...dom.window.document.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const results = await axe.run(
      dom.window.document.documentElement as unknown as Element,
      { rules: { "color-contrast": { enabled: false } } } as axe.RunOptions,
    );
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});

describe("series ids in highlight and colors", () => {
  it("refuses an id the data does not have, naming the option and the ids it has", () => {
    for (const [option, value] of [
      ["highlight", { highlight: ["wepons"] }],
      ["colors", { colors: { wepons: "#d50000" } }],
    ] as const) {
      const error = thrown(() => renderTrendChart(apNorcUkraineSupport, value));
      expect(error).toBeInstanceOf(PollDataError);
      const [issue] = (error as PollDataError).issues;
      expect(issue?.where).toBe(`options.${option}`);
      expect(issue?.message).toBe('expected a series id (weapons, funds), received "wepons"');
    }
    expect(renderTrendChart(apNorcUkraineSupport, { highlight: ["funds"], colors: { weapons: "#0b5394" } })).toContain(
      "<svg",
    );
  });
});

describe("the alt text's axis note", () => {
  it("says an axis that starts at 0% but stops short of 100%, and none for 0% to 100%", () => {
    const short = renderTrendChart(apNorcUkraineSupport, { yDomain: [0, 70] });
    expect(parseSvg(short).querySelector("desc")?.textContent).toMatch(/ Axis from 0% to 70%\.$/);
    const whole = renderTrendChart(apNorcUkraineSupport, { yDomain: "zero-to-hundred" });
    expect(parseSvg(whole).querySelector("desc")?.textContent).not.toContain("Axis");
  });
});
