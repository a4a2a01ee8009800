import {
  boolean,
  date,
  fail,
  type Issues,
  isObject,
  type Leaf,
  list,
  nested,
  object,
  Problem,
  percent,
  run,
  sampleSize,
  text,
  url,
} from "./checks.js";
import { PollDataError } from "./error.js";
import type { PollDataIssue, PollDataset } from "./types.js";

/** The result of {@link safeParseDataset}: the dataset, or every problem found. */
export type SafeParseResult =
  | {
      /** The input is valid. */
      readonly ok: true;
      /** The parsed, deeply frozen dataset. */
      readonly value: PollDataset;
    }
  | {
      /** The input is invalid. */
      readonly ok: false;
      /** Every problem found, with its path. */
      readonly issues: readonly PollDataIssue[];
    };

// Datasets this module produced. They are deeply frozen, so they cannot have changed since.
const parsed = new WeakSet<object>();

const responses = nested((value, path, issues) => {
  if (!isObject(value) || Object.keys(value).length === 0)
    return fail(issues, path, "an object of answers to percentages", value);
  const result = {};
  for (const key of Object.keys(value)) {
    run(text, key, path, issues);
    const share = run(percent, value[key], `${path}.${key}`, issues);
    // defineProperty keeps an answer named "__proto__" as data, not as a prototype.
    if (share !== undefined)
      Object.defineProperty(result, key, { value: share, enumerable: true, writable: true, configurable: true });
  }
  return result;
});

const source = object({ name: [text, true], url: [url], note: [text] }, "an object with a name");

const POINT_FIELDS = [
  "date",
  "fieldStart",
  "value",
  "marginOfError",
  "sampleSize",
  "responses",
  "pollster",
  "population",
  "sponsor",
  "mode",
  "citation",
  "note",
  "tracking",
];
const POINT_KNOWN = `no such field (known fields: ${POINT_FIELDS.join(", ")})`;

/** Checks one optional or required field of a point; paths are built only on failure. */
function field(check: Leaf, value: unknown, path: string, key: string, issues: Issues, required = false): unknown {
  if (value === undefined && !required) return undefined;
  const out = check(value);
  return out instanceof Problem ? fail(issues, `${path}.${key}`, out.expected, value) : out;
}

/**
 * A poll point. Series can hold tens of thousands, so this is written out field by field (the
 * generic object check would make every property read megamorphic); it reports the same problems.
 */
const point = nested((input, path, issues) => {
  if (!isObject(input)) return fail(issues, path, "a poll point object", input);
  for (const key of Object.keys(input))
    if (!POINT_FIELDS.includes(key)) fail(issues, `${path}.${key}`, POINT_KNOWN, input[key]);
  const p = input as Partial<Record<(typeof POINT_FIELDS)[number], unknown>>;
  const result: Record<string, unknown> = {};
  const day = field(date, p.date, path, "date", issues, true);
  if (day !== undefined) result.date = day;
  const start = field(date, p.fieldStart, path, "fieldStart", issues);
  if (start !== undefined) {
    result.fieldStart = start;
    if (day !== undefined && (start as string) > (day as string))
      fail(issues, `${path}.fieldStart`, `a date on or before date (${day})`, start);
  }
  const value = field(percent, p.value, path, "value", issues, true);
  if (value !== undefined) result.value = value;
  const margin = field(percent, p.marginOfError, path, "marginOfError", issues);
  if (margin !== undefined) result.marginOfError = margin;
  const sample = field(sampleSize, p.sampleSize, path, "sampleSize", issues);
  if (sample !== undefined) result.sampleSize = sample;
  if (p.responses !== undefined) {
    const answers = responses(p.responses, `${path}.responses`, issues);
    if (answers !== undefined) result.responses = answers;
  }
  for (const key of ["pollster", "population", "sponsor", "mode"] as const) {
    const checked = field(text, p[key], path, key, issues);
    if (checked !== undefined) result[key] = checked;
  }
  if (p.citation !== undefined) {
    const citation = source(p.citation, `${path}.citation`, issues);
    if (citation !== undefined) result.citation = citation;
  }
  const note = field(text, p.note, path, "note", issues);
  if (note !== undefined) result.note = note;
  const tracking = field(boolean, p.tracking, path, "tracking", issues);
  if (tracking !== undefined) result.tracking = tracking;
  // Frozen now, nested objects too, so the final deep freeze passes over points without walking them.
  if (result.responses) Object.freeze(result.responses);
  if (result.citation) Object.freeze(result.citation);
  return Object.freeze(result);
});

const byDate = (a: { date?: unknown }, b: { date?: unknown }) =>
  (a.date as string) < (b.date as string) ? -1 : (a.date as string) > (b.date as string) ? 1 : 0;

/** Orders text with `undefined` first. */
const text0 = (a: unknown, b: unknown) =>
  a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : (a as string) < (b as string) ? -1 : 1;

