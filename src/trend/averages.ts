import { utcTime } from "../model/dates.js";
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
    const a = points[i - 1];
    const b = points[i];
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
        message:
          `expected the poll average: series "${series.id}" has ${series.points.length} polls, which call ` +
          `for an average; pass { averages }, from import { averages } from "poll-trend/average", or average: false`,
      },
    ]);
  const average = averages.estimate(series, { ...(pollster === undefined ? {} : { pollster }), ...chosen }, maxGapDays);
  return average ? averages.describe(average, series.points) : undefined;
}

const DAY = 86_400_000;
/** Polls this many days either side of an estimate are the polls it rests on, for the words. */
export const SUPPORT_DAYS = 15;
/** The first and last this many days of a stretch of the line are its edges… */
const EDGE_DAYS = 14;
/** …where an estimate needs this many polls near it to be called a high or a low. */
const EDGE_POLLS = 3;

/** How many of the polls (times, ascending) ended within {@link SUPPORT_DAYS} of `date`. */
function pollsNear(times: readonly number[], date: string): number {
  const t = utcTime(date);
  const firstAtOrAfter = (x: number) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return firstAtOrAfter(t + SUPPORT_DAYS * DAY + 1) - firstAtOrAfter(t - SUPPORT_DAYS * DAY);
}

/**
 * What the words say of an average, each claim on estimates that polls support: its latest value; its
 * change from the estimate nearest a month earlier that has at least 2 polls within 15 days; its high
 * and low, never an estimate of a stretch's first or last two weeks that rests on fewer than 3 polls
 * (a line's ends move most and know least).
 */
export function averageFacts(average: SeriesAverage, points: readonly { readonly date: string }[] = []): AverageFacts {
  const { latest } = average;
  const times = points.map((p) => utcTime(p.date));
  const near = (e: AverageEstimate) => (times.length ? pollsNear(times, e.date) : Infinity);
  const run = average.runs.at(-1) ?? [];
  const end = utcTime(latest.date);
  // The estimate nearest a month before the latest, within its own run of the line, at least 20 days back.
  let monthEarlier: AverageEstimate | undefined;
  let daysBefore = 0;
  for (const estimate of run) {
    const days = Math.round((end - utcTime(estimate.date)) / DAY);
    if (days < 20 || near(estimate) < 2) continue;
    if (!monthEarlier || Math.abs(days - 30) < Math.abs(daysBefore - 30)) {
      monthEarlier = estimate;
      daysBefore = days;
    }
  }
  let high: AverageEstimate | undefined;
  let low: AverageEstimate | undefined;
  for (const stretch of average.runs) {
    const first = utcTime(stretch[0]!.date);
    const last = utcTime(stretch.at(-1)!.date);
    for (const estimate of stretch) {
      const t = utcTime(estimate.date);
      const edge = t - first < EDGE_DAYS * DAY || last - t < EDGE_DAYS * DAY;
      if (edge && near(estimate) < EDGE_POLLS) continue;
      if (!high || estimate.value > high.value || (estimate.value === high.value && estimate.date < high.date))
        high = estimate;
      if (!low || estimate.value < low.value || (estimate.value === low.value && estimate.date < low.date))
        low = estimate;
    }
  }
  // The latest estimate is the headline: the high and the low said beside it never leave it outside
  // them (an estimate at a run's edge with few polls near is otherwise left out of both), and a high or
  // low that prints as the latest is the latest (not "45.0% on April 29 … highest, 45.0%, on April 28",
  // two estimates a few thousandths apart).
  const shown = (e: AverageEstimate) => round(e.value, ESTIMATE_DECIMALS);
  if (!high || shown(latest) >= shown(high)) high = latest;
  if (!low || shown(latest) <= shown(low)) low = latest;
  return {
    average,
    latest,
    ...(monthEarlier
      ? {
          monthEarlier,
          daysBefore,
          // From the unrounded estimates, then rounded as printed.
          change: round(latest.value - monthEarlier.value, ESTIMATE_DECIMALS),
        }
      : {}),
    high,
    low,
  };
}
