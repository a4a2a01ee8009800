import { writeFileSync } from "node:fs";
import { withBrowser } from "./browser.mjs";
import { pages } from "./browser-pages.mjs";
await withBrowser(async (context) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 768, height: 900 });
  await page.emulateMedia({ forcedColors: "active" });
  await page.setContent(pages.app(), { waitUntil: "load" });
  await page.waitForTimeout(200);
  console.log(
    await page.evaluate(() => {
      const t = document.querySelector("#column [role=tree]");
      t.focus({ focusVisible: true });
      const s = getComputedStyle(t);
      return [
        t.matches(":focus-visible"),
        s.outlineStyle,
        s.outlineWidth,
        s.outlineColor,
        s.outlineOffset,
        document.activeElement === t,
      ];
    }),
  );
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  console.log(
    await page.evaluate(() => {
      const t = document.querySelector("#column [role=tree]");
      return [document.activeElement === t, t.matches(":focus-visible")];
    }),
  );
  await page.waitForTimeout(300);
  writeFileSync("/tmp/forced.png", await page.screenshot({ clip: await page.locator("#column").boundingBox() }));
  console.log(
    await page.evaluate(() => {
      const t = document.querySelector("#column [role=tree]");
      return [document.activeElement === t, getComputedStyle(t).outlineColor];
    }),
  );
});
