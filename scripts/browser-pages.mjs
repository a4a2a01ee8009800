// The pages npm run check:browser loads: a plain page, the report, a mounted tracker, a page of app
// layouts (cards, flex, grid, a hidden tab, server render then enhance, figures, a clipping column, the
// web component), and a themed page (the site's own dark mode, a brand web font, print).
import { averages } from "poll-trend/average"; // trackers draw their poll average
import { apNorcUkraineSupportEs, spanish } from "poll-trend/es";
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import {
  apNorcUkraineSupport,
  parseCsv,
  renderDataTable,
  renderReport,
  renderTrendChart,
  renderTrendFigure,
} from "poll-trend";

export const tracker = parseCsv(readFileSync(new URL("../test/data/approval-tracker.csv", import.meta.url), "utf8"), {
  title: "Trump’s approval stayed below his disapproval",
  source: "FiveThirtyEight",
});

/** poll-trend/dom and poll-trend/element as one script, as a page's bundler would make them (window.PT.mountTrendChart, window.PT.mountFigure). */
const bundle = await build({
  stdin: {
    contents:
      'import { mountFigure, mountTrendChart } from "poll-trend/dom"; import { averages } from "poll-trend/average"; import "poll-trend/element"; window.PT = { mountFigure: (c, o) => mountFigure(c, { averages, ...o }), mountTrendChart: (c, d, o) => mountTrendChart(c, d, { averages, ...o }) };',
    resolveDir: new URL(".", import.meta.url).pathname,
    loader: "js",
  },
  bundle: true,
  minify: true,
  format: "iife",
  write: false,
  logLevel: "error",
});
export const script = new TextDecoder().decode(bundle.outputFiles[0].contents).replace(/<\/script/gi, "<\\/script");
const json = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

/** A page: the reader's light, dark or forced colors through `color-scheme: light dark` unless `scheme` says else. */
export const shell = (body, { scheme = "light dark", head = "" } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Chart</title>
<style>:root{color-scheme:${scheme}}body{margin:0;background:Canvas;color:CanvasText;font:16px/1.5 Helvetica,Arial,sans-serif}main{padding:16px}h1{font-size:1rem;margin:0 0 8px}h2{font-size:1rem;margin:24px 0 8px}${head}</style></head><body><main><h1>Poll chart</h1>${body}</main></body></html>`;

// The report's inlined script mounts any figure marked data-poll-trend: a page that mounts the tracker.
const reportScript = /<script>([\s\S]*)<\/script><\/body>/.exec(renderReport(tracker, { averages }))?.[1] ?? "";
// In a flex row beside a sidebar: the chart must let its flex item shrink, and redraw to fit.
const mountedTracker = shell(
  `<div style="display:flex;gap:16px"><aside style="flex:0 0 1.5rem">§</aside><figure data-poll-trend aria-label="Chart" style="margin:0;flex:1"><div class="pt-live"></div><script type="application/json">${json({ dataset: tracker, options: { colorScheme: "auto", idPrefix: "tracker" } })}</script></figure></div><script>${reportScript}</script>`,
);

/** The width the server draws at for the server-render case: a fixed box that fits a 320 px page. */
export const SERVER_WIDTH = 288;

/** The app page: every container an app has, each mounted by the page's own script, at the end. */
const app = shell(
  `<h2>A padded, bordered card</h2><div class="card" id="card"></div>
<h2>A card with content-box sizing and padding 0 16px</h2><div class="card cb" id="card2"></div>
<h2>A flex row</h2><div class="row"><aside>§</aside><div id="flex"></div></div>
<h2>A grid</h2><div class="grid"><div id="grid1"></div><div id="grid2"></div></div>
<h2>A tab shown later</h2><button type="button" id="show-tab">Show the chart</button><div id="tab" hidden><div id="tabbed"></div></div>
<h2>Server render, then enhance</h2><div id="server" style="width:${SERVER_WIDTH}px;max-width:100%">${renderTrendChart(apNorcUkraineSupport, { width: SERVER_WIDTH, colorScheme: "auto" })}</div>
<h2>A static figure, no script</h2><div id="figure-static">${renderTrendFigure(apNorcUkraineSupport, { colorScheme: "auto", idPrefix: "fig" })}</div>
<h2>A figure, enhanced</h2><div id="figure-live">${renderTrendFigure(apNorcUkraineSupport, { colorScheme: "auto", idPrefix: "figlive" })}</div>
<h2>A column with overflow hidden</h2><div class="columns"><div id="column"></div><p>Text beside the chart.</p></div>
<h2>The web component</h2><poll-trend-chart color-scheme="auto" table="lab-table"><script type="application/json">${json(apNorcUkraineSupport)}</script></poll-trend-chart>
<h2>Data</h2><div id="lab-table" role="region" aria-label="Data table" tabindex="0" style="overflow-x:auto">${renderDataTable(apNorcUkraineSupport)}</div>
<script>${script}</script>
<script>{
const server = document.querySelector("#server svg");
// An expando, not an attribute: the element is the same one after mounting only if it is kept.
server.fromServer = true;
window.serverHeight = document.getElementById("server").getBoundingClientRect().height;
window.drawnWidths = [];
new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) { const svg = n.localName === "svg" ? n : n.querySelector?.("svg"); if (svg) window.drawnWidths.push(svg.getAttribute("width")); } }).observe(document.getElementById("tabbed"), { childList: true, subtree: true });
const data = ${json(apNorcUkraineSupport)};
const options = { colorScheme: "auto" };
for (const id of ["card", "card2", "grid1", "grid2", "tabbed", "server", "figure-live", "column"])
  PT.mountTrendChart(document.getElementById(id), data, options);
