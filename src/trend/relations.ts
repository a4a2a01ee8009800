import type { PollDataset, PollPoint } from "../model/types.js";
import { decimalsOf, ESTIMATE_DECIMALS, round } from "../language/numbers.js";
import { pollsterOf, versionOf } from "../model/polls.js";
import type { AverageEstimate } from "../average/types.js";
import { pollReadings } from "../model/versions.js";
import type { LeaderFacts, PartFacts, SeriesComparison, SeriesCrossing, SeriesFacts } from "./types.js";
import { flatten } from "../model/list.js";

export type { LeaderFacts, PartFacts, SeriesComparison, SeriesCrossing } from "./types.js";

interface Pair {
  readonly date: string;
  readonly a: number;
  readonly b: number;
  readonly poll?: PollPoint;
  /** The margin of error of `a − b` (NaN where a poll published none). */
  readonly margin: number;
}

/** An estimate as it is printed and compared: one decimal. */
const shown = (value: number) => round(value, ESTIMATE_DECIMALS);

/** Two series measured together: in the same polls, or both as averages on the same dates (as printed). */
function pairs(a: SeriesFacts, b: SeriesFacts, dataset: PollDataset): { basis: "polls" | "average"; pairs: Pair[] } {
  if (a.average && b.average) {
    // Two averages' difference: √(h₁² + h₂²) of the half-widths of their 95% intervals.
    // A loop over the runs joined, not flatMap(): a tracker's two averages have thousands of days each.
    const values = new Map<string, AverageEstimate>();
    for (const e of flatten(a.average.average.runs)) values.set(e.date, e);
    const list: Pair[] = [];
    for (const e of flatten(b.average.average.runs)) {
      const o = values.get(e.date);
      if (o)
        list.push({
          date: e.date,
          a: shown(o.value),
          b: shown(e.value),
          margin: Math.hypot(o.upper - o.lower, e.upper - e.lower) / 2,
        });
    }
    return { basis: "average", pairs: list };
  }
  return { basis: "polls", pairs: pollPairs(a, b, dataset) };
}

/**
 * Two series asked about in one question of a poll (`versionOf`), each poll once: in the second series'
 * reading where that question asked about both, else in the first of its questions that did. Two matchups
 * of one poll (Trump against Biden, Trump against Harris) are no pair.
 */
function pollPairs(a: SeriesFacts, b: SeriesFacts, dataset: PollDataset): Pair[] {
  const values = new Map(a.series.points.map((p) => [versionOf(p, dataset), p.value]));
  // Each version's key from its reading's poll (`key`), worked out once.
  // map and filter, not flatMap: it is many times slower on thousands of polls.
  return pollReadings(b.series, dataset)
    .map(({ key, point, versions }) => {
      for (const p of [point, ...versions]) {
        const a = values.get(versionOf(p, dataset, key));
        // A lead in one poll: about twice the poll's margin, as a net value's (see PollSeries.measure).
        if (a !== undefined) return { date: p.date, a, b: p.value, poll: p, margin: 2 * Number(p.marginOfError) };
      }
      return undefined;
    })
    .filter((pair) => pair !== undefined);
}

/**
 * Rivals: two series of one measure and one whole: two answers or candidates of the whole sample, or two
 * parts of one whole (Democrats and Republicans). A part is never a rival of its whole, nor of the whole's
 * rivals: "Republicans who approve" is not compared with "Disapprove". Two net values of the whole sample
 * are two questions (a question has one net value: net approval on the economy, on inflation), so they
 * never lead one another.
 */
const rivals = (a: SeriesFacts, b: SeriesFacts): boolean =>
  a.measure === b.measure &&
  a.series.partOf === b.series.partOf &&
  (a.measure !== "net" || a.series.partOf !== undefined);

/**
 * Visits every pair of rivals measured together at least twice. In a field (which has a leader), only the
 * leader and the runner-up: the leader above a minor candidate in every poll, or its old overtaking of a
 * third while the two at the top are within their margin, is not news (Sinn Féin over Fianna Fáil in 2020,
 * told where Sinn Féin and Fine Gael had traded the lead), nor two minor candidates' order.
 */
