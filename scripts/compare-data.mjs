// Reads the published poll lists and FiveThirtyEight's own daily averages of them (test/data/, CC BY 4.0;
// provenance in test/data/README.md) into poll-trend series and date → estimate maps, for
// scripts/compare-published.mjs and the tests. d3-dsv for the CSV, zlib for the gzip; files unedited,
// what the reader changes is said at each function.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { csvParse } from "d3-dsv";
import { approvalPolls, approvalTopline, isoDate } from "./fivethirtyeight.mjs";

const data = new URL("../test/data/", import.meta.url);
const read = (name) => {
  const bytes = readFileSync(new URL(name, data));
  return name.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
};
const POPULATIONS = { a: "adults", rv: "registered voters", lv: "likely voters", v: "voters" };
const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Two series (one per answer column) from polls carrying every answer. */
function seriesOf(polls, answers) {
  return answers.map(([id, label]) => ({
    id,
    label,
    points: polls.map(({ answers: values, ...poll }) => ({ ...poll, value: values[id] })),
  }));
}

/** A topline file's rows of one subgroup as date → { answer: estimate }, oldest first. */
function toplineOf(rows, keep, answers) {
  return new Map(
    rows
      .filter(keep)
      .map((row) => [isoDate(row.modeldate), Object.fromEntries(answers.map((a) => [a, Number(row[`${a}_estimate`])]))])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/**
 * FiveThirtyEight's 2018 generic congressional ballot, model run of 7/6/2018, "All polls" (697 polls by
 * 35 pollsters): two series, Democrats and Republicans, as published (the two polls without a sample
 * size have none).
 */
export function genericPolls() {
  const rows = csvParse(read("538-generic-polllist-2018-07-06.csv")).filter((row) => row.subgroup === "All polls");
  const polls = rows
    .map((row) => ({
      date: isoDate(row.enddate),
      fieldStart: isoDate(row.startdate),
      pollster: row.pollster,
      ...(row.samplesize ? { sampleSize: Number(row.samplesize) } : {}),
      population: POPULATIONS[row.population] ?? row.population,
      tracking: row.tracking === "T",
      answers: { dem: Number(row.dem), rep: Number(row.rep) },
    }))
    .sort(byDate);
  return seriesOf(polls, [
    ["dem", "Democrats"],
    ["rep", "Republicans"],
  ]);
}

/** FiveThirtyEight's published daily generic-ballot average of the same run, "All polls": date → { dem, rep }. */
export const genericTopline = () =>
  toplineOf(csvParse(read("538-generic-topline-2018-07-06.csv")), (row) => row.subgroup === "All polls", [
    "dem",
    "rep",
  ]);

/**
 * FiveThirtyEight's polls of approval of the president's handling of the coronavirus (party "all"),
 * for `subject` "Trump" (679 rows, February 2020 to January 2021) or "Biden" (479, January 2021 to
 * November 2022). Three things in the published file are read as FiveThirtyEight's notes say or as
 * plainly meant, and nothing else is changed:
 * - a poll listed twice with different questions (two rows with the same pollster, sponsor, dates,
 *   sample and population) is one poll with the mean of its answers, as the repository's README says
 *   the average takes it ("the results of those questions were averaged together");
 * - a start date after the end date (one row each: Nationscape 11/29–11/25/2020, YouGov 10/19/2021–1/21/2021)
 *   is dropped, so the poll has an end date only;
 * - a `tracking` cell that is neither TRUE nor FALSE (two rows hold "2.5") counts as not tracking.
 */
export function covidPolls(subject) {
  const rows = csvParse(read("538-covid-approval-polls-2022-11-23.csv.gz")).filter(
    (row) => row.party === "all" && row.subject === subject,
  );
  const polls = new Map();
  for (const row of rows) {
    const key = [row.pollster, row.sponsor, row.start_date, row.end_date, row.sample_size, row.population].join("|");
    const known = polls.get(key);
    const answers = { approve: Number(row.approve), disapprove: Number(row.disapprove) };
    if (known) {
      known.count++;
      for (const a of ["approve", "disapprove"]) known.sums[a] += answers[a];
      continue;
    }
    polls.set(key, {
      count: 1,
      sums: answers,
      poll: {
        date: row.end_date,
        ...(row.start_date <= row.end_date ? { fieldStart: row.start_date } : {}),
        pollster: row.pollster,
        ...(row.sponsor ? { sponsor: row.sponsor } : {}),
        ...(row.sample_size ? { sampleSize: Number(row.sample_size) } : {}),
        population: POPULATIONS[row.population] ?? row.population,
        tracking: row.tracking === "TRUE",
      },
    });
  }
  const list = [...polls.values()]
    .map(({ count, sums, poll }) => ({
      ...poll,
      answers: { approve: sums.approve / count, disapprove: sums.disapprove / count },
    }))
    .sort(byDate);
  return seriesOf(list, [
    ["approve", "Approve"],
    ["disapprove", "Disapprove"],
  ]);
}

/** FiveThirtyEight's published daily average of the coronavirus-handling approval of `subject`, party "all". */
export const covidTopline = (subject) =>
  toplineOf(
    csvParse(read("538-covid-approval-toplines-2022-11-27.csv")),
    (row) => row.party === "all" && row.subject === subject,
    ["approve", "disapprove"],
  );

/**
 * Every published average with its poll list: a name, the polls' series and FiveThirtyEight's daily
 * average (date → { series id: estimate }), oldest first.
 */
export function publishedAverages() {
  return [
    { name: "Trump approval, 5/29/2020 run", series: approvalPolls().series, topline: approvalTopline() },
    { name: "Generic ballot 2018, 7/6/2018 run", series: genericPolls(), topline: genericTopline() },
    { name: "Trump's coronavirus handling", series: covidPolls("Trump"), topline: covidTopline("Trump") },
    { name: "Biden's coronavirus handling", series: covidPolls("Biden"), topline: covidTopline("Biden") },
  ];
}
