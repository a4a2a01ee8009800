import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import * as core from "../src/index.js";
import { carried } from "./parts.js";
import { apNorcUkraineByParty, PollDataError, type PollDataset, parseCsv } from "./api.js";
import { thrown } from "./fixtures.js";
import { byRole, parseSvg } from "./svg.js";

// Small multiples: a panel per series or per group, a grid that fits the width, one shared value and
// time axis, plots that line up, one frame, an overview, and one tree of panels, series and polls.

const layout = (input: PollDataset, options?: core.MultiplesOptions) =>
  core.layoutSmallMultiples(input, { ...carried, ...options });
const render = (input: PollDataset, options?: core.MultiplesOptions) =>
  core.renderSmallMultiples(input, { ...carried, ...options });

const six = ["economy", "immigration", "trade_tariffs", "inflation", "foreign_policy", "healthcare"];
const file = join(import.meta.dirname, "data", "snoutcounter-president-issue-approval-polls-2026-02-14.csv.gz");
const all = parseCsv(gunzipSync(readFileSync(file)).toString("utf8"), {
  seriesColumn: "issue",
  valueColumns: ["net"],
  dateFormat: "M/D/YYYY",
  unknownColumns: "ignore",
  duplicates: "drop",
  invalidRows: "skip",
  asOf: "2026-02-14",
});
const issues: PollDataset = {
  ...all,
  title: "Trump’s net approval by issue",
  series: all.series.filter((s) => six.includes(s.id)),
};
/** Each panel's plot in the figure's coordinates. */
const plotBoxes = (l: core.MultiplesLayout) =>
  l.panels.map(({ x, y, chart: { plot } }) => ({
    left: x + plot.left,
    right: x + plot.right,
    top: y + plot.top,
    bottom: y + plot.bottom,
  }));

describe("the grid: as many columns as fit, one on a phone", () => {
  it("puts six issues in three columns of two rows at 640 px, and one column at 320", () => {
    const wide = layout(issues, { width: 640 });
    expect(wide.panels.map((p) => p.name)).toEqual(issues.series.map((s) => s.label));
    expect(wide.columns).toBe(3);
    expect(new Set(wide.panels.map((p) => p.y)).size).toBe(2);
    const phone = layout(issues, { width: 320 });
    expect(phone.columns).toBe(1);
    expect(new Set(phone.panels.map((p) => p.x))).toEqual(new Set([12]));
    // One under another, none overlapping: each panel starts below the last one's plot and axis.
    const ys = phone.panels.map((p) => p.y);
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThan(phone.panels[0]?.chart.height ?? 0);
    expect(Math.max(...phone.panels.map((p) => p.x + p.chart.width))).toBeLessThanOrEqual(320 - 12);
  });
});

