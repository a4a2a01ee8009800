import { describe, expect, it } from "vitest";
import { DARK, LIGHT } from "../src/chart/theme.js";
import {
  apNorcUkraineSupport,
  describeTrend,
  type PollDataset,
  type PollPoint,
  PollDataError,
  renderTrendChart,
  summarizeTrend,
} from "./api.js";
import { tracker } from "./cases.js";
import { deltaE2000, lab, MATRICES } from "./color.js";
import { thrown } from "./fixtures.js";
import { byRole, parseSvg } from "./svg.js";

// What a newsroom graphics desk checks before a chart ships, as measurements of the SVG.

/** The plot's top and bottom: the grid's highest and lowest lines. */
function plotBox(d: Document): { top: number; bottom: number } {
  const ys = [...(d.querySelector(".pt-kgr")?.getAttribute("d") ?? "").matchAll(/,([\d.]+)H/g)].map((m) =>
    Number(m[1]),
  );
  return { top: Math.min(...ys), bottom: Math.max(...ys) };
}
const height = (d: Document) => Number(d.documentElement.getAttribute("height"));
/** The key's or labels' entries, in reading order, as text. */
const keyTexts = (d: Document) =>
  [...d.querySelectorAll('g[font-size="13"]')].map((g) =>
    [...g.querySelectorAll("text")].map((t) => t.textContent).join(" "),
  );

/** A tracker of `days` daily polls by two alternating pollsters around `level`, with a fixed scatter. */
function daily(id: string, level: number, days: number, from = Date.UTC(2024, 0, 1)): PollPoint[] {
  return Array.from({ length: days }, (_, i) => ({
    date: new Date(from + i * 86_400_000).toISOString().slice(0, 10),
    value: level + (((i * 7919) % 11) - 5) / 2,
    pollster: i % 2 ? `${id} One` : `${id} Two`,
    sampleSize: 1000,
  }));
}

describe("colors a reader with a color-vision deficiency can tell apart", () => {
  it("computes CIEDE2000 as Sharma, Wu and Dalal's test pairs give it", () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  });

  for (const [scheme, palette] of [
    ["light", LIGHT],
    ["dark", DARK],
  ] as const) {
    it(`${scheme}: any two of the six highlighted colors differ by ΔE2000 ≥ 10, also under protanopia, deuteranopia and tritanopia`, () => {
      const six = palette.series.slice(0, 6);
      for (const [vision, matrix] of Object.entries(MATRICES))
        for (let i = 0; i < six.length; i++)
          for (let j = i + 1; j < six.length; j++)
            expect(
              deltaE2000(lab(six[i] ?? "", matrix), lab(six[j] ?? "", matrix)),
              `${vision}: ${six[i]} and ${six[j]}`,
            ).toBeGreaterThanOrEqual(10);
    });
  }
});

describe("a plot a phone reader can read", () => {
  it("gives the plot at least 45% of the chart's height at 320 px, however short its footer", () => {
    const { source: _source, population: _population, ...bare } = apNorcUkraineSupport;
    for (const data of [apNorcUkraineSupport, bare]) {
      const d = parseSvg(renderTrendChart(data, { width: 320 }));
      const { top, bottom } = plotBox(d);
      expect((bottom - top) / height(d)).toBeGreaterThanOrEqual(0.45);
    }
  });

  it("lines up the plots of charts side by side with plotMargins, and names the smallest margin that fits", () => {
    const margins = { top: 200, bottom: 130 };
    const long = { ...apNorcUkraineSupport, title: "A longer headline that wraps onto a second line at this width" };
    const a = parseSvg(renderTrendChart(apNorcUkraineSupport, { width: 480, plotMargins: margins }));
    const b = parseSvg(renderTrendChart(long, { width: 480, plotMargins: margins }));
    // The same grid at the same place in both, whatever their titles take; the plot within the margins.
    expect(plotBox(b)).toEqual(plotBox(a));
    expect(plotBox(a).top).toBeGreaterThanOrEqual(200);
    expect(height(a)).toBe(height(b));
    expect(height(a) - plotBox(a).bottom).toBe(130);
    const error = thrown(() => renderTrendChart(long, { width: 480, plotMargins: { top: 20 } }));
    expect(error).toBeInstanceOf(PollDataError);
    expect((error as PollDataError).issues[0]?.where).toBe("options.plotMargins");
    const smallest = Number(/at least top (\d+)/.exec((error as PollDataError).issues[0]?.message ?? "")?.[1]);
    expect(smallest).toBeGreaterThan(20);
    expect(() => renderTrendChart(long, { width: 480, plotMargins: { top: smallest } })).not.toThrow();
    expect(() => renderTrendChart(long, { width: 480, plotMargins: { top: smallest - 1 } })).toThrow(PollDataError);
    // A list is no { top, bottom }, even an empty one that names no wrong key.
    const list = thrown(() => renderTrendChart(long, { plotMargins: [] as never }));
    expect((list as PollDataError).issues[0]?.message).toBe(
      "expected { top, bottom }: px from 0 to 4000, received an empty list",
    );
  });
});

