// There is no DOM to measure text, so widths are estimated from Helvetica/Arial advance widths
// (in em), with a margin for wider fallback fonts such as DejaVu Sans in librsvg.
const SAFETY = 1.12;
const ASCII = new Float64Array(128).fill(0.56);
for (const char of " ijlI.,:;'|!ft()[]") ASCII[char.charCodeAt(0)] = 0.28;
for (let code = 65; code <= 90; code++) ASCII[code] = 0.68;
for (const char of "mwMW@%") ASCII[char.charCodeAt(0)] = 0.86;

function charWidth(code: number): number {
  if (code < 128) return ASCII[code] as number;
  // CJK, emoji and other wide scripts take a full em; the em dash too.
  return code > 0x2e80 || code === 0x2014 ? 1 : 0.56;
}

const scale = (fontSize: number, bold: boolean) => fontSize * SAFETY * (bold ? 1.06 : 1);

/** Width in em of a string, by UTF-16 code unit (a surrogate pair counts as two halves of one wide glyph). */
function ems(text: string): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    em += code >= 0xd800 && code <= 0xdfff ? 0.5 : charWidth(code);
  }
  return em;
}

/** The estimated width in px of one line of text at a font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return ems(text) * scale(fontSize, bold);
}

/** How many of the characters fit in a width. */
function fitting(chars: readonly string[], width: number, fontSize: number, bold: boolean): number {
  const k = scale(fontSize, bold);
  let used = 0;
  let count = 0;
  for (const char of chars) {
    used += ems(char) * k;
    if (used > width) break;
    count++;
  }
  return count;
}

/** Cuts text to fit a width, ending it with "…". */
export function truncate(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const chars = Array.from(text);
  const count = fitting(chars, width - textWidth("…", fontSize, bold), fontSize, bold);
  return `${chars.slice(0, count).join("").trimEnd()}…`;
}

/**
 * Breaks text into at most `maxLines` lines no wider than `width`, at spaces where it can. Text that
 * does not fit is cut with "…"; the full text is always in the accessible name or description.
 */
export function wrap(text: string, width: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  const k = scale(fontSize, bold);
  const space = ems(" ") * k;
  let line = "";
  let used = 0;
  let i = 0;
  for (; i < words.length; i++) {
    let word = words[i] as string;
    const w = ems(word) * k;
    if ((line ? used + space + w : w) <= width) {
      used = line ? used + space + w : w;
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (line) {
      lines.push(line);
      line = "";
      if (lines.length === maxLines) break;
    }
    // A word wider than a line is split across lines rather than allowed to overflow.
    while (textWidth(word, fontSize, bold) > width && lines.length < maxLines - 1) {
      const chars = Array.from(word);
      const count = Math.max(1, fitting(chars, width, fontSize, bold));
      lines.push(chars.slice(0, count).join(""));
      word = chars.slice(count).join("");
    }
    line = word;
    used = textWidth(word, fontSize, bold);
  }
  if (line) lines.push(line);
  const last = lines.length - 1;
  if (last < 0) return lines;
  const rest = i < words.length ? ` ${words[i]}` : "";
  lines[last] = truncate(`${lines[last]}${rest}`, width, fontSize, bold);
  return lines;
}
