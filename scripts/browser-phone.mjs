// The checks of pages without a jump (issue 25), for npm run check:browser: a server's figure on phones
// before any script (no sideways scroll, text 12–18 px) and once the live chart mounts over it (height
// change, cumulative layout shift by PerformanceObserver); one font family across a redraw; print with
// a focused chart; the tooltip under forced colors; <poll-trend-chart> as one ES module with a slow, a
// failing and a CSV src; a web font that arrives late. Pages are served from https://poll-trend.test/
// by playwright's routing, so slow answers are held until the check has looked, never timed.
import { readFileSync } from "node:fs";
import { apNorcUkraineSupport, renderTrendFigure } from "poll-trend";
import { averages } from "poll-trend/average"; // the tracker's figure draws its poll average
import { elementCss } from "poll-trend/element";
import { contrast } from "./browser-cases.mjs";
import { script, shell, tracker } from "./browser-pages.mjs";

/** Phone page widths: a small phone, a 390 px phone's column with its margins, the common phone, a large one. */
export const PHONES = [320, 358, 390, 430];
const ORIGIN = "https://poll-trend.test";
const json = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
/** Sums layout shifts not caused by input, from the first paint on, as Lighthouse's CLS does (one window). */
const CLS = `<script>window.cls=0;new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.cls+=e.value}).observe({type:"layout-shift",buffered:true});</script>`;
const PROSE =
  "<p>Support for sending weapons fell in the first year of the war and has held since, the polls show. Readers on phones see the chart at once, at the width of their column, in the page's own type.</p>".repeat(
    3,
  );
const nextFrames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Text as shown in the visible charts inside `selector`: its drawn size and the size on screen, in px. */
const textSizes = (page, selector) =>
  page.evaluate((selector) => {
    const found = [];
    for (const svg of document.querySelectorAll(`${selector} svg`)) {
      if (!svg.getClientRects().length) continue;
      const scale = svg.getScreenCTM().a;
      for (const el of svg.querySelectorAll("text, tspan")) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        const drawn = Number.parseFloat(getComputedStyle(el).fontSize);
        if (own && drawn > 0) found.push({ drawn, shown: drawn * scale, text: el.textContent.slice(0, 24) });
      }
    }
    return found;
  }, selector);

/**
 * Text on a phone: none under 12 px; none over 18 px but a title, which is drawn at 18 px and may be
 * shown up to 15% larger (the most a figure scales a chart for a phone column).
 */
function textProblems(sizes) {
  return sizes.filter(
    ({ drawn, shown }) => shown < 11.99 || (drawn < 18 ? shown > 18.01 : shown > drawn * 1.15 + 0.01),
  );
}

/**
 * The figure on phones before any script, then the live chart mounted over it from the figure's
 * embedded data: no sideways scroll, text 12–18 px, height change at most 10%, CLS at most 0.02.
 */
