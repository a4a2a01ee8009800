import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pollOf } from "../src/model/polls.js";
import { pollReadings } from "../src/model/versions.js";
import { methodsNote, PollDataError, type PollDataset, parseCsv } from "../src/index.js";
import { thrown } from "./fixtures.js";

// SnoutCounter's 2025–26 poll lists as published (test/data/README.md: source, commit, license). Every
// count below is printed by test/data/reference-counts.py, which reads the files with Python's csv
// module and applies poll-trend's rules as the README states them; the means and dates too.
const file = (name: string) =>
  gunzipSync(readFileSync(join(import.meta.dirname, "data", `snoutcounter-${name}-2026-02-14.csv.gz`))).toString(
    "utf8",
  );
const asOf = "2026-02-14"; // the day of the commit the files come from
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const seriesOf = (d: PollDataset, id: string) => d.series.find((s) => s.id === id);
const messages = (action: () => unknown) => {
  const error = thrown(action);
  expect(error).toBeInstanceOf(PollDataError);
  return (error as PollDataError).issues.map((i) => `${i.where}: ${i.message}`);
};

describe("California's 2026 governor primary: 33 candidates in the long format", () => {
  const primary = file("governor-primary-ca");
  const read = () => parseCsv(primary, { fileName: "governor_primary_ca.csv", unknownColumns: "ignore", asOf });

  it("reads every row: a series per candidate_name, 29 questions from 24 polls", () => {
    const dataset = read();
    expect(dataset.series).toHaveLength(33);
    expect(dataset.series.reduce((n, s) => n + s.points.length, 0)).toBe(328);
    expect(dataset.title).toBe("33 poll series");
    expect(dataset.processing).toEqual({ questions: 29, polls: 24, pollKind: "vote" });
    const polls = new Set(dataset.series.flatMap((s) => s.points.map((p) => pollOf(p, dataset))));
    expect(polls.size).toBe(24);
    // The methods note counts polls, as the reference script does: 24, of which some asked 29 questions.
    expect(methodsNote(dataset)).toMatch(/^The 24 polls, by \d+ pollsters, were conducted /);
    expect(methodsNote(dataset)).toContain("29 questions from 24 polls.");
    for (const [name, points, average, last] of [
      ["Chad Bianco", 24, 11.133333, "2026-01-21"],
      ["Steve Hilton", 20, 12.305, "2026-01-21"],
      ["Katie Porter", 25, 15.468, "2026-01-20"],
      ["Kamala Harris", 3, 26.066667, "2025-06-04"],
    ] as const) {
      const s = seriesOf(dataset, name);
      expect(s?.points, name).toHaveLength(points);
      expect(mean(s?.points.map((p) => p.value) ?? []), name).toBeCloseTo(average, 5);
      expect(s?.points.at(-1)?.date, name).toBe(last);
    }
    const stale = dataset.series.filter((s) => (s.points.at(-1)?.date ?? "") < "2025-07-01").map((s) => s.id);
    expect(stale.sort()).toEqual([
      "John Cox",
      "Kamala Harris",
      "Lanhee Chen",
      "Laphonza Romanique Butler",
      "Michael Younger",
      "Rob Bonta",
      "Steve Garvey",
    ]);
  });

  it("keeps a split sample as two versions of one poll, and the full sample is the poll's reading", () => {
    // Breakthrough Campaigns, Nov. 22–26, 2024: questions 217015 (618 respondents) and 217016 (610).
    const garvey = seriesOf(read(), "Steve Garvey");
    expect(garvey?.points.map((p) => [p.questionId, p.sampleSize, p.value])).toEqual([
      ["217015", 618, 21],
      ["217016", 610, 18],
    ]);
    const [poll, ...others] = pollReadings(garvey as NonNullable<typeof garvey>, read());
    expect(others).toEqual([]);
    expect(poll).toMatchObject({ value: 21, rule: "largest-sample" });
    expect(poll?.versions).toHaveLength(2);
  });

  it("reads the first listed of two questions put to the same 1,200 voters (Capitol Weekly, Feb. 3–7, 2025), never their mean", () => {
    const dataset = read();
    const cox = seriesOf(dataset, "John Cox");
    const capitol = cox?.points.filter((p) => p.pollster === "Capitol Weekly") ?? [];
    expect(capitol.map((p) => [p.questionId, p.sampleSize]).sort()).toEqual([
      ["218249", 1200],
      ["218250", 1200],
    ]);
    // From the raw rows: John Cox's row that the file lists first of the two questions, and its value.
    const rows = primary.split("\n").map((r) => r.split(","));
    const header = rows[0] ?? [];
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    const first = rows.find(
      (r) => ["218249", "218250"].includes(cell(r, "question_id") ?? "") && r.includes("John Cox"),
    );
    expect(first).toBeDefined();
    const readings = pollReadings(cox as NonNullable<typeof cox>, dataset);
    const reading = readings.find((r) => r.point.pollster === "Capitol Weekly");
    expect(reading?.rule).toBe("largest-sample");
    expect(reading?.point.questionId).toBe(cell(first ?? [], "question_id"));
    expect(reading?.value).toBe(Number(cell(first ?? [], "pct")));
    expect(readings).toHaveLength((cox?.points.length ?? 0) - 1);
  });
});

