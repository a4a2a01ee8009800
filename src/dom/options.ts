import type { ChartOptions } from "../chart/options.js";

/** Options of {@link mountTrendChart}: the chart's options (`ChartOptions` of poll-trend), and what only a page has. */
export type MountOptions = ChartOptions & {
  /**
   * The page's data table of this chart, as an element or its id: T moves focus to it (opening a
   * `<details>` around it), and the tooltip links to it. Without it, T does nothing.
   */
  readonly table?: HTMLElement | string;
};

/** How {@link MountedChart.update} takes new options. */
export interface UpdateHow {
  /** `true`: the new options replace the old ones. Default `false`: they are merged into them. */
  readonly replace?: boolean;
}

/** The options `layout` takes: those of a mount without the page's own. */
export function chartOptions({ table: _table, ...chart }: MountOptions): ChartOptions {
  return chart;
}
