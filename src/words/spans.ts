import type { PollPoint } from "../model/types.js";
import type { SeriesFacts } from "../trend/facts.js";
import type { PreparedTrend } from "../trend/prepare.js";

// Spans of time the words name: holes in the polling, and how far back "a month earlier" reaches.

/** The longest of some gaps in the polling. */
function longest(gaps: SeriesFacts["gaps"]) {
  let best = gaps[0];
  const length = (g: (typeof gaps)[number]) => Date.parse(g.to.date) - Date.parse(g.from.date);
  for (const g of gaps) if (best && length(g) > length(best)) best = g;
  return best;
}

/** The gaps a change spans: "no poll between March 2010 and May 2016", or the longest of several. */
export function gapPhrase(facts: SeriesFacts, from: PollPoint, to: PollPoint, t: PreparedTrend): string {
  const spanned = facts.gaps.filter((g) => g.from.date >= from.date && g.to.date <= to.date);
  const gap = longest(spanned);
  if (!gap) return "";
  const hole = t.words.noPollBetween(gap.from.date, gap.to.date);
  return spanned.length > 1 ? t.words.gapsLongest(hole) : hole;
}

/** The longest hole in a series' polling: "no poll between March 2010 and May 2016"; empty without one. */
export function longestGap(facts: SeriesFacts, t: PreparedTrend): string {
  const gap = longest(facts.gaps);
  return gap ? t.words.noPollBetween(gap.from.date, gap.to.date) : "";
}

/** Whether an average's change is over about a month (within 5 days of 30): else it is not "in a month". */
export const nearAMonth = (s: SeriesFacts) => Math.abs((s.average?.daysBefore ?? 30) - 30) <= 5;
