import { isIsoDate } from "./dates.js";

// The machinery behind every check of untrusted input (datasets, CSV rows, options): a table of fields
// per entity, from which the TypeScript type is inferred (as valibot's InferOutput does), so a new field
// is one edit that the compiler checks. Problems are collected as data, with their path as an array,
// and written for people only at the edge (PollDataError, a CSV's line and column, a CLI flag).

/** Where a problem is: keys and list indices from the input's root, e.g. `["series", 0, "points", 3, "date"]`. */
export type Path = readonly (string | number)[];

/**
 * How a message names an option that reads the input otherwise: `dateFormat: "M/D/YYYY"` in the API's
 * words, `--date-format M/D/YYYY` in the CLI's. A value is given as the API takes it.
 */
export type OptionWords = (option: string, value?: string | Readonly<Record<string, string>>) => string;

/**
 * The API's words for an option: `unknownColumns: "ignore"`, `valueColumns`, `filter: { column: "subgroup", value:
 * "Adults" }`.
 */
export const apiWords: OptionWords = (option, value) => {
  if (value === undefined) return option;
  if (typeof value === "string") return `${option}: ${JSON.stringify(value)}`;
  return `${option}: { ${Object.entries(value)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(", ")} }`;
};

/** A message, or one that names options, written at the edge in its words. */
export type Message = string | ((words: OptionWords) => string);

/** One problem, as data: where, what was expected and received, and the other item it clashes with. */
export interface Issue {
  readonly path: Path;
  /** "expected …, received …". */
  readonly message: Message;
  /** Where the other item is, for a problem between two (the same poll twice): said at the edge. */
  readonly related?: Path;
  /** More about it, said after where the other item is: what tells the two apart, how to keep one. */
  readonly note?: Message;
}

/** The problems found so far; checks push onto it. */
export type Issues = Issue[];

/** What a leaf check returns for a bad value: what was expected. Paths are built only then. */
export class Problem {
  constructor(readonly expected: string) {}
}

/** A check of one value: the value (perhaps converted), or a {@link Problem}. */
export type Leaf<T> = (value: unknown) => T | Problem;
/** A check of a nested value (an object, a list), which reports its own problems below `path`. */
export type Nested<T> = ((value: unknown, path: Path, issues: Issues) => T | undefined) & { readonly nested: true };
/** Either kind of check. */
export type Check<T> = Leaf<T> | Nested<T>;

/** One field of an entity: its check, whether it must be there, its default, and the CSV headers it is read from. */
export interface Field<T, R extends boolean = boolean> {
  readonly check: Check<T>;
  readonly required: R;
  /** The value when the field is missing (options only). */
  readonly fallback?: T;
}

// biome-ignore lint/suspicious/noExplicitAny: a field of any type, for the table's constraint
export type Fields = Record<string, Field<any, boolean>>;

type Value<F> = F extends Field<infer T, boolean> ? T : never;
type RequiredKeys<S extends Fields> = { [K in keyof S]: S[K] extends Field<unknown, true> ? K : never }[keyof S];
type OptionalKeys<S extends Fields> = Exclude<keyof S, RequiredKeys<S>>;
type Flat<T> = { readonly [K in keyof T]: T[K] } & {};

/** The type of a valid entity: required fields present, optional ones possibly absent, all read-only. */
export type Infer<S extends Fields> = Flat<
  { [K in keyof S as K extends RequiredKeys<S> ? K : never]: Value<S[K]> } & {
    [K in keyof S as K extends OptionalKeys<S> ? K : never]?: Value<S[K]>;
  }
>;

/** The type of options once checked: fields with a default are always present. */
export type Resolve<S extends Fields> = Flat<
  { [K in keyof S as S[K] extends { fallback: unknown } ? K : never]: Value<S[K]> } & {
    [K in keyof S as S[K] extends { fallback: unknown } ? never : K]: Value<S[K]> | undefined;
  }
>;

/** A field that must be present. */
export const required = /* @__NO_SIDE_EFFECTS__ */ <T>(check: Check<T>): Field<T, true> => ({ check, required: true });

