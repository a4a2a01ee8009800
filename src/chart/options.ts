import { optionsCheck } from "../model/options.js";
import {
  boolean,
  finite,
  hexColor,
  type Infer,
  isObject,
  type Issues,
  type Leaf,
  oneOf,
  optional,
  Problem,
  type Resolve,
  when,
  withDefault,
} from "../model/schema.js";
import { averagesOption, TREND_OPTION_FIELDS } from "../trend/options.js";
import type { ChartAverages } from "./averages.js";
import type { FontMetrics } from "../font/metrics.js";
import { dataError, type PollDataError } from "../model/error.js";
import type { Message } from "../model/schema.js";
import { contrastProblem, DARK, LIGHT } from "./theme.js";

const px = (min: number) =>
  when<number>((v) => finite(v) && v >= min && v <= 4000, `a number of px from ${min} to 4000`);
const height = when<number | "auto">(
  (v) => v === "auto" || (finite(v) && v > 0 && v <= 4000),
  'a number of px up to 4000, or "auto"',
);
const idPrefix = when<string>(
  (v) => typeof v === "string" && /^[A-Za-z][\w-]{0,63}$/.test(v),
  "a letter followed by up to 63 letters, digits, - or _",
);
const yDomain = when<"zero-to-hundred" | "fit" | readonly [number, number]>(
  (v) =>
    v === "zero-to-hundred" ||
    v === "fit" ||
    (Array.isArray(v) && v.length === 2 && v.every((n) => finite(n) && n >= -100 && n <= 100) && v[0] < v[1]),
  '"zero-to-hundred", "fit" or [min, max] with -100 ≤ min < max ≤ 100',
);
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
const BAD_FONT = /[\u0000-\u001f<>{};]/;
const fontFamily = when<string>(
  (v) => typeof v === "string" && v.trim() !== "" && !BAD_FONT.test(v),
  "a CSS font-family list",
);
/** Advance widths by character: finite, positive numbers of em. */
const isWidths = (value: unknown) => isObject(value) && Object.values(value).every((w) => finite(w) && w > 0 && w < 10);
const fontMetrics = when<FontMetrics>(
  (v) =>
    isObject(v) &&
    Object.keys(v).every((k) => k === "widths" || k === "boldWidths") &&
    isWidths(v.widths) &&
    (v.boldWidths === undefined || isWidths(v.boldWidths)),
  "{ widths, boldWidths? } in em by character, as fontMetricsFromFile returns",
);
/** Brand series colors: one list for every scheme, or each scheme's own. */
export type Palette =
  | readonly string[]
  | {
      /** Series colors on the light background. */
      readonly light?: readonly string[];
      /** Series colors on the dark background. */
      readonly dark?: readonly string[];
    };
const isColors = (v: unknown) =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.length <= 50 &&
  v.every((c) => typeof c === "string" && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(c));
/** `{ light, dark }`, each (where given) passing `ok`. */
const isSchemes = (v: unknown, ok: (value: unknown) => boolean) =>
  isObject(v) && Object.entries(v).every(([k, value]) => (k === "light" || k === "dark") && ok(value));
const palette: Leaf<Palette> = (v) => {
  if (isColors(v)) return v as readonly string[];
  return isSchemes(v, isColors)
    ? (v as Palette)
    : new Problem("a list of 1 to 50 colors written #rrggbb, or { light, dark } of such lists");
};

/** A series' own color: one `#rrggbb` for every scheme, or each scheme's. */
export type SeriesColor =
  | string
  | {
      /** On the light background (and in print). */
      readonly light?: string;
      /** On the dark background. */
      readonly dark?: string;
    };
const isHex = (v: unknown) => hexColor(v) === v;
const colors = when<Readonly<Record<string, SeriesColor>>>(
  (v) => isObject(v) && Object.values(v).every((c) => isHex(c) || isSchemes(c, isHex)),
  "{ [series id]: a color written #rrggbb, or { light, dark } of such colors }",
);

