import { dataError } from "../model/error.js";
import { AVERAGES } from "../trend/options.js";
import type { TrendAverages } from "../trend/averages.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { hasWriter, type WordsAverages } from "../words/averages.js";
import type { PercentScale } from "./axes.js";
import type { PlacedPoint, SeriesLayout } from "./place.js";
import type { Ink, SceneNode } from "./scene.js";

// The contract of a tracker's marks, which come with poll-trend/average: what painting a series is
// given and gives back, and how the chart finds the painter in the trend's averages.

/**
 * A series painted: its group, and for a tracker its band (drawn under every series' dots) and its average (over them).
 */
export interface PaintedSeries {
  readonly under?: SceneNode;
  readonly body: SceneNode;
  readonly over?: SceneNode;
}

/** What a series' paint has decided before its marks: inks, line width and class, dash, each poll's label. */
export interface SeriesStyle {
  readonly line: Ink;
  readonly dot: Ink;
  readonly lineWidth: number;
  readonly lineClass: string;
  readonly dash: string | undefined;
  readonly label: (p: PlacedPoint) => string;
}

/** What painting a series needs of the layout. */
export interface SeriesPaint {
  readonly trend: PreparedTrend;
  readonly y: PercentScale;
  readonly dashes: boolean;
}

/** A tracker's marks: its polls as dots in the series' group, and its average's band and line apart. */
export type AveragePainter = (s: SeriesLayout, paint: SeriesPaint, style: SeriesStyle) => PaintedSeries;

/**
 * The poll average as the chart uses it: its numbers, its words and its marks. `averages` from
 * poll-trend/average is one.
 */
export interface ChartAverages extends WordsAverages {
  /** A tracker's dots, band and line. */
  readonly paint: AveragePainter;
}

/** Whether averages carry their words and marks. */
export const hasPainter = (averages: TrendAverages): averages is ChartAverages =>
  hasWriter(averages) && typeof (averages as Partial<ChartAverages>).paint === "function";

/**
 * The marks of the trend's averages, for a chart whose series have averages.
 *
 * @throws {PollDataError} at `options.averages` when the averages given cannot draw themselves.
 */
export function painterOf(t: PreparedTrend): AveragePainter {
  const { averages } = t.options;
  if (averages && hasPainter(averages)) return averages.paint;
  throw dataError([
    {
      path: ["options", "averages"],
      message: `expected ${AVERAGES}, which draw a tracker's dots, band and line; received averages without them`,
    },
  ]);
}
