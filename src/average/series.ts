import { splitRuns } from "../model/gaps.js";
import type { PollPoint, PollSeries } from "../model/types.js";
import { type AverageOptions, type HouseEffect, type PollAverage, pollAverage } from "./average.js";
import type { SeriesAverage } from "./types.js";
import { flatten } from "../model/list.js";

// A series' average, per run of its line: numbers only. When a series is averaged, and what the words
// take from it, is the trend's (trend/averages.ts).

/**
 * The average of a series, computed per run of the line (a gap longer than the gap rule of
 * `lineBreaks`, or `maxGapDays`, splits it, so the average never bridges a hole in the polling),
 * or `undefined` when no run has an estimate. `options.pollster` names who ran the polls that name none
 * (the dataset's pollster, see {@link AverageOptions.pollster}).
 *
 * @example
 * const average = seriesAverage(tracker.series[0], { pollster: tracker.pollster }, undefined);
 * average?.runs.length; // 1 when the polling has no hole
 */
export function seriesAverage(
  series: PollSeries,
  options: AverageOptions,
  maxGapDays: number | undefined,
): SeriesAverage | undefined {
  return combine(series, options, splitRuns(series.points, maxGapDays));
}

/** One average per run of at least 3 polls; shorter runs are stretches with too few polls. */
function combine(series: PollSeries, options: AverageOptions, runs: PollPoint[][]): SeriesAverage | undefined {
  const parts = runs.map((run) => (run.length >= 3 ? pollAverage({ ...series, points: run }, options) : run));
  const averages = parts.filter((part): part is PollAverage => !Array.isArray(part));
  const sparse = flatten(
    parts.map((part) =>
      Array.isArray(part)
        ? [{ from: part[0]?.date ?? "", to: part[part.length - 1]?.date ?? "", polls: part.length }]
        : part.sparse,
    ),
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
    runs: flatten(averages.map((a) => a.runs)),
    sparse: Object.freeze(sparse),
    // The state-space average's numbers: those of the run the latest estimate comes from.
    ...(last.stateSpace ? { stateSpace: last.stateSpace } : {}),
    latest,
  });
}

/** Each pollster's offset over the runs: the mean of its per-run offsets, weighted by its polls in each. */
function mergeHouseEffects(averages: readonly PollAverage[]): readonly HouseEffect[] {
  const merged = new Map<string | undefined, { offset: number; polls: number }>();
  for (const effect of flatten(averages.map((a) => a.houseEffects))) {
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
