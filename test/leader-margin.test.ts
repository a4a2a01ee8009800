import { describe, expect, it } from "vitest";
import { describeTrend, type PollDataset, type PollPoint, summarizeTrend } from "./api.js";
import { everyOtherDay, wobble } from "./fixtures.js";

// A field's leader is said with its lead; where the lead is no larger than the margin of error of the
// difference, the words say so: Ireland's Sinn Féin 4.5 points ahead of Fine Gael in the averages,
// against √(3.9² + 3.0²) = 4.9 (Europe Elects' file), was told as a plain lead.

const WITHIN = "within the margin of error";

/** One poll's values for a field of three, by one pollster on one day, with its margin where given. */
const poll = (date: string, values: [number, number, number], margin?: number) =>
  values.map((value) => ({
    date,
    value,
    pollster: "P",
    sampleSize: 900,
    ...(margin ? { marginOfError: margin } : {}),
  }));

/** A field of three parties polled together: each series its party's value in every poll. */
function field(polls: ReturnType<typeof poll>[]): PollDataset {
  return {
    title: "A field",
    population: "likely voters",
    series: ["a", "b", "c"].map((id, k) => ({
      id,
      label: id.toUpperCase(),
      points: polls.map((p) => p[k] as PollPoint),
    })),
  };
}

/** The leader sentence of a summary (its first), as a reader meets it. */
const leaderSentence = (d: PollDataset) => firstSentence(summarizeTrend(d));
/** A summary's first sentence: up to a full stop before a capital or the end ("Feb. 2" goes on). */
const firstSentence = (summary: string) => /^.*?(?=\.(?: [A-Z“]|$))/.exec(summary)?.[0] ?? "";

