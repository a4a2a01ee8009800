import { el, join, type Markup, text } from "../markup/builder.js";
import type { ChartLayout } from "./layout.js";
import type { GroupNode, PathNode, SceneNode, TextNode } from "./scene.js";
import { chartStyle, inkClass, inkColor, type Palette } from "./theme.js";

// Drawing prints the layout's scene and decides nothing: every place, size, color role and name is in
// it already. Colors are written as presentation attributes (every SVG consumer shows them), with a
// class per ink that the chart's CSS overrides for dark, print and forced colors.

const hiddenAttr = (hidden: boolean | undefined) => (hidden ? "true" : undefined);

function drawText(node: TextNode, palette: Palette): Markup {
  const line = (l: TextNode["lines"][number], attrs: Record<string, string | number>) => {
    const rest = l.bold ? l.text.slice(l.bold.length) : l.text;
    return l.bold
      ? el("tspan", attrs, el("tspan", { "font-weight": "bold" }, text(l.bold)), text(rest))
      : el("tspan", attrs, text(rest));
  };
  const attrs = {
    class: inkClass(node.ink, "fill"),
    fill: inkColor(palette, node.ink),
    "font-size": node.size,
    "font-weight": node.bold ? "bold" : undefined,
    "text-anchor": node.anchor && node.anchor !== "start" ? node.anchor : undefined,
    "aria-hidden": hiddenAttr(node.hidden),
  };
  if (!node.separate) return el("text", attrs, ...node.lines.map((l) => line(l, { x: l.x, y: l.y })));
  // Labels and ticks: each line its own `<text>`, in one group that carries the shared attributes.
  const texts = node.lines.map((l) =>
    l.bold
      ? el(
          "text",
          { x: l.x, y: l.y },
          el("tspan", { "font-weight": "bold" }, text(l.bold)),
          text(l.text.slice(l.bold.length)),
        )
      : el("text", { x: l.x, y: l.y }, text(l.text)),
  );
  return el("g", attrs, ...texts);
}

function drawPath(node: PathNode, palette: Palette): Markup {
  const classes = [
    node.fill && node.fill !== "none" ? inkClass(node.fill, "fill") : "",
    node.stroke && node.stroke !== "none" ? inkClass(node.stroke, "stroke") : "",
    node.classes ?? "",
  ]
    .filter(Boolean)
    .join(" ");
  return el("path", {
    class: classes || undefined,
    d: node.d,
    fill: node.fill ? inkColor(palette, node.fill) : undefined,
    "fill-opacity": node.opacity,
    stroke: node.stroke ? inkColor(palette, node.stroke) : undefined,
    "stroke-width": node.stroke ? node.width : undefined,
    "stroke-dasharray": node.dash,
    "stroke-linejoin": node.round ? "round" : undefined,
    "stroke-linecap": node.round ? "round" : undefined,
    role: node.label ? "graphics-symbol" : undefined,
    "aria-label": node.label,
    "aria-hidden": hiddenAttr(node.hidden),
  });
}

function drawGroup(node: GroupNode, palette: Palette): Markup {
  return el(
    "g",
    { class: node.classes, role: node.role, "aria-label": node.label, "aria-hidden": hiddenAttr(node.hidden) },
    ...node.children.map((child) => drawNode(child, palette)),
  );
}

function drawNode(node: SceneNode, palette: Palette): Markup {
  if (node.kind === "text") return drawText(node, palette);
  if (node.kind === "path") return drawPath(node, palette);
  return drawGroup(node, palette);
}

/** A drawn chart: its body, which holds no id, and its opening (svg tag, title, desc, style), drawn for a given id. */
export interface DrawnChart {
  readonly open: (id: string) => string;
  readonly body: string;
}

/**
 * Draws a laid-out chart as a standalone SVG document, in two parts: only the opening names ids, so a
 * content hash can read the body once and the id is written in a few hundred bytes, not the whole chart.
 * It prints the layout's scene; `id` prefixes every id and scopes the CSS.
 */
export function drawChart(layout: ChartLayout): DrawnChart {
  const { palette, width: W, height: H, options: o } = layout;
  const body = join(layout.scene.map((node) => drawNode(node, palette)));
  const tag = layout.trend.words.tag;
  const open = (id: string) => {
    const svg = el(
      "svg",
      {
        xmlns: "http://www.w3.org/2000/svg",
        id,
        viewBox: `0 0 ${W} ${H}`,
        width: W,
        height: H,
        role: "graphics-document",
        "aria-roledescription": layout.trend.words.roleDescription,
        "aria-labelledby": `${id}-title`,
        "aria-describedby": `${id}-desc`,
        lang: tag,
        "xml:lang": tag,
        "font-family": o.fontFamily,
      },
      el("title", { id: `${id}-title` }, text(layout.name)),
      el("desc", { id: `${id}-desc` }, text(layout.description)),
      el("style", {}, text(chartStyle(id, o, layout.series.length))),
    );
    return svg.slice(0, -"</svg>".length);
  };
  return { open, body };
}
