import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { article } from "../src/language/en.js";
import {
  describeTrend,
  PollDataError,
  type PollDataset,
  parseCsv,
  renderTrendChart,
  sliceDataset,
  summarizeTrend,
} from "./api.js";
import { everyOtherDay, thrown, wcagContrast, wobble } from "./fixtures.js";
import { byRole, parseSvg } from "./svg.js";

const DAY = 86_400_000;
const daysBefore = (iso: string, days: number) => new Date(Date.parse(iso) - days * DAY).toISOString().slice(0, 10);

/** The key's entries of a chart, in order: each a group of 13 px text lines, joined. */
const keyTexts = (doc: Document) =>
  [...doc.querySelectorAll('g[font-size="13"]')].map((g) =>
    [...g.querySelectorAll("text")].map((t) => t.textContent ?? "").join(" "),
  );

// A field of four: the candidate highest in her last poll was last polled seven months before the rest.
const stale: PollDataset = {
  title: "A primary",
  population: "likely voters",
  series: [
    {
      id: "harris",
      label: "Kamala Harris",
      points: [
        { date: "2025-03-01", value: 26, pollster: "P" },
        { date: "2025-06-04", value: 24, pollster: "P" },
      ],
    },
    {
      id: "bianco",
      label: "Chad Bianco",
      points: [
        { date: "2025-06-04", value: 9, pollster: "P" },
        { date: "2026-01-10", value: 15, pollster: "P" },
        { date: "2026-01-21", value: 16, pollster: "Q" },
      ],
    },
    {
      id: "hilton",
      label: "Steve Hilton",
      points: [
        { date: "2026-01-10", value: 14, pollster: "P" },
        { date: "2026-01-21", value: 15, pollster: "Q" },
      ],
    },
    {
      id: "porter",
      label: "Katie Porter",
      points: [
        { date: "2025-06-04", value: 20, pollster: "P" },
        { date: "2026-01-21", value: 11, pollster: "Q" },
      ],
    },
  ],
};

describe("a field of candidates as it stands today", () => {
  it("never names as leader a candidate not polled in the last 45 days, and says when she was", () => {
    const facts = describeTrend(stale);
    expect(facts.asOf).toBe("2026-01-21");
    expect(facts.series.map((s) => s.current)).toEqual([false, true, true, true]);
    expect(facts.leader?.leader.series.id).toBe("bianco");
    const short = summarizeTrend(stale, { length: "short" });
    expect(short).toMatch(
      /^Leading in the latest poll that asked about both, on Jan\. 21, 2026: Chad Bianco, 16%, 1 percentage point ahead of Steve Hilton \(15%\)/,
    );
    expect(short).not.toContain("Kamala Harris leads");
    expect(summarizeTrend(stale)).toContain("Kamala Harris was last polled in June 2025.");
  });

  it("draws a candidate no longer polled in grey and keys her last, 'last polled June 2025'", () => {
    const doc = parseSvg(renderTrendChart(stale, { width: 640, labels: "legend" }));
    const key = keyTexts(doc);
    expect(key.at(-1)).toBe("Kamala Harris, last polled June 2025");
    expect(key.slice(0, 3)).toEqual(["16% Chad Bianco", "15% Steve Hilton", "11% Katie Porter"]);
    const harris = byRole(doc, "graphics-object").find((g) => g.getAttribute("aria-label")?.startsWith("Kamala"));
    expect(harris?.querySelector("[class*=pt-line]")?.getAttribute("class")).toContain("pt-kgy");
  });

  it("reads California's 2026 primary as of its latest polls: a current leader, a key that ends", () => {
    const csv = gunzipSync(
      readFileSync(join(import.meta.dirname, "data", "snoutcounter-governor-primary-ca-2026-02-14.csv.gz")),
    ).toString("utf8");
    const primary = parseCsv(csv, { unknownColumns: "ignore", asOf: "2026-02-14", title: "California governor" });
    // The field's date and who was polled within 45 days of it, from the points themselves.
    const latest = primary.series.map((s) => s.points.at(-1)?.date ?? "");
    const asOf = [...latest].sort().at(-1) ?? "";
    const since = daysBefore(asOf, 45);
    const current = primary.series.filter((_, i) => (latest[i] ?? "") >= since).map((s) => s.label);
    const short = summarizeTrend(primary, { length: "short" });
    const leader = /^Leading in [^:]+: ([^,]+),/.exec(short)?.[1];
    expect(current).toContain(leader);
    expect(short).not.toMatch(/Kamala Harris|John Cox/);
    for (const width of [320, 640]) {
      const svg = renderTrendChart(primary, { width });
      const doc = parseSvg(svg);
      const key = keyTexts(doc);
      expect(key).toHaveLength(7);
      const stale = primary.series.length - current.length;
      expect(key.at(-1)).toMatch(
        new RegExp(
          `^${current.length - 6} others, each under \\d+%; ${stale} not polled since ${since.slice(0, 4)}|not polled since`,
        ),
      );
      // Since the latest of their last polls (a date in the file), AP style: never the 45-day threshold.
      const lastStale =
        latest
          .filter((d) => d < since)
          .sort()
          .at(-1) ?? "";
      const [y, m, d] = lastStale.split("-").map(Number) as [number, number, number];
      const month = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
      expect(key.at(-1)).toContain(`; ${stale} not polled since ${month[m - 1]} ${d}, ${y}`);
      // The full summary gives the same date: none of them was polled after it.
      expect(summarizeTrend(primary)).toContain(` ${stale} others were not polled after ${month[m - 1]} ${d}, ${y}.`);
      // The key takes at most a third of the chart.
      const ys = [...doc.querySelectorAll('g[font-size="13"] text')].map((t) => Number(t.getAttribute("y")));
      const height = Number(doc.documentElement.getAttribute("height"));
      expect(Math.max(...ys) - Math.min(...ys) + 16).toBeLessThanOrEqual(height / 3);
    }
  });
});

