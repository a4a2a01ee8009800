// npm run size: the minified, gzipped weight of an app that imports the chart, the summary and the data.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET = 30 * 1024;
/**
 * poll-trend/dom on top of the core, for an app that mounts the chart: 6 kB until the tree for screen
 * readers, font measuring and server takeover (the "Pages in real apps" issue) took it to 6.2; 6.5 kB
 * until the tree's panel level for small multiples (shared by mountTrendChart's tree, keys and marks) took
 * it to 6.6.
 */
const DOM_BUDGET = 6.75 * 1024;
const entry =
  'import { renderTrendChart, summarizeTrend, apNorcUkraineSupport } from "poll-trend";\nconsole.log(renderTrendChart(apNorcUkraineSupport), summarizeTrend(apNorcUkraineSupport));\n';

async function measure(contents, platform = "browser") {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, text: new TextDecoder().decode(code) };
}

const app = await measure(entry);
const dom = await measure(
  'import { mountTrendChart } from "poll-trend/dom"; import { summarizeTrend, apNorcUkraineSupport } from "poll-trend";\nmountTrendChart(document.body, apNorcUkraineSupport); console.log(summarizeTrend(apNorcUkraineSupport));\n',
);
const element = await measure('import "poll-trend/element";');
const tracker = await measure(
  'import { renderTrendChart, summarizeTrend, apNorcUkraineSupport } from "poll-trend";\nimport { averages } from "poll-trend/average";\nconsole.log(renderTrendChart(apNorcUkraineSupport, { averages }), summarizeTrend(apNorcUkraineSupport, { averages }));\n',
);
const spanish = await measure(
  'import { renderTrendChart, summarizeTrend, apNorcUkraineSupport } from "poll-trend";\nimport { spanish as es } from "poll-trend/es";\nconst o = { locale: "es-US", languages: [es] };\nconsole.log(renderTrendChart(apNorcUkraineSupport, o), summarizeTrend(apNorcUkraineSupport, o));\n',
);
const british = await measure(
  'import { renderTrendChart, summarizeTrend, apNorcUkraineSupport } from "poll-trend";\nimport { british as gb } from "poll-trend/en-gb";\nconst o = { locale: "en-GB", languages: [gb] };\nconsole.log(renderTrendChart(apNorcUkraineSupport, o), summarizeTrend(apNorcUkraineSupport, o));\n',
);
const d3 = await measure('import { line, area } from "d3-shape"; console.log(line, area);');
const multiples = await measure(
  'import { renderSmallMultiples, apNorcUkraineByParty } from "poll-trend";\nconsole.log(renderSmallMultiples(apNorcUkraineByParty, { by: "group" }));\n',
);
const reference = await measure(
  'import { scaleUtc, scaleLinear } from "d3-scale"; import { line, area } from "d3-shape"; console.log(scaleUtc, scaleLinear, line, area);',
);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `poll-trend app (renderTrendChart + summarizeTrend + data): ${kb(app.raw)} min, ${kb(app.gzip)} gzip (budget ${kb(BUDGET)})`,
);
console.log(
  `  d3 in it: none (the axes' scales, ticks and a few polls' lines are poll-trend's own); d3-shape's line and area come with poll-trend/average (${kb(d3.gzip)} gzip of it)`,
);
console.log(
  `poll-trend/dom (mountTrendChart) on top of it: ${kb(dom.gzip - app.gzip)} gzip (budget ${(DOM_BUDGET / 1024).toFixed(2)} kB); the whole app with it: ${kb(dom.gzip)}`,
);
console.log(
  `  with poll-trend/average (a tracker's average, its words and marks), on top: ${kb(tracker.gzip - app.gzip)} gzip; the whole app with it: ${kb(tracker.gzip)}`,
);
console.log(
  `  with poll-trend/es (Spanish words and the Spanish dataset), on top: ${kb(spanish.gzip - app.gzip)} gzip; the whole app with it: ${kb(spanish.gzip)}`,
);
console.log(
  `  with poll-trend/en-gb (British English: its dates and possessive), on top: ${kb(british.gzip - app.gzip)} gzip; the whole app with it: ${kb(british.gzip)}`,
);
console.log(
  `  with renderSmallMultiples (its grid placed by d3-scale's scaleBand), on top: ${kb(multiples.gzip - app.gzip)} gzip; the whole app with it: ${kb(multiples.gzip)}`,
);
console.log(
  `poll-trend/element (<poll-trend-chart>, the whole chart with it; also dist/element.global.js): ${kb(element.gzip)} gzip`,
);
const standalone = readFileSync(new URL("../dist/element-standalone.js", import.meta.url));
console.log(
  `  as one ES module for a page without a build step (poll-trend/element/standalone, dist/element-standalone.js): ${kb(gzipSync(standalone, { level: 9 }).length)} gzip`,
);
console.log(`  for scale: d3 scaleUtc + scaleLinear + line + area alone weigh ${kb(reference.gzip)} gzip`);
const utc = await measure('import { scaleUtc } from "d3-scale"; console.log(scaleUtc);');
console.log(
  `  (d3-scale's scaleUtc alone, with the d3-time-format, d3-interpolate and d3-color it brings: ${kb(utc.gzip)} gzip)`,
);
// poll-trend/png runs in Node only, with its optional peer @resvg/resvg-js and its font: not in any budget
// above, and never imported by the entries that are.
const png = await measure('import { renderPng } from "poll-trend/png"; console.log(renderPng);', "node");
console.log(
  `poll-trend/png (Node only, not in the app's budget; @resvg/resvg-js and the font are files beside it): ${kb(png.gzip)} gzip`,
);
const pngLeaks = Object.entries({ app, dom, element, tracker, spanish, british }).filter(([, bundle]) =>
  ["@resvg/resvg-js", "LiberationSans", "renderPng"].some((s) => bundle.text.includes(s)),
);
if (pngLeaks.length) {
  console.error(`poll-trend/png leaked into ${pngLeaks.map(([name]) => name).join(", ")}`);
  process.exit(1);
}
if (!png.text.includes("@resvg/resvg-js")) {
  console.error("poll-trend/png's bundle does not name @resvg/resvg-js: the leak check above checks nothing");
  process.exit(1);
}
const leaks = ["node:fs", "process.argv", "writeFileSync"].filter((s) => app.text.includes(s));
// An English app carries no Spanish: it comes only with poll-trend/es.
if (app.text.includes("puntos porcentuales")) {
  console.error("Spanish words leaked into an English app's bundle");
  process.exit(1);
}
// Nor British English: it comes only with poll-trend/en-gb.
if (app.text.includes("per cent")) {
  console.error("British English leaked into an American app's bundle");
  process.exit(1);
}
if (leaks.length) {
  console.error(`Node-only code leaked into the browser bundle: ${leaks.join(", ")}`);
  process.exit(1);
}
if (dom.gzip - app.gzip > DOM_BUDGET) {
  console.error(`poll-trend/dom over its budget: ${kb(dom.gzip - app.gzip)} > ${kb(DOM_BUDGET)}`);
  process.exit(1);
}
if (app.gzip > BUDGET) {
  console.error(`Size budget exceeded: ${kb(app.gzip)} > ${kb(BUDGET)}`);
  process.exit(1);
}
