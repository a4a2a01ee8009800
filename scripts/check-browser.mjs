// npm run check:browser: poll-trend in Debian's Chromium, in light, dark and forced colors, at 320, 768
// and 1280 px. Pages: the static chart drawn at the page's width, the report (static charts replaced by
// the live chart of poll-trend/dom), a mounted tracker, an app page (a padded and bordered card, a
// content-box card, flex, grid, a tab shown later, server render then enhance, a static figure and an
// enhanced one, an overflow: hidden column, the web component) and a themed page (the site's own
// color-scheme: dark under a light system, a brand web font from a file, print). Checked on each:
// screenshots (not blank), no horizontal overflow, no text under 12 px as shown, nothing clipped under
// the WCAG 1.4.12 text-spacing override, axe-core, the accessibility tree; on mounted charts a keyboard
// walk through every poll (the tree and aria-activedescendant, focus outline inside the chart, visible
// instructions, tooltip, end cues, the settled live region), hover with Escape and onto the tooltip,
// the content box, one draw in the hidden tab, the server's chart kept at its height, T to the table.
// Then pages without a jump (browser-phone.mjs): a server's figure on phones at 320, 358, 390 and 430 px
// before any script and once mounted (height change, CLS), one font family across a redraw, print with a
// focused chart, the tooltip under forced colors, the element as one ES module with a slow, a failing
// and a CSV src, and a web font that arrives late. `--only=phone` runs just these.
// Exits 1 on any failure. PNGs go to test/output/browser/ (test/output/browser-dejavu/ with
// --fonts=dejavu: Chromium then sees only DejaVu Sans, as on a fresh Debian machine).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { apNorcUkraineSupport, summarizeTrend } from "poll-trend";
import { FONTS, withBrowser } from "./browser.mjs";
import { appChecks, printChecks, themeChecks, walkChart } from "./browser-cases.mjs";
import { pages, themedPage } from "./browser-pages.mjs";
import {
  elementChecks,
  familyChecks,
  forcedTooltipChecks,
  lateFontChecks,
  phoneChecks,
  printFocusChecks,
} from "./browser-phone.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const out = new URL(FONTS === "dejavu" ? "../test/output/browser-dejavu/" : "../test/output/browser/", import.meta.url);
mkdirSync(out, { recursive: true });
/** `--only=app`: one page (and no themed page unless it is `themed`), for working on it. */
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const modes = {
  light: { colorScheme: "light", forcedColors: "none" },
  dark: { colorScheme: "dark", forcedColors: "none" },
  forced: { colorScheme: "light", forcedColors: "active" },
};
const widths = [320, 768, 1280];
const SPACING =
  "*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}p{margin-bottom:2em!important}";
const title = apNorcUkraineSupport.title;
const shortSummary = summarizeTrend(apNorcUkraineSupport, { length: "short" });

const failures = [];
const results = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  return ok;
};

