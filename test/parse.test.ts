import { describe, expect, it } from "vitest";
import { PollDataError, parseDataset, safeParseDataset, sliceDataset } from "../src/index.js";
import { thrown, unchecked, validInput } from "./fixtures.js";

function issuesOf(input: unknown) {
  const result = safeParseDataset(input);
  if (result.ok) throw new Error("expected the input to be rejected");
  return result.issues;
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
      /expected a number from 0 to 100, received "60"/,
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
    ["an unknown field", pointWith("moe", 3), "series[0].points[0].moe", /no such field/],
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
      const issue = issues.find((i) => i.path === path);
      expect(issue, JSON.stringify(issues)).toBeDefined();
      expect(issue?.message).toMatch(message);
    });
  }

  it("rejects the same poll twice (same date, field start and pollster), naming the later one and the first", () => {
    const input = validInput();
    input.series[0] = {
      id: "a",
      label: "A",
      points: [
        { date: "2020-01-01", value: 1 },
        { date: "2020-01-01", value: 2 },
      ],
    };
    expect(issuesOf(input)).toEqual([
      {
        path: "series[0].points[1]",
        message:
          "expected a different poll from points[0], received the same poll again (same date, fieldStart and pollster)",
      },
    ]);
    input.series[0] = {
      id: "a",
      label: "A",
      points: [
        { date: "2020-01-01", fieldStart: "2019-12-28", pollster: "Gallup", value: 1 },
        { date: "2020-01-05", value: 3 },
        { date: "2020-01-01", fieldStart: "2019-12-28", pollster: "Gallup", value: 2 },
      ],
    };
    expect(issuesOf(input)).toEqual([
      {
        path: "series[0].points[2]",
        message:
          "expected a different poll from points[0], received the same poll again (same date, fieldStart and pollster)",
      },
    ]);
  });

  it("keeps input indices in paths after an item that is not an object", () => {
    const input = validInput();
    input.series[0] = {
      id: "a",
      label: "A",
      points: [7, { date: "2020-01-01", value: 1 }, { date: "2020-01-01", value: 2 }],
    };
    expect(issuesOf(input).map((i) => i.path)).toEqual(["series[0].points[0]", "series[0].points[2]"]);
  });

  it("rejects duplicate series ids", () => {
    const input = validInput();
    input.series[1] = { ...input.series[1], id: "a" };
    expect(issuesOf(input)).toEqual([
      { path: "series[1].id", message: 'expected an id not used by another series (series[0] has it), received "a"' },
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
        { path: "dataset", message: `expected a dataset object with a title and a series list, received ${what}` },
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
    expect(issuesOf(input).map((i) => i.path)).toEqual([
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
      'Invalid poll data (2 problems):\n- title: expected a non-empty string, received 1\n- series[0].points[0].value: expected a number from 0 to 100, received "60"',
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

  it("rejects values that look like proportions, saying so", () => {
    const input = validInput();
    input.series[1] = {
      id: "b",
      label: "B",
      points: [
        { date: "2020-01-01", value: 0.41 },
        { date: "2020-02-01", value: 0.48 },
        { date: "2020-03-01", value: 1 },
      ],
    };
    expect(issuesOf(input)).toEqual([
      {
        path: "series[1].points",
        message:
          "expected percent from 0 to 100, received values from 0.41 to 1: values look like proportions; multiply by 100",
      },
    ]);
    input.series[1] = {
      id: "b",
      label: "B",
      points: [
        { date: "2020-01-01", value: 0 },
        { date: "2020-02-01", value: 1 },
      ],
    };
    expect(safeParseDataset(input).ok).toBe(true);
  });
});
