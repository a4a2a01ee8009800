import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PollDataError, parseCsv } from "../src/index.js";
import { thrown } from "./fixtures.js";

function issuesOf(text: string, options = {}) {
  const error = thrown(() => parseCsv(text, { fileName: "data.csv", ...options }));
  if (error instanceof PollDataError) return error.issues.map((i) => `${i.path}: ${i.message}`);
  throw error ?? new Error("expected a PollDataError");
}

const data = (name: string) => readFileSync(join(import.meta.dirname, "data", name), "utf8");

describe("parseCsv(text, options)", () => {
  it("makes one series per distinct series value, with optional columns", () => {
    const dataset = parseCsv(
      "series,date,value,marginOfError,sampleSize,fieldStart\nA,2020-02-01,40,3.5,1000,2020-01-28\nB,2020-02-01,30,,,\nA,2020-01-01,45,,,\n",
      { title: "T", source: "S", population: "adults" },
    );
    expect(dataset.series.map((s) => [s.id, s.label, s.points.length])).toEqual([
      ["A", "A", 2],
      ["B", "B", 1],
    ]);
    expect(dataset.series[0]?.points[1]).toEqual({
      date: "2020-02-01",
      fieldStart: "2020-01-28",
      value: 40,
      marginOfError: 3.5,
      sampleSize: 1000,
    });
    expect(dataset.source).toEqual({ name: "S" });
    expect(dataset.population).toBe("adults");
  });

  it("handles quotes, commas, doubled quotes, CRLF and a byte-order mark", () => {
    const dataset = parseCsv('\uFEFFseries,date,value\r\n"Yes, ""strongly""",2020-01-01,40\r\n');
    expect(dataset.series[0]?.label).toBe('Yes, "strongly"');
  });

  it("titles a file without a title after its series, never after its file name", () => {
    expect(parseCsv("series,date,value\nFavor,2020-01-01,40\n", { fileName: "polls.csv" }).title).toBe("Favor");
    expect(
      parseCsv("series,date,value\nApprove,2020-01-01,40\nDisapprove,2020-01-01,50\n", { fileName: "polls.csv" }).title,
    ).toBe("Approve and Disapprove");
    expect(parseCsv("series,date,value\nA,2020-01-01,40\nB,2020-01-01,50\nC,2020-01-01,10\n").title).toBe("A, B and C");
  });

  it("names the line and column of bad cells", () => {
    expect(issuesOf("series,date,value\nA,2022-05-16,abc\nA,2022-02-30,50\nA,2022-07-01,\n")).toEqual([
      'data.csv line 2, column value: expected a number from 0 to 100, received "abc"',
      'data.csv line 3, column date: expected a calendar date written YYYY-MM-DD, received "2022-02-30"',
      "data.csv line 4, column value: expected a number from 0 to 100, received nothing",
    ]);
  });

  it("rejects a missing required column and an unknown column, unless told to ignore unknown ones", () => {
    expect(issuesOf("series,date,percent\nA,2020-01-01,3\n")).toEqual([
      'data.csv line 1, column 3: expected one of series, date, value, fieldStart, marginOfError, sampleSize, pollster, population, sponsor, mode, note (or read with unknownColumns: "ignore"), received "percent"',
      'data.csv line 1: expected a column named "value" (a file with one column per series is read with valueColumns), received columns ["series","date","percent"]',
    ]);
    const dataset = parseCsv("series,date,value,grade\nA,2020-01-01,3,B+\n", { unknownColumns: "ignore" });
    expect(dataset.series[0]?.points[0]).toEqual({ date: "2020-01-01", value: 3 });
  });

  it("rejects a blank series name and the same poll twice, by line", () => {
    expect(issuesOf("series,date,value\n,2020-01-01,3\nA,2020-01-01,3\nA,2020-01-01,4\n")).toEqual([
      'data.csv line 2, column series: expected a non-empty string, received ""',
      "data.csv line 4: expected a different poll from line 3, received the same poll again (same date, fieldStart and pollster)",
    ]);
  });

  it("reads per-row pollster, population, sponsor, mode and note, and keeps different pollsters' polls on one day", () => {
    const dataset = parseCsv(
      "series,date,value,pollster,population,sponsor,mode,note\nA,2020-01-01,40,Gallup,a,,phone,\nA,2020-01-01,44,Ipsos,rv,Reuters,online,Wording changed\n",
    );
    expect(dataset.series[0]?.points).toEqual([
      { date: "2020-01-01", value: 40, pollster: "Gallup", population: "adults", mode: "phone" },
      {
        date: "2020-01-01",
        value: 44,
        pollster: "Ipsos",
        population: "registered voters",
        sponsor: "Reuters",
        mode: "online",
        note: "Wording changed",
      },
    ]);
  });

  it("matches header names without regard to case, spaces, _ or -, detects ; and tab, and reads 52% as 52", () => {
    for (const [delimiter, header] of [
      [";", "Series;End_Date;VALUE;Field Start;sample-size"],
      ["\t", "series\tdate\tvalue\tfield_start\tSampleSize"],
      [",", "SERIES,date,Value,fieldStart,sample_size"],
    ] as const) {
      const dataset = parseCsv(
        `${header}\nA${delimiter}2020-01-05${delimiter}52%${delimiter}2020-01-01${delimiter}1000\n`,
      );
      expect(dataset.series[0]?.points[0], JSON.stringify(delimiter)).toEqual({
        date: "2020-01-05",
        fieldStart: "2020-01-01",
        value: 52,
        sampleSize: 1000,
      });
    }
  });

  it("reads a wide file, one column per series, and names the column of a bad cell", () => {
    const dataset = parseCsv("date,Approve,Disapprove\n2020-01-01,41,55\n2020-02-01,43,\n", {
      valueColumns: ["Approve", "Disapprove"],
    });
    expect(dataset.series.map((s) => [s.label, s.points.map((p) => p.value)])).toEqual([
      ["Approve", [41, 43]],
      ["Disapprove", [55]],
    ]);
    expect(issuesOf("date,Approve\n2020-01-01,4x1\n", { valueColumns: ["Approve"] })).toEqual([
      'data.csv line 2, column Approve: expected a number from 0 to 100, received "4x1"',
    ]);
  });
});

