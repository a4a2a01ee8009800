import type { Ink } from "./scene.js";

/**
 * The colors of one scheme. Every text color has at least 4.5:1 contrast with `background`; every
 * series color, `grey` and every dot color at least 3:1 (WCAG 1.4.11, checked in the tests).
 */
export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  /** The zero line of net values: stronger than the grid. */
  readonly zero: string;
  /** Series not highlighted in a crowded field. */
  readonly grey: string;
  readonly series: readonly string[];
}

// The series colors: eight hue families (blue, ochre, rust, teal, violet, pink, green, dark green),
// chosen together for both schemes so a series keeps its hue family, by a search that maximised the
// smallest CIEDE2000 difference between any two colors as seen with normal vision and with deuteranopia,
// protanopia and tritanopia (Machado, Oliveira and Fernandes 2009, full severity): for the first six,
// at least 12 in both schemes; for all eight, at least 9.8 (the tests recompute it). Each has 3.3:1 to
// 8:1 contrast with its background. Beyond eight series, `highlight` colors a few and greys the rest.

/** Colors on a white background. */
export const LIGHT: Palette = {
  background: "#ffffff",
  text: "#1a1a1a",
  muted: "#555555",
  grid: "#e3e3e3",
  axis: "#767676",
  zero: "#767676",
  grey: "#8a8a8a",
  series: ["#1f5fa8", "#b87a00", "#933310", "#129ba5", "#8370ff", "#dc1867", "#21836f", "#186240"],
};

/** Colors on a near-black background, same contrast rules. */
export const DARK: Palette = {
  background: "#141414",
  text: "#f2f2f2",
  muted: "#b8b8b8",
  grid: "#363636",
  axis: "#8f8f8f",
  zero: "#8f8f8f",
  grey: "#7d7d7d",
  series: ["#6fb1ff", "#b07800", "#ef8f6c", "#12898f", "#8674ff", "#f7b6d0", "#29a38b", "#6cdaa7"],
};

/** Dashes, used only where color is gone (forced colors) or asked for: series differ by more than color. */
export const DASHES = ["", "7 3", "2 3", "9 3 2 3", "4 4", "12 3"];

/** The light and dark palettes of a chart: the built-in ones, with a brand palette's series colors where given. */
export function schemePalettes(series: { readonly light: readonly string[]; readonly dark: readonly string[] }): {
  readonly light: Palette;
  readonly dark: Palette;
} {
  return {
    light: series.light === LIGHT.series ? LIGHT : { ...LIGHT, series: series.light },
    dark: series.dark === DARK.series ? DARK : { ...DARK, series: series.dark },
  };
}

/**
 * The color of palette place `i`: the palette repeats after its last color. (A place, not a category:
 * d3-scale's scaleOrdinal did this, and brought 1.5 kB gzip of d3-array's module code with it.)
 */
export const seriesColor = (palette: Palette, i: number): string => palette.series[i % palette.series.length]!;

/** sRGB relative luminance of `#rrggbb` (WCAG 2.2). */
export function luminance(hex: string): number {
  const linear = (i: number) => {
    const c = channel(hex, i) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(0) + 0.7152 * linear(1) + 0.0722 * linear(2);
}

/** Channel `i` (0 red, 1 green, 2 blue) of `#rrggbb`, from 0 to 255. */
const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);

/** WCAG contrast ratio between two `#rrggbb` colors, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const x = luminance(a);
  const y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The nearest shade of a color's hue with at least 3:1 contrast with `background` (WCAG 1.4.11): the color
 * mixed toward black on a light background, toward white on a dark one, as little as passes.
 *
 * @example
 * passingShade("#faa61a", "#ffffff"); // "#cb8615" (3.01:1), for the Liberal Democrats' orange
 */
export function passingShade(color: string, background: string): string {
  if (contrast(color, background) >= 3) return color;
  return mixAtContrast(color, light(background) ? "#000000" : "#ffffff", background, 3, "least", 14);
}

/**
 * `color` mixed toward `target` as little (`"least"`) or as much (`"most"`) as keeps at least `ratio`
 * contrast with `background`, found by bisection over the mix in `steps` halvings.
 */
function mixAtContrast(
  color: string,
  target: string,
  background: string,
  ratio: number,
  how: "least" | "most",
  steps: number,
): string {
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < steps; k++) {
    const t = (lo + hi) / 2;
    const passes = contrast(mix(color, target, t), background) >= ratio;
    // Toward the background a mix loses contrast as it goes; toward black or white it gains it.
    if (passes === (how === "most")) lo = t;
    else hi = t;
  }
  return mix(color, target, how === "most" ? lo : hi);
}

/** A color refused for too little contrast, with the shade that passes: for error messages. */
export function contrastProblem(color: string, background: string): string | undefined {
  const hex = color.toLowerCase();
  const ratio = contrast(hex, background);
  if (ratio >= 3) return undefined;
  const shade = passingShade(hex, background);
  const ratioOf = (c: string) => `${Math.floor(contrast(c, background) * 100) / 100}:1`;
  return (
    `expected a color with at least 3:1 contrast with the background ${background} (WCAG 1.4.11), received ` +
    `${color}, which has ${ratioOf(hex)}; ${shade} passes at ${ratioOf(shade)} (the same hue, ` +
    `${light(background) ? "darker" : "lighter"})`
  );
}

