import { el, join, type Markup, text } from "../markup/builder.js";
import { optionsCheck } from "../model/options.js";
import { pollKey, pollOf, pollsterOf } from "../model/polls.js";
import { type Infer, optional, text as textCheck, when, withDefault } from "../model/schema.js";
import type { PollDataset, PollPoint } from "../model/types.js";
import { LANGUAGES_FIELD, LOCALE_FIELD } from "../trend/options.js";
import { type PreparedTrend, prepareWithoutAverages, trendOptionsOf } from "../trend/prepare.js";
import { enTable } from "../language/en.js";
import { ESTIMATE_DECIMALS } from "../language/numbers.js";

/** The table's words in the trend's language. */
const tableWords = (t: PreparedTrend) => t.language.table ?? enTable;

const TABLE_OPTION_FIELDS = {
  /** Prefix for the table's `class`, so several tables can share a page. Default `"poll-trend"`. */
  // Marked pure: an app that never draws a table drops this table of options with the function.
  idPrefix: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ when<string>(
      (v) => typeof v === "string" && /^[A-Za-z][\w-]{0,63}$/.test(v),
      "a letter followed by up to 63 letters, digits, - or _",
    ),
    "poll-trend",
  ),
  /** The locale of the numbers and the words, e.g. `"es-US"`. Default `"en-US"`. */
  locale: LOCALE_FIELD,
  /** Languages besides English, e.g. `[spanish]` from poll-trend/es (see {@link TrendOptions.languages}). */
  languages: LANGUAGES_FIELD,
  /** The table's caption. Default: the dataset title, then "Percent of" the population. */
  caption: /* @__PURE__ */ optional(textCheck),
  /**
   * `"poll"` (default): one row per poll. `"month"`: one row per month, with the number of polls and the mean of their
   * values.
   */
  by: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ when<"poll" | "month">((v) => v === "poll" || v === "month", '"poll" or "month"'),
    "poll",
  ),
};

/**
 * Options of {@link renderDataTable}.
 *
 * @interface
 */
export type DataTableOptions = Infer<typeof TABLE_OPTION_FIELDS>;

const tableOptions = /* @__PURE__ */ optionsCheck(TABLE_OPTION_FIELDS);

/** Above this many polls, {@link renderReport} shows the table by month, with every poll one click away. */
export const TABLE_ROW_LIMIT = 300;

/** One poll: the values it measured for each series, with its own dates, pollster, margin and sample. */
interface PollRow {
  point: PollPoint;
  readonly pollster?: string;
  readonly population?: string;
  readonly values: Map<string, number>;
}

/**
 * The polls of a dataset, one row each: a poll that asked about several series is one row; two pollsters' polls never
 * are.
 */
export function pollRows(dataset: PollDataset): PollRow[] {
  const rows = new Map<string, PollRow>();
  for (const series of dataset.series) {
    for (const point of series.points) {
      const key = pollKey(point, dataset);
      let row = rows.get(key);
      if (!row) {
        const pollster = pollsterOf(point, dataset);
        const population = point.population ?? dataset.population;
        row = { point, ...(pollster ? { pollster } : {}), ...(population ? { population } : {}), values: new Map() };
        rows.set(key, row);
      }
      // The row shows the series' margin where only one of them published it.
      if (row.point.marginOfError === undefined && point.marginOfError !== undefined) row.point = point;
      row.values.set(series.id, point.value);
    }
  }
  return [...rows.values()].sort((a, b) => (a.point.date < b.point.date ? -1 : a.point.date > b.point.date ? 1 : 0));
}

const differ = (values: readonly (string | undefined)[]) => new Set(values).size > 1;

/** A value as the table writes it: a share, or a net value with its sign. */
const valueText = (t: PreparedTrend, value: number, series: PollDataset["series"][number], decimals?: number) =>
  t.words.value(
    { value, measure: series.measure ?? "share", ...(decimals === undefined ? {} : { decimals }) },
    t.format,
  );

