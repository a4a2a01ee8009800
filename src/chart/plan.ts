import { dataError } from "../model/error.js";
import type { Issue } from "../model/schema.js";
import type { PollEvent, PollPoint } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { fieldValue, shown } from "../words/values.js";
import { spanTimes, TICK_SIZE, valueDomain, valueScale, valueTicks } from "./axes.js";
import { chartDescription } from "./describe.js";
import { labelText } from "./labels.js";
import { planMarks, type SeriesPlan, uncertaintyNote } from "./marks.js";
import { NARROW, optionError, type ResolvedOptions } from "./options.js";
import { DEFAULT_MEASURE, type TextMeasure, textMeasure } from "./text.js";
import { contrastProblem, DARK, LIGHT } from "./theme.js";

import { HEADER_LINES, STEPPED, SUBTITLE, TITLE, VALUE_GAP } from "./sizes.js";
import { flatten } from "../model/list.js";

// What a chart says and draws, decided before any geometry: texts, the value axis, the key's order
// and words, each series' marks and colors, the description. It does not depend on the height.

/** What does not depend on the chart's height: decided once, texts first. */
export interface Prepared {
  readonly trend: PreparedTrend;
  /** The events drawn as rules: the dataset's (none in a small multiple's panel, whose figure names them). */
  readonly events: readonly PollEvent[];
  readonly o: ResolvedOptions;
  readonly narrow: boolean;
  readonly pad: number;
  readonly plans: readonly SeriesPlan[];
  readonly title: readonly string[];
  readonly titleSize: number;
  readonly subtitle: readonly string[];
  readonly subtitleSize: number;
  readonly source: string;
  /** The footer's note on the marks, and the averages' method (in the notes, not the footer). */
  readonly note: readonly [string, string];
  readonly domain: readonly [number, number];
  readonly plotLeft: number;
  /** Each series' label text ("48% Favor", "Kamala Harris, last polled June 2025"), by series index. */
  readonly texts: readonly string[];
  /**
   * The key's order: the series it names, those of the field now from the highest latest value down, then those no
   * longer polled.
   */
  readonly order: readonly number[];
  /** The key's row for the series it does not name: "27 others, each under 9%". */
  readonly others: string | undefined;
  readonly times: readonly number[];
  readonly measure: TextMeasure;
  readonly valueLabel: (value: number) => string;
  /** A series' latest value as its key says it. */
  readonly keyValue: (plan: SeriesPlan) => string;
  readonly net: boolean;
  readonly description: string;
}

/**
 * A title and subtitle wrapped to `inner` px, with their sizes: on a phone, when they would take more
 * than four lines, a size smaller each.
 */
export function headerLines(measure: TextMeasure, title: string, subtitle = "", inner: number, narrow: boolean) {
  const wrap = (size: number, sub: number) =>
    [measure.wrap(title, inner, size, true), measure.wrap(subtitle, inner, sub), size, sub] as const;
  const head = wrap(narrow ? TITLE.narrow : TITLE.wide, SUBTITLE);
  return narrow && head[0].length + head[1].length > HEADER_LINES ? wrap(STEPPED.title, STEPPED.subtitle) : head;
}

/** The extent of what is drawn: polls, their error bars, the averages' bands. */
export function extentOf(plans: readonly SeriesPlan[], net: boolean): [number, number] {
  let lo = net ? 0 : Infinity;
  let hi = net ? 0 : -Infinity;
  for (const plan of plans) {
    for (const p of plan.series.points) {
      const m = plan.bars ? (p.marginOfError ?? 0) : 0;
      lo = Math.min(lo, p.value - m);
      hi = Math.max(hi, p.value + m);
    }
    for (const e of flatten(plan.average?.runs ?? [])) {
      lo = Math.min(lo, plan.band === "polls" ? e.pollLower : plan.band === "average" ? e.lower : e.value);
      hi = Math.max(hi, plan.band === "polls" ? e.pollUpper : plan.band === "average" ? e.upper : e.value);
    }
  }
  return [lo, hi];
}

/**
 * The chart's series colors in each scheme, by palette place: the palette's, with each colored series'
 * own color (`colors`, else its `color` field) at its place. A series' own color from the data is checked
 * here, against each scheme the chart shows (the `colors` option is checked with the options), and every
 * series id `highlight` and `colors` name is one of the data's.
 */
