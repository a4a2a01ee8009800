import { describe, expect, it } from "vitest";
import {
  apNorcUkraineSupport,
  describeTrend,
  methodsNote,
  PollDataError,
  SHORT_SUMMARY_LIMIT,
  sliceDataset,
  summarizeTrend,
} from "./api.js";
import { everyOtherDay, seriesOf, unchecked, wobble } from "./fixtures.js";

const article = sliceDataset(apNorcUkraineSupport, { from: "2022-05-01", to: "2023-02-15" });

describe("summarizeTrend(dataset): exact sentences for named cases", () => {
  it("tells the article's story: down 12 percentage points from 60% in May 2022", () => {
    expect(summarizeTrend(article)).toBe(
      "In January 2023, 48% of U.S. adults favored the U.S. providing weapons to Ukraine, down 12 percentage points from 60% in May 2022. " +
        "In January 2023, 37% of U.S. adults favored sending government funds directly to Ukraine, down 7 percentage points from 44% in May 2022. " +
        "“Favor providing weapons” was higher than “Favor sending funds” in both polls that asked about both. " +
        "Source: AP-NORC poll.",
    );
  });

  it("tells the whole bundled story", () => {
    expect(summarizeTrend(apNorcUkraineSupport)).toBe(
      "In November 2023, 48% of U.S. adults favored the U.S. providing weapons to Ukraine, unchanged from January. " +
        "Since the first poll, in March 2022 (64%), it is down 16 percentage points. " +
        "The high was 64% in March 2022; the low was 48% in January and November 2023. " +
        "In November 2023, 39% of U.S. adults favored sending government funds directly to Ukraine, up 2 percentage points from 37% in January, a change within the margin of error of the difference (±5.7 points). " +
        "Since the first poll, in May 2022 (44%), it is down 5 percentage points. " +
        "The high was 44% in May 2022; the low was 37% in January 2023. " +
        "“Favor providing weapons” was higher than “Favor sending funds” in all three polls that asked about both. " +
        "Source: AP-NORC poll.",
    );
  });

  it("calls a change inside the margin of error what it is", () => {
    const dataset = seriesOf(
      [
        ["2023-01-15", 63, 3.5],
        ["2023-06-15", 58, 4],
      ],
      { pollster: "Test" },
    );
    expect(summarizeTrend(dataset)).toBe(
      "“Favor” was at 58% among U.S. adults in June 2023, down 5 percentage points from 63% in January, a change within the margin of error of the difference (±5.3 points). Source: Test poll.",
    );
  });

  it("keeps decimals: 50.4 to 49.6 is 0.8 percentage points", () => {
    expect(
      summarizeTrend(
        seriesOf([
          ["2020-01-10", 50.4],
          ["2021-03-01", 49.6],
        ]),
      ),
    ).toContain("down 0.8 percentage points from 50.4% in January 2020");
  });

  it("writes one percentage point in the singular", () => {
    expect(
      summarizeTrend(
        seriesOf([
          ["2020-01-10", 40],
          ["2020-03-01", 41],
        ]),
      ),
    ).toContain("up 1 percentage point from 40% in January.");
  });

  it("says a single poll is the only one", () => {
    expect(summarizeTrend(seriesOf([["2021-07-04", 12.5]]))).toBe(
      "“Favor” was at 12.5% among U.S. adults in July 2021, the only poll in this series. Source: Test Research.",
    );
  });

  it("names the polls at the high and the low, and counts them when there are many", () => {
    const text = summarizeTrend(
      seriesOf([
        ["2020-01-05", 50],
        ["2020-01-20", 40],
        ["2020-03-01", 50],
        ["2020-05-01", 50],
        ["2020-07-01", 50],
        ["2020-09-01", 45],
      ]),
    );
    expect(text).toContain(
      "The high was 50% in four polls, most recently in July 2020; the low was 40% on Jan. 20, 2020.",
    );
    const two = summarizeTrend(
      seriesOf([
        ["2020-01-05", 40],
        ["2020-01-20", 50],
        ["2020-03-01", 40],
        ["2020-05-01", 45],
      ]),
    );
    expect(two).toContain("the low was 40% on Jan. 5 and March 1, 2020.");
  });

  it("uses full AP dates when two polls share a month", () => {
    expect(
      summarizeTrend(
        seriesOf([
          ["2023-01-05", 40],
          ["2023-01-30", 44],
        ]),
      ),
    ).toContain("on Jan. 30, 2023, up 4 percentage points from 40% on Jan. 5, 2023");
  });

  it("names the pollster of a series only one pollster asked about, where the others had several", () => {
    // FiveThirtyEight's 2020 Georgia Senate list: Kandiss Taylor in one Landmark poll among 25 pollsters'.
    const d = {
      title: "A primary",
      series: [
        {
          id: "a",
          label: "A",
          points: [
            { date: "2020-10-01", value: 40, pollster: "Emerson" },
            { date: "2020-10-07", value: 42, pollster: "Landmark" },
          ],
        },
        { id: "b", label: "B", points: [{ date: "2020-10-07", value: 3, pollster: "Landmark" }] },
      ],
    };
    expect(summarizeTrend(d)).toContain(
      "“B” was at 3% in a Landmark poll in October 2020, the only poll in this series.",
    );
    // One pollster in the whole trend is named by the source line alone.
    expect(summarizeTrend({ ...d, series: [d.series[1]!] })).toMatch(
      /^“B” was at 3% in October 2020, the only poll in this series\. Source: Landmark poll\.$/,
    );
  });
});

