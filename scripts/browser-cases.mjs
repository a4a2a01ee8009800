// The checks of a mounted chart in Chromium, for npm run check:browser: the tree walked by keyboard
// (every poll, end cues, the settled live region, the accessibility tree), the app layouts (content
// box, flex, grid, hidden tab, server takeover, figures, clipping column, web component, hover and
// Escape, T to the table) and the themed page (the site's dark mode, a brand web font, print).
import { SERVER_WIDTH } from "./browser-pages.mjs";

/** WCAG contrast of two CSS rgb() colors. */
export function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What the page says about the active item of the tree in `scope`, its tooltip and live region. */
const state = (page, scope) =>
  page.evaluate((scope) => {
    const root = document.querySelector(scope);
    const tree = root.querySelector('[role="tree"]');
    const item = document.getElementById(tree.getAttribute("aria-activedescendant") ?? "");
    const tip = root.querySelector(".pt-tip");
    const mount = root.querySelector(".pt-mount");
    const [box, frame] = [tip.getBoundingClientRect(), mount.getBoundingClientRect()];
    const style = getComputedStyle(tip);
    return {
      focused: document.activeElement === tree,
      name: item?.getAttribute("aria-label") ?? "",
      level: Number(item?.getAttribute("aria-level")),
      leaf: item ? !item.hasAttribute("aria-expanded") : false,
      tip: tip.hidden ? "" : tip.firstChild.textContent,
      inside:
        box.left >= frame.left - 0.5 &&
        box.right <= frame.right + 0.5 &&
        box.top >= frame.top - 0.5 &&
        box.bottom <= frame.bottom + 0.5,
      color: style.color,
      background: style.backgroundColor,
      live: root.querySelector('[aria-live="polite"]').textContent,
    };
  }, scope);

/** Waits until the live region of the chart in `scope` says `text`; false after 3 s. */
const hears = (page, scope, text) =>
  page
    .waitForFunction(
      ([scope, text]) =>
        document.querySelector(scope).querySelector('[aria-live="polite"]').textContent.trim() === text,
      [scope, text],
      { timeout: 3000 },
    )
    .then(
      () => true,
      () => false,
    );

/**
 * Tab to the chart in `scope`, check its focus outline (inside the chart, at 3:1) and its node in the
 * accessibility tree, then walk every poll of every series: Down into it, Home, then Right (Page Down
 * in a long series) to the latest poll, each step read and shown in the tooltip; at the end the
 * settled live region and the cue of no later poll. Returns the number of polls walked.
 */
