import { describe, expect, it } from "vitest";
import { pollAverage } from "../src/average/average.js";
import { fitLevelParameters, goldenMaximum } from "../src/average/likelihood.js";
import { levelLogLikelihood, smoothLevel, smoothWith } from "../src/average/local-level.js";
import { preparePolls } from "../src/average/polls.js";
import { samplingVariances } from "../src/average/sampling.js";
import { sameSampleCounts } from "../src/average/samples.js";
import { shareVariance } from "../src/average/shares.js";
import { voiceFactors } from "../src/average/voice.js";
import type { PollPoint, PollSeries } from "../src/model/types.js";
import { isoDay, mulberry32, normalFrom } from "./simulate.js";

const seriesOf = (points: readonly PollPoint[], measure?: "net"): PollSeries => ({
  id: "s",
  label: "Approve",
  points,
  ...(measure ? { measure } : {}),
});
const f64 = (values: readonly number[]) => Float64Array.from(values);

describe('pollAverage(series, { method: "kalman" }) options', () => {
  const points: PollPoint[] = [0, 10, 20, 30].map((day) => ({ date: isoDay(day), value: 40 + day / 10 }));

  it("refuses a method it does not know, naming the option", () => {
    expect(() => pollAverage(seriesOf(points), { method: "kalmann" } as never)).toThrow(
      new TypeError('poll-trend: options.method must be "loess" or "kalman", received "kalmann"'),
    );
  });

  it('says which method made it: "kalman", with its fitted numbers; "loess" has none', () => {
    const kalman = pollAverage(seriesOf(points), { method: "kalman" });
    expect(kalman.method).toBe("kalman");
    expect(kalman.stateSpace).toMatchObject({ designEffect: 1.5, voiceHalfSpanDays: 15, maxIntervalWidth: 10 });
    expect(kalman.stateSpace?.stepSize).toBeGreaterThanOrEqual(0.01);
    expect(kalman.stateSpace?.stepSize).toBeLessThanOrEqual(2);
    const loess = pollAverage(seriesOf(points), { method: "loess" });
    expect(loess.method).toBe("loess");
    expect(loess.stateSpace).toBeUndefined();
  });

  it('is the default: the same numbers as "kalman", and "loess" is another method', () => {
    expect(pollAverage(seriesOf(points))).toEqual(pollAverage(seriesOf(points), { method: "kalman" }));
    expect(pollAverage(seriesOf(points), { method: "loess" }).method).toBe("loess");
  });

  it("needs 3 polls, as LOESS does", () => {
    expect(() => pollAverage(seriesOf(points.slice(0, 2)), { method: "kalman" })).toThrow(RangeError);
  });
});

