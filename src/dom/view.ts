/// <reference lib="dom" />
import { el, join } from "../markup/builder.js";
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

/**
 * A mounted chart's elements, in the order `createView` takes them: the SVG's holder, tree, tooltip, instructions, live
 * region.
 */
const VIEW_MARKUP = join([
  el("div"),
  el("div", { class: "pt-tree", role: "tree", tabindex: "0" }),
  el(
    "div",
    { class: "pt-tip", "aria-hidden": "true", hidden: true },
    el("div"),
    el("button", { type: "button", tabindex: "-1" }),
  ),
  el("p", { class: "pt-keys", hidden: true }),
  el("div", { class: "pt-hidden", "aria-live": "polite" }),
]);

/** Makes a mounted chart's elements (not yet in the page), and adds the mount styles to the page once. */
export function createView(doc: Document): View {
  if (!doc.getElementById("pt-mount-style"))
    doc.head.append(Object.assign(doc.createElement("style"), { id: "pt-mount-style", textContent: MOUNT_CSS }));
  const root = Object.assign(doc.createElement("div"), { className: "pt-mount", innerHTML: VIEW_MARKUP });
  const [holder, tree, tip, keys, live] = root.children as unknown as HTMLElement[];
  const [tipText, tipTable] = (tip as HTMLElement).children as unknown as HTMLElement[];
  return { root, holder, tree, tip, tipText, tipTable, live, keys } as View;
}
