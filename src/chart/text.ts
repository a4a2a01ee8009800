// There is no DOM to measure text, so widths are estimated from Helvetica/Arial advance widths (in em).
// Two readers must never see text clipped: librsvg and other SVG tools, which may fall back to a
// wider font such as DejaVu Sans (about 12% wider), and a browser reader who applies the WCAG 1.4.12
// text-spacing override (letter spacing 0.12em, word spacing 0.16em). A width is the larger of the two.
const FALLBACK_FONT = 1.12;
const LETTER_SPACING = 0.12;
const WORD_SPACING = 0.16;
// Arial's advance widths (Helvetica's match), in thousandths of an em, from space (32) to tilde (126).
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const ASCII = new Float64Array(128).fill(0.556);
ARIAL.forEach((width, i) => {
  ASCII[32 + i] = width / 1000;
});

function charWidth(code: number): number {
  if (code < 128) return ASCII[code] as number;
  // CJK, emoji and other wide scripts take a full em; the em dash too.
  return code > 0x2e80 || code === 0x2014 ? 1 : 0.56;
}

/** Width in em of a string, by UTF-16 code unit (a surrogate pair counts as two halves of one wide glyph), with its letter and space counts. */
function measure(text: string): { em: number; letters: number; spaces: number } {
  let em = 0;
  let letters = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    em += surrogate ? 0.5 : charWidth(code);
    if (!surrogate || code >= 0xdc00) letters++;
    if (code === 32) spaces++;
  }
  return { em, letters, spaces };
}

/** The width in px of measured text at a font size: the larger of a fallback font's and the WCAG spacing override's. */
function width(
  { em, letters, spaces }: { em: number; letters: number; spaces: number },
  fontSize: number,
  bold: boolean,
): number {
  const glyphs = em * fontSize * (bold ? 1.06 : 1);
  return Math.max(glyphs * FALLBACK_FONT, glyphs + (letters * LETTER_SPACING + spaces * WORD_SPACING) * fontSize);
}

/**
 * The width in px that one line of text may take at a font size: enough for a wider fallback font,
 * and enough for the WCAG 1.4.12 text-spacing override.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return width(measure(text), fontSize, bold);
}

/** Splits a word wider than `width` into pieces that fit, by characters. */
function splitWord(word: string, limit: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of Array.from(word)) {
    if (piece && textWidth(piece + char, fontSize, bold) > limit) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks text into lines no wider than `width`, at spaces where it can and inside a word only when the
 * word alone is wider than a line. Nothing is ever cut: text that needs more lines gets them, and the
 * layout makes room (or says how much room it needs). A line's measure grows word by word.
 */
export function wrap(text: string, limit: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  let used = { em: 0, letters: 0, spaces: 0 };
  const space = measure(" ");
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const w = measure(word);
    const joined = line
      ? { em: used.em + space.em + w.em, letters: used.letters + 1 + w.letters, spaces: used.spaces + 1 }
      : w;
    // A hair of tolerance: a sum of word widths may differ in the last bit from the whole line's.
    if (width(joined, fontSize, bold) <= limit + 1e-6) {
      line = line ? `${line} ${word}` : word;
      used = joined;
      continue;
    }
    if (line) lines.push(line);
    const pieces = width(w, fontSize, bold) > limit ? splitWord(word, limit, fontSize, bold) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? "";
    used = measure(line);
  }
  if (line) lines.push(line);
  return lines;
}

/** The widest of some lines, in px. */
export function widest(lines: readonly string[], fontSize: number, bold = false): number {
  let max = 0;
  for (const line of lines) max = Math.max(max, textWidth(line, fontSize, bold));
  return max;
}
