import type { PollPoint } from "../model/types.js";
import type { When } from "../language/language.js";

// A series' points are a frozen array that every sentence about the series asks about: counted once.
const crowdedOf = new WeakMap<readonly PollPoint[], ReadonlySet<string>>();

/**
 * Which months of a series hold more than one poll: a poll there is dated by its day, not its month.
 * The points are a parsed series', sorted by date, so a month's polls are neighbours.
 */
export function crowdedMonths(points: readonly PollPoint[]): ReadonlySet<string> {
  const known = crowdedOf.get(points);
  if (known) return known;
  const crowded = new Set<string>();
  let last = "";
  for (const { date } of points) {
    const month = date.slice(0, 7);
    if (month === last) crowded.add(month);
    last = month;
  }
  crowdedOf.set(points, crowded);
  return crowded;
}

/**
 * How a sentence dates a poll of a series: its month ("May 2022"), or its day where another poll of the
 * series fell in the same month; the month alone ("March") when `sameYearAs` is in the same year and
 * another month.
 */
export function whenOf(
  point: { readonly date: string },
  crowded: ReadonlySet<string>,
  sameYearAs?: { readonly date: string },
): When {
  const month = point.date.slice(0, 7);
  if (crowded.has(month)) return { date: point.date, unit: "day" };
  if (sameYearAs && sameYearAs.date.slice(0, 4) === point.date.slice(0, 4) && sameYearAs.date.slice(0, 7) !== month) {
    return { date: point.date, unit: "month-in-year" };
  }
  return { date: point.date, unit: "month" };
}

/** A month as a sentence says it. */
export const monthOf = (date: string): When => ({ date, unit: "month" });
/** A day as a sentence says it. */
export const dayOf = (date: string): When => ({ date, unit: "day" });
