import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PollDataError, parseCsv } from "../src/index.js";
import { thrown } from "./fixtures.js";

// FiveThirtyEight's poll lists as published (test/data/README.md: sources, licenses, and the counts
// below, computed by test/data/reference-counts.py with Python's csv module, not by poll-trend).
const file = (name: string) => {
  const bytes = readFileSync(join(import.meta.dirname, "data", name));
  return name.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
};
const approvalList = file("538-approval-polllist-2020-05-29.csv.gz");
const fiveThirtyEight = { dateFormat: "M/D/YYYY", unknownColumns: "ignore" } as const;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe("FiveThirtyEight's Trump approval poll list of May 29, 2020, as published", () => {
  const options = {
    ...fiveThirtyEight,
    fileName: "approval_polllist.csv",
    filter: { column: "subgroup", value: "All polls" },
    valueColumns: ["approve", "disapprove"],
  };

  it("reads every one of the 5,048 polls of All polls, by 76 pollsters, 2,424 of them tracking releases", () => {
    const { series } = parseCsv(approvalList, options);
    const [approve, disapprove] = series;
    expect(series.map((s) => s.label)).toEqual(["approve", "disapprove"]);
    expect(approve?.points).toHaveLength(5048);
    expect(disapprove?.points).toHaveLength(5048);
    expect(new Set(approve?.points.map((p) => p.pollster)).size).toBe(76);
    expect(approve?.points.filter((p) => p.tracking === true)).toHaveLength(2424);
    expect(new Set(approve?.points.map((p) => p.pollId)).size).toBe(5048);
    expect(approve?.points[0]?.date).toBe("2017-01-22");
    expect(approve?.points.at(-1)?.date).toBe("2020-05-29");
    expect(mean(approve?.points.map((p) => p.value) ?? [])).toBeCloseTo(42.427145, 6);
    expect(mean(disapprove?.points.map((p) => p.value) ?? [])).toBeCloseTo(53.282825, 6);
    const populations = new Map<string, number>();
    for (const p of approve?.points ?? [])
      populations.set(p.population ?? "", (populations.get(p.population ?? "") ?? 0) + 1);
    expect(Object.fromEntries(populations)).toEqual({
      adults: 3154,
      "registered voters": 966,
      "likely voters": 927,
      voters: 1,
    });
  });

  it("keeps the 87 polls that share a pollster and dates with another poll: different samples and populations are different polls", () => {
    const [approve] = parseCsv(approvalList, options).series;
    const byDates = new Map<string, number>();
    for (const p of approve?.points ?? []) {
      const key = `${p.pollster}|${p.fieldStart}|${p.date}`;
      byDates.set(key, (byDates.get(key) ?? 0) + 1);
    }
    const beyondFirst = [...byDates.values()].reduce((n, count) => n + count - 1, 0);
    expect(beyondFirst).toBe(87);
  });

  it("reads the whole file (three subgroups) with duplicates dropped and one population per poll: 5,052 polls", () => {
    const dataset = parseCsv(approvalList, { ...options, filter: [], duplicates: "drop" });
    expect(dataset.series.map((s) => s.points.length)).toEqual([5052, 5052]);
    // Counted in rows of the file, not rows × series: 5,026 repeated rows, 2,100 rows of another population.
    expect(dataset.processing).toEqual({
      repeatedRowsDropped: 5026,
      otherPopulationsDropped: 2100,
      populationOrder: ["adults", "voters", "registered voters", "likely voters"],
      pollKind: "approval",
    });
  });

  it("keeps, of a poll listed for several populations, the version FiveThirtyEight's All polls keeps: adults first for approval", () => {
    // reference-counts.py: the All polls row is the a > v > rv > lv choice for 5,048 of 5,048 polls
    // (and the lv > rv > v > a choice for none of the 2,100 that have two versions).
    const whole = parseCsv(approvalList, { ...options, filter: [], duplicates: "drop" });
    const allPolls = parseCsv(approvalList, options);
    const questions = (d: typeof whole) => new Set(d.series[0]?.points.map((p) => p.questionId));
    const kept = questions(whole);
    expect([...questions(allPolls)].filter((q) => !kept.has(q))).toEqual([]);
    const vote = parseCsv(approvalList, { ...options, filter: [], duplicates: "drop", pollKind: "vote" });
    const votes = questions(vote);
    expect([...questions(allPolls)].filter((q) => !votes.has(q))).toHaveLength(2100);
  });

  it("refuses the whole file without a filter: every repeat named by line, with the column that tells the rows apart", () => {
    const error = thrown(() => parseCsv(approvalList, { ...options, filter: [] }));
    expect(error).toBeInstanceOf(PollDataError);
    const { issues } = error as PollDataError;
    // A row repeats in both series (approve and disapprove), and is said once.
    expect(issues).toHaveLength(5026);
    expect(issues[0]).toMatchObject({
      where: "approval_polllist.csv line 5050",
      message:
        'expected each poll once, received the same poll again with the same value, a repeated row (read with duplicates: "drop" to keep the first); first at line 2; the two rows differ in column subgroup ("All polls" and "Adults"): keep one with filter: { column: "subgroup", value: "All polls" }',
    });
  });

  it("says which option reads its dates, once per column, not once per cell", () => {
    const error = thrown(() => parseCsv(approvalList, { ...options, dateFormat: undefined } as never)) as PollDataError;
    expect(error.issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      'approval_polllist.csv line 2, column startdate: expected a calendar date written YYYY-MM-DD, received "1/20/2017", and 12,177 more dates in column startdate written with slashes (read dates written month first, such as 5/29/2020 or 4/21/19, with dateFormat: "M/D/YYYY")',
      'approval_polllist.csv line 2, column enddate: expected a calendar date written YYYY-MM-DD, received "1/22/2017", and 12,177 more dates in column enddate written with slashes (read dates written month first, such as 5/29/2020 or 4/21/19, with dateFormat: "M/D/YYYY")',
    ]);
  });
});

