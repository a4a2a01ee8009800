import type { SeriesAverage } from "../average/choose.js";
import type { PollPoint, PollSeries } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { averageMethod } from "../words/average.js";
import { ESTIMATE_DECIMALS } from "../words/numbers.js";
import type { ResolvedOptions } from "./options.js";

/**
 * Above this many polls in one series, a chart draws no marker, error bar or accessible label per
 * poll: only the line (or the dots and the average), the margin band, and markers at the first,
 * latest, highest and lowest polls (and at isolated polls, which have no line). The series' own
 * label then summarises the rest; every poll stays reachable in the data table and, in the browser,
 * by keyboard.
 */
export const MARKER_LIMIT = 300;

/** What is drawn for one series, decided from the data and options before any geometry. */
export interface SeriesPlan {
  readonly index: number;
  readonly series: PollSeries;
  /** The poll average, drawn as the series' line with its band; the polls are then small dots. */
  readonly average?: SeriesAverage;
  /** Whether each poll is its own element, with an accessible label (up to {@link MARKER_LIMIT}). */
  readonly perPoll: boolean;
  /** Error bars at each poll with a published margin. */
  readonly bars: boolean;
  /** A band joining the margins of adjacent polls. */
  readonly bands: boolean;
  /** Whether polls without a published margin are drawn hollow: when other polls show theirs. */
  readonly hollow: boolean;
  /** The value its label shows: the average's latest estimate, or the latest poll. */
  readonly latestValue: number;
}

/** Decides, per series, which marks are drawn. The footer's note is written from these decisions. */
export function planMarks(trend: PreparedTrend, o: ResolvedOptions): SeriesPlan[] {
  const plans = trend.facts.series.map((facts, index) => {
    const { series } = facts;
    const average = facts.average?.average;
    const perPoll = series.points.length <= MARKER_LIMIT;
    const margins = o.showMarginOfError && !average && series.points.some((p) => p.marginOfError !== undefined);
    const latest = series.points[series.points.length - 1] as PollPoint;
    return {
      index,
      series,
      ...(average ? { average } : {}),
      perPoll,
      bars: margins && perPoll,
      bands:
        margins &&
        series.points.some(
          (p, i) => p.marginOfError !== undefined && series.points[i + 1]?.marginOfError !== undefined,
        ),
      hollow: false,
      latestValue: average ? trend.f.rounded(average.latest.value, ESTIMATE_DECIMALS) : latest.value,
    };
  });
  const anyBars = plans.some((p) => p.bars);
  return plans.map((p) => ({ ...p, hollow: anyBars && !p.average && p.perPoll }));
}

/** A series' measure: shares, or net values. */
const measureOf = (series: PollSeries) => series.measure ?? "share";

/** The footer's note on uncertainty, written from what is actually drawn; each average's method where they differ. */
export function uncertaintyNote(plans: readonly SeriesPlan[], t: PreparedTrend): string {
  const { words: w, f } = t;
  const notes: string[] = [];
  const methods = [...new Set(plans.flatMap((p) => (p.average ? [averageMethod(p.average, w, f)] : [])))];
  if (methods.length) {
    const labelled =
      methods.length > 1
        ? plans
            .filter((p) => p.average)
            .map((p) => `${p.series.label}: ${averageMethod(p.average as SeriesAverage, w, f)}`)
        : methods;
    notes.push(w.averageNote(labelled));
  }
  const bars = plans.some((p) => p.bars);
  const bands = plans.some((p) => p.bands);
  if (bars || bands) notes.push(w.marginNote(bars, bands));
  const hollow = plans.some((p) => p.hollow && p.series.points.some((q) => q.marginOfError === undefined));
  if (hollow) notes.push(w.hollowNote);
  return notes.join(" ");
}

/** What a screen reader says for one poll: series, pollster, field dates, value, margin and sample. */
export function pointLabel(series: PollSeries, point: PollPoint, t: PreparedTrend, pollster?: string): string {
  return t.words.pointLabel(
    {
      series: series.label,
      ...(pollster ? { pollster } : {}),
      ...(point.fieldStart ? { start: point.fieldStart } : {}),
      end: point.date,
      value: { value: point.value, measure: measureOf(series) },
      ...(point.marginOfError !== undefined ? { margin: point.marginOfError } : {}),
      ...(point.sampleSize !== undefined ? { sample: point.sampleSize } : {}),
    },
    t.f,
  );
}

/** The series' own accessible label: how many polls, when, and, for long series or averages, the values. */
export function seriesLabel(plan: SeriesPlan, t: PreparedTrend): string {
  const { series, average } = plan;
  const { words: w, f } = t;
  const { points } = series;
  const first = points[0] as PollPoint;
  const last = points[points.length - 1] as PollPoint;
  if (points.length === 1) return w.onePollLabel(series.label);
  const measure = measureOf(series);
  const v = (value: number, decimals?: number) => w.value({ value, measure, ...(decimals ? { decimals } : {}) }, f);
  let values: { first: string; last: string; high: string; low: string } | undefined;
  if (!plan.perPoll) {
    let high = first.value;
    let low = first.value;
    for (const p of points) {
      if (p.value > high) high = p.value;
      if (p.value < low) low = p.value;
    }
    values = { first: v(first.value), last: v(last.value), high: v(high), low: v(low) };
  }
  return w.seriesLabel(
    {
      label: series.label,
      polls: points.length,
      range: w.monthRange(first.date, last.date),
      ...(values ? { values } : {}),
      ...(average ? { average: v(average.latest.value, ESTIMATE_DECIMALS) } : {}),
    },
    f,
  );
}

/** The average's accessible label: the method, its latest value and the band drawn around it. */
export function averageLabel(plan: SeriesPlan, t: PreparedTrend): string {
  const { words: w, f } = t;
  const average = plan.average as SeriesAverage;
  const { latest } = average;
  const v = (value: number) => w.value({ value, measure: measureOf(plan.series), decimals: ESTIMATE_DECIMALS }, f);
  return w.averageLabel(
    {
      label: plan.series.label,
      method: averageMethod(average, w, f),
      polls: average.polls,
      value: v(latest.value),
      date: w.dateRange(undefined, latest.date),
      lo: v(latest.pollLower),
      hi: v(latest.pollUpper),
    },
    f,
  );
}
