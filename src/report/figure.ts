import { layout } from "../chart/layout.js";
import { type ChartOptions, optionError } from "../chart/options.js";
import { drawWithIds } from "../chart/render.js";
import { el, type Markup } from "../markup/builder.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";

/** Options of {@link renderTrendFigure}: the chart's, with `widths` in place of `width`. */
export interface FigureOptions extends Omit<ChartOptions, "width"> {
  /**
   * The widths in px the charts are drawn at, increasing, from 240 to 4000: two to five of them.
   * Default `[240, 400, 640]`. Each is shown from its width up to the next one's, scaled up to fill,
   * never down; the last up to 1.5 times its width.
   */
  readonly widths?: readonly number[];
}

/** The default widths: the smallest fits a 320 px phone inside a padded card. */
const WIDTHS = [240, 400, 640];
/** Where container queries are unsupported, the page's width stands in: this much for its margins. */
const PAGE_MARGINS = 40;

function checkWidths(widths: unknown): readonly number[] {
  const ok =
    Array.isArray(widths) &&
    widths.length >= 2 &&
    widths.length <= 5 &&
    widths.every(
      (w, i) => typeof w === "number" && Number.isInteger(w) && w >= 240 && w <= 4000 && !(w <= widths[i - 1]),
    );
  if (!ok)
    throw optionError(
      "widths",
      `expected 2 to 5 increasing whole numbers of px from 240 to 4000, received ${JSON.stringify(widths)}`,
    );
  return widths as number[];
}

/**
 * A static figure for pages without JavaScript, or before it runs: the chart drawn at two or three
 * widths in one HTML fragment, switched by CSS container queries on the figure's own width (by media
 * queries on the page's width where container queries are unsupported). Each chart is shown from its
 * width up to the next, scaled up but never down, so a server-rendered phone page never scrolls
 * sideways and no text is drawn under 12 px. Pure: same input, same bytes; the charts' ids come from
 * `idPrefix` (with the width added) or their content. `mountTrendChart` replaces it with the live chart.
 *
 * @throws {PollDataError} when the data or an option is invalid, naming each.
 * @example
 * const html = `<figure>${renderTrendFigure(apNorcUkraineSupport, { colorScheme: "auto" })}</figure>`;
 */
export function renderTrendFigure(input: PollDataset, options: FigureOptions = {}): string {
  const dataset = parseDataset(input);
  const { widths: given, ...chartOptions } = options;
  if ("width" in chartOptions) throw optionError("width", "expected no width: renderTrendFigure takes widths");
  const widths = given === undefined ? WIDTHS : checkWidths(given);
  const charts = widths.map((width) => {
    const idPrefix = chartOptions.idPrefix === undefined ? undefined : `${chartOptions.idPrefix}-${width}`;
    return drawWithIds(layout(dataset, { ...chartOptions, width, ...(idPrefix ? { idPrefix } : {}) }));
  });
  const id = `${/ id="([^"]+)"/.exec(charts[0] ?? "")?.[1] ?? "pt"}-figure`;
  const f = `#${id}`;
  // Chart i shows from its width to the next chart's, filling the figure up to that width.
  const show = (i: number) =>
    `${f} .pt-fw{display:none}${f} .pt-fw${i}{display:block}${f} .pt-fw${i} svg{max-width:${widths[i + 1] ?? Math.round((widths[i] as number) * 1.5)}px}`;
  const queries = widths.slice(1).map((w, k) => [w, show(k + 1)] as const);
  const css = [
    `${f}{container:pt-figure/inline-size}${f} svg{display:block;width:100%;height:auto}${show(0)}`,
    ...queries.map(([w, rules]) => `@container pt-figure (min-width:${w}px){${rules}}`),
    `@supports not (container-type:inline-size){${queries.map(([w, rules]) => `@media (min-width:${w + PAGE_MARGINS}px){${rules}}`).join("")}}`,
  ].join("");
  return el(
    "div",
    { class: "pt-figure", id },
    el("style", {}, css as Markup),
    ...charts.map((svg, i) => el("div", { class: `pt-fw pt-fw${i}`, "data-width": widths[i] }, svg as Markup)),
  );
}
