// Every text poll-trend writes for one dataset in one locale, laid out for a copy editor to read: the
// summary and the alt text sentence by sentence, the methods note, the chart's name, description, key,
// footer and accessible labels, the table's caption and headers, the report's headings, and what
// poll-trend/dom would say (announcements, the tree's names, the keys, the end cues). The goldens of
// test/golden/words-*.txt are these texts as reviewed; `node scripts/run-ts.mjs test/review-print.ts`
// prints them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { announcePoll, announceWords, pollName } from "../src/chart/announce.js";
import { navTree } from "../src/dom/tree.js";
import { apNorcUkraineSupportEs } from "../src/entries/es.js";
import {
  apNorcUkraineSupport,
  type ChartOptions,
  layout,
  methodsNote,
  type PollDataset,
  parseCsv,
  renderDataTable,
  renderReport,
  renderTrendChart,
  summarizeTrend,
} from "./api.js";
import { chartCases } from "./cases.js";
import { parseSvg } from "./svg.js";

const file = (name: string) => join(import.meta.dirname, "data", name);

/**
 * A text's sentences, one a line: a full stop, then a space (not a no-break space, which holds "EE. UU."
 * together), not after an initial ("Betty T. Yee"), and what starts a sentence.
 */
export const sentences = (text: string) =>
  text.split(/(?<=[.!?])(?<!\b\p{Lu}\.) +(?=[A-ZÁÉÍÓÚÑ«“¿"0-9])/u).filter((s) => s.trim() !== "");

/** The real tracker, in the words a Spanish desk gives it: its series labeled, its title left to poll-trend. */
export const trackerEs = parseCsv(readFileSync(file("approval-tracker.csv"), "utf8"), {
  labels: { Approve: "Aprueba", Disapprove: "Desaprueba" },
  source: "FiveThirtyEight",
});

/** California's 2026 governor primary, 33 candidates, as of its latest polls; its title left to poll-trend. */
export const field = parseCsv(
  gunzipSync(readFileSync(file("snoutcounter-governor-primary-ca-2026-02-14.csv.gz"))).toString("utf8"),
  {
    unknownColumns: "ignore",
    asOf: "2026-02-14",
  },
);

/** A net series: three polls of registered voters, a lead that moves past its margin. */
export const netEs: PollDataset = {
  title: "Aprobación neta",
  population: "votantes registrados",
  series: [
    {
      id: "n",
      label: "Aprobación neta",
      measure: "net",
      points: [
        { date: "2023-01-15", value: -3, marginOfError: 3 },
        { date: "2023-04-15", value: 2.5, marginOfError: 3 },
        { date: "2023-07-15", value: -8, marginOfError: 3.1 },
      ],
    },
  ],
};

/** A series with a hole of almost four years in its polling. */
export const gapEs: PollDataset = {
  ...chartCases.gap.data,
  title: "Una serie con un vacío",
  series: chartCases.gap.data.series.map((s) => ({ ...s, label: "A favor" })),
};

const monthly = (values: number[]) => values.map((value, i) => ({ date: `2024-0${i + 1}-10`, value }));

/** Disapproval overtakes approval in April; the latest poll, in May, has it 52 to 44. */
export const crossingEs: PollDataset = {
  title: "Aprobación",
  population: "votantes registrados",
  pollster: "Springfield Poll",
  series: [
    { id: "a", label: "Aprueba", points: monthly([50, 48, 47, 45, 44]) },
    { id: "d", label: "Desaprueba", points: monthly([44, 46, 46, 51, 52]) },
  ],
};

/** The datasets a Spanish desk reviews, with the chart options they are drawn with. */
export const spanishCases: Readonly<Record<string, { data: PollDataset; options?: ChartOptions }>> = {
  bundled: { data: apNorcUkraineSupportEs },
  tracker: { data: trackerEs, options: { yDomain: "fit" } },
  net: { data: netEs },
  gap: { data: gapEs, options: { maxGapDays: 400 } },
  crossing: { data: crossingEs },
  field: { data: field },
};

/** The datasets a British desk reviews. */
export const britishCases: Readonly<Record<string, { data: PollDataset; options?: ChartOptions }>> = {
  bundled: { data: apNorcUkraineSupport },
  tracker: chartCases.tracker,
};

/** The visible lines of an SVG, each `<text>` one line. */
function visibleLines(doc: Document): string[] {
  return [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "").filter(Boolean);
}

/** Every text of one dataset in one locale, in sections a reviewer reads top to bottom. */
export function reviewTexts(data: PollDataset, locale: string, chart: ChartOptions = {}): string {
  const options = { ...chart, locale };
  // What the summary and the methods note take of the chart's options: the trend's.
  const trend = { locale, ...(chart.maxGapDays ? { maxGapDays: chart.maxGapDays } : {}) };
  const svg = renderTrendChart(data, options);
  const doc = parseSvg(svg);
  const root = doc.documentElement;
  const objects = [...doc.querySelectorAll('[role="graphics-object"]')].map((g) => g.getAttribute("aria-label") ?? "");
  const points = [...doc.querySelectorAll('[role="graphics-symbol"]')].map((g) => g.getAttribute("aria-label") ?? "");
  const table = parseSvg(renderDataTable(data, { locale }).replace(/&nbsp;/g, "\u00a0"));
  const report = renderReport(data, options);
  const headings = [...report.matchAll(/<(h[12]|caption|summary)[^>]*>([^<]*)</g)].map((m) => `${m[1]}: ${m[2]}`);
  const chartLayout = layout(data, options);
  const say = announceWords(chartLayout);
  const f = chartLayout.trend.format;
  const tree = navTree(chartLayout);
  const top = tree.children(tree.root);
  const firstSeries = top[0];
  const groups = firstSeries ? tree.children(firstSeries).slice(0, 2) : [];
  const last = (chartLayout.series[0]?.points.length ?? 1) - 1;
  const section = (name: string, lines: readonly string[]) => [`# ${name}`, ...lines.filter(Boolean)].join("\n");
  return `${[
    section("summary", sentences(summarizeTrend(data, trend))),
    section("alt text (short summary)", [summarizeTrend(data, { ...trend, length: "short" })]),
    section("methods note", sentences(methodsNote(data, { locale }))),
    section("chart: lang, name and description", [
      `lang="${root.getAttribute("lang")}"`,
      doc.querySelector("title")?.textContent ?? "",
      doc.querySelector("desc")?.textContent ?? "",
    ]),
    section("chart: visible text, line by line", visibleLines(doc)),
    section("chart: series and averages, as a screen reader hears them", objects),
    section("chart: the first and last marks' labels", [points[0] ?? "", points.at(-1) ?? ""]),
    section("table: lang, caption and headers", [
      `lang="${table.documentElement.getAttribute("lang")}"`,
      table.querySelector("caption")?.textContent ?? "",
      [...table.querySelectorAll("thead th")].map((th) => th.textContent).join(" | "),
      [...(table.querySelector("tbody tr")?.children ?? [])].map((c) => c.textContent).join(" | "),
    ]),
    section("report: lang and headings", [/<html lang="([^"]*)"/.exec(report)?.[0] ?? "", ...headings]),
    section("poll-trend/dom: announcements", [
      announcePoll(chartLayout, 0, 0),
      announcePoll(chartLayout, 0, last),
      pollName(chartLayout, 0, last),
    ]),
    section("poll-trend/dom: the tree's names", [
      tree.root.name,
      ...top.slice(0, 3).map((n) => n.name),
      ...groups.map((n) => n.name),
    ]),
    section("poll-trend/dom: keys and cues", [
      say.keys(true),
      say.nothingBelow,
      say.wholeChart,
      say.endOf(true, top.length, f),
      say.endOf(false, top.length, f),
      say.seriesEnd(true, chartLayout.series[0]?.series.label ?? ""),
      say.seriesEnd(false, chartLayout.series[0]?.series.label ?? ""),
      say.changed(3, 1, f),
      say.changed(1, 0, f),
      say.tableLink,
    ]),
  ].join("\n\n")}\n`;
}
