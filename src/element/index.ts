/**
 * `poll-trend/element`: the custom element `<poll-trend-chart>`, defined when this module is imported
 * in a browser. For a page without a build step, `dist/element.global.js` is the same, bundled into
 * one script, with the poll average (`poll-trend/average`) loaded: `<script src="https://unpkg.com/poll-trend/dist/element.global.js"></script>`.
 * @module poll-trend/element
 */
import { useAverageFeature } from "../average/engine.js";
import { averages } from "../average/feature.js";
import { defineTrendChartElement } from "../dom/element.js";
import { registerLanguage } from "../words/index.js";
import { spanish } from "../words/spanish.js";

export { defineTrendChartElement, elementCss, elementOptions, type TrendChartElement } from "../dom/element.js";

// The whole chart: with its poll average and poll-trend's own languages, registered here in the entry
// itself (a statement in a shared chunk is one a bundler may drop as free of side effects).
useAverageFeature(averages);
registerLanguage("es", spanish);
if (typeof customElements !== "undefined") defineTrendChartElement();
