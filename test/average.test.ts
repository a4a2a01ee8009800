import { describe, expect, it } from "vitest";
import { type AverageEstimate, pollAverage as averageOf } from "../src/average/average.js";
import type { PollPoint, PollSeries } from "../src/model/types.js";
import { thrown } from "./fixtures.js";
import { byDate, dayOf, draw, isoDay, mulberry32, normalFrom } from "./simulate.js";

// These tests are of LOESS (method: "loess"), the average before the state-space one became the default.
const pollAverage = (series: Parameters<typeof averageOf>[0], options?: Parameters<typeof averageOf>[1]) =>
  averageOf(series, { method: "loess", ...options });

const seriesOf = (points: readonly PollPoint[]): PollSeries => ({ id: "s", label: "Favor", points });
const truth = (day: number) => 45 + 6 * Math.sin(day / 200);
const SIZES = [500, 800, 1000, 1500, 2500, 5000];

const anySize = (_: number, random: () => number) => SIZES[Math.floor(random() * SIZES.length)] as number;

/**
 * `count` polls on random days over three years (so several share some days), each a draw around
 * the true curve with the sampling error of its size (normal approximation), rounded to 0.1. No
 * pollster is named, so they count as one pollster and only their sample sizes weigh.
 */
function simulate(seed: number, count: number, sizeOn = anySize): PollPoint[] {
  const random = mulberry32(seed);
  const normal = normalFrom(random);
  const points: PollPoint[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(random() * 1095);
    const sampleSize = sizeOn(day, random);
    points.push({ date: isoDay(day), value: draw(normal, truth(day), sampleSize), sampleSize });
  }
  return byDate(points);
}

/** The single-poll band at `day`: linear between estimate dates, flat beyond the first and last. */
function bandAt(estimates: readonly AverageEstimate[], day: number): [number, number] {
  const next = estimates.findIndex((e) => dayOf(e.date) >= day);
  const right = estimates[next === -1 ? estimates.length - 1 : next] as AverageEstimate;
  const left = estimates[next - 1];
  if (next <= 0 || left === undefined || dayOf(right.date) === day) return [right.pollLower, right.pollUpper];
  const t = (day - dayOf(left.date)) / (dayOf(right.date) - dayOf(left.date));
  return [
    left.pollLower + t * (right.pollLower - left.pollLower),
    left.pollUpper + t * (right.pollUpper - left.pollUpper),
  ];
}

