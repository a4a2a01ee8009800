import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { apNorcUkraineSupport, parseDataset, renderTrendChart, renderTrendFigure } from "./api.js";

const parse = (html: string) => new JSDOM(`<!doctype html><body>${html}</body></html>`).window.document;
const DEFAULT_WIDTHS = [280, 320, 360, 400, 480, 640];

describe("renderTrendFigure(dataset, options): the chart at several widths, for pages before or without JavaScript", () => {
  const html = renderTrendFigure(apNorcUkraineSupport, { colorScheme: "auto", idPrefix: "f" });
  const doc = parse(html);
  const css = doc.querySelector("style")?.textContent ?? "";

  it("holds the chart drawn at 280, 320, 360, 400, 480 and 640 px, each the chart renderTrendChart draws at that width", () => {
    const charts = [...doc.querySelectorAll(".pt-fw")];
    expect(charts.map((c) => Number(c.getAttribute("data-width")))).toEqual(DEFAULT_WIDTHS);
    for (const [i, width] of DEFAULT_WIDTHS.entries())
      expect(charts[i]?.innerHTML).toBe(
        parse(
          renderTrendChart(apNorcUkraineSupport, { colorScheme: "auto", width, idPrefix: `f-${width}` }),
        ).querySelector("svg")?.outerHTML,
      );
    const ids = [...doc.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("covers phone columns closely: from 280 to 440 px no chart is scaled up more than 15%", () => {
    // A column of c px shows the widest chart no wider than c, scaled by c / width up to the next width.
    for (let column = 280; column <= 440; column++) {
      const shown = DEFAULT_WIDTHS.filter((w) => w <= column).at(-1) as number;
      expect(column / shown, `a ${column} px column`).toBeLessThan(1.15);
    }
  });

  it("switches them by container queries on its own width, with media queries where those are unsupported", () => {
    expect(css).toContain("#f-280-figure{container:pt-figure/inline-size}");
    expect(css).toContain(
      "@container pt-figure (min-width:320px){#f-280-figure .pt-fw{display:none}#f-280-figure .pt-fw1{display:block}",
    );
    expect(css).toContain("@container pt-figure (min-width:640px){");
    expect(css).toMatch(
      /@supports not \(container-type:inline-size\)\{@media \(min-width:360px\)\{.*@media \(min-width:680px\)/,
    );
  });

  it("scales each chart up to the next width, never down: fills the figure up to it", () => {
    expect(css).toContain("#f-280-figure svg{display:block;width:100%;height:auto}");
    expect(css).toContain("#f-280-figure .pt-fw0 svg{max-width:320px}");
    expect(css).toContain("#f-280-figure .pt-fw5 svg{max-width:960px}");
  });

  it("takes other widths, from 200 px, and refuses bad ones, a single width and more than eight", () => {
    const two = parse(renderTrendFigure(apNorcUkraineSupport, { widths: [200, 640] }));
    expect(two.querySelectorAll("svg")).toHaveLength(2);
    expect(() => renderTrendFigure(apNorcUkraineSupport, { widths: [640] })).toThrow(
      /options\.widths: expected 2 to 8/,
    );
    const nine = Array.from({ length: 9 }, (_, i) => 300 + 40 * i);
    expect(() => renderTrendFigure(apNorcUkraineSupport, { widths: nine })).toThrow(/expected 2 to 8/);
    expect(() => renderTrendFigure(apNorcUkraineSupport, { widths: [400, 300] })).toThrow(/increasing/);
    expect(() => renderTrendFigure(apNorcUkraineSupport, { widths: [199, 300] })).toThrow(/from 200 to 4000/);
    expect(() => renderTrendFigure(apNorcUkraineSupport, { width: 640 } as never)).toThrow(
      /options\.width: expected no width/,
    );
    expect(() => renderTrendFigure(apNorcUkraineSupport, { embedData: "yes" } as never)).toThrow(
      /options\.embedData: expected true or false, received "yes"/,
    );
  });

  it("embeds its dataset and options as JSON with embedData, where no text can end the script", () => {
    const hostile = { ...apNorcUkraineSupport, title: "Aid </script><script>alert(1)</script> & more" };
    const options = { colorScheme: "dark", labels: "legend" } as const;
    const out = renderTrendFigure(hostile, { ...options, embedData: true });
    const island = parse(out).querySelector(".pt-figure > script.pt-data[type='application/json']");
    expect(JSON.parse(island?.textContent ?? "")).toEqual({ dataset: parseDataset(hostile), options });
    expect(out).not.toContain("</script><script>alert");
    expect(parse(out).querySelectorAll("script")).toHaveLength(1);
    expect(html).not.toContain("pt-data");
  });

  it("is pure: the same input gives the same bytes", () => {
    expect(renderTrendFigure(apNorcUkraineSupport, { colorScheme: "auto", idPrefix: "f" })).toBe(html);
  });
});
