import { describe, expect, it } from "vitest";
import { PollDataError, parseCsv } from "../src/index.js";
import { thrown } from "./fixtures.js";

// The reading rules of issue 22, each on a file small enough to count by eye: rows that cannot be
// polls, counts in rows of the file, empty columns, filters, labels and series columns.

function issuesOf(text: string, options = {}) {
  const error = thrown(() => parseCsv(text, { fileName: "data.csv", ...options }));
  if (error instanceof PollDataError) return error.issues.map((i) => `${i.where}: ${i.message}`);
  throw error ?? new Error("expected a PollDataError");
}

const WIDE = [
  "pollster,start_date,end_date,approve,disapprove",
  "A,2025-01-01,2025-01-03,40,55", // line 2
  "B,2025-02-05,2025-02-01,41,54", // line 3: start after end
  "C,2025-03-01,2025-03-02,,", // line 4: no value
  "D,2025-04-01,2025-04-02,140,50", // line 5: out of range
  "E,2025-05-01,2025-05-02,4x,50", // line 6: not a number
  "F,2025-06-01,2025-06-31,42,50", // line 7: no such date
  "G,2026-12-01,2026-12-03,43,52", // line 8: after asOf
  "H,2025-07-01,2025-07-02,44,51", // line 9
].join("\n");
const wide = { valueColumns: ["approve", "disapprove"], asOf: "2026-02-14" };

describe('invalidRows: "skip" leaves out rows that cannot be polls, by line and reason', () => {
  it("lists each row left out with its physical line and why, in file order, and keeps the rest", () => {
    const dataset = parseCsv(WIDE, { ...wide, invalidRows: "skip" });
    expect(dataset.processing?.invalidRowsSkipped).toEqual([
      { line: 3, reason: "start-after-end" },
      { line: 4, reason: "value-missing" },
      { line: 5, reason: "value-out-of-range" },
      { line: 6, reason: "value-not-a-number" },
      { line: 7, reason: "date-not-valid" },
      { line: 8, reason: "after-as-of" },
    ]);
    expect(dataset.processing?.asOf).toBe("2026-02-14");
    expect(dataset.series.map((s) => s.points.map((p) => p.pollster))).toEqual([
      ["A", "H"],
      ["A", "H"],
    ]);
  });

  it("keeps a poll ending on the day of asOf, and leaves out none without asOf", () => {
    const text = "series,date,value\nA,2026-02-14,40\nA,2026-02-15,41\n";
    expect(parseCsv(text, { asOf: "2026-02-14", invalidRows: "skip" }).processing?.invalidRowsSkipped).toEqual([
      { line: 3, reason: "after-as-of" },
    ]);
    expect(parseCsv(text).series[0]?.points).toHaveLength(2);
  });

  it("by default refuses each such row, in file order, and names the option", () => {
    expect(issuesOf(WIDE, wide)).toEqual([
      'data.csv line 3, column start_date: expected a start on or before the poll\'s end ("2025-02-01" in column end_date), received "2025-02-05"; rows that cannot be polls are left out and listed with invalidRows: "skip"',
      'data.csv line 4: expected a number from 0 to 100 in any of columns approve, disapprove, received none (rows without a value are left out and listed with invalidRows: "skip", or skipped and counted with missingValues: "skip")',
      "data.csv line 5, column approve: expected a number from 0 to 100 (from -100 to 100 in a net series), received 140",
      'data.csv line 6, column approve: expected a number from 0 to 100 (from -100 to 100 in a net series), received "4x"',
      'data.csv line 7, column end_date: expected a calendar date written YYYY-MM-DD, received "2025-06-31"',
      'data.csv line 8, column end_date: expected a poll that ended on or before asOf: "2026-02-14", received "2026-12-03" (rows that cannot be polls are left out and listed with invalidRows: "skip")',
    ]);
    expect(issuesOf("series,start,date,value\nA,2025-02-05,2025-02-01,40\n")).toEqual([
      'data.csv line 2, column start: expected a start on or before the poll\'s end ("2025-02-01" in column date), received "2025-02-05"; rows that cannot be polls are left out and listed with invalidRows: "skip"',
    ]);
  });

  it("takes a net series' values from −100 to 100 and a share's from 0, proportions times 100", () => {
    const text = "series,date,value\nNet,2025-01-01,-30\nNet,2025-01-02,-130\nNet,2025-01-03,20\n";
    const net = parseCsv(text, { measure: "net", invalidRows: "skip" });
    expect(net.series[0]?.points.map((p) => p.value)).toEqual([-30, 20]);
    expect(net.processing?.invalidRowsSkipped).toEqual([{ line: 3, reason: "value-out-of-range" }]);
    const share = parseCsv(text, { invalidRows: "skip" });
    expect(share.series[0]?.points.map((p) => p.value)).toEqual([20]);
    expect(share.processing?.invalidRowsSkipped?.map((r) => r.line)).toEqual([2, 3]);
    const proportions = parseCsv("series,date,value\nA,2025-01-01,0.4\nA,2025-01-02,1.4\n", {
      scale: "proportion",
      invalidRows: "skip",
    });
    expect(proportions.series[0]?.points.map((p) => p.value)).toEqual([40]);
  });

  it("takes precedence over missingValues, which only counts", () => {
    const text = "series,date,value\nA,2025-01-01,40\nA,2025-01-02,\n";
    expect(parseCsv(text, { missingValues: "skip" }).processing).toEqual({ rowsWithoutValueSkipped: 1 });
    expect(parseCsv(text, { missingValues: "skip", invalidRows: "skip" }).processing).toEqual({
      invalidRowsSkipped: [{ line: 3, reason: "value-missing" }],
    });
  });

  it("says so when every row is left out", () => {
    expect(issuesOf("series,date,value\nA,2025-01-05,\nA,2025-13-01,3\n", { invalidRows: "skip" })).toEqual([
      "data.csv: expected at least one poll, received none of the 2 rows read (2 left out as rows that cannot be polls)",
    ]);
  });
});

