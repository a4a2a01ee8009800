// Screenshots of each section of the gallery (npm run gallery first), for looking at the pictures:
// node scripts/gallery-shots.mjs [out-folder] [--fonts=dejavu]. One PNG per case, all four charts in it.
import { mkdirSync } from "node:fs";
import { withBrowser } from "./browser.mjs";

const folder = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "test/output/gallery";
mkdirSync(folder, { recursive: true });
await withBrowser(async (context) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(new URL("../examples/output/gallery/index.html", import.meta.url).href);
  const sections = await page.$$("section");
  for (const [i, section] of sections.entries()) {
    await section.screenshot({ path: `${folder}/${String(i + 1).padStart(2, "0")}.png` });
  }
  console.log(`${sections.length} screenshots in ${folder}/`);
});
