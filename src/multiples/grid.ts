import { scaleBand } from "d3-scale";

// The grid of panels: as many columns as fit the width (one on a phone), balanced across rows, placed
// by d3-scale's band scale (a place per column, a gutter between).

/** The narrowest panel worth drawing: below it, one column fewer. */
export const MIN_PANEL = 180;
/** Between two columns, in px. */
export const GUTTER = 24;
/** Between two rows, in px. */
export const ROW_GAP = 20;

/** Columns and rows of `count` panels across `inner` px: as many columns as fit, then as few as keep the rows. */
export function gridShape(count: number, inner: number): { columns: number; rows: number } {
  const fit = Math.max(1, Math.min(count, Math.floor((inner + GUTTER) / (MIN_PANEL + GUTTER))));
  const rows = Math.ceil(count / fit);
  // Six panels in four columns would leave a row of two: three columns make two full rows.
  return { columns: Math.ceil(count / rows), rows };
}

/** A column of panels: its left edge, its width and its plot's left edge within it, in px. */
export interface Column {
  readonly x: number;
  readonly width: number;
  readonly plotLeft: number;
}

/**
 * The columns from `left` to `right`: their plots placed by a band scale, a gutter between, each plot
 * with its value axis's labels (`axis` px) left of it; with one shared axis (`shared`), only the first
 * column's plots carry the labels, so every plot is as wide as the others and a row reads on one scale.
 */
export function columnsAt(columns: number, left: number, right: number, axis: number, shared: boolean): Column[] {
  const once = shared && columns > 1;
  // Each column's own labels sit inside its band; labels shared by the row sit before the first.
  const [from, inside] = once ? [left + axis, 0] : [left, axis];
  if (columns === 1) return [{ x: left, width: right - left, plotLeft: axis }];
  const step = (right - from + GUTTER) / columns;
  const band = scaleBand<number>()
    .domain(Array.from({ length: columns }, (_, i) => i))
    .range([from, right])
    .paddingInner(GUTTER / step);
  return band.domain().map((i) => {
    const own = i === 0 && once ? axis : inside;
    return {
      x: (band(i) ?? from) - (i === 0 && once ? axis : 0),
      width: band.bandwidth() + (i === 0 && once ? axis : 0),
      plotLeft: own,
    };
  });
}
