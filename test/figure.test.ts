import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { apNorcUkraineSupport, renderTrendChart, renderTrendFigure } from "./api.js";

const parse = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

describe("renderTrendFigure(dataset, options): the chart at several widths, for pages without JavaScript", () => {
  const html = renderTrendFigure(apNorcUkraineSupport, { colorScheme: "auto", idPrefix: "f" });
  const doc = parse(html);
  const css = doc.querySelector("style")?.textContent ?? "";

  it("holds the chart drawn at 240, 400 and 640 px, each the chart renderTrendChart draws at that width", () => {
    const charts = [...doc.querySelectorAll(".pt-fw")];
    expect(charts.map((c) => c.getAttribute("data-width"))).toEqual(["240", "400", "640"]);
    for (const [i, width] of [240, 400, 640].entries())
      expect(charts[i]?.innerHTML).toBe(
        parse(
          renderTrendChart(apNorcUkraineSupport, { colorScheme: "auto", width, idPrefix: `f-${width}` }),
        ).querySelector("svg")?.outerHTML,
      );
    const ids = [...doc.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("switches them by container queries on its own width, with media queries where those are unsupported", () => {
    expect(css).toContain("#f-240-figure{container:pt-figure/inline-size}");
    expect(css).toContain(
      "@container pt-figure (min-width:400px){#f-240-figure .pt-fw{display:none}#f-240-figure .pt-fw1{display:block}",
    );
    expect(css).toContain("@container pt-figure (min-width:640px){");
    expect(css).toMatch(
      /@supports not \(container-type:inline-size\)\{@media \(min-width:440px\)\{.*@media \(min-width:680px\)/,
    );
  });

  it("scales each chart up to the next width, never down: fills the figure up to it", () => {
    expect(css).toContain("#f-240-figure svg{display:block;width:100%;height:auto}");
    expect(css).toContain("#f-240-figure .pt-fw0 svg{max-width:400px}");
    expect(css).toContain("#f-240-figure .pt-fw2 svg{max-width:960px}");
  });

  it("takes other widths, and refuses bad ones and a single width", () => {
    const two = parse(renderTrendFigure(apNorcUkraineSupport, { widths: [288, 640] }));
    expect(two.querySelectorAll("svg")).toHaveLength(2);
    expect(() => renderTrendFigure(apNorcUkraineSupport, { widths: [640] })).toThrow(
      /options\.widths: expected 2 to 5/,
    );
    expect(() => renderTrendFigure(apNorcUkraineSupport, { widths: [400, 300] })).toThrow(/increasing/);
    expect(() => renderTrendFigure(apNorcUkraineSupport, { widths: [200, 300] })).toThrow(/from 240 to 4000/);
    expect(() => renderTrendFigure(apNorcUkraineSupport, { width: 640 } as never)).toThrow(
      /options\.width: expected no width/,
    );
  });

  it("is pure: the same input gives the same bytes", () => {
    expect(renderTrendFigure(apNorcUkraineSupport, { colorScheme: "auto", idPrefix: "f" })).toBe(html);
  });
});
