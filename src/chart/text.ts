import { BUILT_IN, type FontMetrics } from "../font/metrics.js";

// There is no DOM to measure text, so widths come from a table of advance widths: by default the wider of
// Arial and DejaVu Sans for each character (librsvg, Inkscape and a browser on a machine without Arial
// draw with DejaVu Sans), or the metrics of the page's own font. On top of the glyphs, always, the WCAG
// 1.4.12 text-spacing override a reader may apply: letter spacing 0.12em, word spacing 0.16em. A line
// laid out to these widths stays inside the chart in either font, with or without the override.
const LETTER_SPACING = 0.12;
const WORD_SPACING = 0.16;
/** Bold widths, when metrics give regular ones only: DejaVu Sans Bold is 13% wider than its regular. */
const BOLD_FACTOR = 1.13;
/** CJK, emoji and other wide scripts take a full em; other characters outside the table this much. */
const WIDE = 1;
const OTHER = 0.7;

/** A line's measure: its glyphs' width in em, and how many letters and spaces the spacing override widens. */
interface Measured {
  em: number;
  letters: number;
  spaces: number;
}

/** Measures and wraps text for one font: every width the layout decides with. */
export interface TextMeasure {
  /** The width in px that one line of text takes at a font size, under the text-spacing override too. */
  width(text: string, fontSize: number, bold?: boolean): number;
  /**
   * Breaks text into lines no wider than `limit`, at spaces where it can and inside a word only when the
   * word alone is wider than a line. Nothing is ever cut: text that needs more lines gets them.
   */
  wrap(text: string, limit: number, fontSize: number, bold?: boolean): string[];
  /** The widest of some lines, in px. */
  widest(lines: readonly string[], fontSize: number, bold?: boolean): number;
}

/** One weight's widths by character code: the first 256 in an array, the rest in a map. */
function table(base: ReadonlyMap<number, number>, own: Readonly<Record<string, number>> | undefined, scale: number) {
  const low = new Float64Array(256).fill(OTHER);
  const high = new Map<number, number>();
  const set = (code: number, em: number) => {
    if (code < 256) low[code] = em;
    else high.set(code, em);
  };
  for (const [code, em] of base) set(code, em);
  if (own) for (const char of Object.keys(own)) set(char.charCodeAt(0), own[char]! * scale);
  return (code: number) => (code < 256 ? low[code]! : (high.get(code) ?? (code > 0x2e80 ? WIDE : OTHER)));
}

/**
 * The text measure of a font: the built-in widths (the wider of Arial and DejaVu Sans), or those of
 * `metrics` where it gives them. Every width includes the WCAG text-spacing override.
 */
export function textMeasure(metrics?: FontMetrics): TextMeasure {
  const regular = table(BUILT_IN.regular, metrics?.widths, 1);
  const bold = metrics?.boldWidths
    ? table(BUILT_IN.bold, metrics.boldWidths, 1)
    : metrics
      ? table(BUILT_IN.bold, metrics.widths, BOLD_FACTOR)
      : table(BUILT_IN.bold, undefined, 1);

  /** Width in em of a string, by UTF-16 code unit (a surrogate pair counts as two halves of one wide glyph). */
  const measure = (text: string, isBold: boolean): Measured => {
    const widthOf = isBold ? bold : regular;
    let em = 0;
    let letters = 0;
    let spaces = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const surrogate = code >= 0xd800 && code <= 0xdfff;
      em += surrogate ? WIDE / 2 : widthOf(code);
      if (!surrogate || code >= 0xdc00) letters++;
      if (code === 32) spaces++;
    }
    return { em, letters, spaces };
  };
  const px = ({ em, letters, spaces }: Measured, fontSize: number) =>
    (em + letters * LETTER_SPACING + spaces * WORD_SPACING) * fontSize;
  const width = (text: string, fontSize: number, isBold = false) => px(measure(text, isBold), fontSize);

  /** Splits a word wider than `limit` into pieces that fit, by characters. */
  const splitWord = (word: string, limit: number, fontSize: number, isBold: boolean): string[] => {
    const pieces: string[] = [];
    let piece = "";
    for (const char of Array.from(word)) {
      if (piece && width(piece + char, fontSize, isBold) > limit) {
        pieces.push(piece);
        piece = "";
      }
      piece += char;
    }
    if (piece) pieces.push(piece);
    return pieces;
  };

  const wrap = (text: string, limit: number, fontSize: number, isBold = false): string[] => {
    const lines: string[] = [];
    let line = "";
    let used: Measured = { em: 0, letters: 0, spaces: 0 };
    const space = measure(" ", isBold);
    // A no-break space (48,5 %) keeps its words together: only ordinary white space breaks a line.
    for (const word of text.split(/[ \t\n\r]+/)) {
      if (!word) continue;
      const w = measure(word, isBold);
      const joined = line
        ? { em: used.em + space.em + w.em, letters: used.letters + 1 + w.letters, spaces: used.spaces + 1 }
        : w;
      // A hair of tolerance: a sum of word widths may differ in the last bit from the whole line's.
      if (px(joined, fontSize) <= limit + 1e-6) {
        line = line ? `${line} ${word}` : word;
        used = joined;
        continue;
      }
      if (line) lines.push(line);
      const pieces = px(w, fontSize) > limit ? splitWord(word, limit, fontSize, isBold) : [word];
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? "";
      used = measure(line, isBold);
    }
    if (line) lines.push(line);
    return lines;
  };

  const widest = (lines: readonly string[], fontSize: number, isBold = false) => {
    let max = 0;
    for (const line of lines) max = Math.max(max, width(line, fontSize, isBold));
    return max;
  };
  return { width, wrap, widest };
}

/** The built-in measure, made once: most charts use it. */
export const DEFAULT_MEASURE: TextMeasure = textMeasure();