export async function phoneChecks({ context, check, shot, results }) {
  for (const [name, dataset] of [
    ["ap-norc", apNorcUkraineSupport],
    ["tracker", tracker],
  ]) {
    const figure = renderTrendFigure(dataset, { averages, colorScheme: "auto", embedData: true });
    const html = shell(`${CLS}<p>Intro.</p><div id="phone">${figure}</div><div id="after">${PROSE}</div>`);
    // Served and navigated to: layout shifts are reported for a navigated page, not for setContent's.
    const { page } = await servedPage(context, html);
    for (const width of PHONES) {
      const label = `phone/${name}/${width}`;
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: "light", forcedColors: "none", media: "screen" });
      await page.goto(`${ORIGIN}/page.html`);
      await nextFrames(page);
      const before = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        height: document.getElementById("phone").getBoundingClientRect().height,
        column: document.getElementById("phone").getBoundingClientRect().width,
        shown: [...document.querySelectorAll("#phone .pt-fw")].find((f) => f.getClientRects().length)?.dataset.width,
        cls: window.cls,
      }));
      const sizes = await textSizes(page, "#phone");
      const bad = textProblems(sizes);
      check(before.overflow <= 0, `${label}: before the script the page scrolls sideways by ${before.overflow}px`);
      check(
        sizes.length > 0 && bad.length === 0,
        `${label}: before the script, text outside 12–18 px: ${bad
          .slice(0, 3)
          .map((t) => `"${t.text}" ${t.shown.toFixed(1)}px`)
          .join(", ")}`,
      );

      await page.addScriptTag({ content: script });
      await page.evaluate(() => window.PT.mountFigure(document.getElementById("phone")));
      await nextFrames(page);
      // The resize observer's first report, and anything a font or a late draw would do, have had their turn.
      await page.waitForTimeout(400);
      const after = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        height: document.getElementById("phone").getBoundingClientRect().height,
        charts: document.querySelectorAll("#phone svg").length,
        tree: !!document.querySelector("#phone [role=tree]"),
        cls: window.cls,
      }));
      const mountedSizes = await textSizes(page, "#phone");
      // The measure sees shifts: a 40 px block put above the chart is one.
      await page.evaluate(() =>
        document.getElementById("phone").before(Object.assign(document.createElement("div"), { style: "height:40px" })),
      );
      await nextFrames(page);
      await page.waitForTimeout(100);
      const control = await page.evaluate(() => window.cls);
      await page.evaluate(() => document.getElementById("phone").previousElementSibling.remove());
      await shot(`phone-mounted-${name}-${width}`);
      // The figure as it was before the script, for the eye: the same page again, without it.
      await page.goto(`${ORIGIN}/page.html`);
      await shot(`phone-figure-${name}-${width}`);
      const change = Math.abs(after.height - before.height) / before.height;
      const cls = after.cls - before.cls;
      check(after.charts === 1 && after.tree, `${label}: the live chart did not mount over the figure`);
      check(after.overflow <= 0, `${label}: once mounted the page scrolls sideways by ${after.overflow}px`);
      check(
        change <= 0.1,
        `${label}: the height moved ${(change * 100).toFixed(1)}% on mount (${before.height} → ${after.height})`,
      );
      check(control > after.cls, `${label}: the layout-shift measure did not see a 40 px shift`);
      check(cls <= 0.02, `${label}: cumulative layout shift ${cls.toFixed(4)} on mount`);
      check(textProblems(mountedSizes).length === 0, `${label}: once mounted, text outside 12–18 px`);
      const row = {
        page: "phone",
        dataset: name,
        width,
        column: before.column,
        figureChart: Number(before.shown),
        heightBefore: Math.round(before.height),
        heightAfter: Math.round(after.height),
        cls: Number(cls.toFixed(4)),
        controlShift: Number((control - after.cls).toFixed(4)),
        text: [Math.min(...sizes.map((s) => s.shown)), Math.max(...sizes.map((s) => s.shown))].map((n) =>
          Number(n.toFixed(1)),
        ),
      };
      results.push(row);
      console.log(
        `${label.padEnd(22)} column ${row.column}px, figure's ${row.figureChart} px chart, height ${row.heightBefore} → ${row.heightAfter}, CLS ${row.cls} (a 40 px shift reads ${row.controlShift}), text ${row.text.join("–")}px`,
      );
    }
    await page.close();
  }
}

/** One family across a redraw: a serif page, the chart in the built-in stack on the server, mounted, and redrawn narrower. */
export async function familyChecks({ context, check }) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 800 });
  await page.emulateMedia({ colorScheme: "light", forcedColors: "none", media: "screen" });
  const figure = renderTrendFigure(apNorcUkraineSupport, { embedData: true });
  await page.setContent(
    shell(
      `<article style="font-family:'DejaVu Serif',Georgia,serif">${PROSE}<div id="chart">${figure}</div></article>`,
    ),
  );
  const family = () =>
    page.evaluate(() => {
      const svg = [...document.querySelectorAll("#chart svg")].find((s) => s.getClientRects().length);
      return { family: getComputedStyle(svg.querySelector("text")).fontFamily, width: svg.getAttribute("width") };
    });
  const server = await family();
  await page.addScriptTag({ content: script });
  await page.evaluate(() => window.PT.mountFigure(document.getElementById("chart")));
  const mounted = await family();
  await page.setViewportSize({ width: 330, height: 800 });
  await page.waitForFunction(() => document.querySelector("#chart svg")?.getAttribute("width") === "298");
  const redrawn = await family();
  const label = "family/390→330";
  check(
    [mounted.family, redrawn.family].every((f) => f === server.family) &&
      !/serif/i.test(server.family.replace(/sans-serif/g, "")),
    `${label}: the chart changed face: server ${server.family}, mounted ${mounted.family}, redrawn at ${redrawn.width} px ${redrawn.family}`,
  );
  console.log(`${label.padEnd(22)} server, mounted and redrawn at ${redrawn.width} px: ${redrawn.family}`);
  await page.close();
}

