import { readFileSync } from "node:fs";
import { join } from "node:path";
import { apNorcUkraineSupport, type ChartOptions, type PollDataset, parseCsv, sliceDataset } from "../src/index.js";
import { averages } from "./parts.js";

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A deterministic wave of `count` polls, `stepDays` apart, starting on `start`. */
export function wave(
  count: number,
  start: string,
  stepDays: number,
  phase = 0,
  period = 7,
): { date: string; value: number; marginOfError?: number }[] {
  const t0 = Date.parse(start);
  const wiggle = period / 3;
  return Array.from({ length: count }, (_, i) => ({
    date: iso(t0 + i * stepDays * DAY),
    value: Math.round((50 + 30 * Math.sin(i / period + phase) + 8 * Math.sin(i / wiggle)) * 10) / 10,
    ...(i % 3 === 0 ? { marginOfError: 3.5 } : {}),
  }));
}

/** A named chart case: the data and the options. */
export interface ChartCase {
  readonly data: PollDataset;
  readonly options?: ChartOptions;
}

/**
 * Eight close series and three late events, tight: labels must not pile up above the plot or over the
 * events. (At 260 px, where v0.1 did, the chart now says it needs 356; see chart.test.ts.)
 */
export const crowded: ChartCase = {
  data: {
    title: "Eight answers within a few points",
    series: Array.from({ length: 8 }, (_, i) => ({
      id: `s${i}`,
      label: `Answer ${String.fromCharCode(65 + i)}`,
      points: wave(6, "2021-01-01", 60, i / 4).map((p) => ({
        ...p,
        value: Math.round((40 + p.value / 20 + i * 0.8) * 10) / 10,
      })),
    })),
    events: [
      { date: "2021-08-01", label: "Debate" },
      { date: "2021-09-01", label: "Convention" },
      { date: "2021-09-20", label: "Scandal breaks" },
    ],
  },
  options: { height: 360 },
};

/** The real tracker: FiveThirtyEight's approval polls by seven pollsters (test/data/README.md, CC BY 4.0). */
export const tracker = parseCsv(readFileSync(join(import.meta.dirname, "data", "approval-tracker.csv"), "utf8"), {
  title: "Trump’s approval stayed below his disapproval",
  source: "FiveThirtyEight",
});

const cases = {
  "ap-norc-ukraine": { data: apNorcUkraineSupport },
  "ap-norc-ukraine-dark": { data: apNorcUkraineSupport, options: { colorScheme: "dark" } },
  // The page's scheme (light-dark()), a transparent background and a brand palette: librsvg draws it light.
  "ap-norc-ukraine-auto-brand": {
    data: apNorcUkraineSupport,
    options: {
      colorScheme: "auto",
      background: "transparent",
      palette: { light: ["#00558c", "#b3261e"], dark: ["#7cc4ff", "#ff9b8f"] },
    },
  },
  "ap-norc-ukraine-320": { data: apNorcUkraineSupport, options: { width: 320 } },
  crowded,
  tracker: { data: tracker, options: { yDomain: "fit" } },
  "ap-norc-ukraine-legend-fit": {
    data: apNorcUkraineSupport,
    options: { labels: "legend", yDomain: "fit", width: 480 },
  },
  "article-feb-2023": { data: sliceDataset(apNorcUkraineSupport, { from: "2022-05-01", to: "2023-02-15" }) },
  "one-point": {
    data: {
      title: "A single poll",
      source: { name: "Test Research" },
      series: [{ id: "a", label: "Approve", points: [{ date: "2024-06-30", value: 41, marginOfError: 3 }] }],
    },
  },
  "all-equal": {
    data: {
      title: "Nothing changed",
      series: [{ id: "a", label: "Approve", points: wave(6, "2020-01-15", 60).map((p) => ({ ...p, value: 48 })) }],
    },
    options: { yDomain: "fit" },
  },
  "zero-and-hundred": {
    data: {
      title: "Values at the edges",
      series: [
        {
          id: "a",
          label: "Yes",
          points: [
            { date: "2020-01-01", value: 0, marginOfError: 4 },
            { date: "2020-06-01", value: 100, marginOfError: 4 },
            { date: "2021-01-01", value: 0 },
          ],
        },
      ],
    },
  },
  "thirty-years": {
    data: {
      title: "Three decades of polling",
      population: "adults",
      series: [{ id: "a", label: "Trust government", points: wave(31, "1994-06-01", 365) }],
    },
  },
  "few-weeks": {
    data: {
      title: "A short campaign",
      series: [
        { id: "a", label: "Candidate A", points: wave(8, "2024-10-01", 4) },
        { id: "b", label: "Candidate B", points: wave(8, "2024-10-02", 4, 2) },
      ],
    },
  },
  "ten-series": {
    data: {
      title: "Ten answers at once",
      series: Array.from({ length: 10 }, (_, i) => ({
        id: `s${i}`,
        label: `Answer ${String.fromCharCode(65 + i)}`,
        points: wave(5, "2021-01-01", 90, i).map((p) => ({
          ...p,
          value: Math.round((p.value / 10 + i * 9) * 10) / 10,
        })),
      })),
    },
  },
  gap: {
    data: {
      title: "A series with a gap",
      series: [
        {
          id: "a",
          label: "Favor",
          points: [...wave(6, "2010-01-01", 30), ...wave(6, "2016-01-01", 30, 1), { date: "2020-01-01", value: 40 }],
        },
      ],
    },
    options: { maxGapDays: 400 },
  },
  "ten-thousand-points": {
    data: {
      title: "Daily tracking, 10,000 days",
      series: [{ id: "a", label: "Tracking", points: wave(10_000, "1995-01-01", 1, 0, 900) }],
    },
  },
  "long-text": {
    data: {
      title:
        "A very long headline that goes on and on about public opinion, far longer than any editor would allow, to test wrapping and truncation",
      subtitle:
        "Percent who say they have heard a great deal or a fair amount about the proposal, among registered voters who were asked the question in each wave",
      source: { name: "A research center with a long, long name and a longer description of its methods" },
      population: "registered voters",
      series: [
        {
          id: "a",
          label: "Heard a great deal or a fair amount about the proposal",
          points: wave(4, "2022-01-01", 100),
        },
        { id: "b", label: "Heard nothing", points: wave(4, "2022-01-01", 100, 3) },
      ],
    },
    options: { width: 360 },
  },
} satisfies Record<string, ChartCase>;

/** Named chart cases: each has a reviewed golden SVG in test/golden/. */
/** Every case, drawn as an app that passes the poll average does (it is used where a series calls for one). */
export const chartCases = Object.fromEntries(
  Object.entries(cases as Record<string, ChartCase>).map(([name, c]) => [
    name,
    { ...c, options: { averages, ...c.options } },
  ]),
) as Record<keyof typeof cases, ChartCase>;