describe("a field where some candidates have a poll average and some do not", () => {
  const csv = gunzipSync(
    readFileSync(join(import.meta.dirname, "data", "snoutcounter-governor-primary-ca-2026-02-14.csv.gz")),
  ).toString("utf8");
  const primary = parseCsv(csv, { unknownColumns: "ignore", asOf: "2026-02-14", title: "California governor" });

  it("is led by the averages where the top two reach their latest polls and no candidate without one polled as high", () => {
    // Each candidate's latest poll, read from the file's rows here (one row each on its latest date).
    const latest = new Map<string, { date: string; pct: number }>();
    for (const row of csvParse(csv)) {
      const name = row.candidate_name ?? "";
      const seen = latest.get(name);
      if (!seen || (row.end_date ?? "") > seen.date)
        latest.set(name, { date: row.end_date ?? "", pct: Number(row.pct) });
    }
    const asOf =
      [...latest.values()]
        .map((l) => l.date)
        .sort()
        .at(-1) ?? "";
    const current = [...latest].filter(([, l]) => l.date >= daysBefore(asOf, 45)).map(([name]) => name);
    // The averages that reach their candidate's latest poll, highest first, as the estimator gives them.
    const facts = describeTrend(primary).series;
    const reaching = facts
      .filter((s) => current.includes(s.series.label) && s.average?.latest.date === latest.get(s.series.label)?.date)
      .map((s) => ({ name: s.series.label, value: s.average?.latest.value ?? 0 }))
      .sort((a, b) => b.value - a.value);
    const [first, second] = reaching as [(typeof reaching)[0], (typeof reaching)[0]];
    // The premise: some current candidates have no average that reaches their latest poll (Katie Porter's
    // stopped in December, Eric Swalwell has none), and each of them was last polled below the runner-up.
    const without = current.filter((name) => !reaching.some((r) => r.name === name));
    expect(without.length).toBeGreaterThan(0);
    for (const name of without) expect(latest.get(name)?.pct).toBeLessThan(second.value);
    const tenth = (v: number) => (Math.round(v * 10) / 10).toFixed(1);
    const short = summarizeTrend(primary, { length: "short" });
    expect(short).toMatch(
      new RegExp(
        `^Leading in the poll averages on Jan\\. 21, 2026: ${first.name}, ${tenth(first.value)}%, ` +
          `${tenth(first.value - second.value)} percentage points? ahead of ${second.name} \\(${tenth(second.value)}%\\)`,
      ),
    );
  });

  it("is led by everyone's latest poll where a candidate without an average was polled as high as the runner-up", () => {
    // The same field, but Katie Porter's latest poll at 16%: above Steve Hilton's average (15.3%).
    const raised = csv.replace(",2026-01-20,800,LV,Katie Porter,11,", ",2026-01-20,800,LV,Katie Porter,16,");
    expect(raised).not.toBe(csv);
    const field = parseCsv(raised, { unknownColumns: "ignore", asOf: "2026-02-14", title: "California governor" });
    expect(summarizeTrend(field, { length: "short" })).toMatch(
      /^Leading in the latest poll that asked about both, on /,
    );
    // Ranked by those polls: at 17.5%, Porter is second to Bianco's 18%, above Hilton's 17%.
    const second = csv.replace(",2026-01-20,800,LV,Katie Porter,11,", ",2026-01-20,800,LV,Katie Porter,17.5,");
    const ranked = parseCsv(second, { unknownColumns: "ignore", asOf: "2026-02-14", title: "California governor" });
    expect(summarizeTrend(ranked, { length: "short" })).toMatch(
      /^Leading in the latest polls, to [^:]+: Chad Bianco, 18%, 0\.5 percentage points ahead of Katie Porter \(17\.5%\)/,
    );
  });
});

