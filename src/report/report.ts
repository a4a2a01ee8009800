import { layout } from "../chart/layout.js";
import type { ChartOptions } from "../chart/options.js";
import { drawWithIds } from "../chart/render.js";
import { el, join, type Markup, scriptJson, text, trusted } from "../markup/builder.js";
import type { PollDataset } from "../model/types.js";
import { type DataTableOptions, pollRows, renderDataTable, TABLE_ROW_LIMIT } from "../summary/table.js";
import { type PreparedTrend, prepareTrend, trendOptionsOf } from "../trend/prepare.js";
import { shippedName } from "../language/choose.js";
import { enReport } from "../language/en.js";
import { methodsText } from "../words/methods.js";
import { fullSummary } from "../words/summary.js";
import { csvUrl, pollsCsv } from "./csv.js";
import { pack } from "./pack.js";

/**
 * Above this many polls a list is long: the report links every poll as a CSV file rather than writing
 * its table (a whole term's 6,854 polls are a megabyte of table), and packs the live chart's data.
 */
export const LONG_LIST = 1000;

/** The report's words in the trend's language. */
const reportWords = (trend: PreparedTrend) => trend.language.report ?? enReport;

// The browser scripts: src/dom/auto.ts and the chart it mounts, minified, by the optional parts they
// carry ("", "averages", "languages", "averages+languages"); defined at build time.
declare const __POLL_TREND_DOM_SCRIPTS__: Readonly<Record<string, string>>;

/**
 * The script a report’s live chart needs: with the poll average for a tracker, with poll-trend’s languages for a
 * Spanish or British
 * report; none for a language an app made, which no built script can carry (the static charts stand).
 */
function liveScript(trend: PreparedTrend): string | undefined {
  const language = shippedName(trend.language);
  if (language === undefined) return undefined;
  const parts = [
    ...(trend.facts.series.some((s) => s.average) ? ["averages"] : []),
    ...(language === "en" ? [] : ["languages"]),
  ];
  return __POLL_TREND_DOM_SCRIPTS__[parts.join("+")];
}

/** The static charts' widths: the narrow one fits a 320 px screen inside the page's padding. */
const WIDE = 640;
const NARROW = 288;

// Colors meet WCAG AA in both schemes; forced colors keep the system's own. The narrow static chart
// shows on small screens, the wide one elsewhere; with JavaScript, the live chart replaces both.
const CSS =
  `:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--muted:#555;--rule:#d0d0d0;--link:#1f5fa8}
@media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#f2f2f2;--muted:#b8b8b8;--rule:#444;--link:#8fc3ff}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 ` +
  `Helvetica,Arial,"Liberation Sans",sans-serif}
main{max-width:44rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem;line-height:1.2;margin:.5rem ` +
  `0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
a{color:var(--link)}.sub{color:var(--muted);margin-top:0}figure{margin:1rem 0}figcaption p{margin:.75rem 0 ` +
  `0}.notes{color:var(--muted);font-size:.9rem}
.narrow{display:none}@media (max-width:42rem){main{padding:.75rem}.wide{display:none}.narrow{display:block}}.pt-js ` +
  `.wide,.pt-js .narrow{display:none}
.scroll{overflow-x:auto;border:1px solid var(--rule);border-radius:4px}.scroll:focus{outline:3px solid ` +
  `var(--link);outline-offset:2px}
details{margin-top:.75rem}summary{cursor:pointer;color:var(--link)}
table{border-collapse:collapse;font-size:.95rem;min-width:100%}caption{text-align:left;font-weight:bold;padding:.5rem}
th,td{border-top:1px solid var(--rule);padding:.35rem ` +
  `.6rem;text-align:left;vertical-align:top}td{font-variant-numeric:tabular-nums}
@media (forced-colors:active){.scroll{border-color:CanvasText}}`;

/** The trend's options as the live chart takes them from the page: its parts come with the script. */
function liveOptions(trend: PreparedTrend) {
  const { averages: _averages, languages: _languages, ...options } = trend.options;
  return options;
}

/**
 * The live chart's dataset and options, as JSON; a long list's packed (see pack.ts), for the page's script to unpack.
 */
function liveData(dataset: PollDataset, options: object): Markup {
  const long = pollRows(dataset).length > LONG_LIST;
  return el(
    "script",
    { type: "application/json", "data-packed": long ? "" : undefined },
    scriptJson(long ? pack(dataset, options) : { dataset, options }),
  );
}

