/**
 * `poll-trend/average`: the poll average, for charts, summaries and reports of trackers. Import it once,
 * anywhere in an app, and every chart and summary draws the average a tracker calls for (a series of at
 * least 10 polls from more than one pollster, or `average: true`). Without it, such a series is refused
 * with a `PollDataError` that says so, never drawn without its average. It is a module of its own so an
 * app that charts a few polls per series does not carry it (about 5 kB gzip). The CLI and
 * `poll-trend/element` load it themselves.
 *
 * @example
 * import "poll-trend/average";
 * import { renderTrendChart } from "poll-trend";
 * renderTrendChart(tracker); // with its poll average
 * @module poll-trend/average
 */
import { useAverageFeature } from "./engine.js";
import { averages } from "./feature.js";

useAverageFeature(averages);

export {
  type AverageEstimate,
  type AverageOptions,
  type HouseEffect,
  type PollAverage,
  pollAverage,
  type PollsterWeighting,
  type SparsePolling,
} from "./average.js";
