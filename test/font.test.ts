import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textMeasure } from "../src/chart/text.js";
import { apNorcUkraineSupport, fontMetricsFromFile, renderTrendChart } from "../src/index.js";
import { thrown } from "./fixtures.js";
import { parseSvg } from "./svg.js";

/**
 * A minimal TrueType font, built here byte by byte: `head` (units per em), `hhea` (number of metrics),
 * `hmtx` (advance widths) and a format 4 `cmap` mapping each character to its glyph.
 */
function tinyFont(unitsPerEm: number, advances: Record<string, number>): Uint8Array {
  const chars = Object.keys(advances).sort((a, b) => (a.codePointAt(0) as number) - (b.codePointAt(0) as number));
  const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
  const u32 = (n: number) => [...u16(n >>> 16), ...u16(n & 0xffff)];
  const head = new Array(54).fill(0);
  head.splice(18, 2, ...u16(unitsPerEm));
  const hhea = new Array(36).fill(0);
  hhea.splice(34, 2, ...u16(chars.length + 1));
  // Glyph 0 is .notdef; glyph i + 1 is chars[i].
  const hmtx = [...u16(500), 0, 0, ...chars.flatMap((c) => [...u16(advances[c] as number), 0, 0])];
  // One segment per character, then the final 0xFFFF segment; idDelta maps code to glyph.
  const codes = chars.map((c) => c.codePointAt(0) as number);
  const segments = codes.length + 1;
  const ends = [...codes, 0xffff];
  const starts = [...codes, 0xffff];
  const deltas = [...codes.map((code, i) => (i + 1 - code) & 0xffff), 1];
  const sub = [
    ...u16(4),
    ...u16(16 + 8 * segments),
    ...u16(0),
    ...u16(2 * segments),
    0,
    0,
    0,
    0,
    0,
    0,
    ...ends.flatMap(u16),
    ...u16(0),
    ...starts.flatMap(u16),
    ...deltas.flatMap(u16),
    ...ends.map(() => 0).flatMap(u16),
  ];
  const cmap = [...u16(0), ...u16(1), ...u16(3), ...u16(1), ...u32(12), ...sub];
  const tables: [string, number[]][] = [
    ["cmap", cmap],
    ["head", head],
    ["hhea", hhea],
    ["hmtx", hmtx],
  ];
  const bytes: number[] = [...u32(0x00010000), ...u16(tables.length), 0, 0, 0, 0, 0, 0];
  let offset = 12 + 16 * tables.length;
  const body: number[] = [];
  for (const [tag, data] of tables) {
    bytes.push(...[...tag].map((c) => c.charCodeAt(0)), 0, 0, 0, 0, ...u32(offset), ...u32(data.length));
    body.push(...data);
    offset += data.length;
  }
  return new Uint8Array([...bytes, ...body]);
}

describe("fontMetricsFromFile(regular, bold?): advance widths from a font file", () => {
  it("reads each character's advance width in em from head, hhea, hmtx and cmap", () => {
    const metrics = fontMetricsFromFile(tinyFont(2048, { a: 1024, b: 512, " ": 256 }), tinyFont(1000, { a: 700 }));
    expect(metrics.widths).toEqual({ " ": 0.125, a: 0.5, b: 0.25 });
    expect(metrics.boldWidths).toEqual({ a: 0.7 });
  });

  it("refuses WOFF and anything that is not a font, in words", () => {
    const woff = new Uint8Array([0x77, 0x4f, 0x46, 0x32, ...new Array(40).fill(0)]);
    expect((thrown(() => fontMetricsFromFile(woff)) as Error).message).toMatch(
      /reads \.ttf and \.otf fonts, received WOFF/,
    );
    expect((thrown(() => fontMetricsFromFile(new TextEncoder().encode("not a font at all"))) as Error).message).toMatch(
      /needs the bytes of a \.ttf or \.otf font/,
    );
  });

  const dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  it.runIf(existsSync(dejavu))("reads DejaVu Sans as its designers set it: a = 1255/2048 em, W = 2025/2048 em", () => {
    const { widths } = fontMetricsFromFile(readFileSync(dejavu));
    expect(widths.a).toBe(Math.round((1255 / 2048) * 1000) / 1000);
    expect(widths.W).toBe(Math.round((2025 / 2048) * 1000) / 1000);
  });
});

