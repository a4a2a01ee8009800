import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type PollDataset, parseCsv, summarizeTrend } from "./api.js";
import { everyOtherDay, wobble } from "./fixtures.js";

// A lead that changed hands is news only beyond its margin of error: two averages' by √(h₁² + h₂²) of
// their 95% intervals' half-widths, a lead within one poll by twice the poll's margin (as a net value's).
// Within it, neither the summary nor the alt text says one series overtook the other.

const numbers = (text: string) => [...text.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]));

/** Each average's latest value and the half-width of its 95% interval, read from the words as a reader reads them. */
function averagesSaid(summary: string): [{ value: number; half: number }, { value: number; half: number }] {
  const said = summary.split(/(?=The poll average )/).filter((part) => part.startsWith("The poll average "));
  return said.map((part) => {
    const [value] = numbers(/put “[^”]+” at [^ ]+/.exec(part)?.[0] ?? "");
    const [lower, upper] = numbers(/lies between [^ ]+ and [^ ]+/.exec(part)?.[0] ?? "");
    return { value: value ?? Number.NaN, half: ((upper ?? Number.NaN) - (lower ?? Number.NaN)) / 2 };
  }) as [{ value: number; half: number }, { value: number; half: number }];
}

describe("a crossing within the margin of error is not told", () => {
  it("FiveThirtyEight's impeachment polls: the 'Yes' and 'No' averages half a point apart", () => {
    // fivethirtyeight/data, impeachment-polls/impeachment_polls.csv (CC BY 4.0), as published.
    const csv = gunzipSync(
      readFileSync(join(import.meta.dirname, "data", "538-impeachment-polls-2022-12-19.csv.gz")),
    ).toString("utf8");
    const dataset = parseCsv(csv, {
      valueColumns: ["Yes", "No"],
      dateFormat: "M/D/YYYY",
      unknownColumns: "ignore",
      filter: [
        { column: "Category", value: "impeach_and_remove" },
        { column: "Include?", value: "yes" },
      ],
    });
    const full = summarizeTrend(dataset);
    const [yes, no] = averagesSaid(full);
    // The premise: the latest lead is within the margin of error of the difference.
    expect(Math.abs(yes.value - no.value)).toBeGreaterThan(0);
    expect(Math.abs(yes.value - no.value)).toBeLessThan(Math.hypot(yes.half, no.half));
    expect(full).not.toMatch(/overtook|changed hands/);
    expect(summarizeTrend(dataset, { length: "short" })).not.toMatch(/overtook/);
  });

  it("two averages whose lead is beyond the margin of their difference: the overtaking is told", () => {
    // A rises from 44 to 50 and B falls from 50 to 44 over 60 polls by three pollsters.
    const dataset: PollDataset = {
      title: "Answers",
      series: [
        everyOtherDay("A", 60, (i) => 44 + (i / 59) * 6 + wobble(i)),
        everyOtherDay("B", 60, (i) => 50 - (i / 59) * 6 - wobble(i + 2)),
      ],
    };
    const full = summarizeTrend(dataset);
    const [a, b] = averagesSaid(full);
    // The premise: a lead beyond √(h₁² + h₂²), though within four times it.
    const lead = a.value - b.value;
    expect(lead).toBeGreaterThan(Math.hypot(a.half, b.half));
    expect(lead).toBeLessThan(4 * Math.hypot(a.half, b.half));
    expect(full).toContain(`The “A” average overtook the “B” average in March 2024 (${a.value}% to ${b.value}%`);
  });

  /** Two answers of the same polls, each with its margin of error: "B" ahead, then "A" by `lead` in the latest. */
  const answers = (lead: number, margin?: number): PollDataset => {
    const polls = [
      ["2024-01-10", 40, 50],
      ["2024-02-10", 41, 49],
      ["2024-03-10", 42, 48],
      ["2024-04-10", 45 + lead / 2, 45 - lead / 2],
    ] as const;
    const series = (id: string, at: 1 | 2) => ({
      id,
      label: id,
      points: polls.map((p) => ({
        date: p[0],
        value: p[at],
        pollster: "Pollster",
        ...(margin === undefined ? {} : { marginOfError: margin }),
      })),
    });
    return { title: "Answers", series: [series("A", 1), series("B", 2)] };
  };

  it("a lead within one poll, against twice the poll's margin", () => {
    // A margin of 3 points: a lead within 6 is no overtaking, a lead beyond it is.
    for (const [lead, told] of [
      [4, false],
      [6, false],
      [8, true],
    ] as const) {
      const full = summarizeTrend(answers(lead, 3));
      expect(/“A” overtook “B” in April 2024/.test(full), `a lead of ${lead}`).toBe(told);
      expect(/overtook/.test(summarizeTrend(answers(lead, 3), { length: "short" })), `${lead}, short`).toBe(told);
    }
  });

  it("a lead in polls that published no margin is told, with its numbers", () => {
    expect(summarizeTrend(answers(4))).toContain("“A” overtook “B” in April 2024 (47% to 43% in that poll).");
  });

  it("along polls, a lead is said to change hands only within one pollster's polls", () => {
    // Two pollsters in turn, one with "A" 3 points higher than the other: "A" leads every poll of the
    // first and trails every poll of the second, so their order swaps poll by poll. No one overtook.
    const dates = ["2024-01-10", "2024-01-20", "2024-02-10", "2024-02-20", "2024-03-10", "2024-03-20"];
    const series = (id: string, value: (i: number) => number) => ({
      id,
      label: id,
      points: dates.map((date, i) => ({ date, value: value(i), pollster: i % 2 ? "Second" : "First" })),
    });
    const turns: PollDataset = {
      title: "Answers",
      series: [series("A", (i) => (i % 2 ? 44 : 50)), series("B", (i) => (i % 2 ? 48 : 46))],
    };
    expect(summarizeTrend(turns)).not.toMatch(/overtook|changed hands/);
    // The same polls by one pollster: its polls swapped the lead five times, and that is told.
    const one = {
      ...turns,
      series: turns.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, pollster: "First" })) })),
    };
    expect(summarizeTrend(one)).toContain(
      "The lead changed hands five times, most recently on March 20, 2024, to “B”.",
    );
  });
});