describe("parseCsv on a real poll list (FiveThirtyEight's approval polls, test/data/README.md)", () => {
  it("reads 312 polls by 7 pollsters, with several polls on one day, and rejects nothing", () => {
    const dataset = parseCsv(data("approval-tracker.csv"), { fileName: "approval-tracker.csv" });
    const [approve, disapprove] = dataset.series;
    expect(dataset.series.map((s) => s.label)).toEqual(["Approve", "Disapprove"]);
    expect(approve?.points).toHaveLength(312);
    expect(disapprove?.points).toHaveLength(312);
    expect(new Set(approve?.points.map((p) => p.pollster)).size).toBe(7);
    // AP-NORC ran two different surveys that ended on Oct. 28, 2019.
    const ap = approve?.points
      .filter((p) => p.date === "2019-10-28" && p.pollster === "AP-NORC")
      .map((p) => [p.fieldStart, p.value, p.sampleSize]);
    expect(ap).toEqual([
      ["2019-10-15", 37, 1032],
      ["2019-10-24", 42, 1075],
    ]);
  });

  it("reads the wider semicolon file with % values when told to ignore unknown columns, with the same numbers", () => {
    const wide = parseCsv(data("approval-tracker-wide.csv"), {
      valueColumns: ["Approve", "Disapprove"],
      unknownColumns: "ignore",
    });
    const long = parseCsv(data("approval-tracker.csv"));
    expect(wide.series[0]?.points).toHaveLength(22);
    for (const point of wide.series[0]?.points ?? []) {
      const same = long.series[0]?.points.find(
        (p) => p.date === point.date && p.fieldStart === point.fieldStart && p.pollster === point.pollster,
      );
      expect(same, `${point.pollster} ${point.date}`).toBeDefined();
      expect(point.value).toBe(same?.value);
      expect(point.population).toBe(same?.population);
    }
    expect(
      thrown(() => parseCsv(data("approval-tracker-wide.csv"), { valueColumns: ["Approve", "Disapprove"] })),
    ).toBeInstanceOf(PollDataError);
  });
});
