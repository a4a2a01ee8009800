import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import {
  apNorcUkraineSupport,
  PollDataError,
  renderDataTable,
  renderReport,
  renderTrendChart,
  summarizeTrend,
} from "./api.js";
import { thrown } from "./fixtures.js";
import { parseSvg } from "./svg.js";

const load = <T>(name: string): T => JSON.parse(readFileSync(join(import.meta.dirname, "hostile", name), "utf8")) as T;
const vectors = load<{ name: string; text: string }[]>("vectors.json");
const rejected = load<{ name: string; text: string; code: string }[]>("rejected.json");
const urls = load<{ accepted: string[]; rejected: string[] }>("urls.json");

/** The hostile text in every text field a dataset has. */
function datasetWith(text: string) {
  return {
    title: text,
    subtitle: text,
    population: text,
    pollster: text,
    question: text,
    source: { name: text, url: 'https://example.org/?q=<x>&y="1"', note: text },
    events: [{ date: "2022-02-24", label: text }],
    series: [
      {
        id: text,
        label: text,
        predicate: text,
        points: [
          { date: "2022-05-16", value: 60, note: text, mode: text, citation: { name: text } },
          { date: "2023-01-30", value: 48, marginOfError: 4.2, sampleSize: 1068, pollster: text },
        ],
      },
      { id: "b", label: `${text} (b)`, points: [{ date: "2023-01-30", value: 37, responses: { [text]: 37 } }] },
    ],
  };
}

const SVG_ELEMENTS = new Set(["svg", "title", "desc", "style", "g", "rect", "path", "text", "tspan"]);
const HTML_ELEMENTS = new Set([
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "main",
  "h1",
  "h2",
  "p",
  "figure",
  "figcaption",
  "div",
  "a",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "details",
  "summary",
  ...SVG_ELEMENTS,
]);
// The report's own two scripts: its data as JSON, and the interactive chart's code, the same for every report.
const REPORT_ELEMENTS = new Set([...HTML_ELEMENTS, "script"]);
const reportCode = new JSDOM(renderReport(apNorcUkraineSupport)).window.document.querySelectorAll("script")[1]
  ?.textContent;

function assertNoMarkup(doc: Document, allowed: Set<string>) {
  for (const el of doc.querySelectorAll("*")) {
    expect(allowed.has(el.localName), `unexpected element <${el.localName}>`).toBe(true);
    for (const attr of el.attributes) {
      expect(attr.name.startsWith("on"), `event handler ${attr.name}`).toBe(false);
      if (attr.name === "href") expect(attr.value).toBe('https://example.org/?q=<x>&y="1"');
    }
  }
}

describe(`hostile text (${vectors.length} vectors in test/hostile/vectors.json) stays text`, () => {
  for (const { name, text } of vectors) {
    it(`${name}: in the chart, summary, table and report`, () => {
      const data = datasetWith(text);
      const svg = parseSvg(renderTrendChart(data));
      assertNoMarkup(svg, SVG_ELEMENTS);
      expect(svg.querySelector("title")?.textContent).toBe(text);
      // The description is the short summary, as text; a label too long for 160 characters is left out of it.
      const desc = svg.querySelector("desc")?.textContent ?? "";
      expect(desc).toContain("48% in January 2023, down 12 percentage points from 60% in May 2022");
      expect(desc.startsWith(`${text}: `) || !desc.includes(text)).toBe(true);
      expect(
        [...svg.querySelectorAll('[role="graphics-object"]')].some((g) =>
          g.getAttribute("aria-label")?.startsWith(text),
        ),
      ).toBe(true);
      expect(summarizeTrend(data)).toContain(text);

      const table = new JSDOM(renderDataTable(data)).window.document;
      assertNoMarkup(table, HTML_ELEMENTS);
      expect(table.querySelector("caption")?.textContent?.startsWith(text)).toBe(true);
      expect([...table.querySelectorAll("th")].map((th) => th.textContent)).toContain(text);

      const report = new JSDOM(renderReport(data)).window.document;
      assertNoMarkup(report, REPORT_ELEMENTS);
      const [json, code, ...others] = [...report.querySelectorAll("script")];
      expect(others).toEqual([]);
      expect(json?.getAttribute("type")).toBe("application/json");
      expect(JSON.parse(json?.textContent ?? "").dataset.title).toBe(text);
      expect(code?.textContent).toBe(reportCode);
      expect(report.querySelector("h1")?.textContent).toBe(text);
      expect(report.querySelector("head > title")?.textContent).toBe(text);
      expect(report.querySelector("a")?.textContent).toBe(text);
    });
  }
});

describe(`control characters and lone surrogates (${rejected.length} in test/hostile/rejected.json) are rejected`, () => {
  for (const { name, text, code } of rejected) {
    it(`${name} (${code}) gives a PollDataError naming every field`, () => {
      const error = thrown(() => renderTrendChart(datasetWith(text)));
      expect(error).toBeInstanceOf(PollDataError);
      const paths = (error as PollDataError).issues.map((i) => i.where);
      for (const path of [
        "title",
        "subtitle",
        "population",
        "source.name",
        "events[0].label",
        "series[0].label",
        "series[0].points[0].citation.name",
        "series[1].points[0].responses",
      ])
        expect(paths).toContain(path);
      expect((error as PollDataError).message).toContain(code);
    });
  }
});

describe("source.url accepts only http: and https:", () => {
  for (const url of urls.accepted) {
    it(`accepts ${url}`, () => {
      expect(renderReport({ ...datasetWith("x"), source: { name: "S", url } })).toContain("<a href=");
    });
  }
  for (const url of urls.rejected) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      expect(() => renderReport({ ...datasetWith("x"), source: { name: "S", url } })).toThrow(
        /source\.url: expected an http: or https: URL/,
      );
    });
  }
});
