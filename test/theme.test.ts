import { describe, expect, it } from "vitest";
import { contrast, DARK, LIGHT } from "../src/chart/theme.js";
import { apNorcUkraineSupport, PollDataError, renderTrendChart } from "./api.js";
import { wcagContrast, wcagLuminance } from "./fixtures.js";
import { parseSvg } from "./svg.js";

const css = (svg: string) => parseSvg(svg).querySelector("style")?.textContent ?? "";
/** The declarations of a CSS rule for a class inside a block, e.g. `fill:light-dark(…)`. */
const rule = (block: string, cls: string) => new RegExp(`\\.${cls}\\{([^}]*)\\}`).exec(block)?.[1];
/** The body of an at-rule, by its prelude, counting braces. */
function block(text: string, prelude: string): string {
  const start = text.indexOf(`${prelude}{`);
  if (start < 0) return "";
  let depth = 0;
  for (let i = start + prelude.length; i < text.length; i++) {
    if (text[i] === "{") depth++;
    if (text[i] === "}" && --depth === 0) return text.slice(start + prelude.length + 1, i);
  }
  return "";
}

describe('colorScheme: "auto" follows the page\'s color-scheme (light-dark()), with fallbacks', () => {
  const auto = renderTrendChart(apNorcUkraineSupport, { colorScheme: "auto", idPrefix: "c" });
  const style = css(auto);
  const doc = parseSvg(auto);

  it("keeps the light colors in presentation attributes, for librsvg and other SVG consumers", () => {
    expect(doc.querySelector(".pt-bg")?.getAttribute("fill")).toBe(LIGHT.background);
    expect(doc.querySelector("text.pt-ftx")?.getAttribute("fill")).toBe(LIGHT.text);
  });

  it("overrides them with light-dark() of the light and dark palettes where supported", () => {
    const supported = block(style, "@supports (color:light-dark(#000,#fff))");
    expect(rule(supported, "pt-ftx")).toBe(`fill:light-dark(${LIGHT.text},${DARK.text})`);
    expect(rule(supported, "pt-fbg")).toBe(`fill:light-dark(${LIGHT.background},${DARK.background})`);
    expect(rule(supported, "pt-ks1")).toBe(`stroke:light-dark(${LIGHT.series[1]},${DARK.series[1]})`);
  });

  it("falls back to prefers-color-scheme without light-dark(), and follows the system as a standalone document", () => {
    const fallback = block(
      block(style, "@supports not (color:light-dark(#000,#fff))"),
      "@media (prefers-color-scheme:dark)",
    );
    expect(rule(fallback, "pt-ftx")).toBe(`fill:${DARK.text}`);
    expect(style).toContain("#c:root{color-scheme:light dark}");
  });

  it("prints light, and leaves forced colors last so they win", () => {
    const print = block(style, "@media print");
    expect(rule(print, "pt-ftx")).toBe(`fill:${LIGHT.text}`);
    expect(rule(print, "pt-fbg")).toBe(`fill:${LIGHT.background}`);
    expect(style.lastIndexOf("@media (forced-colors:active)")).toBeGreaterThan(style.indexOf("@media print"));
  });

  it("prints a dark chart light too; a light chart needs no print rules", () => {
    const dark = css(renderTrendChart(apNorcUkraineSupport, { colorScheme: "dark" }));
    expect(rule(block(dark, "@media print"), "pt-ftx")).toBe(`fill:${LIGHT.text}`);
    expect(css(renderTrendChart(apNorcUkraineSupport))).not.toContain("@media print");
  });
});

