import { describe, expect, it } from "vitest";
import { POINT_HEADERS } from "../src/io/columns.js";
import { POINT_FIELDS } from "../src/model/types.js";
import { parseCsv } from "../src/index.js";

// The CSV reader's own table of headers: every field of a poll that a cell can hold is read from a
// file by its own name, and nothing else is listed.
describe("the headers a CSV is read by", () => {
  it("list every field of a poll a cell can hold, and only those", () => {
    const fromCells = Object.keys(POINT_FIELDS).filter((field) => field !== "responses" && field !== "citation");
    expect(Object.keys(POINT_HEADERS).sort()).toEqual(fromCells.sort());
  });

  it("read each field by its own name, in any case or spacing", () => {
    const header =
      "Series,Date,Field Start,VALUE,margin_of_error,Sample-Size,Pollster,Population,Sponsor,Mode,Note,Tracking,Poll ID,questionId";
    const row = "A,2024-05-02,2024-05-01,45,3.1,1000,Pew,adults,NYT,online,first wave,true,p1,q1";
    const point = parseCsv(`${header}\n${row}\n`).series[0]?.points[0];
    expect(point).toEqual({
      date: "2024-05-02",
      fieldStart: "2024-05-01",
      value: 45,
      marginOfError: 3.1,
      sampleSize: 1000,
      pollster: "Pew",
      population: "adults",
      sponsor: "NYT",
      mode: "online",
      note: "first wave",
      tracking: true,
      pollId: "p1",
      questionId: "q1",
    });
  });
});

describe("Europe Elects' open data as published (filipvanlaenen/eopaod)", () => {
  // The header as the project publishes every country's file; two rows in its style.
  const csv = [
    "Polling Firm,Commissioners,Fieldwork Start,Fieldwork End,Scope,Sample Size,Sample Size Qualification,Participation,Precision,Sinn Féin,People Before Profit,Other",
    "LucidTalk,Belfast Telegraph,2022-01-14,2022-01-17,National,3112,Provided,Not Available,1%,25%,1%,Not Available",
    "Survation,,2018-10-20,2018-11-02,National,555,Provided,Not Available,1%,27%,N.A%,4%",
    "LucidTalk,,2019-05-18,2019-05-19,European,1482,Provided,Not Available,0.1%,26.3%,Not Available,7.3%",
  ].join("\n");
  const dataset = parseCsv(csv, {
    valueColumns: ["Sinn Féin", "People Before Profit", "Other"],
    unknownColumns: "ignore",
    filter: { column: "Scope", value: "National" },
  });
  const series = (label: string) => dataset.series.find((s) => s.label === label)?.points ?? [];

  it("reads the firm, the commissioners and the fieldwork dates as a poll's", () => {
    expect(series("Sinn Féin")).toEqual([
      { date: "2018-11-02", fieldStart: "2018-10-20", value: 27, sampleSize: 555, pollster: "Survation" },
      {
        date: "2022-01-17",
        fieldStart: "2022-01-14",
        value: 25,
        sampleSize: 3112,
        pollster: "LucidTalk",
        sponsor: "Belfast Telegraph",
      },
    ]);
  });

  it("leaves out only the party a poll did not report ('Not Available', 'N.A%'), not the poll", () => {
    expect(series("People Before Profit").map((p) => [p.date, p.value])).toEqual([["2022-01-17", 1]]);
    expect(series("Other").map((p) => [p.date, p.value])).toEqual([["2018-11-02", 4]]);
  });
});

describe("an empty file", () => {
  it("is one problem, not a missing column for each a header would name", () => {
    for (const text of ["", "\n\n", "\uFEFF  \r\n"]) {
      const error = (() => {
        try {
          parseCsv(text);
        } catch (e) {
          return e as { issues: readonly { where: string; message: string }[] };
        }
      })();
      expect(error?.issues.map(({ where, message }) => ({ where, message }))).toEqual([
        { where: "header", message: "expected a header row (series, date, value, …), received an empty file" },
      ]);
    }
  });
});