/** Fits on a random 80% of the polls; returns how many of the other 20% fall inside the single-poll band. */
function heldOut(points: readonly PollPoint[], seed: number, options = {}): { inside: number; total: number } {
  const random = mulberry32(seed);
  const fit: PollPoint[] = [];
  const held: PollPoint[] = [];
  for (const point of points) (random() < 0.2 ? held : fit).push(point);
  const { estimates } = pollAverage(seriesOf(fit), options);
  const inside = held.filter((point) => {
    const [lower, upper] = bandAt(estimates, dayOf(point.date));
    return point.value >= lower && point.value <= upper;
  }).length;
  return { inside, total: held.length };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

describe("pollAverage(series) tracks a known truth", () => {
  const points = simulate(1, 1500);
  const average = pollAverage(seriesOf(points));
  const errors = average.estimates.map((e) => e.value - truth(dayOf(e.date)));

  it("reports what it did: LOESS, 60 days, sample-size weights, no adjustment, one pollster, 1,500 polls", () => {
    expect(average).toMatchObject({
      method: "loess",
      bandwidthDays: 60,
      windowDays: 60,
      maxWindowDays: 150,
      weighting: "sample-size",
      pollsterWeighting: "shared",
      adjustment: "none",
      houseEffects: [],
      level: 0.95,
      polls: 1500,
      pollsters: 1,
      sparse: [],
    });
    expect(average.runs).toEqual([average.estimates]);
  });

  it("has no bias and stays within 0.25 points RMSE of the true curve (single polls are off by about 1.5)", () => {
    const rmse = Math.sqrt(errors.reduce((sum, error) => sum + error * error, 0) / errors.length);
    const bias = errors.reduce((sum, error) => sum + error, 0) / errors.length;
    expect(rmse).toBeLessThan(0.25);
    expect(Math.abs(bias)).toBeLessThan(0.05);
  });

  it("is never more than 0.8 points from the true curve, ends included", () => {
    expect(Math.max(...errors.map(Math.abs))).toBeLessThan(0.8);
  });
});

describe("pollAverage(series): two uncertainties, named apart", () => {
  for (const seed of [1, 2, 3]) {
    it(`the single-poll band holds 93% to 97% of 800 held-back polls (seed ${seed})`, () => {
      const { inside, total } = heldOut(simulate(seed, 4000), seed + 100);
      expect(total).toBeGreaterThan(700);
      expect(inside / total).toBeGreaterThanOrEqual(0.93);
      expect(inside / total).toBeLessThanOrEqual(0.97);
    });
  }

  // In-sample residuals would hold about 92.7% here: with a few dozen polls, each pulls the line toward itself.
  it("the single-poll band holds 93% to 97% of held-back polls in short series (60 polls, pooled over 100 seeds)", () => {
    let inside = 0;
    let total = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const result = heldOut(simulate(seed, 60), seed + 100);
      inside += result.inside;
      total += result.total;
    }
    expect(total).toBeGreaterThan(1000);
    expect(inside / total).toBeGreaterThanOrEqual(0.93);
    expect(inside / total).toBeLessThanOrEqual(0.97);
  });

  it("the average's own interval holds the truth on 90% to 99% of days, pooled over three seeds of 3,000 polls", () => {
    let inside = 0;
    let total = 0;
    for (const seed of [1, 2, 3])
      for (const e of pollAverage(seriesOf(simulate(seed, 3000))).estimates) {
        const t = truth(dayOf(e.date));
        if (t >= e.lower && t <= e.upper) inside++;
        total++;
      }
    expect(inside / total).toBeGreaterThanOrEqual(0.9);
    expect(inside / total).toBeLessThanOrEqual(0.99);
  });

  it("the average's interval is far narrower than the band of single polls where there are many polls", () => {
    // 3,000 polls in 3 years hold about 160 in a 60-day window: the average is about √160 ≈ 13 times surer than a poll.
    const { estimates } = pollAverage(seriesOf(simulate(4, 3000)));
    const inner = estimates.filter((e) => dayOf(e.date) > 60 && dayOf(e.date) < 1035);
    const mean = (f: (e: AverageEstimate) => number) => inner.reduce((sum, e) => sum + f(e), 0) / inner.length;
    const interval = mean((e) => e.upper - e.lower);
    const band = mean((e) => e.pollUpper - e.pollLower);
    expect(interval).toBeGreaterThan(0.2);
    expect(interval).toBeLessThan(band / 6);
  });

  it("the single-poll band is narrower where polls are larger: 2.8 points wide for n = 5,000, 8.7 for n = 500", () => {
    // 1.96 × 2 × √(p(1 − p) ÷ n) × 100 at p ≈ 0.45: 2.76 points for 5,000 respondents, 8.72 for 500.
    const points = simulate(9, 1500, (day) => (day < 548 ? 5000 : 500));
    const widths = (from: number, to: number) => {
      const inner = pollAverage(seriesOf(points)).estimates.filter((e) => dayOf(e.date) >= from && dayOf(e.date) < to);
      return inner.reduce((sum, e) => sum + e.pollUpper - e.pollLower, 0) / inner.length;
    };
    expect(widths(60, 488)).toBeGreaterThan(2.2);
    expect(widths(60, 488)).toBeLessThan(3.4);
    expect(widths(608, 1035)).toBeGreaterThan(7.5);
    expect(widths(608, 1035)).toBeLessThan(10);
  });

  it("keeps every estimate inside both of its ranges", () => {
    for (const e of pollAverage(seriesOf(simulate(4, 300))).estimates) {
      expect(e.lower).toBeLessThanOrEqual(e.value);
      expect(e.upper).toBeGreaterThanOrEqual(e.value);
      expect(e.pollLower).toBeLessThanOrEqual(e.value);
      expect(e.pollUpper).toBeGreaterThanOrEqual(e.value);
    }
  });
});

