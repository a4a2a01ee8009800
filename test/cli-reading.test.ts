import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { nodeIo } from "../src/cli/node-io.js";

// The CLI's reading flags, in-process, with Node's files in a temporary folder and a fixed "today".
let dir = "";
const TODAY = "2026-02-14";

function run(args: string[], today: string | null = TODAY) {
  let stdout = "";
  let stderr = "";
  const { today: _clock, ...node } = nodeIo(dir);
  const io = {
    ...node,
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    ...(today === null ? {} : { today: () => today }),
  };
  return { code: main(args, io), stdout, stderr };
}

const published = (name: string) =>
  gunzipSync(readFileSync(join(import.meta.dirname, "data", `snoutcounter-${name}-2026-02-14.csv.gz`)));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "poll-trend-cli-reading-"));
  writeFileSync(join(dir, "approval.csv"), published("president-approval-polls"));
  writeFileSync(join(dir, "issues.csv"), published("president-issue-approval-polls"));
  writeFileSync(join(dir, "generic.csv"), published("generic-ballot-polls"));
  writeFileSync(join(dir, "empty.csv"), "date,approve,ind\n2025-01-01,40,\n2025-02-01,41,\n");
  writeFileSync(join(dir, "future.csv"), "series,date,value\nA,2026-01-01,40\nA,2026-03-01,41\n");
  // A German list's header and rows as the wahlrecht.de scrape (hwborchers/Umfragen) writes them.
  writeFileSync(
    join(dir, "umfragen.csv"),
    '"Datum","CDUCSU","SPD","AfD","Institut"\n2025-01-09,31,16,20,"Infratest"\n2025-01-11,30,16,21,"Emnid"\n',
  );
  writeFileSync(
    join(dir, "ok.json"),
    JSON.stringify({ title: "T", series: [{ id: "a", label: "A", points: [{ date: "2025-01-01", value: 4 }] }] }),
  );
});

const approval = ["approval.csv", "--value-columns", "approve,disapprove", "--ignore-unknown-columns"];

describe("poll-trend reads rows that cannot be polls as told", () => {
  it("refuses the approval list's two typos by default, naming the flag that leaves them out", () => {
    const { code, stdout, stderr } = run(["summary", ...approval]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "poll-trend: 2 problems in the data:\n" +
        '  approval.csv line 824, column start_date: expected a start on or before the poll\'s end ("2025-07-06" in column end_date), received "2025-07-31"; rows that cannot be polls are left out and listed with --invalid-rows skip\n' +
        '  approval.csv line 1019, column start_date: expected a start on or before the poll\'s end ("2025-01-29" in column end_date), received "2026-01-23"\n',
    );
  });

  it("leaves them out with --invalid-rows skip, says so on stderr, and the methods note says it too", () => {
    const { code, stdout, stderr } = run(["report", ...approval, "--invalid-rows", "skip"]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      "poll-trend: 2 rows left out (--invalid-rows skip): lines 824 and 1019, start date after end date\n",
    );
    expect(stdout).toContain("Two rows were left out: lines 824 and 1019, start date after end date.");
    expect(stdout).toContain("130 rows for other populations were left out.");
  });

  it("takes today as --as-of for a CSV, or the date given; never for JSON, where the flag is refused", () => {
    const today = run(["summary", "future.csv"]);
    expect(today.code).toBe(1);
    expect(today.stderr).toBe(
      'poll-trend: future.csv line 3, column date: expected a poll that ended on or before --as-of 2026-02-14, received "2026-03-01" (rows that cannot be polls are left out and listed with --invalid-rows skip)\n',
    );
    expect(run(["summary", "future.csv", "--as-of", "2026-03-31"]).code).toBe(0);
    expect(run(["summary", "future.csv"], null).code).toBe(0);
    const skipped = run(["summary", "future.csv", "--invalid-rows", "skip"]);
    expect(skipped.stderr).toBe("poll-trend: 1 row left out (--invalid-rows skip): line 3, ended after 2026-02-14\n");
    expect(run(["summary", "ok.json"]).code).toBe(0);
    expect(run(["summary", "ok.json", "--as-of", "2026-01-01"]).stderr).toMatch(
      /^poll-trend: --as-of reads CSV files; ok.json is JSON/,
    );
    expect(run(["summary", "future.csv", "--as-of", "2026-02-30"]).stderr).toBe(
      'poll-trend: --as-of: expected a calendar date written YYYY-MM-DD, received "2026-02-30"\n',
    );
  });
});

