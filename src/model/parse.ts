import { parseIsoDate } from "./dates.js";
import { PollDataError } from "./error.js";
import type { PollDataIssue, PollDataset } from "./types.js";

/** The result of {@link safeParseDataset}: the dataset, or every problem found. */
export type SafeParseResult =
  | { readonly ok: true; readonly value: PollDataset }
  | { readonly ok: false; readonly issues: readonly PollDataIssue[] };

type Issues = PollDataIssue[];
/** Checks one value at a path: returns it (possibly rebuilt), or reports an issue and returns undefined. */
type Check = (value: unknown, path: string, issues: Issues) => unknown;
/** An object's fields: each with its check and whether it is required. */
type Schema = Record<string, readonly [Check, boolean?]>;

// Datasets this module produced. They are deeply frozen, so they cannot have changed since.
const parsed = new WeakSet<object>();

// XML 1.0 forbids C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates;
// DEL and C1 controls are allowed by XML but are never meant as text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is rejected
const ILLEGAL = /[\0-\b\v\f\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function received(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return "nothing";
  if (value === null || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length ? "an array" : "an empty list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function fail(issues: Issues, path: string, expected: string, value: unknown): undefined {
  issues.push({ path, message: `expected ${expected}, received ${received(value)}` });
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A check that accepts values passing `test`, with the message `expected`. */
const when =
  (test: (value: unknown) => boolean, expected: string): Check =>
  (value, path, issues) =>
    test(value) ? value : fail(issues, path, expected, value);

const text: Check = (value, path, issues) => {
  if (typeof value !== "string" || !value.trim()) return fail(issues, path, "a non-empty string", value);
  const bad = ILLEGAL.exec(value);
  if (!bad) return value;
  const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return fail(issues, path, `text without control characters or lone surrogates (found U+${code} at index ${bad.index})`, value);
};
const date = when((v) => typeof v === "string" && !!parseIsoDate(v), "a calendar date written YYYY-MM-DD");
const percent = when((v) => typeof v === "number" && v >= 0 && v <= 100, "a number from 0 to 100");
const count = when((v) => Number.isSafeInteger(v) && (v as number) > 0, "a positive whole number");
const url: Check = (value, path, issues) =>
  text(value, path, issues) && when((v) => /^https?:\/\/[^\s/?#]+\S*$/i.test(v as string), "an http: or https: URL")(value, path, issues);

/** An object with known fields only, so that no input is silently dropped. */
const object =
  (schema: Schema, what: string, after?: (result: Record<string, unknown>, path: string, issues: Issues) => void): Check =>
  (value, path, issues) => {
    if (!isObject(value)) return fail(issues, path || "dataset", what, value);
    const result: Record<string, unknown> = {};
    const at = (key: string) => (path ? `${path}.${key}` : key);
    for (const key of Object.keys(value)) {
      if (!(key in schema)) fail(issues, at(key), `no such field (known fields: ${Object.keys(schema).join(", ")})`, value[key]);
    }
    for (const [key, [check, required]] of Object.entries(schema)) {
      if (value[key] === undefined && !required) continue;
      const checked = check(value[key], at(key), issues);
      if (checked !== undefined) result[key] = checked;
    }
    after?.(result, path, issues);
    return result;
  };

/** A list of items; `one` names an item when the list must not be empty. */
const list =
  (item: Check, what: string, one?: string): Check =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, `a list of ${what}`, value);
    if (one && value.length === 0) return fail(issues, path, `at least one ${one}`, value);
    return value.map((v, i) => item(v, `${path}[${i}]`, issues)).filter((v) => v !== undefined);
  };

const responses: Check = (value, path, issues) => {
  if (!isObject(value) || Object.keys(value).length === 0) return fail(issues, path, "an object of answers to percentages", value);
  const result = {};
  for (const key of Object.keys(value)) {
    text(key, path, issues);
    const share = percent(value[key], `${path}.${key}`, issues);
    // defineProperty keeps an answer named "__proto__" as data, not as a prototype.
    if (share !== undefined) Object.defineProperty(result, key, { value: share, enumerable: true, writable: true, configurable: true });
  }
  return result;
};

const source = object({ name: [text, true], url: [url], note: [text] }, "an object with a name");

const point = object(
  {
    date: [date, true],
    fieldStart: [date],
    value: [percent, true],
    marginOfError: [percent],
    sampleSize: [count],
    responses: [responses],
    pollster: [text],
    sponsor: [text],
    mode: [text],
    citation: [source],
    note: [text],
  },
  "a poll point object",
  (p, path, issues) => {
    if (p.fieldStart && p.date && (p.fieldStart as string) > (p.date as string)) fail(issues, `${path}.fieldStart`, `a date on or before date (${p.date})`, p.fieldStart);
  },
);

const byDate = (a: { date?: unknown }, b: { date?: unknown }) => ((a.date as string) < (b.date as string) ? -1 : (a.date as string) > (b.date as string) ? 1 : 0);

/** Reports the later of two items with the same `key`, naming the first. */
function unique(items: readonly Record<string, unknown>[], key: string, path: (i: number) => string, issues: Issues, what: (first: number) => string) {
  const seen = new Map<unknown, number>();
  items.forEach((item, i) => {
    const first = seen.get(item[key]);
    if (item[key] === undefined) return;
    if (first === undefined) seen.set(item[key], i);
    else fail(issues, `${path(i)}.${key}`, what(first), item[key]);
  });
}

const series = object(
  { id: [text, true], label: [text, true], question: [text], predicate: [text], points: [list(point, "poll points", "poll point"), true] },
  "a series object",
  (s, path, issues) => {
    const points = s.points as Record<string, unknown>[] | undefined;
    if (!points) return;
    unique(points, "date", (i) => `${path}.points[${i}]`, issues, (first) => `one poll per date (points[${first}] has the same date)`);
    points.sort(byDate);
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
    if (d.series) unique(d.series as Record<string, unknown>[], "id", (i) => `series[${i}]`, issues, (first) => `an id not used by another series (series[${first}] has it)`);
    (d.events as Record<string, unknown>[] | undefined)?.sort(byDate);
  },
);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
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
  if (typeof input === "object" && input !== null && parsed.has(input)) return { ok: true, value: input as PollDataset };
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
