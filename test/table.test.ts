import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { apNorcUkraineSupport, PollDataError, type PollDataset, renderDataTable } from "./api.js";
import { unchecked } from "./fixtures.js";

const doc = new JSDOM(renderDataTable(apNorcUkraineSupport)).window.document;
const cells = (row: Element) => [...row.children].map((c) => c.textContent);

describe("renderDataTable(dataset)", () => {
  it("has a caption and column headers with scope", () => {
    expect(doc.querySelector("caption")?.textContent).toBe(
      "Support for arming Ukraine fell after the first months of the war. Percent of U.S. adults",
    );
    const headers = [...doc.querySelectorAll("thead th")];
    expect(headers.map((th) => th.getAttribute("scope"))).toEqual(["col", "col", "col", "col", "col"]);
    expect(headers.map((th) => th.textContent)).toEqual([
      "Poll dates",
      "Favor providing weapons",
      "Favor sending funds",
      "Margin of error (percentage points)",
      "Sample size",
    ]);
  });

  it("has one row per poll, with row headers, margins and samples where known", () => {
    const rows = [...doc.querySelectorAll("tbody tr")];
    expect(rows.map(cells)).toEqual([
      ["March 17–21, 2022", "64%", "no figure", "not published", "1,082"],
      ["May 12–16, 2022", "60%", "44%", "not published", "1,172"],
      ["Jan. 26–30, 2023", "48%", "37%", "±4.2", "1,068"],
      ["Nov. 2–6, 2023", "48%", "39%", "±3.9", "1,239"],
    ]);
    for (const row of rows) expect(row.querySelector("th")?.getAttribute("scope")).toBe("row");
  });

  it("throws PollDataError on bad data", () => {
    expect(() => renderDataTable(unchecked({ title: "t", series: [] }))).toThrow(PollDataError);
  });
});

describe("the table by month", () => {
  it("counts a month's polls, not its questions: one poll that asked two is one poll", () => {
    const poll = {
      date: "2024-03-06",
      fieldStart: "2024-03-05",
      pollster: "Emerson",
      pollId: "86302",
      sampleSize: 1350,
    };
    const d: PollDataset = {
      title: "A race",
      series: [
        {
          id: "b",
          label: "Biden",
          points: [
            { ...poll, questionId: "194211", value: 51 },
            { ...poll, questionId: "194212", value: 41.5 },
            { date: "2024-03-01", pollster: "YouGov", value: 43 },
          ],
        },
      ],
    };
    const cells = [...new JSDOM(renderDataTable(d, { by: "month" })).window.document.querySelectorAll("tbody td")];
    // Two polls in March 2024 (Emerson's, with two questions, and YouGov's); three rows.
    expect(cells[0]?.textContent).toBe("2");
  });
});
