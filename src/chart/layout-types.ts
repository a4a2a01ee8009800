import type { PreparedTrend } from "../trend/prepare.js";
import type { PercentScale, Tick, TimeScale } from "./axes.js";
import type { EventMark } from "./events.js";
import type { DirectLabel, LegendEntry } from "./labels.js";
import type { ResolvedOptions } from "./options.js";
import type { PlotBox, TextBlock } from "./paint-frame.js";
import type { SeriesLayout } from "./place.js";
import type { SceneNode } from "./scene.js";
import type { Palette } from "./theme.js";

// What a laid-out chart is: the one frozen object layout() returns.

/** The key: labels beside the lines' ends, or a legend above the plot. */
export type ChartKey =
  | { readonly mode: "direct"; readonly x: number; readonly labels: readonly DirectLabel[] }
  | { readonly mode: "legend"; readonly x: number; readonly y: number; readonly entries: readonly LegendEntry[] };

/**
 * Everything a chart draws, decided before drawing: one frozen object. `scene` holds every
 * primitive, placed, sized and named; drawing prints it and nothing else. The other fields are what the
 * scene was made from, for `poll-trend/dom` (its hit testing reads the series' placed polls) and tests.
 */
export interface ChartLayout {
  /** The prepared trend the chart draws: its dataset, facts, number formatter and words. */
  readonly trend: PreparedTrend;
  readonly options: ResolvedOptions;
  readonly palette: Palette;
  /** Below 480 px: a key above the plot, fewer and shorter time ticks. */
  readonly narrow: boolean;
  readonly width: number;
  readonly height: number;
  readonly title: TextBlock;
  readonly subtitle?: TextBlock;
  /** The footer: one block per paragraph (source, notes), so each reads as its own sentence. */
  readonly footer: readonly TextBlock[];
  readonly plot: PlotBox;
  readonly x: TimeScale;
  readonly y: PercentScale;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** Events, their rules and labels; `top` is where the first row of labels starts. */
  readonly events: { readonly marks: readonly EventMark[]; readonly top: number };
  readonly key: ChartKey;
  readonly series: readonly SeriesLayout[];
  /** The chart's accessible name: the title, or with `frame: "plot"` "Line chart of …". */
  readonly name: string;
  /**
   * The chart's notes, unwrapped, each a sentence: what the marks show, the averages' method (which the
   * footer leaves out, for the report and the summary to say), and events named. The source line is not
   * one of them.
   */
  readonly notes: readonly string[];
  /** The short description: the alt text, at most 160 characters (unless a series' name alone is longer). */
  readonly description: string;
  /** How the value axis writes a value: "48%", or a net value "+8". */
  readonly valueLabel: (value: number) => string;
  /** Every primitive drawn, in drawing order. */
  readonly scene: readonly SceneNode[];
}