describe("textMeasure(metrics?): widths for layout, with the WCAG 1.4.12 spacing override always on top", () => {
  // Arial's and DejaVu Sans' advance widths (in thousandths of an em) of the letters of "Wave", as published.
  const arial = { W: 944, a: 556, v: 500, e: 556 };
  const dejavu = { W: 989, a: 613, v: 592, e: 615 };
  const spacing = (text: string) => text.length * 0.12 + (text.split(" ").length - 1) * 0.16;

  it("takes, by default, the wider of Arial and DejaVu Sans for each letter, plus the spacing override", () => {
    const em = [..."Wave"].reduce((sum, c) => sum + Math.max(arial[c as "W"], dejavu[c as "W"]) / 1000, 0);
    expect(textMeasure().width("Wave", 10)).toBeCloseTo((em + spacing("Wave")) * 10, 9);
  });

  it("uses a font's own widths where its metrics give them, and bold widths 1.13 times the regular without them", () => {
    const narrow = textMeasure({ widths: { W: 0.5, a: 0.25, v: 0.25, e: 0.25 } });
    expect(narrow.width("Wave", 10)).toBeCloseTo((1.25 + spacing("Wave")) * 10, 9);
    expect(narrow.width("Wave", 10, true)).toBeCloseTo((1.25 * 1.13 + spacing("Wave")) * 10, 9);
    const withBold = textMeasure({ widths: { a: 0.25 }, boldWidths: { a: 0.4 } });
    expect(withBold.width("aa", 10, true)).toBeCloseTo((0.8 + spacing("aa")) * 10, 9);
  });

  it("wraps at spaces to the limit, and splits a word only when it alone is wider than a line", () => {
    const m = textMeasure({ widths: { a: 0.38, " ": 0.28 } });
    // Each "aaaa" is 4 × (0.38 + 0.12) = 2 em; with a space between, two words are 4 + 0.28 + 0.12 + 0.16 em.
    expect(m.wrap("aaaa aaaa aaaa", 4.6 * 10, 10)).toEqual(["aaaa aaaa", "aaaa"]);
    expect(m.wrap("aaaa aaaa aaaa", 4.5 * 10, 10)).toEqual(["aaaa", "aaaa", "aaaa"]);
    expect(m.wrap("aaaaaa", 2 * 10, 10)).toEqual(["aaaa", "aa"]);
  });
});

describe("renderTrendChart(dataset, { fontMetrics }): text wraps to the page's font", () => {
  const titleLines = (svg: string) =>
    parseSvg(svg).querySelector("text[font-weight=bold]")?.querySelectorAll("tspan").length ?? 0;

  it("wraps a title in fewer lines for a narrow font than for the built-in widths", () => {
    const widths = Object.fromEntries([..."abcdefghijklmnopqrstuvwxyzSU "].map((c) => [c, 0.3]));
    const narrow = renderTrendChart(apNorcUkraineSupport, { width: 400, fontMetrics: { widths } });
    const built = renderTrendChart(apNorcUkraineSupport, { width: 400 });
    expect(titleLines(built)).toBeGreaterThan(titleLines(narrow));
  });

  it("refuses metrics that are not widths in em, naming the option", () => {
    expect(
      (thrown(() => renderTrendChart(apNorcUkraineSupport, { fontMetrics: { widths: { a: -1 } } })) as Error).message,
    ).toMatch(/options\.fontMetrics: expected \{ widths, boldWidths\? \}/);
  });
});