/** A field that may be absent. */
export const optional = /* @__NO_SIDE_EFFECTS__ */ <T>(check: Check<T>): Field<T, false> => ({
  check,
  required: false,
});

/** An option with a default. */
export const withDefault = /* @__NO_SIDE_EFFECTS__ */ <T>(
  check: Check<T>,
  fallback: T,
): Field<T, false> & { readonly fallback: T } => ({
  check,
  required: false,
  fallback,
});

/** How a value that failed is shown: short, and never the whole of a long text. */
export function received(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return "nothing";
  if (value === null || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length ? "an array" : "an empty list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Records "expected …, received …" at a path; returns `undefined` for the caller to pass on. */
export function fail(issues: Issues, path: Path, expected: string, value: unknown, related?: Path): undefined {
  issues.push({ path, message: `expected ${expected}, received ${received(value)}`, ...(related ? { related } : {}) });
  return undefined;
}

/** A finite number: `Number.isFinite`, which never converts, as a type guard. */
export const finite = (value: unknown): value is number => Number.isFinite(value);

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Marks a function as a nested check. */
export const nested = /* @__NO_SIDE_EFFECTS__ */ <T>(
  check: (value: unknown, path: Path, issues: Issues) => T | undefined,
): Nested<T> => Object.assign(check, { nested: true as const });

/** Runs a check, reporting a failed leaf at `path`. */
export function run<T>(check: Check<T>, value: unknown, path: Path, issues: Issues): T | undefined {
  if ("nested" in check) return check(value, path, issues);
  const out = check(value);
  return out instanceof Problem ? fail(issues, path, out.expected, value) : out;
}

/** A leaf check that accepts the values passing `test`. */
export function when<T>(test: (value: unknown) => value is T, expected: string): Leaf<T>;
export function when<T>(test: (value: unknown) => boolean, expected: string): Leaf<T>;
/* @__NO_SIDE_EFFECTS__ */
export function when<T>(test: (value: unknown) => boolean, expected: string): Leaf<T> {
  const problem = new Problem(expected);
  return (value) => (test(value) ? (value as T) : problem);
}

/** One of some literal values. */
export const oneOf = /* @__NO_SIDE_EFFECTS__ */ <T extends string | boolean>(...allowed: readonly T[]): Leaf<T> =>
  when<T>(
    (v) => allowed.includes(v as T),
    allowed.map((a) => (typeof a === "string" ? `"${a}"` : String(a))).join(" or "),
  );

/**
 * An object with known fields only, so that no input is silently dropped: each field checked by its own
 * check, in the order the value lists them (a required one it lacks last); `after` checks relations
 * between fields once they are all read.
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<S extends Fields>(
  fields: S,
  what: string,
  after?: (result: Record<string, unknown>, path: Path, issues: Issues) => void,
  item = "field",
): Nested<Infer<S>> {
  const keys = Object.keys(fields);
  const known = `a known ${item} (${keys.join(", ")})`;
  const needed = keys.filter((key) => fields[key]?.required);
  const table = new Map(Object.entries(fields));
  return nested((value, path, issues) => {
    if (!isObject(value)) return fail(issues, path, what, value);
    const result: Record<string, unknown> = {};
    // Only the fields the value has are read (a poll has a few of its fifteen), then any required one it lacks.
    const read = (key: string, field: Field<unknown>, input: unknown) => {
      if (input === undefined && !field.required) return;
      const { check } = field;
      // A nested check gets its path; a leaf's path is built only when it fails.
      const out = "nested" in check ? check(input, [...path, key], issues) : check(input);
      if (out instanceof Problem) fail(issues, [...path, key], out.expected, input);
      else if (out !== undefined) result[key] = out;
    };
    let found = 0;
    // for…in with value[key] reads by the object's own layout (a keyed load by name is a hash lookup).
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const field = table.get(key);
      if (field) {
        found += field.required ? 1 : 0;
        read(key, field, value[key]);
      } else
        issues.push({
          path: [...path, key],
          message:
            `expected ${known}, received ${item === "field" ? "a field" : "an option"} named ` +
            `${JSON.stringify(key)}`,
        });
    }
    if (found < needed.length)
      for (const key of needed) if (!Object.hasOwn(value, key)) read(key, fields[key]!, undefined);
    after?.(result, path, issues);
    return result as Infer<S>;
  });
}

/** A list of items; with `one`, the list must not be empty (`one` names an item). */
export const list = /* @__NO_SIDE_EFFECTS__ */ <T>(item: Check<T>, what: string, one?: string): Nested<readonly T[]> =>
  nested((value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, `a list of ${what}`, value);
    if (one && value.length === 0) return fail(issues, path, `at least one ${one}`, value);
    // A failed item stays as a hole, so later paths keep their input index; the list is then discarded.
    const result: T[] = [];
    for (let i = 0; i < value.length; i++) result.push(run(item, value[i], [...path, i], issues) as T);
    return result;
  });

/** Objects whose keys are free text and whose values pass `item`; at least one entry. */
export const record = /* @__NO_SIDE_EFFECTS__ */ <T>(
  item: Check<T>,
  key: Leaf<string>,
  what: string,
): Nested<Readonly<Record<string, T>>> =>
  nested((value, path, issues) => {
    if (!isObject(value) || Object.keys(value).length === 0) return fail(issues, path, what, value);
    const result: Record<string, T> = {};
    for (const name of Object.keys(value)) {
      run(key, name, path, issues);
      const checked = run(item, value[name], [...path, name], issues);
      // defineProperty keeps a key named "__proto__" as data, not as a prototype.
      if (checked !== undefined) {
        Object.defineProperty(result, name, { value: checked, enumerable: true, writable: true, configurable: true });
      }
    }
    return result;
  });

// XML 1.0 forbids C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates;
// DEL and C1 controls are allowed by XML but are never meant as text.
const ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is rejected
  /[\0-\b\v\f\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const NOT_TEXT = new Problem("a non-empty string");
/** Non-empty text without control characters or lone surrogates: safe in XML and HTML. */
export const text: Leaf<string> = (value) => {
  if (typeof value !== "string" || !value.trim()) return NOT_TEXT;
  const bad = ILLEGAL.exec(value);
  if (!bad) return value;
  const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return new Problem(`text without control characters or lone surrogates (found U+${code} at index ${bad.index})`);
};
export const boolean = when<boolean>((v) => typeof v === "boolean", "true or false");
export const date = when<string>((v) => typeof v === "string" && isIsoDate(v), "a calendar date written YYYY-MM-DD");
export const percent = when<number>((v) => typeof v === "number" && v >= 0 && v <= 100, "a number from 0 to 100");
/** A poll value: a share from 0 to 100, or a net value or lead from −100 to 100 (the series says which). */
export const signedPercent = when<number>(
  (v) => typeof v === "number" && v >= -100 && v <= 100,
  "a number from 0 to 100 (from -100 to 100 in a net series)",
);
/** A whole number of at least 1. */
export const count = when<number>(
  (v) => typeof v === "number" && Number.isInteger(v) && v >= 1,
  "a whole number of at least 1",
);
/** A sample size: aggregators publish effective sample sizes with decimals (2202.5), so any positive number. */
export const sampleSize = when<number>((v) => finite(v) && v > 0, "a positive number of respondents");
const NOT_URL = new Problem("an http: or https: URL");
/** A color written `#rrggbb`. */
export const hexColor = when<string>(
  (v) => typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v),
  "a color written #rrggbb",
);
/** An `http:` or `https:` URL. */
export const url: Leaf<string> = (value) => {
  const checked = text(value);
  return checked instanceof Problem || /^https?:\/\/[^\s/?#]+\S*$/i.test(checked) ? checked : NOT_URL;
};

/** A path for people: `series[0].points[3].date`; the input itself is `dataset` (or `root`). */
export function formatPath(path: Path, root = "dataset"): string {
  if (path.length === 0) return root;
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  return out;
}
