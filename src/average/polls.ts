import { quantileInPlace } from "./select.js";
import { utcTime } from "../model/dates.js";
import type { PollPoint } from "../model/types.js";

/**
 * A series' polls as the fit reads them: parallel typed arrays sorted by end date, one entry per poll.
 * Built once per average by {@link preparePolls}; subsets (the cross-validation folds) by {@link subsetPolls}.
 */
export interface PreparedPolls {
  /** The polls, sorted by end date (stable, so polls of one day keep their order). */
  readonly points: readonly PollPoint[];
  /** Days since the first poll's end date, ascending. */
  readonly days: Float64Array;
  /** Each poll's value, in percent. */
  readonly values: Float64Array;
  /** Each poll's sample-size weight: √(n ÷ median n), clamped to 1/3..3; 1 without a sample size. */
  readonly sizeWeights: Float64Array;
  /** Each poll's pollster, an index into `pollsters`. */
  readonly pollster: Int32Array;
  /** Who ran the polls, in order of first poll; `undefined` for polls that name none. */
  readonly pollsters: readonly (string | undefined)[];
  /**
   * How many releases share each poll's respondents: for a tracking release (`tracking: true`), its
   * field days (a 3-day rolling sample shares its respondents with 3 daily releases); 1 for any other poll.
   */
  readonly overlap: Float64Array;
  /** Whether any poll has a sample size, so that sizes weigh. */
  readonly sized: boolean;
}

const DAY_MS = 86_400_000;
/** A poll counts at most 3 times as much as one of the median size, and at least a third as much. */
const MAX_SIZE_WEIGHT = 3;

/**
 * Sorts the polls and reads what the fit needs. A poll's pollster is its own `pollster`, else
 * `defaultPollster` (the dataset's); polls that name none share one unnamed pollster.
 */
export function preparePolls(points: readonly PollPoint[], defaultPollster: string | undefined): PreparedPolls {
  const timed = points.map((point) => ({ point, time: utcTime(point.date) }));
  // Parsed series are sorted already; sorting again keeps hand-built series right.
  timed.sort((a, b) => a.time - b.time);
  const sorted = timed.map((t) => t.point);
  const n = sorted.length;
  const first = timed[0]?.time ?? 0;
  // map and filter, not flatMap: flatMap is many times slower on thousands of polls.
  const sizes = sorted.map((point) => point.sampleSize).filter((size) => size !== undefined);
  const medianSize = sizes.length ? quantileInPlace(Float64Array.from(sizes), sizes.length, 0.5) : undefined;
  const names: (string | undefined)[] = [];
  const index = new Map<string | undefined, number>();
  const days = new Float64Array(n);
  const values = new Float64Array(n);
  const sizeWeights = new Float64Array(n);
  const pollster = new Int32Array(n);
  const overlap = new Float64Array(n);
  timed.forEach(({ point, time }, i) => {
    days[i] = Math.round((time - first) / DAY_MS);
    values[i] = point.value;
    sizeWeights[i] = sizeWeight(point.sampleSize, medianSize);
    const name = point.pollster ?? defaultPollster;
    let id = index.get(name);
    if (id === undefined) {
      id = names.length;
      index.set(name, id);
      names.push(name);
    }
    pollster[i] = id;
    overlap[i] = point.tracking && point.fieldStart ? fieldDays(point.fieldStart, time) : 1;
  });
  return { points: sorted, days, values, sizeWeights, pollster, pollsters: names, overlap, sized: sizes.length > 0 };
}

/** The polls whose indices pass `keep`, with the same pollster indices. */
export function subsetPolls(polls: PreparedPolls, keep: (i: number) => boolean): PreparedPolls {
  const kept: number[] = [];
  for (let i = 0; i < polls.days.length; i++) if (keep(i)) kept.push(i);
  const pick = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
    kept.forEach((i, j) => {
      to[j] = from[i]!;
    });
    return to;
  };
  const n = kept.length;
  return {
    ...polls,
    points: kept.map((i) => polls.points[i]!),
    days: pick(polls.days, new Float64Array(n)),
    values: pick(polls.values, new Float64Array(n)),
    sizeWeights: pick(polls.sizeWeights, new Float64Array(n)),
    pollster: pick(polls.pollster, new Int32Array(n)),
    overlap: pick(polls.overlap, new Float64Array(n)),
  };
}

/** √(size ÷ median size), the √n weighting poll aggregators use, clamped so one huge online poll cannot dominate. */
function sizeWeight(size: number | undefined, medianSize: number | undefined): number {
  if (size === undefined || medianSize === undefined || !(medianSize > 0)) return 1;
  return Math.min(MAX_SIZE_WEIGHT, Math.max(1 / MAX_SIZE_WEIGHT, Math.sqrt(size / medianSize)));
}

/** Days of fieldwork, from the first day to the last, both counted; at least 1. */
function fieldDays(fieldStart: string, endTime: number): number {
  return Math.max(1, Math.round((endTime - utcTime(fieldStart)) / DAY_MS) + 1);
}
