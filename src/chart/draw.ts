import { area, line } from "d3-shape";
import { formatFullDate } from "../format/date.js";
import { el, join, type Markup, num, text } from "../markup/builder.js";
import { pollsterOf } from "../model/polls.js";
import { TICK_SIZE, type Tick } from "./axes.js";
import { EVENT_LINE, EVENT_SIZE } from "./events.js";
import { GLYPH, LABEL_LINE, LABEL_SIZE, SAMPLE } from "./labels.js";
import type { ChartLayout, TextBlock } from "./layout.js";
import type { PlacedEstimate, PlacedPoint, SeriesLayout } from "./place.js";
import { averageLabel, pointLabel, seriesLabel } from "./marks.js";
import { chartStyle, marker, markerPath, type Palette, seriesColor, seriesStyle } from "./theme.js";

// Lines and areas are d3-shape's, written with two decimals like every other coordinate.
const polyline = line<PlacedPoint>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(2);
const trend = line<PlacedEstimate | null>()
  .defined((e) => e !== null)
  .x((e) => (e as PlacedEstimate).x)
  .y((e) => (e as PlacedEstimate).y)
  .digits(2);
const band = area<PlacedEstimate | null>()
  .defined((e) => e !== null)
  .x((e) => (e as PlacedEstimate).x)
  .y0((e) => (e as PlacedEstimate).pollLower)
  .y1((e) => (e as PlacedEstimate).pollUpper)
  .digits(2);

/** Runs joined into one list with `null` between them, for `.defined()` to break the path. */
const broken = <T>(runs: readonly (readonly T[])[]): (T | null)[] =>
  runs.flatMap((run, i) => (i ? [null, ...run] : [...run]));

/** Lines of text as one `<text>` with a `<tspan>` per line, so a screen reader reads one sentence as one node. */
function textBlock(block: TextBlock, color: string, cls: string, extra: Record<string, string> = {}): Markup {
  // Each line but the last keeps its trailing space, so the sentence reads whole: "to Ukraine, and".
  const lines = block.lines.map((line, i) =>
    el(
      "tspan",
      { x: block.x, y: block.top + block.size * 0.8 + i * block.lineHeight },
      text(i < block.lines.length - 1 ? `${line} ` : line),
    ),
  );
  return el("text", { class: cls, fill: color, "font-size": block.size, ...extra }, ...lines);
}

function tickLabels(
  ticks: readonly Tick[],
  x: ((t: Tick) => number) | undefined,
  y: number | undefined,
  palette: Palette,
  anchor: string,
): Markup {
  const labels = ticks.map((t) => {
    const tx = x ? x(t) : t.position;
    const ty = y ?? t.position + 4;
    return el(
      "text",
      { x: tx, y: ty },
      ...t.lines.map((line, i) => (i === 0 ? text(line) : el("tspan", { x: tx, dy: 14 }, text(line)))),
    );
  });
  return el("g", { class: "pt-mu", fill: palette.muted, "font-size": TICK_SIZE, "text-anchor": anchor }, ...labels);
}

/** The value in bold, then the label, on as many lines as it wrapped to. */
function keyText(lines: readonly string[], x: number, top: number, value: string): Markup[] {
  return lines.map((line, i) => {
    const y = top + 12 + i * LABEL_LINE;
    if (i === 0 && line.startsWith(value))
      return el("text", { x, y }, el("tspan", { "font-weight": "bold" }, text(value)), text(line.slice(value.length)));
    return el("text", { x, y }, text(line));
  });
}

