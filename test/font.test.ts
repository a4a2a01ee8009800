import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, deflateSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
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

  it("refuses anything that is not a font, in words", () => {
    expect((thrown(() => fontMetricsFromFile(new TextEncoder().encode("not a font at all"))) as Error).message).toMatch(
      /needs the bytes of a \.ttf, \.otf, \.woff or \.woff2 font/,
    );
  });

  const dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  it.runIf(existsSync(dejavu))("reads DejaVu Sans as its designers set it: a = 1255/2048 em, W = 2025/2048 em", () => {
    const { widths } = fontMetricsFromFile(readFileSync(dejavu));
    expect(widths.a).toBe(Math.round((1255 / 2048) * 1000) / 1000);
    expect(widths.W).toBe(Math.round((2025 / 2048) * 1000) / 1000);
  });
});

/** The tables of an sfnt, by tag, in the order of its directory. */
function sfntTables(font: Uint8Array): [string, Uint8Array][] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) => {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    const [offset, length] = [view.getUint32(record + 8), view.getUint32(record + 12)];
    return [tag, font.subarray(offset, offset + length)];
  });
}

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [...u16(n >>> 16), ...u16(n & 0xffff)];
const tagBytes = (tag: string) => [...tag].map((c) => c.charCodeAt(0));

/** A WOFF of a TrueType font, as the W3C's WOFF 1.0 lays it out: each table zlib-compressed where that is smaller. */
function toWoff(font: Uint8Array): Uint8Array {
  const tables = sfntTables(font).map(([tag, data]) => {
    const packed = deflateSync(data);
    return { tag, data, stored: packed.length < data.length ? packed : data };
  });
  let offset = 44 + 20 * tables.length;
  const directory: number[] = [];
  const body: Uint8Array[] = [];
  for (const { tag, data, stored } of tables) {
    directory.push(...tagBytes(tag), ...u32(offset), ...u32(stored.length), ...u32(data.length), ...u32(0));
    const padded = Buffer.concat([stored, Buffer.alloc((4 - (stored.length % 4)) % 4)]);
    body.push(padded);
    offset += padded.length;
  }
  const header = [...tagBytes("wOFF"), ...u32(0x00010000), ...u32(offset), ...u16(tables.length), 0, 0];
  header.push(...u32(font.length), ...u16(1), ...u16(0), ...new Array(20).fill(0));
  return new Uint8Array(Buffer.concat([Buffer.from([...header, ...directory]), ...body]));
}

/** A WOFF2 UIntBase128. */
const base128 = (n: number) => {
  const bytes = [n & 0x7f];
  for (let rest = Math.floor(n / 128); rest > 0; rest = Math.floor(rest / 128)) bytes.unshift((rest & 0x7f) | 0x80);
  return bytes;
};

/**
 * A WOFF2 of a TrueType font, as the W3C's WOFF 2.0 lays it out: a directory (the four tables read
 * here and glyf and loca by their known index, others by tag), then one Brotli stream of every table.
 * glyf and loca are left untransformed (version 3); with `hmtx: "transformed"`, hmtx is sent in its
 * transformed form (version 1: flags 3, the advance widths, no side bearings).
 */