describe("summarizeTrend(dataset, { length: 'short' })", () => {
  it("dates a value by the poll it is, where the field is compared by its latest polls", () => {
    // x's average stops in March; its value beside A and B, compared by their latest polls, is its Nov. 5 poll.
    const x = everyOtherDay("x", 40, (i) => 20 + wobble(i));
    const nov = (value: number) => ({ date: "2024-11-05", value, pollster: "P" });
    const d = {
      title: "A field",
      series: [
        { id: "a", label: "A", points: [{ date: "2024-10-05", value: 40, pollster: "P" }, nov(41)] },
        { id: "b", label: "B", points: [{ date: "2024-10-05", value: 35, pollster: "P" }, nov(33)] },
        { ...x, points: [...x.points, nov(22)] },
      ],
    };
    const averageEnd = describeTrend(d).series[2]?.average?.latest.date ?? "";
    expect(averageEnd < "2024-11-05").toBe(true);
    expect(summarizeTrend(d, { length: "short" })).toMatch(
      /^Leading in the latest poll that asked about both, on Nov\. 5, 2024: .*; x: 22%\.$/,
    );
  });

  it("dates another series' value where it is not of the first one's date", () => {
    // A's latest poll on Oct. 29, B's on Oct. 30: B's value is said with its own day.
    const d = {
      title: "Two candidates",
      series: [
        {
          id: "a",
          label: "Candidate Aaaaaaaaa",
          points: [
            { date: "2024-10-01", value: 50 },
            { date: "2024-10-29", value: 52 },
          ],
        },
        {
          id: "b",
          label: "Candidate Bbbbbbbbb",
          points: [
            { date: "2024-10-02", value: 45 },
            { date: "2024-10-30", value: 44 },
          ],
        },
      ],
    };
    const short = summarizeTrend(d, { length: "short" });
    // Too long to say each change: the first series' clause, then the other's value.
    expect(short).toMatch(
      /^Candidate Aaaaaaaaa: 52% on Oct\. 29, 2024, [^;]*; Candidate Bbbbbbbbb: 44% on Oct\. 30, 2024\.$/,
    );
    // Of one date, the other's value needs none.
    const same = {
      ...d,
      series: [
        d.series[0]!,
        {
          ...d.series[1]!,
          points: [
            { date: "2024-10-02", value: 45 },
            { date: "2024-10-29", value: 44 },
          ],
        },
      ],
    };
    expect(summarizeTrend(same, { length: "short" })).toMatch(/; Candidate Bbbbbbbbb: 44%\.$/);
  });

  it("is one sentence of at most 160 characters", () => {
    const short = summarizeTrend(apNorcUkraineSupport, { length: "short" });
    expect(short).toBe(
      "Favor providing weapons: 48% in November 2023, down 16 percentage points from 64% in March 2022; Favor sending funds: 39%.",
    );
    expect(short.length).toBeLessThanOrEqual(SHORT_SUMMARY_LIMIT);
  });

  it("names the series it gives, even where a very long label takes it over 160 characters", () => {
    const long = "x".repeat(300);
    const dataset = {
      title: long,
      series: Array.from({ length: 10 }, (_, i) => ({
        id: `s${i}`,
        label: long,
        points: [
          { date: "2020-01-01", value: i },
          { date: "2021-01-01", value: 2 * i },
        ],
      })),
    };
    const short = summarizeTrend(dataset, { length: "short" });
    // The shortest sentence that names a series: s9, the highest, at 2 × 9 = 18% after 9%, and the others
    // counted. Over the limit by its label: never "18% … (first of 10 series)", a value without its name.
    expect(short).toBe(
      `${long}: 18% in January 2021, up 9 percentage points from 9% in January 2020; nine more series.`,
    );
    expect(short.length).toBeGreaterThan(SHORT_SUMMARY_LIMIT);
    // One series alone, over the limit by its label: no count of others after it.
    const one = { title: "One", series: [{ ...dataset.series[9]!, id: "only" }] };
    expect(summarizeTrend(one, { length: "short" })).toBe(
      `${long}: 18% in January 2021, up 9 percentage points from 9% in January 2020.`,
    );
  });

  it("gives the first series' clause and the others' values where every clause is too long", () => {
    // Three questions asked apart (their shares add up to more than 100: no leader), each clause about 87
    // characters: the three together are too long, the first with the others' values is not.
    const question = (n: string, from: number, to: number) => ({
      id: n,
      label: `Support for proposal ${n}`,
      points: [
        { date: "2019-03-10", value: from },
        { date: "2019-04-10", value: to },
      ],
    });
    const short = summarizeTrend(
      {
        title: "Three proposals",
        series: [question("A", 57, 60), question("B", 45, 48), question("C", 52, 50)],
      },
      { length: "short" },
    );
    expect(short).toBe(
      "Support for proposal A: 60% in April 2019, up 3 percentage points from 57% in March 2019; " +
        "Support for proposal B: 48%; Support for proposal C: 50%.",
    );
  });

  it("rejects an unknown length", () => {
    expect(() => summarizeTrend(apNorcUkraineSupport, { length: "medium" as "short" })).toThrow(/options.length/);
  });
});

