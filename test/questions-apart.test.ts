import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { describeTrend, type PollDataset, parseCsv, renderTrendChart, summarizeTrend } from "./api.js";
import { parseSvg } from "./svg.js";

// FiveThirtyEight's gun-policy polls of 2018 (test/data/README.md): one row per poll and question.
const csv = readFileSync(join(import.meta.dirname, "data", "538-guns-polls-2018.csv"), "utf8");
const options = {
  seriesColumn: "Question",
  valueColumns: ["Support"],
  dateFormat: "M/D/YYYY",
  unknownColumns: "ignore",
} as const;
const guns = parseCsv(csv, options);
const rows = csvParse(csv);
/** "3/5/18" as an ISO date. */
const iso = (mdy: string) => {
  const [m, d, y] = mdy.split("/").map(Number) as [number, number, number];
  return `${y < 100 ? 2000 + y : y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};

describe("questions asked apart are no race", () => {
  it("names no leader among one poll's yes-or-no questions, whose shares add up to far more than 100", () => {
    // The premise, from the rows: some poll's questions add up to more than 100 (Morning Consult, March 1–5).
    const sums = new Map<string, number>();
    for (const r of rows) {
      const poll = `${r.Pollster}|${r.Start}|${r.End}`;
      sums.set(poll, (sums.get(poll) ?? 0) + Number(r.Support));
    }
    expect(Math.max(...sums.values())).toBeGreaterThan(300);
    expect(describeTrend(guns).leader).toBeUndefined();
    for (const length of ["full", "short"] as const)
      expect(summarizeTrend(guns, { length, average: false })).not.toMatch(/Leading|ahead of|overtook/);
    const desc = parseSvg(renderTrendChart(guns, { average: false })).querySelector("desc")?.textContent;
    expect(desc).not.toMatch(/Leading|ahead of/);
  });

  // Three parties in one poll each, the last adding up to `last` with its rounding.
  const field = (last: [number, number, number]): PollDataset => ({
    title: "A field",
    series: ["a", "b", "c"].map((id, k) => ({
      id,
      label: id.toUpperCase(),
      points: [
        { date: "2026-01-05", value: [40, 35, 20][k]!, pollster: "P" },
        { date: "2026-02-02", value: last[k]!, pollster: "P" },
      ],
    })),
  });

  it("names the leader of answers to one question, which add up to 100 within half a point each", () => {
    // 41 + 36 + 24.5 = 101.5: three values each rounded by up to half a point still make 100.
    expect(describeTrend(field([41, 36, 24.5])).leader?.leader.series.id).toBe("a");
    expect(summarizeTrend(field([41, 36, 24.5]))).toMatch(/^Leading in the latest poll that asked about both/);
    // 41 + 36 + 25 = 102: more than rounding makes, so not one question.
    expect(describeTrend(field([41, 36, 25])).leader).toBeUndefined();
  });
});

describe("a series' latest day of several polls", () => {
  it("gives every poll that ended on it, each by its pollster (Quinnipiac's 63% and Morning Consult's 71%)", () => {
    const summary = summarizeTrend(guns, { average: false });
    let several = 0;
    for (const question of new Set(rows.map((r) => r.Question!))) {
      const own = rows.filter((r) => r.Question === question);
      const last = own
        .map((r) => iso(r.End!))
        .sort()
        .at(-1);
      const sameDay = own.filter((r) => iso(r.End!) === last);
      // Each of that day's polls is told, as the headline's poll (attributed where the question has several
      // pollsters) or as one found the same day.
      const pollsters = new Set(own.map((r) => r.Pollster)).size;
      for (const r of sameDay) {
        const headline = pollsters > 1 ? `at ${r.Support}% in a ${r.Pollster} poll` : `at ${r.Support}% in `;
        const said = [headline, `${r.Pollster} found ${r.Support}%`];
        expect(
          said.some((s) => summary.includes(s)),
          `${question}: ${r.Pollster}, ${r.Support}%`,
        ).toBe(true);
      }
      if (sameDay.length > 1) several++;
    }
    // Said once for each question whose latest day had several polls, and for no other.
    expect(summary.split("The same day, ").length - 1).toBe(several);
    expect(several).toBeGreaterThan(0);
    // The premise: a question with two polls on its latest day.
    const magazines = rows.filter((r) => r.Question === "ban-high-capacity-magazines" && r.End === "3/5/18");
    expect(magazines.map((r) => r.Pollster).sort()).toEqual(["Morning Consult", "Quinnipiac"]);
  });

  it("says it in Spanish too", () => {
    expect(summarizeTrend(guns, { average: false, locale: "es-US" })).toMatch(
      /Ese mismo día, Morning Consult registró el 71 ?%\./,
    );
  });
});

describe("a short summary that tells one series by a poll and another by its average", () => {
  // FiveThirtyEight's Mueller approval polls (test/data/README.md): Approve's average stops before its
  // latest poll, Disapprove's does not.
  const text = readFileSync(join(import.meta.dirname, "data", "538-mueller-approval-polls-2019.csv"), "utf8");
  const mueller = parseCsv(text, {
    valueColumns: ["Approve", "Disapprove"],
    dateFormat: "M/D/YYYY",
    unknownColumns: "ignore",
    invalidRows: "skip",
  });

  it("never gives the average's value as if it were the poll's", () => {
    // The latest poll, from the rows: Marist's of April 24–29, 2019.
    const last = csvParse(text)
      .map((row) => ({ row, end: iso(row.End!) }))
      .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
      .at(-1)!;
    const latest = { ...last.row, end: last.end } as Record<string, string>;
    expect(latest.Pollster).toBe("Marist");
    const short = summarizeTrend(mueller, { length: "short" });
    expect(short).toMatch(new RegExp(`^Approve: ${latest.Approve}% in a Marist poll in April 2019`));
    // Disapprove, where it is given at all: Marist's own figure, or a value said to be the average's.
    const disapprove = /Disapprove: ([\d.]+)%( in the poll average)?/.exec(short);
    if (disapprove) expect(disapprove[2] !== undefined || disapprove[1] === latest.Disapprove).toBe(true);
    // The premise: Disapprove's average reaches that poll, so it is what tells Disapprove.
    const average = describeTrend(mueller).series.find((s) => s.series.id === "Disapprove")?.average;
    expect(average?.latest.date).toBe(latest.end);
  });
});
