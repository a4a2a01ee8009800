import { type ScaleOrdinal, scaleOrdinal } from "d3-scale";
import { type AttrValue, el, type Markup, num } from "../markup/builder.js";

/** The colors of one scheme. Every text color has at least 4.5:1 contrast with `background`, every series color at least 3:1. */
export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly series: readonly string[];
}

/** Colors on a white background: text ≥ 4.5:1, series ≥ 3:1 (checked in the tests). */
export const LIGHT: Palette = {
  background: "#ffffff",
  text: "#1a1a1a",
  muted: "#555555",
  grid: "#e3e3e3",
  axis: "#767676",
  // Blue, vermilion, green, purple, ochre, teal, magenta, olive, gray, navy: distinct in hue and lightness.
  series: [
    "#1f5fa8",
    "#c2410c",
    "#17803d",
    "#7c3aed",
    "#a16207",
    "#0e7490",
    "#be185d",
    "#5b6b00",
    "#525252",
    "#1e3a8a",
  ],
};

/** Colors on a near-black background, same contrast rules. */
export const DARK: Palette = {
  background: "#141414",
  text: "#f2f2f2",
  muted: "#b8b8b8",
  grid: "#363636",
  axis: "#8f8f8f",
  series: [
    "#6fb1ff",
    "#ff8f5e",
    "#4fd17f",
    "#b89cff",
    "#f2b84b",
    "#3fc6dc",
    "#ff7ab8",
    "#c3d64a",
    "#bdbdbd",
    "#8fa8ff",
  ],
};

/** Dash patterns (WCAG 1.4.1: series differ by more than color). */
export const DASHES = ["", "7 3", "2 3", "9 3 2 3", "4 4"];

/** Marker shapes as path commands relative to the marker's center. */
export const SHAPES = ["circle", "square", "triangle", "diamond", "triangle-down"] as const;

/** The marker shape and dash of series `i`: no two of the first 25 series share both. */
export function seriesStyle(i: number): { shape: (typeof SHAPES)[number]; dash: string } {
  return { shape: SHAPES[i % 5] ?? "circle", dash: DASHES[(i + Math.floor(i / 5)) % 5] ?? "" };
}