describe("describeTrend(dataset): the facts, table-driven", () => {
  const cases: {
    name: string;
    rows: [string, number, number?][];
    latest: number;
    change?: number;
    margin?: number;
    exceeds?: boolean;
    overall?: number;
    high: number;
    low: number;
  }[] = [
    {
      name: "rising",
      rows: [
        ["2020-01-01", 30],
        ["2021-01-01", 40],
      ],
      latest: 40,
      change: 10,
      high: 40,
      low: 30,
    },
    {
      name: "falling",
      rows: [
        ["2020-01-01", 60],
        ["2021-01-01", 48],
      ],
      latest: 48,
      change: -12,
      high: 60,
      low: 48,
    },
    {
      name: "unchanged",
      rows: [
        ["2020-01-01", 48, 3],
        ["2021-01-01", 48, 3],
      ],
      latest: 48,
      change: 0,
      margin: Math.hypot(3, 3),
      exceeds: false,
      high: 48,
      low: 48,
    },
    { name: "a single poll", rows: [["2020-01-01", 5]], latest: 5, high: 5, low: 5 },
    {
      name: "decimals",
      rows: [
        ["2020-01-01", 50.4],
        ["2020-06-01", 49.6],
      ],
      latest: 49.6,
      change: -0.8,
      high: 50.4,
      low: 49.6,
    },
    {
      name: "a missing margin",
      rows: [
        ["2020-01-01", 60, 4],
        ["2021-01-01", 40],
      ],
      latest: 40,
      change: -20,
      high: 60,
      low: 40,
    },
    {
      name: "a change exactly at the margin",
      rows: [
        ["2020-01-01", 50, 3],
        ["2021-01-01", 55, 4],
      ],
      latest: 55,
      change: 5,
      margin: 5,
      exceeds: false,
      high: 55,
      low: 50,
    },
    {
      name: "a change past the margin",
      rows: [
        ["2020-01-01", 60, 4.2],
        ["2021-01-01", 48, 3.9],
      ],
      latest: 48,
      change: -12,
      margin: Math.hypot(4.2, 3.9),
      exceeds: true,
      high: 60,
      low: 48,
    },
    {
      name: "dates that span years",
      rows: [
        ["1990-01-01", 20],
        ["2005-06-30", 35],
        ["2024-12-31", 25],
      ],
      latest: 25,
      change: -10,
      overall: 5,
      high: 35,
      low: 20,
    },
  ];
  for (const c of cases) {
    it(`computes the facts of ${c.name}`, () => {
      const [facts] = describeTrend(seriesOf(c.rows)).series;
      expect(facts?.latest.value).toBe(c.latest);
      expect(facts?.sincePrevious?.points).toBe(c.change);
      expect(facts?.sincePrevious?.marginOfError).toBe(c.margin);
      expect(facts?.sincePrevious?.exceedsMargin).toBe(c.exceeds);
      expect(facts?.overall?.points).toBe(c.overall);
      expect(facts?.high.value).toBe(c.high);
      expect(facts?.low.value).toBe(c.low);
    });
  }

  it("judges ±4.2 and ±3.9 against ±5.7", () => {
    const [, funds] = describeTrend(apNorcUkraineSupport).series;
    expect(funds?.sincePrevious?.marginOfError).toBeCloseTo(5.73, 2);
    expect(funds?.sincePrevious?.exceedsMargin).toBe(false);
  });

  it("finds a comparison only when it holds in every shared poll", () => {
    expect(describeTrend(apNorcUkraineSupport).comparison?.higher.id).toBe("weapons");
    // Two questions of the same polls, no averages: compared poll by poll.
    expect(describeTrend(apNorcUkraineSupport).comparison?.basis).toBe("polls");
    const crossing = {
      title: "t",
      series: [
        {
          id: "a",
          label: "A",
          points: [
            { date: "2020-01-01", value: 50 },
            { date: "2021-01-01", value: 40 },
          ],
        },
        {
          id: "b",
          label: "B",
          points: [
            { date: "2020-01-01", value: 45 },
            { date: "2021-01-01", value: 45 },
          ],
        },
      ],
    };
    expect(describeTrend(crossing).comparison).toBeUndefined();
    expect(summarizeTrend(crossing)).not.toContain("higher than");
  });

  it("throws PollDataError on bad input", () => {
    expect(() => describeTrend(unchecked({ title: "t" }))).toThrow(PollDataError);
    expect(() => summarizeTrend(unchecked(null))).toThrow(PollDataError);
  });
});

