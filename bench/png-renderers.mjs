// How poll-trend/png chose its rasterizer: @resvg/resvg-js against sharp (libvips with librsvg), each
// against Chromium, on the bundled chart (640 and 320 px) and a 2,000-poll tracker, at 1× and 2×: median
// time, and how far each picture is from Chromium's (mean difference per channel, share of pixels off by
// more than 64 of 255, where the title's ink ends). All three draw with Liberation Sans: resvg from the
// bundled files, sharp and Chromium from the system's (fonts-liberation2). Not part of npm run bench:
// it needs sharp (npm install --no-save sharp), Debian's Chromium and fonts-liberation2.
// Run: npm run build && node bench/png-renderers.mjs. Writes bench/png-renderers.md.
import { averages } from "poll-trend/average";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { renderTrendChart } from "poll-trend";
import { withBrowser } from "../scripts/browser.mjs";
import { bundled, tracker } from "./fixtures.mjs";

const require = createRequire(import.meta.url);
let sharp;
try {
  sharp = require("sharp");
} catch {
  console.error("bench/png-renderers.mjs compares with sharp: npm install --no-save sharp");
  process.exit(1);
}
const { Resvg } = require("@resvg/resvg-js");
const fontFiles = ["Regular", "Bold"].map((w) => new URL(`../fonts/LiberationSans-${w}.ttf`, import.meta.url).pathname);
const resvg = (svg, scale) =>
  new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "Liberation Sans" },
  })
    .render()
    .asPng();
const viaSharp = (svg, scale) =>
  sharp(Buffer.from(svg), { density: 72 * scale })
    .png()
    .toBuffer();

async function median(run, runs) {
  for (let i = 0; i < 3; i++) await run();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

const pixels = async (png) => {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
};

/** Mean absolute difference per channel (of 255) and the share of pixels off by more than 64, in rows [top, bottom). */
function difference(a, b, top = 0, bottom = Math.min(a.height, b.height)) {
  const width = Math.min(a.width, b.width);
  let sum = 0;
  let off = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < width; x++) {
      let most = 0;
      for (let c = 0; c < 3; c++) {
        const d = Math.abs(a.data[(y * a.width + x) * 4 + c] - b.data[(y * b.width + x) * 4 + c]);
        sum += d;
        most = Math.max(most, d);
      }
      if (most > 64) off++;
    }
  }
  const count = (bottom - top) * width;
  return `${(sum / count / 3).toFixed(2)}, ${((100 * off) / count).toFixed(2)}%`;
}

/** The rightmost column of dark ink in rows [0, bottom): where the title's first line ends. */
function inkEnd(image, bottom) {
  let right = -1;
  for (let y = 0; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i] < 100 && image.data[i + 1] < 100 && image.data[i + 2] < 100) right = Math.max(right, x);
    }
  }
  return right;
}

const charts = {
  "bundled AP-NORC, 640 px": renderTrendChart(bundled, { width: 640 }),
  "bundled AP-NORC, 320 px": renderTrendChart(bundled, { width: 320 }),
  "tracker, 2,000 polls, 640 px": renderTrendChart(tracker(1000), { width: 640, averages }),
};
const rows = [];
await withBrowser(async (context) => {
  const page = await context.newPage();
  for (const [name, svg] of Object.entries(charts)) {
    for (const scale of [1, 2]) {
      const runs = name.startsWith("tracker") ? 7 : 15;
      const times = [await median(() => resvg(svg, scale), runs), await median(() => viaSharp(svg, scale), runs)];
      // Chromium draws the SVG at scale × its size: the same pixels as a device scale factor.
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
      const sized = svg.replace(/ width="[\d.]+" height="[\d.]+"/, ` width="${w * scale}" height="${h * scale}"`);
      await page.setViewportSize({ width: Math.ceil(w * scale) + 20, height: 800 });
      await page.setContent(`<!doctype html><html><body style="margin:0;display:inline-block">${sized}</body></html>`);
      const chromium = await pixels(await page.locator("svg").first().screenshot());
      const [a, b] = [await pixels(resvg(svg, scale)), await pixels(await viaSharp(svg, scale))];
      const band = 64 * scale;
      const ends = [chromium, a, b].map((image) => inkEnd(image, 40 * scale)).join(" / ");
      rows.push(
        `| ${name} at ${scale}× | ${times[0].toFixed(1)} ms | ${times[1].toFixed(1)} ms | ${difference(a, chromium)} | ${difference(b, chromium)} | ${difference(a, chromium, 0, band)} | ${difference(b, chromium, 0, band)} | ${ends} |`,
      );
      console.log(rows.at(-1));
    }
  }
});

const version = (name) => require(`${name}/package.json`).version;
writeFileSync(
  new URL("./png-renderers.md", import.meta.url),
  `# PNG renderers: @resvg/resvg-js and sharp against Chromium

@resvg/resvg-js ${version("@resvg/resvg-js")} and sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}, librsvg
${sharp.versions.rsvg}) draw the same SVG; Chromium (Debian's, through playwright-core) draws it too, as
the reference. Times are medians in one process after warm-up. A difference is the mean absolute difference
per color channel (of 255), then the share of pixels off by more than 64 in any channel, over the whole
picture and over its title band (the top 64 px). "Title ends" is the last column of dark ink in the
title's first line: Chromium / resvg / sharp.

| chart | resvg | sharp | resvg vs Chromium | sharp vs Chromium | resvg, title band | sharp, title band | title ends |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Written by \`node bench/png-renderers.mjs\` (after \`npm install --no-save sharp\`).
`,
);
