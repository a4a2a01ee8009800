import { type FontMetrics, METRIC_CHARACTERS } from "./metrics.js";
import { unwrapWoff, unwrapWoff2 } from "./woff.js";

// Reads the advance widths of a TrueType or OpenType font (an sfnt: .ttf, .otf, or the first font of a
// .ttc) from its `head`, `hhea`, `hmtx` and `cmap` tables, as the OpenType specification lays them out.
// WOFF and WOFF2 wrap the same tables in compression: woff.ts unwraps them first.

const NOT_A_FONT = "poll-trend: fontMetricsFromFile needs the bytes of a .ttf, .otf, .woff or .woff2 font";

/** A font file's table directory: where each table starts, by its tag. */
export interface Tables {
  readonly view: DataView;
  readonly offsets: ReadonlyMap<string, number>;
}

/**
 * The table directory of a TrueType or OpenType font (the first of a collection), unwrapped from WOFF or
 * WOFF2 first; a `TypeError` for bytes that are not a font or lack a table the widths need.
 */
export function tables(file: Uint8Array): Tables {
  const signature = String.fromCharCode(...file.subarray(0, 4));
  const bytes = signature === "wOFF" ? unwrapWoff(file) : signature === "wOF2" ? unwrapWoff2(file) : file;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12) throw new TypeError(NOT_A_FONT);
  let start = 0;
  if (signature === "ttcf") start = view.getUint32(12);
  const version = view.getUint32(start);
  if (version !== 0x00010000 && tag(start) !== "OTTO" && tag(start) !== "true") throw new TypeError(NOT_A_FONT);
  const count = view.getUint16(start + 4);
  const offsets = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = start + 12 + 16 * i;
    offsets.set(tag(record), view.getUint32(record + 8));
  }
  for (const needed of ["head", "hhea", "hmtx", "cmap"]) {
    if (!offsets.has(needed)) throw new TypeError(`poll-trend: the font has no ${needed} table`);
  }
  return { view, offsets };
}

/** The glyph of each code point asked for, from a format 4 (BMP) or format 12 (full Unicode) cmap subtable. */
export function glyphLookup({ view, offsets }: Tables): (code: number) => number {
  const cmap = offsets.get("cmap")!;
  const count = view.getUint16(cmap + 2);
  let best: { offset: number; format: number } | undefined;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || (format === 12 && best.format === 4)) best = { offset, format };
  }
  if (!best) throw new TypeError("poll-trend: the font has no Unicode character map");
  const { offset, format } = best;
  if (format === 12) {
    const groups = view.getUint32(offset + 12);
    return (code) => {
      for (let g = 0; g < groups; g++) {
        const at = offset + 16 + 12 * g;
        const first = view.getUint32(at);
        if (code >= first && code <= view.getUint32(at + 4)) return view.getUint32(at + 8) + code - first;
      }
      return 0;
    };
  }
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  return (code) => {
    for (let s = 0; s < segments; s++) {
      if (code > view.getUint16(ends + 2 * s)) continue;
      const first = view.getUint16(starts + 2 * s);
      if (code < first) return 0;
      const delta = view.getInt16(deltas + 2 * s);
      const range = view.getUint16(ranges + 2 * s);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(ranges + 2 * s + range + 2 * (code - first));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Advance widths in em of the characters poll-trend writes, read from one font file. */
function widthsOf(bytes: Uint8Array): Record<string, number> {
  const t = tables(bytes);
  const { view, offsets } = t;
  const unitsPerEm = view.getUint16(offsets.get("head")! + 18);
  const metrics = view.getUint16(offsets.get("hhea")! + 34);
  const hmtx = offsets.get("hmtx")!;
  const glyph = glyphLookup(t);
  const widths: Record<string, number> = {};
  for (const char of METRIC_CHARACTERS) {
    const id = glyph(char.codePointAt(0)!);
    if (id === 0) continue;
    // Glyphs past the last full metric share its advance width.
    const advance = view.getUint16(hmtx + 4 * Math.min(id, metrics - 1));
    widths[char] = Math.round((advance / unitsPerEm) * 1000) / 1000;
  }
  return widths;
}

/**
 * The {@link FontMetrics} of a font, read from its `.ttf` or `.otf` file (the first font of a `.ttc`), or
 * from the `.woff2` or `.woff` file a site serves, for a chart set in that font (`fontFamily`) to wrap its
 * text to the font's real widths. Give the bold file too: titles and labels are bold. Characters the font
 * lacks keep poll-trend's built-in widths. It reads bytes, so it works wherever they come from; WOFF and
 * WOFF2 are decompressed with node:zlib (zlib and Brotli), so those two only in Node (≥ 20.16).
 *
 * @throws {TypeError} when the bytes are not a TrueType, OpenType, WOFF or WOFF2 font, or are damaged
 * (the message names the format); for WOFF or WOFF2 outside Node.
 * @example
 * import { readFileSync } from "node:fs";
 * const regular = readFileSync("node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2");
 * const bold = readFileSync("node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2");
 * const fontMetrics = fontMetricsFromFile(regular, bold);
 * renderTrendChart(dataset, { fontFamily: '"Source Serif 4", serif', fontMetrics });
 */
export function fontMetricsFromFile(regular: Uint8Array, bold?: Uint8Array): FontMetrics {
  const widths = widthsOf(regular);
  return Object.freeze({
    widths: Object.freeze(widths),
    ...(bold ? { boldWidths: Object.freeze(widthsOf(bold)) } : {}),
  });
}
