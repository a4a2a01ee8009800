// WOFF and WOFF2, the forms a web font ships in, unwrapped into the sfnt tables fontMetricsFromFile reads:
// `head`, `hhea`, `hmtx` and `cmap`. WOFF (W3C, 2012) compresses each table with zlib; WOFF2 (W3C, 2018)
// compresses all of them as one Brotli stream, and may transform `glyf`, `loca` and `hmtx`: glyph
// outlines are not needed for advance widths, and a transformed `hmtx` keeps the advance widths as they
// are, first after its flags byte. Decompression is node:zlib's, reached at run time, so nothing of Node
// is imported where the core runs in a browser.

/** The tables advance widths are read from. */
const NEEDED = ["head", "hhea", "hmtx", "cmap"];

/** The format of a font file's bytes, as errors name it. */
export type WebFontFormat = "WOFF" | "WOFF2";

/** node:zlib's decompressors, or an error naming the format: a browser has no synchronous zlib. */
function zlib(format: WebFontFormat): {
  inflateSync(data: Uint8Array): Uint8Array;
  brotliDecompressSync(data: Uint8Array): Uint8Array;
} {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const found = node?.getBuiltinModule?.("node:zlib");
  if (!found)
    throw new TypeError(
      `poll-trend: fontMetricsFromFile decompresses a ${format} font with node:zlib, which only Node ≥ 20.16 has; ` +
        `in a browser, give it the font's .ttf or .otf file, or let poll-trend/dom measure the font in the page`,
    );
  return found as ReturnType<typeof zlib>;
}

const tagAt = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** An error about a damaged web font, naming its format. */
const broken = (format: WebFontFormat, what: string) =>
  new TypeError(`poll-trend: the ${format} font is damaged: ${what}`);

/** A TrueType font of the given tables, as fontMetricsFromFile reads it (checksums left at 0). */
function sfntOf(tables: ReadonlyMap<string, Uint8Array>, format: WebFontFormat): Uint8Array {
  for (const tag of NEEDED)
    if (!tables.has(tag)) throw new TypeError(`poll-trend: the ${format} font has no ${tag} table`);
  const header = 12 + 16 * tables.size;
  let size = header;
  for (const table of tables.values()) size += (table.length + 3) & ~3;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tables.size);
  let record = 12;
  let offset = header;
  for (const [tag, table] of tables) {
    for (let i = 0; i < 4; i++) bytes[record + i] = tag.charCodeAt(i);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.length);
    bytes.set(table, offset);
    record += 16;
    offset += (table.length + 3) & ~3;
  }
  return bytes;
}

/** The sfnt inside a WOFF file: each table stored as is, or zlib-compressed when that is smaller. */
export function unwrapWoff(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 44) throw broken("WOFF", "its header is cut short");
  const count = view.getUint16(12);
  if (44 + 20 * count > bytes.length) throw broken("WOFF", "its table directory runs past its end");
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const entry = 44 + 20 * i;
    const tag = tagAt(bytes, entry);
    if (!NEEDED.includes(tag)) continue;
    const [offset, stored, length] = [4, 8, 12].map((k) => view.getUint32(entry + k)) as [number, number, number];
    if (offset + stored > bytes.length) throw broken("WOFF", `its ${tag} table runs past its end`);
    const data = bytes.subarray(offset, offset + stored);
    const table = stored < length ? zlib("WOFF").inflateSync(data) : data;
    if (table.length !== length) throw broken("WOFF", `its ${tag} table is ${table.length} bytes, not ${length}`);
    tables.set(tag, table);
  }
  return sfntOf(tables, "WOFF");
}

/** A WOFF2 UIntBase128: 7 bits a byte, high bit set on all but the last, at most 5 bytes and 32 bits. */
function base128(bytes: Uint8Array, at: { i: number }): number {
  let value = 0;
  for (let n = 0; n < 5; n++) {
    const byte = bytes[at.i++];
    if (byte === undefined || (n === 0 && byte === 0x80) || value > 0x1ffffff)
      throw broken("WOFF2", "a length in its table directory is malformed");
    value = value * 128 + (byte & 0x7f);
    if (byte < 0x80) return value;
  }
  throw broken("WOFF2", "a length in its table directory is longer than 5 bytes");
}

/** The WOFF2 tags by index that matter here (the rest are not read); 63 means the tag follows. */
const KNOWN_TAGS: Readonly<Record<number, string>> = {
  0: "cmap",
  1: "head",
  2: "hhea",
  3: "hmtx",
  10: "glyf",
  11: "loca",
};

/** A transformed `hmtx` (a flags byte, then `metrics` advance widths) as a plain one, its side bearings 0. */
function plainHmtx(transformed: Uint8Array, metrics: number): Uint8Array {
  if (1 + 2 * metrics > transformed.length) throw broken("WOFF2", "its transformed hmtx table is cut short");
  const plain = new Uint8Array(4 * metrics);
  for (let g = 0; g < metrics; g++) plain.set(transformed.subarray(1 + 2 * g, 3 + 2 * g), 4 * g);
  return plain;
}

/**
 * The sfnt inside a WOFF2 file: its table directory, then one Brotli stream of every table. A
 * transformed `hmtx` (flags, then the advance widths, then side bearings that may be left out) becomes
 * an `hmtx` of the same advance widths; side bearings are not read. A font collection is refused.
 */
export function unwrapWoff2(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 48) throw broken("WOFF2", "its header is cut short");
  if (tagAt(bytes, 4) === "ttcf")
    throw new TypeError("poll-trend: fontMetricsFromFile reads one font, received a WOFF2 font collection");
  const count = view.getUint16(12);
  const compressed = view.getUint32(20);
  const at = { i: 48 };
  const entries: { tag: string; length: number; transformed: boolean }[] = [];
  for (let n = 0; n < count; n++) {
    const flags = bytes[at.i++] ?? 0;
    let tag = KNOWN_TAGS[flags & 63] ?? `#${flags & 63}`;
    if ((flags & 63) === 63) {
      tag = tagAt(bytes, at.i);
      at.i += 4;
    }
    const version = flags >> 6;
    const length = base128(bytes, at);
    // glyf and loca are transformed unless their version is 3; every other table when it is not 0.
    const transformed = tag === "glyf" || tag === "loca" ? version !== 3 : version !== 0;
    entries.push({ tag, transformed, length: transformed ? base128(bytes, at) : length });
  }
  if (at.i + compressed > bytes.length) throw broken("WOFF2", "its compressed tables run past its end");
  const stream = zlib("WOFF2").brotliDecompressSync(bytes.subarray(at.i, at.i + compressed));
  const tables = new Map<string, Uint8Array>();
  let offset = 0;
  for (const { tag, length } of entries) {
    if (offset + length > stream.length) throw broken("WOFF2", `its ${tag} table runs past the decompressed data`);
    if (NEEDED.includes(tag)) tables.set(tag, stream.subarray(offset, offset + length));
    offset += length;
  }
  const hmtx = tables.get("hmtx");
  const hhea = tables.get("hhea");
  if (hmtx && hhea && entries.some((e) => e.tag === "hmtx" && e.transformed))
    tables.set("hmtx", plainHmtx(hmtx, new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength).getUint16(34)));
  return sfntOf(tables, "WOFF2");
}
