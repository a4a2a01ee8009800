import type { PollEvent } from "../model/types.js";
import type { TextMeasure } from "./text.js";

export const EVENT_SIZE = 12;
export const EVENT_LINE = 15;
/** Narrower than this beside its rule, an event's label moves to the footer, by name. */
const MIN_LABEL_WIDTH = 72;
/** At most this many rows of event labels: a label that needs more is named in the footer instead. */
const MAX_ROWS = 3;

/** An event placed above the plot: its rule's x, and its label's lines, side and row. */
export interface EventMark {
  readonly event: PollEvent;
  /** The x of its rule. */
  readonly x: number;
  /** Its label's lines; none when it is named in the footer instead (`inFooter`). */
  readonly lines: readonly string[];
  /** `"start"`: the label is right of the rule; `"end"`: left of it. */
  readonly anchor: "start" | "end";
  /** The first row its label takes, counted from the top of the event area. */
  readonly row: number;
  /** When the label could not sit beside its rule: the rule is drawn, and the footer names the event. */
  readonly inFooter?: true;
}

interface Block {
  readonly row: number;
  readonly rows: number;
  readonly start: number;
  readonly end: number;
  readonly x: number;
}

/**
 * Places event labels in rows above the plot, from `left` to `right`: each beside its rule (right of
 * it where it fits, else left), wrapped rather than cut, in the first row where it overlaps no other
 * label and no other event's rule crosses it. Two labels never stack into what reads as one: a label
 * is not put right under another whose extent it overlaps. A label with no room is named in the
 * footer instead (never a bare number at the rule). Returns the marks and the number of rows.
 */
export function placeEvents(
  events: readonly PollEvent[],
  xOf: (event: PollEvent) => number,
  left: number,
  right: number,
  measure: TextMeasure,
): { marks: EventMark[]; rows: number } {
  const blocks: Block[] = [];
  const marks: EventMark[] = [];
  const fits = (b: Block) =>
    blocks.every((o) => {
      const sharesRows = b.row < o.row + o.rows && o.row < b.row + b.rows;
      if (sharesRows && b.start < o.end + 8 && o.start < b.end + 8) return false;
      // A rule runs down from its label through every row below it.
      if (o.row < b.row && o.x > b.start - 4 && o.x < b.end + 4) return false;
      if (b.row < o.row && b.x > o.start - 4 && b.x < o.end + 4) return false;
      // Right under another label and overlapping it, the two read as one label of two lines.
      if (b.row === o.row + o.rows && b.start < o.end + 8 && o.start < b.end + 8) return false;
      return true;
    });
  for (const event of events) {
    const x = xOf(event);
    const sides = [
      { anchor: "start" as const, space: right - x - 4 },
      { anchor: "end" as const, space: x - 4 - left },
    ];
    let placed: EventMark | undefined;
    for (const { anchor, space } of sides) {
      if (space < MIN_LABEL_WIDTH && measure.width(event.label, EVENT_SIZE) > space) continue;
      const lines = measure.wrap(event.label, space, EVENT_SIZE);
      const width = measure.widest(lines, EVENT_SIZE);
      const [start, end] = anchor === "start" ? [x + 4, x + 4 + width] : [x - 4 - width, x - 4];
      for (let row = 0; row + lines.length <= MAX_ROWS && !placed; row++) {
        const block = { row, rows: lines.length, start, end, x };
        if (!fits(block)) continue;
        blocks.push(block);
        placed = { event, x, lines, anchor, row };
      }
      if (placed) break;
    }
    // No room beside the rule: the rule is drawn, and the footer names the event.
    marks.push(placed ?? { event, x, lines: [], anchor: "start", row: 0, inFooter: true });
  }
  const rows = blocks.reduce((max, b) => Math.max(max, b.row + b.rows), 0);
  return { marks, rows };
}
