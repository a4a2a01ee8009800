import type { AverageOptions } from "../average/options.js";
import type { AverageEstimate, SeriesAverage } from "../average/types.js";
import { ESTIMATE_DECIMALS, round } from "../language/numbers.js";
import { dataError } from "../model/error.js";
import type { PollSeries } from "../model/types.js";
import type { AverageFacts, AverageSetting, TrendAverages } from "./types.js";

export type { AverageSetting, TrendAverages } from "./types.js";

/** Below this many polls, `"auto"` draws the polls, not an average. */
export const AUTO_MIN_POLLS = 10;

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
 * The facts of a series' average under a setting, or `undefined` when the setting gives the series
 * none. A series that calls for an average when no `averages` were given is refused, never described
 * without it.
 */
export function averageFactsFor(
  series: PollSeries,
  setting: AverageSetting,
  maxGapDays: number | undefined,
  pollster: string | undefined,
  averages: TrendAverages | undefined,
): AverageFacts | undefined {
  const chosen = averageOptionsFor(series, setting);
  if (!chosen) return undefined;
  if (!averages)
    throw dataError([
      {
        path: ["options", "averages"],
        message: `expected the poll average: series "${series.id}" has ${series.points.length} polls, which call for an average; pass { averages } from poll-trend/average (import { averages } from "poll-trend/average"), or average: false`,
      },
    ]);
  const average = averages.estimate(series, { ...(pollster === undefined ? {} : { pollster }), ...chosen }, maxGapDays);
  return average ? averageFacts(average) : undefined;
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
