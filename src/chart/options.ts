import type { AverageSetting } from "../average/choose.js";
import { dataError, type PollDataError } from "../model/error.js";
import { type Message, received } from "../model/schema.js";
import { resolveAverageOptions } from "../average/options.js";
import type { FontMetrics } from "../font/metrics.js";
import { contrast, DARK, LIGHT } from "./theme.js";

/** Options of {@link renderTrendChart}. Every option is checked; a bad one throws a `PollDataError` naming it (`options.width`). */
export interface ChartOptions {
  /** Width in px, from 240 to 4000. Default 640. Below 480 the chart takes its narrow layout: a key above the plot, fewer and shorter time ticks. */
  readonly width?: number;
  /**
   * Height in px up to 4000, or `"auto"` (default): as tall as the content needs, with a plot about 0.6
   * times as tall as it is wide (0.75 below 480 px), at least 160 and at most 400 px. Text is wrapped,
   * never cut, so a fixed height must leave room for the title, key, events, axis and footer and a plot
   * of at least 80 px; a smaller one is a `PollDataError` that names the smallest height that works.
   */
  readonly height?: number | "auto";
  /**
   * Prefix of every id in the SVG: a letter, then letters, digits, `-` or `_`. By default a hash of the
   * finished chart, so that different charts on one page never share ids. Give one when the same
   * chart appears twice on a page.
   */
  readonly idPrefix?: string;
  /**
   * `"light"` (default), `"dark"`, or `"auto"`: light colors that turn dark with the page's
   * `color-scheme` (CSS `light-dark()`: a page that declares `color-scheme: light dark` follows the
   * reader's system, `color-scheme: dark` is dark), a standalone SVG with the reader's system. Where
   * `light-dark()` is unsupported, `prefers-color-scheme`. Every scheme prints light.
   */
  readonly colorScheme?: "light" | "dark" | "auto";
  /**
   * `"solid"` (default): the chart paints its scheme's background (white, or #141414 when dark).
   * `"transparent"`: the page shows through; its background should then be close to the scheme's,
   * since every color is chosen for contrast with it.
   */
  readonly background?: "solid" | "transparent";
  /**
   * A brand palette: series colors as `#rrggbb`, in order, repeating after the last. One list for every
   * scheme the chart shows (light; with `"dark"` or `"auto"` also dark), or `{ light, dark }` (a scheme
   * left out keeps the built-in colors; every chart prints with the light ones). Each color must have at
   * least 3:1 contrast with its scheme's background (WCAG 1.4.11), else it is refused, naming it and its ratio.
   */
  readonly palette?:
    | readonly string[]
    | {
        /** Series colors on the light background. */
        readonly light?: readonly string[];
        /** Series colors on the dark background. */
        readonly dark?: readonly string[];
      };
  /** `"zero-to-hundred"` (default, 0–100%), `"fit"` (to the data and margins, from a round number), or `[min, max]` in percent. */
  readonly yDomain?: "zero-to-hundred" | "fit" | readonly [number, number];
  /** Draw each published margin of error as an error bar, and a band between adjacent polls that both have one. Default `true`. */
  readonly showMarginOfError?: boolean;
  /** `"direct"` (default): each line labeled at its end, or a key when labels cannot sit near their lines. `"legend"`: a key above the plot. */
  readonly labels?: "direct" | "legend";
  /** CSS font-family list. Default `Helvetica, Arial, "Liberation Sans", sans-serif`. */
  readonly fontFamily?: string;
  /**
   * The widths of the font in `fontFamily`, so that text wraps to them: from {@link fontMetricsFromFile}, or
   * measured in the page by `poll-trend/dom`. Default: built-in widths that fit both Arial and DejaVu Sans
   * (the fallback font of machines without Arial). Every width also leaves room for the WCAG 1.4.12
   * text-spacing override.
   */
  readonly fontMetrics?: FontMetrics;
  /** BCP 47 locale for every number in the chart, its labels and its description, e.g. `"en-US"` (default) or `"de-DE"`. Words stay English. */
  readonly locale?: string;
  /** A gap longer than this many days between two polls of a series breaks its line. Default: the gap rule of {@link lineBreaks}. */
  readonly maxGapDays?: number;
  /**
   * A poll average per series (LOESS, see {@link pollAverage}): `"auto"` (default) for a series with
   * several pollsters or several polls on one date; `true` for every series of 3 polls or more; `false`
   * never; or the {@link AverageOptions} to use for every series (`bandwidthDays`, `houseEffects`,
   * `pollsterWeighting`; the pollster of polls that name none is the dataset's). With an average, polls
   * are drawn as small dots and the average as the line, with the band where 95% of single polls fall.
   */
  readonly average?: AverageSetting;
  /**
   * `"full"` (default): the chart draws its title, subtitle and footer (source, notes). `"plot"`: only
   * the key, events, plot and axes, for a page that shows the title, subtitle and notes itself (as
   * {@link renderReport} does); the chart is then named "Line chart of …" rather than by the title, so
   * a screen reader hears the title once.
   */
  readonly frame?: "full" | "plot";
}

