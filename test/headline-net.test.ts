import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { parseCsv, summarizeTrend } from "./api.js";

// The headline of net approval by issue (SnoutCounter's list of Feb. 14, 2026, as published): each issue's
// average reaches its latest poll, agrees with the pollsters of its last 14 days, and no issue "leads"
// another (two net values are two questions). Expected values from the file's rows, read here by d3-dsv.
const FILE = join(import.meta.dirname, "data", "snoutcounter-president-issue-approval-polls-2026-02-14.csv.gz");
const text = gunzipSync(readFileSync(FILE)).toString("utf8");
const ISSUES = {
  economy: "Economy",
  immigration: "Immigration",
  trade_tariffs: "Trade and tariffs",
  inflation: "Inflation",
};
const DAY = 86_400_000;
/** "03/31/2025" as a UTC time. */
const time = (mdy: string) => {
  const [m, d, y] = mdy.split("/").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

/** Each issue's rows that can be polls: dates in order, ended by the list's date, a net value. */
function rowsOf(issue: string) {
  return csvParse(text)
    .filter((r) => r.issue === issue && r.net !== "NA" && r.net !== "")
    .map((r) => ({ start: time(r.start_date!), end: time(r.end_date!), net: Number(r.net), pollster: r.pollster! }))
    .filter((r) => r.start <= r.end && r.end <= Date.UTC(2026, 1, 14));
}

describe("net approval by issue, as published: every issue's latest average", () => {
  const dataset = parseCsv(text, {
    seriesColumn: "issue",
    valueColumns: ["net"],
    labels: ISSUES,
    filter: Object.keys(ISSUES).map((value) => ({ column: "issue", value })),
    dateFormat: "M/D/YYYY",
    unknownColumns: "ignore",
    duplicates: "drop",
    invalidRows: "skip",
    asOf: "2026-02-14",
  });
  const summary = summarizeTrend(dataset);

  it.each(Object.entries(ISSUES))(
    "%s: dated at its latest poll, near its pollsters of the last 14 days",
    (id, label) => {
      const rows = rowsOf(id);
      const last = Math.max(...rows.map((r) => r.end));
      const byPollster = new Map<string, number[]>();
      for (const r of rows)
        if (r.end >= last - 13 * DAY) byPollster.set(r.pollster, [...(byPollster.get(r.pollster) ?? []), r.net]);
      const means = [...byPollster.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
      const recent = means.reduce((a, b) => a + b, 0) / means.length;
      const said = new RegExp(`put “${label}” at ([−+]?\\d+\\.\\d) on ([A-Z][a-z]+\\.? \\d+, \\d{4})`).exec(summary);
      expect(said, label).not.toBeNull();
      const [, value, date] = said as unknown as [string, string, string];
      expect(Date.parse(`${date.replace(".", "")} UTC`)).toBe(last);
      // A net value moves two points for a share's one: within 3 points of its pollsters' recent mean.
      expect(Math.abs(Number(value.replace("−", "-")) - recent)).toBeLessThanOrEqual(3);
    },
  );

  it("never says one issue leads, overtook or stayed above another", () => {
    expect(summary).not.toMatch(/lead|overtook|above|below/i);
  });
});

describe("one issue read alone, its label as the file writes it", () => {
  it("is not named twice: the title made from 'economy' does not lead the short summary", () => {
    const economy = parseCsv(text, {
      seriesColumn: "issue",
      valueColumns: ["net"],
      filter: { column: "issue", value: "economy" },
      dateFormat: "M/D/YYYY",
      unknownColumns: "ignore",
      duplicates: "drop",
      invalidRows: "skip",
      asOf: "2026-02-14",
    });
    expect(economy.title).toBe("Economy");
    expect(summarizeTrend(economy, { length: "short" })).toMatch(/^economy: [−+]?\d+\.\d in the poll average on /);
  });
});
