import type { ChartOptions } from "../chart/options.js";
import { type PollDataIssue, PollDataError } from "../model/error.js";
import type { FontFile } from "./fonts.js";

/**
 * Options of {@link renderPng}: the picture's own (`scale`, `background`, `fontFiles`, and `width`) and,
 * when a dataset or prepared trend is drawn, every option of `renderTrendChart` (`colorScheme`, `height`,
 * `palette`, `locale`, …), passed to it. Every option is checked; bad ones throw one `PollDataError`
 * naming each (`options.scale`).
 *
 * @example
 * const options: PngOptions = { width: 640, scale: 2, colorScheme: "dark" };
 */
export type PngOptions = Omit<ChartOptions, "width" | "background"> & {
  /**
   * Width in CSS px. With a dataset it is the chart's width (200 to 4000, default 640, below 480 the
   * narrow layout); with an SVG it scales the SVG to it (16 to 4000, default the SVG's own width). The
   * PNG is `width × scale` pixels wide.
   */
  readonly width?: number;
  /**
   * Device pixels per CSS px, from 0.25 to 8: 1 (default) for a PNG as wide as the chart, 2 for 2×
   * screens (a 640 px chart becomes 1,280 pixels wide, text and lines as sharp). The PNG is also refused
   * above 16,384 pixels on a side or 64 megapixels in all (256 MB of pixels).
   */
  readonly scale?: number;
  /**
   * What shows behind the chart: a CSS color (`"#fffaf0"`, `"rgb(255 250 240)"`, `"ivory"`), or
   * `"transparent"` for a PNG with an alpha channel. Default: the chart's own background (white, or
   * #141414 when `colorScheme` is `"dark"`). The chart's colors are chosen for contrast with its own
   * background: give a color close to it. An SVG that paints its own background keeps it (draw it with
   * `background: "transparent"` in renderTrendChart to let this one show).
   */
  readonly background?: string;
  /**
   * A brand font: the paths or the bytes of its `.ttf` or `.otf` files, regular and bold (weight 600 or
   * more; the chart's titles and labels are bold). It draws the chart's text, and with a dataset the chart
   * is laid out with its widths (`fontMetricsFromFile` of its regular and bold files, unless `fontMetrics`
   * is given) and named by its family in `fontFamily` (unless given); an SVG must name the family in its
   * own font-family, else `sans-serif` there draws in it. The bundled Liberation Sans still draws what the
   * brand font lacks. At most 16 files.
   */
  readonly fontFiles?: readonly FontFile[];
};

/** A PNG's size limits, in device pixels. */
export const MAX_SIDE = 16_384;
export const MAX_AREA = 64 * 1024 * 1024;

/** PNG options, checked, with the chart's options apart. */
export interface CheckedPngOptions {
  readonly width?: number;
  readonly scale: number;
  readonly background?: string;
  readonly fontFiles: readonly FontFile[];
  /** Every other option given: the chart's. */
  readonly chart: Readonly<Record<string, unknown>>;
}

const show = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value) : value instanceof Uint8Array ? "bytes" : String(value);

/**
 * Checks the options of a PNG. With an SVG (`forSvg`), chart options are refused: the chart is drawn.
 *
 * @throws {PollDataError} naming every bad option at `options.<name>`.
 */
export function checkPngOptions(options: unknown, forSvg: boolean): CheckedPngOptions {
  const issues: PollDataIssue[] = [];
  const issue = (path: (string | number)[], message: string) =>
    issues.push({
      path: ["options", ...path],
      where: `options.${path.join(".").replace(/\.(\d+)/g, "[$1]")}`,
      message,
    });
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new PollDataError([
      { path: ["options"], where: "options", message: `expected an object, received ${show(options)}` },
    ]);
  }
  const { width, scale = 1, background, fontFiles = [], ...chart } = (options ?? {}) as Record<string, unknown>;
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale < 0.25 || scale > 8) {
    issue(["scale"], `expected a number of device pixels per px from 0.25 to 8, received ${show(scale)}`);
  }
  if (
    background !== undefined &&
    (typeof background !== "string" || background.trim() === "" || background.length > 64 || /[<>;{}]/.test(background))
  ) {
    issue(["background"], `expected a CSS color or "transparent", received ${show(background)}`);
  }
  if (!Array.isArray(fontFiles) || fontFiles.length > 16) {
    issue(["fontFiles"], `expected a list of at most 16 font files (paths or bytes), received ${show(fontFiles)}`);
  } else {
    fontFiles.forEach((file, i) => {
      if (!(file instanceof Uint8Array) && (typeof file !== "string" || file === "")) {
        issue(["fontFiles", i], `expected the path or the bytes of a .ttf or .otf font, received ${show(file)}`);
      }
    });
  }
  if (forSvg) {
    if (width !== undefined && (typeof width !== "number" || !Number.isFinite(width) || width < 16 || width > 4000)) {
      issue(["width"], `expected a number of px from 16 to 4000, received ${show(width)}`);
    }
    for (const [name, value] of Object.entries(chart)) {
      if (value !== undefined) {
        issue([name], "expected no chart option with an SVG, which is drawn already: give the dataset to draw it so");
      }
    }
  }
  if (issues.length) throw new PollDataError(issues);
  return {
    ...(width !== undefined ? { width: width as number } : {}),
    scale: scale as number,
    ...(background !== undefined ? { background: background as string } : {}),
    fontFiles: fontFiles as readonly FontFile[],
    chart: forSvg ? {} : { ...chart, ...(width !== undefined ? { width } : {}) },
  };
}
