/// <reference lib="dom" />
import type { NavNode, NavTree } from "./tree.js";

/** Whether a node has children, by its kind: the chart, a series and a group always have. */
const parentKind = (node: NavNode) => node.kind === "chart" || node.kind === "series" || node.kind === "group";

/**
 * Renders the tree's items for the reader's place: the chart, the children of every node on the way
 * to the active one, and no deeper, so a tracker of thousands of polls costs a few dozen elements.
 * Each item has its level and is expanded where it is on the way; its position and the size of its set
 * ("3 of 4") the browser computes from its siblings, which are all there.
 */
export function renderItems(doc: Document, tree: HTMLElement, nav: NavTree, active: NavNode, prefix: string): void {
  const path = new Set<string>();
  for (let n: NavNode | undefined = active; n; n = n.parent) path.add(n.key);
  const item = (node: NavNode): HTMLElement => {
    const el = doc.createElement("div");
    const open = path.has(node.key) && node !== active;
    const attrs = {
      role: "treeitem",
      id: `${prefix}-${node.key}`,
      "aria-level": node.level,
      "aria-label": node.name,
      ...(parentKind(node) ? { "aria-expanded": open } : {}),
    };
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
    if (parentKind(node)) {
      if (open) {
        const group = doc.createElement("div");
        group.setAttribute("role", "group");
        const kids = nav.children(node);
        group.append(...kids.map(item));
        el.append(group);
      }
    }
    return el;
  };
  const top = item(nav.root);
  top.classList.add("pt-hidden");
  tree.replaceChildren(top);
}