await withBrowser(async (context) => {
  const page = await context.newPage();
  // With --fonts=dejavu, Helvetica must really fall back to DejaVu Sans, about 14% wider than Arial.
  const probe = await page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d");
    ctx.font = "100px Helvetica, Arial, sans-serif";
    return ctx.measureText("the quick brown fox jumps over the lazy dog").width;
  });
  const arial = 100 * 19.453; // the sentence's width in Arial at 100 px, from its advance widths
  console.log(`fonts: ${FONTS} (Helvetica drawn ${(probe / arial).toFixed(2)} times as wide as Arial)`);
  check(
    FONTS === "dejavu" ? probe > arial * 1.08 : true,
    `fonts: ${FONTS}, yet Helvetica is drawn ${probe / arial} times as wide as Arial`,
  );
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  for (const width of ONLY === "phone" ? [] : widths) {
    for (const [pageName, html] of Object.entries(pages).filter(([name]) => !ONLY || ONLY === name)) {
      for (const [modeName, media] of Object.entries(modes)) {
        const label = `${pageName}/${modeName}/${width}`;
        errors.length = 0;
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ ...media, reducedMotion: "reduce" });
        await page.setContent(html(width), { waitUntil: "load" });
        await page.waitForTimeout(50);
        check(errors.length === 0, `${label}: script errors: ${errors.join("; ")}`);
        const png = await page.screenshot({ fullPage: true });
        writeFileSync(new URL(`${pageName}-${modeName}-${width}.png`, out), png);
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
          for (let i = 0; i < pixels.length && seen.size < 64; i += 4 * 97)
            seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
          return seen.size;
        }, png.toString("base64"));
        check(colors > 3, `${label}: the screenshot is blank (${colors} colors)`);

        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        check(overflow <= 0, `${label}: the page scrolls sideways by ${overflow}px`);

        const small = await page.evaluate(() => {
          const found = [];
          for (const el of document.querySelectorAll("body *")) {
            const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
            if (!own || !el.getClientRects().length) continue;
            const svg = el.closest("svg");
            const size = parseFloat(getComputedStyle(el).fontSize) * (svg ? svg.getScreenCTM().a : 1);
            if (size < 11.99) found.push(`${el.tagName} ${size.toFixed(1)}px "${el.textContent.slice(0, 30)}"`);
          }
          return found;
        });
        check(small.length === 0, `${label}: text smaller than 12px: ${small.slice(0, 3).join(", ")}`);

        // The accessibility tree: the static chart is named by its title and described by the short summary.
        const client = await context.newCDPSession(page);
        const { nodes } = await client.send("Accessibility.getFullAXTree");
        await client.detach();
        if (pageName === "chart") {
          const chartNode = nodes.find(
            (n) =>
              n.name?.value === title &&
              n.role?.value !== "RootWebArea" &&
              n.role?.value !== "heading" &&
              n.role?.value !== "StaticText",
          );
          check(
            // The short summary, then what a sighted reader sees: the fitted axis's range.
            /^ Axis from \d+% to \d+%\.$/.test(chartNode?.description?.value?.slice(shortSummary.length) ?? "") &&
              chartNode?.description?.value?.startsWith(shortSummary),
            `${label}: the chart is not named by its title and described by the short summary (${chartNode?.description?.value?.slice(0, 60)})`,
          );
        }
        if (pageName === "spanish") {
          // The language is marked (WCAG 3.1.1, 3.1.2), and the live chart speaks Spanish.
          // With its region (es-US), on the page, each SVG and every part poll-trend/dom adds that a voice reads.
          const langs = await page.evaluate(() => ({
            html: document.documentElement.lang,
            svgs: [...document.querySelectorAll("svg")].map((s) => s.getAttribute("lang")),
            parts: [".pt-tree", ".pt-tip", ".pt-keys", '[aria-live="polite"]'].map(
              (part) => document.querySelector(part)?.closest("[lang]")?.getAttribute("lang") ?? null,
            ),
          }));
          check(
            langs.html === "es-US" &&
              langs.svgs.length > 0 &&
              [...langs.svgs, ...langs.parts].every((l) => l === "es-US"),
            `${label}: the language is not marked Spanish with its region: ${JSON.stringify(langs)}`,
          );
          const tree = page.locator('[role="tree"]').first();
          await tree.focus();
          await page.keyboard.press("ArrowDown");
          await page.keyboard.press("ArrowDown");
          await page.keyboard.press("ArrowLeft");
          await page.waitForTimeout(600);
          const said = await page.evaluate(() => document.querySelector('[aria-live="polite"]')?.textContent ?? "");
          check(
            said === "Primera encuesta de «A favor de enviar armas»; no hay ninguna anterior.",
            `${label}: the live chart does not speak Spanish at a series' start: "${said}"`,
          );
          const keys = await page.evaluate(() => document.querySelector(".pt-keys")?.textContent ?? "");
          check(keys.startsWith("Teclas: "), `${label}: the instructions are not Spanish: "${keys.slice(0, 40)}"`);
        }
        if (pageName === "report") {
          const heard = nodes.filter((n) => n.role?.value === "StaticText").map((n) => n.name?.value ?? "");
          check(
            heard.filter((t) => t === title).length === 1,
            `${label}: the title is read ${heard.filter((t) => t === title).length} times`,
          );
          check(
            nodes.some((n) => n.role?.value === "figure" && n.name?.value === "Chart"),
            `${label}: the figure has no name`,
          );
        }

        /** A screenshot of one element, in a state the full-page one does not show (focus, a tooltip). */
        const shot = async (name, selector) => {
          await page.waitForTimeout(100);
          const clip = await page.locator(selector).boundingBox();
          writeFileSync(new URL(`${pageName}-${name}-${modeName}-${width}.png`, out), await page.screenshot({ clip }));
        };
        // Keyboard: Tab to the chart, then walk every poll of every series.
        let walked = 0;
        const forced = modeName === "forced";
        if (pageName === "report" || pageName === "tracker")
          walked = await walkChart({ page, context, check, label, scope: "main", forced });
        if (pageName === "app")
          await appChecks({ page, check, label, forced, shot }).catch((error) =>
            check(false, `${label}: ${error.message}`),
          );

        if (pageName === "tracker") {
          // Drawn at 1280 first, then narrowed: the mounted chart must redraw to the new width.
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.waitForTimeout(400);
          await page.setViewportSize({ width, height: 900 });
          await page.waitForTimeout(400);
          const after = await page.evaluate(() => ({
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            svg: document.querySelector(".pt-live svg")?.getBoundingClientRect().width ?? 0,
            box: document.querySelector(".pt-live")?.getBoundingClientRect().width ?? 0,
          }));
          check(
            after.overflow <= 0 && after.svg <= after.box + 1,
            `${label}: after narrowing from 1280, the chart is ${Math.round(after.svg)} px in ${Math.round(after.box)} px and the page scrolls by ${after.overflow}`,
          );
          // A tap on a poll shows its tooltip, and it stays.
          const target = await page.evaluate(() => {
            const dot = document.querySelector('.pt-live svg [role="graphics-object"].pt-group');
            const svg = document.querySelector(".pt-live svg");
            const box = svg.getBoundingClientRect();
            const g = [...svg.querySelectorAll('.pt-group [role="graphics-symbol"]')].at(-1)?.getBoundingClientRect();
            return g && dot
              ? { x: g.left + g.width / 2, y: g.top + g.height / 2 }
              : { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          });
          // A real touch, with nothing focused: pointerdown, then the pointer leaves as the finger lifts.
          await page.evaluate(() => document.activeElement?.blur());
          const cdp = await context.newCDPSession(page);
          await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
          await cdp.send("Input.dispatchTouchEvent", {
            type: "touchStart",
            touchPoints: [{ x: target.x, y: target.y }],
          });
          await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
          await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: false });
          await cdp.detach();
          await page.waitForTimeout(300);
          const tapped = await page.evaluate(() => ({
            hidden: document.querySelector(".pt-tip")?.hidden,
            text: document.querySelector(".pt-tip")?.textContent,
          }));
          check(
            tapped.hidden === false && /\d+ of \d/.test(tapped.text ?? ""),
            `${label}: a tap on a poll shows no tooltip (${tapped.text})`,
          );
        }

        // axe, with a tooltip open where there is one.
        await page.addScriptTag({ content: axeSource });
        const axe = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
        });
        check(axe.length === 0, `${label}: axe violations: ${axe.join("; ")}`);

        // WCAG 1.4.12: with the text-spacing override, every text stays inside its chart.
        await page.addStyleTag({ content: SPACING });
        const clipped = await page.evaluate(() => {
          const found = [];
          for (const svg of document.querySelectorAll("svg")) {
            if (!svg.getClientRects().length) continue;
            const frame = svg.getBoundingClientRect();
            for (const text of svg.querySelectorAll("text")) {
              const box = text.getBoundingClientRect();
              if (box.width === 0) continue;
              if (
                box.left < frame.left - 0.5 ||
                box.right > frame.right + 0.5 ||
                box.top < frame.top - 0.5 ||
                box.bottom > frame.bottom + 0.5
              )
                found.push(
                  `"${text.textContent.slice(0, 40)}" (${Math.round(box.left - frame.left)}..${Math.round(box.right - frame.left)} of ${Math.round(frame.width)})`,
                );
            }
          }
          return found;
        });
        check(
          clipped.length === 0,
          `${label}: with the text-spacing override, text leaves the chart: ${clipped.slice(0, 4).join(", ")}`,
        );
        if (modeName === "light")
          writeFileSync(new URL(`${pageName}-spacing-${width}.png`, out), await page.screenshot({ fullPage: true }));

        results.push({
          page: pageName,
          mode: modeName,
          width,
          axeViolations: axe.length,
          overflow,
          smallText: small.length,
          clippedWithSpacing: clipped.length,
          pollsWalked: walked,
          colors,
        });
        console.log(
          `${label.padEnd(22)} axe ${axe.length}, overflow ${Math.max(0, overflow)}px, text < 12px ${small.length}, clipped with spacing ${clipped.length}, polls walked ${walked}`,
        );
      }
    }

    // The themed page: the site says dark, the system light; then printed with the system dark.
    if (ONLY && ONLY !== "themed") continue;
    const label = `themed/light/${width}`;
    errors.length = 0;
    await page.emulateMedia({ colorScheme: "light", forcedColors: "none", reducedMotion: "reduce", media: "screen" });
    await page.setContent(themedPage, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(50);
    writeFileSync(new URL(`themed-${width}.png`, out), await page.screenshot({ fullPage: true }));
    await themeChecks({ page, check, label });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    check(overflow <= 0, `${label}: the page scrolls sideways by ${overflow}px`);
    await page.emulateMedia({ colorScheme: "dark", media: "print" });
    await printChecks({ page, check, label: `themed/print/${width}` });
    writeFileSync(new URL(`themed-print-${width}.png`, out), await page.screenshot({ fullPage: true }));
    check(errors.length === 0, `${label}: script errors: ${errors.join("; ")}`);
    await page.emulateMedia({ media: "screen" });
    results.push({ page: "themed", mode: "light+print", width, overflow });
    console.log(`${label.padEnd(22)} site dark, brand font, print: checked`);
  }

  if (!ONLY || ONLY === "phone") {
    // A full-page screenshot counts as input to layout-shift measurement for the next 500 ms (shifts are
    // then reported with hadRecentInput), so the checks take them after they have measured, or take the viewport.
    const shot = async (name, fullPage = true) => {
      const open = context.pages().at(-1);
      writeFileSync(new URL(`${name}.png`, out), await open.screenshot({ fullPage }));
    };
    for (const checks of [
      phoneChecks,
      familyChecks,
      printFocusChecks,
      forcedTooltipChecks,
      elementChecks,
      lateFontChecks,
    ])
      await checks({ context, check, shot, results }).catch((error) =>
        check(false, `${checks.name}: ${error.message}`),
      );
  }
});

writeFileSync(new URL("results.json", out), `${JSON.stringify(results, null, 2)}\n`);
if (failures.length) {
  console.error(`\n${failures.length} browser check(s) failed:\n- ${[...new Set(failures)].slice(0, 40).join("\n- ")}`);
  process.exit(1);
}
console.log(`\nAll browser checks passed: ${results.length} page, mode and width combinations, fonts: ${FONTS}.`);
