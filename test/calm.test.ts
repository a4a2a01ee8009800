import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STEPPED, SUBTITLE, TITLE } from "../src/chart/sizes.js";
import { DEFAULT_MEASURE } from "../src/chart/text.js";
import { BAND_TINT, LIGHT } from "../src/chart/theme.js";
import { apNorcUkraineSupport, layout, parseCsv, type PollDataset, renderTrendChart } from "./api.js";
import { tracker } from "./cases.js";
import { parseSvg } from "./svg.js";

// Calmer defaults, as a desk would set them: a short footer (the method goes to the notes, the report
// and the summary), a header of at most four lines on a phone, bands without outlines that stack
// rather than blend where two meet.

const generic = parseCsv(
  readFileSync(join(import.meta.dirname, "data", "538-generic-polllist-2018-07-06.csv"), "utf8"),
  {
    title: "Democrats led the generic ballot through 2018",
    source: "FiveThirtyEight",
    filter: { column: "subgroup", value: "All polls" },
    valueColumns: ["dem", "rep"],
    labels: { dem: "Democrats", rep: "Republicans" },
    dateFormat: "M/D/YYYY",
    unknownColumns: "ignore",
  },
);
const cases: [string, PollDataset][] = [
  ["the bundled AP-NORC chart", apNorcUkraineSupport],
  ["a real tracker", tracker],
  ["the generic ballot", generic],
];
const lines = (blocks: readonly { readonly lines: readonly string[] }[]) =>
  blocks.reduce((n, b) => n + b.lines.length, 0);

describe("a footer of at most two lines at 640 px and three at 320", () => {
  for (const [name, data] of cases) {
    it(`holds for ${name}`, () => {
      expect(lines(layout(data, { width: 640 }).footer)).toBeLessThanOrEqual(2);
      expect(lines(layout(data, { width: 320 }).footer)).toBeLessThanOrEqual(3);
    });
  }

  it("leaves the averages' method to the notes (the report's and the summary's), out of the footer", () => {
    const chart = layout(tracker, { width: 640 });
    const footer = chart.footer.flatMap((b) => b.lines).join(" ");
    expect(footer).toBe("Source: FiveThirtyEight. Lines: poll averages; bands: 95% confidence ranges; dots: polls.");
    expect(chart.notes).toEqual([
      "Lines: poll averages; bands: 95% confidence ranges; dots: polls.",
      "Averages: a daily estimate that follows the polls as they come, each pollster counted once, larger polls weighted more.",
    ]);
  });
});

describe("a title and subtitle of at most four lines on a phone", () => {
  for (const [name, data] of cases) {
    it(`holds for ${name} at 320 px`, () => {
      const chart = layout(data, { width: 320 });
      expect(chart.title.lines.length + (chart.subtitle?.lines.length ?? 0)).toBeLessThanOrEqual(4);
    });
  }

  it("steps down a size each only where they would take more than four lines, never below 12 px", () => {
    const short = layout(apNorcUkraineSupport, { width: 320 });
    expect([short.title.size, short.subtitle?.size]).toEqual([TITLE.narrow, SUBTITLE]);
    const long = {
      ...apNorcUkraineSupport,
      subtitle: "Percent of U.S. adults who favor providing weapons to Ukraine, and sending funds directly",
    };
    // At the phone's sizes it would take more than four lines (296 px inside the padding): the step is earned.
    const at = (title: number, subtitle: number) =>
      DEFAULT_MEASURE.wrap(long.title, 296, title, true).length +
      DEFAULT_MEASURE.wrap(long.subtitle, 296, subtitle).length;
    expect(at(TITLE.narrow, SUBTITLE)).toBeGreaterThan(4);
    const before = layout(long, { width: 320 });
    expect([before.title.size, before.subtitle?.size]).toEqual([STEPPED.title, STEPPED.subtitle]);
    expect(STEPPED.subtitle).toBeGreaterThanOrEqual(12);
    const wide = layout(long, { width: 480 });
    expect([wide.title.size, wide.subtitle?.size]).toEqual([TITLE.wide, SUBTITLE]);
    // The subtitle's lines sit at its own size plus the leading.
    expect(before.subtitle?.lineHeight).toBe(STEPPED.subtitle + 4);
  });
});

describe("bands that meet stack, never blend", () => {
  const chart = layout(generic, { width: 640 });

  it("finds the generic ballot's two bands overlapping (the parties 3 points apart)", () => {
    const [dem, rep] = chart.series;
    const repAt = new Map(rep?.averageRuns.flat().map((e) => [e.date, e]));
    // In px, y grows downward: Democrats' lower edge (y0) below Republicans' upper edge (y1) is an overlap.
    const overlapping = (dem?.averageRuns.flat() ?? []).filter((e) => {
      const r = repAt.get(e.date);
      return r !== undefined && e.y0 > r.y1;
    });
    expect(overlapping.length).toBeGreaterThanOrEqual(5);
    // Where they overlap, the averages stand 3 to 4 points apart.
    const value = (s: typeof dem, date: string) => s?.average?.runs.flat().find((e) => e.date === date)?.value ?? 0;
    const apart = overlapping.map((e) => value(dem, e.date) - value(rep, e.date));
    expect(Math.min(...apart)).toBeGreaterThan(2.5);
    expect(Math.min(...apart)).toBeLessThan(4);
  });

  it("paints each band in an opaque tint under every dot and line, so the later covers the earlier", () => {
    const doc = parseSvg(renderTrendChart(generic, { width: 640 }));
    const paths = [...doc.querySelectorAll("path")];
    const bands = paths.filter((p) => p.classList.contains("pt-band"));
    expect(bands).toHaveLength(2);
    for (const [i, band] of bands.entries()) {
      const color = LIGHT.series[i] ?? "";
      const channel = (hex: string, k: number) => Number.parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);
      const tint = `#${[0, 1, 2]
        .map((k) =>
          Math.round(255 + (channel(color, k) - 255) * BAND_TINT)
            .toString(16)
            .padStart(2, "0"),
        )
        .join("")}`;
      expect(band.getAttribute("fill")).toBe(tint);
      expect(band.hasAttribute("fill-opacity")).toBe(false);
      expect(band.hasAttribute("opacity")).toBe(false);
    }
    const firstMark = paths.findIndex(
      (p) => p.getAttribute("d")?.includes("h0") || /pt-line/.test(p.getAttribute("class") ?? ""),
    );
    expect(paths.indexOf(bands[1] as SVGPathElement)).toBeLessThan(firstMark);
  });
});