function drawKey(layout: ChartLayout): Markup {
  const { key, palette, series, format: f } = layout;
  const value = (index: number) => f.percent(series[index]?.latestValue ?? 0);
  if (key.mode === "legend") {
    const items = key.entries.map((entry) => {
      const x = key.x + entry.x;
      const y = key.y + entry.y + 8;
      const { dash } = seriesStyle(entry.index);
      return el(
        "g",
        {},
        el("path", {
          class: `pt-s${entry.index}`,
          d: `M${num(x)},${num(y)}h22`,
          stroke: seriesColor(palette, entry.index),
          "stroke-width": 2.5,
          "stroke-dasharray": dash || undefined,
          fill: "none",
        }),
        marker(entry.index, x + 11, y, palette),
        el(
          "g",
          { class: "pt-tx", fill: palette.text, "font-size": LABEL_SIZE },
          ...keyText(entry.lines, x + SAMPLE, key.y + entry.y, value(entry.index)),
        ),
      );
    });
    return el("g", { "aria-hidden": "true" }, ...items);
  }
  const { plot } = layout;
  const labels = key.labels.map((label) => {
    const s = series[label.index] as SeriesLayout;
    const end = s.averageRuns.at(-1)?.at(-1) ?? s.points.at(-1);
    const lx = end?.x ?? plot.right;
    const cy = label.top + 8;
    // A short, thin, muted leader only where a moved label sits beside a line ending at the plot's
    // edge, and only where no other series' line ends between the two: it must never read as data.
    const crosses = key.labels.some((o) => o !== label && (o.target - label.target) * (o.target - cy) < 0);
    const leader = plot.right - lx <= 24 && Math.abs(cy - label.target) > 3 && !crosses;
    return el(
      "g",
      {},
      ...(leader
        ? [
            el("path", {
              class: "pt-ax",
              d: `M${num(lx + 6)},${num(label.target)}L${num(key.x - 3)},${num(cy)}`,
              stroke: palette.axis,
              "stroke-width": 0.75,
              fill: "none",
            }),
          ]
        : []),
      marker(label.index, key.x + 5, label.top + 8, palette),
      el(
        "g",
        { class: "pt-tx", fill: palette.text, "font-size": LABEL_SIZE },
        ...keyText(label.lines, key.x + GLYPH, label.top, value(label.index)),
      ),
    );
  });
  return el("g", { "aria-hidden": "true" }, ...labels);
}

function drawEvents(layout: ChartLayout): Markup[] {
  const { events, plot, palette } = layout;
  return events.marks.map((mark) => {
    const top = events.top + mark.row * EVENT_LINE;
    const tx = mark.anchor === "start" ? mark.x + 4 : mark.x - 4;
    const lines = mark.lines.map((line, i) => el("text", { x: tx, y: top + 11 + i * EVENT_LINE }, text(line)));
    return el(
      "g",
      { role: "graphics-symbol", "aria-label": `Event, ${formatFullDate(mark.event.date)}: ${mark.event.label}` },
      el("path", {
        class: "pt-ax",
        d: `M${num(mark.x)},${num(top + 2)}V${num(plot.bottom)}`,
        stroke: palette.axis,
        "stroke-width": 1,
        "stroke-dasharray": "3 3",
        fill: "none",
      }),
      // The group's label says it all: the drawn text is not read a second time.
      el(
        "g",
        {
          class: "pt-mu",
          fill: palette.muted,
          "font-size": EVENT_SIZE,
          "text-anchor": mark.anchor,
          "aria-hidden": "true",
        },
        ...lines,
      ),
    );
  });
}

/** Margin-of-error bands between adjacent polls that both published one. */
function marginBands(s: SeriesLayout, clamp: (v: number) => number): string {
  const edge = area<PlacedPoint>()
    .x((p) => p.x)
    .y0((p) => clamp(p.point.value - (p.point.marginOfError ?? 0)))
    .y1((p) => clamp(p.point.value + (p.point.marginOfError ?? 0)))
    .digits(2);
  let d = "";
  for (const run of s.runs) {
    let stretch: PlacedPoint[] = [];
    for (const p of [...run, undefined]) {
      if (p && p.point.marginOfError !== undefined) stretch.push(p);
      else {
        if (stretch.length > 1) d += edge(stretch) ?? "";
        stretch = [];
      }
    }
  }
  return d;
}

