/**
 * `poll-trend/average`: the poll average, for charts, summaries and reports of trackers. Pass its
 * `averages` to any output, and every series that calls for an average (a series of at least 10 polls
 * from more than one pollster, or `average: true`) is drawn and described with it. Without it, such a
 * series is refused with a `PollDataError` that says so, never drawn without its average. It is a module
 * of its own so an app that charts a few polls per series does not carry it. Nothing is registered: the
 * same call gives the same output whatever else an app imported.
 *
 * @example
 * import { averages } from "poll-trend/average";
 * import { renderTrendChart, summarizeTrend } from "poll-trend";
 * renderTrendChart(tracker, { averages }); // with its poll average
 * summarizeTrend(tracker, { averages });
 * @module poll-trend/average
 */
import { seriesAverage } from "../average/series.js";
import { averageFacts } from "../trend/averages.js";
import type { ChartAverages } from "../chart/averages.js";
import { averageNodes } from "../chart/paint-average.js";
import { averageWriter } from "../words/average.js";

/**
 * The poll average whole: its numbers (`estimate`), its sentences (`write`) and a tracker's marks
 * (`paint`), for the `averages` option of `renderTrendChart`, `summarizeTrend`,
 * `renderReport`, `prepareTrend` and `mountTrendChart`.
 *
 * @example
 * renderTrendChart(tracker, { averages, average: { houseEffects: true } });
 */
export const averages: ChartAverages = Object.freeze({
  estimate: seriesAverage,
  describe: averageFacts,
  write: averageWriter,
  paint: averageNodes,
});

export {
  type AverageEstimate,
  type AverageOptions,
  type HouseEffect,
  type PollAverage,
  pollAverage,
  type PollsterWeighting,
  type SparsePolling,
} from "../average/average.js";
export type { SeriesAverage, StateSpaceNumbers } from "../average/types.js";
export type { AverageMethod } from "../average/options.js";
export { KALMAN_SUPPORT, type SupportRule } from "../average/support.js";
export type { AveragePainter, ChartAverages } from "../chart/averages.js";
export type { TrendAverages } from "../trend/averages.js";
export type { AverageWriter, WordsAverages } from "../words/averages.js";
export { averageFacts, seriesAverage };