describe("many series made readable", () => {
  const field: PollDataset = {
    title: "Five candidates, one leader",
    series: [
      {
        id: "a",
        label: "Candidate A",
        points: [
          { date: "2024-01-10", value: 20 },
          { date: "2024-02-10", value: 22.4 },
        ],
      },
      {
        id: "b",
        label: "Candidate B",
        points: [
          { date: "2024-01-10", value: 25 },
          { date: "2024-02-10", value: 24.4 },
        ],
      },
      {
        id: "c",
        label: "Candidate C",
        points: [
          { date: "2024-01-10", value: 9 },
          { date: "2024-02-10", value: 8 },
        ],
      },
      {
        id: "d",
        label: "Candidate D",
        points: [
          { date: "2024-01-10", value: 31 },
          { date: "2024-02-10", value: 30 },
        ],
      },
      {
        id: "e",
        label: "Candidate E",
        points: [
          { date: "2024-01-10", value: 3 },
          { date: "2024-02-10", value: 4 },
        ],
      },
    ],
  };

  it("lists the key by latest value, highest first, not in input order", () => {
    const d = parseSvg(renderTrendChart(field, { width: 320 }));
    expect(keyTexts(d)).toEqual([
      "30% Candidate D",
      "24.4% Candidate B",
      "22.4% Candidate A",
      "8% Candidate C",
      "4% Candidate E",
    ]);
  });

  it("gives a highlighted series the color of its place in the dataset, and draws the others grey, thinner", () => {
    const d = parseSvg(renderTrendChart(field, { highlight: ["d", "b"] }));
    const lines = byRole(d, "graphics-object").map((g) => g.querySelector("path.pt-line0, [class*=pt-line]"));
    const stroke = (label: string) =>
      byRole(d, "graphics-object")
        .find((g) => g.getAttribute("aria-label")?.startsWith(label))
        ?.querySelector("[class*=pt-line]");
    expect(lines).toHaveLength(5);
    // Candidates A to E are series 0 to 4: D keeps the palette's fourth color, B its second, whoever leads.
    expect(stroke("Candidate D")?.getAttribute("stroke")).toBe(LIGHT.series[3]);
    expect(stroke("Candidate B")?.getAttribute("stroke")).toBe(LIGHT.series[1]);
    for (const grey of ["Candidate A", "Candidate C", "Candidate E"]) {
      expect(LIGHT.series).not.toContain(stroke(grey)?.getAttribute("stroke"));
      expect(Number(stroke(grey)?.getAttribute("stroke-width"))).toBeLessThan(2.5);
    }
  });
});

describe("poll averages drawn honestly", () => {
  it("gives a band to at most three highlighted averages, never to grey ones", () => {
    const four: PollDataset = {
      title: "Four trackers",
      series: [
        { id: "a", label: "A", points: daily("a", 40, 60) },
        { id: "b", label: "B", points: daily("b", 30, 60) },
        { id: "c", label: "C", points: daily("c", 20, 60) },
        { id: "d", label: "D", points: daily("d", 10, 60) },
      ],
    };
    expect(parseSvg(renderTrendChart(four, { highlight: ["a", "b", "c"] })).querySelectorAll(".pt-band")).toHaveLength(
      3,
    );
    // Four in color: the bands would cover each other; none is drawn, and the footer names none.
    const all = parseSvg(renderTrendChart(four));
    expect(all.querySelectorAll(".pt-band")).toHaveLength(0);
    expect(all.documentElement.textContent).not.toMatch(/bands:/);
  });

  it("never draws a band or line across a gap in the polling", () => {
    const gap: PollDataset = {
      title: "A tracker that stopped for a year",
      series: [
        {
          id: "a",
          label: "Approve",
          points: [...daily("a", 45, 60), ...daily("a", 40, 60, Date.UTC(2025, 6, 1))],
        },
      ],
    };
    const d = parseSvg(renderTrendChart(gap));
    expect(d.querySelector(".pt-band")?.getAttribute("d")?.match(/M/g)).toHaveLength(2);
    expect(d.querySelector("[class*=pt-line]")?.getAttribute("d")?.match(/M/g)).toHaveLength(2);
  });

  it("writes an average's value in the key with its one decimal, even when it is whole", () => {
    const d = parseSvg(renderTrendChart(tracker, { labels: "legend" }));
    const values = keyTexts(d).map((t) => t.split(" ")[0]);
    expect(values).toHaveLength(2);
    for (const v of values) expect(v).toMatch(/^\d+\.\d%$/);
  });

  it("averages net values below zero: an estimate is not held at 0", () => {
    const net: PollDataset = {
      title: "Net approval",
      series: [{ id: "n", label: "Net approval", measure: "net", points: daily("n", -12, 60) }],
    };
    const latest = describeTrend(net).series[0]?.average?.latest.value ?? 0;
    expect(latest).toBeLessThan(-8);
    expect(latest).toBeGreaterThan(-16);
    const d = parseSvg(renderTrendChart(net));
    // The zero line is drawn for net series, above the plot's data here.
    expect(d.querySelector(".pt-kze")).not.toBeNull();
  });
});