/** Whether a background is light: a color on it passes by darkening, not lightening. */
const light = (background: string) => luminance(background) > 0.2;

/** `a` mixed toward `b` by `t` (0: `a`, 1: `b`), as `#rrggbb`. */
function mix(a: string, b: string, t: number): string {
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/**
 * A poll's dot in a tracker: the series color lightened toward the background as far as it can go
 * while keeping 3:1 contrast with it, so thousands of dots stay behind the average's line yet visible.
 */
export function dotColor(color: string, background: string): string {
  return mixAtContrast(color, background, background, 3.05, "most", 12);
}

/** A band's tint: this share of its series' color over the background. */
export const BAND_TINT = 0.16;

/** The color an ink names in a palette. */
export function inkColor(p: Palette, ink: Ink): string {
  if (ink === "none") return "none";
  if (ink === "grey-dot") return dotColor(p.grey, p.background);
  const i = Number(ink.slice(1));
  const color = seriesColor(p, i);
  // A series' color, its dot's, or its band's tint: the color at BAND_TINT over the background, opaque.
  if (i >= 0)
    return ink[0] === "s"
      ? color
      : ink[0] === "d"
        ? dotColor(color, p.background)
        : mix(p.background, color, BAND_TINT);
  return p[ink as "text"];
}

/** The CSS class that lets the styles below recolor an ink: `pt-tx`, `pt-s0`, `pt-d0`. */
export const inkClass = (ink: Ink, property: "fill" | "stroke"): string =>
  `pt-${property === "fill" ? "f" : "k"}${INK_NAMES[ink] ?? ink}`;

const INK_NAMES: Readonly<Record<string, string>> = {
  text: "tx",
  muted: "mu",
  grid: "gr",
  axis: "ax",
  zero: "ze",
  background: "bg",
  grey: "gy",
  "grey-dot": "gd",
};

/** What {@link chartStyle} needs of the options. */
export interface StyleOptions {
  readonly colorScheme: "light" | "dark" | "auto";
  readonly background: "solid" | "transparent";
  readonly palette: { readonly light: readonly string[]; readonly dark: readonly string[] };
}

/** The ink classes a drawing printed, in the order first printed: each with its ink and the property it colors. */
export type InksUsed = Map<string, readonly [ink: Ink, property: "fill" | "stroke"]>;

/**
 * The CSS inside the SVG, for the ink classes `used` (those printed). Colors live in presentation attributes so every
 * SVG consumer (librsvg,
 * Inkscape) shows them; CSS only overrides them, scoped by the chart id: for `auto`, the dark colors
 * by CSS `light-dark()`, which follows the page's `color-scheme` (a standalone SVG, the `:root`, follows
 * the reader's system), or by `prefers-color-scheme` where `light-dark()` is unsupported; light colors
 * in print; and under forced colors the system's colors, with the lines told apart by dashes. And
 * `display: block`, so that a page lays it out at its own height, and in a page `max-width: 100%` with
 * `height: auto`, so that a chart never overflows its container before a script draws it to fit (a
 * standalone file, the `:root`, keeps its own size).
 */
export function chartStyle(id: string, o: StyleOptions, count: number, used: InksUsed): string {
  const s = `#${id}`;
  const { light, dark } = schemePalettes(o.palette);
  // A rule for each ink class the chart prints, and no other (a transparent background's none).
  const rules = (value: (ink: Ink) => string) => {
    let css = "";
    for (const [name, [ink, property]] of used)
      if (ink !== "background" || o.background === "solid") css += `${s} .${name}{${property}:${value(ink)}}`;
    return css;
  };
  let css = `${s}{display:block}${s}:not(:root){max-width:100%;height:auto}`;
  if (o.colorScheme === "auto") {
    const test = "(color:light-dark(#000,#fff))";
    css +=
      `${s}:root{color-scheme:light dark}@supports ` +
      `${test}{${rules((ink) => `light-dark(${inkColor(light, ink)},${inkColor(dark, ink)})`)}}`;
    css += `@supports not ${test}{@media (prefers-color-scheme:dark){${rules((ink) => inkColor(dark, ink))}}}`;
  }
  if (o.colorScheme !== "light") css += `@media print{${rules((ink) => inkColor(light, ink))}}`;
  let dashes = "";
  for (let i = 1; i < count; i++)
    dashes += `${s} .pt-line${i}{stroke-dasharray:${DASHES[i % DASHES.length] || "none"}}`;
  const forced =
    `@media (forced-colors:active){${s} [class*=pt-f]{fill:CanvasText}${s} ` +
    `[class*=pt-k]{stroke:CanvasText}${s} .pt-kgr,${s} .pt-kax{stroke:GrayText}${s} .pt-fbg{fill:Canvas}${s} ` +
    `[class*=pt-kb]{stroke:Canvas}${s} .pt-band{fill:GrayText;fill-opacity:.3}${dashes}}`;
  return `${css}${forced}`;
}