const CHART_OPTION_FIELDS = {
  /**
   * Width in px, from 200 to 4000 (200: a 390 px phone zoomed to 200%). Default 640. Below 480 the chart takes its
   * narrow layout: a key above the plot, fewer and shorter time ticks.
   */
  width: withDefault(px(200), 640),
  /**
   * Height in px up to 4000, or `"auto"` (default): as tall as the content needs, with a plot about 0.6
   * times as tall as it is wide (0.75 below 480 px), at least 160 and at most 400 px. Text is wrapped,
   * never cut, so a fixed height must leave room for the title, key, events, axis and footer and a plot
   * of at least 80 px; a smaller one is a `PollDataError` that names the smallest height that works.
   */
  height: withDefault<number | "auto">(height, "auto"),
  /**
   * Prefix of every id in the SVG: a letter, then letters, digits, `-` or `_`. By default a hash of the
   * finished chart, so that different charts on one page never share ids. Give one when the same
   * chart appears twice on a page.
   */
  idPrefix: optional(idPrefix),
  /**
   * `"light"` (default), `"dark"`, or `"auto"`: light colors that turn dark with the page's
   * `color-scheme` (CSS `light-dark()`: a page that declares `color-scheme: light dark` follows the
   * reader's system, `color-scheme: dark` is dark), a standalone SVG with the reader's system. Where
   * `light-dark()` is unsupported, `prefers-color-scheme`. Every scheme prints light.
   */
  colorScheme: withDefault(oneOf("light", "dark", "auto"), "light"),
  /**
   * `"solid"` (default): the chart paints its scheme's background (white, or #141414 when dark).
   * `"transparent"`: the page shows through; its background should then be close to the scheme's,
   * since every color is chosen for contrast with it.
   */
  background: withDefault(oneOf("solid", "transparent"), "solid"),
  /**
   * A brand palette: series colors as `#rrggbb`, in order, repeating after the last. One list for every
   * scheme the chart shows (light; with `"dark"` or `"auto"` also dark), or `{ light, dark }` (a scheme
   * left out keeps the built-in colors; every chart prints with the light ones). Each color must have at
   * least 3:1 contrast with its scheme's background (WCAG 1.4.11), else a `PollDataError` names it.
   */
  palette: optional(palette),
  /**
   * Series' own colors, by series id: `{ conservatives: "#0087dc", labour: { light: "#d50000", dark:
   * "#ff5a4f" } }`. A series keeps its color in every chart and slice; the others take the palette's by
   * their place in the dataset. Each must have at least 3:1 contrast with its scheme's background, else
   * a `PollDataError` names it and the nearest shade of its hue that passes. A series' own `color` field
   * does the same in the data.
   */
  colors: optional(colors),
  /**
   * The value axis: `"fit"` (default): a round range around what is drawn (polls, their error bars,
   * the averages' bands), with the same grid step for a given range at any size, said in the
   * description; `"zero-to-hundred"`: 0–100%; or `[min, max]` in percent (−100 to 100 for net series,
   * which always show their zero line).
   */
  yDomain: withDefault<"zero-to-hundred" | "fit" | readonly [number, number]>(yDomain, "fit"),
  /** Draw each published margin of error as an error bar at its poll; never as a band between polls. Default `true`. */
  showMarginOfError: withDefault(boolean, true),
  /**
   * The band around a poll average: `"average"` (default), the average's own 95% confidence range (how
   * sure the average is); `"polls"`, where 95% of single polls are expected to fall; `"none"`. The
   * footer names the one drawn. Bands are drawn for up to three highlighted averages, never for grey
   * ones: more would cover each other (choose them with `highlight`).
   */
  band: withDefault(oneOf("average", "polls", "none"), "average"),
  /**
   * The series drawn in color, by id; the rest are drawn in grey, still labeled, as newsrooms draw a
   * crowded primary. Default: every series when there are at most six, else the six with the highest
   * latest values.
   */
  highlight: optional(
    when<readonly string[]>((v) => Array.isArray(v) && v.every((id) => typeof id === "string"), "a list of series ids"),
  ),
  /**
   * Dashed lines for series after the first, for print in one ink. Default `false`: lines are solid (dashes read as
   * projections); forced colors always dash them.
   */
  dashes: withDefault(boolean, false),
  /**
   * Fixed space above and below the plot, in px, so that charts side by side line their plots up:
   * `top` from the chart's top to the plot's, `bottom` from the plot's bottom to the chart's. A chart
   * whose title, key or footer needs more is refused, naming the smallest that fits.
   */
  plotMargins: optional(
    when<{
      /** Px from the chart's top to the plot's top. */
      readonly top?: number;
      /** Px from the plot's bottom to the chart's bottom. */
      readonly bottom?: number;
    }>(
      (v) =>
        isObject(v) &&
        Object.entries(v).every(
          ([k, n]) => (k === "top" || k === "bottom") && typeof n === "number" && n >= 0 && n <= 4000,
        ),
      "{ top, bottom }: px from 0 to 4000",
    ),
  ),
  /**
   * `"direct"` (default): each line labeled at its end, or a key when labels cannot sit near their lines. `"legend"`: a
   * key above the plot.
   */
  labels: withDefault(oneOf("direct", "legend"), "direct"),
  /** CSS font-family list. Default `Helvetica, Arial, "Liberation Sans", sans-serif`. */
  fontFamily: withDefault(fontFamily, 'Helvetica, Arial, "Liberation Sans", sans-serif'),
  /**
   * The widths of the font in `fontFamily`, so that text wraps to them: from {@link fontMetricsFromFile}, or
   * measured in the page by `poll-trend/dom`. Default: built-in widths that fit both Arial and DejaVu Sans
   * (the fallback font of machines without Arial). Every width also leaves room for the WCAG 1.4.12
   * text-spacing override.
   */
  fontMetrics: optional(fontMetrics),
  ...TREND_OPTION_FIELDS,
  /**
   * The poll average, for a tracker whose series call for one (see `average`): `averages` from
   * `poll-trend/average` (its numbers, words and marks), a module of its own so an app that draws a few
   * polls per series does not carry it. Without it, such a chart is a `PollDataError` saying so.
   */
  averages: optional(averagesOption<ChartAverages>(["write", "paint"])),
  /**
   * `"full"` (default): the chart draws its title, subtitle and footer (source, notes). `"plot"`: only
   * the key, events, plot and axes, for a page that shows the title, subtitle and notes itself (as
   * {@link renderReport} does); the chart is then named "Line chart of …" rather than by the title, so
   * a screen reader hears the title once.
   */
  frame: withDefault(oneOf("full", "plot"), "full"),
};

