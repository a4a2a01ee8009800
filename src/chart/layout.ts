import type { PollDataset } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { prepareChecked, trendOptionsOf } from "../trend/prepare.js";
import { type ChartOptions, optionError, type ResolvedOptions, resolveOptions } from "./options.js";

import { scene } from "./assemble.js";
import { prepare } from "./plan.js";
import { attempt, minimumHeight } from "./solve.js";
import { MIN_PLOT } from "./sizes.js";
import type { ChartLayout } from "./layout-types.js";

export type { ChartKey, ChartLayout } from "./layout-types.js";
export type { TextBlock } from "./paint-frame.js";
export { MIN_PLOT } from "./sizes.js";

/**
 * Lays a chart out: one frozen {@link ChartLayout} whose `scene` holds every primitive, decided in a
 * fixed order on final numbers: texts and the value axis first (the description with them), then across
 * (the value labels, the key's column, events), then the plot's height, then the direct labels with the
 * real plot box (or a key above it when they cannot sit near their lines), then the marks.
 *
 * @throws {PollDataError} when the data is invalid, or naming a bad option (`options.height`),
 * including a height too small for the chart, with the smallest height that works.
 * @example
 * const { plot, key } = layout(apNorcUkraineSupport, { width: 320 });
 */
export function layout(input: PollDataset | PreparedTrend, options?: ChartOptions): ChartLayout {
  // Every option checked once: the chart's table holds the trend's fields.
  const checked = resolveOptions(options);
  const trend = prepareChecked(input, options && trendOptionsOf(options), checked);
  // The trend's own options (a prepared trend's locale, say) are the chart's.
  const o: ResolvedOptions = { ...checked, ...trend.options, averages: checked.averages };
  const prepared = prepare(trend, o);
  const result = attempt(prepared, o.height);
  // Frozen at its top: every part is made here for this layout alone, and walking thousands of scene
  // nodes to freeze them cost more than drawing them.
  if (result) return Object.freeze({ ...result, scene: Object.freeze(scene(result, prepared)) });
  const free = o.plotMargins ? attempt({ ...prepared, o: { ...o, plotMargins: undefined } }, o.height) : undefined;
  if (free) {
    const top = Math.ceil(free.plot.top);
    const bottom = Math.ceil(free.height - free.plot.bottom);
    throw optionError(
      "plotMargins",
      `expected margins that leave room for the title, key, events, axis and footer (at least top ${top} and ` +
        `bottom ${bottom} for this chart), received top ${o.plotMargins?.top ?? "auto"} and bottom ` +
        `${o.plotMargins?.bottom ?? "auto"}`,
    );
  }
  const min = minimumHeight(prepared);
  const need =
    min === undefined
      ? "no height up to 4000 px leaves room for it"
      : `the smallest height that fits this chart is ${min}`;
  throw optionError(
    "height",
    (words) =>
      `expected a height that leaves at least ${MIN_PLOT} px for the plot (${need}, or ` +
      `${words("height", "auto")}), received ${o.height}`,
  );
}
