import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import {
  apNorcUkraineSupport,
  describeTrend,
  methodsNote,
  type PollDataset,
  parseCsv,
  parseDataset,
  sliceDataset,
  summarizeTrend,
} from "./api.js";

// A generic ballot or a head-to-head race is a field of two: its headline is who leads, and by how much.
// Two series of vote intention are rivals; two series of anything else may be two questions (AP-NORC's
// "providing weapons" and "sending funds", 48% and 39%, are not a race), so the lead needs the kind of
// poll: read from a file's names (dem, rep, candidate_name, party) or given as `pollKind: "vote"`.

/** A summary's first sentence: up to a full stop before a capital or the end ("Feb. 2" goes on). */
const firstSentence = (summary: string) => /^.*?(?=\.(?: [A-Z“]|$))/.exec(summary)?.[0] ?? "";

/** Two candidates polled together on the given dates: A's and B's values in each poll. */
function race(polls: readonly [string, number, number][]): PollDataset {
  return {
    title: "A race",
    population: "likely voters",
    series: ["a", "b"].map((id, k) => ({
      id,
      label: id.toUpperCase(),
      points: polls.map(([date, ...values]) => ({ date, value: values[k]!, pollster: "P", sampleSize: 800 })),
    })),
  };
}

const polls: [string, number, number][] = [
  ["2026-01-05", 44, 45],
  ["2026-01-19", 46, 43],
  ["2026-02-02", 48, 43],
];

describe("a field of two", () => {
  it("of vote intention is told by its leader and lead, from the latest poll", () => {
    const [, a, b] = polls.at(-1)!;
    const dataset = parseDataset(race(polls), { pollKind: "vote" });
    expect(dataset.processing?.pollKind).toBe("vote");
    const lead = `Leading in the latest poll that asked about both, on Feb. 2, 2026: A, ${a}%, ${a - b} percentage points ahead of B (${b}%)`;
    expect(firstSentence(summarizeTrend(dataset))).toBe(lead);
    expect(summarizeTrend(dataset, { length: "short" })).toBe(`${lead}.`);
    const facts = describeTrend(dataset);
    expect(facts.leader?.leader.series.id).toBe("a");
    expect(facts.leader?.lead).toBe(a - b);
  });

  it("keeps its kind when parsed again, as a JSON file written from it would be", () => {
    const once = parseDataset(race(polls), { pollKind: "vote" });
    const again = parseDataset(JSON.parse(JSON.stringify(once)));
    expect(again.processing?.pollKind).toBe("vote");
    expect(describeTrend(again).leader?.leader.series.id).toBe("a");
  });

  it("of no kind, or of approval, is not a race: no leader", () => {
    for (const dataset of [parseDataset(race(polls)), parseDataset(race(polls), { pollKind: "approval" })]) {
      expect(describeTrend(dataset).leader).toBeUndefined();
      expect(summarizeTrend(dataset)).not.toMatch(/Leading|ahead of/);
    }
  });

  it("of net values is no race, whatever their kind: each is its own question's balance", () => {
    const net = race(polls);
    const three: PollDataset = {
      ...net,
      series: [...net.series, { ...net.series[0]!, id: "c", label: "C" }].map((s) => ({ ...s, measure: "net" })),
    };
    expect(describeTrend(parseDataset(three, { pollKind: "vote" })).leader).toBeUndefined();
    // The same values as shares are a race.
    expect(describeTrend(parseDataset(race(polls), { pollKind: "vote" })).leader).toBeDefined();
  });

  it("of two questions, AP-NORC's, is never told as a lead, whole or sliced", () => {
    const article = sliceDataset(apNorcUkraineSupport, { from: "2022-05-01", to: "2023-02-15" });
    for (const dataset of [apNorcUkraineSupport, article]) {
      expect(describeTrend(dataset).leader).toBeUndefined();
      expect(summarizeTrend(dataset)).not.toMatch(/Leading|ahead of/);
    }
  });
});

describe("FiveThirtyEight's 2018 generic ballot (July 6, 2018), as published", () => {
  const text = readFileSync(join(import.meta.dirname, "data", "538-generic-polllist-2018-07-06.csv"), "utf8");
  const dataset = parseCsv(text, {
    dateFormat: "M/D/YYYY",
    unknownColumns: "ignore",
    filter: { column: "subgroup", value: "All polls" },
    valueColumns: ["dem", "rep"],
    labels: { dem: "Democrats", rep: "Republicans" },
  });
  // The file's latest poll, read here from its rows: the last end date (M/D/YYYY) of "All polls".
  const rows = csvParse(text).filter((r) => r.subgroup === "All polls");
  const iso = (mdy: string) => {
    const [m, d, y] = mdy.split("/");
    return `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  };
  const end = rows
    .map((r) => iso(r.enddate!))
    .sort()
    .at(-1)!;
  const latest = rows.filter((r) => iso(r.enddate!) === end);

  it("reads the kind from its columns, dem and rep: vote intention", () => {
    expect(dataset.processing?.pollKind).toBe("vote");
  });

  it("leads with the latest poll's leader and lead, in percentage points", () => {
    expect(latest).toHaveLength(1);
    const [dem, rep] = [Number(latest[0]!.dem), Number(latest[0]!.rep)];
    expect(end).toBe("2018-07-03");
    const [leader, trailer] = dem > rep ? ["Democrats", "Republicans"] : ["Republicans", "Democrats"];
    expect(firstSentence(summarizeTrend(dataset, { average: false }))).toBe(
      `Leading in the latest poll that asked about both, on July 3, 2018: ${leader}, ${Math.max(dem, rep)}%, ` +
        `${Math.abs(dem - rep)} percentage points ahead of ${trailer} (${Math.min(dem, rep)}%)`,
    );
  });
});

describe("the methods note's population order", () => {
  it("is said to be vote intention's only where that kind chose it, not where the caller gave one", () => {
    const listed = (population: string, value: number) => ({
      date: "2026-02-02",
      value,
      pollster: "P",
      population,
    });
    const input: PollDataset = {
      title: "A race",
      series: [{ id: "a", label: "A", points: [listed("likely voters", 48), listed("adults", 44)] }],
    };
    const byKind = parseDataset(input, { pollKind: "vote" });
    const byCaller = parseDataset(input, { pollKind: "vote", populations: ["adults", "likely voters"] });
    expect(byKind.series[0]?.points.map((p) => p.value)).toEqual([48]);
    expect(byCaller.series[0]?.points.map((p) => p.value)).toEqual([44]);
    expect(methodsNote(byKind)).toContain("otherwise registered voters, voters or adults, as for vote intention;");
    expect(methodsNote(byCaller)).toContain("for adults where a poll has them, otherwise likely voters;");
  });
});
