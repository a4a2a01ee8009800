import { orderedBy } from "../model/kind.js";
import type { PollProcessing } from "../model/types.js";
import { count } from "./en-count.js";
import type { NumberFormat } from "./numbers.js";

// What reading a file did to it, as the methods note says it in English. Every count is of rows of the
// file, or of polls where it says polls.

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** How many lines of one reason are listed before "and 12 others". */
const LINES_SAID = 10;

const rows = (n: number, f: NumberFormat) => `${count(n, f)} ${n === 1 ? "row" : "rows"}`;
/** Rows at the start of a sentence: "Two rows …", "312 rows …". */
const Rows = (n: number, f: NumberFormat) => rows(n, f).replace(/^./, (c) => c.toUpperCase());
const was = (n: number) => (n === 1 ? "was" : "were");

function reasonOf(reason: string, asOf: string | undefined, fullDate: (iso: string) => string): string {
  switch (reason) {
    case "start-after-end":
      return "start date after end date";
    case "after-as-of":
      return asOf ? `ended after ${fullDate(asOf)}` : "ended after the list's date";
    case "value-out-of-range":
      return "value out of range";
    case "value-missing":
      return "no value";
    case "value-not-a-number":
      return "value not a number";
    case "field-count":
      return "fields not as the header's";
    default:
      return "date not valid";
  }
}

/** "Two rows were left out: lines 824 and 1019, start date after end date." */
function leftOut(p: PollProcessing, f: NumberFormat, fullDate: (iso: string) => string): string {
  const skipped = p.invalidRowsSkipped ?? [];
  if (!skipped.length) return "";
  const byReason = new Map<string, number[]>();
  for (const { line, reason } of skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), line]);
  const groups = [...byReason].map(([reason, lines]) => {
    // Line numbers as an editor shows them: no thousands separator.
    const said = lines.slice(0, LINES_SAID).map(String);
    const more = lines.length - said.length;
    const which = more > 0 ? `${said.join(", ")} and ${count(more, f)} others` : list(said);
    return `${lines.length === 1 ? "line" : "lines"} ${which}, ${reasonOf(reason, p.asOf, fullDate)}`;
  });
  return `${Rows(skipped.length, f)} ${was(skipped.length)} left out: ${groups.join("; ")}.`;
}

/** "Of the file's 1,879 rows, the 120 where issue is “economy” or “inflation” were read." */
function filtered(p: PollProcessing, f: NumberFormat): string {
  if (!p.filter?.length || p.rowsInFile === undefined || p.rowsMatchingFilter === undefined) return "";
  const byColumn = new Map<string, string[]>();
  for (const { column, value } of p.filter) byColumn.set(column, [...(byColumn.get(column) ?? []), value]);
  const where = [...byColumn].map(([column, values]) =>
    values.length === 1 && values[0] === ""
      ? `${column} is empty`
      : `${column} is ${values.map((v) => (v === "" ? "empty" : `“${v}”`)).join(" or ")}`,
  );
  return (
    `Of the file’s ${rows(p.rowsInFile, f)}, the ${count(p.rowsMatchingFilter, f)} where ${list(where)} ` +
    `${was(p.rowsMatchingFilter)} read.`
  );
}

/** "Polls reported for several populations are counted once, for adults where a poll has them, …" */
function populations(p: PollProcessing, f: NumberFormat): string {
  const n = p.otherPopulationsDropped;
  if (!n) return "";
  const order = p.populationOrder;
  // The kind's order only where it chose the rows, not where the caller gave one (`populations`).
  const kind = orderedBy(p);
  const as = kind === "approval" ? ", as for approval ratings" : kind === "vote" ? ", as for vote intention" : "";
  const kept = order?.length
    ? `, for ${order[0]} where a poll has ` +
      `them${order.length > 1 ? `, otherwise ${list(order.slice(1)).replace(/ and ([^,]*)$/, " or $1")}` : ""}${as}`
    : "";
  return (
    `Polls reported for several populations are counted once${kept}; ${rows(n, f)} for other populations ` +
    `${was(n)} left out.`
  );
}

/**
 * English words of what reading the data did, for the methods note, with a variety's dates.
 *
 * @example
 * englishProcessing(formatFullDate)({ repeatedRowsDropped: 2 }, numberFormat());
 * // "2 rows that repeated an earlier row exactly were left out."
 */
export const englishProcessing =
  (fullDate: (iso: string) => string) =>
  (p: PollProcessing, f: NumberFormat): string => {
    const conflicting = p.conflictingRows ?? 0;
    return [
      filtered(p, f),
      leftOut(p, f, fullDate),
      p.repeatedRowsDropped
        ? `${Rows(p.repeatedRowsDropped, f)} that repeated an earlier row exactly ${was(p.repeatedRowsDropped)} ` +
          `left out.`
        : "",
      conflicting
        ? `${Rows(conflicting, f)} that gave another value for a poll listed before, with no question id to tell ` +
          `them apart, ${was(conflicting)} ${p.conflicts === "mean" ? "averaged with it" : "left out for the first"}.`
        : "",
      populations(p, f),
      p.rowsWithoutValueSkipped
        ? `${Rows(p.rowsWithoutValueSkipped, f)} without a value ${was(p.rowsWithoutValueSkipped)} skipped.`
        : "",
      p.questions && p.polls
        ? `Some polls asked more than one version of a question: ${f.number(p.questions)} questions from ` +
          `${f.number(p.polls)} polls.`
        : "",
      p.scaledFromProportions ? "Values given as proportions were multiplied by 100." : "",
    ]
      .filter(Boolean)
      .join(" ");
  };
