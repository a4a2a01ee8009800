import { describe, expect, it } from "vitest";
import { el, escapeMarkup, num, text } from "../src/markup/builder.js";

describe("num(value): fixed two-decimal coordinates", () => {
  const cases: [number, string][] = [
    [0, "0"],
    [-0, "0"],
    [-0.001, "0"],
    [1, "1"],
    [12.5, "12.5"],
    [12.345, "12.35"],
    [0.05, "0.05"],
    [-0.05, "-0.05"],
    [-3.1, "-3.1"],
    [100.1, "100.1"],
    [99.999, "100"],
    [1234.56, "1234.56"],
    [-1234.5, "-1234.5"],
    [0.999, "1"],
    [7.07, "7.07"],
  ];
  for (const [value, expected] of cases) it(`writes ${value} as ${expected}`, () => expect(num(value)).toBe(expected));
  it("agrees with rounding then String() on many values", () => {
    for (let i = -20_000; i <= 20_000; i += 7) {
      const v = i / 137;
      const rounded = Math.round(v * 100) / 100;
      expect(num(v)).toBe(String(rounded === 0 ? 0 : rounded));
    }
  });
  it("throws on NaN and infinities", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(() => num(bad)).toThrow(new RangeError(`poll-trend: cannot write ${bad} into markup`));
  });
});

describe("el(tag, attrs, ...children): the one markup builder", () => {
  it("escapes text and attribute values, including whitespace controls", () => {
    expect(escapeMarkup(`<a href="x">'&'</a>\t\n\r`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;&#9;&#10;&#13;",
    );
    expect(el("text", { x: 1.005, "aria-label": '"><script>' }, text("a<b"))).toBe(
      '<text x="1" aria-label="&quot;&gt;&lt;script&gt;">a&lt;b</text>',
    );
  });
  it("leaves out undefined, null and false attributes and closes SVG shapes itself", () => {
    expect(el("path", { d: "M0,0", fill: undefined, stroke: null, hidden: false })).toBe('<path d="M0,0"/>');
    expect(el("meta", { charset: "utf-8" })).toBe('<meta charset="utf-8">');
    expect(el("g", {})).toBe("<g></g>");
  });
});

describe("pretty(markup): goldens a reviewer can read", () => {
  it("puts each element on its own line, keeps text elements whole and normalizes a hashed id", async () => {
    const { pretty } = await import("./pretty.js");
    const svg =
      '<svg id="pt-abc12" aria-labelledby="pt-abc12-title"><title id="pt-abc12-title">A &amp; B</title><g class="x"><path d="M0,0"/><text x="1"><tspan font-weight="bold">48%</tspan> Favor</text></g></svg>';
    expect(pretty(svg)).toBe(
      '<svg id="pt-ID" aria-labelledby="pt-ID-title">\n  <title id="pt-ID-title">A &amp; B</title>\n  <g class="x">\n    <path d="M0,0"/>\n    <text x="1"><tspan font-weight="bold">48%</tspan> Favor</text>\n  </g>\n</svg>\n',
    );
  });
});
