import { median } from "d3-array";
import { utcTime } from "../model/dates.js";
import type { PollPoint, PollSeries } from "../model/types.js";
import { crossValidatedResiduals, residualQuantiles } from "./band.js";
import { loessLine } from "./loess.js";

/**
 * Options of {@link pollAverage}. Every option is checked; a bad or unknown one throws a `TypeError`
 * naming it.
 *
 * @example
 * const options: AverageOptions = { bandwidthDays: 90 };
 */
export interface AverageOptions {
  /**
   * Full width of the LOESS window in days: how much of the calendar each estimate looks at.
   * Default 60. Wider is smoother and slower to turn; narrower follows every wiggle. The window
   * is really a number of polls (see {@link pollAverage}), so where polls are denser than average
   * it is narrower in time, and where they are sparser it is wider.
   * Must be a positive finite number, else a `TypeError`
   * ("poll-trend: options.bandwidthDays must be a positive finite number of days, received …").
   */
  readonly bandwidthDays?: number;
}

/**
 * The average on one day, with the range where 95% of polls of that day are expected to fall.
 *
 * @example
 * const estimate: AverageEstimate = { date: "2023-01-30", value: 49.2, lower: 45.8, upper: 52.5 };
 */
export interface AverageEstimate {
  /** ISO `YYYY-MM-DD`: a day on which at least one poll ended. */
  readonly date: string;
  /** The average, in percent of respondents, from 0 to 100. */
  readonly value: number;
  /** Bottom of the 95% prediction band for a single poll, in percent; never above `value`, never below 0. */
  readonly lower: number;
  /** Top of the 95% prediction band for a single poll, in percent; never below `value`, never above 100. */
  readonly upper: number;
}

/**
 * A poll average: how it was made and its estimates. Every field is there so a chart or a methods
 * note can say exactly what was drawn.
 *
 * @example
 * const average: PollAverage = pollAverage(series);
 * average.method; // "loess"
 * average.estimates.at(-1); // { date: "2023-01-30", value: 49.2, lower: 45.8, upper: 52.5 }
 */
export interface PollAverage {
  /** LOESS: locally weighted linear regression (Cleveland 1979), from d3-regression, with its two robustness passes. */
  readonly method: "loess";
  /** Full width of the window in days, as asked for (default 60). */
  readonly bandwidthDays: number;
  /**
   * The window the fit really used, in days on average: `bandwidthDays`, or wider where that many days
   * held fewer than 30 polls (the share of polls × the days from the first poll to the last). Words and
   * notes about the average give this one.
   */
  readonly windowDays: number;
  /** `"sample-size"` when any poll has a `sampleSize` (larger polls count up to 3 times); `"equal"` otherwise. */
  readonly weighting: "sample-size" | "equal";
  /** The band is a 95% prediction band: where 95% of individual polls are expected to fall. */
  readonly level: 0.95;
  /** How many polls went in. */
  readonly polls: number;
  /** One estimate per distinct poll date, oldest first; every number clamped to 0..100. */
  readonly estimates: readonly AverageEstimate[];
}

const DAY_MS = 86_400_000;
const DEFAULT_BANDWIDTH_DAYS = 60;
const MIN_BAND_POLLS = 39;
const MAX_COPIES = 3;
const KNOWN = ["bandwidthDays"];