export async function walkChart({ page, context, check, label, scope, forced }) {
  for (let i = 0; i < 12; i++) {
    if (
      await page.evaluate(
        (s) => document.activeElement === document.querySelector(s).querySelector('[role="tree"]'),
        scope,
      )
    )
      break;
    await page.keyboard.press("Tab");
  }
  const ring = await page.evaluate((s) => {
    const tree = document.querySelector(s).querySelector('[role="tree"]');
    const style = getComputedStyle(tree);
    const bg = document.querySelector(s).querySelector(".pt-bg");
    return {
      focused: document.activeElement === tree,
      outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      inside: parseFloat(style.outlineOffset) <= -parseFloat(style.outlineWidth),
      color: style.outlineColor,
      background: bg ? getComputedStyle(bg).fill : getComputedStyle(document.body).backgroundColor,
      keys: !document.querySelector(s).querySelector(".pt-keys").hidden,
    };
  }, scope);
  if (!check(ring.focused, `${label}: Tab does not reach the chart`)) return 0;
  check(ring.outline && ring.inside, `${label}: the chart's focus outline is missing or outside it`);
  check(ring.keys, `${label}: no visible instructions on focus`);
  if (!forced)
    check(
      contrast(ring.color, ring.background) >= 3,
      `${label}: the focus outline is ${contrast(ring.color, ring.background).toFixed(2)}:1 on the chart`,
    );

  // The accessibility tree: a focused tree whose active descendant is the chart's item.
  const client = await context.newCDPSession(page);
  const { nodes } = await client.send("Accessibility.getFullAXTree");
  await client.detach();
  const tree = nodes.find(
    (n) => n.role?.value === "tree" && n.properties?.some((p) => p.name === "focused" && p.value.value),
  );
  const descendant = tree?.properties?.find((p) => p.name === "activedescendant")?.value.relatedNodes?.[0];
  const item = nodes.find((n) => n.backendDOMNodeId === descendant?.backendDOMNodeId);
  const first = await state(page, scope);
  check(
    tree && item?.role?.value === "treeitem" && item.name?.value === first.name,
    `${label}: the focused tree's aria-activedescendant is not its item in the accessibility tree (${tree?.role?.value}, ${item?.role?.value}, "${item?.name?.value}")`,
  );

  await page.keyboard.press("ArrowDown");
  const series = await page.evaluate((s) => {
    const items = document.querySelector(s).querySelectorAll('[role="treeitem"][aria-level="2"]');
    return [...items]
      .map((i) => i.getAttribute("aria-label"))
      .filter((n) => /^[^:]+: [\d,]+ polls?/.test(n))
      .map((n) => [n.split(":")[0], Number(/: ([\d,]+) poll/.exec(n)[1].replace(/,/g, ""))]);
  }, scope);
  let walked = 0;
  for (const [s, [name, count]] of series.entries()) {
    if (s > 0) await page.keyboard.press("ArrowRight");
    let at = await state(page, scope);
    check(at.name.startsWith(`${name}: `), `${label}: series ${s} is "${at.name}", not ${name}`);
    for (let i = 0; i < 5 && !at.leaf; i++) {
      await page.keyboard.press("ArrowDown");
      at = await state(page, scope);
    }
    await page.keyboard.press("Home");
    // A long tracker is walked by pages of ten (each landing checked), then poll by poll.
    const paging = count > 40;
    let position = 0;
    for (;;) {
      at = await state(page, scope);
      const where = `${name} ${position + 1} of ${count}`;
      const expected = `${(position + 1).toLocaleString("en-US")} of ${count.toLocaleString("en-US")}`;
      check(at.focused, `${label}: focus left the chart at ${where}`);
      check(
        at.tip.startsWith(`${name}, `) && at.tip.includes(expected),
        `${label}: the tooltip says "${at.tip}" at ${where}`,
      );
      check(at.tip.includes(at.name.split(", the ")[0]), `${label}: heard "${at.name}", shown "${at.tip}" at ${where}`);
      check(at.inside, `${label}: the tooltip leaves the chart at ${where}`);
      if (!forced)
        check(
          contrast(at.color, at.background) >= 4.5,
          `${label}: tooltip text ${contrast(at.color, at.background).toFixed(2)}:1`,
        );
      walked++;
      if (position === count - 1) break;
      const page10 = paging && position + 10 < count - 10;
      await page.keyboard.press(page10 ? "PageDown" : "ArrowRight");
      position += page10 ? 10 : 1;
    }
    check(/, the (latest|only) poll$/.test(at.name), `${label}: no cue at the end of ${name}: "${at.name}"`);
    if (s === 0) {
      // Once moves settle, the live region says the poll in full, once; past the end, that there is no later one.
      check(await hears(page, scope, at.tip), `${label}: the settled live region does not say "${at.tip}"`);
      await page.keyboard.press("ArrowRight");
      const cue = `Latest poll of ${name}; none later.`;
      check(await hears(page, scope, cue), `${label}: pressing Right at the end is not heard as "${cue}"`);
    }
    for (let i = 0; i < 5 && at.level > 2; i++) {
      await page.keyboard.press("ArrowUp");
      at = await state(page, scope);
    }
  }
  check(series.length > 0, `${label}: the chart has no series items`);
  return walked;
}