/** Options after checking, with defaults filled in. */
export interface ResolvedOptions {
  readonly width: number;
  readonly height: number | "auto";
  readonly idPrefix: string | undefined;
  readonly colorScheme: "light" | "dark" | "auto";
  readonly background: "solid" | "transparent";
  /** Series colors of each scheme: the brand palette's, or the built-in ones. */
  readonly palette: { readonly light: readonly string[]; readonly dark: readonly string[] };
  readonly yDomain: "zero-to-hundred" | "fit" | readonly [number, number];
  readonly showMarginOfError: boolean;
  readonly labels: "direct" | "legend";
  readonly fontFamily: string;
  readonly fontMetrics: FontMetrics | undefined;
  readonly locale: string;
  readonly maxGapDays: number | undefined;
  readonly average: AverageSetting;
  readonly frame: "full" | "plot";
}

/** Below this width the chart takes its narrow layout. */
export const NARROW = 480;

const KNOWN = [
  "width",
  "height",
  "idPrefix",
  "colorScheme",
  "background",
  "palette",
  "yDomain",
  "showMarginOfError",
  "labels",
  "fontFamily",
  "fontMetrics",
  "locale",
  "maxGapDays",
  "average",
  "frame",
];

/** A bad option: a {@link PollDataError} at `["options", option]`, so the CLI can name its flag. */
export function optionError(option: string, message: Message): PollDataError {
  return dataError([{ path: ["options", option], message }]);
}

function bad(name: string, expected: string, value: unknown): never {
  const shown =
    typeof value === "string"
      ? JSON.stringify(value)
      : Array.isArray(value)
        ? `[${value.join(", ")}]`
        : typeof value === "object" && value
          ? JSON.stringify(value)
          : String(value);
  throw optionError(name, `expected ${expected}, received ${shown}`);
}

function size(value: unknown, name: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > 4000)
    bad(name, `a number of px from ${min} to 4000`, value);
  return value;
}

function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0] as T;
  if (!allowed.includes(value as T)) bad(name, allowed.map((a) => `"${a}"`).join(" or "), value);
  return value as T;
}

function average(value: unknown): AverageSetting {
  if (value === undefined) return "auto";
  if (value === "auto" || typeof value === "boolean") return value;
  const ok =
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).every((k) => AVERAGE_SETTINGS.includes(k)) &&
    validAverage(value);
  if (!ok)
    bad(
      "average",
      '"auto", true, false or { bandwidthDays: a positive number of days, houseEffects: true or false, pollsterWeighting: "shared" or "per-poll" }',
      value,
    );
  return value as AverageSetting;
}

/** The average's options a chart takes; the pollster of polls that name none is the dataset's. */
const AVERAGE_SETTINGS = ["bandwidthDays", "houseEffects", "pollsterWeighting"];

/** Whether pollAverage accepts these options (it checks them the same way). */
function validAverage(value: object): boolean {
  try {
    resolveAverageOptions(value);
    return true;
  } catch {
    return false;
  }
}

/** Advance widths by character: finite, positive numbers of em. */
const isWidths = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((w) => typeof w === "number" && Number.isFinite(w) && w > 0 && w < 10);

function fontMetrics(value: unknown): FontMetrics | undefined {
  if (value === undefined) return undefined;
  const ok =
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).every((k) => k === "widths" || k === "boldWidths") &&
    isWidths((value as FontMetrics).widths) &&
    ((value as FontMetrics).boldWidths === undefined || isWidths((value as FontMetrics).boldWidths));
  if (!ok)
    bad(
      "fontMetrics",
      "{ widths, boldWidths? }: advance widths in em by character, such as fontMetricsFromFile returns",
      value,
    );
  return value as FontMetrics;
}

/** One scheme's series colors: `#rrggbb` (or `#rgb`), each at least 3:1 against the scheme's background. */
function seriesColors(value: unknown, name: string, background: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 50)
    bad(name, "a list of 1 to 50 colors written #rrggbb", value);
  return value.map((color, i) => {
    if (typeof color !== "string" || !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color))
      bad(`${name}[${i}]`, "a color written #rrggbb", color);
    const hex = (color.length === 4 ? color.replace(/[0-9a-f]/gi, (d) => d + d) : color).toLowerCase();
    const ratio = contrast(hex, background);
    if (ratio < 3)
      throw optionError(
        `${name}[${i}]`,
        `expected a color with at least 3:1 contrast with the background ${background} (WCAG 1.4.11), received ${color}, which has ${Math.floor(ratio * 100) / 100}:1`,
      );
    return hex;
  });
}

