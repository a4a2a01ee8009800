import { scaleBand } from "d3-scale";

// The grid of panels: as many columns as fit the width (one on a phone), balanced across rows, placed
// by d3-scale's band scale (a place per column, a gutter between).

/** The narrowest panel worth drawing: below it, one column fewer. */
export const MIN_PANEL = 180;
/** Between two columns, and between two rows, in px. */
export const GUTTER = 24;
export const ROW_GAP = 20;

/** Columns and rows of `count` panels across `inner` px: as many columns as fit, then as few as keep the rows. */
export function gridShape(count: number, inner: number): { columns: number; rows: number } {
  const fit = Math.max(1, Math.min(count, Math.floor((inner + GUTTER) / (MIN_PANEL + GUTTER))));
  const rows = Math.ceil(count / fit);
  // Six panels in four columns would leave a row of two: three columns make two full rows.
  return { columns: Math.ceil(count / rows), rows };
}

/** The left edge of each column and the panels' width, across `left` to `right`. */
export function columnsAt(columns: number, left: number, right: number): { x: number[]; width: number } {
  // One column is the whole width (a band scale would centre a narrower band in it).
  if (columns === 1) return { x: [left], width: right - left };
  const step = (right - left + GUTTER) / columns;
  const band = scaleBand<number>()
    .domain(Array.from({ length: columns }, (_, i) => i))
    .range([left, right])
    .paddingInner(GUTTER / step);
  return { x: band.domain().map((i) => band(i) ?? left), width: band.bandwidth() };
}
