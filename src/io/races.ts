import type { Issue } from "../model/schema.js";
import type { Building } from "./places.js";

/** The column in which FiveThirtyEight's poll lists name the race a row's question is about. */
const RACE = "race_id";

/**
 * A series read from the rows of several races: FiveThirtyEight's Senate list, filtered to Georgia's
 * Class III seat, holds its 2020 all-party primary, its 2021 runoff and a poll of 2022, and "Raphael
 * Warnock" would be one series of all three (a primary's 6% beside a runoff's 49%, one average through
 * both). One issue, at the race column, naming the races by their rows and the filter that keeps one.
 */
export function raceIssues(rows: readonly string[][], header: readonly string[], series: readonly Building[]): Issue[] {
  const at = header.indexOf(RACE);
  if (at < 0) return [];
  // What tells races apart to a reader, where the file has it: "jungle primary, election 11/3/20".
  const about = ["stage", "election_date"].map((name) => header.indexOf(name));
  for (const s of series) {
    const counts = new Map<string, [rows: number, about: string]>();
    for (const record of s.records) {
      const row = rows[record] ?? [];
      const race = (row[at] ?? "").trim();
      const seen = counts.get(race);
      if (seen) seen[0]++;
      else
        counts.set(race, [
          1,
          about
            .flatMap((column, i) => {
              const cell = row[column]?.trim();
              return cell ? [`${i ? "election " : ""}${cell}`] : [];
            })
            .join(", "),
        ]);
    }
    if (counts.size < 2) continue;
    const races = [...counts].sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1));
    const shown = races
      .slice(0, 4)
      .map(
        ([race, [n, what]]) => `${JSON.stringify(race)}${what ? ` (${what})` : ""}, ${n} ${n === 1 ? "row" : "rows"}`,
      );
    const more = races.length - shown.length;
    const [top] = races[0]!;
    return [
      {
        path: ["header", at],
        message: (words) =>
          `expected the rows of one race in each series, received ${JSON.stringify(s.label)} in ` +
          `${races.length} races of column ${RACE} (${shown.join("; ")}${more ? `; ${more} more` : ""}): ` +
          `keep one with ${words("filter", { column: RACE, value: top })}`,
      },
    ];
  }
  return [];
}