describe("a field whose averages stopped before its latest poll", () => {
  // Northern Ireland's national polls, 2017–2022, as Europe Elects lists them (gb-nir.csv): end date,
  // firm, sample, Sinn Féin, DUP, Alliance. Too few polls lately: every average stops in November 2021.
  const rows: [string, string, number, number, number, number][] = [
    ["2022-01-17", "LucidTalk", 3112, 25, 17, 14],
    ["2021-11-11", "LucidTalk", 3298, 24, 18, 15],
    ["2021-10-29", "University of Liverpool", 1002, 23.5, 20.6, 17.3],
    ["2021-08-23", "LucidTalk", 2403, 25, 13, 13],
    ["2021-05-17", "LucidTalk", 3072, 25, 16, 16],
    ["2021-01-25", "LucidTalk", 2295, 24, 19, 18],
    ["2021-11-05", "LucidTalk", 1961, 24, 23, 16],
    ["2020-10-30", "LucidTalk", 2422, 25, 30, 16],
    ["2019-11-01", "LucidTalk", 2386, 24, 28, 16],
    ["2019-08-12", "LucidTalk", 2302, 25, 29, 21],
    ["2018-11-02", "Survation", 555, 27, 31, 12],
    ["2018-02-26", "LucidTalk", 2079, 32.4, 33.6, 8.0],
    ["2017-12-04", "LucidTalk", 2079, 32.8, 33.7, 7.9],
    ["2017-09-11", "LucidTalk", 2080, 31.2, 35.5, 8.6],
  ];
  const parties = ["Sinn Féin", "DUP", "Alliance"];
  const field: PollDataset = {
    title: "Northern Ireland",
    series: parties.map((label, k) => ({
      id: label,
      label,
      points: rows.map((r) => ({ date: r[0], pollster: r[1], sampleSize: r[2], value: r[3 + k] as number })),
    })),
  };

  it("is led by the latest polls, not by averages two months older", () => {
    const averaged = describeTrend(field).series.map((s) => s.average?.latest.date);
    const latest = [...rows].sort((a, b) => (a[0] < b[0] ? 1 : -1))[0]!;
    // The premise: every series has an average, and each ends before the latest poll.
    for (const end of averaged) expect(end && end < latest[0]).toBe(true);
    const [first, second] = parties
      .map((label, k) => ({ label, value: latest[3 + k] as number }))
      .sort((a, b) => b.value - a.value) as [{ label: string; value: number }, { label: string; value: number }];
    expect(summarizeTrend(field, { length: "short" })).toMatch(
      new RegExp(
        `^Leading in the latest poll that asked about both, on Jan\\. 17, 2022: ${first.label}, ${first.value}%, ` +
          `${first.value - second.value} percentage points ahead of ${second.label} \\(${second.value}%\\)`,
      ),
    );
  });
});