describe("pollAverage(series) weights by sample size, within a pollster", () => {
  // On each of 20 days: one poll of `large` respondents at 50%, two of 1,000 at 40%; median size 1,000.
  const split = (large: number | undefined): PollSeries =>
    seriesOf(
      Array.from({ length: 20 }, (_, i) => isoDay(i * 7)).flatMap((date) => [
        large === undefined ? { date, value: 50 } : { date, value: 50, sampleSize: large },
        large === undefined ? { date, value: 40 } : { date, value: 40, sampleSize: 1000 },
        large === undefined ? { date, value: 40 } : { date, value: 40, sampleSize: 1000 },
      ]),
    );
  // The robustness passes weigh the polls farther from the line a little less, so each average lies
  // within 0.7 points of its weighted mean: far from the others' (43.3 equal, 44.1 for √2, 46, 49.4 uncapped).
  it("counts a poll of 9 times the median size 3 times (√9): near (3·50 + 2·40) ÷ 5 = 46", () => {
    const average = pollAverage(split(9000));
    expect(average.weighting).toBe("sample-size");
    for (const e of average.estimates) expect(e.value).toBeGreaterThan(45.5);
    for (const e of average.estimates) expect(e.value).toBeLessThan(46.5);
  });

  it("caps the weight at 3: a poll of a million counts no more than one of 9,000 (49.4 uncapped)", () => {
    for (const e of pollAverage(split(1_000_000)).estimates) expect(e.value).toBeLessThan(46.5);
  });

  it("counts a poll of twice the median size √2 times: near (√2·50 + 2·40) ÷ (√2 + 2) = 44.14", () => {
    for (const e of pollAverage(split(2000)).estimates) {
      expect(e.value).toBeGreaterThan(43.8);
      expect(e.value).toBeLessThan(44.15);
    }
  });

  it("weighs polls equally without sample sizes: near the mean 43.3", () => {
    const average = pollAverage(split(undefined));
    expect(average.weighting).toBe("equal");
    for (const e of average.estimates) expect(e.value).toBeGreaterThan(42.6);
    for (const e of average.estimates) expect(e.value).toBeLessThan(43.4);
  });
});

