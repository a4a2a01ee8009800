import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type PollDataset,
  PollDataError,
  type PollPoint,
  parseDataset,
  renderTrendChart,
  summarizeTrend,
} from "./api.js";
import { dataset, params, RUNS, SEED } from "./arbitraries.js";
import { thrown, unchecked } from "./fixtures.js";
import { scanSvg } from "./xml.js";

console.log(`fast-check: seed ${SEED}, ${RUNS} runs per property (replay with PT_SEED=${SEED})`);

describe(`properties of valid datasets (fast-check, ${RUNS} runs, seed ${SEED})`, () => {
  it("the chart is well-formed XML, finite, inside its viewBox, uniquely identified, named by its title, deterministic, and leaves the input alone", () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const before = JSON.stringify(input);
        const svg = renderTrendChart(input);
        expect(svg).not.toMatch(/NaN|undefined|Infinity/);
        const scan = scanSvg(svg);
        const [, , w, h] = (scan.root.viewBox ?? "").split(" ").map(Number) as [number, number, number, number];
        const inside = (x: number, y: number) => x >= 0 && x <= w && y >= 0 && y <= h;
        const outside = scan.texts.find((t) => !inside(t.x, t.y));
        expect(outside, "text outside the viewBox").toBeUndefined();
        const marker = scan.markers.find((m) => {
          const [x, y] = m.d
            .slice(1)
            .split(/[,a-zA-Z]/)
            .map(Number) as [number, number];
          return !inside(x, y);
        });
        expect(marker, "marker outside the viewBox").toBeUndefined();
        expect(new Set(scan.ids).size).toBe(scan.ids.length);
        expect(scan.textById.get(scan.root["aria-labelledby"] ?? "")).toBe(input.title);
        expect(renderTrendChart(input)).toBe(svg);
        expect(JSON.stringify(input)).toBe(before);
      }),
      params,
    );
  }, 300_000);

  it("every number in the summary is traced to the data", () => {
    fc.assert(
      fc.property(dataset, (input) => {
        // The user's own texts may hold any digits; give them digit-free stand-ins here (the chart
        // property and the hostile corpus cover arbitrary text).
        const data = parseDataset({
          ...input,
          title: "Trend",
          population: "adults",
          ...(input.pollster ? { pollster: "Pollster" } : {}),
          ...(input.source ? { source: { name: "Source" } } : {}),
          events: [],
          series: input.series.map((s, i) => ({ ...s, label: `Series ${String.fromCharCode(65 + i)}` })),
        });
        const allowed = traceableNumbers(data);
        for (const length of ["full", "short"] as const) {
          const text = summarizeTrend(data, { length });
          expect(text).not.toMatch(/NaN|undefined|Infinity/);
          // AP style: "on" before a full date, "in" before a month.
          expect(text).not.toMatch(
            /\bin (Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2},/,
          );
          expect(text).not.toMatch(
            /\bon (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
          );
          expect(summarizeTrend(data, { length })).toBe(text);
          for (const token of text.match(/\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?/g) ?? [])
            expect(allowed.has(token), `${token} in: ${text}`).toBe(true);
        }
      }),
      params,
    );
  }, 300_000);
});

/**
 * Every number the summary may print, computed here from the points themselves (not by describeTrend,
 * the code under test): values, the changes from the previous and the first poll at the data's own
 * decimals, the margins of those differences, dates, and counts of polls at the high, at the low and
 * shared by two series.
 */
