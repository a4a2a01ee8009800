// The four renderers compared by `npm run bench`, each from the same raw dataset to an SVG string.
import * as Plot from "@observablehq/plot";
import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { JSDOM } from "jsdom";
import { renderTrendChart } from "poll-trend";
import * as vega from "vega";
import { compile } from "vega-lite";

const WIDTH = 640;
const HEIGHT = 420;
const rows = (dataset) => dataset.series.flatMap((s) => s.points.map((p) => ({ series: s.label, date: new Date(`${p.date}T00:00:00Z`), value: p.value })));

/** poll-trend itself, validating the raw input every time. */
export const pollTrend = (dataset) => renderTrendChart(dataset);

/** The floor: d3 scaleUtc + scaleLinear + line(), emitting only paths, circles and tick labels. */
export function floor(dataset) {
  const data = rows(dataset);
  const x = scaleUtc()
    .domain([data[0].date, data[data.length - 1].date].sort((a, b) => a - b))
    .range([40, WIDTH - 20]);
  const y = scaleLinear().domain([0, 100]).range([HEIGHT - 30, 20]);
  const path = line()
    .x((d) => x(d.date))
    .y((d) => y(d.value));
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">`;
  for (const s of dataset.series) svg += `<path fill="none" stroke="#000" d="${path(data.filter((d) => d.series === s.label))}"/>`;
  for (const d of data) svg += `<circle cx="${x(d.date).toFixed(2)}" cy="${y(d.value).toFixed(2)}" r="3"/>`;
  const xf = x.tickFormat();
  for (const t of x.ticks()) svg += `<text x="${x(t).toFixed(2)}" y="${HEIGHT - 10}">${xf(t)}</text>`;
  for (const t of y.ticks()) svg += `<text x="10" y="${y(t).toFixed(2)}">${t}%</text>`;
  return `${svg}</svg>`;
}

const { document } = new JSDOM("").window;

/** Observable Plot with a reused jsdom document. */
export function plot(dataset) {
  const data = rows(dataset);
  const chart = Plot.plot({
    document,
    width: WIDTH,
    height: HEIGHT,
    y: { domain: [0, 100], grid: true, label: "Percent" },
    marks: [Plot.lineY(data, { x: "date", y: "value", stroke: "series" }), Plot.dot(data, { x: "date", y: "value", fill: "series" })],
  });
  return chart.outerHTML;
}

const spec = compile({
  width: WIDTH,
  height: HEIGHT,
  data: { name: "table" },
  encoding: { x: { field: "date", type: "temporal" }, y: { field: "value", type: "quantitative", scale: { domain: [0, 100] } }, color: { field: "series" } },
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

export const renderers = { "poll-trend": pollTrend, floor, "Observable Plot": plot, "Vega-Lite": vegaLite };
