import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { parseCsv, renderSmallMultiples, renderTrendChart, summarizeTrend } from "./api.js";
import { layout } from "../src/chart/layout.js";
import { seriesNodes } from "../src/chart/paint-series.js";
import type { SceneNode } from "../src/chart/scene.js";
import { carried } from "./parts.js";
import { everyOtherDay, wobble } from "./fixtures.js";
import { parseSvg } from "./svg.js";

// A chart with averages draws every series' polls as dots: its only lines are averages, as its footer
// says ("Lines: poll averages; … dots: polls"). A line through the polls of a series without an average
// zigzags between pollsters whose wordings differ. And its key gives each series' value as the words do.

// FiveThirtyEight's coronavirus-concern list (fivethirtyeight/covid-19-polls, CC BY 4.0), as published.
const csv = gunzipSync(
  readFileSync(join(import.meta.dirname, "data", "538-covid-concern-polls-2022-10-24.csv.gz")),
).toString("utf8");
const COLUMNS = ["very", "somewhat", "not_very", "not_at_all"];
const economy = parseCsv(csv, {
  filter: { column: "subject", value: "concern-economy" },
  valueColumns: COLUMNS,
  unknownColumns: "ignore",
});
// The same rows read by d3-dsv, for what the test expects.
const rows = csvParse(csv).filter((r) => r["subject"] === "concern-economy");

/** A poll's date and pollster, to put another series' point in it. */
const pollOf = (p: { date: string; pollster?: string } | undefined) => ({
  date: String(p?.date),
  pollster: String(p?.pollster),
});

describe("a tracker's series without an average: dots, no line", () => {
  const svg = renderTrendChart(economy, { width: 640 });

  it("draws every line inside an average's own group, none through a series' polls", () => {
    const doc = parseSvg(svg);
    const lines = [...doc.querySelectorAll("path")].filter((p) => /\bpt-line\d/.test(p.getAttribute("class") ?? ""));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const group = line.closest("[role=graphics-object]");
      expect(group?.getAttribute("aria-label"), line.getAttribute("class") ?? "").toMatch(/, poll average \(/);
    }
    // "very" (the first series): its pollsters differ by 20 points, and it has no line at all.
    expect(doc.querySelector(".pt-line0")).toBeNull();
    expect(svg).toContain("Lines: poll averages");
  });

  it("keys it by its marker alone, where an averaged series' key shows a line", () => {
    const doc = parseSvg(renderTrendChart(economy, { width: 640, labels: "legend" }));
    // Each key entry: a group of its line sample (where drawn), its marker and its text (in a group of its own).
    const samples = (column: string) => {
      const text = [...doc.querySelectorAll("text")].find((t) => t.textContent?.endsWith(` ${column}`));
      const entry = text?.parentElement?.parentElement;
      return [...(entry?.children ?? [])].filter((p) => p.tagName === "path" && p.getAttribute("fill") === "none");
    };
    expect(samples("very").length).toBe(0);
    expect(samples("not_at_all").length).toBe(1);
  });

  it("draws each of its polls as a labeled dot in its group", () => {
    const doc = parseSvg(svg);
    const group = doc.querySelector(".pt-group-0");
    const dots = [...(group?.querySelectorAll("[role=graphics-symbol]") ?? [])];
    // One dot a poll: a poll listed for two populations (three here) is one poll.
    const polls = new Set(
      rows
        .filter((r) => r["very"] !== "")
        .map((r) => [r["pollster"], r["sponsor"], r["start_date"], r["end_date"]].join()),
    );
    expect(dots.length).toBe(polls.size);
    expect(dots[0]?.getAttribute("aria-label")).toMatch(/^very, /);
  });
});

describe("a tracker's series without an average: no error bars either", () => {
  it("leaves out the bars of a two-poll series beside an average, and their note", () => {
    const withMargins = (id: string, polls: number) => {
      const s = everyOtherDay(id, polls, (i) => 45 + wobble(i));
      return { ...s, points: s.points.map((p) => ({ ...p, marginOfError: 3.1 })) };
    };
    const tracker = { title: "A tracker", series: [withMargins("averaged", 60), withMargins("two", 2)] };
    const svg = renderTrendChart(tracker, { width: 640 });
    // Drawn without an average, the same two polls get their bars (the test's control).
    const alone = renderTrendChart({ ...tracker, series: [withMargins("two", 2)] }, { width: 640 });
    expect(alone).toContain("Bars: margins of error");
    expect(svg).not.toContain("Bars: margins of error");
    const group = parseSvg(svg).querySelector(".pt-group-1");
    const paths = [...(group?.querySelectorAll("path") ?? [])];
    expect(paths.length).toBe(2);
    expect(paths.every((p) => p.getAttribute("role") === "graphics-symbol")).toBe(true);
  });
});