PT.mountTrendChart(document.getElementById("flex"), ${json(tracker)}, { colorScheme: "auto", table: "lab-table" });
document.getElementById("show-tab").addEventListener("click", () => { document.getElementById("tab").hidden = false; });
}</script>`,
  {
    head: ".card{padding:12px;border:1px solid #767676;border-radius:8px;box-sizing:border-box}.card.cb{box-sizing:content-box;padding:0 16px}.row{display:flex;gap:16px}.row>aside{flex:0 0 2rem}.row>div{flex:1}.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,300px),1fr));gap:16px}.columns{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:12px}.columns>div{overflow:hidden}@media (max-width:600px){.columns{grid-template-columns:1fr}}",
  },
);

/** A brand web font from a file, as a page would serve it: Liberation Serif, much narrower than the built-in widths. */
const fontFace = (weight, file) =>
  `@font-face{font-family:"Brand Serif";font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(`/usr/share/fonts/truetype/liberation/${file}`).toString("base64")}) format("truetype")}`;

/** The themed page: the site's own dark mode (color-scheme: dark) whatever the system says, and a brand font. */
const themed = shell(
  `<h2>The site's dark mode</h2><div id="static-auto">${renderTrendFigure(apNorcUkraineSupport, { colorScheme: "auto", idPrefix: "static" })}</div>
<div id="dark-live"></div>
<h2>A brand web font, the container's (fontFamily: "inherit")</h2><div id="brand" style="font-family:'Brand Serif',serif"></div>
<script>${script}</script>
<script>
PT.mountTrendChart(document.getElementById("dark-live"), ${json(apNorcUkraineSupport)}, { colorScheme: "auto" });
PT.mountTrendChart(document.getElementById("brand"), ${json(apNorcUkraineSupport)}, { colorScheme: "auto", fontFamily: "inherit" });
</script>`,
  {
    scheme: "dark",
    head: `${fontFace(400, "LiberationSerif-Regular.ttf")}${fontFace(700, "LiberationSerif-Bold.ttf")}`,
  },
);

export const pages = {
  chart: (width) =>
    shell(
      renderTrendChart(apNorcUkraineSupport, {
        colorScheme: "auto",
        idPrefix: "chart",
        width: Math.min(1200, width - 32),
      }),
    ),
  report: () => renderReport(apNorcUkraineSupport),
  // The report in Spanish: its page, its static charts and its live chart in Spanish words.
  spanish: () => renderReport(apNorcUkraineSupportEs, { locale: "es-US", languages: [spanish] }),
  tracker: () => mountedTracker,
  app: () => app,
};
export const themedPage = themed;
