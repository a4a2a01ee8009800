import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PollDataError, parseCsv } from "../src/index.js";
import { thrown } from "./fixtures.js";

function issuesOf(text: string, options = {}) {
  const error = thrown(() => parseCsv(text, { fileName: "data.csv", ...options }));
  if (error instanceof PollDataError) return error.issues.map((i) => `${i.where}: ${i.message}`);
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

  it("titles a file without a title after its series in sentence case, never after its file name", () => {
    expect(parseCsv("series,date,value\nFavor,2020-01-01,40\n", { fileName: "polls.csv" }).title).toBe("Favor");
    expect(
      parseCsv("series,date,value\nApprove,2020-01-01,40\nDisapprove,2020-01-01,50\n", { fileName: "polls.csv" }).title,
    ).toBe("Approve and disapprove");
    expect(parseCsv("series,date,value\nA,2020-01-01,40\nB,2020-01-01,50\nC,2020-01-01,10\n").title).toBe("A, B and C");
  });

  it("names the line and column of bad cells", () => {
    // In file order, whichever step found them: the model's problems (lines 2 and 3), the first naming
    // invalidRows, as the reader's (line 4) does too, being its own step's first.
    expect(issuesOf("series,date,value\nA,2022-05-16,abc\nA,2022-02-30,50\nA,2022-07-01,\n")).toEqual([
      'data.csv line 2, column value: expected a number from 0 to 100 (from -100 to 100 in a net series), received "abc"; rows that cannot be polls are left out and listed with invalidRows: "skip"',
      'data.csv line 3, column date: expected a calendar date written YYYY-MM-DD, received "2022-02-30"',
      'data.csv line 4, column value: expected a number from 0 to 100, received "" (rows without a value are left out and listed with invalidRows: "skip", or skipped and counted with missingValues: "skip")',
    ]);
  });

  it("rejects a missing required column and an unknown column, unless told to ignore unknown ones", () => {
    expect(issuesOf("series,date,percentage\nA,2020-01-01,3\n")).toEqual([
      'data.csv line 1, column 3: expected only columns poll-trend reads (series, date, fieldStart, value, marginOfError, sampleSize, pollster, population, sponsor, mode, note, tracking, pollId, questionId), received the column "percentage"; read a wider file with unknownColumns: "ignore", and columns of values with valueColumns',
      'data.csv line 1: expected a column named "value" (a file with one column per series is read with valueColumns), received columns ["series","date","percentage"]; one that holds it under another name is read with columns: { value: "…" }',
    ]);
    const dataset = parseCsv("series,date,value,grade\nA,2020-01-01,3,B+\n", { unknownColumns: "ignore" });
    expect(dataset.series[0]?.points[0]).toEqual({ date: "2020-01-01", value: 3 });
  });

  it("rejects a blank series name and a repeated row, by line, naming the first", () => {
    expect(issuesOf("series,date,value\n,2020-01-01,3\nA,2020-01-01,3\nA,2020-01-01,3\n")).toEqual([
      'data.csv line 2, column series: expected a non-empty string, received ""',
      'data.csv line 4: expected each poll once, received the same poll again with the same value, a repeated row (read with duplicates: "drop" to keep the first); first at line 3',
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
      'data.csv line 2, column Approve: expected a number from 0 to 100 (from -100 to 100 in a net series), received "4x1"; rows that cannot be polls are left out and listed with invalidRows: "skip"',
    ]);
  });

  it("names invalidRows in the first problem of the file, whichever step found it", () => {
    // Europe Elects' Britain with "4O%" on line 3 (the model finds it) and a field lost on line 6 (the reader).
    const note = "rows that cannot be polls are left out and listed with invalidRows";
    const rows = ["2021-04-22,44", "2021-04-19,4O", "2021-04-18,43", "2021-04-14", "2021-04-11,42"];
    const [first, second] = issuesOf(`date,Con\n${rows.join("\n")}\n`, { valueColumns: ["Con"] });
    expect(first).toMatch(/^data\.csv line 3, column Con: expected a number/);
    expect(first).toContain(note);
    expect(second).toMatch(/^data\.csv line 5: expected 2 fields/);
    // A reader's problem first names it; the model's after it does not say it again.
    const [early, late] = issuesOf(`date,Con\n${[rows[3], ...rows.slice(0, 3)].join("\n")}\n`, {
      valueColumns: ["Con"],
    });
    expect(early).toMatch(/^data\.csv line 2: expected 2 fields.*invalidRows/);
    expect(late).toMatch(/^data\.csv line 4, column Con/);
    expect(late).not.toContain(note);
  });
});

