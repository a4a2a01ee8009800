import { describe, expect, it } from "vitest";
import { pollKindOf } from "../src/model/kind.js";
import { pollOf } from "../src/model/polls.js";
import { pollReadings } from "../src/model/versions.js";
import { PollDataError, parseCsv, parseDataset } from "../src/index.js";
import { thrown } from "./fixtures.js";

// One poll, several questions: rows of one poll are versions, kept as points, counted as one poll, and
// read as one reading; rows of one poll that clash without question ids are resolved as asked.

const poll = { date: "2024-11-26", fieldStart: "2024-11-22", pollster: "Breakthrough", sponsor: "Woman Up" };

describe("pollOf(point, dataset): a poll's identity whatever its question", () => {
  it("is the same for versions with question ids, whatever their samples (a split sample)", () => {
    const a = { ...poll, questionId: "217015", sampleSize: 618, value: 21 };
    const b = { ...poll, questionId: "217016", sampleSize: 610, value: 18 };
    expect(pollOf(a, {})).toBe(pollOf(b, {}));
  });

  it("tells apart rows without question ids by their samples, and polls of other dates, pollsters or sponsors", () => {
    const a = { ...poll, sampleSize: 1000, value: 41 };
    expect(pollOf(a, {})).not.toBe(pollOf({ ...a, sampleSize: 1500 }, {}));
    expect(pollOf(a, {})).not.toBe(pollOf({ ...a, date: "2024-11-27" }, {}));
    expect(pollOf(a, {})).not.toBe(pollOf({ ...a, sponsor: "Other" }, {}));
    expect(pollOf(a, {})).toBe(pollOf({ ...a, population: "likely voters" }, {}));
  });

  it("is the publisher's poll id with the pollster where there is one", () => {
    const a = { date: "2019-01-24", pollster: "Ipsos", pollId: "49426", value: 42 };
    expect(pollOf(a, {})).toBe(pollOf({ ...a, date: "2019-01-25", sampleSize: 9 }, {}));
    expect(pollOf(a, {})).not.toBe(pollOf({ ...a, pollster: "YouGov" }, {}));
  });
});

describe("pollReadings(series, dataset): one reading a poll", () => {
  const dataset = (points: object[]) => parseDataset({ title: "T", series: [{ id: "s", label: "Garvey", points }] });

  it("keeps the full sample's value where versions differ in size", () => {
    const d = dataset([
      { ...poll, questionId: "2", sampleSize: 610, value: 18 },
      { ...poll, questionId: "1", sampleSize: 618, value: 21 },
      { date: "2025-01-10", pollster: "Other", value: 15 },
    ]);
    const readings = pollReadings(d.series[0] as (typeof d.series)[number], d);
    expect(readings.map((r) => [r.value, r.rule, r.versions.length])).toEqual([
      [21, "largest-sample", 2],
      [15, "only", 1],
    ]);
    expect(readings[0]?.point.questionId).toBe("1");
    expect(Object.isFrozen(readings)).toBe(true);
  });

  it("reads, of versions put to one sample, the first listed, and where a size is missing the first: never a mean", () => {
    const same = dataset([
      { ...poll, questionId: "2", sampleSize: 1200, value: 17 },
      { ...poll, questionId: "1", sampleSize: 1200, value: 20 },
      { ...poll, questionId: "3", sampleSize: 600, value: 40 },
    ]);
    const [reading] = pollReadings(same.series[0] as (typeof same.series)[number], same);
    expect([reading?.value, reading?.rule, reading?.point.questionId]).toEqual([17, "largest-sample", "2"]);
    // A size not given could be any: the first listed counts.
    const unknown = dataset([
      { ...poll, questionId: "1", sampleSize: 600, value: 17 },
      { ...poll, questionId: "2", value: 20 },
    ]);
    const [first] = pollReadings(unknown.series[0] as (typeof unknown.series)[number], unknown);
    expect([first?.value, first?.rule]).toEqual([17, "first"]);
  });

  it("counts the questions and polls in processing when a poll has several: 3 questions from 2 polls", () => {
    const d = dataset([
      { ...poll, questionId: "1", sampleSize: 618, value: 21 },
      { ...poll, questionId: "2", sampleSize: 610, value: 18 },
      { date: "2025-01-10", pollster: "Other", value: 15 },
    ]);
    expect(d.processing).toEqual({ questions: 3, polls: 2 });
    expect(dataset([{ date: "2025-01-10", pollster: "Other", value: 15 }]).processing).toBeUndefined();
  });

  it("counts one poll's rows for two populations as its versions where every population is kept", () => {
    // Without question ids: one sample, one pollster, one field period, reported for two populations.
    const points = [
      { ...poll, sampleSize: 1000, population: "adults", value: 41 },
      { ...poll, sampleSize: 1000, population: "registered voters", value: 43 },
      { ...poll, fieldStart: "2024-11-23", sampleSize: 1000, population: "adults", value: 40 },
      { date: "2024-12-10", pollster: "Other", value: 39 },
    ];
    const d = (rows: object[]) =>
      parseDataset({ title: "T", series: [{ id: "s", label: "Garvey", points: rows }] }, { populations: "all" });
    expect(d(points).processing).toMatchObject({ questions: 4, polls: 3 });
    // The pollster's other poll ending that day (another start) is another poll, with or without it.
    expect(d(points.filter((_, i) => i !== 2)).processing).toMatchObject({ questions: 3, polls: 2 });
    expect(d(points.filter((_, i) => i !== 1)).processing).toBeUndefined();
  });

  it("recounts them for a slice, which may have none", async () => {
    const { sliceDataset } = await import("../src/index.js");
    const d = dataset([
      { ...poll, questionId: "1", sampleSize: 618, value: 21 },
      { ...poll, questionId: "2", sampleSize: 610, value: 18 },
      { date: "2025-01-10", pollster: "Other", value: 15 },
    ]);
    expect(sliceDataset(d, { from: "2025-01-01" }).processing).toBeUndefined();
  });
});

