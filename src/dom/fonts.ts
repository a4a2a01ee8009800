/// <reference lib="dom" />
import { type FontMetrics, METRIC_CHARACTERS } from "../font/metrics.js";

// Text is measured in the page with the font the browser really draws (a brand web font, or whatever
// the fallback is on this machine): canvas measureText, per character, at 100 px, divided to em.
const SIZE = 100;

/** The font of the chart's text as CSS: weight, size and family, for canvas and `document.fonts`. */
const font = (weight: number, family: string) => `${weight} ${SIZE}px ${family}`;

/**
 * Measures a font family in the page: the advance widths in em of every character of
 * {@link METRIC_CHARACTERS}, regular and bold. `undefined` without fonts and a canvas (as in jsdom) or when the
 * family is not a font canvas accepts.
 */
export function measureFont(doc: Document, family: string): FontMetrics | undefined {
  // Without a FontFaceSet (as in jsdom) there is no text layout to measure either.
  const ctx = doc.fonts && doc.createElement("canvas").getContext("2d");
  if (!ctx) return undefined;
  const table = (weight: number) => {
    ctx.font = font(weight, family);
    if (!ctx.font.includes(`${SIZE}px`)) return undefined;
    const widths: Record<string, number> = {};
    for (const char of METRIC_CHARACTERS) {
      // A character drawn with no width (a soft hyphen) keeps the built-in width.
      const em = Math.round((ctx.measureText(char).width / SIZE) * 1e4) / 1e4;
      if (em > 0) widths[char] = em;
    }
    return widths;
  };
  const widths = table(400);
  const boldWidths = table(700);
  return widths && boldWidths ? { widths, boldWidths } : undefined;
}

/**
 * Resolves as soon as the family's regular and bold faces have loaded (or failed to), at once for
 * faces already there: each `FontFace` as it arrives, not when every font of the page is done.
 */
export const whenFontsLoad = (doc: Document, family: string): Promise<unknown> =>
  Promise.all([400, 700].map((weight) => doc.fonts.load(font(weight, family)).catch(() => 0)));

/** Whether two measurements give the same widths. */
export const sameMetrics = (a: FontMetrics | undefined, b: FontMetrics | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
