import { type AverageSetting, averageFactsFor, type SeriesAverage } from "../average/choose.js";
import type { AverageEstimate } from "../average/average.js";
import { decimalsOf, round } from "../words/numbers.js";
import { splitRuns } from "../model/gaps.js";
import { parseDataset } from "../model/parse.js";
import { pollsterOf } from "../model/polls.js";
import type { PollDataset, PollPoint, PollSeries } from "../model/types.js";
import {
  comparison,
  crossing,
  type LeaderFacts,
  leaderOf,
  type PartFacts,
  partsOf,
  type SeriesComparison,
  type SeriesCrossing,
} from "./relations.js";

/** A change between two polls of one series. */
export interface PollChange {
  /** The earlier poll. */
  readonly from: PollPoint;
  /** The later poll. */
  readonly to: PollPoint;
  /** `to.value - from.value` in percentage points, rounded to the data's own decimals. */
  readonly points: number;
  /**
   * The margin of error of the difference, √(m₁² + m₂²), in percentage points. Present only when
   * both polls published a margin; without it, no claim of significance is made. In a net series each
   * m is twice the poll's published margin: the margin of a lead between two shares of one sample.
   */
  readonly marginOfError?: number;
  /** Whether the size of the change is larger than `marginOfError`. Present only with it. */
  readonly exceedsMargin?: boolean;
}

/** An extreme value of a series and every poll that reached it. */
export interface PollExtreme {
  /** Percent of respondents. */
  readonly value: number;
  /** The polls at that value, oldest first. */
  readonly polls: readonly PollPoint[];
}

/** A hole in the polling, where the chart breaks the line: the polls either side of it. */
export interface PollGap {
  /** The last poll before the gap. */
  readonly from: PollPoint;
  /** The first poll after it. */
  readonly to: PollPoint;
}

/** What a series' poll average says: its latest value, its change over a month, its high and low. */
export interface AverageFacts {
  /** The average itself: method, window, weighting, estimates per run of the line. */
  readonly average: SeriesAverage;
  /** The latest estimate. */
  readonly latest: AverageEstimate;
  /**
   * The estimate nearest a month (30 days) before the latest, within its own stretch of the line, when
   * the average reaches back that far; `daysBefore` says how far it really is (the words say "a month
   * earlier" only within 5 days of 30, and give its date otherwise).
   */
  readonly monthEarlier?: AverageEstimate;
  /** Days from `monthEarlier` to the latest estimate. */
  readonly daysBefore?: number;
  /** `latest.value - monthEarlier.value` in percentage points, of the values as printed (one decimal). */
  readonly change?: number;
  /** The highest estimate (the first, when several tie). */
  readonly high: AverageEstimate;
  /** The lowest estimate (the first, when several tie). */
  readonly low: AverageEstimate;
}

/** The facts about one series that the summary, the chart labels and the table are written from. */
export interface SeriesFacts {
  /** The series described. */
  readonly series: PollSeries;
  /** What its values measure: a share of respondents or a net value or lead. */
  readonly measure: "share" | "net";
  /** The oldest poll; in a series with several pollsters, the oldest by the latest poll's pollster. */
  readonly first: PollPoint;
  /** The poll before the latest (by the same pollster, in a series with several), when there is one. */
  readonly previous?: PollPoint;
  /** The newest poll. */
  readonly latest: PollPoint;
  /** From `previous` to `latest`, when there are two or more polls. */
  readonly sincePrevious?: PollChange;
  /** From `first` to `latest`, when there are three or more polls (by that pollster). */
  readonly overall?: PollChange;
  /** The highest value and when it was measured. */
  readonly high: PollExtreme;
  /** The lowest value and when it was measured. */
  readonly low: PollExtreme;
  /** Holes in the polling, oldest first (the gap rule of the chart's line). */
  readonly gaps: readonly PollGap[];
  /** Who ran the polls, in order of first poll; the dataset's pollster for points without one. */
  readonly pollsters: readonly string[];
  /** The poll average, when the series has one (see {@link DescribeOptions.average}). */
  readonly average?: AverageFacts;
}

/** Everything {@link summarizeTrend} says, as data. */
export interface TrendFacts {
  /** One entry per series, in dataset order. */
  readonly series: readonly SeriesFacts[];
  /** The one comparison worth a sentence, if any holds. */
  readonly comparison?: SeriesComparison;
  /** The latest time one series overtook another, if one did and still leads. */
  readonly crossing?: SeriesCrossing;
  /** With three or more rival series: who leads now, and by how much. */
  readonly leader?: LeaderFacts;
  /** Series that are parts of another (`partOf`), with their whole. */
  readonly parts: readonly PartFacts[];
}

/** Options of {@link describeTrend}; the chart passes its own, so its words match its picture. */
export interface DescribeOptions {
  /** When a series gets a poll average (see {@link AverageSetting}). Default `"auto"`. */
  readonly average?: AverageSetting | undefined;
  /** A gap longer than this many days is a hole in the polling. Default: the chart's gap rule. */
  readonly maxGapDays?: number | undefined;
}

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

function seriesFacts(s: PollSeries, dataset: PollDataset, options: DescribeOptions): SeriesFacts {
  const { points } = s;
  const measure = s.measure ?? "share";
  const latest = points[points.length - 1] as PollPoint;
  const pollsters = [...new Set(points.map((p) => pollsterOf(p, dataset)).filter((p): p is string => p !== undefined))];
  // Changes are measured within one pollster: different pollsters' polls differ by method, not only by time.
  const own =
    pollsters.length > 1 ? points.filter((p) => pollsterOf(p, dataset) === pollsterOf(latest, dataset)) : points;
  const first = own[0] as PollPoint;
  const previous = own.length > 1 ? own[own.length - 2] : undefined;
  const [high, low] = extremes(points);
  const runs = splitRuns(points, options.maxGapDays);
  const gaps = runs
    .slice(1)
    .map((run, i) => ({ from: runs[i]?.[runs[i].length - 1] as PollPoint, to: run[0] as PollPoint }));
  const average = averageFactsFor(s, options.average, options.maxGapDays, dataset.pollster);
  return {
    series: s,
    measure,
    first,
    latest,
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
  const series = dataset.series.map((s) => seriesFacts(s, dataset, options));
  const best = comparison(series, dataset);
  const cross = crossing(series, dataset);
  const leader = leaderOf(series);
  return {
    series,
    ...(best ? { comparison: best } : {}),
    ...(cross ? { crossing: cross } : {}),
    ...(leader ? { leader } : {}),
    parts: partsOf(series, dataset),
  };
}