describe("counts are of rows of the file, never rows × series", () => {
  const twice =
    "pollster,date,population,approve,disapprove\nA,2025-01-02,adults,40,55\nA,2025-01-02,adults,40,55\nA,2025-01-02,likely voters,42,53\n";

  it("counts a repeated wide row once, and a row of another population once, whatever its series", () => {
    const dataset = parseCsv(twice, { valueColumns: ["approve", "disapprove"], duplicates: "drop" });
    expect(dataset.processing).toEqual({
      repeatedRowsDropped: 1,
      otherPopulationsDropped: 1,
      populationOrder: ["adults", "voters", "registered voters", "likely voters"],
      pollKind: "approval",
    });
  });

  it("counts a dataset of objects the same way: one poll's points across series are one row", async () => {
    const { parseDataset } = await import("../src/index.js");
    const point = { date: "2025-01-02", pollster: "A" };
    const dataset = parseDataset(
      {
        title: "T",
        series: [
          {
            id: "yes",
            label: "Yes",
            points: [
              { ...point, value: 40 },
              { ...point, value: 40 },
            ],
          },
          {
            id: "no",
            label: "No",
            points: [
              { ...point, value: 55 },
              { ...point, value: 55 },
            ],
          },
        ],
      },
      { duplicates: "drop" },
    );
    expect(dataset.processing).toEqual({ repeatedRowsDropped: 1 });
  });
});

describe("empty columns and filters that keep nothing are named", () => {
  it("names a value column empty in every row, and the option to leave it out", () => {
    const text = "date,approve,ind\n2025-01-01,40,\n2025-02-01,41,NA\n";
    expect(issuesOf(text, { valueColumns: ["approve", "ind"] })).toEqual([
      "data.csv line 1, column 3: column ind is empty in every row; leave it out of valueColumns",
    ]);
    expect(
      issuesOf("kind,date,approve,ind\nx,2025-01-01,40,\ny,2025-02-01,41,3\n", {
        valueColumns: ["approve", "ind"],
        filter: { column: "kind", value: "x" },
        unknownColumns: "ignore",
      }),
    ).toEqual([
      "data.csv line 1, column 4: column ind is empty in every row the filter keeps; leave it out of valueColumns",
    ]);
  });

  it("names a long file's empty value or series column", () => {
    expect(issuesOf("series,date,value\nA,2025-01-01,\nB,2025-01-01,\n")).toEqual([
      "data.csv line 1, column 3: column value is empty in every row: it holds no value to read",
    ]);
    expect(issuesOf("series,date,value\n,2025-01-01,4\n,2025-01-02,5\n")[0]).toBe(
      "data.csv line 1, column 1: column series is empty in every row: it names no series (name the column that does with seriesColumn)",
    );
  });

  it("lists the values a filter's column holds when its value is not one of them", () => {
    const text =
      "issue,series,date,value\neconomy,A,2025-01-01,40\neconomy,A,2025-02-01,41\ninflation,A,2025-01-01,30\n";
    expect(issuesOf(text, { filter: { column: "issue", value: "econmy" }, unknownColumns: "ignore" })).toEqual([
      'options.filter.value: expected a value that column issue holds ("economy", "inflation"), received "econmy"',
    ]);
    expect(
      issuesOf(text, {
        filter: [
          { column: "issue", value: "inflation" },
          { column: "date", value: "2025-02-01" },
        ],
        unknownColumns: "ignore",
      }),
    ).toEqual([
      "options.filter: expected filters that keep some of the 3 rows of the file, received filters that each match rows but together keep none",
    ]);
  });

  it("keeps rows holding any of several values of one column, and records the filter and the rows kept", () => {
    const text = "issue,series,date,value\neconomy,A,2025-01-01,40\ncrime,A,2025-01-01,45\ninflation,A,2025-01-02,30\n";
    const filter = [
      { column: "issue", value: "economy" },
      { column: "issue", value: "inflation" },
    ];
    const dataset = parseCsv(text, { filter, unknownColumns: "ignore" });
    expect(dataset.series[0]?.points.map((p) => p.value)).toEqual([40, 30]);
    expect(dataset.processing).toEqual({ filter, rowsInFile: 3, rowsMatchingFilter: 2 });
  });
});