/** Print with a focused chart drawn for a phone column: at the page's width, no focus outline, ring, tooltip or instructions. */
export async function printFocusChecks({ context, check, shot }) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 800 });
  await page.emulateMedia({ colorScheme: "light", forcedColors: "none", media: "screen" });
  // Printing lays the page out again without running scripts: the observer is stilled to print as a browser does.
  await page.setContent(
    shell(
      `<div id="box"></div><script>window.ResizeObserver=class{observe(){}disconnect(){}}</script><script>${script}</script><script>PT.mountTrendChart(document.getElementById("box"), ${json(apNorcUkraineSupport)}, { colorScheme: "auto" })</script>`,
      { head: "@media print{#box{width:640px}}" },
    ),
  );
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const focused = await page.evaluate(() => ({
    focus: document.activeElement?.getAttribute("role"),
    tip: !document.querySelector("#box .pt-tip").hidden,
    ring: document.querySelectorAll("#box .pt-ring").length,
  }));
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => {
    const tree = document.querySelector("#box [role=tree]");
    const style = getComputedStyle(tree);
    const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length).length;
    return {
      box: document.getElementById("box").getBoundingClientRect().width,
      svg: document.querySelector("#box svg").getBoundingClientRect().width,
      drawn: Number(document.querySelector("#box svg").getAttribute("width")),
      outline: style.outlineStyle === "none" || Number.parseFloat(style.outlineWidth) === 0,
      marks: shown("#box .pt-ring, #box .pt-halo, #box .pt-tip, #box .pt-keys"),
    };
  });
  await shot("print-focused");
  await page.emulateMedia({ media: "screen" });
  const label = "print/focused/390";
  check(
    focused.focus === "tree" && focused.tip && focused.ring > 0,
    `${label}: the chart was not focused with a poll shown`,
  );
  check(
    printed.drawn === 358 && Math.abs(printed.svg - printed.box) <= 1,
    `${label}: a chart drawn at ${printed.drawn} px prints ${printed.svg} px wide in a ${printed.box} px box`,
  );
  check(printed.outline, `${label}: the focus outline prints`);
  check(printed.marks === 0, `${label}: ${printed.marks} ring, tooltip or instruction element(s) print`);
  console.log(
    `${label.padEnd(22)} drawn at ${printed.drawn} px, printed ${printed.svg} px in ${printed.box} px, no outline or marks`,
  );
  await page.close();
}

/** The open tooltip and the instructions under forced colors: system colors, at least 4.5:1. */
export async function forcedTooltipChecks({ context, check }) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 800 });
  await page.emulateMedia({ colorScheme: "dark", forcedColors: "active", media: "screen" });
  await page.setContent(
    shell(
      `<div id="box"></div><script>${script}</script><script>PT.mountTrendChart(document.getElementById("box"), ${json(apNorcUkraineSupport)}, { colorScheme: "auto" })</script>`,
    ),
  );
  await page.keyboard.press("Tab");
  const keys = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector("#box .pt-keys"));
    return [s.color, s.backgroundColor];
  });
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const tip = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector("#box .pt-tip"));
    return [s.color, s.backgroundColor];
  });
  await page.emulateMedia({ colorScheme: "light", forcedColors: "none" });
  const label = "forced/tooltip/390";
  check(contrast(...tip) >= 4.5, `${label}: tooltip text ${tip[0]} on ${tip[1]}: ${contrast(...tip).toFixed(2)}:1`);
  check(contrast(...keys) >= 4.5, `${label}: instructions ${keys[0]} on ${keys[1]}: ${contrast(...keys).toFixed(2)}:1`);
  console.log(
    `${label.padEnd(22)} tooltip ${contrast(...tip).toFixed(1)}:1, instructions ${contrast(...keys).toFixed(1)}:1`,
  );
  await page.close();
}

