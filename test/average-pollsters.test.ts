import { regressionLoess } from "d3-regression";
import { describe, expect, it } from "vitest";
import { type PollAverage, pollAverage as averageOf } from "../src/average/average.js";
import { seriesAverage as seriesAverageOf } from "../src/average/series.js";
import { lineAt, robustLine } from "../src/average/line.js";
import { preparePolls } from "../src/average/polls.js";
import type { PollPoint, PollSeries } from "../src/model/types.js";
import { byDate, dayOf, draw, isoDay, mulberry32, normalFrom, trackerBesideMonthlies } from "./simulate.js";

// These tests are of LOESS (method: "loess"), the average before the state-space one became the default.
const pollAverage = (series: Parameters<typeof averageOf>[0], options?: Parameters<typeof averageOf>[1]) =>
  averageOf(series, { method: "loess", ...options });
const seriesAverage = (...[series, options, gap]: Parameters<typeof seriesAverageOf>) =>
  seriesAverageOf(series, { method: "loess", ...options }, gap);

const seriesOf = (points: readonly PollPoint[]): PollSeries => ({ id: "s", label: "Approve", points });
const truth = (day: number) => 45 + 6 * Math.sin(day / 200);

/** Bias (mean error), RMSE and the share of days whose truth lies in the average's own interval. */
function scoreAgainstTruth(average: PollAverage) {
  const errors = average.estimates.map((e) => e.value - truth(dayOf(e.date)));
  const inside = average.estimates.filter((e) => truth(dayOf(e.date)) >= e.lower && truth(dayOf(e.date)) <= e.upper);
  return {
    bias: errors.reduce((a, b) => a + b, 0) / errors.length,
    rmse: Math.sqrt(errors.reduce((a, b) => a + b * b, 0) / errors.length),
    coverage: inside.length / average.estimates.length,
  };
}

describe("the local-linear fit equals d3-regression's LOESS, its oracle, with equal weights and one poll per pollster", () => {
  // d3-regression has no weights, so the average fits its own weighted local-linear regression; with
  // every weight equal it must be d3-regression's fit: its nearest-neighbour window, tricube, two robustness passes.
  const random = mulberry32(11);
  const used = new Set<number>();
  const points: PollPoint[] = [];
  while (points.length < 300) {
    const day = Math.floor(random() * 2000);
    if (used.has(day)) continue;
    used.add(day);
    const outlier = random() < 0.03 ? 20 : 0;
    points.push({
      date: isoDay(day),
      value: 40 + 10 * Math.sin(day / 150) + (random() - 0.5) * 8 + outlier,
      pollster: `P${points.length}`,
    });
  }
  byDate(points);
  for (const share of [0.05, 0.2, 0.5])
    for (const weighting of ["shared", "per-poll"] as const)
      it(`matches at every poll to 1e-9 (bandwidth ${share}, ${weighting} weighting)`, () => {
        const polls = preparePolls(points, undefined);
        const k = Math.max(2, Math.floor(share * points.length));
        const rule = { minHalfDays: 0, maxHalfDays: Number.POSITIVE_INFINITY, minPolls: k, weighting, minFitPolls: 1 };
        const ours = lineAt(robustLine(polls, polls.values, rule, polls.days).fit, polls.days);
        const oracle = regressionLoess<PollPoint>()
          .x((p) => dayOf(p.date))
          .y((p) => p.value)
          .bandwidth(share)(points);
        expect(oracle.length).toBe(points.length);
        oracle.forEach(([, value], i) => {
          expect(Math.abs(value - (ours[i] as number))).toBeLessThan(1e-9);
        });
      });
});