function tables(trend: PreparedTrend, prefix: string): Markup {
  const { dataset, format: f } = trend;
  const say = reportWords(trend);
  const region = (label: string, body: Markup) =>
    el("div", { class: "scroll", role: "region", "aria-label": label, tabindex: "0" }, body);
  // Captions that do not repeat the page's title: a screen reader hears it once, in the heading.
  const of = say.ofPopulation(dataset.population);
  const polls = pollRows(dataset).length;
  const table = (options: DataTableOptions) => trusted(renderDataTable(trend, { idPrefix: prefix, ...options }));
  if (polls <= TABLE_ROW_LIMIT) return region(say.dataTable, table({ caption: say.everyPoll(of) }));
  // A long table is summarized by month; every poll stays one click away: in a table, or for a long
  // list in a CSV file the link holds (a spreadsheet opens it; poll-trend reads it back).
  const every =
    polls > LONG_LIST
      ? el(
          "p",
          {},
          el("a", { href: csvUrl(pollsCsv(dataset)), download: "polls.csv" }, text(say.everyPollCsv(polls, f))),
        )
      : el(
          "details",
          {},
          el("summary", {}, text(say.everyPollCount(polls, f))),
          region(say.dataTableEveryPoll, table({ caption: say.everyPoll(of) })),
        );
  return join([region(say.dataTableByMonth, table({ by: "month", caption: say.pollsByMonth(of) })), every]);
}

/**
 * One standalone, accessible HTML page about a dataset: the title once, the subtitle, the chart
 * (static SVGs for a wide and a narrow screen, replaced by the interactive chart of `poll-trend/dom`
 * when JavaScript runs: keyboard, tooltips, re-drawn at the page's width), the full summary as the
 * figure's caption, the notes, the methods note, the data table (by month, with every poll one click
 * away, above 300 polls) and the source with its link, in the locale's language (`lang` on the page).
 * It makes no network request, reflows to 320 px, and follows the reader's light, dark or forced colors.
 * The trend is prepared once for all of it.
 *
 * @throws {PollDataError} when the input or an option is invalid.
 * @example
 * writeFileSync("report.html", renderReport(apNorcUkraineSupport));
 */
export function renderReport(input: PollDataset | PreparedTrend, options: ChartOptions = {}): string {
  const trend = prepareTrend(input, trendOptionsOf(options));
  const { dataset } = trend;
  const say = reportWords(trend);
  const prefix = options.idPrefix ?? "report";
  const chartOptions: ChartOptions = { colorScheme: "auto", ...options, frame: "plot" };
  const { width: _width, height: _height, idPrefix: _id, averages: _a, languages: _l, ...live } = chartOptions;
  const wide = layout(trend, { ...chartOptions, width: options.width ?? WIDE, idPrefix: `${prefix}-wide` });
  const narrow = layout(trend, { ...chartOptions, width: NARROW, height: "auto", idPrefix: `${prefix}-narrow` });
  const source = dataset.source;
  const sourceLine: Markup[] = source
    ? [
        el(
          "p",
          {},
          text(say.source),
          source.url ? el("a", { href: source.url }, text(source.name)) : text(source.name),
          text(source.note ? `. ${source.note}` : ""),
        ),
      ]
    : [];
  const figure = el(
    "figure",
    { "aria-label": say.chart, "data-poll-trend": "" },
    el("div", { class: "wide" }, trusted(drawWithIds(wide))),
    el("div", { class: "narrow" }, trusted(drawWithIds(narrow))),
    el("div", { class: "pt-live" }),
    liveData(dataset, { ...live, ...liveOptions(trend), idPrefix: `${prefix}-chart` }),
    el(
      "figcaption",
      {},
      el("p", {}, text(fullSummary(trend))),
      el("p", { class: "notes" }, text(wide.notes.join(" "))),
    ),
  );
  const body = el(
    "main",
    {},
    el("h1", {}, text(trend.title)),
    ...(dataset.subtitle ? [el("p", { class: "sub" }, text(dataset.subtitle))] : []),
    figure,
    el("h2", {}, text(say.methods)),
    el("p", {}, text(methodsText(trend))),
    el("h2", {}, text(say.data)),
    tables(trend, prefix),
    ...sourceLine,
  );
  const head = join([
    el("meta", { charset: "utf-8" }),
    el("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    el("title", {}, text(trend.title)),
    el("style", {}, trusted(CSS)),
  ]);
  const code = liveScript(trend);
  const script = code ? [el("script", {}, trusted(code))] : [];
  const html = el("html", { lang: trend.lang }, el("head", {}, head), el("body", {}, body, ...script));
  return `<!doctype html>\n${html}\n`;
}