/** The AP-NORC polls as a CSV file, one row per poll and series. */
const csv = [
  "series,date,value,marginOfError,sampleSize",
  ...apNorcUkraineSupport.series.flatMap((s) =>
    s.points.map((p) => [s.label, p.date, p.value, p.marginOfError ?? "", p.sampleSize ?? ""].join(",")),
  ),
].join("\n");

/**
 * A page served from ORIGIN, with answers held until `release(path)`: the element as one ES module
 * (dist/element-standalone.js), its data, and a brand font.
 */
async function servedPage(context, html) {
  const gates = new Map();
  const held = (path) => {
    if (!gates.has(path)) {
      let release;
      gates.set(path, { promise: new Promise((done) => (release = done)), release: () => release() });
    }
    return gates.get(path);
  };
  const files = {
    "/page.html": [html, "text/html"],
    "/element-standalone.js": [
      readFileSync(new URL("../dist/element-standalone.js", import.meta.url)),
      "text/javascript",
    ],
    "/pt.js": [script, "text/javascript"],
    "/slow.json": [JSON.stringify(apNorcUkraineSupport), "application/json", "held"],
    "/polls.csv": [csv, "text/plain"],
    "/brand.ttf": [
      readFileSync("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
      "font/ttf",
      "held",
    ],
    "/brand-bold.ttf": [
      readFileSync("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
      "font/ttf",
      "held",
    ],
  };
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = files[path];
    if (!file) return route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" });
    if (file[2]) await held(path).promise;
    return route.fulfill({ status: 200, contentType: file[1], body: file[0] });
  });
  return { page, release: (path) => held(path).release() };
}

/** <poll-trend-chart> from dist/element-standalone.js: a slow src reserves its space, a failing one says so, CSV is read. */
export async function elementChecks({ context, check, shot, results }) {
  const html = shell(
    `${CLS}<p>Intro.</p><poll-trend-chart id="slow" src="/slow.json" color-scheme="auto"></poll-trend-chart>${PROSE}
<poll-trend-chart id="fixed" src="/slow.json" height="560" style="display:block;min-height:560px"></poll-trend-chart>
<poll-trend-chart id="missing" src="/missing.json"></poll-trend-chart>
<poll-trend-chart id="csv" src="/polls.csv"></poll-trend-chart>${PROSE}
<script type="module" src="/element-standalone.js"></script>`,
    // The element's CSS in the page, as the README says: the space is reserved before the module runs.
    { head: elementCss("poll-trend-chart") },
  );
  const { page, release } = await servedPage(context, html);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize({ width: 390, height: 800 });
  await page.emulateMedia({ colorScheme: "light", forcedColors: "none", media: "screen" });
  await page.goto(`${ORIGIN}/page.html`);
  await page.waitForFunction(() => customElements.get("poll-trend-chart") && document.querySelector("#csv svg"));
  await page.waitForFunction(() => document.querySelector("#missing .pt-failed"));
  const height = (id) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);
  const waiting = { slow: await height("slow"), fixed: await height("fixed") };
  await shot("element-loading", false);
  release("/slow.json");
  await page.waitForFunction(() => document.querySelector("#slow svg") && document.querySelector("#fixed svg"));
  await nextFrames(page);
  const loaded = { slow: await height("slow"), fixed: await height("fixed") };
  const failed = await page.evaluate(() => {
    const el = document.querySelector("#missing .pt-failed");
    return {
      text: el.textContent,
      href: el.querySelector("a")?.getAttribute("href"),
      height: el.parentElement.getBoundingClientRect().height,
    };
  });
  const cls = await page.evaluate(() => window.cls);
  // The measure sees shifts: a 40 px block put above the charts is one.
  await page.evaluate(() =>
    document
      .getElementById("slow")
      .before(Object.assign(document.createElement("div"), { id: "control", style: "height:40px" })),
  );
  await nextFrames(page);
  await page.waitForTimeout(100);
  const control = await page.evaluate(() => window.cls);
  await page.evaluate(() => document.getElementById("control").remove());
  await shot("element-loaded");
  const label = "element/390";
  check(errors.length === 0, `${label}: script errors: ${errors.join("; ")}`);
  const change = Math.abs(loaded.slow - waiting.slow) / loaded.slow;
  check(
    waiting.slow > 300 && change <= 0.1,
    `${label}: a slow src reserved ${waiting.slow} px for a ${loaded.slow} px chart`,
  );
  check(
    waiting.fixed === 560 && loaded.fixed === 560,
    `${label}: height="560" held ${waiting.fixed} → ${loaded.fixed} px`,
  );
  check(
    failed.text.startsWith("The chart could not be drawn: /missing.json answered 404") &&
      failed.href === "/missing.json" &&
      failed.height > 100,
    `${label}: a failed src shows "${failed.text}" in ${failed.height} px`,
  );
  check(control > cls, `${label}: the layout-shift measure did not see a 40 px shift`);
  check(cls <= 0.02, `${label}: cumulative layout shift ${cls.toFixed(4)} while the elements loaded`);
  results.push({
    page: "element",
    width: 390,
    reserved: waiting.slow,
    drawn: loaded.slow,
    cls: Number(cls.toFixed(4)),
  });
  console.log(
    `${label.padEnd(22)} slow src: ${waiting.slow} px reserved, ${loaded.slow} px drawn; height="560": ${loaded.fixed}; failed: words and a link; CSV drawn; CLS ${cls.toFixed(4)} (a 40 px shift reads ${(control - cls).toFixed(4)})`,
  );
  await page.close();
}

