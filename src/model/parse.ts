import { dataError, issuesFor, jsonWhere, type PollDataIssue } from "./error.js";
import { checkRelations, PARSE_OPTION_FIELDS, type ParseOptions, type RowOf } from "./relations.js";
import { type Issue, type Issues, type Nested, object } from "./schema.js";
import { datasetCheck, type PollDataset } from "./types.js";
import { deepFreeze } from "./freeze.js";

export type { ParseOptions } from "./relations.js";

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

// A brand on each dataset this module produced, in the global symbol registry so the ESM and CommonJS
// builds share it. Such a dataset is deeply frozen, so it cannot have changed since.
const BRAND = Symbol.for("poll-trend.PollDataset");

/** Whether a value is a dataset that parsing made (by either build), frozen since. */
export const isParsed = (value: unknown): value is PollDataset =>
  typeof value === "object" && value !== null && Object.isFrozen(value) && Reflect.get(value, BRAND) === true;

const parseOptions = object(PARSE_OPTION_FIELDS, "an object of options");

/** Checks options against their table; problems at `["options", name]`. */
export function checkOptions<T>(check: Nested<T>, options: unknown, issues: Issues): T | undefined {
  return options === undefined ? ({} as T) : check(options, ["options"], issues);
}

/**
 * Parses with problems as data, at paths from the dataset's root. Internal: CSV maps them to its lines,
 * and says which row each point came from (`rowOf`), so that drops are counted in rows of the file.
 */
export function parseIssues(
  input: unknown,
  options: ParseOptions = {},
  rowOf?: RowOf,
): { value?: PollDataset; issues: Issue[] } {
  if (isParsed(input)) return { value: input, issues: [] };
  const issues: Issue[] = [];
  const fields = datasetCheck(input, [], issues);
  if (!fields || !Array.isArray(fields.series)) return { issues };
  // Relations are checked even when some fields failed, on the series that are whole: every problem is said at once.
  const complete = issues.length === 0;
  const related = checkRelations(fields, options, issues, rowOf);
  if (!related || !complete) return { issues };
  Object.defineProperty(related, BRAND, { value: true });
  return { value: deepFreeze(related), issues };
}

/**
 * Validates untrusted poll data, collecting every problem instead of throwing.
 *
 * @example
 * const result = safeParseDataset(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(`${issue.where}: ${issue.message}`);
 */
export function safeParseDataset(input: unknown, options?: ParseOptions): SafeParseResult {
  const { value, issues } = parseWithOptions(input, options);
  return value ? { ok: true, value } : { ok: false, issues: issuesFor(issues, jsonWhere) };
}

function parseWithOptions(input: unknown, options: unknown): { value?: PollDataset; issues: Issue[] } {
  const optionIssues: Issue[] = [];
  const checked = checkOptions(parseOptions, options, optionIssues);
  if (!checked || optionIssues.length) return { issues: optionIssues };
  return parseIssues(input, checked);
}

/**
 * Validates untrusted poll data (parsed JSON, CSV rows, another app's objects) and returns a deeply
 * frozen {@link PollDataset}: each series' points sorted by date, field start and pollster, the events by
 * date. The input is never mutated. A dataset this function returned is accepted again without a second
 * check. Besides each field, it checks that every poll appears once in a series (see {@link pollKey},
 * `options.duplicates` and `options.conflicts`), keeps one population of a poll listed for several (by
 * what the polls measure: `options.pollKind`, `options.populations`), keeps shares from 0 to 100 (a net
 * series, `measure: "net"`, from −100 to 100), and refuses proportions given for percent unless
 * `options.scale` says what the values are. What it dropped is counted in `processing`, in rows (one
 * poll's points across series are one row), with the questions and polls where a poll asked several
 * versions (see `pollReadings`).
 *
 * @throws {PollDataError} listing every problem, each with its path, e.g. `series[0].points[1].value`.
 * @example
 * const dataset = parseDataset({
 *   title: "Support for aid",
 *   series: [{ id: "aid", label: "Favor", points: [{ date: "2023-01-30", value: 48 }] }],
 * });
 */
export function parseDataset(input: unknown, options?: ParseOptions): PollDataset {
  const { value, issues } = parseWithOptions(input, options);
  if (!value) throw dataError(issues);
  return value;
}