describe("an average published on one day alone is drawn", () => {
  it("draws it as a short tick with its band, where it drew an empty path", () => {
    const chart = layout({ title: "A tracker", series: [everyOtherDay("a", 40, (i) => 45 + wobble(i))] }, carried);
    const [placed] = chart.series;
    const day = placed?.averageRuns[0]?.[20];
    if (!placed || !day) throw new Error("the fixture has an average");
    // The same series with one estimate left of its average: a run of one day.
    const painted = seriesNodes({ ...placed, averageRuns: [[day]] }, { trend: chart.trend, y: chart.y, dashes: false });
    const paths = (node: SceneNode | undefined): string[] =>
      node === undefined
        ? []
        : node.kind === "path"
          ? [node.d]
          : node.kind === "group"
            ? node.children.flatMap(paths)
            : [];
    const [halo, line] = paths(painted.over);
    // Six px wide: three either side of the day.
    expect(line).toMatch(/^M[\d.]+ [\d.]+l6 0$/);
    expect(halo).toBe(line);
    expect(paths(painted.under)[0]).toMatch(/^M/);
  });
});

describe("small multiples with averages: every panel's polls are dots", () => {
  it("draws no line through a panel whose series has no average, beside a panel whose series has one", () => {
    const tracker = {
      title: "A tracker",
      series: [everyOtherDay("averaged", 60, (i) => 45 + wobble(i)), everyOtherDay("two", 2, (i) => 40 + i)],
    };
    const doc = parseSvg(renderSmallMultiples(tracker, { ...carried, by: "series", width: 640 }));
    const lines = [...doc.querySelectorAll("path")].map((p) => p.getAttribute("class") ?? "");
    expect(lines.filter((c) => /\bpt-line0\b/.test(c)).length).toBeGreaterThan(0);
    expect(lines.filter((c) => /\bpt-line1\b/.test(c))).toEqual([]);
  });
});

describe("small multiples: error bars where no panel has an average, none where one has", () => {
  const withMargins = (id: string, polls: number, at: number) => {
    const s = everyOtherDay(id, polls, (i) => at + wobble(i));
    return { ...s, points: s.points.map((p) => ({ ...p, marginOfError: 3.1 })) };
  };
  const barsOf = (svg: string) =>
    [...parseSvg(svg).querySelectorAll("path")].filter((p) => p.getAttribute("stroke-width") === "1.25");

  it("draws the bars and says so in a figure of few polls", () => {
    const few = { title: "Few polls", series: [withMargins("a", 2, 45), withMargins("b", 2, 40)] };
    const svg = renderSmallMultiples(few, { ...carried, by: "series", width: 640 });
    expect(svg).toContain("Bars: margins of error");
    expect(barsOf(svg).length).toBe(2);
  });

  it("draws none beside a panel with an average, and says none", () => {
    const mixed = { title: "A tracker", series: [withMargins("averaged", 60, 45), withMargins("two", 2, 40)] };
    const svg = renderSmallMultiples(mixed, { ...carried, by: "series", width: 640 });
    expect(svg).not.toContain("Bars: margins of error");
    expect(barsOf(svg)).toEqual([]);
    // Nor do the margins widen the value axis, as bars drawn would: its ticks are those of the same polls without.
    const bare = {
      ...mixed,
      series: mixed.series.map((s) => ({ ...s, points: s.points.map(({ marginOfError: _, ...p }) => p) })),
    };
    const ticks = (figure: string) =>
      [...parseSvg(figure).querySelectorAll("text")].map((t) => t.textContent ?? "").filter((t) => /^\d+%$/.test(t));
    const without = renderSmallMultiples(bare, { ...carried, by: "series", width: 640 });
    expect(ticks(svg)).toEqual(ticks(without));
    // The control: the margins do widen the axis of a figure that draws its bars.
    const few = { title: "Few", series: [withMargins("a", 2, 45), withMargins("b", 2, 40)] };
    const fewBare = {
      ...few,
      series: few.series.map((s) => ({ ...s, points: s.points.map(({ marginOfError: _, ...p }) => p) })),
    };
    expect(ticks(renderSmallMultiples(few, { ...carried, by: "series", width: 640 }))).not.toEqual(
      ticks(renderSmallMultiples(fewBare, { ...carried, by: "series", width: 640 })),
    );
  });
});

