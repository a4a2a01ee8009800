/// <reference lib="dom" />
import { NAV_KEYS, step } from "./keys.js";
import { indicate, items, moveTo } from "./reader.js";
import type { MountState } from "./state.js";

// The chart's keyboard: keys move the reader (keys.ts says where), Escape hides the tooltip and the
// instructions, T goes to the page's data table; focus shows the instructions for the keyboard.

/** Moves focus to the page's data table (opening a `<details>` around it); false without one. */
export function toTable(m: MountState): boolean {
  const t = m.opts.table;
  const table = typeof t === "string" ? m.doc.getElementById(t) : t;
  if (!table) return false;
  const details = table.closest("details");
  if (details) details.open = true;
  if (!table.hasAttribute("tabindex")) table.tabIndex = -1;
  table.focus();
  return true;
}

/** Escape hides the tooltip and the instructions, if either shows; true when it did. */
function dismiss(m: MountState, event: KeyboardEvent): boolean {
  const { tip, keys } = m;
  if (event.key !== "Escape" || (tip.hidden && keys.hidden)) return false;
  m.dismissed = keys.hidden = true;
  indicate(m);
  event.preventDefault();
  return true;
}

/** A key on the tree: the instructions go at the first key, whatever it is. */
export function onKey(m: MountState, event: KeyboardEvent): void {
  const { nav, chart } = m;
  const handled = dismiss(m, event);
  m.keys.hidden = true;
  if (event.altKey || event.ctrlKey || event.metaKey || !nav || !chart || handled) return;
  const table = (event.key === "t" || event.key === "T") && toTable(m);
  if (!table && !NAV_KEYS.has(event.key)) return;
  event.preventDefault();
  if (table) return;
  m.hovered = undefined;
  const next = step(nav, chart, m.at ?? nav.root, event.key, m.lastPoll);
  moveTo(m, next.node, next.cue);
}

/** A key elsewhere in the page: Escape hides a hovered poll's tooltip. */
export const onDocKey = (m: MountState, event: KeyboardEvent): false | undefined | boolean =>
  m.hovered && m.doc.activeElement !== m.tree && dismiss(m, event);

/** Focus on the tree: the instructions show for the keyboard, not on a click. */
export function onFocus(m: MountState): void {
  m.keys.hidden = !m.tree.matches(":focus-visible");
  // A chart taller than the window (small multiples on a phone) shows them at the top of what is seen,
  // not below it.
  const box = m.root.getBoundingClientRect();
  const below = box.bottom > (m.doc.defaultView?.innerHeight ?? box.bottom);
  m.keys.style.top = below ? `${Math.max(3, 3 - box.top)}px` : "";
  m.keys.style.bottom = below ? "auto" : "";
  m.dismissed = false;
  items(m);
  indicate(m);
}

/** Focus leaves: the instructions, a tapped poll and words not yet said go. */
export function onBlur(m: MountState): void {
  m.keys.hidden = true;
  m.pinned = false;
  m.speak.cancel();
  indicate(m);
}
