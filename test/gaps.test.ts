import { describe, expect, it } from "vitest";
import { lineBreaks, splitRuns } from "../src/model/gaps.js";

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
/** `count` dates `step` days apart from `start`. */
const every = (start: string, count: number, step: number) =>
  Array.from({ length: count }, (_, i) => iso(Date.parse(start) + i * step * DAY));

describe("lineBreaks(dates, maxGapDays?): where no poll was taken", () => {
  it("keeps a tracker that moved from daily to biweekly polls one unbroken line", () => {
    const daily = every("2017-01-01", 365, 1);
    const biweekly = every("2018-01-14", 52, 14);
    expect(lineBreaks([...daily, ...biweekly])).toEqual([]);
  });

  it("breaks at a hole of several years, and only there", () => {
    const before = every("2008-01-01", 30, 30);
    const after = every("2016-05-01", 30, 30);
    expect(lineBreaks([...before, ...after])).toEqual([30]);
  });

  it("breaks at its first gap, judged by the pace after it alone", () => {
    // One poll in 2010, then monthly polls from 2015: no gap before the first to set a pace.
    expect(lineBreaks(["2010-01-10", "2015-01-10", "2015-02-10", "2015-03-10", "2015-04-10"])).toEqual([1]);
  });

  it("breaks after a few monthly polls and a six-year hole", () => {
    expect(lineBreaks(["2010-01-10", "2010-02-10", "2010-03-10", "2016-05-01"])).toEqual([3]);
  });

  it("does not break the bundled AP-NORC cadence (two months, then nine, then nine)", () => {
    expect(lineBreaks(["2022-03-21", "2022-05-16", "2023-01-30", "2023-11-06"])).toEqual([]);
  });

  it("never lets a hole set the pace that judges the next gap: two holes in a row are two breaks", () => {
    // Cyprus's national polls (Europe Elects): Jan. 2018, Oct. 2018, then none until May 2020, then 2021's run.
    const cyprus = [
      "2018-01-16",
      "2018-10-03",
      "2020-05-14",
      "2020-06-25",
      "2020-10-23",
      "2021-01-25",
      "2021-02-06",
      "2021-02-19",
      "2021-03-02",
      "2021-03-12",
      "2021-03-18",
      "2021-03-20",
      "2021-03-30",
      "2021-04-04",
    ];
    expect(lineBreaks(cyprus)).toEqual([1, 2]);
  });

  it("never breaks a daily tracker for a lull of under two months", () => {
    const dates = [...every("2020-01-01", 60, 1), ...every("2020-04-25", 60, 1)];
    expect(lineBreaks(dates)).toEqual([]);
  });

  it("counts several polls on one day as one poll date", () => {
    const dates = every("2020-01-01", 20, 7).flatMap((d) => [d, d, d]);
    expect(lineBreaks([...dates, "2023-01-01", "2023-01-01"])).toEqual([60]);
  });

  it("uses maxGapDays when given, for any number of polls", () => {
    expect(lineBreaks(["2020-01-01", "2020-03-01"], 30)).toEqual([1]);
    expect(lineBreaks(["2020-01-01", "2020-03-01"])).toEqual([]);
  });

  it("splits items into runs at the breaks", () => {
    const items = ["2010-01-10", "2010-02-10", "2010-03-10", "2016-05-01", "2016-06-01"].map((date) => ({ date }));
    expect(splitRuns(items, 100).map((run) => run.map((p) => p.date))).toEqual([
      ["2010-01-10", "2010-02-10", "2010-03-10"],
      ["2016-05-01", "2016-06-01"],
    ]);
  });
});
