import { describe, expect, it } from "vitest";
import { PollDataError, parseCsv } from "../src/index.js";
import { thrown } from "./fixtures.js";

function issuesOf(text: string) {
  const error = thrown(() => parseCsv(text, { fileName: "data.csv" }));
  if (error instanceof PollDataError) return error.issues.map((i) => `${i.path}: ${i.message}`);
  throw error ?? new Error("expected a PollDataError");
}

describe("parseCsv(text, options)", () => {
  it("makes one series per distinct series value, with optional columns", () => {
    const dataset = parseCsv("series,date,value,marginOfError,sampleSize,fieldStart\nA,2020-02-01,40,3.5,1000,2020-01-28\nB,2020-02-01,30,,,\nA,2020-01-01,45,,,\n", { title: "T", source: "S", population: "adults" });
    expect(dataset.series.map((s) => [s.id, s.label, s.points.length])).toEqual([["A", "A", 2], ["B", "B", 1]]);
    expect(dataset.series[0]?.points[1]).toEqual({ date: "2020-02-01", fieldStart: "2020-01-28", value: 40, marginOfError: 3.5, sampleSize: 1000 });
    expect(dataset.source).toEqual({ name: "S" });
    expect(dataset.population).toBe("adults");
  });

  it("handles quotes, commas, doubled quotes, CRLF and a byte-order mark", () => {
    const dataset = parseCsv('\uFEFFseries,date,value\r\n"Yes, ""strongly""",2020-01-01,40\r\n');
    expect(dataset.series[0]?.label).toBe('Yes, "strongly"');
    expect(dataset.title).toBe("Poll trend");
  });

  it("names the line and column of bad cells", () => {
    expect(issuesOf("series,date,value\nA,2022-05-16,abc\nA,2022-02-30,50\nA,2022-07-01,\n")).toEqual([
      'data.csv line 2, column value: expected a number from 0 to 100, received "abc"',
      'data.csv line 3, column date: expected a calendar date written YYYY-MM-DD, received "2022-02-30"',
      "data.csv line 4, column value: expected a number from 0 to 100, received nothing",
    ]);
  });

  it("rejects a missing required column and an unknown column", () => {
    expect(issuesOf("series,date,percent\nA,2020-01-01,3\n")).toEqual([
      'data.csv line 1: expected a column named "value", received columns ["series","date","percent"]',
      'data.csv line 1, column 3: expected one of series, date, value, fieldStart, marginOfError, sampleSize, received "percent"',
    ]);
  });

  it("rejects a blank series name and a duplicate date, by line", () => {
    expect(issuesOf("series,date,value\n,2020-01-01,3\nA,2020-01-01,3\nA,2020-01-01,4\n")).toEqual([
      "data.csv line 2, column series: expected a non-empty string, received \"\"",
      'data.csv line 4, column date: expected one poll per date (points[0] has the same date), received "2020-01-01"',
    ]);
  });
});
