import { parseIsoDate } from "./dates.js";
import { PollDataError } from "./error.js";
import type { PollDataIssue, PollDataset, PollEvent, PollPoint, PollSeries, PollSource } from "./types.js";

/** The result of {@link safeParseDataset}: the dataset, or every problem found. */
export type SafeParseResult =
  | { readonly ok: true; readonly value: PollDataset }
  | { readonly ok: false; readonly issues: readonly PollDataIssue[] };

type Input = Record<string, unknown>;

// Datasets this module produced. They are frozen, so they cannot have changed since.
const parsed = new WeakSet<object>();

// XML 1.0 forbids C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates;
// DEL and C1 controls are allowed by XML but are never meant as text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what we reject
const ILLEGAL_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function received(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Input {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

class Reader {
  readonly issues: PollDataIssue[] = [];

  fail(path: string, expected: string, value: unknown): undefined {
    this.issues.push({ path, message: `expected ${expected}, received ${received(value)}` });
    return undefined;
  }

  /** Reports fields the model does not know, so that no input is silently dropped. */
  object(value: unknown, path: string, known: readonly string[], what: string): Input | undefined {
    if (!isRecord(value)) return this.fail(path, what, value);
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.fail(`${path}.${key}`, `no such field (known fields: ${known.join(", ")})`, value[key]);
    }
    return value;
  }

  text(object: Input, key: string, path: string, required = false): string | undefined {
    const value = object[key];
    if (value === undefined && !required) return undefined;
    const at = `${path}.${key}`.replace(/^dataset\./, "");
    if (typeof value !== "string" || value.trim() === "") return this.fail(at, "a non-empty string", value);
    const bad = ILLEGAL_TEXT.exec(value);
    if (bad) {
      const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      return this.fail(at, `text without control characters or lone surrogates (found U+${code} at index ${bad.index})`, value);
    }
    return value;
  }

  date(object: Input, key: string, path: string, required = false): string | undefined {
    const value = object[key];
    if (value === undefined && !required) return undefined;
    if (typeof value === "string" && parseIsoDate(value)) return value;
    return this.fail(`${path}.${key}`, "a calendar date written YYYY-MM-DD", value);
  }

  number(object: Input, key: string, path: string, expected: string, ok: (n: number) => boolean, required = false) {
    const value = object[key];
    if (value === undefined && !required) return undefined;
    if (typeof value === "number" && Number.isFinite(value) && ok(value)) return value;
    return this.fail(`${path}.${key}`, expected, value);
  }

  url(object: Input, key: string, path: string): string | undefined {
    const value = this.text(object, key, path);
    if (value === undefined) return undefined;
    if (/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value)) return value;
    return this.fail(`${path}.${key}`, "an http: or https: URL", value);
  }

  list(object: Input, key: string, path: string, what: string, one: string, required: boolean): unknown[] | undefined {
    const value = object[key];
    if (value === undefined && !required) return undefined;
    const at = `${path}.${key}`.replace(/^dataset\./, "");
    if (!Array.isArray(value)) return this.fail(at, `a list of ${what}`, value);
    if (required && value.length === 0) {
      this.issues.push({ path: at, message: `expected at least one ${one}, received an empty list` });
      return undefined;
    }
    return value;
  }
}

const isPercent = (n: number) => n >= 0 && n <= 100;
const PERCENT = "a number from 0 to 100";

function source(r: Reader, value: unknown, path: string): PollSource | undefined {
  const input = r.object(value, path, ["name", "url", "note"], "an object with a name");
  if (!input) return undefined;
  return defined({ name: r.text(input, "name", path, true) ?? "", url: r.url(input, "url", path), note: r.text(input, "note", path) });
}