describe("names from the user: labels, titles and series columns", () => {
  it("labels series by their names in the file, keeping the names as ids, and titles them in sentence case", () => {
    const dataset = parseCsv("date,approve,disapprove\n2025-01-01,40,55\n", {
      valueColumns: ["approve", "disapprove"],
      labels: { approve: "Approve", disapprove: "Disapprove" },
    });
    expect(dataset.series.map((s) => [s.id, s.label])).toEqual([
      ["approve", "Approve"],
      ["disapprove", "Disapprove"],
    ]);
    expect(dataset.title).toBe("Approve and disapprove");
    const names = parseCsv(
      "series,date,value\nChad Bianco,2025-01-01,16\nSteve Hilton,2025-01-01,15\nKatie Porter,2025-01-01,12\n",
    );
    expect(names.title).toBe("Chad Bianco, Steve Hilton and Katie Porter");
    expect(parseCsv("date,yes\n2025-01-01,40\n", { valueColumns: ["yes"] }).title).toBe("Yes");
  });

  it("refuses a label for a name the file does not have, listing those it has", () => {
    expect(
      issuesOf("date,approve,disapprove\n2025-01-01,40,55\n", {
        valueColumns: ["approve", "disapprove"],
        labels: { aprove: "Approve" },
      }),
    ).toEqual([
      'options.labels.aprove: expected the name of a series in the file (approve, disapprove), received "aprove"',
    ]);
  });

  it("reads a long file with a series column and one value column: a series per value, net where the column says so", () => {
    const text =
      "issue,date,approve,net\neconomy,2025-01-01,40,-12\ncrime,2025-01-01,45,-4\neconomy,2025-02-01,38,-16\n";
    const dataset = parseCsv(text, { seriesColumn: "issue", valueColumns: ["net"], unknownColumns: "ignore" });
    expect(dataset.series.map((s) => [s.id, s.measure, s.points.map((p) => p.value)])).toEqual([
      ["economy", "net", [-12, -16]],
      ["crime", "net", [-4]],
    ]);
    const share = parseCsv(text, { seriesColumn: "Issue", unknownColumns: "ignore", valueColumns: ["approve"] });
    expect(share.series.map((s) => s.measure)).toEqual([undefined, undefined]);
    expect(issuesOf(text, { seriesColumn: "topic", valueColumns: ["net"], unknownColumns: "ignore" })).toEqual([
      'options.seriesColumn: expected a column of data.csv (issue, date, approve, net), received "topic"',
    ]);
  });

  it("reads the series column's values with the value column when no valueColumns are given", () => {
    const text = "answer,candidate_name,date,pct\nApprove,x,2025-01-01,40\nDisapprove,x,2025-01-01,55\n";
    const dataset = parseCsv(text, { seriesColumn: "answer", unknownColumns: "ignore" });
    expect(dataset.series.map((s) => s.id)).toEqual(["Approve", "Disapprove"]);
    expect(dataset.title).toBe("Approve and disapprove");
  });
});

