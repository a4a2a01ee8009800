import { lineAt, type LineRule, type RobustLine, robustLine } from "./line.js";
import type { PreparedPolls } from "./polls.js";

/** Each pollster's offset and the line fitted to the polls adjusted by them. */
export interface HouseFit {
  /** Per pollster (as indexed in the polls), its typical offset from the average, in percentage points. */
  readonly offsets: Float64Array;
  /** Per pollster, how many polls the offset rests on (tracking releases counted by their overlap). */
  readonly counts: Float64Array;
  /** Each poll's value less its pollster's offset. */
  readonly adjusted: Float64Array;
  /** The line through the adjusted values. */
  readonly line: RobustLine;
}

/**
 * Shrinkage: a pollster's mean residual over n polls is multiplied by n ÷ (n + 4), as if it also had 4
 * polls right on the average. One poll 3 points high gives an offset of 0.6; ten such polls give 2.1.
 */
export const HOUSE_SHRINK_POLLS = 4;
const MAX_ROUNDS = 12;
/** Rounds stop when no offset moves by more than this many percentage points. */
const TOLERANCE = 0.005;

/**
 * House effects by iteration: fit the average, take each pollster's mean residual (its polls' values
 * − the line at their days), shrink it toward zero by n ÷ (n + 4), subtract it from the pollster's
 * polls, refit, and repeat until no offset moves by 0.005 points (at most 12 rounds). An offset is
 * relative to the average of all pollsters' adjusted polls, which every round re-centres: positive
 * means that pollster's polls run higher than the others'. A tracking release counts as 1 ÷ its
 * overlap of a poll in n (a 3-day rolling sample is a third of a poll). Polls where the line has no
 * value (too few polls nearby) do not count.
 *
 * Cost: up to 12 fits of the line.
 */
export function fitHouseEffects(polls: PreparedPolls, rule: LineRule, at: Float64Array): HouseFit {
  const { values, pollster, overlap } = polls;
  const count = polls.pollsters.length;
  const offsets = new Float64Array(count);
  const counts = new Float64Array(count);
  const adjusted = Float64Array.from(values);
  let line = robustLine(polls, adjusted, rule, at);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fitted = lineAt(line.fit, polls.days);
    const sums = new Float64Array(count);
    counts.fill(0);
    for (let i = 0; i < values.length; i++) {
      const f = fitted[i]!;
      if (Number.isNaN(f)) continue;
      const p = pollster[i]!;
      const a = 1 / overlap[i]!;
      sums[p] = sums[p]! + a * (values[i]! - f);
      counts[p] = counts[p]! + a;
    }
    const next = sums.map((sum, p) => sum / (counts[p]! + HOUSE_SHRINK_POLLS));
    // Measured from the typical pollster, as the line weighs them, so one outlying pollster cannot set the level.
    const centre = weightedMedian(next, line.fit.voice);
    let moved = 0;
    for (let p = 0; p < count; p++) {
      const offset = next[p]! - centre;
      moved = Math.max(moved, Math.abs(offset - offsets[p]!));
      offsets[p] = offset;
    }
    for (let i = 0; i < values.length; i++) adjusted[i] = values[i]! - offsets[pollster[i]!]!;
    line = robustLine(polls, adjusted, rule, at);
    if (moved < TOLERANCE) break;
  }
  return { offsets, counts, adjusted, line };
}

/**
 * The weighted median: the value at which half the total weight lies on each side (the lower of the
 * two middle values where it falls between them); 0 without weight.
 */
export function weightedMedian(values: Float64Array, weights: Float64Array): number {
  const order = [...values.keys()].filter((i) => weights[i]! > 0);
  order.sort((a, b) => values[a]! - values[b]!);
  const total = order.reduce((sum, i) => sum + weights[i]!, 0);
  let below = 0;
  for (const i of order) {
    below += weights[i]!;
    if (below >= total / 2) return values[i]!;
  }
  return 0;
}
