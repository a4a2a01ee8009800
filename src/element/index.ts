/**
 * `poll-trend/element`: the custom element `<poll-trend-chart>`, defined when this module is imported
 * in a browser. For a page without a build step, `dist/element.global.js` is the same, bundled into
 * one script: `<script src="https://unpkg.com/poll-trend/dist/element.global.js"></script>`.
 * @module poll-trend/element
 */
import { defineTrendChartElement } from "../dom/element.js";

export { defineTrendChartElement, elementOptions, type TrendChartElement } from "../dom/element.js";

if (typeof customElements !== "undefined") defineTrendChartElement();