/**
 * Options of {@link renderTrendChart}. Every option is checked; bad ones throw one `PollDataError`
 * naming each (`options.width`).
 *
 * @interface
 */
export type ChartOptions = Infer<typeof CHART_OPTION_FIELDS>;

/** Options after checking, with defaults filled in; the palette as each scheme's colors. */
export type ResolvedOptions = Omit<Resolve<typeof CHART_OPTION_FIELDS>, "palette"> & {
  /** Series colors of each scheme: the brand palette's, or the built-in ones. */
  readonly palette: { readonly light: readonly string[]; readonly dark: readonly string[] };
};

/** Below this width the chart takes its narrow layout. */
export const NARROW = 480;

/** A bad option: a {@link PollDataError} at `["options", option]`, so the CLI can name its flag. */
export function optionError(option: string, message: Message): PollDataError {
  return dataError([{ path: ["options", option], message }]);
}

/** One scheme's series colors, each at least 3:1 against the scheme's background (WCAG 1.4.11). */
function schemeColors(
  colors: readonly string[],
  path: (string | number)[],
  background: string,
  issues: Issues,
): readonly string[] {
  return colors.map((color, i) => {
    const hex = (color.length === 4 ? color.replace(/[0-9a-f]/gi, (d) => d + d) : color).toLowerCase();
    const problem = contrastProblem(hex, background);
    if (problem) issues.push({ path: [...path, i], message: problem.replace(`received ${hex}`, `received ${color}`) });
    return hex;
  });
}

/** Checks chart options and fills in defaults; every problem is named in one `PollDataError`. */
export const resolveOptions: (options: unknown) => ResolvedOptions = optionsCheck(
  CHART_OPTION_FIELDS,
  (o, issues, path) => {
    const given = o.palette;
    const at = [...path, "palette"];
    let light = LIGHT.series;
    let dark = DARK.series;
    if (Array.isArray(given)) {
      light = schemeColors(given, at, LIGHT.background, issues);
      // One list serves every scheme the chart can show: a light chart only light, others dark and (in print) light.
      if (o.colorScheme !== "light") dark = schemeColors(given, at, DARK.background, issues);
    } else if (given) {
      const { light: l, dark: d } = given as { light?: readonly string[]; dark?: readonly string[] };
      if (l) light = schemeColors(l, [...at, "light"], LIGHT.background, issues);
      if (d) dark = schemeColors(d, [...at, "dark"], DARK.background, issues);
    }
    for (const [id, color] of Object.entries(o.colors ?? {})) {
      const schemes = typeof color === "string" ? { light: color, dark: color } : color;
      const check = (scheme: "light" | "dark", background: string) => {
        const hex = schemes[scheme];
        const problem = hex && contrastProblem(hex, background);
        const where = typeof color === "string" ? [...path, "colors", id] : [...path, "colors", id, scheme];
        if (problem) issues.push({ path: where, message: problem });
      };
      check("light", LIGHT.background);
      if (o.colorScheme !== "light") check("dark", DARK.background);
    }
    return { ...o, palette: { light, dark } };
  },
);
