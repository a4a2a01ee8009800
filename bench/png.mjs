// npm run bench (third part): poll-trend/png. Median time of renderPng from a raw dataset to PNG bytes
// (the chart drawn, then rasterized by @resvg/resvg-js with the bundled font), beside the SVG alone, for
// the bundled chart and a 2,000-poll tracker. Writes bench/png-results.md. Reported, never failing.
import { averages } from "poll-trend/average"; // trackers draw their poll average, passed as a value
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { renderTrendChart } from "poll-trend";
import { renderPng } from "poll-trend/png";
import { bundled, tracker } from "./fixtures.mjs";

const quick = process.argv.includes("--quick");
const runs = quick ? 5 : 25;

/** Median of `runs` timings after two warm-up runs, each from a collected heap. */
function median(run) {
  run();
  run();
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const trackerInput = tracker(1000); // 1,000 poll dates × 2 series: 2,000 polls
const cases = [
  ["bundled AP-NORC (7 polls), 640 px", bundled, { width: 640 }],
  ["bundled AP-NORC, 640 px at 2× (1,280 pixels wide)", bundled, { width: 640, scale: 2 }],
  ["bundled AP-NORC, 320 px at 2× (640 pixels wide)", bundled, { width: 320, scale: 2 }],
  ["tracker: 2,000 polls, 12 pollsters, 2 series, 640 px", trackerInput, { width: 640 }],
  ["tracker: 2,000 polls, 640 px at 2×", trackerInput, { width: 640, scale: 2 }],
];

const ms = (t) => (t < 10 ? `${t.toFixed(1)} ms` : `${t.toFixed(0)} ms`);
const rows = [];
for (const [name, input, given] of cases) {
  const options = { averages, ...given };
  const { scale, ...chart } = options;
  const svg = median(() => renderTrendChart(input, chart));
  const png = median(() => renderPng(input, options));
  const bytes = renderPng(input, options).length;
  rows.push(`| ${name} | ${ms(png)} | ${ms(svg)} | ${ms(png - svg)} | ${(bytes / 1024).toFixed(0)} kB |`);
  console.log(`${name}: PNG ${ms(png)} (the SVG alone ${ms(svg)}), ${bytes} bytes`);
}

const version = (name) => createRequire(import.meta.url)(`${name}/package.json`).version;
const report = `# poll-trend/png benchmark

Median of ${runs} renders (after two warm-up renders) from the same raw dataset to the bytes of a PNG
file: \`renderPng\` validates and draws the chart (as \`renderTrendChart\` does, timed alone in the
third column), loads the bundled Liberation Sans from its files, and rasterizes with @resvg/resvg-js
${version("@resvg/resvg-js")}.

| input | renderPng | the SVG alone | rasterizing | PNG size |
|---|---|---|---|---|
${rows.join("\n")}

Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Timings on this shared machine vary by about ±30% from run to run.
`;
if (!quick) writeFileSync(new URL("./png-results.md", import.meta.url), report);