/** A marker's path centered on (x, y); `r` is about its radius. */
export function markerPath(shape: (typeof SHAPES)[number], x: number, y: number, r: number): string {
  const f = num;
  switch (shape) {
    case "square":
      return `M${f(x - r * 0.85)},${f(y - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
    case "triangle":
      return `M${f(x)},${f(y - r * 1.15)}L${f(x + r * 1.1)},${f(y + r * 0.85)}H${f(x - r * 1.1)}Z`;
    case "triangle-down":
      return `M${f(x)},${f(y + r * 1.15)}L${f(x + r * 1.1)},${f(y - r * 0.85)}H${f(x - r * 1.1)}Z`;
    case "diamond":
      return `M${f(x)},${f(y - r * 1.25)}L${f(x + r * 1.25)},${f(y)}L${f(x)},${f(y + r * 1.25)}L${f(x - r * 1.25)},${f(y)}Z`;
    default:
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
}

// A palette's categorical color scale (d3's ordinal scale: series index to color, cycling after its colors),
// made once per palette; its domain grows to the highest index asked for, so it is always 0, 1, 2, ….
// Weakly held: a brand palette's scale goes with its chart.
const colorScales = new WeakMap<Palette, ScaleOrdinal<number, string>>();

/** The color of series `i`, from the palette's ordinal color scale; colors repeat after the palette's last. */
export function seriesColor(palette: Palette, i: number): string {
  let scale = colorScales.get(palette);
  if (!scale) {
    scale = scaleOrdinal<number, string>().range(palette.series);
    colorScales.set(palette, scale);
  }
  if (i >= scale.domain().length) scale.domain(Array.from({ length: i + 1 }, (_, k) => k));
  return scale(i);
}

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
 * The marker of series `index` centered on (x, y): its shape and color, outlined in the background
 * color. The same glyph marks polls, direct labels and legend entries. A `hollow` marker (a poll with
 * no published margin of error, where other polls show theirs) is outlined in the series color and
 * filled with the background, so it never looks more certain than a poll with error bars.
 */
export function marker(
  index: number,
  x: number,
  y: number,
  palette: Palette,
  attrs: Record<string, AttrValue> = {},
  hollow = false,
): Markup {
  const d = markerPath(seriesStyle(index).shape, x, y, 4);
  const color = seriesColor(palette, index);
  if (hollow)
    return el("path", {
      class: `pt-s${index} pt-hollow`,
      d,
      fill: palette.background,
      stroke: color,
      "stroke-width": 1.5,
      ...attrs,
    });
  return el("path", {
    class: `pt-f${index} pt-mk`,
    d,
    fill: color,
    stroke: palette.background,
    "stroke-width": 1,
    ...attrs,
  });
}

/** sRGB relative luminance of `#rrggbb` (WCAG 2.2). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two `#rrggbb` colors, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** What {@link chartStyle} needs of the options. */
export interface StyleOptions {
  readonly colorScheme: "light" | "dark" | "auto";
  readonly background: "solid" | "transparent";
  readonly palette: { readonly light: readonly string[]; readonly dark: readonly string[] };
}

/** The classes whose colors a scheme sets: selector, property, and the palette's color for it. */
function colored(p: Palette, count: number, background: boolean): [string, string, string][] {
  const rules: [string, string, string][] = [
    [".pt-tx", "fill", p.text],
    [".pt-mu", "fill", p.muted],
    [".pt-gr", "stroke", p.grid],
    [".pt-ax", "stroke", p.axis],
    [".pt-mk", "stroke", p.background],
    [".pt-hollow", "fill", p.background],
  ];
  if (background) rules.unshift([".pt-bg", "fill", p.background]);
  for (let i = 0; i < count; i++) {
    const color = seriesColor(p, i);
    rules.push([`.pt-s${i}`, "stroke", color], [`.pt-f${i}`, "fill", color]);
  }
  return rules;
}

/**
 * The CSS inside the SVG. Colors live in presentation attributes so every SVG consumer (librsvg,
 * Inkscape) shows them; CSS only overrides them, scoped by the chart id: for `auto`, the dark colors
 * by CSS `light-dark()`, which follows the page's `color-scheme` (a standalone SVG, the `:root`, follows
 * the reader's system), or by `prefers-color-scheme` where `light-dark()` is unsupported; light colors
 * in print; and the system's colors under forced colors. And `display: block`, so that a page lays
 * it out at its own height.
 */
export function chartStyle(id: string, o: StyleOptions, count: number): string {
  const s = `#${id}`;
  const { light, dark } = schemePalettes(o.palette);
  const solid = o.background === "solid";
  const rules = (values: [string, string, string][]) =>
    values.map(([c, prop, v]) => `${s} ${c}{${prop}:${v}}`).join("");
  // A block, not inline: in a page the chart takes its own height, with no gap under it for a line's
  // descenders, so a server-rendered chart keeps its height when poll-trend/dom takes it over.
  let css = `${s}{display:block}`;
  if (o.colorScheme === "auto") {
    const darkRules = colored(dark, count, solid);
    const both = colored(light, count, solid).map(([c, prop, v], i): [string, string, string] => [
      c,
      prop,
      `light-dark(${v},${darkRules[i]?.[2]})`,
    ]);
    const test = "(color:light-dark(#000,#fff))";
    css += `${s}:root{color-scheme:light dark}@supports ${test}{${rules(both)}}`;
    css += `@supports not ${test}{@media (prefers-color-scheme:dark){${rules(darkRules)}}}`;
  }
  if (o.colorScheme !== "light") css += `@media print{${rules(colored(light, count, solid))}}`;
  const forced = `@media (forced-colors:active){${s} .pt-bg{fill:Canvas}${s} .pt-tx,${s} .pt-mu{fill:CanvasText}${s} .pt-gr,${s} .pt-ax{stroke:GrayText}${s} .pt-mk{stroke:Canvas}${s} [class*=pt-s]{stroke:CanvasText}${s} [class*=pt-f]{fill:CanvasText}${s} .pt-band{fill:GrayText}${s} .pt-hollow{fill:Canvas}}`;
  return `${css}${forced}`;
}
