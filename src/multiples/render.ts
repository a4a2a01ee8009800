import { drawScene } from "../chart/draw.js";
import { legendNodes, textNode } from "../chart/paint-frame.js";
import type { SeriesLayout } from "../chart/place.js";
import { hash } from "../chart/render.js";
import type { SceneNode } from "../chart/scene.js";
import { chartStyle, type InksUsed, schemePalettes } from "../chart/theme.js";
import { enMultiples } from "../language/en-multiples.js";
import { el, num, text, trusted } from "../markup/builder.js";
import type { PollDataset } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { layoutSmallMultiples, type MultiplesLayout } from "./layout.js";
import type { MultiplesOptions } from "./options.js";

// Small multiples drawn: the frame (title, subtitle, key, footer) and each panel in a group of its own,
// moved to its place, holding its series and their polls: a tree of panels, then series, then polls.

/** The frame's primitives above the grid: background, title, subtitle, key. */
function head(l: MultiplesLayout): SceneNode[] {
  const nodes: SceneNode[] = [];
  if (l.options.background === "solid")
    nodes.push({
      kind: "path",
      d: `M0,0H${l.width}V${l.height}H0Z`,
      fill: "background",
      classes: "pt-bg",
      hidden: true,
    });
  nodes.push(textNode(l.title, "text", { bold: true, hidden: true }));
  if (l.subtitle) nodes.push(textNode(l.subtitle, "muted"));
  // The key's entries are colors and markers, not series of one plot: a stand-in per color slot.
  const slots = l.keyLabels.map((_, slot) => ({ color: slot, index: slot }) as unknown as SeriesLayout);
  if (l.key.entries.length) nodes.push(legendNodes(l.key.entries, l.title.x, l.key.y, slots, () => ""));
  return nodes;
}

/** Draws a layout of small multiples as a standalone SVG document, its id none of those `taken` (a page's). */
export function drawSmallMultiples(l: MultiplesLayout, taken?: (id: string) => boolean): string {
  const { options: o, width: W, height: H, trend } = l;
  const palette = schemePalettes(o.palette)[o.colorScheme === "dark" ? "dark" : "light"];
  const used: InksUsed = new Map();
  const top = drawScene(head(l), palette, used);
  const panels = l.panels.map((p) =>
    el(
      "g",
      {
        class: "pt-panel",
        transform: `translate(${num(p.x)},${num(p.y)})`,
        role: "graphics-object",
        "aria-label": p.label,
      },
      trusted(drawScene([...p.header.nodes, ...p.chart.scene], palette, used)),
    ),
  );
  const footer = drawScene(
    l.footer.map((block) => textNode(block, "muted")),
    palette,
    used,
  );
  const body = `${top}${panels.join("")}${footer}`;
  const base = o.idPrefix ?? `pt-${hash(body, l.description)}`;
  let id = base;
  for (let n = 2; taken?.(id); n++) id = `${base}-${n}`;
  const words = trend.language.multiples ?? enMultiples;
  const tag = trend.lang;
  const open = el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      id,
      viewBox: `0 0 ${W} ${H}`,
      width: W,
      height: H,
      role: "graphics-document",
      "aria-roledescription": words.roleDescription,
      "aria-labelledby": `${id}-title`,
      "aria-describedby": `${id}-desc`,
      lang: tag,
      "xml:lang": tag,
      "font-family": o.fontFamily,
    },
    el("title", { id: `${id}-title` }, text(trend.title)),
    el("desc", { id: `${id}-desc` }, text(l.description)),
    el("style", {}, text(chartStyle(id, o, trend.dataset.series.length, used))),
  );
  return `${open.slice(0, -"</svg>".length)}${body}</svg>`;
}

/**
 * Renders poll series as small multiples: one panel per series (or, with `by: "group"`, per group of
 * series), in a grid that fits the width (one column on a phone), on one shared value axis (or each its
 * own, `yDomain: "each"`) and one time axis, with plots that line up; one title, subtitle, key (by
 * group) and footer for the whole; each panel named with its latest value; and a description that
 * says which panel is highest and lowest now and which moved most. The data table of every series is
 * {@link renderDataTable}'s. Pure: same input, same bytes.
 *
 * @throws {PollDataError} when the data or an option is invalid, naming each.
 * @example
 * import { averages } from "poll-trend/average";
 * const issues = parseCsv(csv, { seriesColumn: "issue", valueColumns: ["net"], invalidRows: "skip" });
 * writeFileSync("issues.svg", renderSmallMultiples(issues, { averages, width: 640 }));
 * @example
 * // One panel per question, Democrats and Republicans in each, in one color each across panels.
 * renderSmallMultiples(apNorcUkraineByParty, { by: "group" });
 */
export function renderSmallMultiples(input: PollDataset | PreparedTrend, options?: MultiplesOptions): string {
  return drawSmallMultiples(layoutSmallMultiples(input, options));
}
