import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { apNorcUkraineSupport, methodsNote, renderReport, summarizeTrend } from "./api.js";
import { tracker } from "./cases.js";

const html = renderReport(apNorcUkraineSupport);
const doc = new JSDOM(html).window.document;
/** What a screen reader can reach: the page without scripts, styles and the hidden narrow chart. */
function readable(d: Document): string {
  const main = d.querySelector("main")?.cloneNode(true) as HTMLElement;
  for (const e of main.querySelectorAll("script, style, .narrow, svg title, svg desc")) e.remove();
  return main.textContent ?? "";
}

describe("renderReport(dataset): one standalone page", () => {
  it("reads the title once, keeps the subtitle in one node, and names the figure", () => {
    const text = readable(doc);
    expect(text.split(apNorcUkraineSupport.title)).toHaveLength(2);
    expect(doc.querySelector("h1")?.textContent).toBe(apNorcUkraineSupport.title);
    expect(doc.querySelector(".sub")?.textContent).toBe(apNorcUkraineSupport.subtitle);
    expect(text.split(apNorcUkraineSupport.subtitle ?? "")).toHaveLength(2);
    const figure = doc.querySelector("figure");
    expect(figure?.getAttribute("aria-label")).toBe("Chart");
    expect(figure?.querySelector("svg title")?.textContent).toBe(
      "Line chart of Favor providing weapons and Favor sending funds, March 2022 to November 2023",
    );
  });

  it("reads the full summary once, as the figure's caption, with the chart's short alt text apart", () => {
    const summary = summarizeTrend(apNorcUkraineSupport);
    expect(doc.querySelector("figcaption p")?.textContent).toBe(summary);
    expect(readable(doc).split(summary)).toHaveLength(2);
    expect(doc.querySelector(".wide svg desc")?.textContent).toBe(
      `${summarizeTrend(apNorcUkraineSupport, { length: "short" })} Axis from 30% to 65%.`,
    );
    expect(doc.querySelector("figcaption .notes")?.textContent).toBe("Bars: margins of error, where published.");
    expect(html).toContain(`<p>${methodsNote(apNorcUkraineSupport)}</p>`);
  });

  it("has a wide and a narrow static chart for readers without JavaScript, and the live chart's data", () => {
    expect(doc.querySelector(".wide svg")?.getAttribute("width")).toBe("640");
    expect(doc.querySelector(".narrow svg")?.getAttribute("width")).toBe("288");
    const config = JSON.parse(doc.querySelector('figure script[type="application/json"]')?.textContent ?? "{}");
    expect(config.dataset).toEqual(JSON.parse(JSON.stringify(apNorcUkraineSupport)));
    expect(config.options).toEqual({
      colorScheme: "auto",
      frame: "plot",
      locale: "en-US",
      average: "auto",
      idPrefix: "report-chart",
    });
    const ids = [...doc.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("makes no network request: no external script, style, image or frame", () => {
    expect(doc.querySelectorAll("script[src], link, img, iframe, object, embed")).toHaveLength(0);
    expect(html).not.toMatch(/\burl\(|@import|fetch\(|XMLHttpRequest/);
    expect([...doc.querySelectorAll("[href]")].map((a) => a.getAttribute("href"))).toEqual(["https://apnorc.org/"]);
  });

  it("summarizes a table of more than 300 polls by month, with every poll one click away", () => {
    const page = new JSDOM(renderReport(tracker)).window.document;
    const [byMonth, every] = [...page.querySelectorAll("table")];
    expect(byMonth?.querySelector("caption")?.textContent).toBe("Polls by month, percent");
    expect(page.querySelector("details > summary")?.textContent).toBe("Every poll (312 rows)");
    expect(every?.closest("details")).not.toBeNull();
    expect(every?.querySelectorAll("tbody tr")).toHaveLength(312);
  });

  it("carries in its script exactly the parts its page needs, and touches nothing on the host page", () => {
    const scriptOf = (page: string) => /<script>([\s\S]*)<\/script><\/body>/.exec(page)?.[1] ?? "";
    const plain = scriptOf(renderReport(apNorcUkraineSupport));
    const withAverage = scriptOf(renderReport(tracker));
    const spanishReport = scriptOf(renderReport(apNorcUkraineSupport, { locale: "es-US" }));
    // The average's sentences and Spanish words are in the scripts that need them, and only there.
    expect(plain).not.toContain("una estimación diaria");
    expect(plain).not.toContain("daily estimate");
    expect(withAverage).toContain("daily estimate");
    expect(spanishReport).toContain("puntos porcentuales");
    expect(plain.length).toBeLessThan(withAverage.length);
    expect(plain.length).toBeLessThan(spanishReport.length);
    // Run on a page that has its own globals, the script adds none and changes none.
    const dom = new JSDOM(renderReport(tracker), { runScripts: "dangerously" });
    const before = Object.getOwnPropertySymbols(dom.window).length;
    const names = Object.keys(dom.window).length;
    const own = Symbol.for("poll-trend.languages");
    (dom.window as unknown as Record<symbol, unknown>)[own] = "the page's own";
    dom.window.eval(withAverage);
    expect((dom.window as unknown as Record<symbol, unknown>)[own]).toBe("the page's own");
    expect(Object.getOwnPropertySymbols(dom.window)).toHaveLength(before + 1);
    expect(Object.keys(dom.window)).toHaveLength(names);
    expect(dom.window.document.querySelectorAll(".pt-live svg").length).toBeGreaterThan(0);
  });
});
