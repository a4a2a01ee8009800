// Renders SVG files side by side into one PNG in Chromium, for reviewing golden files:
// node scripts/sheet.mjs out.png a.svg b.svg …
import { readFileSync } from "node:fs";
import { withBrowser } from "./browser.mjs";
const [out, ...files] = process.argv.slice(2);
await withBrowser(async (context) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1320, height: 800 });
  const body = files
    .map(
      (f) =>
        `<div style="display:inline-block;vertical-align:top;margin:4px;border:1px solid #ccc">${readFileSync(f, "utf8")}</div>`,
    )
    .join("");
  await page.setContent(`<!doctype html><html><body style="margin:0">${body}</body></html>`);
  await page.screenshot({ path: out, fullPage: true });
});
