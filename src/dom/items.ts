/// <reference lib="dom" />
import type { NavNode, NavTree } from "./tree.js";

/** Whether a node has children, by its kind: the chart, a series and a group always have. */
const parentKind = (node: NavNode) => node.kind === "chart" || node.kind === "series" || node.kind === "group";

/**
 * Renders the tree's items for the reader's place: the chart, the children of every node on the way
 * to the active one, and no deeper, so a tracker of thousands of polls costs a few dozen elements.
 * Each item has its level, position and size in its set, and is expanded where it is on the way.
 */
export function renderItems(doc: Document, tree: HTMLElement, nav: NavTree, active: NavNode, prefix: string): void {
  const path = new Set<string>();
  for (let n: NavNode | undefined = active; n; n = n.parent) path.add(n.key);
  const item = (node: NavNode, index: number, size: number): HTMLElement => {
    const el = doc.createElement("div");
    const open = path.has(node.key) && node !== active;
    const attrs = {
      role: "treeitem",
      id: `${prefix}-${node.key}`,
      "aria-level": node.level,
      "aria-setsize": size,
      "aria-posinset": index + 1,
      "aria-label": node.name,
      ...(parentKind(node) ? { "aria-expanded": open } : {}),
    };
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
    if (parentKind(node)) {
      if (open) {
        const group = doc.createElement("div");
        group.setAttribute("role", "group");
        const kids = nav.children(node);
        group.append(...kids.map((k, i) => item(k, i, kids.length)));
        el.append(group);
      }
    }
    if (node === active) el.className = "pt-on";
    return el;
  };
  const top = item(nav.root, 0, 1);
  top.classList.add("pt-hidden");
  tree.replaceChildren(top);
}
