import type { PollDataset, PollPoint, PollSeries } from "../model/types.js";
import { ESTIMATE_DECIMALS, round } from "../words/numbers.js";
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

/** An estimate as it is printed and compared: one decimal. */
const shown = (value: number) => round(value, ESTIMATE_DECIMALS);

/** Two series measured together: in the same polls, or both as averages on the same dates (as printed). */
function pairs(a: SeriesFacts, b: SeriesFacts, dataset: PollDataset): { basis: "polls" | "average"; pairs: Pair[] } {
  if (a.average && b.average) {
    const values = new Map(a.average.average.runs.flat().map((e) => [e.date, shown(e.value)]));
    const shared = b.average.average.runs.flat().filter((e) => values.has(e.date));
    return {
      basis: "average",
      pairs: shared.map((e) => ({ date: e.date, a: values.get(e.date) as number, b: shown(e.value) })),
    };
  }
  // The same poll: the same pollster, sponsor, dates, population, sample and ids.
  const values = new Map(a.series.points.map((p) => [pollKey(p, dataset), p.value]));
  const shared = b.series.points.filter((p) => values.has(pollKey(p, dataset)));
  return {
    basis: "polls",
    pairs: shared.map((p) => ({ date: p.date, a: values.get(pollKey(p, dataset)) as number, b: p.value, poll: p })),
  };
}

/** Rivals: two series of one measure, neither a part of the other nor parts of one whole. */
function rivals(a: SeriesFacts, b: SeriesFacts): boolean {
  if (a.measure !== b.measure) return false;
  const [pa, pb] = [a.series.partOf, b.series.partOf];
  return pa !== b.series.id && pb !== a.series.id && (pa === undefined || pa !== pb);
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
      if (!rivals(a, b)) continue;
      const { basis, pairs: list } = pairs(a, b, dataset);
      if (list.length >= 2) visit(a, b, basis, list);
    }
  }
}

/** Each month's mean of a series' polls, by `YYYY-MM`: what the table by month shows. */
function monthlyMeans(points: readonly PollPoint[]): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const p of points) {
    const key = p.date.slice(0, 7);
    const [sum, n] = sums.get(key) ?? [0, 0];
    sums.set(key, [sum + p.value, n + 1]);
  }
  return new Map([...sums].map(([key, [sum, n]]) => [key, round(sum / n, ESTIMATE_DECIMALS)]));
}

/** Whether `higher`'s polls averaged above `lower`'s in every month both were polled. */
function aboveEveryMonth(higher: SeriesFacts, lower: SeriesFacts): boolean {
  const low = monthlyMeans(lower.series.points);
  for (const [month, mean] of monthlyMeans(higher.series.points)) {
    const other = low.get(month);
    if (other !== undefined && !(mean > other)) return false;
  }
  return true;
}

/**
 * The comparison with the most shared measurements among those that always held, if any. Between two
 * averages it must hold of the polls too: "throughout" is said only when, in every month both were
 * polled, the mean of one's polls was above the other's, as the table by month shows.
 */
export function comparison(facts: readonly SeriesFacts[], dataset: PollDataset): SeriesComparison | undefined {
  let best: SeriesComparison | undefined;
  eachPair(facts, dataset, (a, b, basis, list) => {
    if (list.length <= (best?.polls ?? 0)) return;
    const aAbove = list.every((p) => p.a > p.b);
    const bAbove = list.every((p) => p.a < p.b);
    if (!aAbove && !bAbove) return;
    const [higher, lower] = aAbove ? [a, b] : [b, a];
    if (basis === "average" && !aboveEveryMonth(higher, lower)) return;
    best = {
      higher: higher.series,
      lower: lower.series,
      basis,
      polls: list.length,
      from: list[0]?.date as string,
      to: list[list.length - 1]?.date as string,
    };
  });
  return best;
}

/** A series' latest value as a reader sees it: its average's latest estimate (to one decimal), or its latest poll. */
export const latestValue = (s: SeriesFacts): number => (s.average ? shown(s.average.latest.value) : s.latest.value);

/**
 * The most recent crossing, among all pairs of rival series, after which the leader stayed ahead. With
 * three or more series, only a crossing of the series that leads now is news: two minor candidates
 * trading places is not.
 */
export function crossing(facts: readonly SeriesFacts[], dataset: PollDataset): SeriesCrossing | undefined {
  let best: SeriesCrossing | undefined;
  const top = facts.length > 2 ? leaderOf(facts)?.leader : undefined;
  eachPair(facts, dataset, (a, b, basis, list) => {
    if (facts.length > 2 && a !== top && b !== top) return;
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

/** Who leads a field of three or more rival series now, by their latest values, and by how much. */
export interface LeaderFacts {
  /** The series with the highest latest value. */
  readonly leader: SeriesFacts;
  /** The next highest. */
  readonly runnerUp: SeriesFacts;
  /** Leader's latest value minus the runner-up's, in percentage points as printed; 0 is a tie. */
  readonly lead: number;
  /** Whether the values are the averages' latest estimates (all series have one) or the latest polls. */
  readonly basis: "polls" | "average";
}

/** The leader of three or more rival series (the shares among them, not parts), or `undefined`. */
export function leaderOf(facts: readonly SeriesFacts[]): LeaderFacts | undefined {
  const field = facts.filter((s) => s.measure === "share" && s.series.partOf === undefined);
  if (field.length < 3) return undefined;
  const sorted = [...field].sort((a, b) => latestValue(b) - latestValue(a));
  const [leader, runnerUp] = sorted as [SeriesFacts, SeriesFacts];
  return {
    leader,
    runnerUp,
    lead: round(latestValue(leader) - latestValue(runnerUp), ESTIMATE_DECIMALS),
    basis: field.every((s) => s.average) ? "average" : "polls",
  };
}

/** A series that is a part of another: a subgroup ("Republicans") of a whole ("All adults"). */
export interface PartFacts {
  /** The facts of the part (a series with `partOf`). */
  readonly part: SeriesFacts;
  /** The facts of the series it is part of. */
  readonly whole: SeriesFacts;
  /** Whom the part's polls surveyed: its `population`, or its label. */
  readonly population: string;
}

/** Every part with its whole. */
export function partsOf(facts: readonly SeriesFacts[], _dataset: PollDataset): PartFacts[] {
  const byId = new Map(facts.map((s) => [s.series.id, s]));
  return facts.flatMap((part) => {
    const whole = part.series.partOf === undefined ? undefined : byId.get(part.series.partOf);
    return whole ? [{ part, whole, population: part.series.population ?? part.series.label }] : [];
  });
}
