import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { describeTrend, type PollDataset, type PollPoint, parseCsv, renderTrendChart, summarizeTrend } from "./api.js";
import { everyOtherDay, wobble } from "./fixtures.js";

// One poll, several questions: FiveThirtyEight's list of March 7, 2024 (test/data/README.md) asks Biden
// against Trump alone and in a five-way race in one Emerson poll, and lists hypothetical matchups
// (Michelle Obama, Kamala Harris against Trump) beside them. Every figure said is one a poll published for
// that candidate in one question; no lead sets two candidates against each other unless one question asked
// about both. Expectations are read here from the raw rows.

const text = gunzipSync(
  readFileSync(join(import.meta.dirname, "data", "538-president-polls-2024-03-07.csv.gz")),
).toString("utf8");
const dataset = parseCsv(text, {
  dateFormat: "M/D/YYYY",
  unknownColumns: "ignore",
  filter: [
    { column: "state", value: "" },
    { column: "stage", value: "general" },
  ],
  asOf: "2024-03-07",
});
const rows = csvParse(text).filter((r) => r.state === "" && r.stage === "general");
/** The raw rows of one candidate in one poll, by question. */
const rowsOf = (candidate: string, poll: string) =>
  rows.filter((r) => r.candidate_name === candidate && r.poll_id === poll);

describe("FiveThirtyEight's presidential polls of March 7, 2024: one poll, several questions", () => {
  const facts = describeTrend(dataset);

  it("gives, for every poll it cites, a figure that poll published for that candidate in one question", () => {
    let cited = 0;
    for (const s of facts.series) {
      const points: PollPoint[] = [s.first, s.latest, ...(s.previous ? [s.previous] : [])];
      points.push(...s.high.polls, ...s.low.polls);
      for (const p of points) {
        const published = rowsOf(s.series.id, p.pollId ?? "").filter((r) => r.question_id === p.questionId);
        expect(
          published.map((r) => Number(r.pct)),
          `${s.series.id}, poll ${p.pollId}`,
        ).toEqual([p.value]);
        cited++;
      }
    }
    expect(cited).toBeGreaterThan(100);
  });

  it("never averages Emerson's two questions of March 5–6 into one figure", () => {
    const biden = rowsOf("Joe Biden", "86302");
    const trump = rowsOf("Donald Trump", "86302");
    expect(new Set(biden.map((r) => r.question_id)).size).toBe(2);
    const mean = (list: typeof biden) => list.reduce((sum, r) => sum + Number(r.pct), 0) / list.length;
    const words = `${summarizeTrend(dataset)} ${renderTrendChart(dataset)}`;
    for (const list of [biden, trump]) {
      expect(words).not.toContain(`${mean(list)}%`);
      expect(words).not.toContain(`${Math.round(mean(list) * 10) / 10}%`);
    }
  });

  it("says the latest poll of a series once, however many questions it asked: the first listed", () => {
    // Trump's latest rows, from the file: one Emerson poll of March 5–6, two questions.
    const latest = rowsOf("Donald Trump", "86302");
    expect(latest.map((r) => r.end_date)).toEqual(["3/6/24", "3/6/24"]);
    expect(summarizeTrend(dataset)).toContain(
      `The latest poll, by Emerson (March 5–6, 2024), found ${Number(latest[0]?.pct)}%.`,
    );
  });

  it("sets a leader only against a runner-up that one question asked about with it", () => {
    const { leader } = facts;
    if (leader === undefined) return;
    const asked = (name: string) => new Set(rows.filter((r) => r.candidate_name === name).map((r) => r.question_id));
    const both = [...asked(leader.leader.series.id)].filter((q) => asked(leader.runnerUp.series.id).has(q));
    expect(both.length).toBeGreaterThan(0);
  });
});

describe("a field whose candidates were never asked about in one question", () => {
  /** Polls of one pollster, each asking one matchup: the given candidate against T. */
  const matchups = (polls: [string, string, number, number][]): PollDataset => {
    const ids = ["t", ...new Set(polls.map(([, other]) => other))];
    return {
      title: "Matchups",
      series: ids.map((id) => ({
        id,
        label: id.toUpperCase(),
        points: polls.flatMap(([date, other, t, value], i) =>
          id === "t" || id === other
            ? [{ date, value: id === "t" ? t : value, pollster: "P", pollId: `p${i}`, questionId: `q${i}` }]
            : [],
        ),
      })),
    };
  };

  it("names no leader between two never asked together, however their polls rank them", () => {
    // O against T in January, H against T in February: O's 44% and H's 43% are answers to two questions.
    const d = matchups([
      ["2024-01-10", "o", 46, 44],
      ["2024-02-10", "h", 47, 43],
    ]);
    const { leader } = describeTrend(d);
    // T leads, and O, its runner-up in the latest polls, was asked about with it (January's question).
    expect(leader?.leader.series.id).toBe("t");
    expect(leader?.runnerUp.series.id).toBe("o");
    const apart = matchups([
      ["2024-01-10", "o", 40, 44],
      ["2024-02-10", "h", 41, 43],
    ]);
    // O 44% and H 43% top their questions; no question asked about both: no race between them.
    expect(describeTrend(apart).leader).toBeUndefined();
    expect(summarizeTrend(apart)).not.toMatch(/Leading|ahead of/);
  });

  it("keeps a field on its averages when a contender last polled above the runner-up was never asked against it", () => {
    // A and B: 40 polls each, every other day, in the same polls; O: in the last two polls, at 33%,
    // above B's average near 30, in a question of its own, or in the one that asked about A and B.
    const a = everyOtherDay("a", 40, (i) => 35 + wobble(i));
    const b = everyOtherDay("b", 40, (i) => 30 + wobble(i));
    const withIds = (s: typeof a) => ({
      ...s,
      points: s.points.map((p, i) => ({ ...p, pollId: `p${i}`, questionId: "main" })),
    });
    const field = (question: string): PollDataset => ({
      title: "A field",
      series: [
        withIds(a),
        withIds(b),
        {
          id: "o",
          label: "o",
          points: a.points.slice(38).map((p, k) => ({ ...p, value: 33, pollId: `p${38 + k}`, questionId: question })),
        },
      ],
    });
    const basis = (d: PollDataset) => describeTrend(d).leader?.basis;
    // O says nothing of B: the field stays on the averages.
    expect(basis(field("o-only"))).toBe("average");
    expect(basis(field("main"))).toBe("polls");
  });
});

describe("approval is no race", () => {
  it("names no leader among issues' approval (SnoutCounter's issue approval, three issues)", () => {
    const issues = gunzipSync(
      readFileSync(join(import.meta.dirname, "data", "snoutcounter-president-issue-approval-polls-2026-02-14.csv.gz")),
    ).toString("utf8");
    const d = parseCsv(issues, {
      seriesColumn: "issue",
      valueColumns: ["approve"],
      dateFormat: "M/D/YYYY",
      unknownColumns: "ignore",
      invalidRows: "skip",
      duplicates: "drop",
      asOf: "2026-02-14",
      filter: ["economy", "immigration", "inflation"].map((value) => ({ column: "issue", value })),
    });
    expect(d.processing?.pollKind).toBe("approval");
    expect(describeTrend(d).leader).toBeUndefined();
    expect(summarizeTrend(d, { length: "short" })).not.toMatch(/Leading|ahead of/);
  });
});