describe("FiveThirtyEight's 2018 generic-ballot poll list (July 6, 2018), as published", () => {
  it("reads all 697 polls of All polls, Democrats and Republicans", () => {
    const dataset = parseCsv(file("538-generic-polllist-2018-07-06.csv"), {
      ...fiveThirtyEight,
      filter: { column: "subgroup", value: "All polls" },
      valueColumns: ["dem", "rep"],
    });
    expect(dataset.series.map((s) => [s.label, s.points.length])).toEqual([
      ["dem", 697],
      ["rep", 697],
    ]);
    expect(new Set(dataset.series[0]?.points.map((p) => p.pollId)).size).toBe(697);
  });
});

describe("FiveThirtyEight's 2020 presidential primary poll list (Oct. 30, 2019), long format, as published", () => {
  const primary = file("538-president-primary-polls-2019-10-30.csv.gz");

  it("reads every row: a series per candidate_name, pct as the value, two-digit years, minor candidates at 0.5% as shares", () => {
    const dataset = parseCsv(primary, fiveThirtyEight);
    expect(dataset.series).toHaveLength(73);
    const rows = dataset.series.reduce((n, s) => n + s.points.length, 0);
    expect(rows + (dataset.processing?.otherPopulationsDropped ?? 0)).toBe(12409);
    // reference-counts.py: 892 rows of other populations; 768 questions from 589 polls kept.
    expect(dataset.processing).toEqual({
      otherPopulationsDropped: 892,
      populationOrder: ["likely voters", "registered voters", "voters", "adults"],
      pollKind: "vote",
      questions: 768,
      polls: 589,
    });
    expect(rows).toBe(11517);
    const ryan = dataset.series.find((s) => s.label === "Tim Ryan");
    expect(ryan?.points.some((p) => p.value === 0.5)).toBe(true);
    expect(dataset.series.find((s) => s.label === "Joseph R. Biden Jr.")?.points.at(-1)?.date).toBe("2019-10-29");
  });

  it("keeps Democrats' national polls with two filters: 54 candidates, 6,845 rows", () => {
    const dataset = parseCsv(primary, {
      ...fiveThirtyEight,
      filter: [
        { column: "party", value: "DEM" },
        { column: "state", value: "" },
      ],
    });
    expect(dataset.series).toHaveLength(54);
    expect(dataset.series.reduce((n, s) => n + s.points.length, 0)).toBe(6845);
    // reference-counts.py: 7,720 of 12,409 rows kept, 875 of other populations, 378 questions from 324 polls.
    expect(dataset.processing).toEqual({
      filter: [
        { column: "party", value: "DEM" },
        { column: "state", value: "" },
      ],
      rowsInFile: 12409,
      rowsMatchingFilter: 7720,
      otherPopulationsDropped: 875,
      populationOrder: ["likely voters", "registered voters", "voters", "adults"],
      pollKind: "vote",
      questions: 378,
      polls: 324,
    });
  });
});

describe("FiveThirtyEight's governor polls of the 2018–2024 cycles: the 2021 California recall, 53 candidates", () => {
  const governors = file("538-governor-polls-historical-2024.csv.gz");

  it("reads the replacement question's field with two filters: 53 candidates, 24 questions from 22 polls", () => {
    const dataset = parseCsv(governors, {
      ...fiveThirtyEight,
      filter: [
        { column: "state", value: "California" },
        { column: "cycle", value: "2021" },
      ],
    });
    expect(dataset.series).toHaveLength(53);
    // reference-counts.py: 396 of 6,211 rows kept, 88 of them another population (likely voters kept).
    expect(dataset.processing).toEqual({
      filter: [
        { column: "state", value: "California" },
        { column: "cycle", value: "2021" },
      ],
      rowsInFile: 6211,
      rowsMatchingFilter: 396,
      otherPopulationsDropped: 88,
      populationOrder: ["likely voters", "registered voters", "voters", "adults"],
      pollKind: "vote",
      questions: 24,
      polls: 22,
    });
    expect(dataset.series.reduce((n, s) => n + s.points.length, 0)).toBe(396 - 88);
    for (const [name, points, average] of [
      ["Larry A. Elder", 20, 25.3],
      ["Kevin Paffrath", 19, 9.105263],
      ["Kevin L. Faulconer", 23, 5.278261],
    ] as const) {
      const s = dataset.series.find((x) => x.id === name);
      expect(s?.points, name).toHaveLength(points);
      expect(mean(s?.points.map((p) => p.value) ?? []), name).toBeCloseTo(average, 5);
      expect(s?.points.at(-1)?.date, name).toBe("2021-09-13");
    }
  });
});
