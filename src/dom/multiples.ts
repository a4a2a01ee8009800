/// <reference lib="dom" />
import { flatMultiples } from "../multiples/flat.js";
import { layoutSmallMultiples } from "../multiples/layout.js";
import type { MultiplesOptions } from "../multiples/options.js";
import { drawSmallMultiples } from "../multiples/render.js";
import type { PollDataset } from "../model/types.js";
import { type MountedChart, mountWith } from "./mount.js";
import type { Draw } from "./state.js";

/** Options of {@link mountSmallMultiples}: those of `renderSmallMultiples`, and the page's data table. */
export type MountMultiplesOptions = MultiplesOptions & {
  /** The page's data table, as an element or its id: T moves focus to it, and the tooltip links to it. */
  readonly table?: HTMLElement | string;
};

/** Lays out and draws small multiples at a width: one chart's layout of every panel's series, and the panels. */
const drawMultiplesAt: Draw = (taken, data, o, width, metrics) => {
  const { table: _table, ...options } = o as unknown as MountMultiplesOptions;
  const l = layoutSmallMultiples(data, { ...options, width, ...(metrics ? { fontMetrics: metrics } : {}) });
  const { chart, panels } = flatMultiples(l);
  return { chart, panels, markup: drawSmallMultiples(l, taken) };
};

/**
 * Mounts small multiples (`renderSmallMultiples`) in `container`, live as {@link mountTrendChart}'s
 * chart is: drawn at the container's width (one column on a phone) and again when it resizes, taken
 * over where the server drew the same, and a tree for screen readers: the figure, its panels
 * ("Sending funds directly: Democrats 59% and Republicans 21%"), each panel's series, then their polls
 * (by year and month in a long series). Down goes in, Up out, Left and Right between panels, series
 * and polls; a poll is said in full once moves settle; the pointer picks the nearest poll in any panel.
 *
 * @throws {TypeError} when `container` is not an element; `PollDataError` (of poll-trend) when the
 * data or an option is invalid, naming each. All before the container is touched.
 * @example
 * import { mountSmallMultiples } from "poll-trend/dom";
 * import { apNorcUkraineByParty } from "poll-trend";
 * mountSmallMultiples(document.getElementById("by-party") as HTMLElement, apNorcUkraineByParty, { by: "group" });
 */
export function mountSmallMultiples(
  container: HTMLElement,
  dataset: PollDataset,
  options: MountMultiplesOptions = {},
): MountedChart<MountMultiplesOptions> {
  return mountWith(drawMultiplesAt, container, dataset, options as never) as MountedChart<never>;
}
