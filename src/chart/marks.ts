import type { SeriesAverage } from "../average/types.js";
import { text0 } from "../model/relations.js";
import type { PollPoint, PollSeries } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import type { SeriesFacts } from "../trend/facts.js";
import { latestValue, reaches } from "../trend/relations.js";
import { writerOf } from "../words/averages.js";
import { shown } from "../words/values.js";

/**
 * Above this many polls in one series, a chart draws no marker, error bar or accessible label per
 * poll: only the line (or the dots and the average), and markers at the first, latest, highest and
 * lowest polls (and at isolated polls, which have no line). The series' own
 * label then summarises the rest; every poll stays reachable in the data table and, in the browser,
 * by keyboard.
 */
export const MARKER_LIMIT = 300;

/**
 * Above this many polls in a series, its dots are thinned: one per week and value, so the average's line stays on top.
 */
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
  /**
   * Whether the chart draws averages: then every series' polls are a tracker's dots, and its only lines
   * are averages (a series without one has no line through its polls, which would zigzag between pollsters).
   */
  readonly tracker: boolean;
  /** The band drawn around its average: its own 95% range, where 95% of polls fall, or none. */
  readonly band: "average" | "polls" | "none";
  /**
   * Its color: a place in the palette, taken by its place in the dataset (so slicing a file or ranking
   * its series never recolors one), or grey for a series not highlighted.
   */
  readonly color: number | "grey";
  /** The value its label shows: the average's latest estimate, or the latest poll. */
  readonly latestValue: number;
  /** Whether the key names it; series beyond the key are grey and summed up in one row of it. */
  readonly keyed: boolean;
  /** No longer polled (see `SeriesFacts.current`): grey, keyed last, "last polled" on its latest date. */
  readonly stale: boolean;
  /**
   * Its place in the key's order, from 0: the field as of now, highest first; then the series no longer
   * polled, latest polled first; ties in file order.
   */
  readonly rank: number;
}

/** Whether a chart of these series draws averages: then its only lines are averages ({@link SeriesPlan.tracker}). */
export const drawsAverages = (facts: readonly SeriesFacts[]): boolean => facts.some((s) => s.average?.average);

/** The most averages drawn with bands: more would cover each other and the lines. */
export const BAND_LIMIT = 3;

/** The chart options that decide the marks. */
export interface MarkOptions {
  readonly highlight?: readonly string[] | undefined;
  readonly showMarginOfError: boolean;
  readonly band: "average" | "polls" | "none";
  /**
   * Whether the figure draws averages, where it is wider than these series (a panel of small multiples);
   * by default, {@link drawsAverages} of them.
   */
  readonly averaged?: boolean;
}

/** Decides, per series, which marks are drawn and in which color. The footer's note is written from these decisions. */
export function planMarks(trend: PreparedTrend, o: MarkOptions): SeriesPlan[] {
  const facts = trend.facts.series;
  // As the words print and compare it (fieldValue): an average's to one decimal, else the latest poll.
  const polls = trend.facts.leader?.basis === "polls";
  const latest = (i: number) => latestValue(facts[i]!, polls);
  const current = (i: number) => facts[i]!.current;
  // The key's order (SeriesPlan.rank).
  const order = facts
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(current(b)) - Number(current(a)) ||
        (current(a) ? latest(b) - latest(a) : text0(facts[b]?.latest.date, facts[a]?.latest.date)) ||
        a - b,
    );
  const all = facts.length <= COLORED;
  // In color: the series chosen, else every current one when all fit, else the six highest now.
  const chosen = new Set(
    o.highlight
      ? order.filter((i) => o.highlight?.includes(facts[i]?.series.id ?? ""))
      : order.filter(current).slice(0, COLORED),
  );
  // The first six colors are the ones told apart best (theme.ts): six or fewer series take those.
  const slots = paletteSlots(
    facts.map((_, i) => i).filter((i) => chosen.has(i)),
    chosen.size <= COLORED ? COLORED : PALETTE_SIZE,
  );
  // Bands cover each other beyond a few: drawn for at most BAND_LIMIT colored averages (pick with `highlight`).
  const banded = [...chosen].filter((i) => facts[i]?.average?.average).length <= BAND_LIMIT;
  const tracker = o.averaged ?? drawsAverages(facts);
  return facts.map(({ series, average: averageFacts }, index) => {
    const average = averageFacts?.average;
    const perPoll = series.points.length <= MARKER_LIMIT;
    const slot = slots.get(index);
    return {
      index,
      series,
      ...(average ? { average } : {}),
      perPoll,
      bars: o.showMarginOfError && !tracker && perPoll && series.points.some((p) => p.marginOfError !== undefined),
      tracker,
      band: average && slot !== undefined && banded ? o.band : "none",
      color: slot ?? "grey",
      latestValue: latest(index),
      keyed: all || chosen.has(index),
      stale: !current(index),
      rank: order.indexOf(index),
    };
  });
}