describe("one value axis and one time axis, plots that line up", () => {
  it("shares the value domain and the time domain across panels by default", () => {
    const l = layout(issues, { width: 640 });
    const domains = new Set(l.panels.map((p) => `${p.chart.y.lo},${p.chart.y.hi}`));
    expect(domains.size).toBe(1);
    // The shared range holds every poll of every panel: the test's own extent.
    const values = issues.series.flatMap((s) => s.points.map((p) => p.value));
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    expect(l.panels[0]?.chart.y.lo).toBeLessThanOrEqual(lo);
    expect(l.panels[0]?.chart.y.hi).toBeGreaterThanOrEqual(hi);
    expect(new Set(l.panels.map((p) => p.chart.x.domain.join(","))).size).toBe(1);
  });

  it("gives each panel its range with yDomain: each, and still lines the plots up", () => {
    const l = layout(issues, { width: 640, yDomain: "each" });
    expect(new Set(l.panels.map((p) => `${p.chart.y.lo},${p.chart.y.hi}`)).size).toBeGreaterThan(1);
    for (const boxes of [plotBoxes(l), plotBoxes(layout(issues, { width: 640 }))]) {
      // Every plot as wide and as tall as the others; the plots of a row top to top, of a column edge to edge.
      expect(new Set(boxes.map((b) => `${(b.right - b.left).toFixed(6)},${b.bottom - b.top}`)).size).toBe(1);
      expect(new Set(boxes.map((b) => b.top)).size).toBe(2);
      expect(new Set(boxes.map((b) => b.left.toFixed(6))).size).toBe(3);
      const steps = [1, 2].map((k) => (boxes[k]?.left ?? 0) - (boxes[k - 1]?.left ?? 0));
      expect(steps[0]).toBeCloseTo(steps[1] ?? 0, 9);
    }
  });

  it("lines plots up across panels whose names take different numbers of lines", () => {
    const long = {
      ...apNorcUkraineByParty,
      series: apNorcUkraineByParty.series.map((s) =>
        s.group === "Sanctions on Russia"
          ? { ...s, group: "Economic sanctions on Russia, as the reports put them" }
          : s,
      ),
    };
    const l = layout(long, { by: "group", width: 640 });
    const names = l.panels.map((p) => (p.header.nodes[0]?.kind === "text" ? p.header.nodes[0].lines.length : 0));
    expect(Math.max(...names)).toBeGreaterThan(Math.min(...names));
    const tops = l.panels.map((p) => p.y + p.chart.plot.top);
    expect(new Set(tops).size).toBe(1);
  });
});

describe("by group: a panel per question, a color per party, one key", () => {
  const l = layout(apNorcUkraineByParty, { by: "group", width: 640 });
  const doc = parseSvg(render(apNorcUkraineByParty, { by: "group", width: 640 }));

  it("draws a panel per group, each party in one color and marker in every panel, named once in the key", () => {
    expect(l.panels.map((p) => p.name)).toEqual([
      "Sending funds directly",
      "Sanctions on Russia",
      "Taking in refugees",
    ]);
    for (const p of l.panels)
      expect(p.chart.series.map((s) => [s.series.label, s.color])).toEqual([
        ["Democrats", 0],
        ["Republicans", 1],
      ]);
    expect(l.keyLabels).toEqual(["Democrats", "Republicans"]);
  });

  it("names each panel with its latest values", () => {
    expect(l.panels.map((p) => p.label)).toEqual([
      "Sending funds directly: Democrats 59% and Republicans 21%",
      "Sanctions on Russia: Democrats 75% and Republicans 60%",
      "Taking in refugees: Democrats 73% and Republicans 42%",
    ]);
  });

  it("says which is highest and lowest now, and which moved most, from the data", () => {
    // The test's own arithmetic over the data: the last value of each series, and its change from the first.
    const rows = apNorcUkraineByParty.series.map((s) => ({
      name: `${s.label}, ${s.group}`,
      last: s.points.at(-1)?.value ?? 0,
      change: (s.points.at(-1)?.value ?? 0) - (s.points[0]?.value ?? 0),
    }));
    const by = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, b) => (f(b) > f(a) ? b : a));
    const [high, low, most] = [by((r) => r.last), by((r) => -r.last), by((r) => Math.abs(r.change))];
    expect([high.name, low.name, most.name, most.change]).toEqual([
      "Democrats, Sanctions on Russia",
      "Republicans, Sending funds directly",
      "Republicans, Taking in refugees",
      -11,
    ]);
    expect(l.description).toBe(
      `Three panels, May 2022 to January 2023. Highest in the latest figures: ${high.name}, 75%; lowest: ${low.name}, 21%. Moved most: ${most.name}, down 11 percentage points since May 2022. Axis from 20% to 90%.`,
    );
    expect(doc.querySelector("desc")?.textContent).toBe(l.description);
  });

  it("is one tree: the document, then panels, then series, then polls", () => {
    const svg = doc.documentElement;
    expect(svg.getAttribute("role")).toBe("graphics-document");
    expect(svg.getAttribute("aria-roledescription")).toBe("small multiples");
    expect(doc.querySelector("title")?.textContent).toBe(apNorcUkraineByParty.title);
    const panels = [...svg.children].filter((e) => e.getAttribute("role") === "graphics-object");
    expect(panels.map((p) => p.getAttribute("aria-label"))).toEqual(l.panels.map((p) => p.label));
    for (const panel of panels) {
      const series = [...panel.querySelectorAll('[role="graphics-object"]')];
      expect(series.map((s) => s.getAttribute("aria-label"))).toEqual([
        "Democrats: 2 polls, May 2022 to January 2023",
        "Republicans: 2 polls, May 2022 to January 2023",
      ]);
      for (const s of series) expect(s.querySelectorAll('[role="graphics-symbol"]')).toHaveLength(2);
    }
    // One title, one key, one footer: the key's names and the footer's source appear once.
    const text = [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" | ");
    expect(text.split("Republicans").length - 1).toBe(1);
    expect(text.split("Source:").length - 1).toBe(1);
    expect(byRole(doc, "graphics-symbol")).toHaveLength(12);
  });
});

