import type { PollDataset } from "../src/index.js";

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
