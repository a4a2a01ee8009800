import { formatDateRange, formatMonthYear } from "../format/date.js";
import { type NumberFormat, numberFormat, round } from "../format/number.js";
import { el, join, type Markup, text } from "../markup/builder.js";
import { parseDataset } from "../model/parse.js";
import { pollKey, pollsterOf } from "../model/polls.js";
import type { PollDataset, PollPoint } from "../model/types.js";

/** Options of {@link renderDataTable}. */
export interface DataTableOptions {
  /** Prefix for the table's `class`, so several tables can share a page. Default `"poll-trend"`. */
  readonly idPrefix?: string;
  /** BCP 47 locale for numbers, e.g. `"de-DE"`; words stay English. Default `"en-US"`. */
  readonly locale?: string;
  /** The table's caption. Default: the dataset title, then "Percent of" the population. */
  readonly caption?: string;
  /** `"poll"` (default): one row per poll. `"month"`: one row per month, with the number of polls and the mean of their values. */
  readonly by?: "poll" | "month";
}

/** Above this many polls, {@link renderReport} shows the table by month, with every poll one click away. */
export const TABLE_ROW_LIMIT = 300;

/** One poll: the values it measured for each series, with its own dates, pollster, margin and sample. */
interface PollRow {
  point: PollPoint;
  readonly pollster?: string;
  readonly population?: string;
  readonly values: Map<string, number>;
}

/** The polls of a dataset, one row each: a poll that asked about several series is one row; two pollsters' polls never are. */
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

function byPoll(dataset: PollDataset, f: NumberFormat): Markup[] {
  const rows = pollRows(dataset);
  const showPollster = differ(rows.map((r) => r.pollster));
  const showPopulation = differ(rows.map((r) => r.population));
  const header = el(
    "tr",
    {},
    el("th", { scope: "col" }, text("Poll dates")),
    ...(showPollster ? [el("th", { scope: "col" }, text("Pollster"))] : []),
    ...(showPopulation ? [el("th", { scope: "col" }, text("Population"))] : []),
    ...dataset.series.map((s) => el("th", { scope: "col" }, text(s.label))),
    el("th", { scope: "col" }, text("Margin of error (percentage points)")),
    el("th", { scope: "col" }, text("Sample size")),
  );
  const body = rows.map(({ point, pollster, population, values }) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, text(formatDateRange(point.fieldStart, point.date))),
      ...(showPollster ? [el("td", {}, text(pollster ?? "not given"))] : []),
      ...(showPopulation ? [el("td", {}, text(population ?? "not given"))] : []),
      ...dataset.series.map((s) => {
        const value = values.get(s.id);
        return el("td", {}, text(value === undefined ? "not asked" : f.percent(value)));
      }),
      el("td", {}, text(point.marginOfError === undefined ? "not published" : f.margin(point.marginOfError))),
      el("td", {}, text(point.sampleSize === undefined ? "not published" : f.count(point.sampleSize))),
    ),
  );
  return [header, ...body];
}

function byMonth(dataset: PollDataset, f: NumberFormat): Markup[] {
  const months = new Map<string, PollRow[]>();
  for (const row of pollRows(dataset)) {
    const month = row.point.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), row]);
  }
  const header = el(
    "tr",
    {},
    el("th", { scope: "col" }, text("Month (poll end dates)")),
    el("th", { scope: "col" }, text("Polls")),
    ...dataset.series.map((s) => el("th", { scope: "col" }, text(`${s.label}: mean of the month’s polls`))),
  );
  const body = [...months].map(([month, rows]) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, text(formatMonthYear(`${month}-01`))),
      el("td", {}, text(f.number(rows.length))),
      ...dataset.series.map((s) => {
        const values = rows.map((r) => r.values.get(s.id)).filter((v): v is number => v !== undefined);
        return el(
          "td",
          {},
          text(values.length ? f.percent(round(values.reduce((a, b) => a + b, 0) / values.length, 1)) : "no poll"),
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
 * @throws {PollDataError} when the input is not a valid dataset.
 * @example
 * document.body.insertAdjacentHTML("beforeend", renderDataTable(apNorcUkraineSupport));
 */
export function renderDataTable(input: PollDataset, options: DataTableOptions = {}): string {
  const dataset = parseDataset(input);
  const f = numberFormat(options.locale);
  const [header, ...rows] = options.by === "month" ? byMonth(dataset, f) : byPoll(dataset, f);
  const prefix = options.idPrefix ?? "poll-trend";
  const what = options.by === "month" ? "By month" : undefined;
  const caption =
    options.caption ??
    [dataset.title, dataset.population && `Percent of ${dataset.population}`, what].filter(Boolean).join(". ");
  return el(
    "table",
    { class: `${prefix}-table` },
    el("caption", {}, text(caption)),
    el("thead", {}, header as Markup),
    el("tbody", {}, join(rows)),
  );
}
