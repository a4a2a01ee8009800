import { describe, expect, it } from "vitest";
import { type AverageEstimate, type PollAverage, pollAverage as averageOf } from "../src/average/average.js";
import { seriesAverage as seriesAverageOf } from "../src/average/series.js";
import { fitDaysOf, lineAt, robustLine } from "../src/average/line.js";
import { preparePolls } from "../src/average/polls.js";
import type { PollPoint, PollSeries } from "../src/model/types.js";
import { approvalPolls } from "../scripts/fivethirtyeight.mjs";
import { byDate, dayOf, draw, isoDay, mulberry32, normalFrom } from "./simulate.js";

// These tests are of LOESS (method: "loess"), the average before the state-space one became the default.
const pollAverage = (series: Parameters<typeof averageOf>[0], options?: Parameters<typeof averageOf>[1]) =>
  averageOf(series, { method: "loess", ...options });
const seriesAverage = (...[series, options, gap]: Parameters<typeof seriesAverageOf>) =>
  seriesAverageOf(series, { method: "loess", ...options }, gap);

const seriesOf = (points: readonly PollPoint[]): PollSeries => ({ id: "s", label: "Approve", points });
const DAY = 86_400_000;
const between = (date: string, from: string, days: number) =>
  Math.abs(Date.parse(date) - Date.parse(from)) <= days * DAY;

/**
 * For every estimate, the polls ending within 75 days of it (half the widest window), as the test
 * finds them itself: the estimate must lie between their lowest and highest value.
 */
function outsideItsPolls(average: PollAverage, points: readonly PollPoint[]): AverageEstimate[] {
  const sorted = [...points].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  let from = 0;
  return average.estimates.filter((e) => {
    while (
      from < sorted.length &&
      !between(sorted[from]?.date as string, e.date, 75) &&
      (sorted[from]?.date as string) < e.date
    )
      from++;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (let i = from; i < sorted.length && between(sorted[i]?.date as string, e.date, 75); i++) {
      low = Math.min(low, sorted[i]?.value as number);
      high = Math.max(high, sorted[i]?.value as number);
    }
    return !(e.value >= low - 1e-9 && e.value <= high + 1e-9);
  });
}

describe("no drift where polls are sparse: one pollster, weekly, then twice a month, monthly, quarterly", () => {
  // 52 weekly polls, 48 twice a month, 12 monthly, 4 quarterly, around 50% (n = 1,000).
  const truth = (day: number) => 50 + 4 * Math.sin(day / 80);
  const schedule = [
    [0, 364, 7],
    [365, 1094, 15],
    [1095, 1459, 30],
    [1460, 1825, 91],
  ] as const;
  const simulate = (seed: number) => {
    const normal = normalFrom(mulberry32(seed));
    return schedule.flatMap(([from, to, every]) =>
      Array.from({ length: Math.floor((to - from) / every) + 1 }, (_, i) => {
        const day = from + i * every;
        return { date: isoDay(day), value: draw(normal, truth(day), 1000), sampleSize: 1000, pollster: "Gallup" };
      }),
    );
  };
  const points = simulate(1);
  const average = pollAverage(seriesOf(points));

  it("never widens a window beyond 150 days", () => {
    expect(average.maxWindowDays).toBe(150);
    expect(average.widestWindowDays).toBeLessThanOrEqual(150);
    expect(average.widestWindowDays).toBeGreaterThan(140);
    expect(average.windowDays).toBeGreaterThan(60);
  });

  it("stops the line where even 150 days hold fewer than 4 polls, and says where, with dates", () => {
    // The first quarterly poll (day 1460) still has three monthly ones within 75 days; the next ones do not.
    const quarterly = points.filter((p) => dayOf(p.date) > 1460);
    expect(average.estimates.filter((e) => dayOf(e.date) > 1460)).toEqual([]);
    expect(average.sparse).toEqual([{ from: quarterly[0]?.date, to: quarterly.at(-1)?.date, polls: quarterly.length }]);
    // The monthly stretch keeps its line (5 polls in 150 days) until its last months run into the quarterly ones.
    expect(average.estimates.filter((e) => dayOf(e.date) >= 1095 && dayOf(e.date) < 1400).length).toBe(11);
    expect(average.runs.flat()).toEqual(average.estimates);
  });

  it("follows the truth within 1.2 points RMSE while polls come twice a month (a single poll is off by 1.6)", () => {
    let squares = 0;
    let count = 0;
    for (const seed of [1, 2, 3, 4, 5])
      for (const e of pollAverage(seriesOf(simulate(seed))).estimates)
        if (dayOf(e.date) >= 365 && dayOf(e.date) < 1095) {
          squares += (e.value - truth(dayOf(e.date))) ** 2;
          count++;
        }
    expect(Math.sqrt(squares / count)).toBeLessThan(1.2);
  });

  it("keeps every estimate within the polls near it", () => {
    expect(outsideItsPolls(average, points)).toEqual([]);
  });

  it("gives no average at all for polls too far apart, and seriesAverage lists them", () => {
    const far = seriesOf([0, 200, 400, 600].map((day, i) => ({ date: isoDay(day), value: 40 + i })));
    expect(pollAverage(far).estimates).toEqual([]);
    expect(pollAverage(far).sparse).toEqual([{ from: isoDay(0), to: isoDay(600), polls: 4 }]);
    expect(seriesAverage(far, {}, undefined)).toBeUndefined();
  });
});