describe("Trump approval, 2025–26: 1,039 polls, two with their start after their end", () => {
  const approval = file("president-approval-polls");
  const options = {
    fileName: "president_approval_polls.csv",
    valueColumns: ["approve", "disapprove"],
    unknownColumns: "ignore",
    asOf,
  } as const;

  it("refuses the file as it is, naming both lines and the option that leaves them out", () => {
    expect(messages(() => parseCsv(approval, options))).toEqual([
      'president_approval_polls.csv line 824, column start_date: expected a start on or before the poll\'s end ("2025-07-06" in column end_date), received "2025-07-31"; rows that cannot be polls are left out and listed with invalidRows: "skip"',
      'president_approval_polls.csv line 1019, column start_date: expected a start on or before the poll\'s end ("2025-01-29" in column end_date), received "2026-01-23"',
    ]);
  });

  it('reads it with invalidRows: "skip": lines 824 and 1019 left out, 130 rows of other populations, 907 polls', () => {
    const dataset = parseCsv(approval, { ...options, invalidRows: "skip", labels: { approve: "Approve" } });
    expect(dataset.processing).toEqual({
      invalidRowsSkipped: [
        { line: 824, reason: "start-after-end" },
        { line: 1019, reason: "start-after-end" },
      ],
      otherPopulationsDropped: 130,
      populationOrder: ["adults", "voters", "registered voters", "likely voters"],
      pollKind: "approval",
    });
    expect(dataset.title).toBe("Approve and disapprove");
    const [approve, disapprove] = dataset.series;
    expect([approve?.label, disapprove?.label]).toEqual(["Approve", "disapprove"]);
    expect(approve?.points).toHaveLength(907);
    expect(mean(approve?.points.map((p) => p.value) ?? [])).toBeCloseTo(45.691752, 5);
    expect(mean(disapprove?.points.map((p) => p.value) ?? [])).toBeCloseTo(51.095633, 5);
    const populations = new Map<string, number>();
    for (const p of approve?.points ?? [])
      populations.set(p.population ?? "", (populations.get(p.population ?? "") ?? 0) + 1);
    expect(Object.fromEntries(populations)).toEqual({
      "likely voters": 327,
      adults: 290,
      "registered voters": 289,
      voters: 1,
    });
  });

  it("keeps registered over likely voters, and adults over both, as approval's order says; vote intention's keeps others", () => {
    const vote = parseCsv(approval, { ...options, invalidRows: "skip", pollKind: "vote" });
    expect(vote.processing?.otherPopulationsDropped).toBe(130);
    expect(mean(vote.series[0]?.points.map((p) => p.value) ?? [])).toBeCloseTo(45.956074, 5);
    expect(vote.series[0]?.points.filter((p) => p.population === "adults")).toHaveLength(167);
  });
});

