import type { PollDataset, PollSeries } from "../src/index.js";

/** A small valid dataset; tests copy it and break one field at a time. */
export function validInput() {
  return {
    title: "Support for aid",
    population: "U.S. adults",
    source: { name: "Example Research", url: "https://example.org/poll" },
    events: [{ date: "2022-02-24", label: "Invasion" }],
    series: [
      {
        id: "a",
        label: "Favor",
        points: [
          { date: "2023-01-30", fieldStart: "2023-01-26", value: 48, marginOfError: 4.2, sampleSize: 1068 },
          { date: "2022-05-16", value: 60 },
        ],
      },
      { id: "b", label: "Oppose", points: [{ date: "2022-05-16", value: 30 }] },
    ],
  } as Record<string, unknown> & { series: Record<string, unknown>[] };
}

/** Builds a one-series dataset from [date, value, margin?] rows. */
export function seriesOf(
  rows: readonly (readonly [string, number, number?])[],
  extra: Partial<PollDataset> = {},
): PollDataset {
  return {
    title: "Test poll",
    population: "U.S. adults",
    source: { name: "Test Research" },
    ...extra,
    series: [
      {
        id: "s",
        label: "Favor",
        points: rows.map(([date, value, marginOfError]) =>
          marginOfError === undefined ? { date, value } : { date, value, marginOfError },
        ),
      },
    ],
  };
}

/** A small repeating noise, -0.5 to 0.6 points: polls that wobble around a line, the same on every run. */
export const wobble = (i: number) => [0.6, -0.4, -0.2, 0.5, -0.5][i % 5] ?? 0;

/**
 * A series of `polls` polls every other day from Jan. 1, 2024, by three pollsters in turn (1,000
 * respondents each), the i-th poll at `value(i)` rounded to a tenth: a tracker a poll average follows.
 */
export const everyOtherDay = (id: string, polls: number, value: (i: number) => number): PollSeries => ({
  id,
  label: id,
  points: Array.from({ length: polls }, (_, i) => ({
    date: new Date(Date.UTC(2024, 0, 1 + 2 * i)).toISOString().slice(0, 10),
    pollster: `Pollster ${"ABC"[i % 3]}`,
    sampleSize: 1000,
    value: Math.round(value(i) * 10) / 10,
  })),
});

/** Runs `action` and returns what it threw, or `undefined` when it returned. */
export function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Deliberately invalid input, passed where the types want a dataset, to test the runtime checks. */
export const unchecked = (input: unknown) => input as PollDataset;

/** WCAG 2.2's relative luminance of `#rrggbb`, computed in the tests apart from the code under test. */
export function wcagLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2's contrast ratio of two `#rrggbb` colors, from 1 to 21, apart from the code under test. */
export function wcagContrast(a: string, b: string): number {
  const [hi, lo] = [wcagLuminance(a), wcagLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
