// How wide may the average's window grow where polls are sparse, and where must the line stop?
// A simulation: one pollster (n = 1,000) that polls weekly for a year, twice a month for two, monthly
// for one and quarterly for one, around a known truth with a fall of 8 points in a month and a rally
// of 10 points in a week. For each rule, the error of the average against the truth per stretch.
// Run: npm run simulate:window (prints Markdown tables; the chosen rule is SPARSE_RULE in src/average/average.ts).
// Its second part (scripts/window-simulation-estimators.ts) sets LOESS against the state-space average
// (`method: "kalman"`) on six known truths, and chooses the state-space average's rules: KALMAN_SUPPORT
// (which estimates it publishes) and VOICE_HALF_SPAN_DAYS (one voice per pollster).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { averageWith, type SparseRule } from "../src/average/average.js";
import { resolveAverageOptions } from "../src/average/options.js";
import type { PollPoint } from "../src/model/types.js";
import { estimatorTable, quarterTable, supportTables, voiceTable } from "./window-simulation-estimators.js";

const START = Date.UTC(2001, 0, 1);
const DAY = 86_400_000;
const isoDay = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);
const dayOf = (date: string) => Math.round((Date.parse(date) - START) / DAY);

/** The truth: a slow swing of ±4, a fall of 8 points over 30 days from day 700, a rally of 10 in a week at day 1250 that fades. */
export function truth(day: number): number {
  const fall = day < 700 ? 0 : day < 730 ? (-8 * (day - 700)) / 30 : -8;
  const rally = day < 1250 ? 0 : day < 1257 ? (10 * (day - 1250)) / 7 : 10 * Math.exp(-(day - 1257) / 120);
  return 50 + 4 * Math.sin((2 * Math.PI * day) / 500) + fall + rally;
}

/** The stretches of the schedule: [first day, last day, days between polls]. */
export const STRETCHES = [
  { name: "weekly", from: 0, to: 364, every: 7 },
  { name: "twice a month", from: 365, to: 1094, every: 15 },
  { name: "monthly", from: 1095, to: 1459, every: 30 },
  { name: "quarterly", from: 1460, to: 1825, every: 91 },
] as const;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One pollster's polls on the schedule, each a draw around the truth with 1.2 × the sampling error of n = 1,000. */
export function sparseSeries(seed: number): PollPoint[] {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const points: PollPoint[] = [];
  for (const { from, to, every } of STRETCHES)
    for (let day = from + Math.floor(random() * every); day <= to; day += every) {
      const p = truth(day) / 100;
      const value = Math.round((truth(day) + 1.2 * normal() * Math.sqrt((p * (1 - p)) / 1000) * 100) * 10) / 10;
      points.push({ date: isoDay(day), value, sampleSize: 1000, pollster: "Gallup" });
    }
  return points;
}

const SEEDS = 200;
const options = resolveAverageOptions({});

/** The days after each sharp move, left out of the stretches' RMSE and scored on their own. */
const MOVES = [
  { name: "the fall", from: 700, to: 760 },
  { name: "the rally", from: 1250, to: 1310 },
];
const near = (day: number) => MOVES.findIndex((m) => day >= m.from && day <= m.to);

function score(rule: SparseRule) {
  const squares = STRETCHES.map(() => 0);
  const counts = STRETCHES.map(() => 0);
  const dates = STRETCHES.map(() => 0);
  const shown = STRETCHES.map(() => 0);
  const moveErrors = MOVES.map(() => 0);
  const moveCounts = MOVES.map(() => 0);
  for (let seed = 1; seed <= SEEDS; seed++) {
    const points = sparseSeries(seed);
    const average = averageWith({ id: "s", label: "Approve", points }, options, rule);
    for (const point of points) dates[STRETCHES.findIndex((s) => dayOf(point.date) <= s.to)]++;
    for (const e of average.estimates) {
      const day = dayOf(e.date);
      const error = e.value - truth(day);
      const k = STRETCHES.findIndex((s) => day <= s.to);
      shown[k]++;
      const move = near(day);
      if (move >= 0) {
        moveErrors[move] += Math.abs(error);
        moveCounts[move]++;
        continue;
      }
      squares[k] += error * error;
      counts[k]++;
    }
  }
  return {
    rmse: squares.map((s, k) => Math.sqrt(s / Math.max(1, counts[k] as number))),
    shown: shown.map((c, k) => c / (dates[k] as number)),
    moves: moveErrors.map((e, k) => e / Math.max(1, moveCounts[k] as number)),
  };
}

const rules: SparseRule[] = [];
for (const maxWindowDays of [60, 90, 120, 150, 180, 240, 365, 100_000])
  for (const minWindowPolls of [6, 10, 20, 30]) rules.push({ minWindowPolls, maxWindowDays, minFitPolls: 4 });
for (const minFitPolls of [2, 3, 5, 6]) rules.push({ minWindowPolls: 20, maxWindowDays: 150, minFitPolls });

/**
 * A second case: seven pollsters that each poll about monthly (a poll every 4.3 days in all), with house
 * effects of ±2.5 points (sd), around the same truth for three years: where a short window holds a few
 * polls of a few pollsters, the line jumps as pollsters take turns.
 */