describe("a row with more or fewer fields than the file's rows is never read column by column", () => {
  // Malta's list as Europe Elects publishes it, shortened: line 3 has lost its third party's field, so
  // its fourth party's 2.3 would be read as the third's and its date as no date at all.
  const MALTA = [
    "pollster,end_date,PL,PN,PD,AD",
    "MaltaToday,2021-05-07,59.5,39.8,0.5,0.7", // line 2
    "MaltaToday,2021-04-11,53.7,45.8,2.3", // line 3: one field short
    "Esprimi,2021-03-01,55,40,1,2", // line 4
    "Esprimi,2021-02-01,54,41,1,2,", // line 5: an empty field more, nothing lost
    "Esprimi,2021-01-01,53,42,1,2,9", // line 6: a field more with something in it
  ].join("\n");
  const parties = { valueColumns: ["PL", "PN", "PD", "AD"] };

  it("refuses each such row, naming its line, both counts and the option that leaves it out", () => {
    expect(issuesOf(MALTA, parties)).toEqual([
      'data.csv line 3: expected 6 fields, as the header names 6 columns, received 5: a field left out or added moves every value after it under another column\'s name (rows that cannot be polls are left out and listed with invalidRows: "skip")',
      'data.csv line 6: expected 6 fields, as the header names 6 columns, received 7: a field left out or added moves every value after it under another column\'s name (rows that cannot be polls are left out and listed with invalidRows: "skip")',
    ]);
  });

  it('with invalidRows: "skip", leaves them out and lists them by line; a trailing empty field is no problem', () => {
    const dataset = parseCsv(MALTA, { ...parties, invalidRows: "skip" });
    expect(dataset.processing?.invalidRowsSkipped).toEqual([
      { line: 3, reason: "field-count" },
      { line: 6, reason: "field-count" },
    ]);
    // Sorted by date: Feb. 1 (line 5), March 1 (line 4), May 7 (line 2).
    expect(dataset.series.map((s) => s.points.map((p) => p.value))).toEqual([
      [54, 55, 59.5],
      [41, 40, 39.8],
      [1, 1, 0.5],
      [2, 2, 0.7],
    ]);
  });

  it("reads a list whose every row leaves out the header's last column, and names that column where it is asked for", () => {
    // Ireland's list as published: 21 columns named, 20 fields in every row, none for "Other".
    const text = ["pollster,end_date,FG,SF,Other", "Ipsos,2021-02-23,30,28", "Red C,2021-02-21,29,27"].join("\n");
    const dataset = parseCsv(text, { valueColumns: ["FG", "SF"], unknownColumns: "ignore" });
    expect(dataset.series.map((s) => s.points.map((p) => p.value))).toEqual([
      [29, 30],
      [27, 28],
    ]);
    expect(issuesOf(text, { valueColumns: ["FG", "SF", "Other"] })).toEqual([
      "data.csv line 1, column 5: column Other is missing from every row (the header names 5 columns, each row has 4 fields); leave it out of valueColumns",
    ]);
    // Most rows have 4 fields: a row of the header's 5, or of 3, is the odd one, and only it is refused.
    const odd = `${text}\nB&A,2021-02-10,25,26,3\nRed C,2021-01-24,27\nIpsos,2021-01-20,28,25`;
    const said = (line: number, found: number) =>
      `data.csv line ${line}: expected 4 fields, as most rows have, received ${found}: a field left out or added moves every value after it under another column's name (rows that cannot be polls are left out and listed with invalidRows: "skip")`;
    expect(issuesOf(odd, { valueColumns: ["FG", "SF"], unknownColumns: "ignore" })).toEqual([said(4, 5), said(5, 3)]);
    const skipped = parseCsv(odd, { valueColumns: ["FG", "SF"], unknownColumns: "ignore", invalidRows: "skip" });
    expect(skipped.processing?.invalidRowsSkipped).toEqual([
      { line: 4, reason: "field-count" },
      { line: 5, reason: "field-count" },
    ]);
    expect(skipped.series[0]?.points.map((p) => p.value)).toEqual([28, 29, 30]);
  });
});

describe("a file whose every row cannot be read column by column", () => {
  it("says no poll was read, by file, not a column of points", () => {
    const text = "pollster,end_date,PL,PN\nA,2021-05-07,59\nB,2021-04-11,53,45,1\n";
    expect(issuesOf(text, { valueColumns: ["PL", "PN"], invalidRows: "skip" })).toEqual([
      "data.csv: expected at least one poll, received none of the 2 rows read (2 left out as rows that cannot be polls)",
    ]);
  });
});

describe("a file of a header alone", () => {
  it("is said as that, by file, not as a list of points at line 1", () => {
    const header = "pollster,end_date,PL,PN\n";
    for (const invalidRows of ["error", "skip"] as const)
      expect(issuesOf(header, { valueColumns: ["PL", "PN"], invalidRows })).toEqual([
        "data.csv: expected rows of polls below the header, received a header alone",
      ]);
    // A filter has nothing to say of a file without rows.
    expect(issuesOf(header, { valueColumns: ["PL", "PN"], filter: { column: "pollster", value: "A" } })).toEqual([
      "data.csv: expected rows of polls below the header, received a header alone",
    ]);
  });
});