function byPoll(t: PreparedTrend): Markup[] {
  const { dataset, words: w, format: f } = t;
  const say = tableWords(t);
  const rows = pollRows(dataset);
  const showPollster = differ(rows.map((r) => r.pollster));
  const showPopulation = differ(rows.map((r) => r.population));
  const header = el(
    "tr",
    {},
    el("th", { scope: "col" }, text(say.pollDates)),
    ...(showPollster ? [el("th", { scope: "col" }, text(say.pollster))] : []),
    ...(showPopulation ? [el("th", { scope: "col" }, text(say.population))] : []),
    ...dataset.series.map((s) => el("th", { scope: "col" }, text(s.label))),
    el("th", { scope: "col" }, text(say.margin)),
    el("th", { scope: "col" }, text(say.sample)),
  );
  const body = rows.map(({ point, pollster, population, values }) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, text(w.dateRange(point.fieldStart, point.date))),
      ...(showPollster ? [el("td", {}, text(pollster ?? say.notGiven))] : []),
      ...(showPopulation
        ? [
            el(
              "td",
              {},
              text(population === undefined ? say.notGiven : (say.populationName?.(population) ?? population)),
            ),
          ]
        : []),
      ...dataset.series.map((s) => {
        const value = values.get(s.id);
        return el("td", {}, text(value === undefined ? say.notAsked : valueText(t, value, s)));
      }),
      el("td", {}, text(point.marginOfError === undefined ? say.notPublished : f.margin(point.marginOfError))),
      el("td", {}, text(point.sampleSize === undefined ? say.notPublished : f.count(point.sampleSize))),
    ),
  );
  return [header, ...body];
}

function byMonth(t: PreparedTrend): Markup[] {
  const { dataset, words: w, format: f } = t;
  const say = tableWords(t);
  const months = new Map<string, PollRow[]>();
  for (const row of pollRows(dataset)) {
    const month = row.point.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), row]);
  }
  const header = el(
    "tr",
    {},
    el("th", { scope: "col" }, text(say.month)),
    el("th", { scope: "col" }, text(say.polls)),
    ...dataset.series.map((s) => el("th", { scope: "col" }, text(say.mean(s.label)))),
  );
  const body = [...months].map(([month, rows]) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, text(w.monthYear(`${month}-01`))),
      // Polls, not questions: one poll's two questions are two rows of the month, one poll.
      el("td", {}, text(f.number(new Set(rows.map((r) => pollOf(r.point, dataset))).size))),
      ...dataset.series.map((s) => {
        const values = rows.map((r) => r.values.get(s.id)).filter((v): v is number => v !== undefined);
        return el(
          "td",
          {},
          text(
            values.length
              ? valueText(t, values.reduce((a, b) => a + b, 0) / values.length, s, ESTIMATE_DECIMALS)
              : say.noPoll,
          ),
        );
      }),
    ),
  );
  return [header, ...body];
}

/**
 * An accessible HTML `<table>` of a dataset: a caption, `<th scope>` headers, and by default one row
 * per poll (a poll that asked about several series is one row; different pollsters' polls are never
 * merged) with a pollster column when pollsters differ, margins of error and sample sizes. With
 * `by: "month"`, one row per month instead. All text is escaped. It is Chartability's remedy for a
 * chart without a table.
 *
 * @throws {PollDataError} when the input or an option is not valid.
 * @example
 * document.body.insertAdjacentHTML("beforeend", renderDataTable(apNorcUkraineSupport));
 */
export function renderDataTable(input: PollDataset | PreparedTrend, options?: DataTableOptions): string {
  const o = tableOptions(options);
  const t = prepareWithoutAverages(input, trendOptionsOf(options));
  const { dataset } = t;
  const [header, ...rows] = o.by === "month" ? byMonth(t) : byPoll(t);
  const what = o.by === "month" ? tableWords(t).byMonth : undefined;
  const caption =
    o.caption ??
    [t.title, dataset.population && tableWords(t).percentOf(dataset.population), what].filter(Boolean).join(". ");
  return el(
    "table",
    // Always marked: a table pasted into a page of another language is still read in its own.
    { class: `${o.idPrefix}-table`, lang: t.lang },
    el("caption", {}, text(caption)),
    el("thead", {}, ...(header ? [header] : [])),
    el("tbody", {}, join(rows)),
  );
}
