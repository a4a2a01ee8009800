import type { ChartLayout } from "../chart/layout-types.js";
import type { MultiplesLayout } from "./layout.js";
import { flatten } from "../model/list.js";

// Small multiples as one chart a page can walk: every panel's series in one list, their polls placed in
// the figure's coordinates, and each panel as the range of that list it holds. What poll-trend/dom reads
// of a chart (series, polls, their places, the words) is then the same for both.

/** A panel of a {@link FlatMultiples}: its accessible name and the series it holds, `from` to `to`. */
export interface FlatPanel {
  /** "Sending funds directly: Democrats 59% and Republicans 21%". */
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

/** Small multiples as one chart's layout, and the panels over its series. */
export interface FlatMultiples {
  readonly chart: ChartLayout;
  readonly panels: readonly FlatPanel[];
}

/**
 * Small multiples as one chart: its series, panel by panel, with each poll placed where the figure
 * draws it (the panel's corner added), the figure's width and height, and the panels as ranges of the
 * series. The first panel's layout gives the rest (the trend, options, palette and words are shared).
 *
 * @example
 * const { chart, panels } = flatMultiples(layoutSmallMultiples(apNorcUkraineByParty, { by: "group" }));
 * panels[0]; // { name: "Sending funds directly: Democrats 59% and Republicans 21%", from: 0, to: 1 }
 */
export function flatMultiples(l: MultiplesLayout): FlatMultiples {
  const panels: FlatPanel[] = [];
  const series = flatten(
    l.panels.map((p) => {
      const from = panels.length ? panels.at(-1)!.to + 1 : 0;
      panels.push({ name: p.label, from, to: from + p.chart.series.length - 1 });
      return p.chart.series.map((s) => ({
        ...s,
        // A series of a group's panel is named with its question: "Taking in refugees, Democrats".
        series: s.series.label === p.name ? s.series : { ...s.series, label: `${p.name}, ${s.series.label}` },
        points: s.points.map((point) => ({ ...point, x: point.x + p.x, y: point.y + p.y })),
      }));
    }),
  );
  const first = l.panels[0]!;
  // Named as a chart's tree is ("Line chart of …, span"): "Three panels, May 2022 to January 2023".
  return { chart: { ...first.chart, width: l.width, height: l.height, series, name: l.name }, panels };
}