describe("a field whose every current contender has an average to its latest poll", () => {
  // Three candidates polled every other day by three pollsters, and a fourth polled five times at the
  // start (no longer current, too few polls for an average).
  const field: PollDataset = {
    title: "Field",
    series: [
      everyOtherDay("A", 60, (i) => 40 + wobble(i)),
      everyOtherDay("B", 60, (i) => 31 + 2 * wobble(i + 1)),
      everyOtherDay("C", 60, (i) => 20 + wobble(i + 3)),
      everyOtherDay("D", 5, (i) => 9 + wobble(i)),
    ],
  };

  it("is led in the poll averages, the lead the difference of the values it prints", () => {
    const facts = describeTrend(field).series;
    // The premise: A, B and C have averages that reach their latest polls; D is neither current nor averaged.
    expect(facts.map((s) => s.average?.latest.date === s.latest.date)).toEqual([true, true, true, false]);
    expect(facts.map((s) => s.current)).toEqual([true, true, true, false]);
    const short = summarizeTrend(field, { length: "short" });
    const said =
      /^Leading in the poll averages on April 28, 2024: A, (\d+\.\d)%, ([\d.]+) percentage points ahead of B \((\d+\.\d)%\)/.exec(
        short,
      );
    expect(said, short).not.toBeNull();
    const [leader, lead, runnerUp] = [said?.[1], said?.[2], said?.[3]].map(Number) as [number, number, number];
    expect(Math.abs(leader - runnerUp - lead)).toBeLessThanOrEqual(0.1);
    // The same values the paragraphs give each average.
    const full = summarizeTrend(field);
    expect(full).toContain(`put “A” at ${said?.[1]}% on April 28, 2024`);
    expect(full).toContain(`put “B” at ${said?.[3]}% on April 28, 2024`);
  });
});

describe("a field's comparison", () => {
  it("is of the leader and the runner-up only: the leader above a minor candidate in every poll is no news", () => {
    // A leads now; B led until March; C was far below A in every poll.
    const field: PollDataset = {
      title: "Field",
      series: [
        everyOtherDay("A", 60, (i) => 40 + wobble(i)),
        everyOtherDay("B", 60, (i) => 44 - (i / 59) * 8 + wobble(i + 1)),
        everyOtherDay("C", 60, (i) => 20 + wobble(i + 3)),
      ],
    };
    const full = summarizeTrend(field);
    // The premise: A leads B now, and A's polls were above C's in every poll.
    expect(full).toMatch(
      /^Leading in the poll averages on April 28, 2024: A, [\d.]+%, [\d.]+ percentage points? ahead of B/,
    );
    expect(field.series[0]?.points.every((p, i) => p.value > (field.series[2]?.points[i]?.value ?? 100))).toBe(true);
    expect(full).not.toMatch(/above the “C” average|higher than “C”/);
  });

  it("tells no overtaking of a third when the leader and the runner-up are within their margin", () => {
    // A and B half a point apart throughout; C fell from 38 to 23 and was overtaken by both.
    const field: PollDataset = {
      title: "Field",
      series: [
        everyOtherDay("A", 60, (i) => 33 + wobble(i)),
        everyOtherDay("B", 60, (i) => 32.5 + wobble(i + 2)),
        everyOtherDay("C", 60, (i) => 38 - (i / 59) * 15 + wobble(i + 3)),
      ],
    };
    const facts = describeTrend(field).series;
    // The premise: C started above A and ended far below it.
    expect(facts[2]?.first.value).toBeGreaterThan(facts[0]?.first.value ?? 100);
    expect(facts[2]?.latest.value).toBeLessThan((facts[0]?.latest.value ?? 0) - 5);
    const full = summarizeTrend(field);
    expect(full).toMatch(/^Leading in the poll averages on April 28, 2024: A, /);
    expect(full).not.toMatch(/overtook|changed hands/);
  });
});

