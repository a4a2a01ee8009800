// npm run compare:end: the end, everywhere. On every real tracker in test/data, the last estimate of each
// average beside the latest polls as a reader takes them: the pollsters whose polls ended in the last 14
// days, each pollster's polls averaged first, then the pollsters averaged (what test/average-kalman-end.test.ts
// holds the state-space average to, within 1.5 points). Prints a Markdown table for the README.
import { pollAverage } from "../src/average/average.js";
import type { AverageOptions } from "../src/average/options.js";
import type { PollPoint } from "../src/model/types.js";
import { realTrackers } from "../test/average-trackers.js";

const DAY = 86_400_000;
const ESTIMATORS: [string, AverageOptions][] = [
  ["LOESS", { method: "loess" }],
  ["kalman", { method: "kalman" }],
  ["kalman, house effects", { method: "kalman", houseEffects: true }],
];

function latest(points: readonly PollPoint[]) {
  const last = [...points.map((p) => p.date)].sort().at(-1) ?? "";
  const byPollster = new Map<string, number[]>();
  for (const p of points)
    if (Date.parse(p.date) >= Date.parse(last) - 13 * DAY)
      byPollster.set(p.pollster ?? "", [...(byPollster.get(p.pollster ?? "") ?? []), p.value]);
  const means = [...byPollster.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  return { last, pollsters: means.length, mean: means.reduce((a, b) => a + b, 0) / means.length };
}

const sign = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(2)}`;
console.log(
  `| tracker: series (polls) | last poll | pollsters in its last 14 days: mean | ${ESTIMATORS.map(([n]) => `${n}: last estimate (difference)`).join(" | ")} |`,
);
console.log(`|---|---|---:|${ESTIMATORS.map(() => "---:").join("|")}|`);
const worst = ESTIMATORS.map(() => 0);
for (const tracker of realTrackers())
  for (const series of tracker.series) {
    const l = latest(series.points);
    const cells = ESTIMATORS.map(([, options], k) => {
      const end = pollAverage(series, options).estimates.at(-1);
      if (!end) return "none";
      worst[k] = Math.max(worst[k] ?? 0, Math.abs(end.value - l.mean));
      return `${end.value.toFixed(2)} (${sign(end.value - l.mean)})${end.date === l.last ? "" : ` on ${end.date}`}`;
    });
    console.log(
      `| ${tracker.name}: ${series.label} (${series.points.length}) | ${l.last} | ${l.pollsters}: ${l.mean.toFixed(2)} | ${cells.join(" | ")} |`,
    );
  }
console.log(`\nLargest difference: ${ESTIMATORS.map(([n], k) => `${n} ${(worst[k] ?? 0).toFixed(2)}`).join("; ")}.`);