describe("conflicts: rows of one poll with two values and no question id", () => {
  const text =
    "pollster,date,sample_size,dem,rep\nEchelon,2025-07-14,1084,47,48\nEchelon,2025-07-14,1084,45,41\nOther,2025-07-20,900,44,43\n";
  const options = { valueColumns: ["dem", "rep"], fileName: "generic.csv" };

  it('are an error naming both lines by default, and the options that read them; "error" says the same', () => {
    for (const conflicts of [undefined, "error" as const]) {
      const error = thrown(() => parseCsv(text, { ...options, ...(conflicts ? { conflicts } : {}) }));
      expect(error).toBeInstanceOf(PollDataError);
      expect((error as PollDataError).issues.map((i) => i.where)).toEqual([
        "generic.csv line 3, column dem",
        "generic.csv line 3, column rep",
      ]);
    }
  });

  it('keep the first row\'s value with "first", and their mean with "mean", counted as one row', () => {
    const first = parseCsv(text, { ...options, conflicts: "first" });
    expect(first.series.map((s) => s.points.map((p) => p.value))).toEqual([
      [47, 44],
      [48, 43],
    ]);
    expect(first.processing).toEqual({ conflictingRows: 1, conflicts: "first", pollKind: "vote" });
    const mean = parseCsv(text, { ...options, conflicts: "mean" });
    expect(mean.series.map((s) => s.points.map((p) => p.value))).toEqual([
      [(47 + 45) / 2, 44],
      [(48 + 41) / 2, 43],
    ]);
    expect(mean.processing).toEqual({ conflictingRows: 1, conflicts: "mean", pollKind: "vote" });
  });

  it("average three rows of one poll, and still drop an exact repeat as a repeat", () => {
    const three = `${text}Echelon,2025-07-14,1084,46,44\nEchelon,2025-07-14,1084,47,48\n`;
    const mean = parseCsv(three, { ...options, conflicts: "mean", duplicates: "drop" });
    expect(mean.series[0]?.points.map((p) => p.value)).toEqual([(47 + 45 + 46) / 3, 44]);
    expect(mean.processing).toEqual({
      conflictingRows: 2,
      conflicts: "mean",
      repeatedRowsDropped: 1,
      pollKind: "vote",
    });
  });

  it("keep versions with question ids as they are: they are not a conflict", () => {
    const ids = "pollster,date,question_id,dem\nEchelon,2025-07-14,1,47\nEchelon,2025-07-14,2,45\n";
    const dataset = parseCsv(ids, { valueColumns: ["dem"] });
    expect(dataset.series[0]?.points.map((p) => p.value)).toEqual([47, 45]);
    // "dem" says vote intention.
    expect(dataset.processing).toEqual({ questions: 2, polls: 1, pollKind: "vote" });
  });
});

describe("pollKindOf(names): what a list measures, from its names", () => {
  it("reads approval from answers and vote intention from candidates and parties, and neither from both", () => {
    expect(pollKindOf(["approve", "disapprove"])).toBe("approval");
    expect(pollKindOf(["Net Approval"])).toBe("approval");
    expect(pollKindOf(["favorable", "unfavorable"])).toBe("approval");
    expect(pollKindOf(["candidate_name", "pct"])).toBe("vote");
    expect(pollKindOf(["dem", "rep"])).toBe("vote");
    expect(pollKindOf(["Yes", "No"])).toBeUndefined();
    expect(pollKindOf(["approve", "dem"])).toBeUndefined();
    expect(pollKindOf(["partisan", "approved"])).toBeUndefined();
  });
});
