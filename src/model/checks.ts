import { isIsoDate } from "./dates.js";
import type { PollDataIssue } from "./types.js";

// The building blocks of parseDataset: checks that return a value or report a problem at a path.

export type Issues = PollDataIssue[];

/** What a check returns when a value fails: what was expected. Paths are built only then. */
export class Problem {
  constructor(readonly expected: string) {}
}

/** A leaf check: the value, or a Problem. */
export type Leaf = (value: unknown) => unknown;
/** A nested check (object, list, record), which reports its own problems at its path. */
export type Nested = ((value: unknown, path: string, issues: Issues) => unknown) & { readonly nested: true };
export type Check = Leaf | Nested;
/** An object's fields: each with its check and whether it is required. */
export type Schema = Record<string, readonly [Check, boolean?]>;

// XML 1.0 forbids C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates;
// DEL and C1 controls are allowed by XML but are never meant as text.
const ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is rejected
  /[\0-\b\v\f\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function received(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return "nothing";
  if (value === null || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length ? "an array" : "an empty list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

export function fail(issues: Issues, path: string, expected: string, value: unknown): undefined {
  issues.push({ path, message: `expected ${expected}, received ${received(value)}` });
  return undefined;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const nested = (check: (value: unknown, path: string, issues: Issues) => unknown) =>
  Object.assign(check, { nested: true as const });

/** A leaf check that accepts values passing `test`. */
const when = (test: (value: unknown) => boolean, expected: string): Leaf => {
  const problem = new Problem(expected);
  return (value) => (test(value) ? value : problem);
};

const NOT_TEXT = new Problem("a non-empty string");
export const text: Leaf = (value) => {
  if (typeof value !== "string" || !value.trim()) return NOT_TEXT;
  const bad = ILLEGAL.exec(value);
  if (!bad) return value;
  const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return new Problem(`text without control characters or lone surrogates (found U+${code} at index ${bad.index})`);
};
export const boolean = when((v) => typeof v === "boolean", "true or false");
export const date = when((v) => typeof v === "string" && isIsoDate(v), "a calendar date written YYYY-MM-DD");
export const percent = when((v) => typeof v === "number" && v >= 0 && v <= 100, "a number from 0 to 100");
/** A sample size: aggregators publish effective sample sizes with decimals (2202.5), so any positive number. */
export const sampleSize = when(
  (v) => typeof v === "number" && Number.isFinite(v) && v > 0,
  "a positive number of respondents",
);
const NOT_URL = new Problem("an http: or https: URL");
export const url: Leaf = (value) => {
  const checked = text(value);
  return checked instanceof Problem || /^https?:\/\/[^\s/?#]+\S*$/i.test(checked as string) ? checked : NOT_URL;
};

/** Runs one check, reporting a failed leaf at `path`. */
export function run(check: Check, value: unknown, path: string, issues: Issues): unknown {
  if ("nested" in check) return check(value, path, issues);
  const out = check(value);
  return out instanceof Problem ? fail(issues, path, out.expected, value) : out;
}

export const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** An object with known fields only, so that no input is silently dropped. */
export const object = (
  schema: Schema,
  what: string,
  after?: (result: Record<string, unknown>, path: string, issues: Issues) => void,
): Nested => {
  const keys = Object.keys(schema);
  const checks = keys.map((key) => schema[key]?.[0] as Check);
  const required = keys.map((key) => schema[key]?.[1] === true);
  const isNested = checks.map((check) => "nested" in check);
  const known = `no such field (known fields: ${keys.join(", ")})`;
  return nested((value, path, issues) => {
    if (!isObject(value)) return fail(issues, path || "dataset", what, value);
    for (const key of Object.keys(value))
      if (!Object.hasOwn(schema, key)) fail(issues, join(path, key), known, value[key]);
    const result: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const field = value[key];
      if (field === undefined && !required[i]) continue;
      const check = checks[i] as Check;
      // Build the field's path only when a nested check needs it or the value fails.
      const out = isNested[i] ? (check as Nested)(field, join(path, key), issues) : (check as Leaf)(field);
      if (out instanceof Problem) fail(issues, join(path, key), out.expected, field);
      else if (out !== undefined) result[key] = out;
    }
    after?.(result, path, issues);
    return result;
  });
};

/** A list of items; `one` names an item when the list must not be empty. */
export const list = (item: Check, what: string, one?: string): Nested =>
  nested((value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, `a list of ${what}`, value);
    if (one && value.length === 0) return fail(issues, path, `at least one ${one}`, value);
    // A failed item stays as a hole, so later paths keep their input index; the list is then discarded.
    const result: unknown[] = [];
    for (let i = 0; i < value.length; i++) result.push(run(item, value[i], `${path}[${i}]`, issues));
    return result;
  });
