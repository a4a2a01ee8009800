import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import {
  apNorcUkraineSupport,
  describeTrend,
  methodsNote,
  type PollDataset,
  renderDataTable,
  sliceDataset,
  summarizeTrend,
} from "./api.js";

const sliceDatasetTo = (data: PollDataset, to: string) => sliceDataset(data, { to });
import { tracker } from "./cases.js";
import { seriesOf } from "./fixtures.js";

/** Two series from the same polls, one overtaking the other. */
const overtaking: PollDataset = {
  title: "Approval",
  population: "registered voters",
  pollster: "Springfield Poll",
  series: [
    {
      id: "approve",
      label: "Approve",
      points: [
        ["2023-11-10", 50],
        ["2024-01-10", 48],
        ["2024-02-10", 47],
        ["2024-03-10", 45],
        ["2024-04-10", 44],
      ].map(([date, value]) => ({ date: date as string, value: value as number })),
    },
    {
      id: "disapprove",
      label: "Disapprove",
      points: [
        ["2023-11-10", 44],
        ["2024-01-10", 46],
        ["2024-02-10", 46],
        ["2024-03-10", 51],
        ["2024-04-10", 52],
      ].map(([date, value]) => ({ date: date as string, value: value as number })),
    },
  ],
};

describe("summarizeTrend: when one series overtakes another", () => {
  it("says so, with when, in the full summary", () => {
    expect(summarizeTrend(overtaking)).toContain(
      "“Disapprove” overtook “Approve” in March 2024 (52% to 44% in the latest poll that asked about both, in April 2024).",
    );
    expect(describeTrend(overtaking).crossing?.date).toBe("2024-03-10");
  });

  it("leads with it when the crossing is the latest news, in the full and the short form", () => {
    const news = { ...overtaking, series: overtaking.series.map((s) => ({ ...s, points: s.points.slice(0, 4) })) };
    expect(summarizeTrend(news)).toMatch(
      /^“Disapprove” overtook “Approve” in March 2024 \(51% to 45% in that poll\)\. /,
    );
    const short = summarizeTrend(news, { length: "short" });
    expect(short).toMatch(/^“Disapprove” overtook “Approve” in March 2024/);
    expect(short.length).toBeLessThanOrEqual(160);
  });

  it("never claims a crossing, nor a comparison, from different polls that ended on the same day", () => {
    const twoPollsters: PollDataset = {
      title: "t",
      series: [
        {
          id: "h",
          label: "HarrisX",
          points: [
            { date: "2020-01-05", value: 45, pollster: "HarrisX" },
            { date: "2020-02-05", value: 46, pollster: "HarrisX" },
          ],
        },
        {
          id: "i",
          label: "Ipsos",
          points: [
            { date: "2020-01-05", value: 40, pollster: "Ipsos" },
            { date: "2020-02-05", value: 41, pollster: "Ipsos" },
          ],
        },
      ],
    };
    const text = summarizeTrend(twoPollsters);
    expect(text).not.toMatch(/higher than|overtook/);
    expect(describeTrend(twoPollsters).comparison).toBeUndefined();
  });
});

describe("summarizeTrend: breaks in the polling", () => {
  const gap = seriesOf([
    ["2010-01-10", 40],
    ["2010-02-10", 41],
    ["2010-03-10", 42],
    ["2016-05-10", 50],
  ]);

  it("says a change spans a gap with no poll, rather than describing it as continuous", () => {
    expect(summarizeTrend(gap)).toContain(
      "up 8 percentage points from 42% in March 2010, with no poll reporting it between March 2010 and May 2016.",
    );
    expect(describeTrend(gap).series[0]?.gaps.map((g) => [g.from.date, g.to.date])).toEqual([
      ["2010-03-10", "2016-05-10"],
    ]);
  });

  it("says nothing of gaps where there are none", () => {
    expect(summarizeTrend(apNorcUkraineSupport)).not.toMatch(/no poll between|gap/);
  });
});

