import { glyphLookup, tables } from "../font/sfnt.js";

// What poll-trend/png reads from a TrueType or OpenType file (the first font of a .ttc): its family name
// (`name`), whether it is bold (`OS/2`), and which characters it draws (`cmap`), as the OpenType
// specification lays those tables out. The widths that the chart's layout needs come from
// fontMetricsFromFile (src/font/sfnt.ts), which also refuses what is not a font; this file reads only
// what resvg needs named and what decides whether a text can be drawn at all.

/** What a font file says about itself. */
export interface FontFacts {
  /** The family, as CSS names it and resvg matches it: `Liberation Sans`. */
  readonly family: string;
  /** Whether the font's weight is 600 or more (the chart's bold text). */
  readonly bold: boolean;
  /** Whether the font has a glyph for a code point. */
  readonly covers: (codePoint: number) => boolean;
}

type Tables = ReadonlyMap<string, number>;

/** UTF-16BE (Unicode and Windows platforms) or Mac Roman, read as Latin-1, which agrees for ASCII names. */
function nameText(view: DataView, at: number, length: number, wide: boolean): string {
  if (!wide) return String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + at, length));
  let text = "";
  for (let i = 0; i + 1 < length; i += 2) text += String.fromCharCode(view.getUint16(at + i));
  return text;
}

/** The typographic family (name 16), else the family (name 1); US English first, then any. */
function familyName(view: DataView, tables: Tables): string {
  const name = tables.get("name");
  if (name === undefined) return "";
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  let best: { rank: number; text: string } | undefined;
  for (let i = 0; i < count; i++) {
    const record = name + 6 + 12 * i;
    const platform = view.getUint16(record);
    const language = view.getUint16(record + 4);
    const id = view.getUint16(record + 6);
    if ((id !== 16 && id !== 1) || platform > 3 || platform === 2) continue;
    const rank = (id === 16 ? 0 : 4) + (platform === 3 ? (language === 0x409 ? 0 : 1) : platform === 0 ? 2 : 3);
    if (best && best.rank <= rank) continue;
    const text = nameText(view, strings + view.getUint16(record + 10), view.getUint16(record + 8), platform !== 1);
    if (text.trim()) best = { rank, text: text.trim() };
  }
  return best?.text ?? "";
}

/** usWeightClass of `OS/2` (700 is bold), else the bold bit of `head`'s macStyle. */
function isBold(view: DataView, tables: Tables): boolean {
  const os2 = tables.get("OS/2");
  if (os2 !== undefined) return view.getUint16(os2 + 4) >= 600;
  const head = tables.get("head");
  return head !== undefined && (view.getUint16(head + 44) & 1) === 1;
}

/**
 * The family, weight and characters of a font, from its bytes. The bytes must be a TrueType or OpenType
 * font (fontMetricsFromFile has checked that); a font without a `name` table has the family `""`.
 */
export function fontFacts(bytes: Uint8Array): FontFacts {
  // The same table directory and cmap reading as the widths (font/sfnt.ts): a glyph other than 0 is drawn.
  const directory = tables(bytes);
  const { view, offsets } = directory;
  const glyph = glyphLookup(directory);
  return { family: familyName(view, offsets), bold: isBold(view, offsets), covers: (code) => glyph(code) !== 0 };
}
