import { announceWords, pollName } from "../chart/announce.js";
import type { ChartLayout } from "../chart/layout.js";
import { seriesLabel } from "../chart/marks.js";
import { chartName } from "../chart/place.js";
import { extent } from "../model/list.js";
import { pollKey } from "../model/polls.js";

// The chart as a tree a screen reader walks (after Olli, MIT Visualization Group): the chart, then its
// series (small multiples: its panels, then their series), then each series' polls. A long series is
// grouped by year and month, so every level stays short enough to skim. Pure: built from a layout, it
// holds no DOM.

/** Above this many polls, a series' polls are grouped by year (if it spans several) and month. */
export const GROUP_LIMIT = 36;

/** One node of the tree. */
export interface NavNode {
  /** Stable within a layout: "chart", "g0" (a panel), "s0", "s0-y2020", "s0-m2020-03", "s0-p17". */
  readonly key: string;
  readonly kind: "chart" | "panel" | "series" | "group" | "poll";
  /** 1 for the chart. */
  readonly level: number;
  /** What a screen reader says for it. */
  readonly name: string;
  /** The series it belongs to, for a series, group or poll; a panel's first series. */
  readonly series?: number;
  /** A panel's last series. */
  readonly last?: number;
  /** The series' polls it covers, first and last index: one poll for a poll. */
  readonly polls?: readonly [number, number];
  /** The node it is in; none for the chart. */
  readonly parent?: NavNode;
}

/** The tree of one layout: nodes made on demand, so a tracker of 10,000 polls costs only what is read. */
export interface NavTree {
  readonly root: NavNode;
  children(node: NavNode): readonly NavNode[];
  /** The node of a series' poll. */
  poll(series: number, index: number): NavNode;
}

/** Where a poll sits: the series it is in and its index there. */
export interface PollAt {
  readonly series: number;
  readonly point: number;
}

/**
 * In another series, the same poll (same end date, field start and pollster) if it asked there too,
 * else the first poll that ended on or after it (or the latest).
 */
export function matchingPoll(chart: ChartLayout, from: PollAt, series: number): number {
  const here = chart.series[from.series]?.points[from.point]?.point;
  const points = chart.series[series]?.points ?? [];
  const key = here && pollKey(here, chart.trend.dataset);
  const same = points.findIndex((p) => pollKey(p.point, chart.trend.dataset) === key);
  const later = points.findIndex((p) => p.point.date >= (here?.date ?? ""));
  return same >= 0 ? same : later >= 0 ? later : points.length - 1;
}

/** Runs of consecutive indices whose dates share a prefix (a year "2020" or a month "2020-03"). */
function runsBy(dates: readonly string[], from: number, to: number, length: number): [string, number, number][] {
  const runs: [string, number, number][] = [];
  for (let i = from; i <= to; i++) {
    const label = dates[i]!.slice(0, length);
    const last = runs.at(-1);
    if (last && last[0] === label) last[2] = i;
    else runs.push([label, i, i]);
  }
  return runs;
}

/** A panel of small multiples, for the tree: its name and its series, `from` to `to`. */
export interface TreePanel {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

/** Whether a node holds series `s`: a series, or a panel of it. */
export const holds = (node: NavNode, s: number): boolean =>
  (node.series ?? 0) <= s && s <= (node.last ?? node.series ?? 0);

/** Builds the tree of a laid-out chart; with `panels` (small multiples), the series are in them. */
export function navTree(chart: ChartLayout, panels?: readonly TreePanel[]): NavTree {
  const f = chart.trend.format;
  const kids = new Map<NavNode, readonly NavNode[]>();
  // Small multiples are named by their overview; a chart "Line chart of …", whatever its title.
  const root: NavNode = { key: "chart", kind: "chart", level: 1, name: panels ? chart.name : chartName(chart.trend) };

  /** A group's name: "March 2020: 9 polls, between 41% and 45%". */
  const groupName = (s: number, label: string, from: number, to: number) => {
    const [lo, hi] = extent((chart.series[s]?.points ?? []).slice(from, to + 1).map((p) => p.point.value));
    const name = label.length === 4 ? label : chart.trend.words.monthYear(`${label}-01`);
    return announceWords(chart).group(name, to - from + 1, f.percent(lo), f.percent(hi), f);
  };

  /** A series' or group's children: its polls, or groups of them by year, then month, when there are many. */
  const pollsUnder = (parent: NavNode, s: number, [from, to]: readonly [number, number]): NavNode[] => {
    const dates = chart.series[s]?.points.map((p) => p.point.date) ?? [];
    const level = parent.level + 1;
    const years = parent.kind === "series" && runsBy(dates, from, to, 4);
    const runs =
      to - from < GROUP_LIMIT
        ? []
        : years && years.length > 1
          ? years
          : parent.key.includes("-m")
            ? []
            : runsBy(dates, from, to, 7);
    if (!runs.length)
      return Array.from({ length: to - from + 1 }, (_, k) => {
        const i = from + k;
        return {
          key: `s${s}-p${i}`,
          kind: "poll",
          level,
          name: pollName(chart, s, i),
          series: s,
          polls: [i, i],
          parent,
        };
      });
    return runs.map(([label, a, b]) => ({
      key: `s${s}-${label.length === 4 ? "y" : "m"}${label}`,
      kind: "group",
      level,
      name: groupName(s, label, a, b),
      series: s,
      polls: [a, b],
      parent,
    }));
  };

  /** Series `from` to `to`, under the chart or a panel. */
  const seriesUnder = (parent: NavNode, from: number, to: number): NavNode[] =>
    chart.series.slice(from, to + 1).map((s, k) => ({
      key: `s${from + k}`,
      kind: "series",
      level: parent.level + 1,
      name: seriesLabel(s, chart.trend),
      series: from + k,
      polls: [0, s.points.length - 1],
      parent,
    }));

  const children = (n: NavNode): readonly NavNode[] => {
    let list = kids.get(n);
    if (list) return list;
    if (n.kind === "chart")
      list = panels
        ? panels.map((p, k) => ({
            key: `g${k}`,
            kind: "panel",
            level: 2,
            name: p.name,
            series: p.from,
            last: p.to,
            parent: n,
          }))
        : seriesUnder(n, 0, chart.series.length - 1);
    else if (n.kind === "panel") list = seriesUnder(n, n.series ?? 0, n.last ?? 0);
    else list = n.polls && n.kind !== "poll" ? pollsUnder(n, n.series ?? 0, n.polls) : [];
    kids.set(n, list);
    return list;
  };

  /** The node of a poll, made with its ancestors' children so that its parent is known. */
  const poll = (s: number, i: number): NavNode => {
    let at = root;
    while (at.kind !== "poll") {
      const next = children(at).find((c) => holds(c, s) && (!c.polls || (c.polls[0] <= i && i <= c.polls[1])));
      if (!next) return at;
      at = next;
    }
    return at;
  };

  return { root, children, poll };
}
