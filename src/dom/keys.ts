import { announceWords } from "../chart/announce.js";
import type { ChartLayout } from "../chart/layout.js";
import { holds, matchingPoll, type NavNode, type NavTree, type PollAt } from "./tree.js";

/** Where a key takes the reader, and what to say when it cannot go further. */
export interface Step {
  readonly node: NavNode;
  /** Said when the key stopped at an end: the reader hears that it did. */
  readonly cue?: string;
}

/** The keys the chart handles; others (Tab, T with a modifier, …) go on to the page. */
export const NAV_KEYS = new Set([
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "Enter",
  " ",
]);

/**
 * One key's move in the tree (Olli's keys): Down (or Enter, Space) goes into a node, to the poll
 * last read or the same poll in this series where it asked here too, else its first child; Up goes
 * back out; Left and Right move between siblings, and between polls in time across a series' groups;
 * Home and End go to the first and last (a series' first and latest poll); Page Up and Page Down ten.
 * At an end the node stays and the cue says so.
 */
export function step(tree: NavTree, chart: ChartLayout, at: NavNode, key: string, lastPoll: PollAt | undefined): Step {
  const { parent, series: s = 0, kind } = at;
  if (key === "ArrowDown" || key === "Enter" || key === " ") {
    const kids = tree.children(at);
    const target = !lastPoll ? 0 : lastPoll.series === s ? lastPoll.point : matchingPoll(chart, lastPoll, s);
    const inside =
      kind === "chart" || kind === "panel"
        ? (kids.find((k) => holds(k, lastPoll?.series ?? 0)) ?? kids[0])
        : (kids.find((k) => k.polls && k.polls[0] <= target && target <= k.polls[1]) ?? kids[0]);
    return inside ? { node: inside } : { node: at, cue: announceWords(chart).nothingBelow };
  }
  if (key === "ArrowUp") return parent ? { node: parent } : { node: at, cue: announceWords(chart).wholeChart };
  const by = { ArrowLeft: -1, ArrowRight: 1, PageUp: -10, PageDown: 10, Home: -Infinity, End: Infinity }[key];
  if (by === undefined || !parent) return { node: at };
  // Polls move in time through the whole series, across its year and month groups; others among their siblings.
  const poll = kind === "poll";
  const siblings = poll ? [] : tree.children(parent);
  const count = poll ? (chart.series[s]?.points.length ?? 1) : siblings.length;
  const here = poll ? (at.polls?.[0] ?? 0) : siblings.indexOf(at);
  const index = Math.max(0, Math.min(count - 1, here + by));
  if (index !== here) return { node: poll ? tree.poll(s, index) : siblings[index]! };
  const say = announceWords(chart);
  const cue = poll
    ? say.seriesEnd(by < 0, chart.series[s]?.series.label ?? "")
    : say.endOf(by < 0, count, chart.trend.format);
  return { node: at, cue };
}
