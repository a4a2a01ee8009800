import type { PollsterWeighting } from "./fit.js";

/**
 * The average on one day, with two ranges that answer two questions: how sure we are of the average
 * (`lower`..`upper`), and where single polls of that day fall (`pollLower`..`pollUpper`).
 *
 * @example
 * const estimate: AverageEstimate = {
 *   date: "2023-01-30", value: 49.2, lower: 48.1, upper: 50.3, pollLower: 45.8, pollUpper: 52.5,
 * };
 */
export interface AverageEstimate {
  /** ISO `YYYY-MM-DD`: a day on which at least one poll ended. */
  readonly date: string;
  /**
   * The average, in percent of respondents, from 0 to 100; never outside the polls of its window (LOESS)
   * or the range of the polls, less house effects (`"kalman"`, a weighted mean of them).
   */
  readonly value: number;
  /**
   * Bottom of the 95% interval of the average itself, in percent: how low the average could plausibly
   * be, given how many pollsters and polls it rests on and how far they spread. Never above `value`,
   * never below 0.
   */
  readonly lower: number;
  /** Top of the 95% interval of the average itself, in percent; never below `value`, never above 100. */
  readonly upper: number;
  /** Bottom of the 95% single-poll band, in percent: 95% of single polls of that day are expected above it. */
  readonly pollLower: number;
  /** Top of the 95% single-poll band, in percent: 95% of single polls of that day are expected below it. */
  readonly pollUpper: number;
  /**
   * `method: "kalman"` only: how many polls ended within 30 days either side of `date` (both ends
   * included), the estimate's own day's polls among them; at least 2 for a published estimate. For the
   * words to tell a high or low resting on a handful of polls from one resting on many. E.g. `42`.
   */
  readonly nearbyPolls?: number;
  /** `method: "kalman"` only: how many pollsters ran those polls. E.g. `9`. */
  readonly nearbyPollsters?: number;
}

/**
 * One pollster's house effect: how far its polls typically run from the average of all pollsters.
 *
 * @example
 * const effect: HouseEffect = { pollster: "Rasmussen Reports", offset: 2.4, polls: 847 };
 */
export interface HouseEffect {
  /** Who ran the polls; absent for the polls that name no pollster. */
  readonly pollster?: string;
  /** In percentage points: positive when that pollster's polls run higher than the average, after shrinkage. */
  readonly offset: number;
  /** How many of the series' polls are that pollster's. */
  readonly polls: number;
}

/**
 * A stretch of polls with too few others near them for an average: the line stops there.
 *
 * @example
 * const stretch: SparsePolling = { from: "1976-11-12", to: "1977-01-04", polls: 2 };
 */
export interface SparsePolling {
  /** ISO date of the first poll of the stretch without an estimate. */
  readonly from: string;
  /** ISO date of its last poll. */
  readonly to: string;
  /** How many polls ended in it. */
  readonly polls: number;
}

/**
 * The numbers of a state-space average (`method: "kalman"`), for a methods note or a reader who wants
 * to redo it.
 *
 * @example
 * const numbers: StateSpaceNumbers = {
 *   stepSize: 0.19, nonSamplingSd: 2.4, houseEffectSd: 1.9, designEffect: 1.5, voiceHalfSpanDays: 15,
 *   maxIntervalWidth: 10, logLikelihood: -11234.5,
 * };
 */
export interface StateSpaceNumbers {
  /**
   * The random walk's step size, in percentage points per √day: the standard deviation of a day's
   * change of opinion, by maximum likelihood, within 0.01..2. Over d days opinion moves by about
   * stepSize × √d by chance: 0.19 is about 1 point in a month.
   */
  readonly stepSize: number;
  /** What a poll varies beyond its sampling error, in points (sd), by maximum likelihood, within 0..10. */
  readonly nonSamplingSd: number;
  /**
   * How far pollsters' house effects spread, in points (sd), from the residuals (method of moments): the
   * shrinkage of house effects, and without them the uncertainty they add to the interval. 0 for one pollster.
   */
  readonly houseEffectSd: number;
  /** The design effect taken for polls without a published margin (1.5). */
  readonly designEffect: number;
  /**
   * Half the span of the one-voice-per-pollster rule, in days (15: a pollster's polls over 31 days weigh as one typical
   * pollster's).
   */
  readonly voiceHalfSpanDays: number;
  /**
   * The widest 95% interval published, `upper − lower` in points before clamping (10): an estimate with a
   * wider one is not published and its polls go to `sparse`. See `KALMAN_SUPPORT` for how it was chosen.
   */
  readonly maxIntervalWidth: number;
  /** The log-likelihood reached (prediction-error decomposition), to compare fits of one series. */
  readonly logLikelihood: number;
}

