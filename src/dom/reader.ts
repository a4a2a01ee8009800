/// <reference lib="dom" />
import { announcePoll } from "../chart/announce.js";
import { pollKey } from "../model/polls.js";
import { renderItems } from "./items.js";
import { activeMarks, nodeBox, placeTip } from "./marks.js";
import type { MountState } from "./state.js";
import type { NavNode } from "./tree.js";

// The reader's place: the tree's items around it, the marks and tooltip that show it, and moving it.

/** Renders the tree's items around the reader's place, and points `aria-activedescendant` at it. */
export function items(m: MountState): void {
  const { nav, tree, prefix = "" } = m;
  if (!nav) return;
  const active = m.at ?? nav.root;
  renderItems(tree, nav, active, prefix);
  tree.setAttribute("aria-activedescendant", `${prefix}-${active.key}`);
}

/** Shows what is active: the hovered poll, else the reader's place while the chart has focus or a tap pinned it. */
export function indicate(m: MountState): void {
  const { chart, nav, ring, svg, tip } = m;
  if (!chart || !nav || !ring || !svg) return;
  const node = m.hovered
    ? nav.poll(m.hovered.series, m.hovered.point)
    : m.doc.activeElement === m.tree || m.pinned
      ? m.at
      : undefined;
  const box = node && !m.dismissed && nodeBox(chart, node);
  ring.innerHTML = node && box ? activeMarks(chart, node, box) : "";
  tip.hidden = !node || !box;
  if (!node || !box) return;
  m.tipText.textContent =
    node.kind === "poll" ? announcePoll(chart, node.series ?? 0, node.polls?.[0] ?? 0) : node.name;
  const scale = (svg.clientWidth || chart.width) / chart.width;
  placeTip(tip, m.root, (node.kind === "poll" ? box.left : box.right) * scale, box.top * scale);
}

/** Moves the reader to a node: shows it, and says it (or `cue`) once moves settle. */
export function moveTo(m: MountState, node: NavNode, cue?: string): void {
  const { chart } = m;
  m.at = node;
  m.dismissed = false;
  const poll = node.kind === "poll" && chart?.series[node.series ?? 0]?.points[node.polls?.[0] ?? 0];
  if (poll && chart) {
    m.lastPoll = { series: node.series ?? 0, point: node.polls?.[0] ?? 0 };
    m.lastKey = pollKey(poll.point, chart.trend.dataset);
  }
  items(m);
  indicate(m);
  const last = m.lastPoll;
  const words = cue ?? (poll && chart ? announcePoll(chart, last?.series ?? 0, last?.point ?? 0) : "");
  if (words) m.speak.say(words);
}