/** A brand web font that arrives late: the chart is drawn at once, and laid out to the font as soon as it loads. */
export async function lateFontChecks({ context, check }) {
  const face = (weight, file) =>
    `@font-face{font-family:"Brand Serif";font-weight:${weight};src:url(/${file}) format("truetype")}`;
  const html = shell(
    `<div id="brand"></div><script src="/pt.js"></script><script>PT.mountTrendChart(document.getElementById("brand"), ${json(apNorcUkraineSupport)}, { fontFamily: "'Brand Serif', serif" })</script>`,
    { head: `${face(400, "brand.ttf")}${face(700, "brand-bold.ttf")}` },
  );
  const { page, release } = await servedPage(context, html);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${ORIGIN}/page.html`, { waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => document.querySelector("#brand svg"));
  const early = await page.evaluate(() => ({
    width: document.querySelector("#brand svg")?.getAttribute("width"),
    loaded: document.fonts.check('700 18px "Brand Serif"'),
  }));
  release("/brand.ttf");
  release("/brand-bold.ttf");
  await page.waitForFunction(
    () => document.fonts.check('700 18px "Brand Serif"') && document.fonts.check('400 12px "Brand Serif"'),
  );
  // Laid out to the brand font: each title line holds what fits in it, and could not hold the next word.
  const fits = await page
    .waitForFunction(
      () => {
        const svg = document.querySelector("#brand svg");
        const title = svg.querySelector("text[font-weight=bold]");
        const size = Number(title.getAttribute("font-size"));
        const lines = [...title.querySelectorAll("tspan")].map((t) => t.textContent.trim());
        const width = Number(svg.getAttribute("width"));
        const inner = width - 2 * (width < 480 ? 12 : 16);
        const ctx = document.createElement("canvas").getContext("2d");
        ctx.font = `700 ${size}px "Brand Serif"`;
        const measure = (s) =>
          [...s].reduce((w, c) => w + ctx.measureText(c).width, 0) +
          ([...s].length * 0.12 + (s.split(" ").length - 1) * 0.16) * size;
        return lines.every((line, i) => {
          const next = lines[i + 1]?.split(" ")[0];
          return measure(line) <= inner + 0.5 && !(next && measure(`${line} ${next}`) <= inner - 0.5);
        });
      },
      undefined,
      { timeout: 5000 },
    )
    .then(
      () => true,
      () => false,
    );
  const label = "late-font/390";
  check(
    early.width === "358" && !early.loaded,
    `${label}: not drawn at once while the font loads (${JSON.stringify(early)})`,
  );
  check(fits, `${label}: once the font loaded, the title is not laid out to it`);
  console.log(
    `${label.padEnd(22)} drawn at once at ${early.width} px in the fallback, laid out to the brand font once it loaded`,
  );
  await page.close();
}