/** Points sort by end date, then field start, then pollster: a deterministic order for trackers. */
const byPoll = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  byDate(a, b) || text0(a.fieldStart, b.fieldStart) || text0(a.pollster, b.pollster);

/**
 * Two points are one poll when they have the same end date, field start and pollster. Several polls
 * may end on one day (different pollsters, or one pollster's overlapping surveys); one poll twice is
 * an error, naming both input indices.
 */
function duplicatePolls(
  points: readonly Record<string, unknown>[],
  sorted: readonly Record<string, unknown>[],
  path: string,
  issues: Issues,
) {
  if (
    !sorted.some((p, i) => i > 0 && p?.date !== undefined && byPoll(p, sorted[i - 1] as Record<string, unknown>) === 0)
  )
    return;
  const seen = new Map<string, number>();
  points.forEach((p, i) => {
    if (p?.date === undefined) return;
    const key = `${p.date}\u0000${p.fieldStart ?? ""}\u0000${p.pollster ?? ""}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      issues.push({
        path: `${path}.points[${i}]`,
        message: `expected a different poll from points[${first}], received the same poll again (same date, fieldStart and pollster)`,
      });
  });
}

/** Proportions (0.48) given where percent (48) is expected: every value between 0 and 1, some with decimals. */
function proportions(points: readonly Record<string, unknown>[], path: string, issues: Issues) {
  const values = points.map((p) => p?.value).filter((v): v is number => typeof v === "number");
  // One poll says too little to tell.
  if (values.length < 2 || !values.every((v) => v <= 1) || values.every((v) => Number.isInteger(v))) return;
  issues.push({
    path: `${path}.points`,
    message: `expected percent from 0 to 100, received values from ${Math.min(...values)} to ${Math.max(...values)}: values look like proportions; multiply by 100`,
  });
}

/** Reports the later of two items with the same `key`, naming the first. */
function unique(
  items: readonly Record<string, unknown>[],
  key: string,
  path: (i: number) => string,
  issues: Issues,
  what: (first: number) => string,
) {
  const seen = new Map<unknown, number>();
  items.forEach((item, i) => {
    if (item?.[key] === undefined) return;
    const first = seen.get(item[key]);
    if (first === undefined) seen.set(item[key], i);
    else fail(issues, `${path(i)}.${key}`, what(first), item[key]);
  });
}

const series = object(
  {
    id: [text, true],
    label: [text, true],
    question: [text],
    predicate: [text],
    points: [list(point, "poll points", "poll point"), true],
  },
  "a series object",
  (s, path, issues) => {
    const points = s.points as Record<string, unknown>[] | undefined;
    if (!points) return;
    const sorted = [...points].sort(byPoll);
    duplicatePolls(points, sorted, path, issues);
    proportions(points, path, issues);
    s.points = sorted;
  },
);

const event = object({ date: [date, true], label: [text, true] }, "an event object with a date and a label");

const dataset = object(
  {
    title: [text, true],
    subtitle: [text],
    population: [text],
    question: [text],
    pollster: [text],
    source: [source],
    events: [list(event, "events")],
    series: [list(series, "series", "series"), true],
  },
  "a dataset object with a title and a series list",
  (d, _, issues) => {
    if (d.series)
      unique(
        d.series as Record<string, unknown>[],
        "id",
        (i) => `series[${i}]`,
        issues,
        (first) => `an id not used by another series (series[${first}] has it)`,
      );
    (d.events as Record<string, unknown>[] | undefined)?.sort(byDate);
  },
);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const key in value) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates untrusted poll data, collecting every problem instead of throwing.
 *
 * @example
 * const result = safeParseDataset(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.path, issue.message);
 */
export function safeParseDataset(input: unknown): SafeParseResult {
  if (typeof input === "object" && input !== null && parsed.has(input))
    return { ok: true, value: input as PollDataset };
  const issues: Issues = [];
  const value = dataset(input, "", issues) as PollDataset;
  if (issues.length > 0) return { ok: false, issues };
  parsed.add(deepFreeze(value));
  return { ok: true, value };
}

/**
 * Validates untrusted poll data (parsed JSON, CSV rows, another app's objects) and returns a deeply
 * frozen {@link PollDataset} with each series' points and the events sorted by date. The input is
 * never mutated. A dataset this function returned is accepted again without a second check.
 *
 * @throws {PollDataError} listing every problem, each with its path, e.g. `series[0].points[1].value`.
 * @example
 * const dataset = parseDataset({ title: "Support for aid", series: [{ id: "aid", label: "Favor", points: [{ date: "2023-01-30", value: 48 }] }] });
 */
export function parseDataset(input: unknown): PollDataset {
  const result = safeParseDataset(input);
  if (!result.ok) throw new PollDataError(result.issues);
  return result.value;
}