describe("the key's order and places follow the field's basis", () => {
  it("compares a field by its latest polls where only one contender has an average: its latest poll, not its average", () => {
    // "a": 40 polls around 30, its last at 36, so its average ends near 30; "b" and "c": two polls each.
    const a = everyOtherDay("a", 40, (i) => (i === 39 ? 36 : 30 + wobble(i)));
    const b = everyOtherDay("b", 2, () => 33);
    const c = everyOtherDay("c", 2, () => 15);
    // In a's last two polls: their dates and pollsters.
    const days = (s: typeof b, from: number) => ({
      ...s,
      points: s.points.map((p, i) => ({ ...p, ...pollOf(a.points[from + i]) })),
    });
    const field = { title: "A field", series: [a, days(b, 38), days(c, 38)] };
    expect(summarizeTrend(field, { length: "short" })).toMatch(
      /^Leading in the latest poll that asked about both[^:]*: a, 36%/,
    );
    const doc = parseSvg(renderTrendChart(field, { width: 640 }));
    const y = (text: string) =>
      Number([...doc.querySelectorAll("text")].find((t) => t.textContent === text)?.getAttribute("y") ?? Number.NaN);
    // a's 36% is keyed above b's 33%: placed by the poll the key gives, not by a's average near 30.
    expect(y("36% a")).toBeLessThan(y("33% b"));
  });
});

describe("the key says what the words say", () => {
  // The latest poll of the list, from the raw rows: one poll ended on the latest day.
  const latestDay = rows
    .map((r) => r["end_date"] ?? "")
    .sort()
    .at(-1);
  const latest = rows.filter((r) => r["end_date"] === latestDay);

  it("gives each series' latest poll where the field is compared by its latest polls (two averages stop in January)", () => {
    expect(latest).toHaveLength(1);
    const summary = summarizeTrend(economy, { length: "short" });
    expect(summary).toMatch(/^Leading in the latest poll that asked about both/);
    const doc = parseSvg(renderTrendChart(economy, { width: 640 }));
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");
    for (const column of COLUMNS) {
      const value = `${latest[0]?.[column]}%`;
      expect(texts, column).toContain(`${value} ${column}`);
    }
    for (const column of ["not_very", "not_at_all"]) expect(summary).toContain(`${column}: ${latest[0]?.[column]}%`);
    // The lead the words give is the keyed values' difference.
    const [very, somewhat] = [Number(latest[0]?.["very"]), Number(latest[0]?.["somewhat"])];
    expect(summary).toContain(`very, ${very}%, ${very - somewhat} percentage points ahead of somewhat (${somewhat}%)`);
  });
});

describe("the short summary gives no average where the field is compared by its latest polls", () => {
  it("falls back to the leader's latest poll, not its average, when the leader's clause is too long", () => {
    const long = (name: string) => `${name} of the Very Long Name Party for Testing Alt Text`;
    const a = { ...everyOtherDay("a", 40, (i) => 35 + wobble(i)), label: long("Alpha") };
    const b = { ...everyOtherDay("b", 40, (i) => 25 + wobble(i)), label: long("Beta") };
    // Gamma, two polls and no average, last polled above Beta's average: the field goes by its latest polls.
    const gamma = everyOtherDay("c", 2, () => 30);
    const c = {
      ...gamma,
      label: long("Gamma"),
      // In the field's polls: the dates and pollsters of Alpha's last two, so asked against Beta too.
      points: gamma.points.map((p, i) => ({ ...p, ...pollOf(a.points[38 + i]) })),
    };
    const field = { title: "A field", series: [a, b, c] };
    expect(summarizeTrend(field)).toMatch(/^Leading in the latest poll that asked about both/);
    const short = summarizeTrend(field, { length: "short" });
    expect(short).not.toContain("poll average");
    // Alpha by name, at its latest poll, the 40th: 35 + wobble(39).
    expect(short.startsWith(`${long("Alpha")}: ${35 + wobble(39)}%`)).toBe(true);
  });
});