describe("a field's lead against its margin of error", () => {
  it("says a lead in one poll is within twice the poll's margin, and a larger one plainly", () => {
    const earlier = poll("2026-01-05", [38, 36, 22], 3);
    // 40 − 35 = 5 points, against 2 × 3 = 6: within. Against 2 × 2 = 4: a lead beyond the margin.
    const close = field([earlier, poll("2026-02-02", [40, 35, 20], 3)]);
    const clear = field([earlier, poll("2026-02-02", [40, 35, 20], 2)]);
    expect(2 * 3).toBeGreaterThanOrEqual(40 - 35);
    expect(2 * 2).toBeLessThan(40 - 35);
    expect(leaderSentence(close)).toMatch(
      /^Leading in the latest poll that asked about both, on Feb\. 2, 2026: A, 40%, 5 percentage points/,
    );
    expect(leaderSentence(close)).toContain(WITHIN);
    expect(leaderSentence(clear)).toMatch(/^Leading in the latest poll that asked about both/);
    expect(leaderSentence(clear)).not.toContain(WITHIN);
    // A lead equal to its margin is within it: 2 × 2.5 = 5.
    expect(leaderSentence(field([earlier, poll("2026-02-02", [40, 35, 20], 2.5)]))).toContain(WITHIN);
    expect(describeTrend(close).leader?.margin).toBe(6);
    expect(describeTrend(clear).leader?.margin).toBe(4);
  });

  it("judges two different polls by √(m₁² + m₂²), and says nothing of a margin no poll published", () => {
    // B was not asked in A's latest poll: A's 40% (±3) on Feb. 2 against B's 36% or 34% (±4) on Jan. 30.
    // Both were asked in P's poll of Jan. 5, a month before: rivals, but no latest poll asked about both.
    const jan5 = (value: number) => ({ date: "2026-01-05", value, pollster: "P", marginOfError: 3 });
    const d = (b: number): PollDataset => ({
      title: "A field",
      series: [
        { id: "a", label: "A", points: [jan5(38), { date: "2026-02-02", value: 40, pollster: "P", marginOfError: 3 }] },
        { id: "b", label: "B", points: [jan5(37), { date: "2026-01-30", value: b, pollster: "Q", marginOfError: 4 }] },
        {
          id: "c",
          label: "C",
          points: [
            jan5(19),
            { date: "2026-01-30", value: 20, pollster: "Q", marginOfError: 4 },
            { date: "2026-02-02", value: 18, pollster: "P", marginOfError: 3 },
          ],
        },
      ],
    });
    const margin = Math.sqrt(3 ** 2 + 4 ** 2);
    expect(40 - 36).toBeLessThanOrEqual(margin);
    expect(40 - 34).toBeGreaterThan(margin);
    expect(describeTrend(d(36)).leader?.margin).toBeCloseTo(margin, 10);
    expect(leaderSentence(d(36))).toContain(WITHIN);
    expect(leaderSentence(d(34))).not.toContain(WITHIN);
    // Without a published margin, a lead of 1 point is told as it is, with no claim about its margin.
    const bare = field([poll("2026-01-05", [38, 36, 22]), poll("2026-02-02", [36, 35, 20])]);
    expect(describeTrend(bare).leader?.margin).toBeNaN();
    expect(leaderSentence(bare)).toMatch(
      /^Leading in the latest poll that asked about both, on Feb\. 2, 2026: A, 36%, 1 percentage point ahead of B \(35%\)$/,
    );
  });

  it("judges averages by √(h₁² + h₂²) of their 95% intervals' half-widths, as printed in the leader's sentence", () => {
    // Two trackers of three parties, the two at the top 1 point apart or 12.
    const tracker = (gap: number): PollDataset => ({
      title: "A tracker",
      series: [
        everyOtherDay("a", 40, (i) => 40 + wobble(i)),
        everyOtherDay("b", 40, (i) => 40 - gap + wobble(i + 2)),
        everyOtherDay("c", 40, (i) => 15 + wobble(i + 1)),
      ],
    });
    for (const gap of [1, 12]) {
      const facts = describeTrend(tracker(gap));
      const leader = facts.leader;
      expect(leader?.basis).toBe("average");
      const half = (label: string) => {
        const latest = facts.series.find((s) => s.series.label === label)?.average?.latest;
        return latest ? (latest.upper - latest.lower) / 2 : Number.NaN;
      };
      const margin = Math.hypot(half("a"), half("b"));
      expect(leader?.margin).toBeCloseTo(margin, 10);
      // The lead as printed, from the sentence itself.
      const sentence = firstSentence(summarizeTrend(tracker(gap)));
      const lead = Number(/, ([\d.]+) percentage points? ahead/.exec(sentence)?.[1]);
      expect(Math.abs(lead - gap)).toBeLessThan(1.5);
      if (lead <= margin) expect(sentence).toContain(WITHIN);
      else expect(sentence).not.toContain(WITHIN);
      expect(sentence.includes(WITHIN)).toBe(gap === 1);
    }
  });
});

