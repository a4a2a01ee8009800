import type { PollDataset, PollPoint } from "../model/types.js";
import { ESTIMATE_DECIMALS, round } from "../language/numbers.js";
import { pollKey } from "../model/polls.js";
import type { LeaderFacts, PartFacts, SeriesComparison, SeriesCrossing, SeriesFacts } from "./types.js";

export type { LeaderFacts, PartFacts, SeriesComparison, SeriesCrossing } from "./types.js";

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

/** Every part with its whole. */
export function partsOf(facts: readonly SeriesFacts[], _dataset: PollDataset): PartFacts[] {
  const byId = new Map(facts.map((s) => [s.series.id, s]));
  return facts.flatMap((part) => {
    const whole = part.series.partOf === undefined ? undefined : byId.get(part.series.partOf);
    return whole ? [{ part, whole, population: part.series.population ?? part.series.label }] : [];
  });
}
