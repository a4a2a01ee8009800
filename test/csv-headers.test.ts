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
