import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { atResolution, denseArea, densePath, dotsPath, short, simplify } from "../src/chart/dense.js";
import { DENSE_DOT_WIDTH } from "../src/chart/paint-average.js";
import { pollsCsv } from "../src/report/csv.js";
import { pack, unpack, unpackReports } from "../src/report/pack.js";
import { LONG_LIST } from "../src/report/report.js";
import { parseCsv, type PollDataset, renderReport, renderTrendChart, renderTrendFigure } from "./api.js";
import { parseSvg } from "./svg.js";

// Light output at any span: a tracker's dots as one path of round caps, lines written in tenths of a px
// and simplified within a quarter of one, a long list's report with its polls as a CSV file and its live
// chart's data packed. The sizes are the targets, measured on real lists.

const data = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, "data", name))).toString("utf8");

/** The dots of a dense path, decoded from its `M x y h0` and `m dx dy h0` by the test's own reading. */
function decodeDots(d: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, cmd, a, b] of d.matchAll(/([Mm])(-?[\d.]+)\s?(-?[\d.]+)h0/g)) {
    [x, y] = cmd === "M" ? [Number(a), Number(b)] : [x + Number(a), y + Number(b)];
    out.push([x, y]);
  }
  return out;
}

describe("dense paths: written in tenths of a px, relative, and simplified within a tolerance", () => {
  it("writes tenths as the shortest SVG number", () => {
    expect([12, 9, -3, 20, 0, -125, 105].map(short)).toEqual(["1.2", ".9", "-.3", "2", "0", "-12.5", "10.5"]);
  });

  it("writes dots as zero-length segments, each relative to the last, and a dot on the same tenth once", () => {
    const { d, dots } = dotsPath([
      { x: 10.04, y: 20 },
      { x: 10.96, y: 19.71 },
      { x: 10.96, y: 19.74 },
      { x: 12, y: 25 },
    ]);
    expect(d).toBe("M10 20h0m1-.3h0m1 5.3h0");
    expect(dots).toBe(3);
    expect(decodeDots(d)).toEqual([
      [10, 20],
      [11, 19.7],
      [12, 25],
    ]);
  });

  it("keeps every point of a line within the tolerance of its simplified line, and the ends", () => {
    const wave = Array.from({ length: 2000 }, (_, i) => ({
      x: i * 0.3,
      y: 100 + 20 * Math.sin(i / 40) + (i % 7) / 50,
    }));
    const kept = simplify(wave, 0.25);
    expect(kept.length).toBeLessThan(wave.length / 4);
    expect(kept[0]).toBe(wave[0]);
    expect(kept.at(-1)).toBe(wave.at(-1));
    // The test's own distance: from each point to the kept segment that spans its x, perpendicular to it.
    for (const p of wave) {
      const j = Math.max(
        1,
        kept.findIndex((k) => k.x >= p.x),
      );
      const [a, b] = [kept[j - 1], kept[j]] as [{ x: number; y: number }, { x: number; y: number }];
      const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
      expect(Math.abs(cross) / Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThanOrEqual(0.25 + 1e-9);
    }
    expect(densePath([wave.slice(0, 3), wave.slice(5, 6)], 0)).toBe("M0 100l.3 .5 .3 .5");
  });

  it("keeps a line of two points whole, and the ends of a short one: a run of two days is still drawn", () => {
    const [a, b, c] = [
      { x: 0, y: 10 },
      { x: 5, y: 20 },
      { x: 10, y: 10 },
    ];
    expect(simplify([a, b], 0.25)).toEqual([a, b]);
    expect(simplify([a], 0.25)).toEqual([a]);
    expect(densePath([[a, b]], 0.25)).toBe("M0 10l5 10");
    // The middle point 10 px off the line from a to c stays; 0.1 px off, it goes.
    expect(simplify([a, b, c], 0.25)).toEqual([a, b, c]);
    expect(simplify([a, { x: 5, y: 10.1 }, c], 0.25)).toEqual([a, c]);
  });

  it("writes a band as d3-shape's area: the upper edge forward, the lower back, keeping a span either edge needs", () => {
    // Both edges straight: the middle span goes.
    const flat = [
      { x: 0, y0: 12, y1: 8 },
      { x: 1, y0: 12, y1: 8 },
      { x: 2, y0: 12, y1: 8 },
    ];
    expect(denseArea([flat], 0.5)).toBe("M0 8l2 0 0 4-2 0z");
    // The lower edge bends at x = 1 by 0.71 px from its chord: the span stays, for both edges.
    const bent = [flat[0]!, flat[1]!, { x: 2, y0: 14, y1: 8 }];
    expect(denseArea([bent], 0.5)).toBe("M0 8l1 0 1 0 0 6-1-2-1 0z");
    // Within a tolerance of 1 px it goes again; a run of one span draws nothing.
    expect(denseArea([bent, [flat[0]!]], 1)).toBe("M0 8l2 0 0 6-2-2z");
  });
});

describe("a line drawn at the screen's resolution", () => {
  const span = (x: number, y: number) => ({ x, y, y0: y + 2, y1: y - 2 });

  it("leaves a line of points farther apart than the window as it is", () => {
    const sparse = [span(0, 10), span(3, 20), span(6, 5), span(9, 15)];
    expect(atResolution(sparse, 2)).toEqual(sparse);
  });

  it("flattens a zigzag finer than a px to its mean, and keeps both ends where they are", () => {
    // 40 estimates a px, alternating 10 and 20: what a daily average over decades puts in a px.
    const dense = Array.from({ length: 401 }, (_, i) => span(i / 40, i % 2 ? 20 : 10));
    const drawn = atResolution(dense, 2);
    expect(drawn[0]).toEqual(dense[0]);
    expect(drawn.at(-1)).toEqual(dense.at(-1));
    // In the middle, each point is the mean of the 161 around it (80 either side): 80 of one value, 81 of the other.
    for (const p of drawn.slice(80, -80)) expect(Math.abs(p.y - 15)).toBeLessThanOrEqual(5 / 161 + 1e-9);
    expect(drawn[200]?.y0).toBeCloseTo((drawn[200]?.y ?? 0) + 2, 9);
  });
});

describe("a long span stays light", () => {
  const britain = parseCsv(data("britpol-pollbase-2021-12-11.csv.gz"), {
    valueColumns: ["con", "lab", "lib"],
    labels: { con: "Conservative", lab: "Labour", lib: "Liberal" },
    title: "British voting intention, 1945–2021",
    source: "PollBase (Mark Pack), via britpol",
  });

  it("reads 6,275 polls of three parties, June 1945 to December 2021", () => {
    expect(britain.series.map((s) => s.points.length)).toEqual([6275, 6275, 6275]);
    expect(britain.series[0]?.points[0]?.date).toBe("1945-06-27");
    expect(britain.series[0]?.points.at(-1)?.date).toBe("2021-12-10");
  });

  for (const width of [640, 320]) {
    it(`draws 76 years at ${width} px in at most 0.6 MB, at most 15 bytes a dot`, () => {
      const svg = renderTrendChart(britain, { width });
      expect(svg.length).toBeLessThanOrEqual(600_000);
      const doc = parseSvg(svg);
      const dense = [...doc.querySelectorAll("path")].filter((p) => /h0/.test(p.getAttribute("d") ?? ""));
      expect(dense).toHaveLength(3);
      let total = 0;
      for (const path of dense) {
        const d = path.getAttribute("d") ?? "";
        const dots = decodeDots(d);
        // Every dot is a round cap of the stroke's width, and every one lies in the plot.
        expect(path.getAttribute("stroke-linecap")).toBe("round");
        expect(Number(path.getAttribute("stroke-width"))).toBe(DENSE_DOT_WIDTH);
        expect(dots.length).toBeGreaterThan(1000);
        expect(dots.every(([x, y]) => x > 0 && x < width && y > 0)).toBe(true);
        expect(d.length / dots.length).toBeLessThanOrEqual(15);
        total += dots.length;
      }
      // About 10 bytes a dot: the figure the README gives.
      expect(dense.reduce((n, p) => n + (p.getAttribute("d")?.length ?? 0), 0) / total).toBeLessThan(11);
    });
  }
});

describe("a long list's report: the table by month, every poll as a CSV file, the live chart's data packed", () => {
  const term = parseCsv(data("538-approval-polllist-2021-01-20.csv.gz"), {
    filter: { column: "subgroup", value: "All polls" },
    valueColumns: ["approve", "disapprove"],
    dateFormat: "M/D/YYYY",
    unknownColumns: "ignore",
  });
  const html = renderReport(term);
  const doc = new JSDOM(html).window.document;

  it("weighs at most 1.5 MB for a whole term's 6,854 polls", () => {
    expect(term.series.map((s) => s.points.length)).toEqual([6854, 6854]);
    expect(6854).toBeGreaterThan(LONG_LIST);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(1_500_000);
    // No table of every poll; the table by month stays, a row per month of the term (Jan. 2017 to Jan. 2021).
    expect(doc.querySelectorAll("table")).toHaveLength(1);
    expect(doc.querySelectorAll("table tbody tr")).toHaveLength(49);
  });

  it("links every poll as a CSV file that poll-trend reads back to the same polls", () => {
    const link = doc.querySelector('a[download="polls.csv"]');
    expect(link?.textContent).toBe("Every poll, as a CSV file (6,854 rows)");
    const href = link?.getAttribute("href") ?? "";
    expect(href.startsWith("data:text/csv;charset=utf-8,")).toBe(true);
    const csv = decodeURIComponent(href.slice(href.indexOf(",") + 1));
    expect(csv).toBe(pollsCsv(term));
    const back = parseCsv(csv, { valueColumns: ["approve", "disapprove"] });
    for (const [i, s] of term.series.entries()) {
      const read = back.series[i]?.points ?? [];
      expect(read.map((p) => [p.date, p.value, p.pollster, p.sampleSize])).toEqual(
        s.points.map((p) => [p.date, p.value, p.pollster, p.sampleSize]),
      );
    }
  });

  it("packs the live chart's data, and the page's script unpacks it to the dataset whole", () => {
    const element = doc.querySelector("figure script[data-packed]");
    expect(element).not.toBeNull();
    unpackReports(doc);
    expect(doc.querySelector("figure script[data-packed]")).toBeNull();
    const config = JSON.parse(doc.querySelector('figure script[type="application/json"]')?.textContent ?? "{}");
    expect(config.dataset).toEqual(JSON.parse(JSON.stringify(term)));
    expect(config.options.idPrefix).toBe("report-chart");
  });

  it("packs any dataset losslessly: nested fields, missing fields, strings used once and many times", () => {
    const odd: PollDataset = {
      title: "t",
      series: [
        {
          id: "a",
          label: "A",
          points: [
            { date: "2020-01-01", value: 1, pollster: "P", responses: { yes: 1, no: 99 } },
            { date: "2020-01-02", value: 2, pollster: "P", sampleSize: 800, note: "once" },
          ],
        },
        {
          id: "b",
          label: "B",
          points: [{ date: "2020-01-02", value: 3, pollster: "P", sampleSize: 800, note: "once" }],
        },
      ],
    };
    const packed = pack(odd, { width: 300 });
    expect(packed.rows).toHaveLength(2);
    // One row per distinct reading (the poll both series asked about is one), a string used twice written once.
    expect(packed.strings).toEqual(["P"]);
    expect(unpack(JSON.parse(JSON.stringify(packed)))).toEqual({ dataset: odd, options: { width: 300 } });
  });
});

describe("a tracker's figure for pages without JavaScript", () => {
  it("weighs at most 200 KB for 907 polls at six widths", () => {
    const approval = parseCsv(data("snoutcounter-president-approval-polls-2026-02-14.csv.gz"), {
      valueColumns: ["approve", "disapprove"],
      dateFormat: "M/D/YYYY",
      unknownColumns: "ignore",
      invalidRows: "skip",
      asOf: "2026-02-14",
    });
    expect(approval.series.map((s) => s.points.length)).toEqual([907, 907]);
    const html = renderTrendFigure(approval);
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(200_000);
  });
});