/** A brand palette. One list serves every scheme the chart can show: a light chart only light, others dark and (in print) light. */
function palette(value: unknown, scheme: ResolvedOptions["colorScheme"]): ResolvedOptions["palette"] {
  if (value === undefined) return { light: LIGHT.series, dark: DARK.series };
  if (Array.isArray(value))
    return {
      light: seriesColors(value, "palette", LIGHT.background),
      dark: scheme === "light" ? DARK.series : seriesColors(value, "palette", DARK.background),
    };
  const ok =
    typeof value === "object" && value !== null && Object.keys(value).every((k) => k === "light" || k === "dark");
  if (!ok) bad("palette", "a list of colors, or { light, dark }: lists of colors written #rrggbb", value);
  const { light, dark } = value as { light?: unknown; dark?: unknown };
  return {
    light: light === undefined ? LIGHT.series : seriesColors(light, "palette.light", LIGHT.background),
    dark: dark === undefined ? DARK.series : seriesColors(dark, "palette.dark", DARK.background),
  };
}

/** Checks chart options and fills in defaults. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw dataError([{ path: ["options"], message: `expected an object of options, received ${received(options)}` }]);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN.includes(key))
      throw optionError(key, `expected a known option (${KNOWN.join(", ")}), received an option named "${key}"`);
  }
  const { idPrefix, yDomain, fontFamily, locale, maxGapDays, showMarginOfError } = o;
  if (idPrefix !== undefined && (typeof idPrefix !== "string" || !/^[A-Za-z][\w-]{0,63}$/.test(idPrefix)))
    bad("idPrefix", "a letter followed by up to 63 letters, digits, - or _", idPrefix);
  if (yDomain !== undefined && yDomain !== "zero-to-hundred" && yDomain !== "fit") {
    const ok =
      Array.isArray(yDomain) &&
      yDomain.length === 2 &&
      yDomain.every((v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100) &&
      yDomain[0] < yDomain[1];
    if (!ok) bad("yDomain", '"zero-to-hundred", "fit" or [min, max] with 0 ≤ min < max ≤ 100', yDomain);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
  const badFont = /[\u0000-\u001f<>{};]/;
  if (fontFamily !== undefined && (typeof fontFamily !== "string" || !fontFamily.trim() || badFont.test(fontFamily)))
    bad("fontFamily", "a CSS font-family list", fontFamily);
  if (locale !== undefined) {
    let valid = typeof locale === "string";
    try {
      if (valid) new Intl.NumberFormat(locale as string);
    } catch {
      valid = false;
    }
    if (!valid) bad("locale", 'a BCP 47 language tag such as "en-US"', locale);
  }
  if (maxGapDays !== undefined && (typeof maxGapDays !== "number" || !(maxGapDays > 0) || !Number.isFinite(maxGapDays)))
    bad("maxGapDays", "a positive number of days", maxGapDays);
  if (showMarginOfError !== undefined && typeof showMarginOfError !== "boolean")
    bad("showMarginOfError", "true or false", showMarginOfError);
  const width = size(o.width, "width", 240, 640);
  const colorScheme = oneOf(o.colorScheme, "colorScheme", ["light", "dark", "auto"] as const);
  const height = o.height === undefined ? "auto" : (o.height as number | "auto");
  if (height !== "auto" && (typeof height !== "number" || !Number.isFinite(height) || height <= 0 || height > 4000))
    bad("height", 'a number of px up to 4000, or "auto"', o.height);
  return {
    width,
    height,
    idPrefix: idPrefix as string | undefined,
    colorScheme,
    background: oneOf(o.background, "background", ["solid", "transparent"] as const),
    palette: palette(o.palette, colorScheme),
    yDomain: (yDomain as ResolvedOptions["yDomain"] | undefined) ?? "zero-to-hundred",
    showMarginOfError: showMarginOfError !== false,
    labels: oneOf(o.labels, "labels", ["direct", "legend"] as const),
    fontFamily: (fontFamily as string | undefined) ?? 'Helvetica, Arial, "Liberation Sans", sans-serif',
    fontMetrics: fontMetrics(o.fontMetrics),
    locale: (locale as string | undefined) ?? "en-US",
    maxGapDays: maxGapDays as number | undefined,
    average: average(o.average),
    frame: oneOf(o.frame, "frame", ["full", "plot"] as const),
  };
}
