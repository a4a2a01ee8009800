import type { PollsterWeighting } from "./fit.js";

/**
 * Options of {@link pollAverage}. Every option is checked; a bad or unknown one throws a `TypeError`
 * naming it.
 *
 * @example
 * const options: AverageOptions = { bandwidthDays: 90, houseEffects: true, pollster: "Gallup" };
 */
export interface AverageOptions {
  /**
   * The estimator. `"kalman"` (default): a state-space average, a daily estimate that follows the polls
   * as they come, each pollster counted once: opinion as a random walk seen through polls (a Kalman
   * filter and smoother), whose step size is fitted to each series; its last value is the filtered one,
   * which never extends a slope past the last polls. `"loess"`: local linear regression over a window of
   * `bandwidthDays` (statsmodels' LOESS with weights), see {@link pollAverage}; giving `bandwidthDays`
   * without a method asks for it. Anything else is a `TypeError`.
   */
  readonly method?: AverageMethod;
  /**
   * LOESS only (`"kalman"` fits how fast opinion moves instead): full width of the window in days, how
   * much of the calendar each estimate looks at. Default 60.
   * Wider is smoother and slower to turn; narrower follows every wiggle. Where the window holds fewer
   * than 20 polls it widens to reach the 20th nearest poll, but never beyond 150 days (or
   * `bandwidthDays`, if that is wider); where even that holds fewer than 4 polls, the line stops: see
   * {@link pollAverage}.
   * Must be a positive finite number, else a `TypeError`
   * ("poll-trend: options.bandwidthDays must be a positive finite number of days, received …").
   */
  readonly bandwidthDays?: number;
  /**
   * Who ran the polls that name no `pollster` of their own: the dataset's pollster (charts and summaries
   * pass `PollDataset.pollster`). Polls naming none, without this, count as one unnamed pollster.
   * Must be a string, else a `TypeError`.
   */
  readonly pollster?: string;
  /**
   * Estimate each pollster's house effect (its typical offset from the other pollsters, shrunk toward
   * zero for pollsters with few polls) and subtract it before averaging. Default `false` (for
   * `"kalman"` too: on four published averages it brought the line no closer, see the README). The
   * offsets are in {@link PollAverage.houseEffects}. Must be a boolean, else a `TypeError`.
   */
  readonly houseEffects?: boolean;
  /**
   * `"shared"` (default): one voice per pollster, so all of a pollster's polls in a window share one
   * pollster's weight and a daily tracker counts as one pollster. `"per-poll"`: every poll weighs on
   * its own (by sample size only), so a pollster that publishes daily outweighs one that publishes
   * monthly thirty times; kept to compare with. With `method: "kalman"`, `"shared"` multiplies the
   * variance of a pollster's polls so that its polls in any 31 days carry no more information than the
   * median pollster's. Anything else is a `TypeError`.
   */
  readonly pollsterWeighting?: PollsterWeighting;
}

/**
 * The estimators of {@link pollAverage}: `"loess"` or `"kalman"`.
 *
 * @example
 * const method: AverageMethod = "kalman";
 */
export type AverageMethod = "loess" | "kalman";

/** The estimator {@link pollAverage} uses when `method` is not given. */
export const DEFAULT_METHOD: AverageMethod = "kalman";

/** Every option resolved to its value. */
export interface ResolvedAverageOptions {
  readonly method: AverageMethod;
  readonly bandwidthDays: number;
  readonly pollster: string | undefined;
  readonly houseEffects: boolean;
  readonly pollsterWeighting: PollsterWeighting;
}

export const DEFAULT_BANDWIDTH_DAYS = 60;
const KNOWN = ["method", "bandwidthDays", "pollster", "houseEffects", "pollsterWeighting"];

/** Checks options of {@link pollAverage} and fills in the defaults; a bad or unknown one is a `TypeError` naming it. */
export function resolveAverageOptions(options: unknown): ResolvedAverageOptions {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new TypeError("poll-trend: options must be an object");
  for (const key of Object.keys(options))
    if (!KNOWN.includes(key))
      throw new TypeError(`poll-trend: unknown option "${key}" (known options: ${KNOWN.join(", ")})`);
  const o = options as Record<string, unknown>;
  // A window in days is LOESS's: asking for one without a method asks for LOESS.
  const method =
    o["method"] === undefined ? (o["bandwidthDays"] === undefined ? DEFAULT_METHOD : "loess") : o["method"];
  if (method !== "loess" && method !== "kalman") bad("method", '"loess" or "kalman"', method);
  const bandwidthDays = o["bandwidthDays"] === undefined ? DEFAULT_BANDWIDTH_DAYS : o["bandwidthDays"];
  if (typeof bandwidthDays !== "number" || !Number.isFinite(bandwidthDays) || bandwidthDays <= 0)
    bad("bandwidthDays", "a positive finite number of days", bandwidthDays);
  const pollster = o["pollster"];
  if (pollster !== undefined && typeof pollster !== "string") bad("pollster", "a string", pollster);
  const houseEffects = o["houseEffects"] === undefined ? false : o["houseEffects"];
  if (typeof houseEffects !== "boolean") bad("houseEffects", "true or false", houseEffects);
  const pollsterWeighting = o["pollsterWeighting"] === undefined ? "shared" : o["pollsterWeighting"];
  if (pollsterWeighting !== "shared" && pollsterWeighting !== "per-poll")
    bad("pollsterWeighting", '"shared" or "per-poll"', pollsterWeighting);
  return {
    method: method as AverageMethod,
    bandwidthDays: bandwidthDays as number,
    pollster: pollster as string | undefined,
    houseEffects: houseEffects as boolean,
    pollsterWeighting: pollsterWeighting as PollsterWeighting,
  };
}

function bad(name: string, expected: string, value: unknown): never {
  const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  throw new TypeError(`poll-trend: options.${name} must be ${expected}, received ${shown}`);
}