describe("one value axis, labeled once a row", () => {
  it("labels the shared axis left of each row's first plot only, and every plot with yDomain: each", () => {
    const labels = (l: core.MultiplesLayout) =>
      l.panels.map((p) =>
        p.chart.scene.some(
          (n) => n.kind === "group" && n.children.some((c) => c.kind === "text" && c.anchor === "end"),
        ),
      );
    expect(labels(layout(issues, { width: 640 }))).toEqual([true, false, false, true, false, false]);
    expect(labels(layout(issues, { width: 640, yDomain: "each" }))).toEqual([true, true, true, true, true, true]);
    expect(labels(layout(issues, { width: 320 }))).toEqual([true, true, true, true, true, true]);
  });
});

describe("by series, and what it refuses", () => {
  it("draws every panel's line in the first color, its series named by the panel", () => {
    const l = layout(issues, { width: 640 });
    expect(new Set(l.panels.flatMap((p) => p.chart.series.map((s) => s.color)))).toEqual(new Set([0]));
    expect(l.key.entries).toEqual([]);
    expect(l.panels[0]?.label).toBe(`economy: ${l.panels[0]?.chart.series[0]?.average ? "−16.6" : ""}`);
  });

  it("names a bad option, and the options a grid decides itself", () => {
    const message = (options: object) =>
      (thrown(() => render(apNorcUkraineByParty, options)) as PollDataError).issues[0]?.where;
    expect(thrown(() => render(apNorcUkraineByParty, { by: "party" } as never))).toBeInstanceOf(PollDataError);
    expect(message({ by: "party" })).toBe("options.by");
    expect(message({ yDomain: "fit" })).toBe("options.yDomain");
    expect(message({ height: 400 })).toBe("options.height");
    expect(message({ plotMargins: { top: 10 } })).toBe("options.plotMargins");
  });

  it("refuses shares beside net values, naming the series", () => {
    const mixed = {
      ...issues,
      series: [...issues.series.slice(0, 1), { id: "x", label: "X", points: [{ date: "2025-06-01", value: 40 }] }],
    };
    expect((thrown(() => render(mixed)) as PollDataError).issues[0]?.where).toBe("series[1].measure");
  });

  it("names as highest and lowest now only series polled in the field's last 45 days", () => {
    const series = (id: string, dates: string[], values: number[]) => ({
      id,
      label: id.toUpperCase(),
      points: dates.map((date, i) => ({ date, value: values[i] ?? 0 })),
    });
    const field: PollDataset = {
      title: "Three issues",
      series: [
        series("a", ["2020-01-01", "2020-02-01"], [90, 91]),
        series("b", ["2021-01-01", "2021-06-01"], [40, 42]),
        series("c", ["2021-01-01", "2021-06-01"], [50, 52]),
      ],
    };
    // A, at 91%, was last polled 16 months before the others: not a latest figure, and the words say
    // how many were (B and C), so that A's panel is no surprise.
    expect(layout(field).description).toContain(
      "Highest in the latest figures: C, 52%; lowest: B, 42%, among the 2 polled within 45 days of the latest poll.",
    );
    const current = { ...field, series: field.series.slice(1) };
    expect(layout(current).description).toContain("Highest in the latest figures: C, 52%; lowest: B, 42%.");

    // The 102 issues of the real file: both named series were polled within 45 days of its latest poll,
    // as the test works it out from the dates.
    const last = new Map(all.series.map((s) => [s.label, s.points.at(-1)?.date ?? ""]));
    const asOf = [...last.values()].sort().at(-1) ?? "";
    const polledNow = (label: string | undefined) =>
      Date.parse(asOf) - Date.parse(last.get(label ?? "") ?? "") <= 45 * 86_400_000;
    expect([...last.values()].some((date) => !polledNow([...last].find(([, d]) => d === date)?.[0]))).toBe(true);
    const named = /Highest in the latest figures: (.+?), [^;]+; lowest: (.+?), [^.]+\./.exec(layout(all).description);
    expect(named && [polledNow(named[1]), polledNow(named[2])]).toEqual([true, true]);
  });

  it("writes its overview in Spanish for a Spanish locale", () => {
    const l = layout(apNorcUkraineByParty, { by: "group", locale: "es-US" });
    // A count from one to nine in words, labels in «» (the Spanish desk's rules, language/es.ts).
    expect(l.description).toMatch(
      /^Tres paneles, de mayo de 2022 a enero de 2023\. El más alto en las últimas cifras: «[^»]+» \(.* El que más cambió: «[^»]+», que bajó 11 puntos porcentuales desde mayo de 2022\./,
    );
    // The figure's name, its tree's, is the overview's first sentence, said by the words, not cut from them.
    expect(l.name).toBe("Tres paneles, de mayo de 2022 a enero de 2023");
    expect(layout(apNorcUkraineByParty, { by: "group" }).name).toBe("Three panels, May 2022 to January 2023");
    // Spain's present perfect for a change since a date; the region in lang, as a single chart has it.
    const spain = layout(apNorcUkraineByParty, { by: "group", locale: "es-ES" });
    expect(spain.description).toContain("El que más ha cambiado: ");
    expect(spain.description).toContain(", que ha bajado 11 puntos porcentuales desde mayo de 2022.");
    expect(render(apNorcUkraineByParty, { by: "group", locale: "es-ES" })).toMatch(
      /^<svg [^>]* lang="es-ES" xml:lang="es-ES"/,
    );
    expect(render(apNorcUkraineByParty, { by: "group", locale: "es-MX" })).toMatch(
      /^<svg [^>]* lang="es-MX" xml:lang="es-MX"/,
    );
  });
});

describe("a lone poll's value inside its panel", () => {
  it("sits left of a poll on the panel's last day, within the plot", () => {
    const lone: PollDataset = {
      title: "Lone polls",
      series: [
        {
          id: "a",
          label: "A",
          measure: "net",
          points: [
            { date: "2026-01-10", value: -5 },
            { date: "2026-02-01", value: -8 },
          ],
        },
        { id: "c", label: "C", measure: "net", points: [{ date: "2026-02-10", value: -18 }] },
      ],
    };
    const panel = layout(lone, { width: 640 }).panels.find((p) => p.name === "C");
    const value = panel?.chart.scene.find((n) => n.kind === "text" && n.lines[0]?.text === "−18");
    expect(value?.kind).toBe("text");
    if (value?.kind !== "text") return;
    const [line] = value.lines;
    const marker = panel?.chart.series[0]?.points[0];
    expect(value.anchor).toBe("end");
    expect(line?.x).toBeLessThan(marker?.x ?? 0);
    expect(line?.x).toBeLessThanOrEqual(panel?.chart.plot.right ?? 0);
  });
});
