import { describe, expect, it } from "vitest";
import { pollAverage } from "../src/average/average.js";
import type { PollPoint, PollSeries } from "../src/model/types.js";
import { draw, isoDay, mulberry32, normalFrom } from "./simulate.js";

// Short runs: a handful of polls by a few pollsters. The state-space average publishes an estimate only
// where its 95% interval is at most 10 points wide (before clamping) and 2 polls ended within 30 days;
// every other poll day is a stretch of `sparse`, where the chart draws no line and the words say there
// were too few polls. 10 is KALMAN_SUPPORT.maxIntervalWidth, a reviewed literal here.
const LIMIT = 10;
const seriesOf = (points: readonly PollPoint[]): PollSeries => ({ id: "dem", label: "Democrats", points });

/** `polls` polls by `pollsters` pollsters, `spacing` days apart, around 45 with house effects (sd 2) and noise × `noise`. */
function shortRun(seed: number, polls: number, pollsters: number, spacing: number, noise: number): PollPoint[] {
  const random = mulberry32(seed);
  const normal = normalFrom(random);
  const houses = Array.from({ length: pollsters }, () => 2 * normal());
  return Array.from({ length: polls }, (_, i) => ({
    date: isoDay(i * spacing + Math.floor(random() * Math.max(1, spacing / 3))),
    value: Math.round(draw(() => noise * normal(), 45, 600 + Math.floor(random() * 900), houses[i % pollsters])),
    sampleSize: 1000,
    pollster: `Pollster ${(i % pollsters) + 1}`,
  }));
}

describe("short runs: 3, 5 and 7 polls by 2 to 4 pollsters never publish an interval wider than the limit", () => {
  const runs: { name: string; points: PollPoint[] }[] = [];
  for (const polls of [3, 5, 7])
    for (const pollsters of [2, 3, 4])
      for (const spacing of [3, 14, 45, 120])
        for (const noise of [1, 3])
          for (let seed = 1; seed <= 3; seed++)
            runs.push({
              name: `${polls} polls by ${pollsters}, ${spacing} days apart, noise ×${noise}, seed ${seed}`,
              points: shortRun(
                seed * 1000 + polls * 100 + pollsters * 10 + spacing + noise,
                polls,
                pollsters,
                spacing,
                noise,
              ),
            });

  it.each(["kalman", "kalman with house effects"])("%s: every published interval is at most 10 points wide", (name) => {
    const options = { method: "kalman", houseEffects: name.endsWith("effects") } as const;
    let published = 0;
    for (const { name: run, points } of runs) {
      const average = pollAverage(seriesOf(points), options);
      for (const e of average.estimates) {
        expect(e.upper - e.lower, run).toBeLessThanOrEqual(LIMIT);
        expect(e.lower, run).toBeGreaterThanOrEqual(0);
      }
      published += average.estimates.length;
      // Every poll day is an estimate or lies in a stretch of `sparse`: no poll is lost.
      const days = new Map<string, number>();
      for (const p of points) days.set(p.date, (days.get(p.date) ?? 0) + 1);
      const onEstimates = average.estimates.reduce((n, e) => n + (days.get(e.date) ?? 0), 0);
      const inSparse = average.sparse.reduce((n, s) => n + s.polls, 0);
      expect(onEstimates + inSparse, run).toBe(points.length);
      expect(average.runs.flat()).toEqual(average.estimates);
    }
    // Not every run is refused: polls a few days apart make an average.
    expect(published).toBeGreaterThan(0);
  });

  it("three polls four months apart are three polls, not an average: all in sparse, no estimate", () => {
    const points = shortRun(7, 3, 2, 120, 1);
    const average = pollAverage(seriesOf(points), { method: "kalman" });
    expect(average.estimates).toEqual([]);
    expect(average.runs).toEqual([]);
    expect(average.sparse).toEqual([{ from: points[0]?.date, to: points[2]?.date, polls: 3 }]);
  });

  it("seven polls by four pollsters over two months, noisy as issue polls are, publish no 60-point range", () => {
    // The kind of run LOESS gave "between 2.4% and 89.2%": a few polls, a few pollsters, a gap.
    const points = [
      { date: "2021-01-04", value: 46, pollster: "A", sampleSize: 900 },
      { date: "2021-01-06", value: 39, pollster: "B", sampleSize: 1200 },
      { date: "2021-01-20", value: 44, pollster: "C", sampleSize: 800 },
      { date: "2021-01-21", value: 48, pollster: "A", sampleSize: 900 },
      { date: "2021-02-24", value: 41, pollster: "D", sampleSize: 1000 },
      { date: "2021-02-25", value: 45, pollster: "B", sampleSize: 1200 },
      { date: "2021-03-02", value: 43, pollster: "C", sampleSize: 800 },
    ];
    const average = pollAverage(seriesOf(points), { method: "kalman" });
    for (const e of average.estimates) {
      expect(e.upper - e.lower).toBeLessThanOrEqual(LIMIT);
      expect(e.value).toBeGreaterThanOrEqual(39);
      expect(e.value).toBeLessThanOrEqual(48);
    }
    expect(average.estimates.length + average.sparse.reduce((n, s) => n + s.polls, 0)).toBe(7);
  });
});