describe("the short summary gives no average that stopped before its series' latest poll", () => {
  it("gives September's polls, after a hole the averages do not cross, not March's averages", () => {
    const late = { date: "2024-09-01", pollster: "Pollster A", sampleSize: 1000 };
    const a = everyOtherDay("a", 40, (i) => 45 + wobble(i));
    const b = everyOtherDay("b", 40, (i) => 40 + wobble(i));
    const two = {
      title: "Two",
      series: [
        { ...a, points: [...a.points, { ...late, value: 44 }] },
        { ...b, points: [...b.points, { ...late, value: 47 }] },
      ],
    };
    const short = summarizeTrend(two, { length: "short" });
    expect(short).not.toContain("poll average");
    expect(short).toMatch(/^a: 44% .*; b: 47%/);
  });
});

describe("an average that stopped before its series' latest poll is said as old", () => {
  it("gives the latest poll and why the average stops straight after the average's last value", () => {
    const full = summarizeTrend(economy);
    const paragraph = (label: string) => {
      const from = full.indexOf(`put “${label}” at`);
      return full.slice(from, full.indexOf("The poll average", from + 1));
    };
    // "somewhat": its average stopped on Jan. 10, 2021; its latest poll ended March 14.
    const somewhat = paragraph("somewhat");
    expect(somewhat.indexOf("The latest poll")).toBeGreaterThan(0);
    expect(somewhat.indexOf("The latest poll")).toBeLessThan(somewhat.indexOf("The average itself lies"));
    expect(somewhat.indexOf("The average stops")).toBeLessThan(somewhat.indexOf("The average itself lies"));
    // "not_at_all": its average reaches its latest poll, which is said after the average's range.
    const notAtAll = paragraph("not_at_all");
    expect(notAtAll.indexOf("The latest poll")).toBeGreaterThan(notAtAll.indexOf("The average itself lies"));
  });
});

describe("an average that stopped before its series' latest poll is not its latest value", () => {
  // FiveThirtyEight's 2020 Democratic primary list (fivethirtyeight/data, CC BY 4.0), as published.
  const primary = gunzipSync(
    readFileSync(join(import.meta.dirname, "data", "538-president-primary-polls-2019-10-30.csv.gz")),
  ).toString("utf8");
  const dataset = parseCsv(primary, {
    dateFormat: "M/D/YYYY",
    unknownColumns: "ignore",
    filter: [
      { column: "party", value: "DEM" },
      { column: "state", value: "" },
    ],
  });
  const iso = (date: string) => {
    // Two-digit years, as the file writes them (10/22/19).
    const [m, d, y] = date.split("/").map(Number);
    return `${Number(y) < 100 ? 2000 + Number(y) : y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  };

  it("keys Hillary Clinton by her latest poll, October's, not by her average, which stopped in May", () => {
    const clinton = csvParse(primary)
      .filter((r) => r["party"] === "DEM" && r["state"] === "" && r["candidate_name"] === "Hillary Rodham Clinton")
      .sort((a, b) => iso(a["end_date"] ?? "").localeCompare(iso(b["end_date"] ?? "")));
    const latest = clinton.at(-1);
    // Her last poll is months after the one before it: the average stopped between them.
    expect(iso(latest?.["end_date"] ?? "")).toBe("2019-10-22");
    expect(iso(clinton.at(-2)?.["end_date"] ?? "")).toBe("2019-05-01");
    const doc = parseSvg(renderTrendChart(dataset, { width: 640 }));
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");
    expect(texts).toContain(`${Number(latest?.["pct"])}% Hillary Rodham Clinton`);
    // Her group's name for a screen reader gives no average "at the end": hers ended in May.
    const name = [...doc.querySelectorAll("[role=graphics-object]")]
      .map((g) => g.getAttribute("aria-label") ?? "")
      .find((label) => label.startsWith("Hillary Rodham Clinton:"));
    expect(name).toMatch(/polls, November 2018 to October 2019$/);
    // Joe Biden's average reaches his latest poll, and his name gives it.
    expect(texts.find((t) => t.endsWith(" Joseph R. Biden Jr."))).toMatch(/^\d+\.\d%/);
    const biden = [...doc.querySelectorAll("[role=graphics-object]")]
      .map((g) => g.getAttribute("aria-label") ?? "")
      .find((label) => label.startsWith("Joseph R. Biden Jr.:"));
    expect(biden).toMatch(/; poll average \d+\.\d% at the end$/);
  });
});
