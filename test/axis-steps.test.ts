import { nice, ticks } from "d3-array";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CALENDAR } from "../src/chart/calendar.js";
import { roundDomain, roundTicks } from "../src/chart/steps.js";

describe("roundTicks and roundDomain: d3-array's ticks and nice, ported", () => {
  // Values as an axis has them: percents and net values to a few decimals (not denormal doubles, where
  // d3's own loop runs off to ±1e308).
  const value = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000);
  it("give exactly what d3-array gives, for any range and count", () => {
    fc.assert(
      fc.property(value, value, fc.integer({ min: 0, max: 20 }), (a, b, count) => {
        expect(roundTicks(a, b, count)).toEqual(ticks(a, b, count));
        expect(roundDomain(a, b, count)).toEqual(nice(a, b, count));
      }),
      { numRuns: 2000, seed: 20261203 },
    );
  });
});

describe("the time axis's calendar", () => {
  const day = 86_400_000;
  const start = Date.UTC(2023, 10, 20);
  const end = start + 400 * day;

  it("falls on the 1st and 15th, or the 1st, 8th, 15th and 22nd, never on a weekday of its own", () => {
    const [, , quarters, halves] = CALENDAR;
    expect(new Set(quarters?.range(start, end).map((d) => d.getUTCDate()))).toEqual(new Set([1, 8, 15, 22]));
    expect(new Set(halves?.range(start, end).map((d) => d.getUTCDate()))).toEqual(new Set([1, 15]));
  });

  it("starts months on the 1st at multiples of their step from January, and years on Jan. 1 at multiples of theirs", () => {
    for (const interval of CALENDAR.filter((i) => i.unit === "month")) {
      const dates = interval.range(start, end);
      const step = Math.round(interval.days / 30.4);
      expect(dates.every((d) => d.getUTCDate() === 1 && d.getUTCMonth() % step === 0)).toBe(true);
      expect(+(dates[0] as Date)).toBeGreaterThanOrEqual(start);
    }
    const decades = CALENDAR.find((i) => i.unit === "year" && Math.round(i.days / 365.25) === 10);
    expect(decades?.range(Date.UTC(1971, 5, 1), Date.UTC(2024, 0, 1)).map((d) => d.getUTCFullYear())).toEqual([
      1980, 1990, 2000, 2010, 2020,
    ]);
  });

  it("keeps every tick within the range, inclusive, in time order", () => {
    for (const interval of CALENDAR) {
      const dates = interval.range(start, start + 90 * day).map(Number);
      expect(dates.every((t) => t >= start && t <= start + 90 * day)).toBe(true);
      expect([...dates].sort((a, b) => a - b)).toEqual(dates);
    }
  });
});
