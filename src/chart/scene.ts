// What a chart draws, as positioned primitives: the layout decides every one of them (place, size,
// color role, accessible name), and drawing only prints them (draw.ts). Every number here is final.

/**
 * A color by its role, resolved against the scheme's palette when drawn (and by CSS for dark, print and
 * forced colors): text, muted text, grid, axis, the zero line, the background, the grey of series not
 * highlighted, a series' color (`s0`), its lighter dot color (`d0`) or its band's tint (`b0`), or nothing.
 */
export type Ink =
  | "text"
  | "muted"
  | "grid"
  | "axis"
  | "zero"
  | "background"
  | "grey"
  | "grey-dot"
  | `s${number}`
  | `d${number}`
  | `b${number}`
  | "none";

/** One line of text at its baseline; `bold` is a prefix of `text` drawn bold (a key's value). */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly bold?: string;
}

/** Text: one `<text>` whose lines are `<tspan>`s, so a sentence is one node for a screen reader. */
export interface TextNode {
  readonly kind: "text";
  readonly lines: readonly TextLine[];
  readonly size: number;
  readonly ink: Ink;
  readonly anchor?: "start" | "middle" | "end";
  readonly bold?: boolean;
  /** Each line its own `<text>` (labels, ticks), rather than one `<text>` of `<tspan>` lines (a sentence). */
  readonly separate?: boolean;
  /** Decoration a screen reader skips. */
  readonly hidden?: boolean;
}

/** A path: lines and areas as path data already written from their coordinates (two decimals). */
export interface PathNode {
  readonly kind: "path";
  readonly d: string;
  readonly stroke?: Ink;
  readonly fill?: Ink;
  readonly width?: number;
  readonly dash?: string;
  readonly opacity?: number;
  /** Classes beyond the ink's: `pt-line1` (dashed under forced colors), `pt-band`. */
  readonly classes?: string;
  readonly round?: boolean;
  readonly hidden?: boolean;
  /** An accessible name, for a mark a reader can reach (a poll's dot). */
  readonly label?: string;
}

/**
 * A group: a series, an average, an event, the key; with its role and accessible name, and the inks its
 * marks draw with unless they say their own (a series' dots: one fill, outline and width for all of them).
 */
export interface GroupNode {
  readonly kind: "group";
  readonly fill?: Ink;
  readonly stroke?: Ink;
  readonly width?: number;
  readonly children: readonly SceneNode[];
  readonly role?: "graphics-object" | "graphics-symbol";
  readonly label?: string;
  readonly hidden?: boolean;
  readonly classes?: string;
}

export type SceneNode = TextNode | PathNode | GroupNode;

/** Marker shapes, one per series in turn, told apart without color (WCAG 1.4.1). */
export const SHAPES = ["circle", "square", "triangle", "diamond", "triangle-down", "plus"] as const;
export type MarkerShape = (typeof SHAPES)[number];
