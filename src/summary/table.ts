import { formatDateRange } from "../format/date.js";
import { formatMargin, formatNumber, formatPercent } from "../format/number.js";
import { el, join, text } from "../markup/builder.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset, PollPoint } from "../model/types.js";

/** Options of {@link renderDataTable}. */
export interface DataTableOptions {
  /** Prefix for the table's `id` and `class`, so several tables can share a page. Default `"poll-trend"`. */
  readonly idPrefix?: string;
}

const distinct = (values: readonly (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined))].join(" / ");

/**
 * An accessible HTML `<table>` of every poll: a caption, `<th scope>` headers, one row per poll date
 * and a column per series, with margins of error and sample sizes where known. All text is escaped.
 * It is Chartability's remedy for a chart without a table.
 *
 * @throws {PollDataError} when the input is not a valid dataset.
 * @example
 * document.body.insertAdjacentHTML("beforeend", renderDataTable(apNorcUkraineSupport));
 */
export function renderDataTable(input: PollDataset, options: DataTableOptions = {}): string {
  const dataset = parseDataset(input);
  const byDate = new Map<string, Map<string, PollPoint>>();
  for (const series of dataset.series) {
    for (const point of series.points) {
      const row = byDate.get(point.date) ?? new Map<string, PollPoint>();
      row.set(series.id, point);
      byDate.set(point.date, row);
    }
  }
  const dates = [...byDate.keys()].sort();
  const header = el(
    "tr",
    {},
    el("th", { scope: "col" }, text("Poll dates")),
    ...dataset.series.map((s) => el("th", { scope: "col" }, text(s.label))),
    el("th", { scope: "col" }, text("Margin of error (percentage points)")),
    el("th", { scope: "col" }, text("Sample size")),
  );
  const rows = dates.map((date) => {
    const row = byDate.get(date) ?? new Map<string, PollPoint>();
    const points = [...row.values()];
    const fieldStart = points.find((p) => p.fieldStart)?.fieldStart;
    return el(
      "tr",
      {},
      el("th", { scope: "row" }, text(formatDateRange(fieldStart, date))),
      ...dataset.series.map((s) => {
        const point = row.get(s.id);
        return el("td", {}, text(point ? formatPercent(point.value) : "no poll"));
      }),
      el("td", {}, text(distinct(points.map((p) => (p.marginOfError === undefined ? undefined : formatMargin(p.marginOfError)))) || "not published")),
      el("td", {}, text(distinct(points.map((p) => (p.sampleSize === undefined ? undefined : formatNumber(p.sampleSize)))) || "not published")),
    );
  });
  const prefix = options.idPrefix ?? "poll-trend";
  const caption = [dataset.title, dataset.population && `Percent of ${dataset.population}`].filter(Boolean).join(". ");
  return el("table", { class: `${prefix}-table` }, el("caption", {}, text(caption)), el("thead", {}, header), el("tbody", {}, join(rows)));
}