function responses(r: Reader, value: unknown, path: string): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value) || Object.keys(value).length === 0) return r.fail(path, "an object of answers to percentages", value);
  const result: Record<string, number> = {};
  for (const key of Object.keys(value)) {
    r.text({ [key]: key }, key, path);
    const share = r.number(value, key, path, PERCENT, isPercent, true);
    // defineProperty keeps an answer named "__proto__" as data, not as a prototype.
    if (share !== undefined) Object.defineProperty(result, key, { value: share, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

const POINT_FIELDS = ["date", "fieldStart", "value", "marginOfError", "sampleSize", "responses", "pollster", "sponsor", "mode", "citation", "note"];

function point(r: Reader, value: unknown, path: string): PollPoint | undefined {
  const input = r.object(value, path, POINT_FIELDS, "a poll point object");
  if (!input) return undefined;
  const date = r.date(input, "date", path, true);
  const fieldStart = r.date(input, "fieldStart", path);
  if (date && fieldStart && fieldStart > date) r.fail(`${path}.fieldStart`, `a date on or before date (${date})`, fieldStart);
  return defined({
    date: date ?? "",
    fieldStart,
    value: r.number(input, "value", path, PERCENT, isPercent, true) ?? 0,
    marginOfError: r.number(input, "marginOfError", path, "a number of percentage points from 0 to 100", isPercent),
    sampleSize: r.number(input, "sampleSize", path, "a positive whole number", (n) => Number.isSafeInteger(n) && n > 0),
    responses: responses(r, input.responses, `${path}.responses`),
    pollster: r.text(input, "pollster", path),
    sponsor: r.text(input, "sponsor", path),
    mode: r.text(input, "mode", path),
    citation: input.citation === undefined ? undefined : source(r, input.citation, `${path}.citation`),
    note: r.text(input, "note", path),
  });
}

function series(r: Reader, value: unknown, path: string): PollSeries | undefined {
  const input = r.object(value, path, ["id", "label", "question", "predicate", "points"], "a series object");
  if (!input) return undefined;
  const points: PollPoint[] = [];
  const seen = new Map<string, number>();
  (r.list(input, "points", path, "poll points", "poll point", true) ?? []).forEach((item, index) => {
    const result = point(r, item, `${path}.points[${index}]`);
    if (!result) return;
    const first = seen.get(result.date);
    if (first !== undefined) r.fail(`${path}.points[${index}].date`, `one poll per date (points[${first}] is also on ${result.date})`, result.date);
    else if (result.date) seen.set(result.date, index);
    points.push(result);
  });
  return defined({
    id: r.text(input, "id", path, true) ?? "",
    label: r.text(input, "label", path, true) ?? "",
    question: r.text(input, "question", path),
    predicate: r.text(input, "predicate", path),
    points: points.sort(byDate),
  });
}

function event(r: Reader, value: unknown, path: string): PollEvent | undefined {
  const input = r.object(value, path, ["date", "label"], "an event object with a date and a label");
  if (!input) return undefined;
  return { date: r.date(input, "date", path, true) ?? "", label: r.text(input, "label", path, true) ?? "" };
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function defined<T extends object>(object: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object as { [K in keyof T]: Exclude<T[K], undefined> };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const DATASET_FIELDS = ["title", "subtitle", "population", "question", "pollster", "source", "events", "series"];

/**
 * Validates untrusted poll data, collecting every problem instead of throwing.
 *
 * @example
 * const result = safeParseDataset(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.path, issue.message);
 */
export function safeParseDataset(input: unknown): SafeParseResult {
  if (typeof input === "object" && input !== null && parsed.has(input)) return { ok: true, value: input as PollDataset };
  const r = new Reader();
  const root = r.object(input, "dataset", DATASET_FIELDS, "a dataset object with a title and a series list");
  if (!root) return { ok: false, issues: r.issues };
  const path = "dataset";
  const list: PollSeries[] = [];
  const ids = new Map<string, number>();
  (r.list(root, "series", path, "series", "series", true) ?? []).forEach((item, index) => {
    const result = series(r, item, `series[${index}]`);
    if (!result) return;
    const first = ids.get(result.id);
    if (first !== undefined) r.fail(`series[${index}].id`, `an id not used by another series (series[${first}] has it)`, result.id);
    else if (result.id) ids.set(result.id, index);
    list.push(result);
  });
  const events = r.list(root, "events", path, "events", "event", false)?.map((item, index) => event(r, item, `events[${index}]`));
  const dataset = defined({
    title: r.text(root, "title", path, true) ?? "",
    subtitle: r.text(root, "subtitle", path),
    population: r.text(root, "population", path),
    question: r.text(root, "question", path),
    pollster: r.text(root, "pollster", path),
    source: root.source === undefined ? undefined : source(r, root.source, "source"),
    events: events?.filter((e): e is PollEvent => e !== undefined).sort(byDate),
    series: list,
  });
  if (r.issues.length > 0) return { ok: false, issues: r.issues };
  parsed.add(deepFreeze(dataset));
  return { ok: true, value: dataset };
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
