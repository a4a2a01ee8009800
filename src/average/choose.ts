import { splitRuns } from "../model/gaps.js";
import type { PollSeries } from "../model/types.js";
import { type AverageEstimate, type AverageOptions, type PollAverage, pollAverage } from "./average.js";

/**
 * When a chart or summary draws a poll average: `"auto"` (default) for a series of at least 10 polls
 * that come from more than one pollster or with several polls on one date; `true` for every series with
 * at least 3 polls; `false` never; an {@link AverageOptions} object for every series, with those options.
 */
export type AverageSetting = "auto" | boolean | AverageOptions;

/** Below this many polls, `"auto"` draws the polls, not an average. */
export const AUTO_MIN_POLLS = 10;

/** A series' average as drawn: one {@link pollAverage} per run of the line, split where polling stopped. */
export interface SeriesAverage extends Omit<PollAverage, "estimates"> {
  /** The estimates of each run with at least 3 polls, oldest first; runs are separated by gaps. */
  readonly runs: readonly (readonly AverageEstimate[])[];
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

// Datasets are frozen, so a series' average can be kept and shared by the chart and its summary.
const memo = new WeakMap<readonly unknown[], Map<string, SeriesAverage | null>>();

/**
 * The average of a series under a setting, computed per run of the line (a gap longer than the gap
 * rule of {@link lineBreaks} splits it, so the average never bridges a hole in the polling), or
 * `undefined` when the setting gives it none or no run has 3 polls.
 */
export function seriesAverage(
  series: PollSeries,
  setting: AverageSetting = "auto",
  maxGapDays?: number,
): SeriesAverage | undefined {
  const options = averageOptionsFor(series, setting);
  if (!options) return undefined;
  const key = `${options.bandwidthDays ?? ""}|${maxGapDays ?? ""}`;
  let cache = memo.get(series.points);
  if (!cache) {
    cache = new Map();
    memo.set(series.points, cache);
  }
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  const averages = splitRuns(series.points, maxGapDays)
    .filter((run) => run.length >= 3)
    .map((run) => pollAverage({ ...series, points: run }, options));
  const first = averages[0];
  const last = averages[averages.length - 1];
  const latest = last?.estimates[last.estimates.length - 1];
  const result =
    first && last && latest
      ? Object.freeze({
          method: first.method,
          bandwidthDays: first.bandwidthDays,
          // The window of the run the latest estimate comes from: the one the words are about.
          windowDays: last.windowDays,
          weighting: averages.some((a) => a.weighting === "sample-size")
            ? ("sample-size" as const)
            : ("equal" as const),
          level: first.level,
          polls: averages.reduce((sum, a) => sum + a.polls, 0),
          runs: averages.map((a) => a.estimates),
          latest,
        })
      : undefined;
  cache.set(key, result ?? null);
  return result;
}