describe("the local-level smoother against closed forms", () => {
  it("with no step (q = 0), every day is the precision-weighted mean of all polls, of variance 1 ÷ Σ(1 ÷ R)", () => {
    const obs = { days: f64([0, 0, 3, 7]), values: f64([40, 44, 43, 47]), variances: f64([4, 2, 8, 4]) };
    const precision = 1 / 4 + 1 / 2 + 1 / 8 + 1 / 4;
    const mean = (40 / 4 + 44 / 2 + 43 / 8 + 47 / 4) / precision;
    const level = smoothLevel(obs, 0);
    expect(level.mean).toHaveLength(8);
    for (let t = 0; t < 8; t++) {
      expect(level.mean[t]).toBeCloseTo(mean, 10);
      expect(level.variance[t]).toBeCloseTo(1 / precision, 10);
    }
  });

  it("two polls d days apart: day 0 weighs the later poll by 1 ÷ (R₁ + q·d), the middle both through its steps, and the last day is the filter's", () => {
    const [r0, r1, q, d] = [3, 5, 0.2, 10];
    const level = smoothLevel({ days: f64([0, d]), values: f64([40, 46]), variances: f64([r0, r1]) }, q);
    const w0 = 1 / r0;
    const w1 = 1 / (r1 + q * d);
    expect(level.mean[0]).toBeCloseTo((40 * w0 + 46 * w1) / (w0 + w1), 10);
    expect(level.variance[0]).toBeCloseTo(1 / (w0 + w1), 10);
    // The last day: poll 0 carried forward d days (variance r0 + q d) combined with poll 1.
    const v0 = r0 + q * d;
    expect(level.mean[d]).toBeCloseTo((40 / v0 + 46 / r1) / (1 / v0 + 1 / r1), 10);
    expect(level.filtered[d]).toBe(level.mean[d]);
    // Between them, day 5 sees each poll through 5 days of steps: variance 1 ÷ (1 ÷ (R₀ + 5q) + 1 ÷ (R₁ + 5q)).
    const [a, b] = [1 / (r0 + 5 * q), 1 / (r1 + 5 * q)];
    expect(level.mean[5]).toBeCloseTo((40 * a + 46 * b) / (a + b), 10);
    expect(level.variance[5]).toBeCloseTo(1 / (a + b), 10);
  });

  it("the log-likelihood of two polls is the normal density of the second given the first: N(y₁ − y₀; 0, R₀ + q·d + R₁)", () => {
    const obs = { days: f64([0, 4]), values: f64([40, 43]), variances: f64([3, 5]) };
    const f = 3 + 0.5 * 4 + 5;
    expect(levelLogLikelihood(obs, 0.5)).toBeCloseTo(-0.5 * (Math.log(2 * Math.PI * f) + 9 / f), 10);
  });

  it("the log-likelihood of many polls is the sum of their normal densities, however small or large their variances", () => {
    // The filter written out here poll by poll, a logarithm each: the product of 2,000 variances of
    // 1e-3 (or 1e3) leaves a double's range many times over, and the sum must not notice.
    for (const scale of [1e-3, 1, 1e3]) {
      const n = 2000;
      const days = f64(Array.from({ length: n }, (_, i) => Math.floor(i / 2)));
      const values = f64(Array.from({ length: n }, (_, i) => 45 + 3 * Math.sin(i / 40) + ((i * 7) % 5) - 2));
      const variances = f64(Array.from({ length: n }, (_, i) => scale * (2 + (i % 3))));
      const q = 0.2 * scale;
      let [mean, variance, expected] = [values[0] as number, variances[0] as number, 0];
      for (let i = 1; i < n; i++) {
        variance += q * ((days[i] as number) - (days[i - 1] as number));
        const f = variance + (variances[i] as number);
        const v = (values[i] as number) - mean;
        expected += -0.5 * (Math.log(2 * Math.PI * f) + (v * v) / f);
        mean += (variance / f) * v;
        variance = (variance * (variances[i] as number)) / f;
      }
      const got = levelLogLikelihood({ days, values, variances }, q);
      expect(Number.isFinite(got)).toBe(true);
      expect(Math.abs(got - expected)).toBeLessThan(1e-9 * Math.abs(expected));
    }
  });

  it("the log-likelihood with variances as parts (factor × (own + τ²)) is the one on the variances they make, bit for bit", () => {
    const days = f64([0, 1, 1, 3, 7, 8]);
    const values = f64([41, 43.5, 40, 44, 42.5, 45]);
    const own = f64([3.1, 2.7, 5.3, 4.4, 2.2, 6.9]);
    const factor = f64([1, 2, 2, 1, 3, 1]);
    for (const tau of [0, 0.7, 2.3]) {
      // What observationVariances writes for these parts, computed here in its order.
      const variances = f64([...own].map((v, i) => (factor[i] as number) * (v + tau * tau)));
      expect(levelLogLikelihood({ days, values, variances: own }, 0.3, { factor, add: tau * tau })).toBe(
        levelLogLikelihood({ days, values, variances }, 0.3),
      );
    }
    // Without the parts, the variances are read as they are: a factor other than 1 changes the answer.
    expect(levelLogLikelihood({ days, values, variances: own }, 0.3)).not.toBe(
      levelLogLikelihood({ days, values, variances: own }, 0.3, { factor, add: 0 }),
    );
  });

  it("smoothWith runs the same linear smoother on other values: the polls' own values give the smoothed level back", () => {
    const obs = { days: f64([0, 2, 2, 9, 15]), values: f64([40, 44, 41, 47, 45]), variances: f64([4, 2, 8, 4, 3]) };
    const level = smoothLevel(obs, 0.3);
    const again = smoothWith(level, obs.days, obs.values);
    for (let t = 0; t < level.mean.length; t++) expect(again[t]).toBeCloseTo(level.mean[t] as number, 10);
  });
});

describe("shareVariance: Σₚ Aₚ² vₚ, each pollster's share of a day's estimate", () => {
  it("equals the sum over pollsters of the smoother run on each pollster's indicator, squared", () => {
    const random = mulberry32(5);
    const n = 200;
    const days = f64(Array.from({ length: n }, (_, i) => Math.floor(i * 1.7)));
    const pollster = Int32Array.from({ length: n }, () => Math.floor(random() * 5));
    const obs = {
      days,
      values: f64(Array.from({ length: n }, () => 40 + 5 * random())),
      variances: f64(Array.from({ length: n }, () => 2 + 6 * random())),
    };
    const level = smoothLevel(obs, 0.05);
    const unknown = f64([1, 2, 0.5, 3, 1.5]);
    const fast = shareVariance(level, days, pollster, unknown);
    const slow = new Float64Array(level.mean.length);
    const total = new Float64Array(level.mean.length);
    for (let p = 0; p < 5; p++) {
      const share = smoothWith(
        level,
        days,
        Float64Array.from(pollster, (q) => (q === p ? 1 : 0)),
      );
      share.forEach((a, t) => {
        slow[t] = (slow[t] as number) + a * a * (unknown[p] as number);
        total[t] = (total[t] as number) + a;
      });
    }
    for (let t = 0; t < slow.length; t++) {
      expect(fast[t]).toBeCloseTo(slow[t] as number, 10);
      expect(total[t]).toBeCloseTo(1, 10);
    }
  });
});

