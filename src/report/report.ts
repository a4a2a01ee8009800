import { renderTrendChart } from "../chart/render.js";
import type { ChartOptions } from "../chart/options.js";
import { el, join, type Markup, text } from "../markup/builder.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";
import { methodsNote } from "../summary/methods.js";
import { summarizeTrend } from "../summary/summarize.js";
import { renderDataTable } from "../summary/table.js";

// Colors meet WCAG AA in both schemes; forced colors keep the system's own.
const CSS = `:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--muted:#555;--rule:#d0d0d0;--link:#1f5fa8}
@media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#f2f2f2;--muted:#b8b8b8;--rule:#444;--link:#8fc3ff}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 Helvetica,Arial,"Liberation Sans",sans-serif}
main{max-width:44rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem;line-height:1.2;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
a{color:var(--link)}.sub{color:var(--muted);margin-top:0}.scroll{overflow-x:auto;border:1px solid var(--rule);border-radius:4px}
.scroll:focus{outline:3px solid var(--link);outline-offset:2px}figure{margin:1rem 0}figure svg{display:block}
table{border-collapse:collapse;font-size:.95rem;min-width:100%}caption{text-align:left;font-weight:bold;padding:.5rem}
th,td{border-top:1px solid var(--rule);padding:.35rem .6rem;text-align:left;vertical-align:top}td{font-variant-numeric:tabular-nums}
@media (forced-colors:active){.scroll{border-color:CanvasText}}`;

/**
 * One standalone, accessible HTML page about a dataset: the chart inline, the summary, the methods
 * note, the data table and the source with its link. It needs no network, reflows to 320px (chart and
 * table scroll inside their own regions), and follows the reader's light, dark or forced colors.
 *
 * @throws {PollDataError} when the input is invalid; a `TypeError` or `RangeError` naming a bad chart option.
 * @example
 * writeFileSync("report.html", renderReport(apNorcUkraineSupport));
 */
export function renderReport(input: PollDataset, options: ChartOptions = {}): string {
  const dataset = parseDataset(input);
  const prefix = options.idPrefix ?? "report";
  const chart = renderTrendChart(dataset, { colorScheme: "auto", ...options, idPrefix: `${prefix}-chart` }) as Markup;
  const region = (label: string, body: Markup) => el("div", { class: "scroll", role: "region", "aria-label": label, tabindex: "0" }, body);
  const source = dataset.source;
  const sourceLine: Markup[] = source
    ? [el("p", {}, text("Source: "), source.url ? el("a", { href: source.url }, text(source.name)) : text(source.name), text(source.note ? `. ${source.note}` : ""))]
    : [];
  const body = el(
    "main",
    {},
    el("h1", {}, text(dataset.title)),
    ...(dataset.subtitle ? [el("p", { class: "sub" }, text(dataset.subtitle))] : []),
    el("figure", {}, region("Chart", chart)),
    el("h2", {}, text("Summary")),
    el("p", {}, text(summarizeTrend(dataset))),
    el("h2", {}, text("Methods")),
    el("p", {}, text(methodsNote(dataset))),
    el("h2", {}, text("Data")),
    region("Data table", renderDataTable(dataset, { idPrefix: prefix }) as Markup),
    ...sourceLine,
  );
  const head = join([
    el("meta", { charset: "utf-8" }),
    el("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    el("title", {}, text(dataset.title)),
    el("style", {}, CSS as Markup),
  ]);
  return `<!doctype html>\n${el("html", { lang: "en" }, el("head", {}, head), el("body", {}, body))}\n`;
}