function traceableNumbers(data: PollDataset): Set<string> {
  const intl = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
  const allowed = new Set<string>();
  const add = (n: number) => allowed.add(intl.format(n));
  const decimals = (v: number) => Math.min(2, String(v).split(".")[1]?.length ?? 0);
  const change = (a: PollPoint, b: PollPoint) => {
    const scale = 10 ** Math.max(decimals(a.value), decimals(b.value));
    add(Math.round(Math.abs(b.value - a.value) * scale) / scale);
    if (a.marginOfError !== undefined && b.marginOfError !== undefined) {
      const margin = Math.sqrt(a.marginOfError ** 2 + b.marginOfError ** 2);
      add(Math.round(margin * 10) / 10);
      add(Math.round(margin * 100) / 100);
    }
  };
  const dates = data.series.map((s) => new Set(s.points.map((p) => p.date)));
  for (const s of data.series) {
    const points = [...s.points].sort((a, b) => (a.date < b.date ? -1 : 1));
    for (const p of points) {
      add(p.value);
      allowed.add(String(Number(p.date.slice(0, 4))));
      allowed.add(String(Number(p.date.slice(8, 10))));
    }
    const latest = points[points.length - 1] as PollPoint;
    if (points.length > 1) change(points[points.length - 2] as PollPoint, latest);
    if (points.length > 2) change(points[0] as PollPoint, latest);
    const values = points.map((p) => p.value);
    add(values.filter((v) => v === Math.max(...values)).length);
    add(values.filter((v) => v === Math.min(...values)).length);
  }
  dates.forEach((a, i) => {
    for (const b of dates.slice(i + 1)) add([...a].filter((d) => b.has(d)).length);
  });
  // A field of three or more: the lead of one series' latest poll over another's, at the data's own decimals.
  const latest = data.series.map((s) => [...s.points].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1)?.value ?? 0);
  latest.forEach((a, i) => {
    for (const b of latest.slice(i + 1)) {
      const scale = 10 ** Math.max(decimals(a), decimals(b));
      add(Math.round(Math.abs(a - b) * scale + 1e-9) / scale);
    }
  });
  return allowed;
}

/** One way to break one field, and the path that must be named. */
const breakers: [string, (d: Record<string, unknown>, s: number, p: number) => string][] = [
  ["a string value", (d, s, p) => set(d, s, p, "value", "60")],
  ["a value above 100", (d, s, p) => set(d, s, p, "value", 100.5)],
  ["a NaN value", (d, s, p) => set(d, s, p, "value", Number.NaN)],
  ["an impossible date", (d, s, p) => set(d, s, p, "date", "2023-02-30")],
  ["a date in another format", (d, s, p) => set(d, s, p, "date", "02/01/2023")],
  ["a negative margin", (d, s, p) => set(d, s, p, "marginOfError", -2)],
  ["a zero sample size", (d, s, p) => set(d, s, p, "sampleSize", 0)],
  ["a late fieldStart", (d, s, p) => set(d, s, p, "fieldStart", "2099-01-01")],
  ["a control character in a label", (d, s) => setSeries(d, s, "label", "a\u0001b")],
  ["a missing label", (d, s) => setSeries(d, s, "label", undefined)],
  [
    "an empty title",
    (d) => {
      d.title = "";
      return "title";
    },
  ],
];

function set(d: Record<string, unknown>, s: number, p: number, key: string, value: unknown): string {
  const series = (d.series as Record<string, unknown>[])[s] as { points: Record<string, unknown>[] };
  (series.points[p] as Record<string, unknown>)[key] = value;
  return `series[${s}].points[${p}].${key}`;
}

function setSeries(d: Record<string, unknown>, s: number, key: string, value: unknown): string {
  ((d.series as Record<string, unknown>[])[s] as Record<string, unknown>)[key] = value;
  return `series[${s}].${key}`;
}

describe(`properties of invalid datasets (fast-check, ${RUNS} runs, seed ${SEED})`, () => {
  it("every broken field yields a PollDataError naming its path", () => {
    const broken = dataset.chain((input) =>
      fc.record({
        input: fc.constant(input),
        breaker: fc.constantFrom(...breakers),
        s: fc.nat(input.series.length - 1),
        p: fc.nat(199),
      }),
    );
    fc.assert(
      fc.property(broken, ({ input, breaker: [, apply], s, p }) => {
        const copy = structuredClone(input) as Record<string, unknown>;
        const points = ((copy.series as { points: unknown[] }[])[s] as { points: unknown[] }).points;
        const path = apply(copy, s, p % points.length);
        const error = thrown(() => renderTrendChart(unchecked(copy)));
        expect(error).toBeInstanceOf(PollDataError);
        expect((error as PollDataError).issues.map((i) => i.where)).toContain(path);
        expect((error as PollDataError).message).toContain(`- ${path}: expected`);
      }),
      params,
    );
  }, 300_000);
});
