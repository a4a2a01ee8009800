import type { PollDataset, PollPoint, PollSeries } from "../model/types.js";
import { pollKey } from "../model/polls.js";
import type { SeriesFacts } from "./facts.js";

/** A comparison between two series that held every time both were measured. */
export interface SeriesComparison {
  /** The series that was higher every time. */
  readonly higher: PollSeries;
  /** The series that was lower every time. */
  readonly lower: PollSeries;
  /**
   * `"polls"`: compared in the same polls (same pollster, same field dates) that asked about both.
   * `"average"`: both series are poll averages, compared on every date both have an estimate.
   */
  readonly basis: "polls" | "average";
  /** How many polls (or, for averages, dates) measured both; at least two. */
  readonly polls: number;
  /** The first date compared, ISO `YYYY-MM-DD`. */
  readonly from: string;
  /** The last date compared, ISO `YYYY-MM-DD`. */
  readonly to: string;
}

/** The latest time one series overtook another and stayed ahead. */
export interface SeriesCrossing {
  /** The series ahead now. */
  readonly leader: PollSeries;
  /** The series it overtook. */
  readonly trailer: PollSeries;
  /** As for {@link SeriesComparison.basis}. */
  readonly basis: "polls" | "average";
  /** The date of the first poll (or average estimate) with the leader ahead, after it was not. */
  readonly date: string;
  /** The poll of the leader on that date, for `"polls"`, to date it as the summary dates polls. */
  readonly poll?: PollPoint;
  /** The latest date both were measured, ISO `YYYY-MM-DD`. */
  readonly latestDate: string;
  /** The leader's value on `latestDate`, in percent. */
  readonly leaderValue: number;
  /** The trailer's value on `latestDate`, in percent. */
  readonly trailerValue: number;
  /** Whether the crossing happened at the latest date both were measured: then it is the news. */
  readonly isLatest: boolean;
}

interface Pair {
  readonly date: string;
  readonly a: number;
  readonly b: number;
  readonly poll?: PollPoint;
}

/** Two series measured together: in the same polls, or both as averages on the same dates. */
function pairs(a: SeriesFacts, b: SeriesFacts, dataset: PollDataset): { basis: "polls" | "average"; pairs: Pair[] } {
  if (a.average && b.average) {
    const values = new Map(a.average.average.runs.flat().map((e) => [e.date, e.value]));
    const shared = b.average.average.runs.flat().filter((e) => values.has(e.date));
    return {
      basis: "average",
      pairs: shared.map((e) => ({ date: e.date, a: values.get(e.date) as number, b: e.value })),
    };
  }
  // The same poll: the same pollster, field start and end date.
  const values = new Map(a.series.points.map((p) => [pollKey(p, dataset), p.value]));
  const shared = b.series.points.filter((p) => values.has(pollKey(p, dataset)));
  return {
    basis: "polls",
    pairs: shared.map((p) => ({ date: p.date, a: values.get(pollKey(p, dataset)) as number, b: p.value, poll: p })),
  };
}

function eachPair(
  facts: readonly SeriesFacts[],
  dataset: PollDataset,
  visit: (a: SeriesFacts, b: SeriesFacts, basis: "polls" | "average", list: Pair[]) => void,
) {
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i] as SeriesFacts;
      const b = facts[j] as SeriesFacts;
      const { basis, pairs: list } = pairs(a, b, dataset);
      if (list.length >= 2) visit(a, b, basis, list);
    }
  }
}

/** The comparison with the most shared measurements among those that always held, if any. */
export function comparison(facts: readonly SeriesFacts[], dataset: PollDataset): SeriesComparison | undefined {
  let best: SeriesComparison | undefined;
  eachPair(facts, dataset, (a, b, basis, list) => {
    if (list.length <= (best?.polls ?? 0)) return;
    const aAbove = list.every((p) => p.a > p.b);
    const bAbove = list.every((p) => p.a < p.b);
    if (!aAbove && !bAbove) return;
    const [higher, lower] = aAbove ? [a.series, b.series] : [b.series, a.series];
    best = {
      higher,
      lower,
      basis,
      polls: list.length,
      from: list[0]?.date as string,
      to: list[list.length - 1]?.date as string,
    };
  });
  return best;
}

/** The most recent crossing, among all pairs of series, after which the leader stayed ahead. */
export function crossing(facts: readonly SeriesFacts[], dataset: PollDataset): SeriesCrossing | undefined {
  let best: SeriesCrossing | undefined;
  eachPair(facts, dataset, (a, b, basis, list) => {
    const last = list[list.length - 1] as Pair;
    if (last.a === last.b) return;
    const aLeads = last.a > last.b;
    const ahead = (p: Pair) => (aLeads ? p.a > p.b : p.b > p.a);
    let start = list.length - 1;
    while (start > 0 && ahead(list[start - 1] as Pair)) start--;
    if (start === 0) return;
    const at = list[start] as Pair;
    if (best && at.date <= best.date) return;
    best = {
      leader: aLeads ? a.series : b.series,
      trailer: aLeads ? b.series : a.series,
      basis,
      date: at.date,
      ...(at.poll ? { poll: at.poll } : {}),
      latestDate: last.date,
      leaderValue: aLeads ? last.a : last.b,
      trailerValue: aLeads ? last.b : last.a,
      isLatest: start === list.length - 1,
    };
  });
  return best;
}
