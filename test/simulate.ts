// Simulated polls around a known truth, for the average's tests: seeded, so every statistic is fixed.
import type { PollPoint } from "../src/model/types.js";

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform generator. */
export const normalFrom = (random: () => number) => () =>
  Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

export const START = Date.UTC(2021, 0, 1);
export const isoDay = (day: number) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);
export const dayOf = (date: string) => Math.round((Date.parse(date) - START) / 86_400_000);

/** The sampling error of a share p (percent) in a poll of n, in percentage points: 100·√(p(1 − p) ÷ n). */
export const samplingError = (percent: number, n: number) =>
  100 * Math.sqrt(((percent / 100) * (1 - percent / 100)) / n);

/** One poll of `n` around `truth`, off by `house` points, with its sampling error; rounded to 0.1. */
export function draw(normal: () => number, truth: number, n: number, house = 0): number {
  return Math.round((truth + house + normal() * samplingError(truth, n)) * 10) / 10;
}

/** Points sorted by date (then pollster), as a parsed series would have them. */
export const byDate = (points: PollPoint[]): PollPoint[] =>
  points.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : (a.pollster ?? "") < (b.pollster ?? "") ? -1 : 1,
  );

/**
 * A daily tracker running `house` points high (3-day rolling samples of 1,500, `tracking: true`) beside
 * five pollsters on the truth that each poll about monthly (n = 1,000), for `days` days.
 */
export function trackerBesideMonthlies(
  seed: number,
  truth: (day: number) => number,
  house = 3,
  days = 1095,
): PollPoint[] {
  const random = mulberry32(seed);
  const normal = normalFrom(random);
  const points: PollPoint[] = [];
  for (let day = 2; day < days; day++)
    points.push({
      date: isoDay(day),
      fieldStart: isoDay(day - 2),
      value: draw(normal, truth(day), 1500, house),
      sampleSize: 1500,
      pollster: "Daily",
      tracking: true,
    });
  for (let k = 0; k < 5; k++)
    for (let day = Math.floor(random() * 30); day < days; day += 26 + Math.floor(random() * 9))
      points.push({
        date: isoDay(day),
        value: draw(normal, truth(day), 1000),
        sampleSize: 1000,
        pollster: `Monthly ${k + 1}`,
      });
  return byDate(points);
}
