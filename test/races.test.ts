import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { PollDataError, parseCsv, summarizeTrend } from "./api.js";
import { thrown } from "./fixtures.js";

// FiveThirtyEight's Senate polls of April 5, 2021, as published (test/data/README.md): every race of the
// 2020 and 2022 cycles in one file, its race named by `race_id`.
const text = gunzipSync(readFileSync(join(import.meta.dirname, "data", "538-senate-polls-2021-04-05.csv.gz"))).toString(
  "utf8",
);
const rows = csvParse(text);
const fiveThirtyEight = { fileName: "senate_polls.csv", dateFormat: "M/D/YYYY", unknownColumns: "ignore" } as const;
const georgia = [
  { column: "state", value: "Georgia" },
  { column: "seat_name", value: "Class III" },
];

describe("one race a series: FiveThirtyEight's Senate polls", () => {
  it("refuses a series read from several races, naming them by their rows and the filter that keeps one", () => {
    // Georgia's Class III seat: the all-party primary of 2020, the runoff of 2021 and a poll of 2022.
    const warnock = rows.filter(
      (r) => r.state === "Georgia" && r.seat_name === "Class III" && r.candidate_name === "Raphael Warnock",
    );
    const counts = new Map<string, number>();
    for (const r of warnock) counts.set(r.race_id ?? "", (counts.get(r.race_id ?? "") ?? 0) + 1);
    const races = [...counts].sort((a, b) => b[1] - a[1]);
    expect(races.length).toBe(3);
    const error = thrown(() => parseCsv(text, { ...fiveThirtyEight, filter: georgia }));
    expect(error).toBeInstanceOf(PollDataError);
    const message = String((error as PollDataError).issues[0]?.message);
    expect(message).toContain(`received "Raphael Warnock" in 3 races of column race_id`);
    // Each race by its rows, as counted here: "7780" (jungle primary, election 11/3/20), 56 rows.
    for (const [race, n] of races) expect(message).toMatch(new RegExp(`"${race}" \\([^)]*\\), ${n} rows?[;)]`));
    expect(message).toContain(`keep one with filter: { column: "race_id", value: "${races[0]![0]}" }`);
    // Told apart by their stage and election date, as the file gives them.
    expect(message).toContain("(runoff, election 1/5/21)");
    // The whole file, unfiltered, likewise.
    expect(() => parseCsv(text, fiveThirtyEight)).toThrow(/in \d+ races of column race_id/);
  });

  it("reads one race, and names the pollster of a candidate one pollster asked about among 25", () => {
    const race = rows.filter((r) => r.race_id === "7780");
    const dataset = parseCsv(text, { ...fiveThirtyEight, filter: [{ column: "race_id", value: "7780" }] });
    expect(new Set(dataset.series.map((s) => s.label))).toEqual(new Set(race.map((r) => r.candidate_name)));
    // Kandiss Taylor is in one row: one poll, by one pollster, where the race has many.
    const [taylor, ...more] = race.filter((r) => r.candidate_name === "Kandiss Taylor");
    expect(more).toHaveLength(0);
    expect(new Set(race.map((r) => r.pollster)).size).toBeGreaterThan(20);
    expect(summarizeTrend(dataset, { average: false })).toContain(
      `“Kandiss Taylor” was at ${taylor?.pct}% in a ${taylor?.pollster} poll`,
    );
  });

  it("names at most four races, the most rows first (ties by id), each row counted, in any series", () => {
    // A first series of one race, then one of five: 3, 2, 2 and 1 rows named, one more counted.
    const line = (candidate: string, race: string, day: number) => `${candidate},${race},2020-01-${10 + day},40`;
    const rows = [
      line("A", "9", 0),
      line("A", "9", 1),
      ...[1, 2, 3].map((d) => line("B", "7", d)),
      ...[4, 5].map((d) => line("B", "5", d)),
      ...[6, 7].map((d) => line("B", "4", d)),
      line("B", "8", 8),
      line("B", "6", 9),
    ];
    const error = thrown(() =>
      parseCsv(`candidate_name,race_id,end_date,pct\n${rows.join("\n")}\n`, { unknownColumns: "ignore" }),
    ) as PollDataError;
    expect(error.issues.map((i) => i.message)).toEqual([
      'expected the rows of one race in each series, received "B" in 5 races of column race_id ("7", 3 rows; ' +
        '"4", 2 rows; "5", 2 rows; "6", 1 row; 1 more): keep one with filter: { column: "race_id", value: "7" }',
    ]);
  });
});
