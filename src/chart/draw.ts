import { el, join, type Markup, text } from "../markup/builder.js";
import type { ChartLayout } from "./layout.js";
import type { GroupNode, Ink, PathNode, SceneNode, TextNode } from "./scene.js";
import { chartStyle, type InksUsed, inkClass, inkColor, type Palette } from "./theme.js";

// Drawing prints the layout's scene and decides nothing: every place, size, color role and name is in
// it already. Colors are written as presentation attributes (every SVG consumer shows them), with a
// class per ink that the chart's CSS overrides for dark, print and forced colors.

const hiddenAttr = (hidden: boolean | undefined) => (hidden ? "true" : undefined);

/** What printing needs: the palette, and the ink classes printed so far, so the CSS names only those. */
interface Ctx {
  readonly palette: Palette;
  readonly used: InksUsed;
}

const ink = (ctx: Ctx, name: Ink, property: "fill" | "stroke") => {
  const cls = inkClass(name, property);
  ctx.used.set(cls, [name, property]);
  return cls;
};

/** One line of text, its leading value in bold where it has one (`48%` Favor…). */
const lineContent = (l: TextNode["lines"][number]): Markup[] =>
  l.bold ? [el("tspan", { "font-weight": "bold" }, text(l.bold)), text(l.text.slice(l.bold.length))] : [text(l.text)];

function drawText(node: TextNode, ctx: Ctx): Markup {
  const attrs = {
    class: ink(ctx, node.ink, "fill"),
    fill: inkColor(ctx.palette, node.ink),
    "font-size": node.size,
    "font-weight": node.bold ? "bold" : undefined,
    "text-anchor": node.anchor && node.anchor !== "start" ? node.anchor : undefined,
    "aria-hidden": hiddenAttr(node.hidden),
  };
  // A paragraph is one `<text>` (one node for a screen reader), a line per `<tspan>`; labels and ticks
  // are a `<text>` per line, in one group that carries the shared attributes.
  if (!node.separate)
    return el("text", attrs, ...node.lines.map((l) => el("tspan", { x: l.x, y: l.y }, ...lineContent(l))));
  return el("g", attrs, ...node.lines.map((l) => el("text", { x: l.x, y: l.y }, ...lineContent(l))));
}

/** A mark's or a group's ink classes and colors (a group's are what its marks draw with, unless their own). */
function paint(node: PathNode | GroupNode, ctx: Ctx) {
  const classes = [
    node.fill && node.fill !== "none" ? ink(ctx, node.fill, "fill") : "",
    node.stroke && node.stroke !== "none" ? ink(ctx, node.stroke, "stroke") : "",
    node.classes ?? "",
  ]
    .filter(Boolean)
    .join(" ");
  // Three values, not an object to spread: a spread object in `el` is read forty times slower.
  return [
    classes || undefined,
    node.fill ? inkColor(ctx.palette, node.fill) : undefined,
    node.stroke ? inkColor(ctx.palette, node.stroke) : undefined,
  ] as const;
}

function drawPath(node: PathNode, ctx: Ctx): Markup {
  const [classes, fill, stroke] = paint(node, ctx);
  return el("path", {
    class: classes,
    d: node.d,
    fill,
    "fill-opacity": node.opacity,
    stroke,
    "stroke-width": stroke && node.width,
    "stroke-dasharray": node.dash,
    "stroke-linejoin": node.round ? "round" : undefined,
    "stroke-linecap": node.round ? "round" : undefined,
    role: node.label ? "graphics-symbol" : undefined,
    "aria-label": node.label,
    "aria-hidden": hiddenAttr(node.hidden),
  });
}

function drawGroup(node: GroupNode, ctx: Ctx): Markup {
  const [classes, fill, stroke] = paint(node, ctx);
  return el(
    "g",
    {
      class: classes,
      fill,
      stroke,
      "stroke-width": stroke && node.width,
      role: node.role,
      "aria-label": node.label,
      "aria-hidden": hiddenAttr(node.hidden),
    },
    ...node.children.map((child) => drawNode(child, ctx)),
  );
}

function drawNode(node: SceneNode, ctx: Ctx): Markup {
  if (node.kind === "text") return drawText(node, ctx);
  if (node.kind === "path") return drawPath(node, ctx);
  return drawGroup(node, ctx);
}

/**
 * Prints primitives of a scene with a palette, adding each ink class printed to `used` (for the CSS that
 * names only those): for a figure of several plots, such as small multiples.
 */
export const drawScene = (nodes: readonly SceneNode[], palette: Palette, used: InksUsed): string =>
  join(nodes.map((node) => drawNode(node, { palette, used })));

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
  const ctx: Ctx = { palette, used: new Map() };
  const body = join(layout.scene.map((node) => drawNode(node, ctx)));
  const tag = layout.trend.lang;
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
      el("style", {}, text(chartStyle(id, o, layout.series.length, ctx.used))),
    );
    return svg.slice(0, -"</svg>".length);
  };
  return { open, body };
}