/** The palette's length: its colors repeat after the last. */
const PALETTE_SIZE = 8;

/**
 * The palette place of each colored series: its own place in the dataset, or the next free one when an
 * earlier colored series took it, so that a series keeps its color whoever else is drawn beside it.
 */
export function paletteSlots(colored: readonly number[], size: number): Map<number, number> {
  const slots = new Map<number, number>();
  const taken = new Set<number>();
  for (const index of colored) {
    let slot = index % size;
    for (let tries = 0; taken.has(slot) && tries < size; tries++) slot = (slot + 1) % size;
    taken.add(slot);
    slots.set(index, slot);
  }
  return slots;
}

/** A series' measure: shares, or net values. */
export const measureOf = (series: PollSeries) => series.measure ?? "share";

/**
 * The notes on the marks, written from what is actually drawn: the footer's one short line on what
 * lines, bands, dots and bars are (and that values are net), and the averages' method, said once (per
 * series where they differ), which the report's notes and the summary carry and the footer leaves out.
 */
export function uncertaintyNote(plans: readonly SeriesPlan[], t: PreparedTrend): [string, string] {
  const { words: w } = t;
  const averaged = plans.filter((p) => p.average);
  // Averages come with poll-trend/average, and their words with them: what their marks are, their method.
  const writer = averaged.length ? writerOf(t) : undefined;
  const band = averaged.find((p) => p.band !== "none")?.band ?? "none";
  const drawn = averaged.map((p) => t.facts.series[p.index]).filter((s) => s !== undefined);
  const bars = plans.some((p) => p.bars) ? w.barsNote : "";
  const tracker = writer?.marks(band, t) ?? "";
  // A chart with averages draws no error bars (SeriesPlan.tracker): one note or the other.
  const marks = tracker || bars;
  const net = plans.some((p) => measureOf(p.series) === "net") ? w.netNote : "";
  return [[marks && `${marks}.`, net].filter(Boolean).join(" "), writer?.footerMethods(drawn, t) ?? ""];
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
  const { words: w } = t;
  const facts = t.facts.series[plan.index]!;
  const { points } = series;
  const first = points[0]!;
  const last = points.at(-1)!;
  if (points.length === 1) return w.onePollLabel(series.label);
  const v = (value: number, estimate?: boolean) => shown(t, value, facts.measure, estimate);
  return w.seriesLabel(
    {
      label: series.label,
      // Polls, as the words count them: a poll that asked several versions of the question is one.
      polls: facts.polls,
      range: w.monthRange(first.date, last.date),
      // Where each poll has no label of its own: the values the words give.
      ...(plan.perPoll
        ? {}
        : {
            values: { first: v(first.value), last: v(last.value), high: v(facts.high.value), low: v(facts.low.value) },
          }),
      // "At the end" of the series: not an average that stopped before its latest poll.
      ...(average && reaches(facts) ? { average: v(average.latest.value, true) } : {}),
    },
    t.format,
  );
}