/** The upper and lower edges of a band, as open paths: a mark of at least 3:1 where the band's fill is the only other one. */
function bandEdges<T>(
  runs: readonly (readonly T[])[],
  x: (p: T) => number,
  lower: (p: T) => number,
  upper: (p: T) => number,
): string {
  const edge = (y: (p: T) => number) => line<T>().x(x).y(y).digits(2);
  return runs
    .filter((run) => run.length > 1)
    .map((run) => `${edge(upper)(run)}${edge(lower)(run)}`)
    .join("");
}

function drawSeries(layout: ChartLayout, s: SeriesLayout): Markup {
  const { palette, y, format: f, dataset } = layout;
  const i = s.index;
  const color = seriesColor(palette, i);
  const { dash } = seriesStyle(i);
  const clamp = (v: number) => y(Math.max(y.lo, Math.min(y.hi, v)));
  const hidden = { "aria-hidden": "true" } as const;
  const parts: Markup[] = [];
  const several = new Set(s.series.points.map((p) => pollsterOf(p, dataset))).size > 1;
  const label = (p: PlacedPoint) =>
    pointLabel(s.series, p.point, f, several ? pollsterOf(p.point, dataset) : undefined);

  if (s.average) {
    // A tracker: its band and average line, then every poll as a small, lighter dot.
    const runs = s.averageRuns.filter((run) => run.length > 1);
    const shade = band(broken(runs)) ?? "";
    const edges = bandEdges(
      runs,
      (e) => e.x,
      (e) => e.pollLower,
      (e) => e.pollUpper,
    );
    const average = [
      el("path", { class: `pt-f${i} pt-band`, d: shade, fill: color, "fill-opacity": 0.14, ...hidden }),
      el("path", {
        class: `pt-s${i}`,
        d: edges,
        fill: "none",
        stroke: color,
        "stroke-width": 0.75,
        "stroke-dasharray": "2 2",
        ...hidden,
      }),
      el("path", {
        class: `pt-s${i}`,
        d: trend(broken(runs)) ?? "",
        fill: "none",
        stroke: color,
        "stroke-width": 2.5,
        "stroke-dasharray": dash || undefined,
        "stroke-linejoin": "round",
        "stroke-linecap": "round",
        ...hidden,
      }),
    ];
    parts.push(el("g", { role: "graphics-object", "aria-label": averageLabel(s, f) }, ...average));
    const dot = (p: PlacedPoint) => markerPath(seriesStyle(i).shape, p.x, p.y, 2.5);
    if (s.perPoll) {
      for (const p of s.points)
        parts.push(
          el("path", {
            class: `pt-f${i} pt-dot`,
            d: dot(p),
            fill: color,
            "fill-opacity": 0.5,
            role: "graphics-symbol",
            "aria-label": label(p),
          }),
        );
    } else
      parts.push(
        el("path", {
          class: `pt-f${i} pt-dot`,
          d: s.points.map(dot).join(""),
          fill: color,
          "fill-opacity": 0.5,
          ...hidden,
        }),
      );
    return el(
      "g",
      { class: `pt-group pt-group-${i}`, role: "graphics-object", "aria-label": seriesLabel(s, f) },
      ...parts,
    );
  }

  if (s.bands) {
    const d = marginBands(s, clamp);
    if (d) parts.push(el("path", { class: `pt-f${i} pt-band`, d, fill: color, "fill-opacity": 0.14, ...hidden }));
    if (d && !s.bars) {
      // Without error bars the band's fill (about 1.2:1) would be the only mark of uncertainty: give it edges.
      const withMargins = s.runs.map((run) => run.filter((p) => p.point.marginOfError !== undefined));
      const edges = bandEdges(
        withMargins,
        (p) => p.x,
        (p) => clamp(p.point.value - (p.point.marginOfError ?? 0)),
        (p) => clamp(p.point.value + (p.point.marginOfError ?? 0)),
      );
      parts.push(
        el("path", {
          class: `pt-s${i}`,
          d: edges,
          fill: "none",
          stroke: color,
          "stroke-width": 0.75,
          "stroke-dasharray": "2 2",
          ...hidden,
        }),
      );
    }
  }
  if (s.bars) {
    let bars = "";
    for (const p of s.points) {
      const m = p.point.marginOfError;
      if (m === undefined) continue;
      const [top, bottom, px] = [num(clamp(p.point.value + m)), num(clamp(p.point.value - m)), num(p.x)];
      bars += `M${px},${top}V${bottom}M${num(p.x - 3)},${top}h6M${num(p.x - 3)},${bottom}h6`;
    }
    if (bars)
      parts.push(
        el("path", { class: `pt-s${i}`, d: bars, stroke: color, "stroke-width": 1.25, fill: "none", ...hidden }),
      );
  }
  const d = s.runs.map((run) => (run.length > 1 ? (polyline(run) ?? "") : "")).join("");
  if (d)
    parts.push(
      el("path", {
        class: `pt-s${i}`,
        d,
        fill: "none",
        stroke: color,
        "stroke-width": 2.5,
        "stroke-dasharray": dash || undefined,
        "stroke-linejoin": "round",
        "stroke-linecap": "round",
        ...hidden,
      }),
    );
  for (const p of s.shown) {
    parts.push(
      marker(
        i,
        p.x,
        p.y,
        palette,
        { role: "graphics-symbol", "aria-label": label(p) },
        s.hollow && p.point.marginOfError === undefined,
      ),
    );
  }
  return el(
    "g",
    { class: `pt-group pt-group-${i}`, role: "graphics-object", "aria-label": seriesLabel(s, f) },
    ...parts,
  );
}

