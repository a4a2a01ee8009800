import type { SeriesAverage } from "../average/types.js";
import type { PollPoint, PollSeries } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { writerOf } from "../words/averages.js";
import { ESTIMATE_DECIMALS } from "../language/numbers.js";

/**
 * Above this many polls in one series, a chart draws no marker, error bar or accessible label per
 * poll: only the line (or the dots and the average), and markers at the first, latest, highest and
 * lowest polls (and at isolated polls, which have no line). The series' own
 * label then summarises the rest; every poll stays reachable in the data table and, in the browser,
 * by keyboard.
 */
export const MARKER_LIMIT = 300;

/** Above this many polls in a series, its dots are thinned: one per week and value, so the average's line stays on top. */
export const DOT_LIMIT = 1500;
/** Series drawn in color, at most, when no `highlight` is given; more are grey. */
export const COLORED = 6;

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
  /** The band drawn around its average: its own 95% range, where 95% of polls fall, or none. */
  readonly band: "average" | "polls" | "none";
  /** Its color: a place in the palette, or grey for a series not highlighted. */
  readonly color: number | "grey";
  /** The value its label shows: the average's latest estimate, or the latest poll. */
  readonly latestValue: number;
}

/** The most averages drawn with bands: more would cover each other and the lines. */
export const BAND_LIMIT = 3;

/** The chart options that decide the marks. */
export interface MarkOptions {
  readonly highlight?: readonly string[] | undefined;
  readonly showMarginOfError: boolean;
  readonly band: "average" | "polls" | "none";
}

/** Decides, per series, which marks are drawn and in which color. The footer's note is written from these decisions. */
export function planMarks(trend: PreparedTrend, o: MarkOptions): SeriesPlan[] {
  const facts = trend.facts.series;
  const latest = (i: number) => {
    const f = facts[i];
    const average = f?.average?.average;
    return average ? trend.format.rounded(average.latest.value, ESTIMATE_DECIMALS) : (f?.latest.value ?? 0);
  };
  // The series in color, each taking the palette's color of its place here: in input order when all
  // fit, else (chosen or the highest) in the order of their latest values, so the leader is blue.
  const byValue = facts.map((_, i) => i).sort((a, b) => latest(b) - latest(a));
  const chosen = o.highlight
    ? byValue.filter((i) => o.highlight?.includes(facts[i]?.series.id ?? ""))
    : facts.length <= COLORED
      ? facts.map((_, i) => i)
      : byValue.slice(0, COLORED);
  // Bands cover each other beyond a few: drawn for at most BAND_LIMIT colored averages (pick with `highlight`).
  const banded = chosen.filter((i) => facts[i]?.average?.average).length <= BAND_LIMIT;
  return facts.map(({ series, average: averageFacts }, index) => {
    const average = averageFacts?.average;
    const perPoll = series.points.length <= MARKER_LIMIT;
    const place = chosen.indexOf(index);
    return {
      index,
      series,
      ...(average ? { average } : {}),
      perPoll,
      bars: o.showMarginOfError && !average && perPoll && series.points.some((p) => p.marginOfError !== undefined),
      band: average && place >= 0 && banded ? o.band : "none",
      color: place < 0 ? "grey" : place,
      latestValue: latest(index),
    };
  });
}

/** A series' measure: shares, or net values. */
export const measureOf = (series: PollSeries) => series.measure ?? "share";

/**
 * The footer's notes on the marks, written from what is actually drawn: one short line on what lines,
 * bands, dots and bars are, then the averages' method, once (per series where they differ).
 */
export function uncertaintyNote(plans: readonly SeriesPlan[], t: PreparedTrend): string {
  const { words: w } = t;
  const averaged = plans.filter((p) => p.average);
  const marks = w.marksNote(
    {
      averages: averaged.length > 0,
      band: averaged.find((p) => p.band !== "none")?.band ?? "none",
      dots: averaged.length > 0,
      bars: plans.some((p) => p.bars),
    },
    t.format,
  );
  // Averages come with poll-trend/average, and their words with them.
  const drawn = averaged.map((p) => t.facts.series[p.index]).filter((s) => s !== undefined);
  const once = averaged.length ? writerOf(t).footerMethods(drawn, t) : [];
  const notes = [marks === "." ? "" : marks, once.length ? w.methodsOnce(once) : ""];
  if (plans.some((p) => measureOf(p.series) === "net")) notes.push(w.netNote);
  return notes.filter(Boolean).join(" ");
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
    t.format,
  );
}

/** The series' own accessible label: how many polls, when, and, for long series or averages, the values. */
export function seriesLabel(plan: SeriesPlan, t: PreparedTrend): string {
  const { series, average } = plan;
  const { words: w, format: f } = t;
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
