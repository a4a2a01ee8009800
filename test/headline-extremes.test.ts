import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { describeTrend, type PollDataset, parseCsv, summarizeTrend } from "./api.js";

// The headline and the high and low said beside it, on real files as published: an average's latest
// value is never above the high or below the low the same paragraph gives (on California's primary the
// summary said Chad Bianco was at 16.4% on Jan. 21, 2026, and that his average was highest, 15.0%, in
// December). The numbers are read back from the words, as a reader reads them.
const data = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, "data", name))).toString("utf8");

/** Each averaged series' paragraph: its latest value, its high and its low, as the words print them. */
function headlines(summary: string) {
  return summary
    .split(/(?=The poll average )/)
    .filter((part) => part.startsWith("The poll average "))
    .map((part) => {
      const latest = /put “([^”]+)” at (−?[\d.]+)%? on /.exec(part);
      // "highest, X, on …, and lowest, Y, on …", or one of them alone.
      const high = /The average was highest, (−?[\d.]+)%?, on /.exec(part);
      const low = /(?:, and|The average was) lowest, (−?[\d.]+)%?, on /.exec(part);
      const number = (text = "") => Number(text.replace("−", "-"));
      return {
        label: latest?.[1] ?? "",
        latest: number(latest?.[2]),
        high: high ? number(high[1]) : undefined,
        low: low ? number(low[1]) : undefined,
      };
    });
}

describe("an average's high and low hold its latest value, on real files", () => {
  const files = {
    "California's 2026 governor primary (33 candidates)": parseCsv(
      data("snoutcounter-governor-primary-ca-2026-02-14.csv.gz"),
      { unknownColumns: "ignore", asOf: "2026-02-14" },
    ),
    "Trump's whole first term, FiveThirtyEight's list of Jan. 20, 2021": parseCsv(
      data("538-approval-polllist-2021-01-20.csv.gz"),
      {
        filter: { column: "subgroup", value: "All polls" },
        valueColumns: ["approve", "disapprove"],
        dateFormat: "M/D/YYYY",
        unknownColumns: "ignore",
      },
    ),
    "generic ballot, SnoutCounter, Feb. 14, 2026": parseCsv(
      data("snoutcounter-generic-ballot-polls-2026-02-14.csv.gz"),
      {
        valueColumns: ["dem", "rep"],
        unknownColumns: "ignore",
        conflicts: "first",
        asOf: "2026-02-14",
      },
    ),
  };
  for (const [name, dataset] of Object.entries(files)) {
    it(name, () => {
      const said = headlines(summarizeTrend(dataset));
      expect(said.length, "averaged series").toBeGreaterThan(0);
      for (const s of said) {
        expect(Number.isFinite(s.latest), s.label).toBe(true);
        if (s.high !== undefined) expect(s.high, `${s.label}: high`).toBeGreaterThanOrEqual(s.latest);
        if (s.low !== undefined) expect(s.low, `${s.label}: low`).toBeLessThanOrEqual(s.latest);
      }
    });
  }
});

describe("an average's high and low are never passed by the line drawn", () => {
  // The Democratic Unionist Party in Northern Ireland's polls, 2017–2022 (LucidTalk, Survation and the
  // University of Liverpool, as the Europe Elects open data lists them): 16 polls months apart, whose
  // average is drawn as a stub in May 2019 (about 22%) and a stretch in October–November 2021 (about 19%).
  // The summary said "highest, 19.4%, on Nov. 5, 2021", below the stub its own chart draws.
  const polls: [string, number, string, number][] = [
    ["2017-09-11", 35.5, "LucidTalk", 2080],
    ["2017-12-04", 33.7, "LucidTalk", 2079],
    ["2018-02-26", 33.6, "LucidTalk", 2079],
    ["2018-11-02", 31, "Survation", 555],
    ["2019-05-07", 20.2, "LucidTalk", 1405],
    ["2019-05-19", 21.8, "LucidTalk", 1482],
    ["2019-08-12", 29, "LucidTalk", 2302],
    ["2019-11-01", 28, "LucidTalk", 2386],
    ["2020-10-30", 30, "LucidTalk", 2422],
    ["2021-01-25", 19, "LucidTalk", 2295],
    ["2021-05-17", 16, "LucidTalk", 3072],
    ["2021-08-23", 13, "LucidTalk", 2403],
    ["2021-10-29", 20.6, "University of Liverpool", 1002],
    ["2021-11-05", 23, "LucidTalk", 1961],
    ["2021-11-11", 18, "LucidTalk", 3298],
    ["2022-01-17", 17, "LucidTalk", 3112],
  ];
  const sparse: PollDataset = {
    title: "Northern Ireland",
    series: [
      {
        id: "dup",
        label: "DUP",
        points: polls.map(([date, value, pollster, sampleSize]) => ({ date, value, pollster, sampleSize })),
      },
    ],
  };
  const cases: [string, PollDataset][] = [
    ["a sparse series drawn in stretches", sparse],
    [
      "California's 2026 governor primary",
      parseCsv(data("snoutcounter-governor-primary-ca-2026-02-14.csv.gz"), {
        unknownColumns: "ignore",
        asOf: "2026-02-14",
      }),
    ],
  ];
  for (const [name, dataset] of cases) {
    it(name, () => {
      const options = { average: true } as const;
      const said = headlines(summarizeTrend(dataset, options));
      const drawn = new Map(
        describeTrend(dataset, options).series.map((s) => [
          s.series.label,
          (s.average?.average.runs ?? []).flat().map((e) => Math.round(e.value * 10) / 10),
        ]),
      );
      let checked = 0;
      for (const s of said) {
        const line = drawn.get(s.label) ?? [];
        expect(line.length, s.label).toBeGreaterThan(0);
        if (s.high !== undefined) expect(Math.max(...line), `${s.label}: high`).toBeLessThanOrEqual(s.high);
        if (s.low !== undefined) expect(Math.min(...line), `${s.label}: low`).toBeGreaterThanOrEqual(s.low);
        if (s.high !== undefined || s.low !== undefined) checked++;
      }
      // The sparse series: its stub in 2019 is above the high polls support, so only its low is said.
      if (dataset === sparse) expect(said.map((s) => [s.high, s.low === undefined])).toEqual([[undefined, false]]);
      expect(checked).toBeGreaterThan(0);
    });
  }
});

describe("a high or low that prints as the latest value is the latest", () => {
  it("says the tracker's high on the latest day when the two print alike", () => {
    const summary = summarizeTrend(
      parseCsv(readFileSync(join(import.meta.dirname, "data", "approval-tracker.csv"), "utf8"), {}),
    );
    // Approve's average prints 45.0% on its last day and on the day before, a few thousandths apart.
    const approve =
      /put “Approve” at ([\d.]+%) on ([^,]+, \d{4})[\s\S]*?The average was highest, ([\d.]+%), on ([^,]+, \d{4})/.exec(
        summary,
      );
    expect(approve?.[3]).toBe(approve?.[1]);
    expect(approve?.[4]).toBe(approve?.[2]);
  });
});