export function seriesColors(plans: readonly SeriesPlan[], o: ResolvedOptions): ResolvedOptions["palette"] {
  const { light, dark } = o.palette;
  // Each scheme's colors by place, the palette repeated up to the last place a series takes.
  const out = { light: [...light], dark: [...dark] };
  const issues: Issue[] = [];
  for (const plan of plans) {
    // A series' own color in the data is checked whether or not it is drawn: the data is wrong for any chart.
    const data = plan.series.color;
    for (const [scheme, palette] of [
      ["light", LIGHT],
      ["dark", DARK],
    ] as const) {
      const problem =
        data && (scheme === "light" || o.colorScheme !== "light") && contrastProblem(data, palette.background);
      if (problem) issues.push({ path: ["series", plan.index, "color"], message: problem });
      const place = plan.color;
      if (place === "grey") continue;
      const colors = o.palette[scheme];
      for (let k = out[scheme].length; k <= place; k++) out[scheme][k] = colors[k % colors.length]!;
      const own = o.colors?.[plan.series.id] ?? data;
      const color = (typeof own === "string" ? own : own?.[scheme])?.toLowerCase();
      if (color) out[scheme][place] = color;
    }
  }
  // An id the data does not have is a typo: never a silently grey chart, nor a color that never shows.
  const ids = plans.map((p) => p.series.id);
  for (const [option, named] of Object.entries({ highlight: o.highlight, colors: Object.keys(o.colors ?? {}) }))
    for (const id of named ?? [])
      if (!ids.includes(id))
        issues.push({
          path: ["options", option],
          message: `expected a series id (${ids.join(", ")}), received "${id}"`,
        });
  if (issues.length) throw dataError(issues);
  return out;
}

/** What a chart decides before its height: marks, colors, texts wrapped, the value domain and the key's order. */
export function prepare(trend: PreparedTrend, input: ResolvedOptions): Prepared {
  const plans = planMarks(trend, input);
  // Each colored series in its own color, or the palette's of its place.
  const o: ResolvedOptions = { ...input, palette: seriesColors(plans, input) };
  const { dataset, words: w } = trend;
  const net = dataset.series.some((s) => s.measure === "net");
  if (net && dataset.series.some((s) => s.measure !== "net")) {
    const at = dataset.series.findIndex((s) => s.measure !== "net");
    throw dataError([
      {
        path: ["series", at, "measure"],
        message: "expected series of one measure, received shares beside net values (draw them in two charts)",
      },
    ]);
  }
  const valueLabel = (v: number) => shown(trend, v, net ? "net" : "share");
  // The key's value, as the words give it: an average's to one decimal always ("46.0%"), so a column of them aligns.
  const keyValue = (plan: SeriesPlan) => fieldValue(trend, trend.facts.series[plan.index]!);
  const measure = o.fontMetrics ? textMeasure(o.fontMetrics) : DEFAULT_MEASURE;
  const narrow = o.width < NARROW;
  const pad = narrow ? 12 : 16;
  const inner = o.width - 2 * pad;
  const full = o.frame === "full";
  const head = headerLines(
    measure,
    full ? trend.title : "",
    full ? (dataset.subtitle ?? dataset.question) : "",
    inner,
    narrow,
  );
  const bounds: readonly [number, number] = net ? [-100, 100] : [0, 100];
  const domain = valueDomain(o.yDomain, extentOf(plans, net), bounds);
  let outside: PollPoint | undefined;
  for (const plan of plans)
    for (const p of plan.series.points) if (p.value < domain[0] || p.value > domain[1]) outside ??= p;
  if (outside) {
    throw optionError(
      "yDomain",
      `expected a range that holds every poll, received [${domain[0]}, ${domain[1]}], which leaves out the poll of ` +
        `${outside.date} at ${valueLabel(outside.value)}`,
    );
  }
  const ticks = valueTicks(valueScale(domain, 1, 0), valueLabel);
  const texts = plans.map((p) =>
    p.stale ? w.lastPolled(p.series.label, p.series.points.at(-1)?.date ?? "") : labelText(keyValue(p), p.series.label),
  );
  const order = plans
    .filter((p) => p.keyed)
    .sort((a, b) => a.rank - b.rank)
    .map((p) => p.index);
  // The series the key does not name: those of the field now under a value, and those no longer polled.
  const rest = plans.filter((p) => !p.keyed && !p.stale);
  const unkeyed = plans.filter((p) => !p.keyed && p.stale);
  const stale = unkeyed.length;
  const under = rest.length ? valueLabel(Math.floor(Math.max(...rest.map((p) => p.latestValue))) + 1) : undefined;
  // "Not polled since" the latest of their last polls: a date in the data, not the threshold of "current".
  const since =
    unkeyed
      .map((p) => p.series.points.at(-1)!.date)
      .sort()
      .at(-1) ?? "";
  const others = rest.length || stale ? w.othersKey(rest.length, under, stale, since, trend.format) : undefined;
  // Written before any geometry: the axis range and the gaps are known from the values alone.
  const broken = plans.some((p) => trend.facts.series[p.index]?.gaps.length);
  return {
    trend,
    events: dataset.events ?? [],
    o,
    narrow,
    pad,
    plans,
    title: head[0],
    subtitle: head[1],
    titleSize: head[2],
    subtitleSize: head[3],
    source: w.sourceLine(dataset.source?.name, dataset.population),
    note: uncertaintyNote(plans, trend),
    domain,
    plotLeft: pad + Math.max(...ticks.map((t) => measure.width(t.lines[0] ?? "", TICK_SIZE))) + VALUE_GAP,
    texts,
    order,
    others,
    times: spanTimes(dataset),
    measure,
    valueLabel,
    keyValue,
    net,
    description: chartDescription(trend, domain, valueLabel, broken),
  };
}
