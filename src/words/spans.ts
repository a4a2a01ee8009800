import { utcTime } from "../model/dates.js";
import type { PollPoint } from "../model/types.js";
import type { SeriesFacts } from "../trend/facts.js";
import type { PreparedTrend } from "../trend/prepare.js";

// Spans of time the words name: holes in the polling, and how far back "a month earlier" reaches.

/** The longest of some gaps in the polling. */
function longest(gaps: SeriesFacts["gaps"]) {
  let best = gaps[0];
  const length = (g: (typeof gaps)[number]) => utcTime(g.to.date) - utcTime(g.from.date);
  for (const g of gaps) if (best && length(g) > length(best)) best = g;
  return best;
}

/**
 * The gaps a change spans, as a clause after it: ", with no poll reporting it between March 2010 and May
 * 2016", or the longest of several; empty when it spans none.
 */
export function gapClause(facts: SeriesFacts, from: PollPoint, to: PollPoint, t: PreparedTrend): string {
  const spanned = facts.gaps.filter((g) => g.from.date >= from.date && g.to.date <= to.date);
  const gap = longest(spanned);
  return gap ? t.words.gap(gap.from.date, gap.to.date, spanned.length > 1) : "";
}

/** The longest hole in a series' polling: the polls either side of it; `undefined` without one. */
export const longestGap = (facts: SeriesFacts) => longest(facts.gaps);

/** Whether an average's change is over about a month (within 5 days of 30): else it is not "in a month". */
export const nearAMonth = (s: SeriesFacts) => Math.abs((s.average?.daysBefore ?? 30) - 30) <= 5;