describe("summarizeTrend: source, population and pollsters said once and right", () => {
  it("never writes 'Poll poll' and never repeats the population", () => {
    const text = summarizeTrend(
      seriesOf(
        [
          ["2020-01-10", 40],
          ["2020-03-01", 41],
        ],
        { pollster: "Springfield Poll", population: "Springfield residents" },
      ),
    );
    expect(text).toContain("Source: Springfield Poll.");
    expect(text).not.toMatch(/Poll poll/);
    expect(text.match(/Springfield residents/g)).toHaveLength(1);
  });

  it("names the pollster of every poll it mentions in a series of several pollsters, and compares within one pollster", () => {
    const mixed = seriesOf(
      [
        ["2020-01-10", 40],
        ["2020-02-10", 50],
        ["2020-03-10", 42],
      ],
      {},
    );
    const data: PollDataset = {
      ...mixed,
      series: [
        {
          ...mixed.series[0],
          id: "s",
          label: "Favor",
          points: (mixed.series[0]?.points ?? []).map((p, i) => ({ ...p, pollster: i === 1 ? "Gallup" : "Ipsos" })),
        },
      ],
    };
    const text = summarizeTrend(data, { average: false });
    expect(text).toContain(
      "“Favor” was at 42% among U.S. adults in an Ipsos poll in March 2020, up 2 percentage points from 40% in Ipsos’ previous poll, in January.",
    );
    expect(text).toContain("The high was 50% (Gallup) in February 2020; the low was 40% (Ipsos) in January 2020.");
  });
});