describe("what a poll's variance is made of", () => {
  it("sampling variance: 1.5 × p(1 − p) ÷ n without a margin, (m ÷ 1.96)² with one, doubled margins for a lead", () => {
    const polls = preparePolls(
      [
        { date: "2024-01-01", value: 50, sampleSize: 1000 },
        { date: "2024-01-02", value: 20, sampleSize: 500 },
        { date: "2024-01-03", value: 40, marginOfError: 3, sampleSize: 1000 },
        { date: "2024-01-04", value: 30 },
      ],
      undefined,
    );
    const share = samplingVariances(polls, "share");
    expect(share[0]).toBeCloseTo(3.75, 10);
    expect(share[1]).toBeCloseTo((1.5 * 0.2 * 0.8 * 10_000) / 500, 10);
    expect(share[2]).toBeCloseTo((3 / 1.959963984540054) ** 2, 10);
    // No size: the median size of those that have one (1,000 of 500, 1,000, 1,000).
    expect(share[3]).toBeCloseTo((1.5 * 0.3 * 0.7 * 10_000) / 1000, 10);
    const net = samplingVariances(polls, "net");
    expect(net[0]).toBeCloseTo((1.5 * (1 - 0.25) * 10_000) / 1000, 10);
    expect(net[2]).toBeCloseTo((6 / 1.959963984540054) ** 2, 10);
  });

  it("one voice per pollster: 31 daily releases beside five monthly polls of the same size weigh as one (factor 31)", () => {
    const points: PollPoint[] = [];
    for (let day = 0; day <= 30; day++) points.push({ date: isoDay(day), value: 45, pollster: "Daily" });
    for (let k = 0; k < 5; k++) points.push({ date: isoDay(3 + 5 * k), value: 44, pollster: `Monthly ${k}` });
    const polls = preparePolls(points, undefined);
    const factors = voiceFactors(polls);
    polls.pollster.forEach((p, i) => {
      expect(factors[i]).toBe(polls.pollsters[p] === "Daily" ? 31 : 1);
    });
    // Alone, the daily pollster has no one to outweigh.
    const alone = preparePolls(
      points.filter((p) => p.pollster === "Daily"),
      undefined,
    );
    expect([...voiceFactors(alone)].every((x) => x === 1)).toBe(true);
  });

  it("rows of one sample: the same pollster, end date and poll id (or field start) count as one", () => {
    const polls = preparePolls(
      [
        { date: "2024-01-05", fieldStart: "2024-01-02", value: 30, pollster: "A", questionId: "1" },
        { date: "2024-01-05", fieldStart: "2024-01-02", value: 28, pollster: "A", questionId: "2" },
        { date: "2024-01-05", fieldStart: "2024-01-03", value: 31, pollster: "A" },
        { date: "2024-01-05", fieldStart: "2024-01-02", value: 29, pollster: "B" },
        { date: "2024-01-06", value: 30, pollster: "A", pollId: "9" },
        { date: "2024-01-06", value: 27, pollster: "A", pollId: "9" },
      ],
      undefined,
    );
    expect([...sameSampleCounts(polls)]).toEqual([2, 2, 1, 1, 2, 2]);
  });

  it("rows of one sample on a crowded day: found among 40 polls ending that day, and only there", () => {
    // 38 pollsters once each and pollster P twice from one field start, all ending on one day; P's
    // pair once more on the next day among three others, where the day is short.
    const crowd = Array.from({ length: 38 }, (_, i) => ({
      date: "2024-03-01",
      fieldStart: "2024-02-27",
      value: 40 + (i % 5),
      pollster: `Pollster ${String(i).padStart(2, "0")}`,
    }));
    const pair = (date: string) =>
      [31, 33].map((value) => ({ date, fieldStart: "2024-02-28", value, pollster: "P", questionId: String(value) }));
    const next = ["X", "Y", "Z"].map((pollster) => ({
      date: "2024-03-02",
      fieldStart: "2024-02-28",
      value: 35,
      pollster,
    }));
    const polls = preparePolls([...crowd, ...pair("2024-03-01"), ...pair("2024-03-02"), ...next], undefined);
    const counts = [...sameSampleCounts(polls)];
    polls.pollster.forEach((p, i) => {
      expect(counts[i]).toBe(polls.pollsters[p] === "P" ? 2 : 1);
    });
    expect(counts.filter((c) => c === 2)).toHaveLength(4);
  });
});

