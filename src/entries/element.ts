/**
 * `poll-trend/element`: the custom element `<poll-trend-chart>`, defined when this module is imported
 * in a browser. For a page without a build step, `dist/element.global.js` is the same, bundled into
 * one script. Its charts carry the poll average (`poll-trend/average`) and poll-trend's languages
 * (`poll-trend/es`), passed to every chart it draws, never registered anywhere:
 * `<script src="https://unpkg.com/poll-trend/dist/element.global.js"></script>`.
 * @module poll-trend/element
 */
import { defineTrendChartElement as define } from "../dom/element.js";
import type { MountOptions } from "../dom/mount.js";
import { averages } from "../entries/average.js";
import { british } from "../language/british.js";
import { spanish } from "../language/spanish.js";

export { elementCss, elementOptions, type TrendChartElement } from "../dom/element.js";

/** What every chart of the element carries: the poll average and poll-trend's languages. */
const CARRIED: Pick<MountOptions, "averages" | "languages"> = Object.freeze({
  averages,
  languages: [spanish, british],
});

/**
 * Defines the custom element `<poll-trend-chart>` (or another name): see `poll-trend/dom`'s
 * `defineTrendChartElement`. Its charts carry the poll average and Spanish unless `parts` says otherwise.
 *
 * @example
 * defineTrendChartElement("my-poll-chart");
 * // <my-poll-chart src="/polls/ukraine.json"></my-poll-chart>
 */
export function defineTrendChartElement(
  name = "poll-trend-chart",
  parts: Pick<MountOptions, "averages" | "languages"> = CARRIED,
): CustomElementConstructor {
  return define(name, parts);
}

if (typeof customElements !== "undefined") defineTrendChartElement();