/**
 * A poll average: how it was made and its estimates. Every field is there so a chart or a methods
 * note can say exactly what was drawn.
 *
 * @example
 * const average: PollAverage = pollAverage(series);
 * average.method; // "loess"
 * average.estimates.at(-1);
 * // { date: "2023-01-30", value: 49.2, lower: 48.1, upper: 50.3, pollLower: 45.8, pollUpper: 52.5 }
 */
export interface PollAverage {
  /**
   * `"loess"`: locally weighted linear regression with a tricube kernel and two robustness passes
   * (Cleveland 1979), with per-poll weights. `"kalman"`: a local-level state-space model, a daily
   * estimate that follows the polls as they come, each pollster counted once (a Kalman filter and
   * smoother). See {@link pollAverage}.
   */
  readonly method: "loess" | "kalman";
  /**
   * Full width of the window in days, as asked for (default 60). LOESS only: `"kalman"` keeps the option's value and
   * does not use it.
   */
  readonly bandwidthDays: number;
  /**
   * The median full width of the windows really used, in days: for LOESS `bandwidthDays`, or wider where
   * polls were sparse. For `"kalman"`, the median over the estimates of the width of an evenly weighted
   * window that would leave the same variance (8 × the posterior variance ÷ the step variance), e.g. 95.
   */
  readonly windowDays: number;
  /**
   * The widest window really used, in days; at most `maxWindowDays`. For `"kalman"`, the widest such equivalent window.
   */
  readonly widestWindowDays: number;
  /**
   * The widest a window may grow, in days: 150, or `bandwidthDays` if wider. Where that holds fewer than 4
   * polls, the line stops. For `"kalman"`, the same as `widestWindowDays` (no window is set; the line stops by
   * `KALMAN_SUPPORT`).
   */
  readonly maxWindowDays: number;
  /**
   * `"sample-size"` when any poll has a `sampleSize` (within a pollster's share, larger polls count more); else
   * `"equal"`.
   */
  readonly weighting: "sample-size" | "equal";
  /** `"shared"`: one voice per pollster; `"per-poll"`: each poll weighs on its own (see {@link AverageOptions}). */
  readonly pollsterWeighting: PollsterWeighting;
  /** `"house-effects"` when each pollster's estimated offset was subtracted before averaging; `"none"` otherwise. */
  readonly adjustment: "house-effects" | "none";
  /** With house effects, each pollster's estimated offset, in order of first poll; empty otherwise. */
  readonly houseEffects: readonly HouseEffect[];
  /** Both ranges of every estimate are at 95%. */
  readonly level: 0.95;
  /** How many polls went in. */
  readonly polls: number;
  /** How many pollsters ran them (the polls that name none count as one). */
  readonly pollsters: number;
  /** One estimate per distinct poll date that has enough polls near it, oldest first. */
  readonly estimates: readonly AverageEstimate[];
  /** The same estimates, split where the line stops for too few polls; oldest first. */
  readonly runs: readonly (readonly AverageEstimate[])[];
  /**
   * Where the line stops: stretches of polls with too few others near them, oldest first. For
   * `"kalman"`, also where the interval is wider than `stateSpace.maxIntervalWidth`.
   */
  readonly sparse: readonly SparsePolling[];
  /** `method: "kalman"` only: the model's fitted numbers. */
  readonly stateSpace?: StateSpaceNumbers;
}

/**
 * A series' average as drawn: one {@link PollAverage} per run of the line (split where polling stopped),
 * its runs split again where too few polls stop the line.
 *
 * @example
 * const average: SeriesAverage | undefined = seriesAverage(series, {}, undefined);
 * average?.latest.value; // 46.1
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
