import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FontMetrics } from "../font/metrics.js";
import { fontMetricsFromFile } from "../font/sfnt.js";
import { codeOf, messageOf, PollDataError } from "../model/error.js";
import { type FontFacts, fontFacts } from "./sfnt.js";

// The fonts a PNG is drawn with: Liberation Sans (bundled, SIL OFL 1.1, Arial's metrics: the font the
// chart's default font-family list names) and the caller's brand font. resvg is given these files and
// nothing else (no system fonts), so a PNG looks the same on every machine, and a machine without fonts
// still draws every text.

/** The bundled font's family, as the chart's default font-family list names it. */
export const BUNDLED_FAMILY = "Liberation Sans";
const BUNDLED_FILES = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"];

/** The bundled font files: in fonts/ beside dist/ in the package, or two folders up from src/png. */
export function bundledFontPaths(): string[] {
  for (const up of ["../fonts/", "../../fonts/"]) {
    const paths = BUNDLED_FILES.map((file) => fileURLToPath(new URL(`${up}${file}`, import.meta.url)));
    if (paths.every((path) => existsSync(path))) return paths;
  }
  throw new Error(`poll-trend/png: its bundled font (fonts/${BUNDLED_FILES[0]}) is missing; reinstall poll-trend`);
}

/**
 * One font file as {@link renderPng} takes it in `fontFiles`: the path of a `.ttf` or `.otf` file, or its
 * bytes. WOFF and WOFF2 are refused (a PollDataError at `options.fontFiles[i]`).
 *
 * @example
 * const fontFiles: FontFile[] = ["fonts/Brand-Regular.ttf", readFileSync("fonts/Brand-Bold.ttf")];
 */
export type FontFile = string | Uint8Array;

/** The fonts of one PNG, ready for resvg: files on disk, their family, the metrics, the characters. */
export interface LoadedFonts {
  /** Every font file's path, the brand's first. */
  readonly paths: readonly string[];
  /** The brand's family (or the bundled one): what `sans-serif` and an unmatched family draw with. */
  readonly family: string;
  /** The brand font's widths, for the chart's layout; none without a brand font. */
  readonly metrics?: FontMetrics;
  /** Whether any of the fonts draws a code point. */
  readonly covers: (codePoint: number) => boolean;
  /** Removes the temporary files that bytes were written to. */
  readonly release: () => void;
}

const fontError = (index: number, message: string) =>
  new PollDataError([{ path: ["options", "fontFiles", index], where: `options.fontFiles[${index}]`, message }]);

function bytesOf(file: FontFile, index: number): Uint8Array {
  if (typeof file !== "string") return file;
  try {
    return readFileSync(file);
  } catch (error) {
    const code = codeOf(error);
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : messageOf(error);
    throw fontError(index, `expected a readable .ttf or .otf font file, received "${file}" (${why})`);
  }
}

/**
 * Reads the bundled font and the caller's `fontFiles` (paths, or bytes, which are written to a temporary
 * folder for resvg, which reads fonts from files only). The brand font's regular and bold faces (weight
 * 600 or more) give the metrics, and its family names the fonts `sans-serif` draws with.
 *
 * @throws {PollDataError} at `options.fontFiles[i]` for a file that cannot be read or is not a font.
 */
export function loadFonts(fontFiles: readonly FontFile[] = []): LoadedFonts {
  const bundled = bundledFontPaths();
  const given = fontFiles.map((file, i) => {
    const bytes = bytesOf(file, i);
    try {
      fontMetricsFromFile(bytes); // refuses what is not a TrueType or OpenType font, in words
    } catch (error) {
      throw fontError(i, messageOf(error).replace(/^poll-trend: /, ""));
    }
    return { file, bytes, facts: fontFacts(bytes) };
  });
  const facts: FontFacts[] = [...given.map((g) => g.facts), ...bundled.map((path) => fontFacts(readFileSync(path)))];
  const covers = (code: number) => facts.some((f) => f.covers(code));
  const regular = given.find((g) => !g.facts.bold) ?? given[0];
  const bold = given.find((g) => g.facts.bold && g !== regular);
  const metrics = regular ? fontMetricsFromFile(regular.bytes, bold?.bytes) : undefined;
  const family = regular?.facts.family || BUNDLED_FAMILY;
  let folder: string | undefined;
  const paths = given.map(({ file, bytes }, i) => {
    if (typeof file === "string") return file;
    folder ??= mkdtempSync(join(tmpdir(), "poll-trend-png-"));
    const path = join(folder, `font-${i}.ttf`);
    writeFileSync(path, bytes);
    return path;
  });
  const release = () => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  };
  return { paths: [...paths, ...bundled], family, ...(metrics ? { metrics } : {}), covers, release };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text an SVG draws: what its `<text>` elements hold, tags removed and entities read. */
export function drawnText(svg: string): string {
  let text = "";
  for (const [, inner] of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    text += (inner as string)
      .replace(/<[^>]*>/g, "")
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name[0] !== "#") return ENTITIES[name] ?? whole;
        return String.fromCodePoint(
          name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)),
        );
      });
  }
  return text;
}

/**
 * The characters of a text that no loaded font draws (controls and invisible format characters aside):
 * resvg would draw each as an empty box, or not at all.
 */
export function missingCharacters(text: string, covers: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/[\p{Cc}\p{Default_Ignorable_Code_Point}]/u.test(char)) continue;
    if (!covers(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}
