import { dataError } from "../model/error.js";
import type { PollSeries } from "../model/types.js";
import type { AverageFacts } from "../trend/facts.js";
import type { AverageEstimate, AverageOptions, PollAverage } from "./average.js";
import { averageFeature } from "./engine.js";

/**
 * When a chart or summary draws a poll average: `"auto"` (default) for a series of at least 10 polls
 * that come from more than one pollster or with several polls on one date; `true` for every series with
 * at least 3 polls; `false` never; an {@link AverageOptions} object for every series, with those options.
 */
export type AverageSetting = "auto" | boolean | AverageOptions;

/** Below this many polls, `"auto"` draws the polls, not an average. */
export const AUTO_MIN_POLLS = 10;

/**
 * A series' average as drawn: one {@link pollAverage} per run of the line (split where polling stopped),
 * its runs split again where too few polls stop the line.
 */
export interface SeriesAverage extends Omit<PollAverage, "estimates"> {
  /**
   * The estimates of each stretch of the line, oldest first: runs are separated by gaps in the polling
   * and by the stretches of {@link PollAverage.sparse}.
   */
  readonly runs: readonly (readonly AverageEstimate[])[];
  /**
   * Where the line stops for too few polls, oldest first: the stretches of each run's average, and the
   * runs between gaps with fewer than 3 polls.
   */
  readonly sparse: PollAverage["sparse"];
  /** With house effects, each pollster's offset over the whole series (the poll-weighted mean over its runs). */
  readonly houseEffects: PollAverage["houseEffects"];
  /** The latest estimate. */
  readonly latest: AverageEstimate;
}

/** Whether a tracker needs an average: several pollsters, or several polls on one date. */
export function isTracker(series: PollSeries): boolean {
  const { points } = series;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (a?.date === b?.date || a?.pollster !== b?.pollster) return true;
  }
  return false;
}

/** The options to average a series with under a setting, or `undefined` for no average. */
export function averageOptionsFor(series: PollSeries, setting: AverageSetting = "auto"): AverageOptions | undefined {
  if (setting === false || series.points.length < 3) return undefined;
  // An average of a handful of polls says less than the polls themselves, with their margins.
  if (setting === "auto") return series.points.length >= AUTO_MIN_POLLS && isTracker(series) ? {} : undefined;
  return setting === true ? {} : setting;
}

/**
 * The facts of a series' average under a setting (see {@link seriesAverage}), from poll-trend/average;
 * `undefined` when the setting gives the series none. A series that calls for an average while that
 * module is not loaded is refused, never described without it.
 */
export function averageFactsFor(
  series: PollSeries,
  setting: AverageSetting = "auto",
  maxGapDays?: number,
  pollster?: string,
): AverageFacts | undefined {
  const chosen = averageOptionsFor(series, setting);
  if (!chosen) return undefined;
  const feature = averageFeature();
  if (!feature)
    throw dataError([
      {
        path: ["options", "average"],
        message: `expected the poll average to be loaded: series "${series.id}" has ${series.points.length} polls, which call for an average; import "poll-trend/average" once before drawing, or pass average: false`,
      },
    ]);
  // Computed once per output: prepareTrend keeps it in the trend's facts for the chart and the words.
  return feature.series(series, { ...(pollster === undefined ? {} : { pollster }), ...chosen }, maxGapDays);
}
