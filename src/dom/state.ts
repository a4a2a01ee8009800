import type { ChartLayout } from "../chart/layout.js";
import type { FontMetrics } from "../font/metrics.js";
import type { PollDataset } from "../model/types.js";
import type { MountOptions } from "./options.js";
import type { ServerChart } from "./page.js";
import type { NavNode, NavTree, PollAt, TreePanel } from "./tree.js";
import type { View } from "./view.js";

/** A drawing of the chart: the layout the page reads, and its markup; small multiples' panels over its series. */
export interface Drawn {
  readonly chart: ChartLayout;
  readonly markup: string;
  readonly panels?: readonly TreePanel[];
}

/** Lays out and draws at a width, ids not `taken`: a chart (`drawAt`), or small multiples. */
export type Draw = (
  taken: (id: string) => boolean,
  data: PollDataset,
  o: MountOptions,
  width: number,
  metrics: FontMetrics | undefined,
) => Drawn;

/**
 * Everything one mounted chart holds, shared by its parts (drawing, showing, the reader's place, the
 * keyboard and pointer): its elements (a {@link View}), the page, what the chart is drawn from, what
 * is shown, and where the reader is. One record per mount, never shared between mounts.
 */
export interface MountState extends View {
  readonly doc: Document;
  readonly container: HTMLElement;
  /** Says words in the live region once moves settle. */
  readonly speak: { say(text: string): void; cancel(): void };
  /** What it draws with: a chart, or small multiples. */
  readonly draw: Draw;

  /** The dataset and options drawn, and the family the text is set in. */
  data: PollDataset;
  opts: MountOptions;
  family: string;
  /** The family as last measured in the page (none with `fontMetrics`): a redraw is due when it changes. */
  measured?: FontMetrics | undefined;
  /** Whether the page already uses an id, so a drawing must take another. */
  taken: (id: string) => boolean;
  /** A chart the server drew in the container, until the first drawing takes it over or replaces it. */
  server?: ServerChart | undefined;
  /** The first drawing, made while checking the data, shown once there is a width. */
  first?: Drawn | undefined;

  /** What is shown: its layout, tree, SVG, the group of the active marks, the ids' prefix, the width it fills. */
  chart?: ChartLayout | undefined;
  nav?: NavTree | undefined;
  svg?: SVGSVGElement | undefined;
  ring?: Element | undefined;
  prefix?: string | undefined;
  drawnWidth?: number | undefined;

  /** The reader's place in the tree, the poll last read (and its identity), the hovered poll. */
  at?: NavNode | undefined;
  lastPoll?: PollAt | undefined;
  lastKey?: string | undefined;
  hovered?: PollAt | undefined;
  /** A tap picked the place: it stays shown without focus. */
  pinned?: boolean | undefined;
  /** Escape hid the tooltip until the place changes. */
  dismissed?: boolean | undefined;
}