describe("colors that belong to series", () => {
  const csv = gunzipSync(
    readFileSync(join(import.meta.dirname, "data", "snoutcounter-governor-primary-ca-2026-02-14.csv.gz")),
  ).toString("utf8");
  const primary = parseCsv(csv, { unknownColumns: "ignore", asOf: "2026-02-14", title: "California governor" });
  // The color of a series' sample line in the key.
  const strokeOf = (svg: string, label: string) => {
    const entry = [...parseSvg(svg).querySelectorAll('g[font-size="13"]')].find((g) =>
      g.textContent?.endsWith(` ${label}`),
    );
    const stroke = entry?.parentElement?.querySelector("path")?.getAttribute("stroke");
    expect(stroke, label).toMatch(/^#[0-9a-f]{6}$/);
    return stroke;
  };

  it("keeps a series' color when the file is sliced or the field reordered", () => {
    const whole = renderTrendChart(primary);
    const late = renderTrendChart(sliceDataset(primary, { from: "2025-01-01" }));
    for (const name of ["Chad Bianco", "Steve Hilton", "Katie Porter"])
      expect(strokeOf(late, name)).toBe(strokeOf(whole, name));
  });

  it("draws a series in its own color, from the colors option or the series' color field", () => {
    expect(strokeOf(renderTrendChart(primary, { colors: { "Chad Bianco": "#0057b8" } }), "Chad Bianco")).toBe(
      "#0057b8",
    );
    const red = {
      ...primary,
      series: primary.series.map((s) => (s.id === "Steve Hilton" ? { ...s, color: "#b3261e" } : s)),
    };
    expect(strokeOf(renderTrendChart(red), "Steve Hilton")).toBe("#b3261e");
  });

  it("refuses a brand color under 3:1, naming the nearest shade of its hue that passes", () => {
    const error = thrown(() => renderTrendChart(primary, { colors: { "Chad Bianco": "#FAA61A" } }));
    expect(error).toBeInstanceOf(PollDataError);
    const issue = (error as PollDataError).issues[0];
    expect(issue?.where).toBe("options.colors.Chad Bianco");
    const shade = /; (#[0-9a-f]{6}) passes at/.exec(issue?.message ?? "")?.[1] ?? "";
    expect(wcagContrast("#faa61a", "#ffffff")).toBeLessThan(3);
    expect(wcagContrast(shade, "#ffffff")).toBeGreaterThanOrEqual(3);
    // The nearest: a shade any closer to the brand color fails.
    expect(wcagContrast(shade, "#ffffff")).toBeLessThan(3.1);
    // The same hue: red, green and blue keep their order.
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    const [r, g, b] = rgb(shade) as [number, number, number];
    expect(r > g && g > b).toBe(true);
    const dataError = thrown(() =>
      renderTrendChart({
        ...primary,
        series: primary.series.map((s, i) => (i === 0 ? { ...s, color: "#faa61a" } : s)),
      }),
    );
    expect((dataError as PollDataError).issues[0]?.where).toBe("series[0].color");
  });
});

describe("one poll told as one poll", () => {
  // Breakthrough Campaigns, Nov. 22–26, 2024, asked two versions (618 and 610 respondents).
  const split: PollDataset = {
    title: "Garvey",
    series: [
      {
        id: "garvey",
        label: "Steve Garvey",
        points: [
          { date: "2024-10-01", value: 19, sampleSize: 700, pollster: "B" },
          { date: "2024-11-26", fieldStart: "2024-11-22", value: 21, sampleSize: 618, pollster: "B", questionId: "q1" },
          { date: "2024-11-26", fieldStart: "2024-11-22", value: 18, sampleSize: 610, pollster: "B", questionId: "q2" },
        ],
      },
    ],
  };

  it("never compares two versions of one poll as a change, and counts the poll once", () => {
    const [facts] = describeTrend(split).series;
    expect(facts?.polls).toBe(2);
    expect(facts?.questions).toBe(3);
    expect(facts?.previous?.date).toBe("2024-10-01");
    // The full sample (618) is the poll's reading: 21, up 2 from 19.
    expect(facts?.sincePrevious?.points).toBe(2);
    const text = summarizeTrend(split);
    expect(text).not.toMatch(/from \d+% on Nov\. 26, 2024/);
    expect(text).toMatch(/21%.*up 2 percentage points from 19%/);
  });
});

describe("two series and parts", () => {
  const days = (n: number) => daysBefore("2020-12-31", -n);
  it("counts how often the lead changed hands, along one pollster's polls or two averages", () => {
    // A leads, B overtakes, A again, B again: three changes, all in one pollster's polls.
    const values = [
      [50, 40],
      [44, 46],
      [48, 45],
      [41, 47],
      [40, 49],
    ];
    const data: PollDataset = {
      title: "Two parties",
      series: ["a", "b"].map((id, k) => ({
        id,
        label: k ? "Labour" : "Conservatives",
        points: values.map((v, i) => ({ date: days(30 * i), value: v[k] as number })),
      })),
    };
    expect(describeTrend(data).crossing).toMatchObject({ basis: "polls", changes: 3, leader: { id: "b" } });
    // The fourth poll (Labour 47, Conservatives 41) ended on March 31, 2021, the second poll of that month.
    expect(summarizeTrend(data)).toContain(
      "The lead changed hands three times, most recently on March 31, 2021, to “Labour”.",
    );
    // The same polls with a margin of error of 2 points (4 on a lead): the Conservatives' 48 to 45 of Feb. 28
    // is within it, so the lead changed hands once, in January (44 to 46 is within it too, but the
    // Conservatives never again led by more than the margin): Labour overtook them in January 2021.
    const margined: PollDataset = {
      ...data,
      series: data.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, marginOfError: 2 })) })),
    };
    expect(describeTrend(margined).crossing).toMatchObject({ changes: 1, date: days(30), leader: { id: "b" } });
    expect(summarizeTrend(margined)).toContain("“Labour” overtook “Conservatives” in January 2021");
    // Without a clear lead before it, nothing was overtaken: leads of 2, 1 and 3 within a margin of 4.
    const close: PollDataset = {
      ...margined,
      series: margined.series.map((s, k) => ({
        ...s,
        points: s.points.map((p, i) => ({
          ...p,
          value: [
            [46, 44],
            [45, 46],
            [47, 44],
            [41, 47],
            [40, 49],
          ][i]![k]!,
        })),
      })),
    };
    expect(describeTrend(close).crossing).toBeUndefined();
    // Along averages: two answers whose true shares cross six times in 180 polls (every 60 days, the
    // last on day 330), the latest 6 points apart, A ahead.
    const swing = (i: number) => 3 * Math.sin((2 * Math.PI * (i + 15)) / 60);
    const tracked: PollDataset = {
      title: "Two answers",
      series: [
        everyOtherDay("A", 180, (i) => 47 + swing(i) + wobble(i)),
        everyOtherDay("B", 180, (i) => 47 - swing(i) + wobble(i + 2)),
      ],
    };
    expect(describeTrend(tracked).crossing).toMatchObject({ basis: "average", changes: 6, leader: { id: "A" } });
    // The last crossing, near day 330, is in late November 2024.
    expect(summarizeTrend(tracked)).toContain(
      "The lead changed hands six times, most recently in November 2024, to “A”.",
    );
  });

  it("never sets two averages of different days against each other for the lead", () => {
    // Three parties polled every other day; the leader's polls stop 30 days before the others' (Italy's
    // LN, whose average ended on Dec. 30 beside M5S's of Jan. 28: "6.2 points ahead" where Dec. 30 had 5.4).
    const parties = [
      everyOtherDay("A", 180, (i) => 45 + wobble(i)),
      everyOtherDay("B", 180, (i) => 38 + wobble(i + 1)),
      everyOtherDay("C", 180, (i) => 15 + wobble(i + 2)),
    ];
    const together: PollDataset = { title: "Three parties", series: parties };
    expect(describeTrend(together).leader).toMatchObject({ basis: "average", leader: { series: { id: "A" } } });
    const stopped = {
      ...together,
      series: [{ ...parties[0]!, points: parties[0]!.points.slice(0, -15) }, ...parties.slice(1)],
    };
    const { leader } = describeTrend(stopped);
    expect(leader).toMatchObject({
      basis: "polls",
      leader: { series: { id: "A" } },
      runnerUp: { series: { id: "B" } },
    });
    expect(summarizeTrend(stopped)).not.toMatch(/Leading in the poll averages/);
  });

  it("beside a third answer that led for a while, two trading places is no count of the lead changing hands", () => {
    // The two answers above, and a third that leads them for the first half year, then falls behind.
    const swing = (i: number) => 3 * Math.sin((2 * Math.PI * (i + 15)) / 60);
    const two = [
      everyOtherDay("A", 180, (i) => 40 + swing(i) + wobble(i)),
      everyOtherDay("B", 180, (i) => 40 - swing(i) + wobble(i + 2)),
    ];
    const third = everyOtherDay("C", 180, (i) => (i < 90 ? 50 : 15) + wobble(i + 4));
    const data: PollDataset = { title: "Three answers", series: [...two, third] };
    const text = summarizeTrend(data);
    expect(describeTrend(data).crossing).toMatchObject({ basis: "average", changes: 1, leader: { id: "A" } });
    expect(text).not.toMatch(/changed hands/);
    expect(text).toMatch(/The “A” average overtook the “B” average in [A-Z][a-z]+ 2024/);
    // The same two answers alone: their six swaps are the lead's.
    expect(describeTrend({ ...data, series: two }).crossing).toMatchObject({ changes: 6, leader: { id: "A" } });
  });

  it("writes no verb that a plural label would break: no 'Conservatives leads'", () => {
    const data: PollDataset = {
      title: "Three parties",
      series: [
        { id: "c", label: "Conservatives", points: [{ date: "2019-12-01", value: 43 }] },
        { id: "l", label: "Labour", points: [{ date: "2019-12-01", value: 33 }] },
        { id: "d", label: "Liberal Democrats", points: [{ date: "2019-12-01", value: 12 }] },
      ],
    };
    const text = summarizeTrend(data);
    expect(text).not.toMatch(/Conservatives (leads|is|was|has)\b/);
    expect(text).toContain(
      "Leading in the latest poll that asked about both, on Dec. 1, 2019: Conservatives, 43%, 10 percentage points ahead of Labour (33%).",
    );
  });

  it("says a part with its own population, and keeps the whole's crossing when a part is added", () => {
    const approve = [46, 44, 42, 41];
    const data: PollDataset = {
      title: "Approval",
      population: "U.S. adults",
      series: [
        { id: "a", label: "Approve", points: approve.map((v, i) => ({ date: days(30 * i), value: v })) },
        { id: "d", label: "Disapprove", points: approve.map((v, i) => ({ date: days(30 * i), value: 88 - v - 1 })) },
      ],
    };
    const crossingOf = (d: PollDataset) => describeTrend(d).crossing?.leader.id;
    expect(crossingOf(data)).toBe("d");
    const withPart: PollDataset = {
      ...data,
      series: [
        ...data.series,
        {
          id: "r",
          label: "Republicans who approve",
          population: "Republicans",
          predicate: "approved",
          partOf: "a",
          points: approve.map((v, i) => ({ date: days(30 * i), value: v + 40 })),
        },
      ],
    };
    expect(crossingOf(withPart)).toBe("d");
    const text = summarizeTrend(withPart);
    expect(text).toContain("81% of Republicans approved");
    expect(text).not.toMatch(/“Republicans who approve” was (higher|lower) than “Disapprove”/);
  });
});

describe("a or an by the sound of the word", () => {
  it.each([
    ["University of Texas", "a"],
    ["YouGov", "a"],
    ["Ipsos", "an"],
    ["SSRS", "an"],
    ["NBC News", "an"],
    ["UMass Lowell", "a"],
    ["Emerson College", "an"],
    ["USC Dornsife", "a"],
    ["FOX News", "a"],
    ["umbrella", "an"],
    ["hour", "an"],
    ["one-time", "a"],
  ])("%s takes %s", (word, expected) => {
    expect(article(word)).toBe(expected);
  });
});
