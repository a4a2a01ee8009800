// Every real tracker in test/data, read with parseCsv as published (test/data/README.md), for the tests
// that hold the poll average to the latest polls. The coronavirus-approval list is tidied first, as
// scripts/compare-data.mjs says and for the same three reasons: parseCsv refuses what it finds there.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { csvFormat, csvParse } from "d3-dsv";
import { parseCsv } from "../src/index.js";
import type { PollSeries } from "../src/model/types.js";

// Beside this file; from the project's root when a script bundles it elsewhere (scripts/compare-end.ts).
const DATA = existsSync(join(import.meta.dirname, "data")) ? join(import.meta.dirname, "data") : join("test", "data");
const file = (name: string) => {
  const bytes = readFileSync(join(DATA, name));
  return name.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
};
const fiveThirtyEight = { dateFormat: "M/D/YYYY", unknownColumns: "ignore" } as const;

/**
 * FiveThirtyEight's coronavirus-approval polls of one subject, party "all", as CSV text parseCsv takes:
 * a poll listed twice with different questions becomes one row with the mean of its answers (as
 * FiveThirtyEight's README says its average takes it), a start date after the end date is dropped, and
 * a `tracking` cell other than TRUE or FALSE ("2.5" twice) is emptied.
 */
export function covidCsv(subject: "Trump" | "Biden"): string {
  const rows = csvParse(file("538-covid-approval-polls-2022-11-23.csv.gz")).filter(
    (r) => r["party"] === "all" && r["subject"] === subject,
  );
  const polls = new Map<string, { row: Record<string, string>; approve: number[]; disapprove: number[] }>();
  for (const row of rows) {
    const key = ["pollster", "sponsor", "start_date", "end_date", "sample_size", "population"]
      .map((c) => row[c])
      .join("|");
    const known = polls.get(key) ?? { row: { ...row }, approve: [], disapprove: [] };
    known.approve.push(Number(row["approve"]));
    known.disapprove.push(Number(row["disapprove"]));
    polls.set(key, known);
  }
  const mean = (values: number[]) => String(values.reduce((a, b) => a + b, 0) / values.length);
  const tidy = [...polls.values()].map(({ row, approve, disapprove }) => ({
    end_date: row["end_date"] ?? "",
    start_date: (row["start_date"] ?? "") <= (row["end_date"] ?? "") ? (row["start_date"] ?? "") : "",
    pollster: row["pollster"] ?? "",
    sponsor: row["sponsor"] ?? "",
    sample_size: row["sample_size"] ?? "",
    population: row["population"] ?? "",
    tracking: row["tracking"] === "TRUE" ? "TRUE" : row["tracking"] === "FALSE" ? "FALSE" : "",
    approve: mean(approve),
    disapprove: mean(disapprove),
  }));
  return csvFormat(tidy);
}

/** A tracker: its name and its series, as parseCsv reads them. */
export interface Tracker {
  readonly name: string;
  readonly series: readonly PollSeries[];
}

/**
 * Every real tracker in test/data: the seven-pollster approval extract, FiveThirtyEight's approval,
 * generic-ballot and coronavirus-approval lists, and the five leading candidates of its 2020 Democratic
 * primary list (national polls).
 */
export function realTrackers(): Tracker[] {
  const primary = parseCsv(file("538-president-primary-polls-2019-10-30.csv.gz"), {
    ...fiveThirtyEight,
    filter: [
      { column: "party", value: "DEM" },
      { column: "state", value: "" },
    ],
  });
  const leaders = ["Joseph R. Biden Jr.", "Elizabeth Warren", "Bernard Sanders", "Kamala D. Harris", "Pete Buttigieg"];
  return [
    { name: "approval-tracker.csv", series: parseCsv(file("approval-tracker.csv")).series },
    {
      name: "538 approval list, 5/29/2020",
      series: parseCsv(file("538-approval-polllist-2020-05-29.csv.gz"), {
        ...fiveThirtyEight,
        filter: { column: "subgroup", value: "All polls" },
        valueColumns: ["approve", "disapprove"],
      }).series,
    },
    {
      // The whole term, the list the end's hook was found on (issue 21).
      name: "538 approval list, whole term, 1/20/2021",
      series: parseCsv(file("538-approval-polllist-2021-01-20.csv.gz"), {
        ...fiveThirtyEight,
        filter: { column: "subgroup", value: "All polls" },
        valueColumns: ["approve", "disapprove"],
      }).series,
    },
    {
      // SnoutCounter's lists of 2025–26 as published: two rows with their start after their end left
      // out, one poll listed twice without a question id read as its first row.
      name: "SnoutCounter approval, 2/14/2026",
      series: parseCsv(file("snoutcounter-president-approval-polls-2026-02-14.csv.gz"), {
        valueColumns: ["approve", "disapprove"],
        unknownColumns: "ignore",
        invalidRows: "skip",
        asOf: "2026-02-14",
      }).series,
    },
    {
      name: "SnoutCounter generic ballot, 2/14/2026",
      series: parseCsv(file("snoutcounter-generic-ballot-polls-2026-02-14.csv.gz"), {
        valueColumns: ["dem", "rep"],
        unknownColumns: "ignore",
        conflicts: "first",
        asOf: "2026-02-14",
      }).series,
    },
    {
      name: "538 generic ballot list, 7/6/2018",
      series: parseCsv(file("538-generic-polllist-2018-07-06.csv"), {
        ...fiveThirtyEight,
        filter: { column: "subgroup", value: "All polls" },
        valueColumns: ["dem", "rep"],
      }).series,
    },
    ...(["Trump", "Biden"] as const).map((subject) => ({
      name: `538 coronavirus approval, ${subject}`,
      series: parseCsv(covidCsv(subject), { valueColumns: ["approve", "disapprove"] }).series,
    })),
    {
      name: "538 Democratic primary, national, 10/30/2019",
      series: primary.series.filter((s) => leaders.includes(s.label)),
    },
  ];
}
