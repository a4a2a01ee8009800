/// <reference lib="dom" />
import { el, join, type Markup } from "../markup/builder.js";
import type { NavNode, NavTree } from "./tree.js";

/** Whether a node has children, by its kind: all but a poll have. */
const parentKind = (node: NavNode) => node.kind !== "poll";

/**
 * Renders the tree's items for the reader's place: the chart, the children of every node on the way
 * to the active one, and no deeper, so a tracker of thousands of polls costs a few dozen elements.
 * Each item has its level and is expanded where it is on the way; its position and the size of its set
 * ("3 of 4") the browser computes from its siblings, which are all there.
 */
export function renderItems(tree: HTMLElement, nav: NavTree, active: NavNode, prefix: string): void {
  const path = new Set<string>();
  for (let n: NavNode | undefined = active; n; n = n.parent) path.add(n.key);
  const item = (node: NavNode, cls?: string): Markup => {
    const open = path.has(node.key) && node !== active;
    const attrs = {
      class: cls,
      role: "treeitem",
      id: `${prefix}-${node.key}`,
      "aria-level": String(node.level),
      "aria-label": node.name,
      "aria-expanded": parentKind(node) ? String(open) : undefined,
    };
    return el(
      "div",
      attrs,
      ...(open ? [el("div", { role: "group" }, join(nav.children(node).map((c) => item(c))))] : []),
    );
  };
  tree.innerHTML = item(nav.root, "pt-hidden");
}
