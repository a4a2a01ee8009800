import { LABEL_SIZE } from "./labels.js";
import { axesNodes, directLabelNodes, eventNodes, legendNodes, textNode } from "./paint-frame.js";
import { seriesInks, seriesNodes } from "./paint-series.js";
import type { SeriesLayout } from "./place.js";
import type { SceneNode } from "./scene.js";

import { VALUE_TEXT_GAP } from "./sizes.js";
import type { Prepared } from "./plan.js";
import type { ChartLayout } from "./layout-types.js";
import { flatten } from "../model/list.js";

// Every primitive of a laid-out chart, in drawing order, from its geometry and its plan.

/** Every primitive of a laid-out chart, in drawing order: under the lines the grid, over them the key. */
export function scene(l: Omit<ChartLayout, "scene">, p: Prepared): SceneNode[] {
  const { width: W, height: H, plot, options: o } = l;
  const nodes: SceneNode[] = [];
  if (o.background === "solid")
    nodes.push({ kind: "path", d: `M0,0H${W}V${H}H0Z`, fill: "background", classes: "pt-bg", hidden: true });
  if (l.title.lines.length) nodes.push(textNode(l.title, "text", { bold: true, hidden: true }));
  nodes.push(axesNodes(plot, l.y, l.xTicks, l.yTicks, p.net));
  if (l.subtitle) nodes.push(textNode(l.subtitle, "muted"));
  nodes.push(...eventNodes(l.events.marks, l.events.top, plot, l.trend));
  const paint = { trend: l.trend, y: l.y, dashes: o.dashes };
  const painted = l.series.map((s) => seriesNodes(s, paint));
  // Bands under every series' dots, averages over them: a band never hides a dot, a dot never a line.
  nodes.push(
    ...flatten(painted.map((s) => s.under ?? [])),
    ...painted.map((s) => s.body),
    ...flatten(painted.map((s) => s.over ?? [])),
  );
  const value = (s: SeriesLayout) => (s.stale ? "" : p.keyValue(s));
  nodes.push(
    l.key.mode === "direct"
      ? directLabelNodes(l.key.labels, l.key.x, l.series, plot, value)
      : legendNodes(l.key.entries, l.key.x, l.key.y, l.series, value),
  );
  // A lone poll: its value beside its marker, so the point does not float in an empty frame unread.
  const only = l.series.length === 1 && l.series[0]?.points.length === 1 ? l.series[0] : undefined;
  const at = only?.points[0];
  if (only && at) {
    nodes.push({
      kind: "text",
      size: LABEL_SIZE,
      ink: seriesInks(only).line === "grey" ? "muted" : "text",
      bold: true,
      hidden: true,
      lines: [{ text: p.valueLabel(at.point.value), x: at.x + VALUE_TEXT_GAP, y: at.y + LABEL_SIZE / 3 }],
    });
  }
  for (const block of l.footer) nodes.push(textNode(block, "muted"));
  return nodes;
}