function pollsterTurns(seed: number): { points: PollPoint[]; level: number } {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const houses = Array.from({ length: 7 }, () => 2.5 * normal());
  const points: PollPoint[] = [];
  houses.forEach((house, k) => {
    for (let day = Math.floor(random() * 30); day < 1095; day += 25 + Math.floor(random() * 11)) {
      const p = truth(day) / 100;
      const value = truth(day) + house + 1.2 * normal() * Math.sqrt((p * (1 - p)) / 1000) * 100;
      points.push({ date: isoDay(day), value: Math.round(value * 10) / 10, sampleSize: 1000, pollster: `P${k}` });
    }
  });
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { points, level: houses.reduce((a, b) => a + b, 0) / houses.length };
}

/** RMSE of the average against the truth plus the pollsters' mean house effect (what an equal-voice average aims at). */
function turnsScore(rule: SparseRule): number {
  let squares = 0;
  let count = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const { points, level } = pollsterTurns(seed);
    for (const e of averageWith({ id: "s", label: "Approve", points }, options, rule).estimates) {
      const day = dayOf(e.date);
      if (near(day) >= 0) continue;
      squares += (e.value - truth(day) - level) ** 2;
      count++;
    }
  }
  return Math.sqrt(squares / count);
}

const lines: string[] = [];
const print = (line: string) => {
  console.log(line);
  lines.push(line);
};
const f = (x: number) => x.toFixed(2);
const pct = (x: number) => `${Math.round(100 * x)}%`;
print(
  `${SEEDS} simulated series of one pollster (n = 1,000; a single poll is off by ${f(1.2 * Math.sqrt(0.25 / 1000) * 100)} points, sd). ` +
    "RMSE of the average against the truth, in points, per stretch (leaving out the 60 days after each sharp move); " +
    "the share of poll dates with an estimate; the mean absolute error in the 60 days after each move; " +
    "and, for seven monthly pollsters with house effects (sd 2.5), the RMSE against the truth plus their mean house effect.\n",
);
const head = [
  "widest window (days)",
  "widen to reach poll",
  "stop below polls",
  ...STRETCHES.map((s) => `RMSE ${s.name}`),
  "shown: twice a month",
  "monthly",
  "quarterly",
  ...MOVES.map((m) => `after ${m.name}`),
  "RMSE, 7 pollsters taking turns",
];
print(`| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`);
for (const rule of rules) {
  const r = score(rule);
  const widest = rule.maxWindowDays >= 100_000 ? "unbounded" : String(rule.maxWindowDays);
  const shown = r.shown.slice(1).map(pct);
  print(
    `| ${[widest, rule.minWindowPolls, rule.minFitPolls, ...r.rmse.map(f), ...shown, ...r.moves.map(f), f(turnsScore(rule))].join(" | ")} |`,
  );
}

const ESTIMATOR_SEEDS = 100;
const RULE_SEEDS = 40;
print(
  `\n## LOESS against the state-space average\n\n${ESTIMATOR_SEEDS} seeds of each case (scripts/window-simulation-cases.ts): a panel of two weekly and four monthly pollsters (house effects sd 1.5, mean 0; each poll off by 1.2 × the sampling error of its size, rounded to whole percent), or the cases' own. RMSE of the published estimates against the truth, in points; the mean absolute error of the last estimate on its day; the share of estimates whose 95% interval holds the truth (the aim is 90–97%); the mean interval width; the share of poll days with an estimate.\n`,
);
for (const line of estimatorTable(ESTIMATOR_SEEDS)) print(line);
print(
  `\n## Which estimates to publish (KALMAN_SUPPORT)\n\nEvery estimate of the state-space average, with and without house effects, published or not, over ${RULE_SEEDS} seeds of each case and of short runs of 3 to 20 polls by 2–4 pollsters over 30 to 720 days (polls as noisy as the panel's or twice as noisy), by the width of its 95% interval and by the polls within 30 days of it.\n`,
);
for (const line of supportTables(RULE_SEEDS)) print(line);
print(
  `\nIn the case's year of one poll a quarter (days 381–714), ${RULE_SEEDS} seeds: what the state-space average would publish with 1, 2 or 3 polls required within 30 days.\n`,
);
for (const line of quarterTable(RULE_SEEDS)) print(line);
print(
  `\n## One voice per pollster (VOICE_HALF_SPAN_DAYS)\n\nThe span over which a pollster's polls weigh as one typical pollster's, ${RULE_SEEDS} seeds: the daily tracker 3 points high beside five monthly pollsters (one voice of six would put the average 0.5 above the truth), and the steady, fall and rally panels.\n`,
);
for (const line of voiceTable(RULE_SEEDS)) print(line);

if (process.argv.includes("--write"))
  writeFileSync(
    join(process.cwd(), "bench", "window-simulation.md"),
    `# How wide may the average's window grow, and which average to use?\n\nWritten by \`npm run simulate:window\` (scripts/window-simulation.ts). The LOESS rule in use is\nSPARSE_RULE in src/average/average.ts: widen to reach the 20th nearest poll, never beyond 150 days, and\nstop the line where fewer than 4 polls are within the widest window. The state-space average's rules are\nKALMAN_SUPPORT (src/average/support.ts) and VOICE_HALF_SPAN_DAYS (src/average/voice.ts).\n\n## LOESS: how wide may the window grow?\n\n${lines.join("\n")}\n`,
  );
