// Reads FiveThirtyEight's approval poll list and its published daily average (test/data/, CC BY 4.0) into
// poll-trend series, without parseCsv: d3-dsv for the CSV, zlib for the gzip, M/D/YYYY dates rewritten as ISO.
// Shared by scripts/compare-538.mjs and test/fivethirtyeight.test.ts.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { csvParse } from "d3-dsv";

const data = new URL("../test/data/", import.meta.url);

/** "1/22/2017" → "2017-01-22". */
export function isoDate(text) {
  const [month, day, year] = text.split("/");
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

const POPULATIONS = { a: "adults", rv: "registered voters", lv: "likely voters", v: "voters" };

/** The "All polls" rows of the 5/29/2020 poll list, as two series (Approve, Disapprove), sorted by end date. */
export function approvalPolls() {
  const text = gunzipSync(readFileSync(new URL("538-approval-polllist-2020-05-29.csv.gz", data))).toString("utf8");
  const rows = csvParse(text).filter((row) => row.subgroup === "All polls");
  const polls = rows
    .map((row) => ({
      date: isoDate(row.enddate),
      fieldStart: isoDate(row.startdate),
      pollster: row.pollster,
      ...(row.samplesize ? { sampleSize: Number(row.samplesize) } : {}),
      population: POPULATIONS[row.population] ?? row.population,
      tracking: row.tracking === "T",
      approve: Number(row.approve),
      disapprove: Number(row.disapprove),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const series = (id, label) => ({
    id,
    label,
    points: polls.map(({ approve, disapprove, ...poll }) => ({
      ...poll,
      value: id === "approve" ? approve : disapprove,
    })),
  });
  return { rows: rows.length, series: [series("approve", "Approve"), series("disapprove", "Disapprove")] };
}

/** FiveThirtyEight's own daily "All polls" average from the same run: date → { approve, disapprove }, oldest first. */
export function approvalTopline() {
  const text = readFileSync(new URL("538-approval-topline-2020-05-29.csv", data), "utf8");
  const rows = csvParse(text).filter((row) => row.subgroup === "All polls");
  return new Map(
    rows
      .map((row) => [
        isoDate(row.modeldate),
        { approve: Number(row.approve_estimate), disapprove: Number(row.disapprove_estimate) },
      ])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
