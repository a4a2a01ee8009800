// The known truths and polling schedules of `npm run simulate:window`'s comparison of estimators (LOESS
// and the state-space average), and of the simulation-based tests. Every case is seeded: same seed,
// same polls.
import type { PollPoint } from "../src/model/types.js";
import { draw, isoDay, mulberry32, normalFrom, trackerBesideMonthlies } from "../test/simulate.js";

/** One simulated series: its polls and the truth they were drawn around. */
export interface SimulatedSeries {
  readonly points: PollPoint[];
  /** Opinion on a day (days since 2021-01-01), in percent: what the average should find. */
  readonly truth: (day: number) => number;
}

/** A named case: a truth and a schedule of pollsters. */
export interface SimulationCase {
  readonly name: string;
  readonly make: (seed: number) => SimulatedSeries;
}

/** A pollster of the panel: how often it polls (days between polls, per stretch of days) and its sample size. */
interface Pollster {
  readonly name: string;
  readonly every: number;
  readonly n: number;
  /** Stretches with their own spacing, [from, to, every]; default the whole series at `every`. */
  readonly stretches?: readonly (readonly [number, number, number])[];
}

/** A typical tracker: two weekly pollsters and four monthly ones, with house effects of sd 1.5 (mean 0, so the pollsters' average is the truth). */
export const PANEL: readonly Pollster[] = [
  { name: "Weekly A", every: 7, n: 1500 },
  { name: "Weekly B", every: 7, n: 1000 },
  { name: "Monthly A", every: 30, n: 1000 },
  { name: "Monthly B", every: 30, n: 1000 },
  { name: "Monthly C", every: 30, n: 1000 },
  { name: "Monthly D", every: 30, n: 1000 },
];

/**
 * Polls of the pollsters around a truth, from day `from` to `to`: each pollster starts at a random day
 * of its first interval and polls every `every` days (± 20% for monthly ones), each poll a draw with 1.2 ×
 * the sampling error of its size, rounded to whole percent, plus its house effect.
 */
export function panelPolls(
  seed: number,
  truth: (day: number) => number,
  to: number,
  pollsters: readonly Pollster[] = PANEL,
  houseSd = 1.5,
): PollPoint[] {
  const random = mulberry32(seed);
  const normal = normalFrom(random);
  const houses = pollsters.map(() => houseSd * normal());
  const mean = houses.reduce((a, b) => a + b, 0) / houses.length;
  const points: PollPoint[] = [];
  pollsters.forEach((p, k) => {
    for (const [from, last, every] of p.stretches ?? [[0, to, p.every]]) {
      const jitter = every >= 28 ? Math.round(every * 0.2) : 0;
      for (let day = from + Math.floor(random() * every); day <= Math.min(to, last); ) {
        const value = Math.round(draw(() => 1.2 * normal(), truth(day), p.n, (houses[k] as number) - mean));
        points.push({
          date: isoDay(day),
          fieldStart: isoDay(Math.max(0, day - 2)),
          value,
          sampleSize: p.n,
          pollster: p.name,
        });
        day += every + (jitter ? Math.round((2 * random() - 1) * jitter) : 0);
      }
    }
  });
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const swing = (day: number) => 50 + 4 * Math.sin((2 * Math.PI * day) / 500);
const fall = (day: number) => (day < 365 ? 50 : day < 395 ? 50 - (8 * (day - 365)) / 30 : 42);
const rally = (day: number) =>
  day < 365 ? 45 : day < 372 ? 45 + (10 * (day - 365)) / 7 : 45 + 10 * Math.exp(-(day - 372) / 120);
/** Rises 6 points over 400 days, then falls 4 points in the last 30: the series ends at the bottom of the turn. */
const turn = (day: number) => (day <= 400 ? 45 + (6 * day) / 400 : 51 - (4 * (day - 400)) / 30);

/** The six cases the README's table is about. */
export const CASES: readonly SimulationCase[] = [
  { name: "steady", make: (seed) => ({ points: panelPolls(seed, () => 50, 730), truth: () => 50 }) },
  { name: "a fall of 8 points in a month", make: (seed) => ({ points: panelPolls(seed, fall, 730), truth: fall }) },
  { name: "a rally of 10 points in a week", make: (seed) => ({ points: panelPolls(seed, rally, 730), truth: rally }) },
  {
    name: "a daily tracker 3 points high beside five monthly pollsters",
    make: (seed) => ({ points: trackerBesideMonthlies(seed, swing, 3, 730), truth: swing }),
  },
  {
    name: "a stretch of one poll a quarter",
    make: (seed) => ({
      points: panelPolls(
        seed,
        swing,
        1095,
        // Every pollster stops for the second year but one, which polls once a quarter.
        PANEL.map((p, k) => ({
          ...p,
          stretches: [[0, 364, p.every], ...(k === 0 ? [[365, 729, 91] as const] : []), [730, 1095, p.every]],
        })),
      ),
      truth: swing,
    }),
  },
  { name: "a series that ends on a turn", make: (seed) => ({ points: panelPolls(seed, turn, 430), truth: turn }) },
];

/**
 * A short run: `polls` polls by `pollsters` pollsters (house effects sd 1.5, mean 0) over `days` days
 * around a steady truth of 45, each poll off by `noise` × the sampling error of 1,000 (1.2, or 2.5 for
 * the noisy polls of real issue questions): the kind of series that should say "too few polls" rather
 * than publish a wide range.
 */
export function shortRun(seed: number, polls: number, pollsters: number, days: number, noise = 1.2): SimulatedSeries {
  const random = mulberry32(seed);
  const normal = normalFrom(random);
  const drawn = Array.from({ length: pollsters }, () => 1.5 * normal());
  const mean = drawn.reduce((a, b) => a + b, 0) / pollsters;
  const houses = drawn.map((h) => h - mean);
  const points: PollPoint[] = Array.from({ length: polls }, (_, i) => {
    const day = Math.round((i * days) / Math.max(1, polls - 1));
    const k = i % pollsters;
    return {
      date: isoDay(day),
      value: Math.round(draw(() => noise * normal(), 45, 1000, houses[k] as number)),
      sampleSize: 1000,
      pollster: `Pollster ${k + 1}`,
    };
  });
  return { points, truth: () => 45 };
}
