import { describe, expect, it } from "vitest";
import { type ParseOptions, PollDataError, parseDataset, safeParseDataset, sliceDataset } from "../src/index.js";
import { thrown, unchecked, validInput } from "./fixtures.js";

function issuesOf(input: unknown, options?: ParseOptions) {
  const result = safeParseDataset(input, options);
  if (result.ok) throw new Error("expected the input to be rejected");
  return result.issues.map(({ where, message }) => ({ where, message }));
}

function pointWith(field: string, value: unknown) {
  const input = structuredClone(validInput());
  const points = input.series[0]?.points as Record<string, unknown>[];
  (points[0] as Record<string, unknown>)[field] = value;
  return input;
}

describe("parseDataset(input) accepts valid data", () => {
  it("returns the dataset with points sorted by date", () => {
    const dataset = parseDataset(validInput());
    expect(dataset.series[0]?.points.map((p) => p.date)).toEqual(["2022-05-16", "2023-01-30"]);
    expect(dataset.title).toBe("Support for aid");
  });

  it("deep-freezes the result", () => {
    const dataset = parseDataset(validInput());
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(dataset.series)).toBe(true);
    expect(Object.isFrozen(dataset.series[0]?.points[0])).toBe(true);
    expect(Object.isFrozen(dataset.source)).toBe(true);
    const point = parseDataset(pointWith("responses", { favor: 48 })).series[0]?.points[1];
    expect(Object.isFrozen(point?.responses)).toBe(true);
    const cited = parseDataset(pointWith("citation", { name: "AP" })).series[0]?.points[1];
    expect(Object.isFrozen(cited?.citation)).toBe(true);
  });

  it("never mutates its input", () => {
    const input = validInput();
    const before = structuredClone(input);
    parseDataset(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it("returns an already parsed dataset as is, without a second check", () => {
    const dataset = parseDataset(validInput());
    expect(parseDataset(dataset)).toBe(dataset);
  });

  it("keeps decimals, 0 and 100, and a full responses breakdown", () => {
    const input = validInput();
    input.series[1] = {
      id: "b",
      label: "B",
      points: [
        { date: "2020-01-01", value: 0 },
        { date: "2020-02-01", value: 100 },
        { date: "2020-03-01", value: 49.6, responses: { favor: 49.6, oppose: 50.4 } },
      ],
    };
    const points = parseDataset(input).series[1]?.points;
    expect(points?.map((p) => p.value)).toEqual([0, 100, 49.6]);
    expect(points?.[2]?.responses).toEqual({ favor: 49.6, oppose: 50.4 });
  });

  it("keeps an answer named __proto__ as data", () => {
    const input = pointWith("responses", JSON.parse('{"__proto__": 12, "favor": 48}'));
    const responses = parseDataset(input).series[0]?.points[1]?.responses;
    expect(Object.keys(responses ?? {})).toEqual(["__proto__", "favor"]);
    expect(Object.getPrototypeOf(responses)).toBe(Object.prototype);
  });
});

describe("parseDataset(input) rejects bad data with the exact path", () => {
  const cases: [string, unknown, string, RegExp][] = [
    [
      "a string value",
      pointWith("value", "60"),
      "series[0].points[0].value",
      /expected a number from 0 to 100 \(from -100 to 100 in a net series\), received "60"/,
    ],
    ["a value above 100", pointWith("value", 100.5), "series[0].points[0].value", /received 100.5/],
    ["a negative value", pointWith("value", -1), "series[0].points[0].value", /received -1/],
    ["NaN", pointWith("value", Number.NaN), "series[0].points[0].value", /received NaN/],
    ["Infinity", pointWith("value", Number.POSITIVE_INFINITY), "series[0].points[0].value", /received Infinity/],
    ["a missing value", pointWith("value", undefined), "series[0].points[0].value", /received nothing/],
    [
      "an impossible date",
      pointWith("date", "2023-02-30"),
      "series[0].points[0].date",
      /YYYY-MM-DD, received "2023-02-30"/,
    ],
    [
      "a date in another format",
      pointWith("date", "01/30/2023"),
      "series[0].points[0].date",
      /received "01\/30\/2023"/,
    ],
    ["a date with a time", pointWith("date", "2023-01-30T00:00:00Z"), "series[0].points[0].date", /YYYY-MM-DD/],
    ["a Date object", pointWith("date", new Date(0)), "series[0].points[0].date", /received an object/],
    [
      "a negative margin",
      pointWith("marginOfError", -0.1),
      "series[0].points[0].marginOfError",
      /from 0 to 100, received -0.1/,
    ],
    [
      "a zero sample",
      pointWith("sampleSize", 0),
      "series[0].points[0].sampleSize",
      /positive number of respondents, received 0/,
    ],
    [
      "a string sample",
      pointWith("sampleSize", "1000"),
      "series[0].points[0].sampleSize",
      /positive number of respondents, received "1000"/,
    ],
    ["a zero sample", pointWith("sampleSize", 0), "series[0].points[0].sampleSize", /received 0/],
    [
      "fieldStart after date",
      pointWith("fieldStart", "2023-02-01"),
      "series[0].points[0].fieldStart",
      /on or before date \(2023-01-30\), received "2023-02-01"/,
    ],
    [
      "an unknown field",
      pointWith("moe", 3),
      "series[0].points[0].moe",
      /expected a known field \(date, .*\), received a field named "moe"/,
    ],
    [
      "a response share out of range",
      pointWith("responses", { favor: 101 }),
      "series[0].points[0].responses.favor",
      /from 0 to 100, received 101/,
    ],
    [
      "a non-http url",
      { ...validInput(), source: { name: "x", url: "javascript:alert(1)" } },
      "source.url",
      /http: or https: URL/,
    ],
    [
      "a source without a name",
      { ...validInput(), source: { url: "https://a.org" } },
      "source.name",
      /non-empty string, received nothing/,
    ],
    ["an empty series list", { ...validInput(), series: [] }, "series", /at least one series, received an empty list/],
    [
      "a series list that is not a list",
      { ...validInput(), series: {} },
      "series",
      /a list of series, received an object/,
    ],
    [
      "a series with no points",
      { ...validInput(), series: [{ id: "a", label: "A", points: [] }] },
      "series[0].points",
      /at least one poll point/,
    ],
    ["a missing title", { ...validInput(), title: undefined }, "title", /non-empty string, received nothing/],
    ["a non-string title", { ...validInput(), title: 42 }, "title", /received 42/],
    ["a blank title", { ...validInput(), title: "  " }, "title", /non-empty string/],
    [
      "a missing label",
      { ...validInput(), series: [{ id: "a", points: [{ date: "2020-01-01", value: 1 }] }] },
      "series[0].label",
      /received nothing/,
    ],
    ["a control character", { ...validInput(), title: "A\u0007B" }, "title", /U\+0007 at index 1/],
    ["a C1 control character", { ...validInput(), subtitle: "A\u0085" }, "subtitle", /U\+0085/],
    ["a lone surrogate", { ...validInput(), title: "A\uD800" }, "title", /U\+D800/],
    ["U+FFFE", { ...validInput(), title: "\uFFFE" }, "title", /U\+FFFE/],
    [
      "an event with a bad date",
      { ...validInput(), events: [{ date: "2022-13-01", label: "x" }] },
      "events[0].date",
      /YYYY-MM-DD/,
    ],
  ];
  for (const [name, input, path, message] of cases) {
    it(`rejects ${name} at ${path}`, () => {
      const issues = issuesOf(input);
      const issue = issues.find((i) => i.where === path);
      expect(issue, JSON.stringify(issues)).toBeDefined();
      expect(issue?.message).toMatch(message);
    });
  }

  it("rejects a repeated row (the same poll with the same value), naming it and the first, or drops it on request", () => {
    const input = validInput();
    const poll = { date: "2020-01-01", fieldStart: "2019-12-28", pollster: "Gallup", sampleSize: 1000, value: 41 };
    input.series[0] = { id: "a", label: "A", points: [poll, { date: "2020-01-05", value: 3 }, { ...poll }] };
    expect(issuesOf(input)).toEqual([
      {
        where: "series[0].points[2]",
        message:
          'expected each poll once, received the same poll again with the same value, a repeated row (read with duplicates: "drop" to keep the first); first at series[0].points[0]',
      },
    ]);
    const dropped = parseDataset(input, { duplicates: "drop" });
    expect(dropped.series[0]?.points.map((p) => p.value)).toEqual([41, 3]);
    expect(dropped.processing).toEqual({ repeatedRowsDropped: 1 });
  });

  it("rejects the same poll with two values as a conflict naming both, even with duplicates: drop", () => {
    const input = validInput();
    const poll = { date: "2020-01-01", pollster: "Gallup", value: 41 };
    input.series[0] = { id: "a", label: "A", points: [poll, { ...poll, value: 44 }] };
    const conflict = [
      {
        where: "series[0].points[1].value",
        message:
          'expected the value of the same poll listed before (41; same pollster, sponsor, dates, population, sample, mode and ids), received 44; first at series[0].points[0]; rows of one poll with two values and no question id to tell them apart are read with conflicts: "first" (the first row\'s value) or conflicts: "mean" (their mean)',
      },
    ];
    expect(issuesOf(input)).toEqual(conflict);
    expect(issuesOf(input, { duplicates: "drop" })).toEqual(conflict);
  });

  it("keeps different polls on the same dates by one pollster: other samples, sponsors, populations or ids", () => {
    // YouGov, May 6–8, 2018: 1,000 adults at 41 and 1,500 adults at 42 (FiveThirtyEight's list).
    const youGov = { date: "2018-05-08", fieldStart: "2018-05-06", pollster: "YouGov", population: "adults" };
    const input = {
      title: "Approval",
      series: [
        {
          id: "approve",
          label: "Approve",
          points: [
            { ...youGov, sampleSize: 1000, value: 41 },
            { ...youGov, sampleSize: 1500, value: 42 },
            { date: "2018-05-08", pollster: "Morning Consult", sponsor: "Politico", sampleSize: 1959, value: 44 },
            {
              date: "2018-05-08",
              pollster: "Morning Consult",
              sponsor: "The Hollywood Reporter",
              sampleSize: 2201,
              value: 43,
            },
            { date: "2018-05-09", pollster: "Ipsos", pollId: "1", questionId: "10", value: 40 },
            { date: "2018-05-09", pollster: "Ipsos", pollId: "1", questionId: "11", value: 39 },
          ],
        },
      ],
    };
    expect(parseDataset(input).series[0]?.points.map((p) => p.value)).toEqual([44, 43, 41, 42, 40, 39]);
  });

  it("counts a poll listed once per population once: for vote intention likely voters first, for approval adults first, or as asked", () => {
    const poll = { date: "2019-01-24", fieldStart: "2019-01-20", pollster: "Ipsos", pollId: "49426" };
    const points = [
      { ...poll, questionId: "77599", population: "adults", sampleSize: 1632, value: 42.1 },
      { ...poll, questionId: "77560", population: "likely voters", sampleSize: 509, value: 45.2 },
      { date: "2019-01-25", pollster: "Gallup", population: "adults", value: 40 },
    ];
    // Said to be an approval rating (parseCsv says so of a file with an approve column): the adults' row
    // is kept, as FiveThirtyEight does.
    const input = { title: "Approval", series: [{ id: "a", label: "Approve", points }] };
    const preferred = parseDataset(input, { pollKind: "approval" });
    expect(preferred.series[0]?.points.map((p) => [p.population, p.value])).toEqual([
      ["adults", 42.1],
      ["adults", 40],
    ]);
    expect(preferred.processing).toEqual({
      otherPopulationsDropped: 1,
      populationOrder: ["adults", "voters", "registered voters", "likely voters"],
      pollKind: "approval",
    });
    // Not said, or said to be vote intention: likely voters first.
    for (const options of [{}, { pollKind: "vote" as const }]) {
      const vote = parseDataset({ title: "Ballot", series: [{ id: "a", label: "Smith", points }] }, options);
      expect(vote.series[0]?.points.map((p) => p.value)).toEqual([45.2, 40]);
      expect(vote.processing?.populationOrder).toEqual(["likely voters", "registered voters", "voters", "adults"]);
    }
    expect(parseDataset(input, { pollKind: "vote" }).processing?.pollKind).toBe("vote");
    const adults = parseDataset(input, { populations: ["likely voters", "adults"] });
    expect(adults.series[0]?.points.map((p) => p.value)).toEqual([45.2, 40]);
    // An order the caller gave is theirs, not the kind's.
    expect(adults.processing).toEqual({
      otherPopulationsDropped: 1,
      populationOrder: ["likely voters", "adults"],
    });
    expect(parseDataset(input, { populations: "all" }).series[0]?.points).toHaveLength(3);
    // A row naming no population has the dataset's: one of those listed, weighed as the rest are.
    const inherited = parseDataset({
      title: "Ballot",
      population: "registered voters",
      series: [
        {
          id: "a",
          label: "Smith",
          points: [
            { ...poll, population: "adults", value: 41 },
            { ...poll, value: 44 },
          ],
        },
      ],
    });
    expect(inherited.series[0]?.points.map((p) => [p.population, p.value])).toEqual([[undefined, 44]]);
    expect(inherited.processing?.otherPopulationsDropped).toBe(1);
  });

  it("keeps input indices in paths after an item that is not an object", () => {
    const input = validInput();
    input.series[0] = {
      id: "a",
      label: "A",
      points: [7, { date: "2020-01-01", value: 1 }, { date: "2020-01-01", value: "x" }],
    };
    expect(issuesOf(input).map((i) => i.where)).toEqual(["series[0].points[0]", "series[0].points[2].value"]);
  });

  it("reads a point's own fields only: one inherited from its prototype is neither a field nor unknown", () => {
    const input = validInput();
    const point = Object.assign(Object.create({ value: 99, colour: "red" }), { date: "2020-01-01", value: 12 });
    input.series[0] = { id: "a", label: "A", points: [point] };
    const parsed = safeParseDataset(input);
    expect(parsed.ok && parsed.value.series[0]?.points[0]).toEqual({ date: "2020-01-01", value: 12 });
  });

  it("rejects duplicate series ids", () => {
    const input = validInput();
    input.series[1] = { ...input.series[1], id: "a" };
    expect(issuesOf(input)).toEqual([
      {
        where: "series[1].id",
        message: 'expected an id not used by another series (series[0] has it), received "a"; first at series[0]',
      },
    ]);
  });

  for (const [name, input, what] of [
    ["null", null, "null"],
    ["a string", "poll", '"poll"'],
    ["an array", ["x"], "an array"],
    ["an empty list", [], "an empty list"],
    ["a number", 7, "7"],
    ["undefined", undefined, "nothing"],
  ] as const) {
    it(`says plainly when the input is ${name}`, () => {
      expect(issuesOf(input)).toEqual([
        { where: "dataset", message: `expected a dataset object with a title and a series list, received ${what}` },
      ]);
    });
  }

  it("collects every problem, not only the first", () => {
    const input = validInput();
    input.title = "";
    input.series[0] = {
      id: "a",
      label: "A",
      points: [
        { date: "2020-02-30", value: "1" },
        { date: "2020-01-01", value: 2, sampleSize: -5 },
      ],
    };
    expect(issuesOf(input).map((i) => i.where)).toEqual([
      "title",
      "series[0].points[0].date",
      "series[0].points[0].value",
      "series[0].points[1].sampleSize",
    ]);
  });

  it("throws a PollDataError whose message lists each path with what was expected and received", () => {
    const input = pointWith("value", "60");
    input.title = 1;
    const caught = thrown(() => parseDataset(input));
    expect(caught).toBeInstanceOf(PollDataError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as PollDataError;
    expect(error.name).toBe("PollDataError");
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe(
      'Invalid poll data (2 problems):\n- title: expected a non-empty string, received 1\n- series[0].points[0].value: expected a number from 0 to 100 (from -100 to 100 in a net series), received "60"',
    );
  });
});

describe("sliceDataset(dataset, range)", () => {
  it("keeps the polls on or before `to` and drops emptied series", () => {
    const sliced = sliceDataset(unchecked(validInput()), { to: "2022-12-31" });
    expect(sliced.series.map((s) => s.points.map((p) => p.date))).toEqual([["2022-05-16"], ["2022-05-16"]]);
    expect(sliceDataset(unchecked(validInput()), { from: "2023-01-01" }).series.map((s) => s.id)).toEqual(["a"]);
  });

  it("drops events outside the range", () => {
    expect(sliceDataset(unchecked(validInput()), { from: "2022-03-01" }).events).toEqual([]);
  });

  it("throws when no poll is left or a bound is not a date", () => {
    expect(() => sliceDataset(unchecked(validInput()), { to: "2000-01-01" })).toThrow(PollDataError);
    expect(() => sliceDataset(unchecked(validInput()), { to: "2023-02" })).toThrow(
      /range.to: expected a calendar date/,
    );
  });
});

describe("parseDataset(input) takes trackers: many pollsters, several polls on one day", () => {
  const tracker = () => ({
    title: "Approval",
    series: [
      {
        id: "approve",
        label: "Approve",
        points: [
          { date: "2019-10-28", fieldStart: "2019-10-24", pollster: "AP-NORC", value: 42, sampleSize: 1075 },
          { date: "2019-10-28", fieldStart: "2019-10-15", pollster: "AP-NORC", value: 37, sampleSize: 1032 },
          { date: "2019-10-28", fieldStart: "2019-10-25", pollster: "Gallup", value: 41, sampleSize: 1506 },
          { date: "2019-10-27", pollster: "Rasmussen", value: 47, sampleSize: 2202.5 },
          { date: "2019-10-28", fieldStart: "2019-10-24", value: 44 },
        ],
      },
    ],
  });

  it("keeps several polls that end on one day when they are different polls", () => {
    expect(parseDataset(tracker()).series[0]?.points).toHaveLength(5);
  });

  it("sorts points by date, then field start, then pollster (a missing one first), whatever the input order", () => {
    const order = (input: ReturnType<typeof tracker>) =>
      parseDataset(input).series[0]?.points.map((p) => `${p.date} ${p.fieldStart ?? "-"} ${p.pollster ?? "-"}`);
    const expected = [
      "2019-10-27 - Rasmussen",
      "2019-10-28 2019-10-15 AP-NORC",
      "2019-10-28 2019-10-24 -",
      "2019-10-28 2019-10-24 AP-NORC",
      "2019-10-28 2019-10-25 Gallup",
    ];
    expect(order(tracker())).toEqual(expected);
    const reversed = tracker();
    reversed.series[0]?.points.reverse();
    expect(order(reversed)).toEqual(expected);
  });

  it("accepts an aggregator's effective sample size with decimals", () => {
    expect(parseDataset(tracker()).series[0]?.points.find((p) => p.pollster === "Rasmussen")?.sampleSize).toBe(2202.5);
  });

  it("refuses a dataset of proportions as a whole, naming both options; a minor candidate at 0.5% is a share", () => {
    const proportions = {
      title: "Approval",
      series: [
        {
          id: "a",
          label: "Approve",
          points: [
            { date: "2020-01-01", value: 0.41, marginOfError: 0.03 },
            { date: "2020-02-01", value: 0.48 },
          ],
        },
        { id: "d", label: "Disapprove", points: [{ date: "2020-01-01", value: 0.52 }] },
      ],
    };
    expect(issuesOf(proportions)).toEqual([
      {
        where: "series",
        message:
          'expected percent from 0 to 100, received values from 0.41 to 0.52 in every series, which look like proportions: read them with scale: "proportion" (multiplied by 100), or scale: "percent" if they are percents',
      },
    ]);
    const scaled = parseDataset(proportions, { scale: "proportion" });
    expect(scaled.series[0]?.points.map((p) => [p.value, p.marginOfError])).toEqual([
      [41, 3],
      [48, undefined],
    ]);
    expect(scaled.processing).toEqual({ scaledFromProportions: true });
    expect(parseDataset(proportions, { scale: "percent" }).series[0]?.points[0]?.value).toBe(0.41);
    // Tim Ryan at 0.5% beside Biden at 31%: the check looks at the whole dataset.
    const primary = {
      title: "Primary",
      series: [
        {
          id: "ryan",
          label: "Tim Ryan",
          points: [
            { date: "2019-06-01", value: 0.5 },
            { date: "2019-07-01", value: 0.7 },
          ],
        },
        { id: "biden", label: "Joe Biden", points: [{ date: "2019-06-01", value: 31 }] },
      ],
    };
    expect(parseDataset(primary).series[0]?.points.map((p) => p.value)).toEqual([0.5, 0.7]);
    const whole = {
      title: "T",
      series: [
        {
          id: "a",
          label: "A",
          points: [
            { date: "2020-01-01", value: 0 },
            { date: "2020-02-01", value: 1 },
          ],
        },
      ],
    };
    expect(safeParseDataset(whole).ok).toBe(true);
  });

  it("reads a net series from -100 to 100, and refuses a negative share, naming measure: net", () => {
    const net = {
      id: "net",
      label: "Net approval",
      measure: "net",
      points: [
        { date: "2021-01-01", value: 12 },
        { date: "2021-06-01", value: -8.5 },
      ],
    };
    expect(parseDataset({ title: "Net", series: [net] }).series[0]?.points.map((p) => p.value)).toEqual([12, -8.5]);
    const { measure: _, ...share } = net;
    expect(issuesOf({ title: "Net", series: [share] })).toEqual([
      {
        where: "series[0].points[1].value",
        message:
          'expected a number from 0 to 100 (a share of respondents; a net value or a lead is read with measure: "net"), received -8.5',
      },
    ]);
    expect(
      issuesOf({ title: "Net", series: [{ ...net, points: [{ date: "2021-01-01", value: -101 }] }] })[0]?.where,
    ).toBe("series[0].points[0].value");
  });

  it("checks that partOf names another series", () => {
    const input = {
      title: "T",
      series: [
        { id: "all", label: "All", points: [{ date: "2020-01-01", value: 40 }] },
        { id: "r", label: "Republicans", partOf: "everyone", points: [{ date: "2020-01-01", value: 30 }] },
      ],
    };
    expect(issuesOf(input)).toEqual([
      { where: "series[1].partOf", message: 'expected the id of another series (all), received "everyone"' },
    ]);
    expect(
      parseDataset({ ...input, series: [input.series[0], { ...input.series[1], partOf: "all" }] }).series[1]?.partOf,
    ).toBe("all");
  });

  it("refuses unknown or bad parse options, naming them", () => {
    expect(issuesOf(validInput(), { duplicates: "keep" } as never)).toEqual([
      { where: "options.duplicates", message: 'expected "error" or "drop", received "keep"' },
    ]);
    expect(issuesOf(validInput(), { dedupe: true } as never)[0]?.where).toBe("options.dedupe");
  });
});
