/// <reference lib="dom" />
import { MOUNT_CSS } from "./style.js";

/** The elements a mounted chart adds to the page, all inside `root`. */
export interface View {
  readonly root: HTMLElement;
  /** Holds the SVG. */
  readonly holder: HTMLElement;
  /** The tree for screen readers, over the chart: the one tab stop. */
  readonly tree: HTMLElement;
  readonly tip: HTMLElement;
  readonly tipText: HTMLElement;
  /** The tooltip's link to the page's data table. */
  readonly tipTable: HTMLElement;
  /** The polite live region. */
  readonly live: HTMLElement;
  /** The keyboard instructions, shown while the tree has keyboard focus. */
  readonly keys: HTMLElement;
}

/** Makes a mounted chart's elements (not yet in the page), and adds the mount styles to the page once. */
export function createView(doc: Document): View {
  if (!doc.getElementById("pt-mount-style"))
    doc.head.append(Object.assign(doc.createElement("style"), { id: "pt-mount-style", textContent: MOUNT_CSS }));
  const make = (tag: string, cls = "", attrs: Record<string, string> = {}) => {
    const el = Object.assign(doc.createElement(tag), { className: cls });
    for (const name in attrs) el.setAttribute(name, attrs[name] as string);
    return el;
  };
  const view = {
    root: make("div", "pt-mount"),
    holder: make("div"),
    tree: make("div", "pt-tree", { role: "tree", tabindex: "0" }),
    tip: make("div", "pt-tip", { "aria-hidden": "true" }),
    tipText: make("div"),
    tipTable: make("button", "", { type: "button", tabindex: "-1" }),
    live: make("div", "pt-hidden", { "aria-live": "polite" }),
    keys: make("p", "pt-keys"),
  };
  view.tip.append(view.tipText, view.tipTable);
  view.tip.hidden = view.keys.hidden = true;
  view.root.append(view.holder, view.tree, view.tip, view.keys, view.live);
  return view;
}
