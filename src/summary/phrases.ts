import { formatFullDate, formatMonth, formatMonthYear } from "../format/date.js";
import type { NumberFormat } from "../format/number.js";
import type { PollDataset, PollPoint } from "../model/types.js";
import type { SeriesFacts, TrendFacts } from "./facts.js";

// How many polls of a series fall in each month; series are frozen, so this is computed once.
const monthCounts = new WeakMap<readonly PollPoint[], Map<string, number>>();

function pollsInMonth(all: readonly PollPoint[], month: string): number {
  let counts = monthCounts.get(all);
  if (!counts) {
    counts = new Map();
    for (const p of all) {
      const key = p.date.slice(0, 7);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    monthCounts.set(all, counts);
  }
  return counts.get(month) ?? 0;
}

/** "May 2022", or the full date when another poll of the series falls in the same month. */
export function when(
  point: { readonly date: string },
  all: readonly PollPoint[],
  sameYearAs?: { readonly date: string },
): string {
  const month = point.date.slice(0, 7);
  if (pollsInMonth(all, month) > 1) return formatFullDate(point.date);
  if (sameYearAs && sameYearAs.date.slice(0, 4) === point.date.slice(0, 4) && sameYearAs.date.slice(0, 7) !== month)
    return formatMonth(point.date);
  return formatMonthYear(point.date);
}

/** AP prepositions: "in May 2022", "in January", but "on Jan. 30, 2023". */
export const at = (date: string) => `${/\d,/.test(date) ? "on" : "in"} ${date}`;

/** Capitalizes the first letter of a sentence. */
export const capital = (text: string) => `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;

/** "A, B and C". */
export function list(items: readonly string[]): string {
  return items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** When an extreme was reached: "in March 2022", "in January and November 2023", "on Jan. 5 and Jan. 30, 2023". */
export function datesOf(polls: readonly PollPoint[], all: readonly PollPoint[]): string {
  if (polls.length > 3)
    return `in ${polls.length} polls, most recently ${at(when(polls[polls.length - 1] as PollPoint, all))}`;
  let names = polls.map((p) => when(p, all));
  // One preposition for the list: all full dates ("on") when any needs one.
  const full = names.some((n) => /\d,/.test(n));
  if (full) names = polls.map((p) => formatFullDate(p.date));
  const year = names[0]?.slice(-4);
  // "January and November 2023" rather than "January 2023 and November 2023"; likewise "Jan. 5 and Jan. 30, 2023".
  if (names.length > 1 && names.every((n) => n.endsWith(year ?? "")))
    names = names.map((n, i) => (i < names.length - 1 ? n.replace(/,? \d{4}$/, "") : n));
  return `${full ? "on" : "in"} ${list(names)}`;
}

/** "Springfield Poll" is already a poll: never "Springfield Poll poll". */
export const pollBy = (pollster: string) => (/\bpoll$/i.test(pollster) ? pollster : `${pollster} poll`);

/** AP possessive: "Gallup’s", but "McLaughlin & Associates’". */
export const possessive = (name: string) => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

/** "March 2022", or "March to May 2022" within a year, or "March 2022 to May 2023". */
export function monthRange(from: string, to: string): string {
  const [a, b] = [formatMonthYear(from), formatMonthYear(to)];
  if (a === b) return a;
  return from.slice(0, 4) === to.slice(0, 4) ? `${formatMonth(from)} to ${b}` : `${a} to ${b}`;
}

/** What the sentences are written from: the dataset, its facts and the one number formatter. */
export interface Context {
  readonly dataset: PollDataset;
  readonly facts: TrendFacts;
  readonly f: NumberFormat;
}

/** "no poll between March 2010 and May 2016", for the gaps a change spans. */
export function gapPhrase(facts: SeriesFacts, from: PollPoint, to: PollPoint): string {
  const spanned = facts.gaps.filter((g) => g.from.date >= from.date && g.to.date <= to.date);
  const longest = spanned.reduce<(typeof spanned)[number] | undefined>(
    (a, g) =>
      !a || Date.parse(g.to.date) - Date.parse(g.from.date) > Date.parse(a.to.date) - Date.parse(a.from.date) ? g : a,
    undefined,
  );
  if (!longest) return "";
  const hole = `no poll between ${formatMonthYear(longest.from.date)} and ${formatMonthYear(longest.to.date)}`;
  return spanned.length > 1 ? `gaps in the polling, the longest with ${hole}` : hole;
}
