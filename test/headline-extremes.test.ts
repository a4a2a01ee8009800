import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseCsv, summarizeTrend } from "./api.js";

// The headline and the high and low said beside it, on real files as published: an average's latest
// value is never above the high or below the low the same paragraph gives (on California's primary the
// summary said Chad Bianco was at 16.4% on Jan. 21, 2026, and that his average was highest, 15.0%, in
// December). The numbers are read back from the words, as a reader reads them.
const data = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, "data", name))).toString("utf8");

/** Each averaged series' paragraph: its latest value, its high and its low, as the words print them. */
function headlines(summary: string) {
  return summary
    .split(/(?=The poll average )/)
    .slice(1)
    .map((part) => {
      const latest = /put “([^”]+)” at (−?[\d.]+)%? on /.exec(part);
      const range = /The average was highest, (−?[\d.]+)%?, on [^,]+, \d{4}, and lowest, (−?[\d.]+)%?, on /.exec(part);
      const number = (text = "") => Number(text.replace("−", "-"));
      return {
        label: latest?.[1] ?? "",
        latest: number(latest?.[2]),
        high: range ? number(range[1]) : undefined,
        low: range ? number(range[2]) : undefined,
      };
    });
}

describe("an average's high and low hold its latest value, on real files", () => {
  const files = {
    "California's 2026 governor primary (33 candidates)": parseCsv(
      data("snoutcounter-governor-primary-ca-2026-02-14.csv.gz"),
      { unknownColumns: "ignore", asOf: "2026-02-14" },
    ),
    "Trump's whole first term, FiveThirtyEight's list of Jan. 20, 2021": parseCsv(
      data("538-approval-polllist-2021-01-20.csv.gz"),
      {
        filter: { column: "subgroup", value: "All polls" },
        valueColumns: ["approve", "disapprove"],
        dateFormat: "M/D/YYYY",
        unknownColumns: "ignore",
      },
    ),
    "generic ballot, SnoutCounter, Feb. 14, 2026": parseCsv(
      data("snoutcounter-generic-ballot-polls-2026-02-14.csv.gz"),
      {
        valueColumns: ["dem", "rep"],
        unknownColumns: "ignore",
        conflicts: "first",
        asOf: "2026-02-14",
      },
    ),
  };
  for (const [name, dataset] of Object.entries(files)) {
    it(name, () => {
      const said = headlines(summarizeTrend(dataset));
      expect(said.length, "averaged series").toBeGreaterThan(0);
      for (const s of said) {
        expect(Number.isFinite(s.latest), s.label).toBe(true);
        if (s.high === undefined || s.low === undefined) continue;
        expect(s.high, `${s.label}: high`).toBeGreaterThanOrEqual(s.latest);
        expect(s.low, `${s.label}: low`).toBeLessThanOrEqual(s.latest);
      }
    });
  }
});

describe("a high or low that prints as the latest value is the latest", () => {
  it("says the tracker's high on the latest day when the two print alike", () => {
    const summary = summarizeTrend(
      parseCsv(readFileSync(join(import.meta.dirname, "data", "approval-tracker.csv"), "utf8"), {}),
    );
    // Approve's average prints 45.0% on its last day and on the day before, a few thousandths apart.
    const approve =
      /put “Approve” at ([\d.]+%) on ([^,]+, \d{4})[\s\S]*?The average was highest, ([\d.]+%), on ([^,]+, \d{4})/.exec(
        summary,
      );
    expect(approve?.[3]).toBe(approve?.[1]);
    expect(approve?.[4]).toBe(approve?.[2]);
  });
});