describe("one voice per pollster: a daily tracker 3 points high beside five monthly pollsters on the truth", () => {
  // Weighted per poll, the tracker's ~1,090 releases outweigh the others' ~200 polls and pull the
  // average about 2.8 points up; as one pollster of six, it pulls about 3 ÷ 6 = 0.5.
  const seeds = [1, 2, 3];
  const runs = seeds.map((seed) => seriesOf(trackerBesideMonthlies(seed, truth)));
  const mean = (f: (s: PollSeries) => number) => runs.reduce((a, s) => a + f(s), 0) / runs.length;

  it("per poll, the tracker pulls the average 2.5 points or more up", () => {
    expect(mean((s) => scoreAgainstTruth(pollAverage(s, { pollsterWeighting: "per-poll" })).bias)).toBeGreaterThan(2.5);
  });

  it("by default it pulls less than 0.8 points (one voice of six: about 0.5), RMSE under 1", () => {
    const bias = mean((s) => scoreAgainstTruth(pollAverage(s)).bias);
    expect(bias).toBeGreaterThan(0.2);
    expect(bias).toBeLessThan(0.8);
    expect(mean((s) => scoreAgainstTruth(pollAverage(s)).rmse)).toBeLessThan(1);
  });

  it("with house effects it pulls less than 0.3 points, and the tracker's offset is found: about +3, the others about 0", () => {
    for (const s of runs) {
      const average = pollAverage(s, { houseEffects: true });
      expect(Math.abs(scoreAgainstTruth(average).bias)).toBeLessThan(0.3);
      expect(average.adjustment).toBe("house-effects");
      const daily = average.houseEffects.find((h) => h.pollster === "Daily");
      expect(daily?.polls).toBe(s.points.filter((p) => p.pollster === "Daily").length);
      expect(daily?.offset).toBeGreaterThan(2.5);
      expect(daily?.offset).toBeLessThan(3.5);
      for (const other of average.houseEffects.filter((h) => h.pollster !== "Daily"))
        expect(Math.abs(other.offset)).toBeLessThan(0.6);
    }
  });

  it("the single-poll band holds 93% to 97% of held-back polls, and the average's interval the truth on 95% of days or more", () => {
    let inside = 0;
    let total = 0;
    for (const [i, seed] of seeds.entries()) {
      const random = mulberry32(seed + 50);
      const fit: PollPoint[] = [];
      const held: PollPoint[] = [];
      for (const p of runs[i]?.points ?? []) (random() < 0.2 ? held : fit).push(p);
      const average = pollAverage(seriesOf(fit));
      const byDay = new Map(average.estimates.map((e) => [e.date, e]));
      for (const p of held) {
        const e = byDay.get(p.date);
        if (!e) continue;
        total++;
        if (p.value >= e.pollLower && p.value <= e.pollUpper) inside++;
      }
      // With six pollsters, one of them 3 points off, the interval must allow for house effects: it is wide.
      expect(scoreAgainstTruth(average).coverage).toBeGreaterThanOrEqual(0.95);
    }
    expect(inside / total).toBeGreaterThanOrEqual(0.93);
    expect(inside / total).toBeLessThanOrEqual(0.97);
  });

  it("reports the rule in its method fields, and counts the pollsters", () => {
    const average = pollAverage(runs[0] as PollSeries);
    expect(average).toMatchObject({ pollsterWeighting: "shared", adjustment: "none", houseEffects: [], pollsters: 6 });
  });
});

