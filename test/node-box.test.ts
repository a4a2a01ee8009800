import { describe, expect, it } from "vitest";
import { apNorcUkraineSupport } from "../src/index.js";
import { layout } from "../src/chart/layout.js";
import { nodeBox } from "../src/dom/marks.js";
import { type NavNode, navTree } from "../src/dom/tree.js";

// The box the reader's marks are drawn around: the extremes of the polls a node covers, read from the layout.
const extremes = (points: readonly { x: number; y: number }[]) => {
  const xs = points.map((p) => p.x).sort((a, b) => a - b);
  const ys = points.map((p) => p.y).sort((a, b) => a - b);
  return { left: xs[0], right: xs.at(-1), top: ys[0], bottom: ys.at(-1) };
};
const node = (fields: Partial<NavNode>): NavNode => ({ key: "k", kind: "series", level: 2, name: "n", ...fields });

describe("nodeBox(chart, node): where the reader's marks go", () => {
  const chart = layout(apNorcUkraineSupport);
  const [first, second] = chart.series;

  it("boxes a series' polls, a group's range of them, and a panel's several series", () => {
    expect(nodeBox(chart, node({ series: 0 }))).toEqual(extremes(first!.points));
    expect(nodeBox(chart, node({ kind: "group", series: 1, polls: [1, 3] }))).toEqual(
      extremes(second!.points.slice(1, 4)),
    );
    expect(nodeBox(chart, node({ kind: "panel", series: 0, last: 1 }))).toEqual(
      extremes([...first!.points, ...second!.points]),
    );
    const poll = second!.points[2]!;
    expect(nodeBox(chart, node({ kind: "poll", series: 1, polls: [2, 2] }))).toEqual({
      left: poll.x,
      right: poll.x,
      top: poll.y,
      bottom: poll.y,
    });
  });

  it("has no box for the whole chart or a range with no poll", () => {
    expect(nodeBox(chart, node({ kind: "chart" }))).toBeUndefined();
    expect(nodeBox(chart, node({ kind: "group", series: 0, polls: [500, 600] }))).toBeUndefined();
  });

  it("boxes a series of 140,000 polls, too many to spread into Math.min", () => {
    const points = Array.from({ length: 140_000 }, (_, i) => ({
      date: new Date(Date.UTC(1990, 0, 1) + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10),
      value: 30 + ((i * 37) % 41),
      pollster: `P${i % 20}`,
    }));
    const big = layout({ title: "t", series: [{ id: "a", label: "A", points }] }, { average: false });
    expect(nodeBox(big, node({ series: 0 }))).toEqual(extremes(big.series[0]!.points));
  });
});

describe("navTree(chart): a group too large to spread into Math.min", () => {
  it("names each month of 130,000 polls by its lowest and highest value", () => {
    // Two months of 130,000 polls each (one day apart at the turn of the month): groups by month.
    const points = Array.from({ length: 260_000 }, (_, i) => ({
      date: i < 130_000 ? "2020-01-31" : "2020-02-01",
      value: 30 + ((i * 37) % 41),
      pollster: `P${i}`,
    }));
    // Each month's last poll is its extreme: a range that left it out would say so.
    points[129_999] = { ...points[129_999]!, value: 80 };
    points[259_999] = { ...points[259_999]!, value: 10 };
    const chart = layout({ title: "t", series: [{ id: "a", label: "A", points }] }, { average: false });
    const tree = navTree(chart);
    const [series] = tree.children(tree.root);
    const groups = tree.children(series!);
    expect(groups.map((g) => g.name)).toEqual([
      "January 2020: 130,000 polls, between 30% and 80%",
      "February 2020: 130,000 polls, between 10% and 70%",
    ]);
  });
});