describe("a field's short summary", () => {
  it("starts from the leader even where the leader's clause is too long for the alt text", () => {
    const labels = [
      "Democratic Unionist Party",
      "Alliance Party of Northern Ireland",
      "Traditional Unionist Voice and Friends",
      "Ulster Unionist Party",
    ];
    const values = [
      [20, 18, 25, 12],
      [22, 27, 24, 11],
    ];
    const d: PollDataset = {
      title: "Northern Ireland",
      series: labels.map((label, k) => ({
        id: `s${k}`,
        label,
        points: values.map((v, i) => ({
          date: `2026-0${i + 1}-02`,
          value: v[k] ?? 0,
          pollster: "P",
          marginOfError: 3,
        })),
      })),
    };
    // The leader by the latest poll, found here: the highest value in the last row.
    const last = values.at(-1) ?? [];
    const leader = labels[last.indexOf(Math.max(...last))] ?? "";
    expect(leader).toBe("Alliance Party of Northern Ireland");
    const full = summarizeTrend(d);
    expect(firstSentence(full).length).toBeGreaterThan(160);
    const short = summarizeTrend(d, { length: "short" });
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short.startsWith(`${leader}: 27%`)).toBe(true);
  });

  it("lists the rest of a field by the basis of its lead: by their averages, not their latest polls", () => {
    // c's latest poll jumps to 24 and d's drops to 19: by polls c is above d, by averages d is.
    const d: PollDataset = {
      title: "A tracker",
      series: [
        everyOtherDay("a", 40, (i) => 33 + wobble(i)),
        everyOtherDay("b", 40, (i) => 25 + wobble(i + 2)),
        everyOtherDay("c", 40, (i) => (i === 39 ? 24 : 18 + wobble(i + 1))),
        everyOtherDay("dd", 40, (i) => (i === 39 ? 19 : 21 + wobble(i + 3))),
      ],
    };
    const facts = describeTrend(d).series;
    const average = (id: string) => facts.find((s) => s.series.id === id)?.average?.latest.value ?? 0;
    const poll = (id: string) => facts.find((s) => s.series.id === id)?.latest.value ?? 0;
    expect(average("dd")).toBeGreaterThan(average("c"));
    expect(poll("c")).toBeGreaterThan(poll("dd"));
    const short = summarizeTrend(d, { length: "short" });
    expect(short).toMatch(/^Leading in the poll averages on /);
    expect(short).toMatch(/; dd: [\d.]+%; c: [\d.]+%\.$/);
  });

  it("lists the rest of a field by the basis of its lead: by their latest polls where the lead is the polls'", () => {
    // e, polled twice (no average), stands above b's average in the latest poll: the field is read from
    // its polls. c's latest poll jumps to 15 and dd's drops to 8: by averages dd is above c, by polls c is.
    const a = everyOtherDay("a", 40, (i) => 30 + wobble(i));
    const d: PollDataset = {
      title: "A tracker",
      series: [
        a,
        { id: "e", label: "e", points: a.points.slice(-2).map((p) => ({ ...p, value: 21 })) },
        everyOtherDay("b", 40, (i) => 20 + wobble(i + 2)),
        everyOtherDay("c", 40, (i) => (i === 39 ? 15 : 9 + wobble(i + 1))),
        everyOtherDay("dd", 40, (i) => (i === 39 ? 8 : 12 + wobble(i + 3))),
      ],
    };
    const facts = describeTrend(d).series;
    const average = (id: string) => facts.find((s) => s.series.id === id)?.average?.latest.value ?? 0;
    expect(average("dd")).toBeGreaterThan(average("c"));
    const short = summarizeTrend(d, { length: "short" });
    expect(short).toMatch(/^Leading in the latest poll that asked about both, on March 19, 2024: a, /);
    expect(short).toMatch(/; c: 15%; dd: 8%\.$/);
  });
});