/** A drawn chart: its body, which holds no id, and its opening (svg tag, title, desc, style), drawn for a given id. */
export interface DrawnChart {
  readonly open: (id: string) => string;
  readonly body: string;
}

/**
 * Draws a laid-out chart as a standalone SVG document, in two parts: only the opening names ids, so a
 * content hash can read the body once and the id is written in a few hundred bytes, not the whole chart.
 * It only reads the layout; `id` prefixes every id and scopes the CSS.
 */
export function drawChart(layout: ChartLayout): DrawnChart {
  const { palette, plot, width: W, height: H, options: o } = layout;
  const decoration = el(
    "g",
    { "aria-hidden": "true" },
    el("rect", { class: "pt-bg", width: W, height: H, fill: o.background === "solid" ? palette.background : "none" }),
    ...(layout.title.lines.length ? [textBlock(layout.title, palette.text, "pt-tx", { "font-weight": "bold" })] : []),
    el("path", {
      class: "pt-gr",
      d: layout.yTicks.map((t) => `M${num(plot.left)},${num(t.position)}H${num(plot.right)}`).join(""),
      stroke: palette.grid,
      "stroke-width": 1,
      fill: "none",
    }),
    el("path", {
      class: "pt-ax",
      d: `M${num(plot.left)},${num(plot.bottom)}H${num(plot.right)}${layout.xTicks.map((t) => `M${num(t.position)},${num(plot.bottom)}v5`).join("")}`,
      stroke: palette.axis,
      "stroke-width": 1,
      fill: "none",
    }),
    tickLabels(layout.yTicks, () => plot.left - 8, undefined, palette, "end"),
    tickLabels(layout.xTicks, (t) => t.labelAt ?? t.position, plot.bottom + 18, palette, "middle"),
  );
  const body = join([
    decoration,
    ...(layout.subtitle ? [textBlock(layout.subtitle, palette.muted, "pt-mu")] : []),
    drawKey(layout),
    ...drawEvents(layout),
    ...layout.series.map((s) => drawSeries(layout, s)),
    ...layout.footer.map((block) => textBlock(block, palette.muted, "pt-mu")),
  ]);
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
        "aria-roledescription": "line chart",
        "aria-labelledby": `${id}-title`,
        "aria-describedby": `${id}-desc`,
        lang: "en",
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
