import { splitRuns } from "../model/gaps.js";
import type { PollPoint, PollSeries } from "../model/types.js";
import { dataError } from "../model/error.js";
import type { AverageEstimate, AverageOptions, HouseEffect, PollAverage } from "./average.js";
import { type AverageEngine, averageEngine } from "./engine.js";

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
 * The average of a series under a setting, computed per run of the line (a gap longer than the gap
 * rule of {@link lineBreaks} splits it, so the average never bridges a hole in the polling), or
 * `undefined` when the setting gives it none or no run has an estimate. `pollster` is the dataset's:
 * who ran the polls that name none (see {@link AverageOptions.pollster}).
 */
export function seriesAverage(
  series: PollSeries,
  setting: AverageSetting = "auto",
  maxGapDays?: number,
  pollster?: string,
): SeriesAverage | undefined {
  const chosen = averageOptionsFor(series, setting);
  if (!chosen) return undefined;
  const pollAverage = averageEngine();
  if (!pollAverage)
    throw dataError([
      {
        path: ["options", "average"],
        message: `expected the poll average to be loaded: series "${series.id}" has ${series.points.length} polls, which call for an average; import "poll-trend/average" once before drawing, or pass average: false`,
      },
    ]);
  const options: AverageOptions = { ...(pollster === undefined ? {} : { pollster }), ...chosen };
  // Computed once per output: prepareTrend keeps it in the trend's facts for the chart and the words.
  return combine(pollAverage, series, options, splitRuns(series.points, maxGapDays));
}

/** One average per run of at least 3 polls; shorter runs are stretches with too few polls. */
function combine(
  pollAverage: AverageEngine,
  series: PollSeries,
  options: AverageOptions,
  runs: PollPoint[][],
): SeriesAverage | undefined {
  const parts = runs.map((run) => (run.length >= 3 ? pollAverage({ ...series, points: run }, options) : run));
  const averages = parts.filter((part): part is PollAverage => !Array.isArray(part));
  const sparse = parts.flatMap((part) =>
    Array.isArray(part)
      ? [{ from: part[0]?.date as string, to: part[part.length - 1]?.date as string, polls: part.length }]
      : part.sparse,
  );
  const withEstimates = averages.filter((a) => a.estimates.length > 0);
  const first = averages[0];
  const last = withEstimates[withEstimates.length - 1];
  const latest = last?.estimates[last.estimates.length - 1];
  if (!first || !last || !latest) return undefined;
  const pollsters = new Set(series.points.map((p) => p.pollster ?? options.pollster));
  return Object.freeze({
    method: first.method,
    bandwidthDays: first.bandwidthDays,
    // The window of the run the latest estimate comes from: the one the words are about.
    windowDays: last.windowDays,
    widestWindowDays: Math.max(...averages.map((a) => a.widestWindowDays)),
    maxWindowDays: first.maxWindowDays,
    weighting: averages.some((a) => a.weighting === "sample-size") ? ("sample-size" as const) : ("equal" as const),
    pollsterWeighting: first.pollsterWeighting,
    adjustment: first.adjustment,
    houseEffects: mergeHouseEffects(averages),
    level: first.level,
    polls: series.points.length,
    pollsters: pollsters.size,
    runs: averages.flatMap((a) => a.runs),
    sparse: Object.freeze(sparse),
    latest,
  });
}

/** Each pollster's offset over the runs: the mean of its per-run offsets, weighted by its polls in each. */
function mergeHouseEffects(averages: readonly PollAverage[]): readonly HouseEffect[] {
  const merged = new Map<string | undefined, { offset: number; polls: number }>();
  for (const effect of averages.flatMap((a) => a.houseEffects)) {
    const known = merged.get(effect.pollster) ?? { offset: 0, polls: 0 };
    const polls = known.polls + effect.polls;
    merged.set(effect.pollster, {
      offset: known.offset + ((effect.offset - known.offset) * effect.polls) / polls,
      polls,
    });
  }
  return Object.freeze(
    [...merged].map(([pollster, { offset, polls }]) =>
      Object.freeze({ ...(pollster === undefined ? {} : { pollster }), offset, polls }),
    ),
  );
}
