// Splits a tall PNG into 1600 px pieces via Chromium.
import { readFileSync, writeFileSync } from "node:fs";
import { withBrowser } from "/work/wt-dom/scripts/browser.mjs";
const [file, prefix] = process.argv.slice(2);
await withBrowser(async (context) => {
  const page = await context.newPage();
  const data = readFileSync(file).toString("base64");
  await page.setContent(`<img id=i src="data:image/png;base64,${data}" style="display:block">`);
  const [w, h] = await page.evaluate(() => [i.naturalWidth, i.naturalHeight]);
  await page.setViewportSize({ width: w, height: 1600 });
  for (let y = 0, k = 0; y < h; y += 1600, k++)
    writeFileSync(
      `${prefix}-${k}.png`,
      await page.screenshot({ fullPage: true, clip: { x: 0, y, width: w, height: Math.min(1600, h - y) } }),
    );
  console.log(w, h);
});