/**
 * A poll average of one series: a smooth line through its polls, with a band where 95% of
 * individual polls are expected to fall. Pure and deterministic; the series is not modified.
 *
 * **Line.** LOESS (locally weighted linear regression, Cleveland 1979, with two robustness passes
 * so a lone outlier barely moves it) from d3-regression, with x = days since the first poll and
 * y = the poll's value in percent. d3-regression's window is a share of the points (nearest
 * neighbours), not days, so `bandwidthDays` becomes the share bandwidthDays ÷ (days from the
 * first poll to the last), clamped to min(n, 30) ÷ n .. 1 so that the window holds at least
 * min(n, 30) polls' worth of the n (in rows of the fit, when weighted) and at most all of them.
 * Where polls are denser than average the window is therefore narrower in time; where they are
 * sparser, wider. Polls that share a date get one estimate for that date.
 *
 * **Weighting.** When any poll has a `sampleSize`, a poll of sample size s enters the fit
 * round(√(s ÷ m)) times, clamped to 1..3, where m is the median sample size of the polls that have
 * one: the √n weighting poll aggregators use, capped so one huge online poll cannot dominate. A poll
 * without a sample size enters once. Without any sample sizes every poll counts once (`"equal"`).
 *
 * **Band.** A 95% prediction band: where 95% of individual polls are expected to fall, not a
 * confidence interval for the line. Residuals are cross-validated: the polls, in date order, are
 * split into two interleaved halves, and a poll's residual is its value minus the LOESS line of the
 * other half at its date (a poll pulls the full line toward itself, so its in-sample residual is too
 * small; below 6 polls the full line's residuals are used). For each estimate date, take the
 * residuals of the k polls nearest in time, where k is the LOESS window's share of the n polls but at
 * least min(n, 39), each poll counted once whatever its weight in the line. Lower and upper are the
 * estimate plus the 2.5% and 97.5% quantiles of those residuals at ranks p·(k + 1) (Hyndman and Fan's
 * type 6, through d3-array `quantileSorted`), widened if need be to contain the estimate, then clamped
 * to 0..100. Under 39 polls those ranks are the extreme residuals, which hold about (n − 1) ÷ (n + 1)
 * of new polls: 90% for 20 polls.
 *
 * Cost is O(n·k) for n polls and windows of k polls: about 10 ms for 2,500 polls over three years
 * with the default window, half of it d3-regression's fit of the line and most of the rest the two
 * cross-validation fits. A window that spans every poll (a wide `bandwidthDays`, or many polls in a
 * short span) makes it O(n²): about 150 ms for 2,500 polls.
 *
 * @param series - The polls, e.g. a series of a parsed dataset. Their order does not matter.
 * @param options - See {@link AverageOptions}.
 * @returns A frozen {@link PollAverage}: one estimate per distinct poll date, oldest first.
 * @throws {RangeError} when the series has fewer than 3 polls
 *   ("poll-trend: pollAverage needs at least 3 polls, received 2").
 * @throws {TypeError} when an option is invalid or unknown, naming it
 *   ("poll-trend: options.bandwidthDays must be a positive finite number of days, received 0").
 *
 * @example
 * const series: PollSeries = {
 *   id: "favor",
 *   label: "Favor",
 *   points: [
 *     { date: "2023-01-05", value: 48, sampleSize: 1068 },
 *     { date: "2023-02-02", value: 46, sampleSize: 1100 },
 *     { date: "2023-03-01", value: 44 },
 *   ],
 * };
 * const average = pollAverage(series, { bandwidthDays: 90 });
 * for (const { date, value, lower, upper } of average.estimates) {
 *   console.log(`${date}: ${value.toFixed(1)}% (95% of polls between ${lower.toFixed(1)} and ${upper.toFixed(1)})`);
 * }
 */
export function pollAverage(series: PollSeries, options?: AverageOptions): PollAverage {
  const bandwidthDays = resolveBandwidth(options);
  const n = series.points.length;
  if (n < 3) throw new RangeError(`poll-trend: pollAverage needs at least 3 polls, received ${n}`);

  // Parsed series are sorted already; sorting again keeps hand-built series right and costs O(n).
  const polls = series.points.map((point) => ({ point, time: utcTime(point.date) })).sort((a, b) => a.time - b.time);
  const first = polls[0]?.time ?? 0;
  const days = polls.map((poll) => Math.round((poll.time - first) / DAY_MS));
  const values = polls.map((poll) => poll.point.value);
  const sizes = series.points.flatMap((point) => (point.sampleSize === undefined ? [] : [point.sampleSize]));
  const copies = copiesOf(
    polls.map((poll) => poll.point),
    median(sizes),
  );

  const line = loessLine(days, values, copies, bandwidthDays);
  const residuals = crossValidatedResiduals(days, values, copies, bandwidthDays, line);
  const windowPolls = Math.max(Math.min(n, MIN_BAND_POLLS), Math.round(line.share * n));
  const band = residualQuantiles(days, residuals, line.days, windowPolls);

  const dates = polls.filter((poll, i) => i === 0 || poll.time !== polls[i - 1]?.time).map((poll) => poll.point.date);
  const estimates = dates.map((date, j) => {
    const value = line.values[j] as number;
    const lower = clampPercent(Math.min(value + (band.low[j] as number), value));
    const upper = clampPercent(Math.max(value + (band.high[j] as number), value));
    return Object.freeze({ date, value: clampPercent(value), lower, upper });
  });
  return Object.freeze({
    method: "loess",
    bandwidthDays,
    windowDays: Math.round(line.share * ((days[n - 1] as number) - (days[0] as number))),
    weighting: sizes.length > 0 ? "sample-size" : "equal",
    level: 0.95,
    polls: n,
    estimates: Object.freeze(estimates),
  });
}

/** How many times each poll enters the fit: round(√(size ÷ median size)), clamped to 1..3; once without a size. */
function copiesOf(points: readonly PollPoint[], medianSize: number | undefined): number[] {
  return points.map((point) => {
    if (point.sampleSize === undefined || medianSize === undefined) return 1;
    return Math.min(MAX_COPIES, Math.max(1, Math.round(Math.sqrt(point.sampleSize / medianSize))));
  });
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function resolveBandwidth(options: unknown): number {
  if (options === undefined) return DEFAULT_BANDWIDTH_DAYS;
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new TypeError("poll-trend: options must be an object");
  for (const key of Object.keys(options))
    if (!KNOWN.includes(key))
      throw new TypeError(`poll-trend: unknown option "${key}" (known options: ${KNOWN.join(", ")})`);
  const value = (options as Record<string, unknown>)["bandwidthDays"];
  if (value === undefined) return DEFAULT_BANDWIDTH_DAYS;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    throw new TypeError(
      `poll-trend: options.bandwidthDays must be a positive finite number of days, received ${shown}`,
    );
  }
  return value;
}
