import { decimalsOf, round } from "../format/number.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset, PollPoint, PollSeries } from "../model/types.js";

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
   * both polls published a margin; without it, no claim of significance is made.
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

/** The facts about one series that the summary, the chart labels and the table are written from. */
export interface SeriesFacts {
  /** The series described. */
  readonly series: PollSeries;
  /** The oldest poll. */
  readonly first: PollPoint;
  /** The poll before the latest, when there are two or more. */
  readonly previous?: PollPoint;
  /** The newest poll. */
  readonly latest: PollPoint;
  /** From `previous` to `latest`, when there are two or more polls. */
  readonly sincePrevious?: PollChange;
  /** From `first` to `latest`, when there are three or more polls. */
  readonly overall?: PollChange;
  /** The highest value and when it was measured. */
  readonly high: PollExtreme;
  /** The lowest value and when it was measured. */
  readonly low: PollExtreme;
}

/** A comparison between two series that holds in every poll that measured both. */
export interface SeriesComparison {
  /** The series that was higher every time. */
  readonly higher: PollSeries;
  /** The series that was lower every time. */
  readonly lower: PollSeries;
  /** How many polls measured both (at least two). */
  readonly polls: number;
}

/** Everything {@link summarizeTrend} says, as data. */
export interface TrendFacts {
  /** One entry per series, in dataset order. */
  readonly series: readonly SeriesFacts[];
  /** The one comparison worth a sentence, if any holds. */
  readonly comparison?: SeriesComparison;
}

/** Compares two polls: the change in percentage points and, when both have margins, its significance. */
export function compare(from: PollPoint, to: PollPoint): PollChange {
  const points = round(to.value - from.value, Math.max(decimalsOf(from.value), decimalsOf(to.value)));
  if (from.marginOfError === undefined || to.marginOfError === undefined) return { from, to, points };
  const marginOfError = Math.hypot(from.marginOfError, to.marginOfError);
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

function comparison(series: readonly PollSeries[]): SeriesComparison | undefined {
  let best: SeriesComparison | undefined;
  if (series.length < 2) return undefined;
  for (const [i, a] of series.entries()) {
    const values = new Map(a.points.map((p) => [p.date, p.value]));
    for (const b of series.slice(i + 1)) {
      const shared = b.points.filter((p) => values.has(p.date));
      if (shared.length < 2 || shared.length <= (best?.polls ?? 0)) continue;
      const aAbove = shared.every((p) => (values.get(p.date) ?? 0) > p.value);
      const bAbove = shared.every((p) => (values.get(p.date) ?? 0) < p.value);
      if (aAbove || bAbove) best = { higher: aAbove ? a : b, lower: aAbove ? b : a, polls: shared.length };
    }
  }
  return best;
}

/**
 * Computes the facts of a trend: for each series the first, previous and latest polls, the changes in
 * percentage points with their margins of error, and the high and low.
 *
 * @throws {PollDataError} when the input is not a valid dataset.
 * @example
 * const [weapons] = describeTrend(apNorcUkraineSupport).series;
 * weapons.overall?.points; // -16
 */
export function describeTrend(input: PollDataset): TrendFacts {
  const dataset = parseDataset(input);
  const series = dataset.series.map((s): SeriesFacts => {
    const { points } = s;
    const first = points[0] as PollPoint;
    const latest = points[points.length - 1] as PollPoint;
    const previous = points.length > 1 ? points[points.length - 2] : undefined;
    const [high, low] = extremes(points);
    return {
      series: s,
      first,
      latest,
      ...(previous ? { previous, sincePrevious: compare(previous, latest) } : {}),
      ...(points.length > 2 ? { overall: compare(first, latest) } : {}),
      high,
      low,
    };
  });
  const best = comparison(dataset.series);
  return best ? { series, comparison: best } : { series };
}
