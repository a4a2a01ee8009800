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
  /** The reading: percent of respondents (in a net series, points), as `rule` says. */
  readonly value: number;
  /** The version that counts (the largest sample); the first of the versions averaged for `"mean"`. */
  readonly point: PollPoint;
  /** Every version of the poll in the series, in the series' order: one for most polls. */
  readonly versions: readonly PollPoint[];
  /**
   * How `value` was chosen: `"only"` (one version), `"largest-sample"` (the version with the largest
   * sample: the full sample, where the others are split samples or parts of it), or `"mean"` (the mean
   * of the versions that share the largest sample, or of all versions where a sample size is missing).
   */
  readonly rule: "only" | "largest-sample" | "mean";
}

/**
 * The polls of a series, one reading each, in the order of each poll's first version. Rows of one poll
 * (see {@link pollOf}: the same poll id, or the same pollster, sponsor, dates and mode with question ids
 * or the same sample) are versions: the version with the largest sample counts, being the whole sample
 * (split samples and subgroups are smaller); where versions share the largest sample (two questions
 * put to everyone) or a size is not given, their mean counts. A reading is never a change from
 * another version of its own poll.
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
  const first = versions[0]!;
  if (versions.length === 1) return { key, value: first.value, point: first, versions, rule: "only" };
  const sizes = versions.map((v) => v.sampleSize);
  if (sizes.every((n): n is number => n !== undefined)) {
    const largest = Math.max(...sizes);
    const full = versions.filter((v) => v.sampleSize === largest);
    if (full.length === 1) {
      const point = full[0]!;
      return { key, value: point.value, point, versions: Object.freeze(versions), rule: "largest-sample" };
    }
    return { key, value: mean(full), point: full[0]!, versions: Object.freeze(versions), rule: "mean" };
  }
  return { key, value: mean(versions), point: first, versions: Object.freeze(versions), rule: "mean" };
}

const mean = (points: readonly PollPoint[]) => points.reduce((sum, p) => sum + p.value, 0) / points.length;