describe("pollAverage(series, { bandwidthDays })", () => {
  // A poll every 2 days for 720 days, swinging ±5 points with a period of 120 days.
  const wave = seriesOf(
    Array.from({ length: 360 }, (_, i) => ({
      date: isoDay(2 * i),
      value: 45 + 5 * Math.sin((2 * Math.PI * 2 * i) / 120),
    })),
  );
  // Half a window from each end: a local line fitted at an end leans with the last half swing.
  const swing = (bandwidthDays: number) => {
    const inner = pollAverage(wave, { bandwidthDays }).estimates.filter(
      (e) => dayOf(e.date) >= 180 && dayOf(e.date) <= 540,
    );
    const values = inner.map((e) => e.value);
    return Math.max(...values) - Math.min(...values);
  };

  it("follows a 120-day swing of 10 points with a 30-day window", () => {
    expect(swing(30)).toBeGreaterThan(8);
  });

  it("smooths a 120-day swing away with a 360-day window", () => {
    expect(swing(360)).toBeLessThan(1);
  });

  it("rejects a bandwidthDays that is not a positive finite number, naming it", () => {
    for (const bad of [0, -30, Number.NaN, Number.POSITIVE_INFINITY, "60", null]) {
      const error = thrown(() => pollAverage(wave, { bandwidthDays: bad as number }));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(
        /^poll-trend: options\.bandwidthDays must be a positive finite number of days, received /,
      );
    }
  });

  it("rejects a bad houseEffects, pollster or pollsterWeighting, naming it", () => {
    const cases: [string, unknown, RegExp][] = [
      ["houseEffects", "yes", /^poll-trend: options\.houseEffects must be true or false, received "yes"$/],
      ["pollster", 7, /^poll-trend: options\.pollster must be a string, received 7$/],
      ["pollsterWeighting", "each", /^poll-trend: options\.pollsterWeighting must be "shared" or "per-poll"/],
    ];
    for (const [name, value, message] of cases) {
      const error = thrown(() => pollAverage(wave, { [name]: value } as never));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it("rejects an unknown option, naming it", () => {
    const error = thrown(() => pollAverage(wave, { bandwidth: 0.3 } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain('"bandwidth"');
  });
});

describe("pollAverage(series) edge cases", () => {
  it("gives one estimate for several polls on one date", () => {
    const points = [
      { date: "2023-01-02", value: 48 },
      { date: "2023-01-10", value: 44 },
      { date: "2023-01-10", value: 47 },
      { date: "2023-01-10", value: 51 },
      { date: "2023-01-20", value: 49 },
    ];
    expect(pollAverage(seriesOf(points)).estimates.map((e) => e.date)).toEqual([
      "2023-01-02",
      "2023-01-10",
      "2023-01-20",
    ]);
  });

  it("averages four polls of one day to their mean, with a band from the lowest to the highest", () => {
    const points = [40, 50, 50, 60].map((value) => ({ date: "2023-05-01", value }));
    const [estimate, ...rest] = pollAverage(seriesOf(points)).estimates;
    expect(rest).toEqual([]);
    expect(estimate).toMatchObject({ date: "2023-05-01", value: 50, pollLower: 40, pollUpper: 60 });
  });

  it("throws a RangeError for fewer than 3 polls", () => {
    for (const count of [0, 1, 2]) {
      const points = Array.from({ length: count }, (_, i) => ({ date: isoDay(i), value: 50 }));
      const error = thrown(() => pollAverage(seriesOf(points)));
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toBe(`poll-trend: pollAverage needs at least 3 polls, received ${count}`);
    }
  });

  it("keeps the line and both ranges within 0..100 near the edges of the scale", () => {
    const high = [94, 97, 99, 100, 100, 99, 100, 100, 100, 100, 100, 100];
    const low = high.map((value) => 100 - value);
    for (const values of [high, low]) {
      const estimates = pollAverage(seriesOf(values.map((value, i) => ({ date: isoDay(i * 3), value })))).estimates;
      expect(estimates.length).toBe(12);
      for (const e of estimates)
        for (const x of [e.lower, e.value, e.upper, e.pollLower, e.pollUpper]) expect(x >= 0 && x <= 100).toBe(true);
    }
  });

  it("returns sorted ISO dates from the first poll to the last, whatever the input order", () => {
    const points = simulate(5, 200).reverse();
    const dates = pollAverage(seriesOf(points)).estimates.map((e) => e.date);
    const sorted = [...new Set(points.map((p) => p.date))].sort();
    expect(dates).toEqual(sorted);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("does not mutate its input, even a frozen one", () => {
    const points = simulate(6, 100);
    const before = structuredClone(points);
    const series = deepFreeze(seriesOf(points));
    pollAverage(series, deepFreeze({ bandwidthDays: 45, houseEffects: true }));
    expect(series.points).toEqual(before);
  });

  it("is deterministic: the same input gives the same output", () => {
    const series = seriesOf(simulate(7, 500));
    expect(JSON.stringify(pollAverage(series))).toBe(JSON.stringify(pollAverage(structuredClone(series))));
  });

  it("returns a deeply frozen result", () => {
    const average = pollAverage(seriesOf(simulate(8, 50)), { houseEffects: true });
    expect(Object.isFrozen(average)).toBe(true);
    expect(Object.isFrozen(average.estimates)).toBe(true);
    expect(Object.isFrozen(average.estimates[0])).toBe(true);
    expect(Object.isFrozen(average.runs[0])).toBe(true);
    expect(Object.isFrozen(average.houseEffects[0])).toBe(true);
  });
});
