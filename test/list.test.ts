import { describe, expect, it } from "vitest";
import { extent, flatten } from "../src/model/list.js";

describe("flatten(lists): lists joined, as flat() joins them", () => {
  it("joins lists one level deep and keeps single items", () => {
    expect(flatten([[1, 2], [3], 4])).toEqual([1, 2, 3, 4]);
    expect(flatten<number | number[]>([[[1]], [2]])).toEqual([[1], 2]);
    expect(flatten<number>([])).toEqual([]);
    expect(flatten([[], [5], []])).toEqual([5]);
  });
  it("gives what flat() gives on a tracker's runs of days, in order", () => {
    const runs = [900, 1, 559].map((n, r) => Array.from({ length: n }, (_, i) => ({ run: r, day: i })));
    const joined = flatten(runs);
    expect(joined).toHaveLength(1460);
    expect(joined).toEqual(runs.flat());
    expect(joined[900]).toEqual({ run: 1, day: 0 });
  });
});

describe("extent(values): the lowest and highest in one pass", () => {
  it("gives the lowest and highest, and nothing for none", () => {
    expect(extent([48, 60, 52])).toEqual([48, 60]);
    expect(extent([-3])).toEqual([-3, -3]);
    expect(extent([])).toEqual([Infinity, -Infinity]);
  });
  it("reads more values than a spread into Math.min can take", () => {
    // Two million: beyond any stack a test runner gives (Stryker's took 200,000 in one spread).
    const values = Array.from({ length: 2_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.min(...values)).toThrow(RangeError);
    let [lo, hi] = [Infinity, -Infinity];
    for (const v of values) [lo, hi] = [v < lo ? v : lo, v > hi ? v : hi];
    expect(extent(values)).toEqual([lo, hi]);
  });
});