describe("Trump issue approval, 2025–26: one row per poll and issue, read with seriesColumn", () => {
  const issues = file("president-issue-approval-polls");
  const options = {
    fileName: "president_issue_approval_polls.csv",
    seriesColumn: "issue",
    valueColumns: ["net"],
    dateFormat: "M/D/YYYY",
    unknownColumns: "ignore",
    duplicates: "drop",
    asOf,
  } as const;

  it("names the poll dated after the file and the 15 rows whose start follows their end", () => {
    const found = messages(() => parseCsv(issues, options));
    expect(found).toHaveLength(16);
    // In file order: the 15 rows of lines 1411 to 1593 first, the poll after the file's date (line 1852) last.
    const lines = found.map((m) => Number(/ line (\d+)/.exec(m)?.[1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(found.at(-1)).toBe(
      'president_issue_approval_polls.csv line 1852, column end_date: expected a poll that ended on or before asOf: "2026-02-14", received "2026-12-21" (rows that cannot be polls are left out and listed with invalidRows: "skip")',
    );
  });

  it("reads one net series per issue, leaving out 16 rows by line and reason", () => {
    const dataset = parseCsv(issues, { ...options, invalidRows: "skip" });
    const lines = (reason: string) =>
      dataset.processing?.invalidRowsSkipped?.filter((r) => r.reason === reason).map((r) => r.line);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(lines("start-after-end")).toEqual([...range(1411, 1420), ...range(1589, 1593)]);
    expect(lines("after-as-of")).toEqual([1852]);
    expect(dataset.processing).toMatchObject({ asOf, repeatedRowsDropped: 5, otherPopulationsDropped: 2 });
    expect(dataset.processing?.pollKind).toBe("approval");
    expect(dataset.series).toHaveLength(102);
    for (const [issue, points, average, last] of [
      ["economy", 292, -13.035274, "2026-02-09"],
      ["immigration", 264, -2.3125, "2026-02-12"],
      ["inflation", 153, -23.261438, "2026-02-09"],
    ] as const) {
      const s = seriesOf(dataset, issue);
      expect(s?.measure, issue).toBe("net");
      expect(s?.points, issue).toHaveLength(points);
      expect(mean(s?.points.map((p) => p.value) ?? []), issue).toBeCloseTo(average, 5);
      expect(s?.points.at(-1)?.date, issue).toBe(last);
    }
  });

  it("keeps two issues with two filters on one column, a series per issue and answer, and records the filter", () => {
    const dataset = parseCsv(issues, {
      ...options,
      invalidRows: "skip",
      valueColumns: ["approve", "disapprove"],
      filter: [
        { column: "issue", value: "economy" },
        { column: "issue", value: "inflation" },
      ],
      labels: { economy: "The economy", approve: "Approve" },
    });
    expect(dataset.series.map((s) => [s.id, s.label, s.points.length])).toEqual([
      ["economy: approve", "The economy: Approve", 292],
      ["economy: disapprove", "The economy: disapprove", 292],
      ["inflation: approve", "inflation: Approve", 153],
      ["inflation: disapprove", "inflation: disapprove", 153],
    ]);
    expect(mean(seriesOf(dataset, "economy: approve")?.points.map((p) => p.value) ?? [])).toBeCloseTo(40.815753, 5);
    expect(mean(seriesOf(dataset, "inflation: disapprove")?.points.map((p) => p.value) ?? [])).toBeCloseTo(
      58.755556,
      5,
    );
    expect(dataset.processing).toMatchObject({
      filter: [
        { column: "issue", value: "economy" },
        { column: "issue", value: "inflation" },
      ],
      rowsInFile: 1879,
      rowsMatchingFilter: 451,
      invalidRowsSkipped: [
        { line: 1411, reason: "start-after-end" },
        { line: 1412, reason: "start-after-end" },
      ],
      repeatedRowsDropped: 2,
      otherPopulationsDropped: 2,
    });
  });

  it("says how two repeated rows differ without suggesting a filter that keeps a few of 1,879 rows", () => {
    const found = messages(() => parseCsv(issues, { ...options, duplicates: "error", invalidRows: "skip" }));
    const url = found.find((m) => m.includes("differ in column url"));
    expect(url).toBeDefined();
    expect(url).not.toMatch(/keep one with/);
  });
});

describe("The 2026 generic ballot: one poll listed twice with different figures and no question id", () => {
  const generic = file("generic-ballot-polls");
  const options = {
    fileName: "generic_ballot_polls.csv",
    valueColumns: ["dem", "rep"],
    unknownColumns: "ignore",
    asOf,
  } as const;
  // The two rows, as the file has them (lines 88 and 89; a file with no quoted line breaks).
  const [first, second] = [87, 88].map((i) => (generic.split("\n")[i] as string).split(","));

  it("refuses the conflict, naming both lines and the options that read it", () => {
    expect(messages(() => parseCsv(generic, options))[0]).toBe(
      `generic_ballot_polls.csv line 89, column dem: expected the value of the same poll listed before (${first?.[6]}; same pollster, sponsor, dates, population, sample, mode and ids), received ${second?.[6]}; first at line 88; rows of one poll with two values and no question id to tell them apart are read with conflicts: "first" (the first row's value) or conflicts: "mean" (their mean)`,
    );
  });

  for (const [conflicts, dem, rep, average] of [
    ["first", Number(first?.[6]), Number(first?.[7]), 45.260703],
    ["mean", (Number(first?.[6]) + Number(second?.[6])) / 2, (Number(first?.[7]) + Number(second?.[7])) / 2, 45.257508],
  ] as const) {
    it(`reads it with conflicts: "${conflicts}": one row resolved, 34 of other populations, 313 polls`, () => {
      const dataset = parseCsv(generic, { ...options, conflicts, labels: { dem: "Democrats", rep: "Republicans" } });
      expect(dataset.title).toBe("Democrats and Republicans");
      expect(dataset.processing).toEqual({
        otherPopulationsDropped: 34,
        conflictingRows: 1,
        conflicts,
        populationOrder: ["likely voters", "registered voters", "voters", "adults"],
        pollKind: "vote",
      });
      const at = (id: string) =>
        seriesOf(dataset, id)?.points.filter((p) => p.pollster === first?.[0] && p.date === first?.[3]) ?? [];
      expect(at("dem").map((p) => p.value)).toEqual([dem]);
      expect(at("rep").map((p) => p.value)).toEqual([rep]);
      expect(dataset.series.map((s) => s.points.length)).toEqual([313, 313]);
      expect(mean(seriesOf(dataset, "dem")?.points.map((p) => p.value) ?? [])).toBeCloseTo(average, 5);
    });
  }
});