/** Every mounted container of the app page fills its content box, inside padding and borders. */
async function fits(page) {
  return page.evaluate(() => {
    const bad = [];
    for (const id of ["card", "card2", "flex", "grid1", "grid2", "server", "figure-live", "column", "element"]) {
      const box = id === "element" ? document.querySelector("poll-trend-chart") : document.getElementById(id);
      const svg = box.querySelector("svg");
      const style = getComputedStyle(box);
      const r = box.getBoundingClientRect();
      const px = (v) => parseFloat(v) || 0;
      const left = r.left + px(style.borderLeftWidth) + px(style.paddingLeft);
      const right = r.right - px(style.borderRightWidth) - px(style.paddingRight);
      const s = svg?.getBoundingClientRect();
      const want = Math.max(200, Math.floor(right - left));
      if (!s || s.left < left - 0.5 || s.right > right + 0.5 || Math.abs(s.width - want) > 1)
        bad.push(
          `${id}: chart ${Math.round(s?.left - left)}..${Math.round(s?.right - left)} in a content box of ${Math.round(right - left)}`,
        );
      if (box.querySelectorAll("svg").length !== 1) bad.push(`${id}: ${box.querySelectorAll("svg").length} charts`);
    }
    return bad;
  });
}

/** The app page: layouts, hidden tab, server takeover, figures, the clipping column, hover, T. */
export async function appChecks({ page, check, label, forced, shot }) {
  const misfits = await fits(page);
  check(misfits.length === 0, `${label}: a chart does not fit its container: ${misfits.join("; ")}`);
  const before = await page.evaluate((width) => {
    const server = document.querySelector("#server svg");
    const live = document.getElementById("figure-live");
    const shown = [...document.querySelectorAll("#figure-static svg")].filter((s) => s.getClientRects().length);
    const box = document.getElementById("figure-static").getBoundingClientRect();
    return {
      tabbed: document.querySelectorAll("#tabbed svg").length,
      drawn: [...window.drawnWidths],
      kept: server?.fromServer === true && server.getAttribute("width") === String(width),
      height: [window.serverHeight, document.getElementById("server").getBoundingClientRect().height],
      figureGone: !live.querySelector(".pt-figure"),
      shown: shown.map((s) => ({ drawn: Number(s.getAttribute("width")), as: s.getBoundingClientRect().width })),
      figureWidth: box.width,
      element: !!document.querySelector("poll-trend-chart [role=tree]"),
    };
  }, SERVER_WIDTH);
  check(before.tabbed === 0 && before.drawn.length === 0, `${label}: the hidden tab drew a chart (${before.drawn})`);
  const serverFits = before.height[0] !== undefined && SERVER_WIDTH <= (await page.evaluate(() => innerWidth)) - 32;
  if (serverFits) {
    check(before.kept, `${label}: the server's chart was drawn again instead of taken over`);
    check(
      Math.abs(before.height[0] - before.height[1]) < 0.5,
      `${label}: the server's chart changed height on enhance: ${before.height.join(" → ")}`,
    );
  }
  check(before.figureGone, `${label}: the enhanced figure is still there`);
  check(
    before.shown.length === 1 &&
      before.shown[0].as >= before.shown[0].drawn - 0.5 &&
      before.shown[0].as <= before.figureWidth + 0.5,
    `${label}: the static figure shows ${JSON.stringify(before.shown)} in ${before.figureWidth} px`,
  );
  check(before.element, `${label}: the web component drew no chart`);

  // The tab shown later: one draw, at the width it then has.
  await page.click("#show-tab");
  await page.waitForTimeout(150);
  const tab = await page.evaluate(() => ({
    drawn: [...window.drawnWidths],
    width: Math.floor(document.getElementById("tabbed").getBoundingClientRect().width),
  }));
  check(
    tab.drawn.length === 1 && Math.abs(Number(tab.drawn[0]) - tab.width) <= 1,
    `${label}: the tab drew at ${tab.drawn.join(", ")} for ${tab.width} px`,
  );

  // The column with overflow: hidden: the focus outline is inside the chart, so the column cannot clip it.
  const column = await page.evaluate(() => {
    const tree = document.querySelector("#column [role=tree]");
    tree.focus({ focusVisible: true });
    const style = getComputedStyle(tree);
    const [t, c] = [tree.getBoundingClientRect(), document.getElementById("column").getBoundingClientRect()];
    return {
      visible: tree.matches(":focus-visible") && style.outlineStyle !== "none",
      inside:
        parseFloat(style.outlineOffset) <= -parseFloat(style.outlineWidth) &&
        t.left >= c.left - 0.5 &&
        t.right <= c.right + 0.5 &&
        t.top >= c.top - 0.5 &&
        t.bottom <= c.bottom + 0.5,
    };
  });
  check(
    column.visible && column.inside,
    `${label}: the focus outline in the overflow: hidden column is clipped or missing`,
  );
  await shot("column-keys", "#column");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await shot("column-focus", "#column");

  // Hover: the nearest poll within 24 px, Escape hides it, the pointer can move onto the tooltip.
  await page.evaluate(() => document.activeElement?.blur());
  // Two polls, and for the first a place 18 px from it where no other poll is nearer than 30 px.
  const marks = await page.evaluate(() => {
    document.getElementById("card").scrollIntoView();
    const svg = document.querySelector("#card svg");
    const all = [...svg.querySelectorAll('.pt-group [role="graphics-symbol"]')].map((m) => {
      const r = m.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, label: m.getAttribute("aria-label") };
    });
    for (const a of all)
      for (let k = 0; k < 8; k++) {
        const [x, y] = [a.x + 18 * Math.cos((k * Math.PI) / 4), a.y + 18 * Math.sin((k * Math.PI) / 4)];
        const clear = all.every((o) => o === a || Math.hypot(o.x - x, o.y - y) > 30);
        const b = all.find((o) => o !== a && Math.hypot(o.x - a.x, o.y - a.y) > 40);
        if (clear && b) return { a, near: { x, y }, b };
      }
    return undefined;
  });
  if (!check(marks, `${label}: no poll of the card's chart stands clear of the others`)) return;
  const tip = () =>
    page.evaluate(() => {
      const t = document.querySelector("#card .pt-tip");
      const r = t.getBoundingClientRect();
      return { hidden: t.hidden, text: t.firstChild.textContent, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
  await page.mouse.move(marks.near.x, marks.near.y);
  let shown = await tip();
  // The marker's label names the poll by its dates: "Favor providing weapons, May 12–16, 2022: 60%, …".
  const dates = marks.a.label.split(":")[0].split(", ").slice(1).join(", ");
  check(
    !shown.hidden && shown.text.includes(`${dates}:`),
    `${label}: hovering 18 px from ${dates} shows "${shown.text}"`,
  );
  await page.keyboard.press("Escape");
  check((await tip()).hidden, `${label}: Escape does not hide the hover tooltip`);
  await page.mouse.move(marks.near.x + 1, marks.near.y);
  check((await tip()).hidden, `${label}: a dismissed tooltip came back on the same poll`);
  await page.mouse.move(marks.b.x, marks.b.y);
  shown = await tip();
  check(!shown.hidden, `${label}: hovering another poll shows no tooltip`);
  await page.mouse.move(shown.x, shown.y, { steps: 8 });
  const onTip = await tip();
  await shot("hover", "#card");
  check(
    !onTip.hidden && onTip.text === shown.text,
    `${label}: moving onto the tooltip hid or changed it ("${onTip.text}")`,
  );
  await page.mouse.move(2, 2);
  const left = await tip();
  check(left.hidden, `${label}: the tooltip stays after the pointer left the chart`);

  // The tracker in the flex row: grouped levels in the accessibility tree, and T to the data table.
  await page.evaluate(() => document.querySelector("#flex [role=tree]").focus({ focusVisible: true }));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const group = await page.evaluate(() => {
    const tree = document.querySelector("#flex [role=tree]");
    const item = document.getElementById(tree.getAttribute("aria-activedescendant"));
    return [item?.getAttribute("aria-level"), item?.getAttribute("aria-label")];
  });
  check(group[0] === "3" && /^2017: \d+ polls/.test(group[1]), `${label}: the tracker's second level is "${group[1]}"`);
  await shot("tracker-group", "#flex");
  await page.keyboard.press("t");
  check(
    await page.evaluate(() => document.activeElement?.id === "lab-table"),
    `${label}: T does not move focus to the data table`,
  );
  if (!forced) return;
}

/** The site's own dark mode under a light system, the brand web font's wrapping, and print. */
export async function themeChecks({ page, check, label }) {
  const colors = await page.evaluate(() => {
    const fill = (sel) => {
      const el = [...document.querySelectorAll(sel)].find((e) => e.getClientRects().length);
      return el ? getComputedStyle(el).fill : "none";
    };
    return {
      figure: fill("#static-auto .pt-bg"),
      live: fill("#dark-live .pt-bg"),
      text: fill("#dark-live text.pt-ftx"),
    };
  });
  check(
    colors.figure === "rgb(20, 20, 20)" && colors.live === "rgb(20, 20, 20)" && colors.text === "rgb(242, 242, 242)",
    `${label}: under the site's color-scheme: dark the charts are ${JSON.stringify(colors)}`,
  );
  await page.evaluate(() => document.querySelector("#dark-live [role=tree]").focus({ focusVisible: true }));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const tip = await page.evaluate(() => getComputedStyle(document.querySelector("#dark-live .pt-tip")).backgroundColor);
  check(tip === "rgb(20, 20, 20)", `${label}: the tooltip is ${tip} on the site's dark page`);

  // The brand font: loaded, used, and the title wrapped to its widths: each line holds what fits, and
  // could not hold the next word, counting the WCAG 1.4.12 spacing a reader may add.
  const wrap = await page.evaluate(async () => {
    await document.fonts.ready;
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
    const problems = [];
    lines.forEach((line, i) => {
      if (measure(line) > inner + 0.5) problems.push(`"${line}" is wider than ${inner}`);
      const next = lines[i + 1]?.split(" ")[0];
      if (next && measure(`${line} ${next}`) <= inner - 0.5) problems.push(`"${line}" could also hold "${next}"`);
    });
    return {
      loaded: document.fonts.check(`700 ${size}px "Brand Serif"`),
      family: getComputedStyle(title).fontFamily,
      lines,
      problems,
    };
  });
  check(
    wrap.loaded && /Brand Serif/.test(wrap.family),
    `${label}: the brand font is not loaded or not used (${wrap.family})`,
  );
  check(
    wrap.lines.length > 0 && wrap.problems.length === 0,
    `${label}: the title does not wrap to the brand font: ${wrap.problems.join("; ")}`,
  );
}

/** Print: light charts whatever the system and the site say, and no tooltip or instructions. */
export async function printChecks({ page, check, label }) {
  const printed = await page.evaluate(() => {
    const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length);
    return {
      backgrounds: shown(".pt-bg").map((e) => getComputedStyle(e).fill),
      texts: shown("text.pt-ftx").map((e) => getComputedStyle(e).fill),
      overlays: shown(".pt-tip, .pt-keys").length,
    };
  });
  check(
    printed.backgrounds.length > 0 && printed.backgrounds.every((f) => f === "rgb(255, 255, 255)"),
    `${label}: printed backgrounds ${[...new Set(printed.backgrounds)]}`,
  );
  check(
    printed.texts.every((f) => f === "rgb(26, 26, 26)"),
    `${label}: printed text ${[...new Set(printed.texts)]}`,
  );
  check(printed.overlays === 0, `${label}: a tooltip or the instructions print`);
}
