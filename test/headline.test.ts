import { describe, expect, it } from "vitest";
import { type PollDataset, type PollPoint, summarizeTrend } from "./api.js";
import { realTrackers } from "./average-trackers.js";

// The headline on every real tracker in test/data, in the words a reader gets: the latest value the
// summary gives each average, against the pollsters of the last 14 days (each pollster's polls averaged
// first, computed here); and no interval too wide to mean anything is ever published.
const DAY = 86_400_000;
/** Biden's coronavirus approval: one pollster's one poll moves its 14-day mean (see average-kalman-end.test.ts). */
const KNOWN_MISSES = new Set(["538 coronavirus approval, Biden: approve"]);

function latestPollsterMean(points: readonly PollPoint[]): number {
  const last = Math.max(...points.map((p) => Date.parse(p.date)));
  const byPollster = new Map<string, number[]>();
  for (const p of points)
    if (Date.parse(p.date) >= last - 13 * DAY)
      byPollster.set(p.pollster ?? "", [...(byPollster.get(p.pollster ?? "") ?? []), p.value]);
  const means = [...byPollster.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  return means.reduce((a, b) => a + b, 0) / means.length;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the headline on every real tracker: the summary's latest average agrees with the latest polls", () => {
  const trackers = realTrackers();
  it.each(trackers.map((t) => [t.name, t] as const))("%s", (name, tracker) => {
    const dataset: PollDataset = { title: name, series: [...tracker.series] };
    const text = summarizeTrend(dataset);
    for (const series of tracker.series) {
      const said = new RegExp(`put “${literal(series.label)}” at (\\d+\\.\\d)%`).exec(text)?.[1];
      expect(said, `${name}: ${series.label}`).toBeDefined();
      const off = Math.abs(Number(said) - latestPollsterMean(series.points));
      expect(off, `${name}: ${series.label}`).toBeLessThanOrEqual(
        KNOWN_MISSES.has(`${name}: ${series.label}`) ? 2.5 : 1.5,
      );
    }
    // Every interval published is at most 10 points wide (the state-space average's limit).
    for (const [, lo, hi] of text.matchAll(/lies between (\d+\.\d)% and (\d+\.\d)% with 95% confidence/g))
      expect(Number(hi) - Number(lo)).toBeLessThanOrEqual(10);
  });
});

describe("a short run says it is short", () => {
  // Seven generic-ballot polls by four pollsters in four months, the Democrats ahead in every one.
  const polls = [
    ["2020-10-01", 47, 40, "A"],
    ["2020-10-20", 46, 41, "B"],
    ["2020-11-10", 49, 40, "C"],
    ["2020-12-01", 48, 42, "A"],
    ["2020-12-20", 50, 41, "D"],
    ["2021-01-10", 47, 43, "B"],
    ["2021-02-01", 46, 44, "C"],
  ] as const;
  const run: PollDataset = {
    title: "Generic ballot",
    series: ["dem", "rep"].map((id, k) => ({
      id,
      label: k ? "Republicans" : "Democrats",
      points: polls.map(([date, dem, rep, pollster]) => ({ date, value: k ? rep : dem, pollster })),
    })),
  };

  it.each([3, 5, 7])("with %i polls, publishes no interval wider than 10 points and no crossing", (n) => {
    const data = { ...run, series: run.series.map((s) => ({ ...s, points: s.points.slice(0, n) })) };
    const text = summarizeTrend(data, { average: true });
    for (const [, lo, hi] of text.matchAll(/lies between (\d+(?:\.\d)?)% and (\d+(?:\.\d)?)% with 95% confidence/g))
      expect(Number(hi) - Number(lo)).toBeLessThanOrEqual(10);
    // Democrats led in every poll: nobody overtook anybody.
    expect(text).not.toMatch(/overtook/);
  });
});