describe("summarizeTrend for a tracker (FiveThirtyEight's approval polls, test/data)", () => {
  // LOESS, asked for: the words name its windows.
  const text = summarizeTrend(tracker, { average: { method: "loess" } });

  it("names the state-space average, the default, in plain words, once, with no window", () => {
    const kalman = summarizeTrend(tracker);
    expect(kalman).toMatch(
      /^The poll average of 312 polls \(a daily estimate that follows the polls as they come, each pollster counted once, larger polls weighted more\) put “Approve” at \d+\.\d% on April 29, 2020, (up|down) \d+(\.\d)? percentage points? from a month earlier\. /,
    );
    expect(kalman.match(/daily estimate/g)).toHaveLength(1);
    expect(kalman).not.toMatch(/LOESS|window/);
  });

  it("leads with the average, names the method and its real window once, says what the band means, and never calls the average a poll", () => {
    // Each day's window reaches its 20th nearest poll, but spans at least 60 days and at most 150: its
    // half-width is the 20th smallest distance to a poll, clamped to 30..75 days. The words give the median and the widest.
    const days = (tracker.series[0]?.points ?? []).map((p) => Date.parse(p.date) / 86_400_000);
    const widths = [...new Set(days)].map((day) => {
      const twentieth = days.map((d) => Math.abs(d - day)).sort((a, b) => a - b)[19] as number;
      return 2 * Math.min(75, Math.max(30, twentieth));
    });
    widths.sort((a, b) => a - b);
    const middle = widths.length >> 1;
    const median =
      widths.length % 2 ? widths[middle] : ((widths[middle - 1] as number) + (widths[middle] as number)) / 2;
    const windowDays = Math.round(median as number);
    const widest = Math.round(widths.at(-1) as number);
    expect(windowDays).toBeGreaterThan(60);
    expect(widest).toBe(150);
    expect(text).toMatch(
      new RegExp(
        `^The poll average of 312 polls \\(a LOESS trend line over windows of about ${windowDays} days, widened to as much as ${widest} days where polls were sparse, each pollster counted once, larger polls weighted more\\) put “Approve” at \\d+\\.\\d% on April 29, 2020, (up|down) \\d+(\\.\\d)? percentage points? from a month earlier\\. `,
      ),
    );
    expect(text.match(/LOESS/g)).toHaveLength(1);
    expect(text).toContain("95% of single polls are expected to fall between");
    expect(text).not.toMatch(/average[^.]*\bthe poll\b|\bthe poll average\b[^.]*poll of/i);
  });

  it("names the pollster of the latest poll and compares the averages, saying so", () => {
    expect(text).toContain("The latest poll, by IBD/TIPP (April 26–29, 2020), found 44%.");
    expect(text).toContain(
      "The “Disapprove” average was above the “Approve” average throughout, from January 2017 to April 2020, and so was the mean of the polls in every month.",
    );
    expect(text).toContain(
      "Source: polls by Gallup, Quinnipiac University and five other pollsters, compiled by FiveThirtyEight.",
    );
  });

  it("in the short form gives the averages in at most 160 characters", () => {
    const short = summarizeTrend(tracker, { length: "short" });
    expect(short).toMatch(
      /^Approve: \d+(\.\d)?% in the poll average on April 29, 2020, (up|down) [\d.]+ percentage points? in a month; Disapprove: \d+(\.\d)?%\.$/,
    );
    expect(short.length).toBeLessThanOrEqual(160);
  });

  it("does not average a single pollster's series of unique dates unless asked", () => {
    expect(summarizeTrend(apNorcUkraineSupport)).not.toMatch(/average/);
    // Weekly polls of the one pollster: 20 of them reach 140 days either side of a mid-series date.
    const weekly = {
      ...apNorcUkraineSupport,
      series: apNorcUkraineSupport.series.slice(0, 1).map((s) => ({
        ...s,
        points: Array.from({ length: 40 }, (_, i) => ({
          date: new Date(Date.UTC(2022, 0, 3) + i * 7 * 86_400_000).toISOString().slice(0, 10),
          value: 50 + (i % 3),
        })),
      })),
    };
    expect(summarizeTrend(weekly)).not.toMatch(/average/);
    expect(summarizeTrend(weekly, { average: true })).toMatch(/^The poll average of 40 polls \(a daily estimate/);
  });

  it("gives no average, even when asked, where polls are too few: 7 polls in 20 months never put 4 within 150 days", () => {
    expect(summarizeTrend(apNorcUkraineSupport, { average: true })).not.toMatch(/average/);
    expect(describeTrend(apNorcUkraineSupport, { average: true }).series[0]?.average).toBeUndefined();
  });
});

describe("where an average stops", () => {
  it("says it would be too uncertain, not only that polls were too few: a poll every 3 days by ten pollsters 45 points apart", () => {
    const values = [30, 70, 45, 60, 35, 65, 40, 55, 50, 75];
    const points = Array.from({ length: 30 }, (_, i) => ({
      date: new Date(Date.UTC(2024, 0, 1 + 3 * i)).toISOString().slice(0, 10),
      pollster: `P${i % 10}`,
      sampleSize: 1000,
      value: values[i % 10] ?? 0,
    }));
    const d = { title: "Pollsters at odds", series: [{ id: "a", label: "A", points }] };
    const [stretch] = describeTrend(d).series[0]?.average?.average.sparse ?? [];
    // The premise: the stretch without an estimate has polls aplenty (one every 3 days), so its interval
    // was too wide, not its polls too few.
    expect(stretch?.polls).toBeGreaterThanOrEqual(2);
    // By days, not months (a month would claim all of January): from the first poll to the last before the
    // first estimate, and from the first poll after the last estimate to the last poll.
    const runs = describeTrend(d).series[0]?.average?.average.runs ?? [];
    expect([runs[0]?.[0]?.date, runs.at(-1)?.at(-1)?.date]).toEqual(["2024-01-19", "2024-03-10"]);
    expect(summarizeTrend(d)).toContain(
      "The average stops where it would be too uncertain to publish (too few polls, or polls too much at odds): " +
        "Jan. 1–16, 2024 and March 13–28, 2024.",
    );
    expect(summarizeTrend(d, { locale: "es-US" })).toContain(
      "(muy pocas encuestas, o encuestas demasiado dispares): del 1 al 16 de enero de 2024 y del 13 al 28 de marzo de 2024.",
    );
  });
});

describe("methodsNote", () => {
  it("describes a tracker as a set: how many polls, by how many pollsters, when, among whom, how large", () => {
    expect(methodsNote(tracker)).toBe(
      "The 312 polls, by seven pollsters, were conducted from Jan. 20, 2017, to April 29, 2020, among registered voters, adults and likely voters, with 823 to 3,038 respondents each.",
    );
  });

  it("sets the last date's year off with one comma where no population follows it", () => {
    // A set of polls without a population: the year's comma is the one before "with".
    const { population: _dropped, ...rest } = tracker;
    const note = methodsNote({
      ...rest,
      series: rest.series.map(({ population: _p, ...s }) => ({
        ...s,
        points: s.points.map(({ population: _q, ...p }) => p),
      })),
    });
    expect(note).toContain("to April 29, 2020, with 823 to 3,038 respondents each.");
    expect(note).not.toContain(",,");
  });

  it("says a year once where the polls' first and last dates share it, as AP does", () => {
    const year = sliceDataset(tracker, { from: "2019-01-01", to: "2019-12-31" });
    // The first and last end dates of 2019 in the tracker, written here in AP style.
    const ends = year.series.flatMap((s) => s.points.map((p) => p.date)).sort();
    const starts = year.series.flatMap((s) => s.points.map((p) => p.fieldStart ?? p.date)).sort();
    const ap = (iso: string) => {
      const [, m, d] = iso.split("-").map(Number) as [number, number, number];
      return `${["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."][m - 1]} ${d}`;
    };
    const first = starts[0] ?? "";
    const range = first.startsWith("2019")
      ? `from ${ap(first)} to ${ap(ends.at(-1) ?? "")}, 2019`
      : `from ${ap(first)}, ${first.slice(0, 4)}, to ${ap(ends.at(-1) ?? "")}, 2019`;
    expect(methodsNote(year)).toContain(`were conducted ${range}`);
  });

  it("passes modes through as written, with an article only where it reads right", () => {
    const note = (mode: string) =>
      methodsNote({
        ...seriesOf([], { pollster: "AP-NORC" }),
        series: [{ id: "s", label: "S", points: [{ date: "2023-01-30", value: 48, mode }] }],
      });
    expect(note("phone")).toBe("The AP-NORC poll of U.S. adults was completed Jan. 30, 2023. Mode: phone.");
    expect(note("AmeriSpeak probability panel")).toContain(
      "was completed Jan. 30, 2023, using the AmeriSpeak probability panel.",
    );
    expect(note("online panel")).toContain(", using an online panel.");
    expect(note("live phone interviews")).toContain(", using live phone interviews.");
    expect(note("the NORC panel")).toContain(", using the NORC panel.");
  });
});

describe("one formatter: the same numbers in every output", () => {
  const data = seriesOf(
    [
      ["2023-01-15", 63.5, 3.5],
      ["2023-06-15", 58.25, 4.25],
    ],
    { pollster: "Test" },
  );
  const withSample: PollDataset = {
    ...data,
    series: [
      {
        ...(data.series[0] as PollDataset["series"][number]),
        points: (data.series[0]?.points ?? []).map((p) => ({ ...p, sampleSize: 1068.4 })),
      },
    ],
  };

  it("prints de-DE numbers in the summary, the methods note and the table alike", () => {
    expect(summarizeTrend(withSample, { locale: "de-DE" })).toContain(
      "58,25\u00a0% among U.S. adults in June 2023, down 5,25 percentage points from 63,5\u00a0% in January",
    );
    expect(methodsNote(withSample, { locale: "de-DE" })).toBe(
      "The Test poll of 1.068 U.S. adults was completed June 15, 2023. The margin of sampling error is ±4,25 percentage points.",
    );
    const cells = [
      ...new JSDOM(renderDataTable(withSample, { locale: "de-DE" })).window.document.querySelectorAll("td"),
    ].map((td) => td.textContent);
    expect(cells).toEqual(["63,5\u00a0%", "±3,5", "1.068", "58,25\u00a0%", "±4,25", "1.068"]);
  });
});

describe("renderDataTable for a tracker", () => {
  const doc = new JSDOM(renderDataTable(tracker)).window.document;

  it("has a pollster column and one row per poll: never two pollsters' polls in one row", () => {
    expect([...doc.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual([
      "Poll dates",
      "Pollster",
      "Population",
      "Approve",
      "Disapprove",
      "Margin of error (percentage points)",
      "Sample size",
    ]);
    expect(doc.querySelectorAll("tbody tr")).toHaveLength(312);
    const rows = [...doc.querySelectorAll("tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
    // Three pollsters' polls that ended on Sept. 9, 2018, and AP-NORC's two surveys that ended on Oct. 28, 2019.
    expect(rows.filter((r) => r[0]?.startsWith("Sept.") && r[0]?.endsWith("–9, 2018"))).toEqual([
      ["Sept. 3–9, 2018", "Gallup", "adults", "40%", "54%", "not published", "1,500"],
      ["Sept. 5–9, 2018", "Marist College", "adults", "39%", "52%", "not published", "949"],
      ["Sept. 6–9, 2018", "Quinnipiac University", "registered voters", "38%", "54%", "not published", "1,038"],
    ]);
    expect(rows.filter((r) => r[0]?.endsWith("–28, 2019") && r[1] === "AP-NORC")).toEqual([
      ["Oct. 15–28, 2019", "AP-NORC", "adults", "37%", "60%", "not published", "1,032"],
      ["Oct. 24–28, 2019", "AP-NORC", "adults", "42%", "56%", "not published", "1,075"],
    ]);
  });

  it("by month: one row per month with the number of polls and the mean of their values", () => {
    const months = new JSDOM(renderDataTable(tracker, { by: "month" })).window.document;
    const rows = [...months.querySelectorAll("tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]?.[0]).toBe("January 2017");
    const total = rows.reduce((sum, r) => sum + Number(r[1]), 0);
    expect(total).toBe(312);
  });
});

describe("summarizeTrend: fixes found by trying it as a user", () => {
  it("names every poll that ended on the latest day, rather than one picked by name", () => {
    const text = summarizeTrend(sliceDatasetTo(tracker, "2020-04-20"));
    expect(text).toContain(
      "The latest polls ended on April 20, 2020: AP-NORC found 42% and McLaughlin & Associates 48%.",
    );
  });

  it("does not repeat a title that is only the series' label in the short form", () => {
    const data = seriesOf(
      [
        ["2023-01-15", 40],
        ["2023-06-15", 45],
      ],
      { title: "Favor" },
    );
    expect(summarizeTrend(data, { length: "short" })).toBe(
      "Favor: 45% in June 2023, up 5 percentage points from 40% in January 2023.",
    );
  });

  it("attributes the short form's poll and change to the pollster in a series of several pollsters", () => {
    expect(summarizeTrend(tracker, { length: "short", average: false })).toMatch(
      /^Approve: 44% in an IBD\/TIPP poll in April 2020, up 2 percentage points from its poll of February 2017; /,
    );
  });

  it("averages a series of several pollsters automatically only from 10 polls", () => {
    const few = seriesOf([
      ["2023-01-15", 40, 3],
      ["2023-02-15", 42, 3],
      ["2023-03-15", 41, 3],
      ["2023-04-15", 43, 3],
    ]);
    const mixed: PollDataset = {
      ...few,
      series: [
        {
          ...(few.series[0] as PollDataset["series"][number]),
          points: (few.series[0]?.points ?? []).map((p, i) => ({ ...p, pollster: i % 2 ? "A" : "B" })),
        },
      ],
    };
    expect(summarizeTrend(mixed)).not.toMatch(/average/);
    expect(describeTrend(mixed).series[0]?.average).toBeUndefined();
  });
});