describe("a lead read from two different polls", () => {
  // A's latest poll, Harris Poll's of Feb. 20, asked about B too (29%); B's latest, YouGov's of Feb. 26,
  // did not ask about A. 34% against 24% is two polls a week apart: the lead is Harris Poll's, 34 − 29.
  const field = (bInHarris: number | undefined, harrisDate = "2019-02-20"): PollDataset => ({
    title: "A primary",
    series: [
      { id: "a", label: "A", points: [{ date: harrisDate, value: 34, pollster: "Harris Poll", marginOfError: 2 }] },
      {
        id: "b",
        label: "B",
        points: [
          ...(bInHarris === undefined
            ? []
            : [{ date: harrisDate, value: bInHarris, pollster: "Harris Poll", marginOfError: 2 }]),
          { date: "2019-02-26", value: 24, pollster: "YouGov", marginOfError: 3 },
        ],
      },
      {
        id: "c",
        label: "C",
        points: [
          { date: harrisDate, value: 20, pollster: "Harris Poll", marginOfError: 2 },
          { date: "2019-02-26", value: 18, pollster: "YouGov", marginOfError: 3 },
        ],
      },
    ],
  });

  it("is the latest poll of one of them that asked about the other, said as that poll", () => {
    const facts = describeTrend(field(29)).leader;
    expect(facts?.lead).toBe(34 - 29);
    expect(facts?.margin).toBe(2 * 2);
    expect(facts?.shared?.poll.pollster).toBe("Harris Poll");
    expect(leaderSentence(field(29))).toBe(
      "Leading in the latest poll that asked about both, on Feb. 20, 2019: A, 34%, 5 percentage points ahead of B (29%)",
    );
  });

  it("is the runner-up's latest poll where that one asked about the leader, later polled alone", () => {
    // The mirror: B's latest poll (Harris, Feb. 20) asked about A too; A's latest, by Ipsos on Feb. 26, did not.
    const d: PollDataset = {
      title: "A primary",
      series: [
        {
          id: "a",
          label: "A",
          points: [
            { date: "2019-02-20", value: 50, pollster: "Harris Poll" },
            { date: "2019-02-26", value: 55, pollster: "Ipsos" },
          ],
        },
        { id: "b", label: "B", points: [{ date: "2019-02-20", value: 46, pollster: "Harris Poll" }] },
        { id: "c", label: "C", points: [{ date: "2019-02-20", value: 20, pollster: "Harris Poll" }] },
      ],
    };
    expect(describeTrend(d).leader?.lead).toBe(50 - 46);
    expect(leaderSentence(d)).toBe(
      "Leading in the latest poll that asked about both, on Feb. 20, 2019: A, 50%, 4 percentage points ahead of B (46%)",
    );
  });

  it("is each one's latest poll where the poll that asked about both had them tied", () => {
    expect(describeTrend(field(34)).leader?.shared).toBeUndefined();
    expect(describeTrend(field(34)).leader?.lead).toBe(34 - 24);
  });

  it("is none where no poll ever asked about both: two polls a week apart are no race", () => {
    // B not asked by Harris Poll, A not by YouGov: a list of matchups (Obama against Trump, Harris
    // against Trump) is not one field, and 34% against 24% says nothing of A against B.
    expect(describeTrend(field(undefined)).leader).toBeUndefined();
    expect(summarizeTrend(field(undefined))).not.toMatch(/Leading|ahead of/);
  });

  it("is each one's latest poll where the latest poll that asked about both ranks them the other way", () => {
    // B above A in Harris Poll's: that poll does not say A leads.
    expect(describeTrend(field(36)).leader?.lead).toBe(34 - 24);
    expect(describeTrend(field(36)).leader?.shared).toBeUndefined();
    expect(leaderSentence(field(36))).toMatch(/^Leading in the latest polls, to Feb\. 26, 2019: A, 34%/);
    // Two polls apart whose only shared poll is older than both latest polls: A's latest on Feb. 22.
    const older = field(29);
    const moved = {
      ...older,
      series: older.series.map((s) =>
        s.id === "a" ? { ...s, points: [...s.points, { date: "2019-02-22", value: 35, pollster: "Ipsos" }] } : s,
      ),
    };
    expect(describeTrend(moved).leader?.shared).toBeUndefined();
  });
});

describe("a field's full summary", () => {
  it("describes its series from the leader down, not in the file's order", () => {
    // The file lists the parties smallest first; the latest poll, read here, ranks them.
    const latest = { c: 12, b: 30, a: 41 };
    const d: PollDataset = {
      title: "A field",
      series: Object.entries(latest).map(([id, value]) => ({
        id,
        label: id.toUpperCase(),
        points: [
          { date: "2026-01-05", value: value - 1, pollster: "P" },
          { date: "2026-02-02", value, pollster: "P" },
        ],
      })),
    };
    const order = Object.entries(latest)
      .sort((x, y) => y[1] - x[1])
      .map(([id]) => id.toUpperCase());
    const said = [...summarizeTrend(d).matchAll(/“([A-Z])” was at/g)].map((m) => m[1]);
    expect(said).toEqual(order);
  });
});