describe("no extrapolation at the ends: an estimate never lies outside the range of the polls near it", () => {
  it("a lone poll of 32% beside polls of 45% never gives an average below 32% (a Gallup-like series)", () => {
    // Monthly polls at 44–46% for two years, a lone poll of 32% two months after the last, and three later ones.
    const points: PollPoint[] = [
      ...Array.from({ length: 24 }, (_, i) => ({ date: isoDay(30 * i), value: 44 + (i % 3) })),
      { date: isoDay(750), value: 32 },
      ...[800, 830, 860].map((day) => ({ date: isoDay(day), value: 45 })),
    ];
    const average = pollAverage(seriesOf(points));
    expect(Math.min(...average.estimates.map((e) => e.value))).toBeGreaterThanOrEqual(32);
    expect(outsideItsPolls(average, points)).toEqual([]);
  });

  it("follows sharp moves at both ends without leaving the polls: bias at the first and last day under 0.5 points", () => {
    // Polls every 2 days for 400 days, by five pollsters in turn; the truth falls 6 points in the first 30 days and rises 6 in the last 30.
    const truth = (day: number) => 45 + (day < 30 ? 6 * (1 - day / 30) : 0) + (day > 370 ? (6 * (day - 370)) / 30 : 0);
    let first = 0;
    let last = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const normal = normalFrom(mulberry32(seed));
      const points = Array.from({ length: 201 }, (_, i) => ({
        date: isoDay(2 * i),
        value: draw(normal, truth(2 * i), 1000),
        sampleSize: 1000,
        pollster: `P${i % 5}`,
      }));
      const average = pollAverage(seriesOf(points));
      const [start, end] = [average.estimates[0], average.estimates.at(-1)] as AverageEstimate[];
      first += (start?.value ?? 0) - truth(0);
      last += (end?.value ?? 0) - truth(400);
      if (seed <= 5) expect(outsideItsPolls(average, points)).toEqual([]);
    }
    expect(Math.abs(first / 50)).toBeLessThan(0.5);
    expect(Math.abs(last / 50)).toBeLessThan(0.5);
  });
});

describe("FiveThirtyEight's approval poll list (5/29/2020, All polls, 5,048 polls by 76 pollsters)", () => {
  const { rows, series } = approvalPolls();
  const averages = series.map((s) => pollAverage(s));

  it("reads every poll", () => {
    expect(rows).toBe(5048);
    expect(new Set(series[0].points.map((p) => p.pollster)).size).toBe(76);
    expect(series[0].points.filter((p) => p.tracking).length).toBe(2424);
  });

  it("keeps every estimate of both series within the polls near it", () => {
    series.forEach((s, i) => {
      expect(outsideItsPolls(averages[i] as PollAverage, s.points)).toEqual([]);
    });
  });

  it("starts January 2017 disapproval within 1.5 points of that week's polls (the old average said 47.0–47.6 against 44.5)", () => {
    const disapprove = series[1];
    const week = disapprove.points.filter((p) => p.date <= "2017-01-28");
    const pollsMean = week.reduce((a, p) => a + p.value, 0) / week.length;
    const estimates = (averages[1] as PollAverage).estimates.filter((e) => e.date <= "2017-01-28");
    expect(estimates.length).toBeGreaterThan(5);
    for (const e of estimates) expect(Math.abs(e.value - pollsMean)).toBeLessThan(1.5);
  });

  it("draws both lines without a stop, over windows of 60 days", () => {
    for (const a of averages) {
      expect(a.sparse).toEqual([]);
      expect(a.windowDays).toBe(60);
      expect(a.pollsters).toBe(76);
    }
  });

  it("fits at 400 days of its 1,219 and stays within 0.06 points of a fit at every poll day", () => {
    const rule = { minHalfDays: 30, maxHalfDays: 75, minPolls: 20, weighting: "shared" as const, minFitPolls: 4 };
    for (const s of series) {
      const polls = preparePolls(s.points, undefined);
      const everyDay = Float64Array.from(new Set(polls.days));
      const fitDays = fitDaysOf(polls.days, 30);
      expect(everyDay.length).toBe(1219);
      expect(fitDays.length).toBe(400);
      const thinned = lineAt(robustLine(polls, polls.values, rule, fitDays).fit, everyDay);
      const full = lineAt(robustLine(polls, polls.values, rule, everyDay).fit, everyDay);
      for (let i = 0; i < everyDay.length; i++)
        expect(Math.abs((thinned[i] as number) - (full[i] as number))).toBeLessThan(0.06);
    }
  });

  const byDay = (s: PollSeries) => new Map(s.points.map((p) => [p.date, p.value]));
  it("has a new estimate on every day a poll ended", () => {
    series.forEach((s, i) => {
      expect((averages[i] as PollAverage).estimates.length).toBe(byDay(s).size);
    });
  });
});

describe("byDate orders polls as a parsed series does", () => {
  it("by date, then pollster", () => {
    const sorted = byDate([
      { date: "2020-01-02", value: 1, pollster: "B" },
      { date: "2020-01-01", value: 2, pollster: "B" },
      { date: "2020-01-02", value: 3, pollster: "A" },
    ]);
    expect(sorted.map((p) => p.value)).toEqual([2, 3, 1]);
  });
});