describe("the maximum-likelihood search", () => {
  it("goldenMaximum finds an inner maximum and a maximum at a bound", () => {
    expect(goldenMaximum((x) => -((x - 1.3) ** 2), 0, 5, 1e-6)).toBeCloseTo(1.3, 5);
    expect(goldenMaximum((x) => x, 0, 5, 1e-6)).toBe(5);
    expect(goldenMaximum((x) => -x, 0, 5, 1e-6)).toBe(0);
  });

  it("recovers the step size of a simulated random walk (0.3 points per √day, daily polls of known variance 4) within 25%", () => {
    const normal = normalFrom(mulberry32(42));
    const n = 1500;
    let level = 45;
    const values: number[] = [];
    for (let day = 0; day < n; day++) {
      level += 0.3 * normal();
      values.push(level + 2 * normal());
    }
    const days = f64(Array.from({ length: n }, (_, i) => i));
    // Sampling variance 4 and no non-sampling error: τ should come out near 0.
    const parts = {
      sampling: f64(values.map(() => 4)),
      overlap: f64(values.map(() => 1)),
      sameSample: f64(values.map(() => 1)),
    };
    const fit = fitLevelParameters(days, f64(values), parts);
    expect(fit.step).toBeGreaterThan(0.3 * 0.75);
    expect(fit.step).toBeLessThan(0.3 * 1.25);
    expect(fit.nonSampling).toBeLessThan(1);
  });
});

describe("the state-space average's estimates", () => {
  const normal = normalFrom(mulberry32(8));
  const points: PollPoint[] = [];
  // Weekly polls by three pollsters for 300 days, a gap of 120 days, then 200 days more.
  for (let day = 0; day < 620; day += 3) {
    if (day > 300 && day < 420) continue;
    points.push({ date: isoDay(day), value: Math.round(45 + 2 * normal()), sampleSize: 1000, pollster: `P${day % 9}` });
  }
  const average = pollAverage(seriesOf(points), { method: "kalman" });
  const width = (date: string) => {
    const e = average.estimates.find((x) => x.date === date);
    return e ? e.upper - e.lower : Number.NaN;
  };

  it("is a weighted mean of the polls: never outside their range", () => {
    const values = points.map((p) => p.value);
    for (const e of average.estimates) {
      expect(e.value).toBeGreaterThanOrEqual(Math.min(...values));
      expect(e.value).toBeLessThanOrEqual(Math.max(...values));
    }
  });

  it("widens by itself at the ends and beside a gap, and the single-poll band is wider than the interval", () => {
    const middle = width(isoDay(150));
    expect(width(isoDay(0))).toBeGreaterThan(middle);
    expect(width(isoDay(618))).toBeGreaterThan(middle);
    expect(width(isoDay(300))).toBeGreaterThan(middle);
    expect(width(isoDay(420))).toBeGreaterThan(middle);
    for (const e of average.estimates) {
      expect(e.pollUpper - e.pollLower).toBeGreaterThan(e.upper - e.lower);
      expect(e.lower).toBeLessThanOrEqual(e.value);
      expect(e.upper).toBeGreaterThanOrEqual(e.value);
    }
  });

  it("counts the polls and pollsters within 30 days of each estimate", () => {
    const e = average.estimates.find((x) => x.date === isoDay(150));
    const near = points.filter((p) => Math.abs(Date.parse(p.date) - Date.parse(isoDay(150))) <= 30 * 86_400_000);
    expect(e?.nearbyPolls).toBe(near.length);
    expect(e?.nearbyPollsters).toBe(new Set(near.map((p) => p.pollster)).size);
  });

  it("clamps shares to 0..100 and net values to −100..100", () => {
    const low = pollAverage(
      seriesOf([0, 20, 40, 60].map((d, i) => ({ date: isoDay(d), value: [1, 0, 2, 1][i] as number, sampleSize: 300 }))),
      {
        method: "kalman",
      },
    );
    for (const e of low.estimates) expect(Math.min(e.lower, e.pollLower)).toBeGreaterThanOrEqual(0);
    const net = pollAverage(
      seriesOf(
        [0, 10, 20, 30].map((d, i) => ({ date: isoDay(d), value: [-20, -35, -28, -30][i] as number, sampleSize: 800 })),
        "net",
      ),
      { method: "kalman" },
    );
    expect(net.estimates.length).toBeGreaterThan(0);
    for (const e of net.estimates) expect(e.value).toBeLessThan(0);
    expect(net.estimates.some((e) => e.pollLower < -30)).toBe(true);
  });
});
