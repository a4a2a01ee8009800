import { layout } from "../chart/layout.js";
import { type ChartOptions, optionError } from "../chart/options.js";
import { drawWithIds } from "../chart/render.js";
import { el, scriptJson, trusted } from "../markup/builder.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";

/** Options of {@link renderTrendFigure}: the chart's, with `widths` in place of `width`. */
export interface FigureOptions extends Omit<ChartOptions, "width"> {
  /**
   * The widths in px the charts are drawn at, increasing, from 200 to 4000: two to eight of them.
   * Default `[280, 320, 360, 400, 480, 640]`. Each is shown from its width up to the next one's, scaled
   * up to fill, never down (only the first, in a column narrower than it); the last up to 1.5 times
   * its width. The default's steps keep every phone column (280–440 px) within 15% of a chart's width,
   * so text is shown at most 15% larger than it is drawn (and never under its 12 px).
   */
  readonly widths?: readonly number[];
  /**
   * `true`: the figure carries its dataset and options as JSON (a `<script type="application/json">`),
   * so that `mountTrendChart(container)` of `poll-trend/dom` takes it over without being given them
   * again, and the page carries the data once. Default `false`.
   */
  readonly embedData?: boolean;
}

/**
 * The default widths: phone columns in steps of at most 15% (280 for a 320 px phone in a padded
 * card, 320, 360, 400 for the 360–430 px phones), then a tablet's and a desktop's column.
 */
const WIDTHS = [280, 320, 360, 400, 480, 640];
/** Where container queries are unsupported, the page's width stands in: this much for its margins. */
const PAGE_MARGINS = 40;

function checkWidths(widths: unknown): readonly number[] {
  const ok =
    Array.isArray(widths) &&
    widths.length >= 2 &&
    widths.length <= 8 &&
    widths.every(
      (w, i) => typeof w === "number" && Number.isInteger(w) && w >= 200 && w <= 4000 && !(w <= widths[i - 1]),
    );
  if (!ok)
    throw optionError(
      "widths",
      `expected 2 to 8 increasing whole numbers of px from 200 to 4000, received ${JSON.stringify(widths)}`,
    );
  return widths as number[];
}

/**
 * A static figure for pages without JavaScript, or before it runs: the chart drawn at several widths in
 * one HTML fragment, switched by CSS container queries on the figure's own width (by media queries on
 * the page's width where container queries are unsupported). Each chart is shown from its width up to
 * the next, scaled up but never down, so a server-rendered phone page never scrolls sideways, no text
 * is drawn under 12 px, and with the default widths no phone column scales it more than 15%.
 * `mountTrendChart` (poll-trend/dom) takes the shown chart over at its width, so nothing moves when
 * the script runs; with `embedData` it needs no dataset. Pure: same input, same bytes; the charts' ids
 * come from `idPrefix` (with the width added) or their content.
 *
 * @throws {PollDataError} when the data or an option is invalid, naming each.
 * @example
 * const html = `<figure>${renderTrendFigure(apNorcUkraineSupport, { colorScheme: "auto", embedData: true })}</figure>`;
 */
export function renderTrendFigure(input: PollDataset, options: FigureOptions = {}): string {
  const dataset = parseDataset(input);
  const { widths: given, embedData, ...chartOptions } = options;
  // The optional parts are code, not data: the page passes its own to mountFigure.
  const { averages: _averages, languages: _languages, ...embedded } = chartOptions;
  if ("width" in chartOptions) throw optionError("width", "expected no width: renderTrendFigure takes widths");
  if (embedData !== undefined && typeof embedData !== "boolean")
    throw optionError("embedData", `expected true or false, received ${JSON.stringify(embedData)}`);
  const widths = given === undefined ? WIDTHS : checkWidths(given);
  const charts = widths.map((width) => {
    const idPrefix = chartOptions.idPrefix === undefined ? undefined : `${chartOptions.idPrefix}-${width}`;
    return drawWithIds(layout(dataset, { ...chartOptions, width, ...(idPrefix ? { idPrefix } : {}) }));
  });
  const id = `${/ id="([^"]+)"/.exec(charts[0] ?? "")?.[1] ?? "pt"}-figure`;
  const f = `#${id}`;
  // Chart i shows from its width to the next chart's, filling the figure up to that width.
  const show = (i: number) =>
    `${f} .pt-fw{display:none}${f} .pt-fw${i}{display:block}${f} .pt-fw${i} ` +
    `svg{max-width:${widths[i + 1] ?? Math.round(widths[i]! * 1.5)}px}`;
  const queries = widths.slice(1).map((w, k) => [w, show(k + 1)] as const);
  const css = [
    `${f}{container:pt-figure/inline-size}${f} svg{display:block;width:100%;height:auto}${show(0)}`,
    ...queries.map(([w, rules]) => `@container pt-figure (min-width:${w}px){${rules}}`),
    `@supports not (container-type:inline-size){${queries
      .map(([w, rules]) => `@media (min-width:${w + PAGE_MARGINS}px){${rules}}`)
      .join("")}}`,
  ].join("");
  return el(
    "div",
    { class: "pt-figure", id },
    el("style", {}, trusted(css)),
    ...charts.map((svg, i) => el("div", { class: `pt-fw pt-fw${i}`, "data-width": widths[i] }, trusted(svg))),
    ...(embedData
      ? [el("script", { type: "application/json", class: "pt-data" }, scriptJson({ dataset, options: embedded }))]
      : []),
  );
}
