import { averageFactsFor } from "./averages.js";
import { fieldDate, polledSince, readingPoints } from "./field.js";
import { decimalsOf, round } from "../language/numbers.js";
import { splitRuns } from "../model/gaps.js";
import { parseDataset } from "../model/parse.js";
import { pollsterOf } from "../model/polls.js";
import type { PollDataset, PollPoint, PollSeries } from "../model/types.js";
import { comparison, crossing, leaderOf, partsOf } from "./relations.js";
import type { DescribeOptions, PollChange, PollExtreme, SeriesFacts, TrendFacts } from "./types.js";

export type {
  AverageFacts,
  DescribeOptions,
  PollChange,
  PollExtreme,
  PollGap,
  SeriesFacts,
  TrendFacts,
} from "./types.js";

/**
 * Compares two polls: the change in percentage points and, when both have margins, its significance.
 * In a net series (`measure: "net"`) each poll's margin is doubled first: a published margin is for one
 * share, and a lead's is about twice as large (see {@link PollSeries.measure}).
 */
export function compare(from: PollPoint, to: PollPoint, measure: "share" | "net" = "share"): PollChange {
  const points = round(to.value - from.value, Math.max(decimalsOf(from.value), decimalsOf(to.value)));
  if (from.marginOfError === undefined || to.marginOfError === undefined) return { from, to, points };
  const factor = measure === "net" ? 2 : 1;
  const marginOfError = Math.hypot(factor * from.marginOfError, factor * to.marginOfError);
  return { from, to, points, marginOfError, exceedsMargin: Math.abs(points) > marginOfError };
}

/** The high and the low of a series, each with every poll that reached it, in one pass. */
function extremes(points: readonly PollPoint[]): [PollExtreme, PollExtreme] {
  let high = points[0]?.value ?? 0;
  let low = high;
  for (const p of points) {
    if (p.value > high) high = p.value;
    if (p.value < low) low = p.value;
  }
  const highs: PollPoint[] = [];
  const lows: PollPoint[] = [];
  for (const p of points) {
    if (p.value === high) highs.push(p);
    if (p.value === low) lows.push(p);
  }
  return [
    { value: high, polls: highs },
    { value: low, polls: lows },
  ];
}

function seriesFacts(s: PollSeries, dataset: PollDataset, options: DescribeOptions, current: boolean): SeriesFacts {
  // A poll that asked several versions of the question is one reading: never a change from itself.
  const points = readingPoints(s, dataset);
  const polls = points === s.points ? s : { ...s, points };
  const measure = s.measure ?? "share";
  const latest = points.at(-1)!;
  const pollsters = [...new Set(points.map((p) => pollsterOf(p, dataset)).filter((p): p is string => p !== undefined))];
  // Changes are measured within one pollster: different pollsters' polls differ by method, not only by time.
  const own =
    pollsters.length > 1 ? points.filter((p) => pollsterOf(p, dataset) === pollsterOf(latest, dataset)) : points;
  const first = own[0]!;
  const previous = own.length > 1 ? own[own.length - 2] : undefined;
  const [high, low] = extremes(points);
  const runs = splitRuns(points, options.maxGapDays);
  const gaps = runs.slice(1).map((run, i) => ({ from: runs[i]?.[runs[i].length - 1] as PollPoint, to: run[0]! }));
  const average = averageFactsFor(
    polls,
    options.average ?? "auto",
    options.maxGapDays,
    dataset.pollster,
    options.averages,
  );
  return {
    series: s,
    measure,
    first,
    latest,
    polls: points.length,
    questions: s.points.length,
    current,
    ...(previous ? { previous, sincePrevious: compare(previous, latest, measure) } : {}),
    ...(own.length > 2 ? { overall: compare(first, latest, measure) } : {}),
    high,
    low,
    gaps,
    pollsters,
    ...(average ? { average } : {}),
  };
}

/**
 * Computes the facts of a trend: for each series the first, previous and latest polls, the changes in
 * percentage points with their margins of error, the high and low, the holes in the polling and, for
 * a tracker, its poll average; across series, a comparison that always held and the latest crossing.
 *
 * @throws {PollDataError} when the input is not a valid dataset.
 * @example
 * const [weapons] = describeTrend(apNorcUkraineSupport).series;
 * weapons.overall?.points; // -16
 */
export function describeTrend(input: PollDataset, options: DescribeOptions = {}): TrendFacts {
  const dataset = parseDataset(input);
  const asOf = fieldDate(dataset.series);
  // A field of three or more rivals stands as of its latest polls: a series polled long before is not in it.
  const field = dataset.series.filter((s) => s.partOf === undefined).length >= 3;
  const series = dataset.series.map((s) => seriesFacts(s, dataset, options, !field || polledSince(s, asOf)));
  const leader = leaderOf(series, dataset);
  const best = comparison(series, dataset, leader);
  const cross = crossing(series, dataset, leader);
  return {
    series,
    asOf,
    ...(best ? { comparison: best } : {}),
    ...(cross ? { crossing: cross } : {}),
    ...(leader ? { leader } : {}),
    parts: partsOf(series, dataset),
  };
}
