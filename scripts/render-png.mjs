// Renders SVG files to PNG in Chromium for review: node scripts/render-png.mjs out-dir a.svg b.svg …
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withBrowser } from "./browser.mjs";

const [outDir, ...files] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
await withBrowser(async (context) => {
  const page = await context.newPage();
  for (const file of files) {
    const svg = readFileSync(file, "utf8");
    await page.setContent(`<!doctype html><html><body style="margin:0;display:inline-block">${svg}</body></html>`);
    const out = join(outDir, basename(file).replace(/\.svg$/, ".png"));
    await page.locator("svg").first().screenshot({ path: out });
    console.log(out);
  }
});