describe("what the chart and words say of its marks agree", () => {
  const two: PollDataset = {
    title: "Two trackers",
    series: [
      { id: "a", label: "Approve", points: daily("a", 45, 90) },
      { id: "b", label: "Disapprove", points: daily("b", 50, 90) },
    ],
  };

  it("names in an average's label the range of the band drawn, as the footer does", () => {
    const facts = describeTrend(two).series[0]?.average?.latest;
    const one = (v: number | undefined) => `${(v ?? 0).toFixed(1)}%`;
    const label = (band?: "average" | "polls" | "none") =>
      byRole(parseSvg(renderTrendChart(two, band ? { band } : {})), "graphics-object")
        .map((g) => g.getAttribute("aria-label") ?? "")
        .find((l) => l.startsWith("Approve, poll average")) ?? "";
    expect(label()).toContain(
      `the average itself between ${one(facts?.lower)} and ${one(facts?.upper)} with 95% confidence`,
    );
    expect(label("polls")).toContain(
      `95% of polls expected between ${one(facts?.pollLower)} and ${one(facts?.pollUpper)}`,
    );
    expect(label("none")).not.toMatch(/between/);
  });

  it("tells grey series apart by marker shape", () => {
    const eight: PollDataset = {
      title: "Eight answers",
      series: Array.from({ length: 8 }, (_, i) => ({
        id: `s${i}`,
        label: `Answer ${i}`,
        points: [
          { date: "2021-01-01", value: 40 + i },
          { date: "2021-03-01", value: 41 + i },
        ],
      })),
    };
    const d = parseSvg(renderTrendChart(eight));
    const shapeOf = (label: string) =>
      byRole(d, "graphics-object")
        .find((g) => g.getAttribute("aria-label")?.startsWith(label))
        ?.querySelector('[role="graphics-symbol"]')
        ?.getAttribute("d")
        ?.replace(/[\d.,-]+/g, "");
    // The two lowest are grey; they differ by shape.
    expect(shapeOf("Answer 0")).not.toBe(shapeOf("Answer 1"));
  });

  it("dates a daily series' short summary by the day, not a month that holds every poll", () => {
    const month: PollDataset = {
      title: "A month of daily polls",
      series: [
        {
          id: "d",
          label: "Approve",
          points: Array.from({ length: 28 }, (_, i) => ({
            date: `2024-02-${String(i + 1).padStart(2, "0")}`,
            value: i === 27 ? 45.8 : i === 0 ? 45 : 44,
          })),
        },
      ],
    };
    expect(summarizeTrend(month, { length: "short" })).toBe(
      "A month of daily polls. Approve: 45.8% on Feb. 28, 2024, up 0.8 percentage points from 45% on Feb. 1, 2024.",
    );
  });
});

describe("a crossing of two averages, dated as a reader needs", () => {
  it("says the month of the overtaking with its year, and the latest values on their day", () => {
    const days = 120;
    const line = (id: string, from: number, to: number): PollPoint[] =>
      daily(id, 0, days).map((p, i) => ({
        ...p,
        value: Math.round((from + ((to - from) * i) / days + p.value) * 10) / 10,
      }));
    const crossing: PollDataset = {
      title: "Two lines that cross",
      series: [
        { id: "a", label: "Approve", points: line("a", 50, 40) },
        { id: "b", label: "Disapprove", points: line("b", 40, 50) },
      ],
    };
    expect(summarizeTrend(crossing, { length: "short" })).toMatch(
      /^The “Disapprove” average overtook the “Approve” average in [A-Z][a-z]+ 2024; \d+\.\d% to \d+\.\d% on [A-Z][a-z]+\.? \d{1,2}, 2024\.$/,
    );
  });
});