function eachPair(
  facts: readonly SeriesFacts[],
  dataset: PollDataset,
  leader: LeaderFacts | undefined,
  visit: (a: SeriesFacts, b: SeriesFacts, basis: "polls" | "average", list: Pair[]) => void,
) {
  const two = leader && [leader.leader, leader.runnerUp];
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i]!;
      const b = facts[j]!;
      if (!rivals(a, b) || (two && !(two.includes(a) && two.includes(b)))) continue;
      const { basis, pairs: list } = pairs(a, b, dataset);
      if (list.length >= 2) visit(a, b, basis, list);
    }
  }
}

/** Each month's mean of a series' polls, by `YYYY-MM`: what the table by month shows. */
function monthlyMeans(points: readonly PollPoint[]): Map<string, number> {
  // One running sum a month, added to in place: not a new pair for every poll.
  const sums = new Map<string, [number, number]>();
  for (const p of points) {
    const key = p.date.slice(0, 7);
    const sum = sums.get(key);
    if (sum) {
      sum[0] += p.value;
      sum[1]++;
    } else sums.set(key, [p.value, 1]);
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
export function comparison(
  facts: readonly SeriesFacts[],
  dataset: PollDataset,
  leader: LeaderFacts | undefined,
): SeriesComparison | undefined {
  let best: SeriesComparison | undefined;
  eachPair(facts, dataset, leader, (a, b, basis, list) => {
    if (list.length <= (best?.polls ?? 0)) return;
    const aAbove = list.every((p) => p.a > p.b);
    const bAbove = list.every((p) => p.a < p.b);
    if (!aAbove && !bAbove) return;
    const higher = aAbove ? a : b;
    const lower = aAbove ? b : a;
    if (basis === "average" && !aboveEveryMonth(higher, lower)) return;
    best = {
      higher: higher.series,
      lower: lower.series,
      basis,
      polls: list.length,
      from: list[0]!.date,
      to: list.at(-1)!.date,
    };
  });
  return best;
}

/**
 * Whether a series' average reaches its latest poll. One that stopped before it (too uncertain to publish
 * there) is not the series' latest value: Hillary Clinton's average of May is not where she stood in
 * October's polls.
 */
export const reaches = (s: SeriesFacts): boolean => s.average?.latest.date === s.latest.date;

/**
 * What a series' latest value is, as its field is compared: its average's latest estimate where it reaches
 * the latest poll, else (or with `polls`) its latest poll. Its `date` dates the value the words give.
 */
export const latestOf = (s: SeriesFacts, polls: boolean): { readonly date: string; readonly value: number } =>
  !polls && reaches(s) ? s.average!.latest : s.latest;

/**
 * A series' latest value as a reader sees it ({@link latestOf}): its average's latest estimate to one
 * decimal, or its latest poll; with `polls` (a field compared by its polls) its latest poll.
 */
export const latestValue = (s: SeriesFacts, polls: boolean): number =>
  !polls && reaches(s) ? shown(s.average!.latest.value) : s.latest.value;

/** Whether one of a pair leads the other by more than the margin of error (any lead, where none was published). */
const clear = (p: Pair) => Math.abs(p.a - p.b) > (p.margin || 0);

/** How many times the lead changed hands along the pairs: ties, and leads within the margin, keep it where it was. */
function leadChanges(list: readonly Pair[]): number {
  let changes = 0;
  let leader = 0;
  for (const p of list) {
    const now = Math.sign(p.a - p.b);
    if (!clear(p)) continue;
    if (leader !== 0 && now !== leader) changes++;
    leader = now;
  }
  return changes;
}

/**
 * The most recent crossing, among all pairs of rival series: where the leader, now ahead by more than the
 * margin of error, went ahead after the other's last lead by more than it (a lead within the margin is no
 * lead changing hands, and where the other never led by more, nothing was overtaken). In a field of three
 * or more contenders, only a crossing of the leader and the runner-up is news: two minor candidates
 * trading places is not. Parts do not make a field: a subgroup beside "Approve" and "Disapprove" leaves
 * their crossing the news.
 */
export function crossing(
  facts: readonly SeriesFacts[],
  dataset: PollDataset,
  leader: LeaderFacts | undefined,
): SeriesCrossing | undefined {
  let best: SeriesCrossing | undefined;
  eachPair(facts, dataset, leader, (a, b, basis, list) => {
    // Along polls, only one pollster's: two pollsters' polls in turn swap a lead by their house effects
    // (FiveThirtyEight's generic ballot of 2017-19, where Democrats led 96% of the polls: "The lead
    // changed hands 56 times", each time a pollster of Republicans ahead came between two others).
    if (
      !a.current ||
      !b.current ||
      (basis === "polls" && new Set(list.map((p) => pollsterOf(p.poll!, dataset))).size > 1)
    )
      return;
    const last = list.at(-1)!;
    // A lead within its margin of error has not changed hands (nor a tie): no crossing to tell. Polls that
    // published no margin (NaN) are told, with their numbers.
    if (!clear(last)) return;
    const aLeads = last.a > last.b;
    const ahead = (p: Pair) => (aLeads ? p.a > p.b : p.b > p.a);
    // The lead changed hands after the other's last lead beyond the margin, where this one went ahead: a
    // day within it is no overtaking (Europe Elects' Britain, 2018-21: Labour's average 0.07 points ahead on
    // Dec. 29, 2020, against a margin of 2.6, was told as the Conservatives overtaking Labour that month).
    let start = list.length - 1;
    while (start >= 0 && (ahead(list[start]!) || !clear(list[start]!))) start--;
    if (start < 0) return;
    while (!ahead(list[start]!)) start++;
    const at = list[start]!;
    // A lead that changed hands inside a hole in either series' polling has no date to give.
    const before = list[start - 1]!.date;
    const inGap = (s: SeriesFacts) => s.gaps.some((g) => g.from.date >= before && g.to.date <= at.date);
    if (inGap(a) || inGap(b)) return;
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
      isLatest: at === last,
      // Beside a third rival, the two trading places is not the lead changing hands (Fianna Fáil led
      // Ireland's polls of 2016 to 2019 while Fine Gael and Sinn Féin traded second and third).
      changes: facts.filter((s) => rivals(s, a))[2] ? 1 : leadChanges(list),
    };
  });
  return best;
}

/** A series' latest value unrounded: its average's latest estimate, or (with `polls`) its latest poll. */
const latestRaw = (s: SeriesFacts, polls: boolean): number => latestOf(s, polls).value;

/**
 * The current series (polled lately, see {@link SeriesFacts.current}), highest first by their unrounded
 * latest values: the order of {@link latestValue} as printed, ties broken by what rounding hid.
 */
export const standingOf = (facts: readonly SeriesFacts[], polls: boolean): SeriesFacts[] =>
  facts.filter((s) => s.current).sort((a, b) => latestRaw(b, polls) - latestRaw(a, polls));

/**
 * The leader of a field of three or more contenders (shares of the whole sample, not parts), or of two
 * where the polls measure vote intention (`processing.pollKind`: two other series may be two questions, as
 * AP-NORC's are), never of approval, among those current; `undefined` with fewer than two current, or
 * where the top two were never asked about in one question. Compared by the averages that reach their
 * series' latest polls where the top two have such averages and no contender without one was last polled
 * as high as the runner-up's average, in a question with it (a minor candidate whose average stopped
 * leaves the field to the averages); else by everyone's latest poll: never an average set against a poll
 * for the lead, nor an average that stopped months before the latest polls.
 */
export function leaderOf(facts: readonly SeriesFacts[], dataset: PollDataset): LeaderFacts | undefined {
  // The contenders: shares of the whole sample (not parts), as many as there are.
  const field = facts.filter((s) => s.measure === "share" && s.series.partOf === undefined);
  const averaged = standingOf(field.filter(reaches), false);
  const polls =
    !averaged[1] ||
    // Two averages that end on different days are not one lead (LN's of Dec. 30 against M5S's of Jan. 28).
    averaged[1].latest.date !== averaged[0]!.latest.date ||
    field.some(
      (s) =>
        s.current &&
        !averaged.includes(s) &&
        s.latest.value >= latestRaw(averaged[1]!, false) &&
        // One never asked against the runner-up (Michelle Obama, in matchups with Trump) is not in its race.
        pollPairs(s, averaged[1]!, dataset)[0],
    );
  const [leader, runnerUp] = polls ? standingOf(field, true) : averaged;
  // Approval is no race: its series are answers (approve, disapprove) or issues, told by their own values.
  // Nor are two never asked in one question: approval of the economy and of immigration, or a list of
  // matchups (Obama against Trump, Harris against Trump).
  const kind = dataset.processing?.pollKind;
  if (!field[kind === "vote" ? 1 : 2] || kind === "approval" || !runnerUp) return undefined;
  // Nor questions asked apart: answers to one question add up to 100 at most, each rounded by half a point
  // (support for each of six gun laws, 90% and 88% in one poll of FiveThirtyEight's list, is no race).
  const sums: Record<string, number> = {};
  for (const s of field)
    for (const p of s.series.points)
      if (p.date === leader!.latest.date) {
        const key = versionOf(p, dataset);
        sums[key] = (sums[key] ?? 0) + p.value - 0.5;
        if (sums[key] > 100) return undefined;
      }
  const together = pollPairs(leader!, runnerUp, dataset);
  if (!together[0]) return undefined;
  // Read from polls, a lead is one poll's: where both latest values are one poll's, that poll's, told as one
  // poll (not "the latest polls"), a tie too; where they are two, the latest poll that asked about both,
  // if it puts them in the same order (Biden 54%, Sanders 49% in Harris Poll's, not 54% there against 44%
  // in YouGov's a week later).
  const apart = versionOf(leader!.latest, dataset) !== versionOf(runnerUp.latest, dataset);
  const last = polls ? together.at(-1) : undefined;
  const shared =
    last && (last.date >= leader!.latest.date || last.date >= runnerUp.latest.date) && (last.a > last.b || !apart)
      ? last
      : undefined;
  // Half a 95% interval: an average's, or a poll's published margin of error (NaN where none was).
  const half = (s: SeriesFacts) =>
    polls ? Number(s.latest.marginOfError) : (s.average!.latest.upper - s.average!.latest.lower) / 2;
  // From the unrounded values, then rounded as printed: 46.04 against 44.58 leads by 1.5, not 46.0 − 44.6;
  // averages' to one decimal, polls' to their own decimals. A runner-up means a leader.
  const values = shared ? [shared.a, shared.b] : [latestRaw(leader!, polls), latestRaw(runnerUp, polls)];
  return {
    leader: leader!,
    runnerUp,
    lead: round(
      values[0]! - values[1]!,
      polls ? Math.max(decimalsOf(values[0]!), decimalsOf(values[1]!)) : ESTIMATE_DECIMALS,
    ),
    basis: polls ? "polls" : "average",
    margin: shared ? shared.margin : Math.hypot(half(leader!), half(runnerUp)),
    ...(shared ? { shared: { poll: shared.poll!, leader: shared.a, runnerUp: shared.b } } : {}),
  };
}

/** Every part with its whole. */
export function partsOf(facts: readonly SeriesFacts[], _dataset: PollDataset): PartFacts[] {
  const byId = new Map(facts.map((s) => [s.series.id, s]));
  return flatten(
    facts.map((part) => {
      const whole = part.series.partOf === undefined ? undefined : byId.get(part.series.partOf);
      return whole ? [{ part, whole, population: part.series.population ?? part.series.label }] : [];
    }),
  );
}
