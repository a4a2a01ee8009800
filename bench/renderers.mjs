// The four renderers compared by `npm run bench`, each from the same raw dataset to an SVG string.
import { averages } from "poll-trend/average"; // trackers draw their poll average
import * as Plot from "@observablehq/plot";
import { scaleLinear, scaleUtc } from "d3-scale";
import { regressionLoess } from "d3-regression";
import { line } from "d3-shape";
import { JSDOM } from "jsdom";
import { renderTrendChart } from "poll-trend";
import * as vega from "vega";
import { compile } from "vega-lite";

const WIDTH = 640;
const HEIGHT = 420;
const rows = (dataset) =>
  dataset.series.flatMap((s) =>
    s.points.map((p) => ({ series: s.label, date: new Date(`${p.date}T00:00:00Z`), value: p.value })),
  );

/** poll-trend itself, validating the raw input every time. */
export const pollTrend = (dataset) => renderTrendChart(dataset, { averages });

/** The floors' tick labels: d3's own ticks and formats. */
function tickLabels(x, y) {
  const xf = x.tickFormat();
  let svg = "";
  for (const t of x.ticks()) svg += `<text x="${x(t).toFixed(2)}" y="${HEIGHT - 10}">${xf(t)}</text>`;
  for (const t of y.ticks()) svg += `<text x="10" y="${y(t).toFixed(2)}">${t}%</text>`;
  return svg;
}

/** The floor: d3 scaleUtc + scaleLinear + line(), emitting only paths, circles and tick labels. */
export function floor(dataset) {
  const data = rows(dataset);
  const x = scaleUtc()
    .domain([data[0].date, data[data.length - 1].date].sort((a, b) => a - b))
    .range([40, WIDTH - 20]);
  const y = scaleLinear()
    .domain([0, 100])
    .range([HEIGHT - 30, 20]);
  const path = line()
    .x((d) => x(d.date))
    .y((d) => y(d.value));
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">`;
  for (const s of dataset.series)
    svg += `<path fill="none" stroke="#000" d="${path(data.filter((d) => d.series === s.label))}"/>`;
  for (const d of data) svg += `<circle cx="${x(d.date).toFixed(2)}" cy="${y(d.value).toFixed(2)}" r="3"/>`;
  return `${svg}${tickLabels(x, y)}</svg>`;
}

const { document } = new JSDOM("").window;

/** A Plot chart of the given marks, with a reused jsdom document. */
const plotOf = (marks) =>
  Plot.plot({ document, width: WIDTH, height: HEIGHT, y: { domain: [0, 100], grid: true, label: "Percent" }, marks })
    .outerHTML;

/** Observable Plot: a line and dots per series. */
export function plot(dataset) {
  const data = rows(dataset);
  return plotOf([
    Plot.lineY(data, { x: "date", y: "value", stroke: "series" }),
    Plot.dot(data, { x: "date", y: "value", fill: "series" }),
  ]);
}

const spec = compile({
  width: WIDTH,
  height: HEIGHT,
  data: { name: "table" },
  encoding: {
    x: { field: "date", type: "temporal" },
    y: { field: "value", type: "quantitative", scale: { domain: [0, 100] } },
    color: { field: "series" },
  },
  layer: [{ mark: "line" }, { mark: "point" }],
}).spec;
const runtime = vega.parse(spec);

/** Vega-Lite compiled once; each render is a new vega.View(...).toSVG(). */
export async function vegaLite(dataset) {
  const view = new vega.View(runtime, { renderer: "none" }).data("table", rows(dataset));
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** One d3-regression LOESS per series (window 60 days or 30 polls, whichever is wider), as the floor's average. */
function loessLines(dataset) {
  return dataset.series.map((s) =>
    regressionLoess()
      .x((p) => Date.parse(p.date))
      .y((p) => p.value)
      .bandwidth(Math.max(30 / s.points.length, 60 / 1460))([...s.points].sort((a, b) => (a.date < b.date ? -1 : 1))),
  );
}

/**
 * The tracker floor: the same dots, and a d3-shape line through a d3-regression LOESS per series,
 * computed inside the timing (an average's cost is most of a tracker's).
 */
export function trackerFloor(dataset) {
  const data = rows(dataset);
  const times = data.map((d) => d.date.getTime());
  const x = scaleUtc()
    .domain([new Date(Math.min(...times)), new Date(Math.max(...times))])
    .range([40, WIDTH - 20]);
  const y = scaleLinear()
    .domain([0, 100])
    .range([HEIGHT - 30, 20]);
  const path = line()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]));
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">`;
  for (const d of data) svg += `<circle cx="${x(d.date).toFixed(2)}" cy="${y(d.value).toFixed(2)}" r="2"/>`;
  for (const average of loessLines(dataset)) svg += `<path fill="none" stroke="#000" d="${path(average)}"/>`;
  return `${svg}${tickLabels(x, y)}</svg>`;
}

/** Observable Plot drawing the same dots and its windowY moving average (120 polls, about 60 days here). */
export function trackerPlot(dataset) {
  const data = rows(dataset);
  return plotOf([
    Plot.dot(data, { x: "date", y: "value", fill: "series", r: 2 }),
    Plot.lineY(data, Plot.windowY({ k: 120, reduce: "mean" }, { x: "date", y: "value", stroke: "series" })),
  ]);
}

export const renderers = { "poll-trend": pollTrend, floor, "Observable Plot": plot, "Vega-Lite": vegaLite };

/** The tracker case's renderers: poll-trend draws dots, LOESS averages and bands from raw input. */
export const trackerRenderers = { "poll-trend": pollTrend, floor: trackerFloor, "Observable Plot": trackerPlot };