describe("methodsNote(dataset)", () => {
  it("describes the latest poll in AP style", () => {
    expect(methodsNote(article)).toBe(
      "The AP-NORC poll of 1,068 U.S. adults was conducted Jan. 26–30, 2023, using the AmeriSpeak probability panel. The margin of sampling error is ±4.2 percentage points.",
    );
  });

  it("never invents a missing field", () => {
    expect(methodsNote(seriesOf([["2023-01-30", 48]]))).toBe("The poll of U.S. adults was completed Jan. 30, 2023.");
    expect(
      methodsNote({
        title: "t",
        series: [
          { id: "a", label: "A", points: [{ date: "2023-01-30", value: 1, sampleSize: 900, pollster: "Gallup" }] },
        ],
      }),
    ).toBe("The Gallup poll of 900 was completed Jan. 30, 2023.");
  });

  it("takes a poll listed in several series with the margin one of its rows published, the first where both did", () => {
    const poll = (pollster: string, date: string, marginOfError?: number) => ({
      date,
      value: 40,
      pollster,
      sampleSize: 1000,
      ...(marginOfError === undefined ? {} : { marginOfError }),
    });
    const note = methodsNote({
      title: "t",
      series: [
        {
          id: "a",
          label: "A",
          points: [poll("P1", "2024-01-05"), poll("P2", "2024-01-10", 5), poll("P3", "2024-01-15", 2)],
        },
        {
          id: "b",
          label: "B",
          points: [poll("P1", "2024-01-05", 3), poll("P2", "2024-01-10"), poll("P3", "2024-01-15", 6)],
        },
      ],
    });
    // P1's margin from series B (3), P2's from A (5), P3's first listed (2, not 6): every poll has one.
    expect(note).toContain("Margins of sampling error are ±2 to ±5 percentage points.");
  });

  it("names the samples and margins of a list too long to spread into Math.min (140,000 polls)", () => {
    const sizes = (i: number) => 700 + ((i * 7919) % 500);
    const points = Array.from({ length: 140_000 }, (_, i) => ({
      date: new Date(Date.UTC(2000, 0, 1) + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10),
      value: 40 + (i % 17),
      pollster: `P${i % 20}`,
      sampleSize: sizes(i),
      marginOfError: 3 + (i % 3),
    }));
    let [lo, hi] = [Infinity, -Infinity];
    for (const p of points) [lo, hi] = [Math.min(lo, p.sampleSize), Math.max(hi, p.sampleSize)];
    const note = methodsNote({ title: "t", series: [{ id: "a", label: "A", points }] });
    expect(note).toContain(`with ${lo} to ${hi.toLocaleString("en-US")} respondents each`);
    expect(note).toContain("Margins of sampling error are ±3 to ±5 percentage points.");
  });
});
