import { type SeriesAverage, seriesAverage } from "../average/choose.js";
import { formatDateRange } from "../format/date.js";
import { averageMethod } from "../summary/average-words.js";
import { monthRange } from "../summary/phrases.js";
import type { NumberFormat } from "../format/number.js";
import { round } from "../format/number.js";
import type { PollDataset, PollPoint, PollSeries } from "../model/types.js";
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
export function planMarks(dataset: PollDataset, o: ResolvedOptions): SeriesPlan[] {
  const plans = dataset.series.map((series, index) => {
    const average = seriesAverage(series, o.average, o.maxGapDays, dataset.pollster);
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
      latestValue: average ? round(average.latest.value, 1) : latest.value,
    };
  });
  const anyBars = plans.some((p) => p.bars);
  return plans.map((p) => ({ ...p, hollow: anyBars && !p.average && p.perPoll }));
}

/** The footer's note on uncertainty, written from what is actually drawn. */
export function uncertaintyNote(plans: readonly SeriesPlan[], f: NumberFormat): string {
  const notes: string[] = [];
  const average = plans.find((p) => p.average)?.average;
  if (average) {
    notes.push(
      `Lines are poll averages (${averageMethod(average, f)}); dots are single polls; bands show where 95% of polls are expected to fall.`,
    );
  }
  const bars = plans.some((p) => p.bars);
  const bands = plans.some((p) => p.bands);
  if (bars || bands) {
    const what = bars && bands ? "Bars and bands show" : bars ? "Bars show" : "Bands show";
    notes.push(`${what} each poll’s margin of error at 95% confidence, where one was published.`);
  }
  const hollow = plans.some((p) => p.hollow && p.series.points.some((q) => q.marginOfError === undefined));
  if (hollow) notes.push("Hollow markers: no margin of error was published.");
  return notes.join(" ");
}

/** What a screen reader says for one poll: series, pollster, field dates, value, margin and sample. */
export function pointLabel(series: PollSeries, point: PollPoint, f: NumberFormat, pollster?: string): string {
  let label = `${series.label}, ${pollster ? `${pollster}, ` : ""}${formatDateRange(point.fieldStart, point.date)}: ${f.percent(point.value)}`;
  label +=
    point.marginOfError === undefined
      ? ", no margin of error published"
      : `, margin of error ${f.margin(point.marginOfError)} percentage points`;
  if (point.sampleSize !== undefined) label += `, ${f.count(point.sampleSize)} respondents`;
  return label;
}

/** The series' own accessible label: how many polls, when, and, for long series or averages, the values. */
export function seriesLabel(plan: SeriesPlan, f: NumberFormat): string {
  const { series, average } = plan;
  const { points } = series;
  const first = points[0] as PollPoint;
  const last = points[points.length - 1] as PollPoint;
  if (points.length === 1) return `${series.label}: 1 poll`;
  let label = `${series.label}: ${f.number(points.length)} polls, ${monthRange(first.date, last.date)}`;
  if (!plan.perPoll) {
    let high = first.value;
    let low = first.value;
    for (const p of points) {
      if (p.value > high) high = p.value;
      if (p.value < low) low = p.value;
    }
    label += `, from ${f.percent(first.value)} to ${f.percent(last.value)}; high ${f.percent(high)}, low ${f.percent(low)}`;
  }
  if (average) label += `; poll average ${f.percent(round(average.latest.value, 1))} at the end`;
  return label;
}

/** The average's accessible label: the method, its latest value and the band drawn around it. */
export function averageLabel(plan: SeriesPlan, f: NumberFormat): string {
  const average = plan.average as SeriesAverage;
  const { latest } = average;
  return `${plan.series.label}, poll average (${averageMethod(average, f)}) of ${f.number(average.polls)} polls: ${f.percent(round(latest.value, 1))} on ${formatDateRange(undefined, latest.date)}; 95% of polls expected between ${f.percent(round(latest.pollLower, 1))} and ${f.percent(round(latest.pollUpper, 1))}`;
}