describe("the average's interval allows for house effects it cannot see", () => {
  it("holds the truth on 93% to 99% of days with eight pollsters of random house effects (sd 2), pooled over 100 seeds", () => {
    let inside = 0;
    let total = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const random = mulberry32(seed);
      const normal = normalFrom(random);
      const points: PollPoint[] = [];
      for (let k = 0; k < 8; k++) {
        const house = 2 * normal();
        for (let day = Math.floor(random() * 14); day < 730; day += 10 + Math.floor(random() * 8))
          points.push({
            date: isoDay(day),
            value: draw(normal, truth(day), 1000, house),
            sampleSize: 1000,
            pollster: `P${k}`,
          });
      }
      for (const e of pollAverage(seriesOf(byDate(points))).estimates) {
        total++;
        if (truth(dayOf(e.date)) >= e.lower && truth(dayOf(e.date)) <= e.upper) inside++;
      }
    }
    expect(inside / total).toBeGreaterThanOrEqual(0.93);
    expect(inside / total).toBeLessThanOrEqual(0.99);
  });

  it("is narrower with more pollsters for the same number of polls", () => {
    // 240 polls at 50% over 240 days, by two pollsters 4 points apart, or by 8 spread ±4.
    const series = (pollsters: number) =>
      seriesOf(
        Array.from({ length: 240 }, (_, day) => {
          const k = day % pollsters;
          return { date: isoDay(day), value: 46 + (8 * k) / (pollsters - 1), pollster: `P${k}` };
        }),
      );
    const width = (s: PollSeries) => {
      const e = pollAverage(s).estimates[120];
      return (e?.upper ?? 0) - (e?.lower ?? 0);
    };
    expect(width(series(8))).toBeLessThan(width(series(2)) / 2);
  });
});

describe("who ran a poll: its own pollster, else the dataset's", () => {
  // A daily tracker that names no pollster and five named monthly pollsters: named as the dataset's
  // pollster, the unnamed polls are one pollster; it is the same pollster whichever way it is named.
  const named = trackerBesideMonthlies(4, truth);
  const unnamed: PollPoint[] = named.map(({ pollster, ...rest }) =>
    pollster === "Daily" || pollster === undefined ? rest : { ...rest, pollster },
  );

  it("treats polls that name none as options.pollster's", () => {
    const a = pollAverage(seriesOf(named), { houseEffects: true });
    const b = pollAverage(seriesOf(unnamed), { houseEffects: true, pollster: "Daily" });
    expect(b.estimates).toEqual(a.estimates);
    expect(b.houseEffects.find((h) => h.pollster === "Daily")?.offset).toBe(
      a.houseEffects.find((h) => h.pollster === "Daily")?.offset,
    );
  });

  it("counts polls that name none, without a dataset pollster, as one unnamed pollster", () => {
    const average = pollAverage(seriesOf(unnamed), { houseEffects: true });
    expect(average.pollsters).toBe(6);
    const [first] = average.houseEffects;
    expect(first && "pollster" in first).toBe(false);
    expect(first?.offset).toBeGreaterThan(2.5);
  });

  it("seriesAverage passes the dataset's pollster", () => {
    const a = seriesAverage(seriesOf(unnamed), { houseEffects: true, pollster: "Daily" }, undefined);
    expect(a?.houseEffects.map((h) => h.pollster)).toContain("Daily");
    expect(a?.houseEffects.find((h) => h.pollster === "Daily")?.polls).toBe(unnamed.filter((p) => !p.pollster).length);
  });
});

describe("tracking releases share respondents", () => {
  // The same polls, marked as tracking releases of 3-day samples or not: the line is the same, but
  // the releases count as a third of a poll each in the interval, which therefore widens.
  const points = trackerBesideMonthlies(5, truth, 0).filter((p) => p.pollster === "Daily");
  const plain = points.map(({ tracking, ...rest }) => rest);

  it("fits the same line either way, and a wider interval for overlapping releases", () => {
    const tracked = pollAverage(seriesOf(points));
    const independent = pollAverage(seriesOf(plain));
    expect(tracked.estimates.map((e) => e.value)).toEqual(independent.estimates.map((e) => e.value));
    const width = (a: PollAverage) => a.estimates.reduce((s, e) => s + e.upper - e.lower, 0) / a.estimates.length;
    // Each release stands for a third of a poll: about √3 ≈ 1.7 times as wide.
    expect(width(tracked) / width(independent)).toBeGreaterThan(1.4);
    expect(width(tracked) / width(independent)).toBeLessThan(2);
  });
});
