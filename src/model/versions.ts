import { pollOf } from "./polls.js";
import type { PollDataset, PollPoint, PollSeries } from "./types.js";

/**
 * One poll of a series, however many versions of the question it asked: what an average, a change or
 * a count takes as one reading.
 *
 * @example
 * const reading: PollReading = { key, value: 21, point, versions: [point, split], rule: "largest-sample" };
 */
export interface PollReading {
  /** The poll's identity, {@link pollOf}. */
  readonly key: string;
  /** The reading: the value of the version that counts, `point`. */
  readonly value: number;
  /** The version that counts, as `rule` says. */
  readonly point: PollPoint;
  /** Every version of the poll in the series, in the series' order: one for most polls. */
  readonly versions: readonly PollPoint[];
  /**
   * How `point` was chosen: `"only"` (one version), `"largest-sample"` (the version with the largest
   * sample: the full sample, where the others are split samples or parts of it; of questions put to the
   * same sample, the first listed), or `"first"` (the first listed, where a version's size is missing).
   */
  readonly rule: "only" | "largest-sample" | "first";
}

/**
 * The polls of a series, one reading each, in the order of each poll's first version. Rows of one poll
 * (see {@link pollOf}: the same poll id, or the same pollster, sponsor, dates and mode with question ids
 * or the same sample) are versions: the version with the largest sample counts, being the whole sample
 * (split samples and subgroups are smaller), and of questions put to the same sample (or where a size is
 * not given) the first listed. A reading is always a figure the poll published, never a mean of two
 * questions (Emerson's Biden at 51% against Trump alone and 41.5% in a five-way race is not 46.25%), and
 * never a change from another version of its own poll.
 *
 * @example
 * const polls = pollReadings(dataset.series[0], dataset);
 * polls.length; // 24 polls of the California primary's 29 questions
 */
export function pollReadings(series: PollSeries, dataset: Pick<PollDataset, "pollster">): readonly PollReading[] {
  const groups = new Map<string, PollPoint[]>();
  for (const point of series.points) {
    const key = pollOf(point, dataset);
    const group = groups.get(key);
    if (group) group.push(point);
    else groups.set(key, [point]);
  }
  return Object.freeze([...groups].map(([key, versions]) => Object.freeze(readingOf(key, versions))));
}

function readingOf(key: string, versions: PollPoint[]): PollReading {
  // A size not given could be any: then NaN, which no version's size equals, and the first listed counts.
  const largest = Math.max(...versions.map((v) => v.sampleSize ?? Number.NaN));
  const point = versions.find((v) => v.sampleSize === largest) ?? versions[0]!;
  const rule = versions.length === 1 ? "only" : point.sampleSize === largest ? "largest-sample" : "first";
  return { key, value: point.value, point, versions: Object.freeze(versions), rule };
}
