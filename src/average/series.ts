import { splitRuns } from "../model/gaps.js";
import type { PollPoint, PollSeries } from "../model/types.js";
import type { AverageFacts } from "../trend/facts.js";
import { ESTIMATE_DECIMALS, round } from "../words/numbers.js";
import {
  type AverageEstimate,
  type AverageOptions,
  type HouseEffect,
  type PollAverage,
  pollAverage,
} from "./average.js";
import { type AverageSetting, averageOptionsFor, type SeriesAverage } from "./choose.js";

// A series' average, per run of its line, and its facts: part of poll-trend/average.

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
  return averageOf(series, { ...(pollster === undefined ? {} : { pollster }), ...chosen }, maxGapDays);
}

/** A series' average under resolved options: one per run of the line between gaps. */
const averageOf = (series: PollSeries, options: AverageOptions, maxGapDays: number | undefined) =>
  combine(series, options, splitRuns(series.points, maxGapDays));

/** One average per run of at least 3 polls; shorter runs are stretches with too few polls. */
function combine(series: PollSeries, options: AverageOptions, runs: PollPoint[][]): SeriesAverage | undefined {
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

const DAY = 86_400_000;

/** What the words say of an average: its latest value, its change over about a month, its high and low. */
export function averageFacts(average: SeriesAverage): AverageFacts {
  const { latest } = average;
  const run = average.runs[average.runs.length - 1] ?? [];
  const end = Date.parse(latest.date);
  // The estimate nearest a month before the latest, within its own run of the line, at least 20 days back.
  let monthEarlier: AverageEstimate | undefined;
  let daysBefore = 0;
  for (const estimate of run) {
    const days = Math.round((end - Date.parse(estimate.date)) / DAY);
    if (days >= 20 && (!monthEarlier || Math.abs(days - 30) < Math.abs(daysBefore - 30))) {
      monthEarlier = estimate;
      daysBefore = days;
    }
  }
  let high = latest;
  let low = latest;
  for (const estimate of average.runs.flat()) {
    if (estimate.value > high.value || (estimate.value === high.value && estimate.date < high.date)) high = estimate;
    if (estimate.value < low.value || (estimate.value === low.value && estimate.date < low.date)) low = estimate;
  }
  return {
    average,
    latest,
    ...(monthEarlier
      ? {
          monthEarlier,
          daysBefore,
          change: round(
            round(latest.value, ESTIMATE_DECIMALS) - round(monthEarlier.value, ESTIMATE_DECIMALS),
            ESTIMATE_DECIMALS,
          ),
        }
      : {}),
    high,
    low,
  };
}

/** The facts of a series' average under resolved options, for the core (see averageFactsFor). */
export function seriesAverageFacts(
  series: PollSeries,
  options: AverageOptions,
  maxGapDays: number | undefined,
): AverageFacts | undefined {
  // Computed once per output: prepareTrend keeps it in the trend's facts for the chart and the words.
  const average = averageOf(series, options, maxGapDays);
  return average ? averageFacts(average) : undefined;
}