describe("a field's source sentence", () => {
  it("ranks pollsters by their polls, each counted once however many parties it asked about", () => {
    // X: two polls of five parties (ten values); Y: three polls of two parties (six values); Z: one poll.
    const point = (date: string, pollster: string, value: number) => ({ date, pollster, value });
    const d: PollDataset = {
      title: "A field",
      series: ["a", "b", "c", "d", "e"].map((id, k) => ({
        id,
        label: id.toUpperCase(),
        points: [
          point("2026-01-02", "X", 30 - 5 * k),
          point("2026-01-09", "X", 31 - 5 * k),
          ...(k < 2
            ? [
                point("2026-01-05", "Y", 30 - 5 * k),
                point("2026-01-12", "Y", 29 - 5 * k),
                point("2026-01-19", "Y", 30 - 5 * k),
              ]
            : []),
          ...(k === 0 ? [point("2026-01-15", "Z", 28)] : []),
        ],
      })),
    };
    const polls = (pollster: string) =>
      new Set(d.series.flatMap((s) => s.points.filter((p) => p.pollster === pollster).map((p) => p.date))).size;
    expect([polls("Y"), polls("X"), polls("Z")]).toEqual([3, 2, 1]);
    expect(summarizeTrend(d)).toMatch(/Source: polls by Y, X and Z\.$/);
  });
});

describe("a field's tie at the top", () => {
  it("starts the full summary's sentence with a capital, whatever the labels' case", () => {
    const d: PollDataset = {
      title: "Concern",
      series: ["very", "somewhat", "not_very"].map((id, k) => ({
        id,
        label: id,
        points: [
          { date: "2021-03-01", value: [30, 30, 20][k] ?? 0, pollster: "P" },
          { date: "2021-04-20", value: [31, 31, 22][k] ?? 0, pollster: "P" },
        ],
      })),
    };
    expect(summarizeTrend(d)).toMatch(
      /^Very and somewhat are tied at 31% in the latest poll that asked about both, on April 20, 2021\. /,
    );
  });
});

describe("a field compared by its averages", () => {
  it("is led by the higher average, even where the runner-up's latest poll is higher", () => {
    // b's last poll jumps to 47 over a's 41: by averages a leads.
    const d: PollDataset = {
      title: "A tracker",
      series: [
        everyOtherDay("a", 40, (i) => 42 + wobble(i) - (i === 39 ? 1 : 0)),
        everyOtherDay("b", 40, (i) => (i === 39 ? 47 : 36 + wobble(i + 2))),
        everyOtherDay("c", 40, (i) => 10 + wobble(i + 1)),
      ],
    };
    const facts = describeTrend(d).series;
    const average = (id: string) => facts.find((s) => s.series.id === id)?.average?.latest.value ?? 0;
    const poll = (id: string) => facts.find((s) => s.series.id === id)?.latest.value ?? 0;
    expect(average("a")).toBeGreaterThan(average("b"));
    expect(poll("b")).toBeGreaterThan(poll("a"));
    expect(leaderSentence(d)).toMatch(
      /^Leading in the poll averages on [^:]+: a, [\d.]+%, [\d.]+ percentage points? ahead of b /,
    );
  });
});

describe("a field's full summary by size", () => {
  // A field of n parties polled together, the k-th at 22 − 3k (seven of them: 91% of the sample).
  const field = (n: number): PollDataset => ({
    title: "A field",
    series: Array.from({ length: n }, (_, k) => ({
      id: `p${k}`,
      label: `P${k}`,
      points: [
        { date: "2026-01-05", value: 21 - 3 * k, pollster: "X" },
        { date: "2026-02-02", value: 22 - 3 * k, pollster: "X" },
      ],
    })),
  });

  it("describes six in full, and of seven the leading five, the rest by their values", () => {
    expect(summarizeTrend(field(6))).not.toContain("The others:");
    expect([...summarizeTrend(field(6)).matchAll(/“P\d” was at/g)]).toHaveLength(6);
    expect([...summarizeTrend(field(7)).matchAll(/“P\d” was at/g)]).toHaveLength(5);
    expect(summarizeTrend(field(7))).toContain("The others: P5, 7%; P6, 4%.");
  });
});
