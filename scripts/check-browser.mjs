// npm run check:browser: the bundled chart and the HTML report in Debian's Chromium, in light, dark
// and forced-colors modes. Screenshots (not blank), the accessibility tree over CDP, axe-core with
// color contrast, and a 12px text floor. Exits 1 on any failure. PNGs go to test/output/browser/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { apNorcUkraineSupport, renderReport, renderTrendChart, summarizeTrend } from "poll-trend";
import { withBrowser } from "./browser.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const out = new URL("../test/output/browser/", import.meta.url);
mkdirSync(out, { recursive: true });

const chartPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chart</title>
<style>body{margin:0;background:Canvas;color:CanvasText}h1{font-size:1rem;margin:8px}</style></head><body><main><h1>Bundled chart</h1>${renderTrendChart(apNorcUkraineSupport, { colorScheme: "auto", idPrefix: "chart" })}</main></body></html>`;
const pages = { chart: chartPage, report: renderReport(apNorcUkraineSupport) };
const modes = { light: { colorScheme: "light", forcedColors: "none" }, dark: { colorScheme: "dark", forcedColors: "none" }, forced: { colorScheme: "light", forcedColors: "active" } };
const title = apNorcUkraineSupport.title;
const summary = summarizeTrend(apNorcUkraineSupport);
const pointLabels = ["Favor providing weapons, Jan. 26–30, 2023: 48%, margin of error ±4.2 percentage points, 1,068 respondents", "Favor sending funds, Nov. 2–6, 2023: 39%, margin of error ±3.9 percentage points, 1,239 respondents"];

const failures = [];
const results = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  return ok;
};

await withBrowser(async (context) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 900 });
  for (const [pageName, html] of Object.entries(pages)) {
    for (const [modeName, media] of Object.entries(modes)) {
      const label = `${pageName}/${modeName}`;
      await page.emulateMedia(media);
      await page.setContent(html, { waitUntil: "load" });
      const png = await page.screenshot({ fullPage: true });
      writeFileSync(new URL(`${pageName}-${modeName}.png`, out), png);
      const colors = await page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        [canvas.width, canvas.height] = [image.width, image.height];
        const ctx = canvas.getContext("2d");
        ctx.drawImage(image, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const seen = new Set();
        for (let i = 0; i < pixels.length && seen.size < 64; i += 4 * 97) seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
        return seen.size;
      }, png.toString("base64"));
      check(colors > 3, `${label}: the screenshot is blank (${colors} colors)`);

      const client = await context.newCDPSession(page);
      const { nodes } = await client.send("Accessibility.getFullAXTree");
      await client.detach();
      const chartNode = nodes.find((n) => n.name?.value === title && n.role?.value !== "RootWebArea" && n.role?.value !== "heading" && n.role?.value !== "StaticText");
      check(chartNode, `${label}: no accessible node is named with the title`);
      check(chartNode?.description?.value === summary, `${label}: the chart's accessible description is not the summary (${chartNode?.description?.value?.slice(0, 60)}…)`);
      const names = new Set(nodes.map((n) => n.name?.value));
      for (const point of pointLabels) check(names.has(point), `${label}: poll point not exposed: ${point}`);

      await page.addScriptTag({ content: axeSource });
      const axe = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
      });
      check(axe.length === 0, `${label}: axe violations: ${axe.join("; ")}`);

      const small = await page.evaluate(() => {
        const found = [];
        for (const el of document.querySelectorAll("body *")) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
          if (!own) continue;
          const svg = el.closest("svg");
          const size = parseFloat(getComputedStyle(el).fontSize) * (svg ? svg.getScreenCTM().a : 1);
          if (size < 11.99) found.push(`${el.tagName} ${size.toFixed(1)}px "${el.textContent.slice(0, 30)}"`);
        }
        return found;
      });
      check(small.length === 0, `${label}: text smaller than 12px: ${small.slice(0, 3).join(", ")}`);
      results.push({ page: pageName, mode: modeName, axeViolations: axe.length, axNodes: nodes.length, colors, smallText: small.length });
      console.log(`${label.padEnd(16)} axe violations ${axe.length}, AX nodes ${nodes.length}, text < 12px ${small.length}, screenshot colors ${colors}`);
    }
  }
});

writeFileSync(new URL("results.json", out), `${JSON.stringify(results, null, 2)}\n`);
if (failures.length) {
  console.error(`\n${failures.length} browser check(s) failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("\nAll browser checks passed.");
