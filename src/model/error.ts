import { apiWords, formatPath, type Issue, type Message, type OptionWords, type Path } from "./schema.js";

/**
 * One problem found in the input: where, for a program and for a person, and what was expected.
 *
 * @example
 * const issue: PollDataIssue = {
 *   path: ["series", 0, "points", 1, "value"],
 *   where: "series[0].points[1].value",
 *   message: 'expected a number from -100 to 100, received "60"',
 * };
 */
export interface PollDataIssue {
  /**
   * Where the problem is, as keys and indices from the input's root: `["series", 0, "points", 1, "value"]`; `[]` for
   * the input itself; `["options", "width"]` for an option.
   */
  readonly path: Path;
  /** The same place for a person: `series[0].points[1].value`, or in a CSV `polls.csv line 4, column value`. */
  readonly where: string;
  /** What was expected and what was received, naming the other item in a clash ("… first at line 12"). */
  readonly message: string;
}

// One brand in the global symbol registry, shared by the ESM and the CommonJS builds: an app that
// loads both (the dual-package hazard) still sees one PollDataError.
const BRAND = Symbol.for("poll-trend.PollDataError");

/** The issues found, written for people at the edge: `where` places each, and a clash names its other item. */
export function issuesFor(
  issues: readonly Issue[],
  where: (path: Path) => string,
  other: (path: Path) => string = where,
  words: OptionWords = apiWords,
): PollDataIssue[] {
  const seen = new Set<string>();
  const out: PollDataIssue[] = [];
  for (const issue of issues) {
    const place = where(issue.path);
    const say = (message: Message) => (typeof message === "string" ? message : message(words));
    const first = issue.related ? `; first at ${other(issue.related)}` : "";
    const message = `${say(issue.message)}${first}${issue.note ? `; ${say(issue.note)}` : ""}`;
    // The same problem found twice at one place (a blank series name fails as both id and label): said once.
    const key = `${place}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: issue.path, where: place, message });
  }
  return out;
}

/** Where a path is in a JSON dataset (or in options): `series[0].points[1].value`, `options.width`. */
export const jsonWhere = (path: Path) => formatPath(path);

/**
 * Thrown for any invalid poll data or option. It carries every problem found, not only the first.
 * `instanceof PollDataError` holds across the ESM and CommonJS builds of this package.
 *
 * @example
 * try {
 *   parseDataset({ title: "Poll", series: [] });
 * } catch (error) {
 *   if (error instanceof PollDataError) console.log(error.issues[0].where); // "series"
 * }
 */
export class PollDataError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly PollDataIssue[];

  /** @param issues at least one problem; the message lists them all. */
  constructor(issues: readonly PollDataIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const what = issues.every((i) => i.path[0] === "options") ? "options" : "poll data";
    super(`Invalid ${what} (${count}):\n${issues.map((i) => `- ${i.where}: ${i.message}`).join("\n")}`);
    this.name = "PollDataError";
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }
}

Object.defineProperty(PollDataError.prototype, BRAND, { value: true });
// Defined here rather than as a static member, so the type declarations need no ES2015 lib.
// Subclasses keep the ordinary prototype check.
Object.defineProperty(PollDataError, Symbol.hasInstance, {
  value(this: unknown, value: unknown): boolean {
    if (this !== PollDataError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && Reflect.get(value, BRAND) === true;
  },
});

// The problems as data and where they are, so the CLI can say them in its own words (flags, not options).
const RAW = Symbol("poll-trend.issues");

/** A PollDataError for problems as data, placed by `where` (JSON-style paths by default). */
export function dataError(
  issues: readonly Issue[],
  where: (path: Path) => string = jsonWhere,
  other: (path: Path) => string = where,
): PollDataError {
  const error = new PollDataError(issuesFor(issues, where, other));
  Object.defineProperty(error, RAW, { value: (words: OptionWords) => issuesFor(issues, where, other, words) });
  return error;
}

/** The problems of an error in other words for options (the CLI's flags); as they are when it has none. */
export function issuesInWords(error: PollDataError, words: OptionWords): readonly PollDataIssue[] {
  const raw: ((words: OptionWords) => PollDataIssue[]) | undefined = Reflect.get(error, RAW);
  return raw ? raw(words) : error.issues;
}

/**
 * What a caught value says: an error's message, else the value as text (a script may throw a string).
 *
 * @example
 * messageOf(new Error("no such file")); // "no such file"
 * messageOf("oops");                    // "oops"
 */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A caught system error's code ("ENOENT", "MODULE_NOT_FOUND"), or `undefined` for any other value.
 *
 * @example
 * codeOf(Object.assign(new Error("no such file"), { code: "ENOENT" })); // "ENOENT"
 */
export const codeOf = (error: unknown): string | undefined => {
  const code: unknown = error instanceof Error ? Reflect.get(error, "code") : undefined;
  return typeof code === "string" ? code : undefined;
};