function toWoff2(font: Uint8Array, { hmtx = "plain" }: { hmtx?: "plain" | "transformed" } = {}): Uint8Array {
  const known: Record<string, number> = { cmap: 0, head: 1, hhea: 2, hmtx: 3, glyf: 10, loca: 11 };
  const tables = sfntTables(font);
  const hhea = tables.find(([tag]) => tag === "hhea")?.[1] as Uint8Array;
  const metrics = new DataView(hhea.buffer, hhea.byteOffset).getUint16(34);
  const directory: number[] = [];
  const stream: Uint8Array[] = [];
  for (const [tag, data] of tables) {
    const index = known[tag] ?? 63;
    const version = tag === "glyf" || tag === "loca" ? 3 : tag === "hmtx" && hmtx === "transformed" ? 1 : 0;
    directory.push((version << 6) | index, ...(index === 63 ? tagBytes(tag) : []), ...base128(data.length));
    if (version === 1) {
      const advances = Array.from({ length: metrics }, (_, g) => [...data.subarray(4 * g, 4 * g + 2)]).flat();
      directory.push(...base128(1 + advances.length));
      stream.push(new Uint8Array([3, ...advances]));
    } else stream.push(data);
  }
  // Quality 5, not 11: the same format, made in a fraction of the time.
  const packed = brotliCompressSync(Buffer.concat(stream), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  const length = 48 + directory.length + packed.length;
  const header = [...tagBytes("wOF2"), ...u32(0x00010000), ...u32(length), ...u16(tables.length), 0, 0];
  header.push(...u32(font.length), ...u32(packed.length), ...u16(1), ...u16(0), ...new Array(20).fill(0));
  return new Uint8Array(Buffer.concat([Buffer.from([...header, ...directory]), packed]));
}

describe("fontMetricsFromFile(woff2 or woff): the files a site serves", () => {
  const fonts = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
  ].filter((file) => existsSync(file));
  const work = mkdtempSync(join(tmpdir(), "poll-trend-woff-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("reads a WOFF2 and a WOFF made here from a tiny font, with a transformed hmtx too, as the font itself", () => {
    const font = tinyFont(2048, { a: 1024, b: 512, " ": 256 });
    const widths = { " ": 0.125, a: 0.5, b: 0.25 };
    for (const file of [toWoff(font), toWoff2(font), toWoff2(font, { hmtx: "transformed" })])
      expect(fontMetricsFromFile(file).widths).toEqual(widths);
  });

  it.runIf(fonts.length)("reads a real font's WOFF2 (plain and transformed hmtx) and WOFF as its TTF", () => {
    for (const file of fonts) {
      const ttf = new Uint8Array(readFileSync(file));
      const expected = fontMetricsFromFile(ttf);
      expect(Object.keys(expected.widths).length).toBeGreaterThan(150);
      expect(fontMetricsFromFile(toWoff2(ttf)), file).toEqual(expected);
      expect(fontMetricsFromFile(toWoff2(ttf, { hmtx: "transformed" })), file).toEqual(expected);
      expect(fontMetricsFromFile(toWoff(ttf)), file).toEqual(expected);
      expect(fontMetricsFromFile(toWoff2(ttf), toWoff(ttf))).toEqual({
        widths: expected.widths,
        boldWidths: expected.widths,
      });
    }
  });

  const tools = ["woff2_compress", "sfnt2woff"].every((tool) => {
    try {
      execFileSync("sh", ["-c", `command -v ${tool}`]);
      return true;
    } catch {
      return false;
    }
  });
  it.runIf(tools && fonts.length)(
    "reads the WOFF2 of Debian's woff2_compress (glyf and loca transformed) and the WOFF of sfnt2woff as the TTF",
    () => {
      for (const file of fonts) {
        const ttf = join(work, file.split("/").at(-1) as string);
        execFileSync("cp", [file, ttf]);
        execFileSync("woff2_compress", [ttf], { stdio: "ignore" });
        execFileSync("sfnt2woff", [ttf], { stdio: "ignore" });
        const expected = fontMetricsFromFile(readFileSync(ttf));
        const woff2 = readFileSync(ttf.replace(/\.ttf$/, ".woff2"));
        expect(woff2.subarray(0, 4).toString("latin1")).toBe("wOF2");
        expect(fontMetricsFromFile(woff2), file).toEqual(expected);
        expect(fontMetricsFromFile(readFileSync(ttf.replace(/\.ttf$/, ".woff"))), file).toEqual(expected);
      }
    },
  );

  it("names the format of a damaged web font, and never calls a WOFF2 a WOFF", () => {
    const font = tinyFont(1000, { a: 500 });
    const woff2 = toWoff2(font);
    const cut = (thrown(() => fontMetricsFromFile(woff2.subarray(0, woff2.length - 8))) as Error).message;
    expect(cut).toBe("poll-trend: the WOFF2 font is damaged: its compressed tables run past its end");
    const woff = toWoff(font);
    expect((thrown(() => fontMetricsFromFile(woff.subarray(0, 60))) as Error).message).toBe(
      "poll-trend: the WOFF font is damaged: its table directory runs past its end",
    );
    const collection = new Uint8Array(woff2);
    collection.set(tagBytes("ttcf"), 4);
    expect((thrown(() => fontMetricsFromFile(collection)) as Error).message).toBe(
      "poll-trend: fontMetricsFromFile reads one font, received a WOFF2 font collection",
    );
  });

  it("says, outside Node, that WOFF2 needs node:zlib, naming the format", () => {
    const getBuiltinModule = process.getBuiltinModule;
    Object.assign(process, { getBuiltinModule: undefined });
    try {
      const message = (thrown(() => fontMetricsFromFile(toWoff2(tinyFont(1000, { a: 500 })))) as Error).message;
      expect(message).toMatch(/^poll-trend: fontMetricsFromFile decompresses a WOFF2 font with node:zlib/);
    } finally {
      Object.assign(process, { getBuiltinModule });
    }
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