describe('background: "transparent" and a brand palette', () => {
  it("leaves the background unpainted in attributes and CSS", () => {
    const svg = renderTrendChart(apNorcUkraineSupport, { background: "transparent", colorScheme: "auto" });
    expect(parseSvg(svg).querySelector(".pt-bg")).toBeNull();
    expect(css(svg)).not.toMatch(/\.pt-fbg\{fill:(light-dark|#)/);
    expect(rule(block(css(svg), "@media print"), "pt-fbg")).toBeUndefined();
  });

  it("draws the series in the brand colors of each scheme", () => {
    const light = ["#00558c", "#b3261e"];
    const svg = renderTrendChart(apNorcUkraineSupport, { palette: { light, dark: ["#7cc4ff", "#ff9b8f"] } });
    const strokes = [...parseSvg(svg).querySelectorAll('[role="graphics-object"] > path[stroke-width="2.5"]')];
    expect(strokes.map((p) => p.getAttribute("stroke"))).toEqual(light);
    const dark = renderTrendChart(apNorcUkraineSupport, {
      colorScheme: "dark",
      palette: { dark: ["#7cc4ff", "#ff9b8f"] },
    });
    expect(parseSvg(dark).querySelector(".pt-ks0")?.getAttribute("stroke")).toBe("#7cc4ff");
  });

  it("refuses a color under 3:1 against its scheme's background, naming it and the ratio", () => {
    const yellow = "#ffcc00";
    const ratio = Math.floor(contrast(yellow, LIGHT.background) * 100) / 100;
    expect(ratio).toBeLessThan(3);
    const refuse = () => renderTrendChart(apNorcUkraineSupport, { palette: ["#1f5fa8", yellow] });
    expect(refuse).toThrow(PollDataError);
    expect(refuse).toThrow(
      `options.palette[1]: expected a color with at least 3:1 contrast with the background #ffffff (WCAG 1.4.11), received ${yellow}, which has ${ratio}:1`,
    );
    // One list serves every scheme the chart shows: for "auto", it must pass on the dark background too.
    expect(renderTrendChart(apNorcUkraineSupport, { palette: ["#1e3a8a", "#7c3aed"] })).toContain("#1e3a8a");
    expect(() => renderTrendChart(apNorcUkraineSupport, { colorScheme: "auto", palette: ["#1e3a8a"] })).toThrow(
      /palette\[0\]: expected a color with at least 3:1 contrast with the background #141414 \(WCAG 1\.4\.11\), received #1e3a8a, which has 1\.\d+:1/,
    );
    expect(() => renderTrendChart(apNorcUkraineSupport, { palette: { dark: ["#1e3a8a"] } })).toThrow(
      /palette\.dark\[0\]/,
    );
  });

  it("refuses what is not a list of #rrggbb colors, and an unknown background", () => {
    expect(() => renderTrendChart(apNorcUkraineSupport, { palette: ["blue"] })).toThrow(
      "options.palette: expected a list of 1 to 50 colors written #rrggbb, or { light, dark } of such lists, received an array",
    );
    expect(() => renderTrendChart(apNorcUkraineSupport, { palette: [] })).toThrow(/options\.palette: expected/);
    expect(() => renderTrendChart(apNorcUkraineSupport, { background: "none" as unknown as "transparent" })).toThrow(
      'options.background: expected "solid" or "transparent", received "none"',
    );
  });
});

describe("a refused color's nearest passing shade", () => {
  const luminance = wcagLuminance;
  const ratio = wcagContrast;
  const refusal = (color: string, scheme: "light" | "dark") => {
    try {
      renderTrendChart(apNorcUkraineSupport, { colorScheme: scheme, palette: { [scheme]: [color] } });
    } catch (error) {
      return (error as PollDataError).issues[0]?.message ?? "";
    }
    return "";
  };

  it("is lighter on a dark background and darker on a light one, and passes 3:1 by WCAG's own formula", () => {
    for (const [color, scheme, background, way] of [
      ["#0a0a0a", "dark", DARK.background, "lighter"],
      ["#ffcc00", "light", LIGHT.background, "darker"],
    ] as const) {
      const message = refusal(color, scheme);
      // The ratio as refused, floored to hundredths as the message prints it (#0a0a0a: every channel in the
      // formula's linear segment, 10/255 ≤ 0.04045).
      expect(message).toContain(`received ${color}, which has ${Math.floor(ratio(color, background) * 100) / 100}:1;`);
      expect(message).toContain(`(the same hue, ${way})`);
      const shade = /; (#[0-9a-f]{6}) passes/.exec(message)?.[1] ?? "";
      expect(ratio(shade, background)).toBeGreaterThanOrEqual(3);
      expect(ratio(shade, background)).toBeLessThan(3.1);
      expect(luminance(shade) > luminance(color)).toBe(way === "lighter");
    }
  });
});
