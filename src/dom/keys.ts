import type { ChartLayout } from "../chart/layout.js";
import { matchingPoll, type NavNode, type NavTree, type PollAt } from "./tree.js";

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
  if (key === "ArrowDown" || key === "Enter" || key === " ") {
    const kids = tree.children(at);
    if (!kids.length) return { node: at, cue: "Nothing below this; Up goes back." };
    const s = at.series;
    if (s === undefined || !lastPoll) return { node: kids[0] as NavNode };
    const target = lastPoll.series === s ? lastPoll.point : matchingPoll(chart, lastPoll, s);
    const inside = kids.find((k) => k.polls && k.polls[0] <= target && target <= k.polls[1]);
    return { node: inside ?? (kids[0] as NavNode) };
  }
  const parent = tree.parent(at);
  if (key === "ArrowUp")
    return parent ? { node: parent } : { node: at, cue: "This is the whole chart; Down goes into it." };
  const by = { ArrowLeft: -1, ArrowRight: 1, PageUp: -10, PageDown: 10, Home: -Infinity, End: Infinity }[key];
  if (by === undefined || !parent) return { node: at };
  if (at.kind === "poll" && at.series !== undefined && at.polls) {
    // Polls move in time through the whole series, across its year and month groups.
    const count = chart.series[at.series]?.points.length ?? 1;
    const index = Math.max(0, Math.min(count - 1, at.polls[0] + by));
    if (index !== at.polls[0]) return { node: tree.poll(at.series, index) };
    const label = chart.series[at.series]?.series.label ?? "";
    return { node: at, cue: by < 0 ? `First poll of ${label}; none earlier.` : `Latest poll of ${label}; none later.` };
  }
  const siblings = tree.children(parent);
  const here = siblings.findIndex((n) => n.key === at.key);
  const index = Math.max(0, Math.min(siblings.length - 1, here + by));
  if (index !== here) return { node: siblings[index] as NavNode };
  return { node: at, cue: `${by < 0 ? "First" : "Last"} of ${siblings.length}.` };
}