describe("parseCsv on a real poll list (FiveThirtyEight's approval polls, test/data/README.md)", () => {
  it("reads 312 polls by seven pollsters, with several polls on one day, and rejects nothing", () => {
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

describe("parseCsv reads files as aggregators write them", () => {
  it("reads a field from the column columns names, before the headers it is read from by default", () => {
    // A tracker's own export: "date" is when the row was added; the poll ended on PollDate.
    const csv = "Polling_firm,PollDate,date,LPC,CPC\nAngus Reid,2024-06-17,2024-06-20,21,42\n";
    const read = parseCsv(csv, {
      valueColumns: ["LPC", "CPC"],
      columns: { date: "PollDate", pollster: "Polling_firm" },
      unknownColumns: "ignore",
    });
    expect(read.series.map((s) => s.points.map((p) => [p.date, p.pollster, p.value]))).toEqual([
      [["2024-06-17", "Angus Reid", 21]],
      [["2024-06-17", "Angus Reid", 42]],
    ]);
    expect(issuesOf(csv, { valueColumns: ["LPC"], columns: { date: "Poll Day" }, unknownColumns: "ignore" })).toEqual([
      'options.columns.date: expected a column of data.csv (Polling_firm, PollDate, date, LPC, CPC), received "Poll Day"',
    ]);
  });

  it("reads a politician column as the series of one value column: FiveThirtyEight's favorability list", () => {
    // Its columns (fewer of them): one poll asks about two politicians, each its own question.
    const csv = [
      "poll_id,pollster,question_id,start_date,end_date,sample_size,politician,favorable,unfavorable",
      "1,Ipsos,11,2/5/2024,2/7/2024,1000,Joe Biden,35,58",
      "1,Ipsos,12,2/5/2024,2/7/2024,1000,Donald Trump,38,57",
      "2,YouGov,21,2/9/2024,2/11/2024,1500,Joe Biden,41,54",
      "2,YouGov,22,2/9/2024,2/11/2024,1500,Donald Trump,42,53",
    ].join("\n");
    const dataset = parseCsv(csv, { valueColumns: ["favorable"], dateFormat: "M/D/YYYY", unknownColumns: "ignore" });
    expect(dataset.series.map((s) => [s.id, s.points.map((p) => p.value)])).toEqual([
      ["Joe Biden", [35, 41]],
      ["Donald Trump", [38, 42]],
    ]);
    // Two value columns: one series per politician and column, as with seriesColumn named.
    const both = parseCsv(csv, {
      valueColumns: ["favorable", "unfavorable"],
      dateFormat: "M/D/YYYY",
      unknownColumns: "ignore",
    });
    expect(both.series.map((s) => [s.label, s.points.map((p) => p.value)])).toEqual([
      ["Joe Biden: favorable", [35, 41]],
      ["Joe Biden: unfavorable", [58, 54]],
      ["Donald Trump: favorable", [38, 42]],
      ["Donald Trump: unfavorable", [57, 53]],
    ]);
    // A long file without a date column: the option that names one, and no word of value columns.
    expect(issuesOf("series,Datum,value\nA,2020-01-01,3\n", { unknownColumns: "ignore" })).toEqual([
      'data.csv line 1: expected a column named "date", received columns ["series","Datum","value"]; one that ' +
        'holds it under another name is read with columns: { date: "…" }',
    ]);
  });

  it('reads M/D/YYYY and two-digit years with dateFormat: "M/D/YYYY", and D/M/YYYY day first', () => {
    const dataset = parseCsv(
      "series,startdate,enddate,value\nA,5/27/2020,5/29/2020,40\nA,4/19/19,4/21/19,41\nA,12/30/69,1/2/70,42\n",
      {
        dateFormat: "M/D/YYYY",
      },
    );
    expect(dataset.series[0]?.points.map((p) => [p.fieldStart, p.date])).toEqual([
      ["1969-12-30", "1970-01-02"],
      ["2019-04-19", "2019-04-21"],
      ["2020-05-27", "2020-05-29"],
    ]);
    expect(parseCsv("series,date,value\nA,29/5/2020,40\n", { dateFormat: "D/M/YYYY" }).series[0]?.points[0]?.date).toBe(
      "2020-05-29",
    );
    expect(issuesOf("series,date,value\nA,2/30/2020,40\n", { dateFormat: "M/D/YYYY" })).toEqual([
      // Read month first already: the day does not exist, and the option it was read with is not named again.
      'data.csv line 2, column date: expected a calendar date written M/D/YYYY, received "2/30/2020" (no such day in the calendar); rows that cannot be polls are left out and listed with invalidRows: "skip"',
    ]);
    // Read day first, a date that would read month first is named with that option; one that would not
    // (2018 has no Feb. 29) is a day that does not exist.
    const dayFirst = (cell: string) => issuesOf(`series,date,value\nA,${cell},40\n`, { dateFormat: "D/M/YYYY" })[0];
    expect(dayFirst("2/13/2018")).toContain(
      '(read dates written month first, such as 5/29/2020 or 4/21/19, with dateFormat: "M/D/YYYY")',
    );
    expect(dayFirst("2/29/2018")).toContain("(no such day in the calendar)");
    expect(dayFirst("2/29/2020")).toContain('with dateFormat: "M/D/YYYY"');
  });

  it("reads a sample of 1,050, takes N/A, NA, - and empty as missing in optional columns, and T as a tracking release", () => {
    const dataset = parseCsv(
      'series,date,value,sampleSize,marginOfError,pollster,tracking\nA,2020-01-01,40,"1,050",N/A,Gallup,T\nA,2020-01-02,41,NA,-,Ipsos,\nA,2020-01-03,42,,,YouGov,false\n',
    );
    expect(dataset.series[0]?.points).toEqual([
      { date: "2020-01-01", value: 40, sampleSize: 1050, pollster: "Gallup", tracking: true },
      { date: "2020-01-02", value: 41, pollster: "Ipsos" },
      { date: "2020-01-03", value: 42, pollster: "YouGov" },
    ]);
  });

  it("refuses a row without a value, naming the option that skips it; skipped rows are counted", () => {
    const text = "series,date,value\nA,2020-01-01,40\nA,2020-01-02,N/A\nA,2020-01-03,\nA,2020-01-04,43\n";
    expect(issuesOf(text)).toEqual([
      'data.csv line 3, column value: expected a number from 0 to 100, received "N/A" (rows without a value are left out and listed with invalidRows: "skip", or skipped and counted with missingValues: "skip")',
      'data.csv line 4, column value: expected a number from 0 to 100, received "" (rows without a value are left out and listed with invalidRows: "skip", or skipped and counted with missingValues: "skip")',
    ]);
    const skipped = parseCsv(text, { missingValues: "skip" });
    expect(skipped.series[0]?.points.map((p) => p.value)).toEqual([40, 43]);
    expect(skipped.processing).toEqual({ rowsWithoutValueSkipped: 2 });
  });

  it("names the physical line of a bad cell after a quoted field that holds line breaks", () => {
    const text = 'series,date,value,note\nA,2020-01-01,40,"first line\nsecond line\r\nthird"\nA,2020-01-02,oops,\n';
    expect(issuesOf(text)).toEqual([
      'data.csv line 5, column value: expected a number from 0 to 100 (from -100 to 100 in a net series), received "oops"; rows that cannot be polls are left out and listed with invalidRows: "skip"',
    ]);
  });

  it("reads 538's column names (start_date, end_date, sample_size, sponsors, methodology, poll_id, question_id, candidate_name, pct) and ignores modeldate", () => {
    const dataset = parseCsv(
      "question_id,poll_id,modeldate,pollster,sponsors,sample_size,population,methodology,start_date,end_date,candidate_name,pct\n1,9,5/1/19,YouGov,Economist,1000,lv,Online,4/28/19,4/30/19,Joe Biden,31.5\n",
      { dateFormat: "M/D/YYYY", unknownColumns: "ignore" },
    );
    expect(dataset.series.map((s) => s.label)).toEqual(["Joe Biden"]);
    expect(dataset.series[0]?.points[0]).toEqual({
      date: "2019-04-30",
      fieldStart: "2019-04-28",
      value: 31.5,
      sampleSize: 1000,
      pollster: "YouGov",
      population: "likely voters",
      sponsor: "Economist",
      mode: "Online",
      pollId: "9",
      questionId: "1",
    });
    expect(issuesOf("series,date,value,modeldate\nA,2020-01-01,40,1/2/2020\n")[0]).toMatch(
      /received the column "modeldate" \(a date that is not a poll's\)/,
    );
  });

  it("keeps the rows a filter names, and names a filter column the file lacks", () => {
    const text = "subgroup,series,date,value\nAll polls,A,2020-01-01,40\nAdults,A,2020-01-01,41\n";
    const kept = parseCsv(text, { filter: { column: "Subgroup", value: "All polls" }, unknownColumns: "ignore" });
    expect(kept.series[0]?.points.map((p) => p.value)).toEqual([40]);
    expect(issuesOf(text, { filter: { column: "group", value: "x" }, unknownColumns: "ignore" })).toEqual([
      'options.filter.column: expected a column of data.csv (subgroup, series, date, value), received "group"',
    ]);
  });

  it("reads a net series with measure: net, one option for every series or by name", () => {
    const text = "series,date,value\nNet approval,2021-01-01,12\nNet approval,2021-06-01,-8\nApprove,2021-01-01,53\n";
    expect(issuesOf(text)[0]).toMatch(/line 3, column value: expected a number from 0 to 100 .*measure: "net"/);
    const dataset = parseCsv(text, { measure: { "Net approval": "net" } });
    expect(dataset.series.map((s) => [s.label, s.measure])).toEqual([
      ["Net approval", "net"],
      ["Approve", undefined],
    ]);
    expect(parseCsv("series,date,value\nLead,2021-01-01,-3\n", { measure: "net" }).series[0]?.points[0]?.value).toBe(
      -3,
    );
  });

  it("refuses unknown or bad options, naming each in the order given", () => {
    expect(
      issuesOf("series,date,value\nA,2020-01-01,40\n", { dateFormat: "MM/DD/YY", missing: "skip" } as never),
    ).toEqual([
      'options.dateFormat: expected "YYYY-MM-DD" or "M/D/YYYY" or "D/M/YYYY", received "MM/DD/YY"',
      'options.missing: expected a known field (duplicates, conflicts, pollKind, populations, scale, title, subtitle, source, population, fileName, unknownColumns, valueColumns, dateFormat, filter, missingValues, measure, invalidRows, asOf, labels, seriesColumn, columns), received a field named "missing"',
    ]);
  });
});
