import { renderTrendChart } from "../chart/render.js";
import { PollDataError } from "../model/error.js";
import type { PollDataset } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { drawnText, type LoadedFonts, loadFonts, missingCharacters } from "./fonts.js";
import { type CheckedPngOptions, checkPngOptions, MAX_AREA, MAX_SIDE, type PngOptions } from "./options.js";
import { loadRenderer, type Resvg } from "./renderer.js";

const optionError = (option: string, message: string) =>
  new PollDataError([{ path: ["options", option], where: `options.${option}`, message }]);

/** The chart, drawn for a PNG: one color scheme, the PNG's background, laid out with the brand font. */
function chartSvg(input: unknown, options: CheckedPngOptions, fonts: LoadedFonts): string {
  const chart = options.chart as Record<string, unknown>;
  const brand = options.fontFiles.length > 0;
  const family = fonts.family.replace(/["\\<>{};\p{Cc}]/gu, "");
  return renderTrendChart(input as PollDataset, {
    ...chart,
    // A picture has one scheme: "auto" draws its light one, as print does.
    ...(chart.colorScheme === "auto" ? { colorScheme: "light" } : {}),
    background: options.background === undefined ? "solid" : "transparent",
    ...(brand && chart.fontFamily === undefined ? { fontFamily: `"${family}", sans-serif` } : {}),
    ...(fonts.metrics && chart.fontMetrics === undefined ? { fontMetrics: fonts.metrics } : {}),
  });
}

/** The size an SVG says it has, in px: its root's width and height, else its viewBox. */
function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const attribute = (name: string) =>
    /^\s*([\d.]+)(px)?\s*$/.exec(new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1] ?? "")?.[1];
  const box = /\sviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(root);
  const width = Number(attribute("width") ?? box?.[1]);
  const height = Number(attribute("height") ?? box?.[2]);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** Refuses a background resvg cannot read, before anything is drawn. */
function checkBackground(resvg: Resvg, background: string | undefined): void {
  if (background === undefined) return;
  try {
    new resvg.Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { background }).render();
  } catch {
    throw optionError(
      "background",
      `expected a CSS color (#fffaf0, rgb(255 250 240), ivory) or "transparent", received ` +
        `${JSON.stringify(background)}`,
    );
  }
}

/**
 * Draws a chart as a PNG image, in Node, without a browser: from a dataset or prepared trend (drawn by
 * `renderTrendChart` with the chart options given), or from an SVG that `renderTrendChart` returned. The
 * text is set in the bundled Liberation Sans (Arial's metrics, SIL Open Font License), or in the brand
 * font of `fontFiles`, loaded from those files alone: no system font is looked up, so the same input
 * gives the same bytes on every machine, and a machine without fonts still draws every text. A PNG has
 * one color scheme: `colorScheme: "auto"` draws the light one.
 *
 * Synchronous: it blocks for the drawing, about 15 ms for a 640 px chart and 30 ms at `scale: 2` (run it
 * in a worker thread where a server must not wait). Needs the optional peer dependency
 * `@resvg/resvg-js` (`npm install @resvg/resvg-js`); poll-trend itself installs no native binary.
 *
 * @param input a PollDataset, a PreparedTrend, or the SVG string of a chart.
 * @param options the PNG's `width`, `scale`, `background` and `fontFiles`, and with a dataset any option
 * of `renderTrendChart`; see {@link PngOptions}.
 * @returns the bytes of a PNG file, `width × scale` pixels wide (a Node Buffer, which is a Uint8Array).
 * @throws {PollDataError} for invalid data, or naming each bad option (`options.scale`), a font file
 * that cannot be read, chart options given with an SVG, a PNG above 16,384 pixels on a side, or text
 * with characters that no loaded font draws (named, with their code points), which would be empty boxes.
 * @throws {Error} when `@resvg/resvg-js` is not installed (the message says what to install), or for an
 * SVG that resvg cannot read.
 * @example
 * import { writeFileSync } from "node:fs";
 * import { apNorcUkraineSupport } from "poll-trend";
 * import { renderPng } from "poll-trend/png";
 * writeFileSync("chart.png", renderPng(apNorcUkraineSupport, { width: 640, scale: 2 }));
 */
export function renderPng(input: PollDataset | PreparedTrend | string, options?: PngOptions): Uint8Array {
  const forSvg = typeof input === "string";
  const checked = checkPngOptions(options, forSvg);
  if (forSvg && !/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg\b/.test(input)) {
    throw new Error(
      "poll-trend/png: expected a dataset, a prepared trend or the SVG of a chart, received a string that is no SVG",
    );
  }
  const resvg = loadRenderer();
  checkBackground(resvg, checked.background);
  const fonts = loadFonts(checked.fontFiles);
  try {
    const svg = forSvg ? input : chartSvg(input, checked, fonts);
    const size = svgSize(svg);
    const zoom = checked.scale * (forSvg && checked.width !== undefined && size ? checked.width / size.width : 1);
    if (size) {
      const [width, height] = [Math.ceil(size.width * zoom), Math.ceil(size.height * zoom)];
      if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_AREA) {
        throw optionError(
          "scale",
          `expected a PNG of at most ${MAX_SIDE.toLocaleString("en-US")} pixels on a side and 64 megapixels, ` +
            `received ${width} × ${height} pixels (the chart's size × scale)`,
        );
      }
    }
    const missing = missingCharacters(drawnText(svg), fonts.covers);
    if (missing.length) {
      const listed = missing
        .slice(0, 8)
        .map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`);
      throw optionError(
        "fontFiles",
        `expected fonts that draw every character of the chart's text; none of the fonts loaded (Liberation Sans, ` +
          `bundled${checked.fontFiles.length ? ", and the fonts given" : ""}) draws ` +
          `${listed.join(", ")}${missing.length > 8 ? ` and ${missing.length - 8} more` : ""}: give a font that ` +
          `has them`,
      );
    }
    const image = new resvg.Resvg(svg, {
      fitTo: { mode: "zoom", value: zoom },
      ...(checked.background !== undefined ? { background: checked.background } : {}),
      font: {
        loadSystemFonts: false,
        fontFiles: fonts.paths,
        defaultFontFamily: fonts.family,
        sansSerifFamily: fonts.family,
      },
      logLevel: "off",
    }).render();
    return image.asPng();
  } finally {
    fonts.release();
  }
}