describe("poll-trend reads names, series columns, conflicts and empty columns as told", () => {
  it("labels series with --label, titles them in sentence case, and refuses a name the file lacks", () => {
    const chart = run([
      "chart",
      ...approval,
      "--invalid-rows",
      "skip",
      "--label",
      "approve=Approve",
      "--label",
      "disapprove=Disapprove",
    ]);
    expect(chart.code).toBe(0);
    expect(chart.stdout).toContain("<title");
    expect(chart.stdout).toContain("Approve and disapprove");
    const bad = run(["chart", ...approval, "--invalid-rows", "skip", "--label", "aprove=Approve"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'poll-trend: --label: expected the name of a series in the file (approve, disapprove), received "aprove"\n',
    );
    expect(run(["chart", ...approval, "--label", "approve"]).stderr).toMatch(
      /^poll-trend: --label: expected an object of series names/,
    );
  });

  it("reads a series per issue with --series-column, two issues with two --where of one column", () => {
    const { code, stdout } = run([
      "table",
      "issues.csv",
      "--series-column",
      "issue",
      "--value-columns",
      "net",
      "--where",
      "issue=economy",
      "--where",
      "issue=inflation",
      "--date-format",
      "M/D/YYYY",
      "--duplicates",
      "drop",
      "--invalid-rows",
      "skip",
      "--ignore-unknown-columns",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("economy");
    expect(stdout).toContain("inflation");
    expect(stdout).not.toContain("immigration");
  });

  it("reads the generic ballot's conflict with --conflicts first or mean, and names the flags when it refuses", () => {
    const generic = ["summary", "generic.csv", "--value-columns", "dem,rep", "--ignore-unknown-columns"];
    const refused = run(generic);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "generic.csv line 89, column dem: expected the value of the same poll listed before (47; same pollster, sponsor, dates, population, sample, mode and ids), received 45; first at line 88;",
    );
    expect(refused.stderr).toContain("--conflicts first (the first row's value) or --conflicts mean (their mean)");
    for (const how of ["first", "mean"]) expect(run([...generic, "--conflicts", how]).code).toBe(0);
    expect(run([...generic, "--conflicts", "last"]).code).toBe(2);
  });

  it("names a value column empty in every row, and the flag to leave it out of", () => {
    const { code, stderr } = run(["chart", "empty.csv", "--value-columns", "approve,ind"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "poll-trend: empty.csv line 1, column 3: column ind is empty in every row; leave it out of --value-columns\n",
    );
  });

  it("reads a field's column under another name with --column, and says so when the column is missing", () => {
    const refused = run(["summary", "umfragen.csv", "--value-columns", "CDUCSU,SPD,AfD", "--ignore-unknown-columns"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'expected a column named "date", received columns ["Datum","CDUCSU","SPD","AfD","Institut"]; one that ' +
        "holds it under another name is read with --column date=…",
    );
    const read = run([
      "table",
      "umfragen.csv",
      "--value-columns",
      "CDUCSU,SPD,AfD",
      "--column",
      "date=Datum",
      "--column",
      "pollster=Institut",
    ]);
    expect(read.stderr).toBe("");
    expect(read.code).toBe(0);
    for (const text of ["Infratest", "Emnid", "Jan. 9, 2025", "Jan. 11, 2025"]) expect(read.stdout).toContain(text);
    const wrong = run([
      "summary",
      "umfragen.csv",
      "--value-columns",
      "CDUCSU",
      "--column",
      "date=Tag",
      "--ignore-unknown-columns",
    ]);
    expect(wrong.stderr).toBe(
      'poll-trend: --column: expected a column of umfragen.csv (Datum, CDUCSU, SPD, AfD, Institut), received "Tag"\n',
    );
  });

  it("takes --poll-kind and --subtitle for JSON too", () => {
    const { code, stdout } = run(["chart", "ok.json", "--poll-kind", "vote", "--subtitle", "Polls of all adults"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Polls of all adults");
  });
});
