import { pollKey, pollsterOf, populationOf, surveyKey } from "./polls.js";
import { fail, type Infer, type Issues, oneOf, optional, type Path, text, when } from "./schema.js";
import type { PollDataset, PollPoint, PollProcessing, PollSeries } from "./types.js";

// Checks between fields, once every field is valid: one poll once, shares in range, proportions, ids.

const populations = when<"all" | readonly string[]>(
  (v) => v === "all" || (Array.isArray(v) && v.length > 0 && v.every((p) => typeof text(p) === "string")),
  '"all" or a list of populations in order of preference, e.g. ["likely voters", "adults"]',
);

/** The options of {@link parseDataset}, as a table of fields (CSV and the CLI read the same ones). */
export const PARSE_OPTION_FIELDS = {
  /**
   * Two rows of a series that are the same poll (see {@link pollKey}) with the same value: `"error"`
   * (default) names both, `"drop"` keeps the first and counts the rest in `processing`, for the methods
   * note. The same poll with two different values is always an error naming both.
   */
  duplicates: optional(oneOf("error", "drop")),
  /**
   * A poll listed once per population (FiveThirtyEight lists many for adults and for registered or
   * likely voters): one poll, counted once. The row kept is the one whose population comes first in this
   * list, compared without regard to case; populations not listed come after, and rows that tie are all
   * kept. Default `["likely voters", "registered voters", "voters", "adults"]`, FiveThirtyEight's order
   * for election polls (for approval ratings it prefers the broadest: pass `["adults", "voters",
   * "registered voters", "likely voters"]`). `"all"` keeps every row.
   */
  populations: optional(populations),
  /**
   * What the values are: without it, a dataset whose values all lie between 0 and 1 (with some
   * decimals) is refused as proportions. `"percent"`: take them as they are (a field of minor
   * candidates at 0.5%). `"proportion"`: multiply every value, margin and response by 100.
   */
  scale: optional(oneOf("percent", "proportion")),
};

/**
 * How {@link parseDataset} treats repeated rows, polls listed per population and proportions.
 *
 * @interface
 */
export type ParseOptions = Infer<typeof PARSE_OPTION_FIELDS>;

/** FiveThirtyEight's order of preference for election polls. */
export const DEFAULT_POPULATIONS = ["likely voters", "registered voters", "voters", "adults"];

/** A point of the input, with its index there: paths name input indices. */
interface Indexed {
  readonly point: PollPoint;
  readonly index: number;
}

type Counts = { -readonly [K in keyof PollProcessing]: PollProcessing[K] };

/** What the identity checks kept of a series, and what they dropped. */
function identities(
  indexed: readonly Indexed[],
  dataset: PollDataset,
  series: PollSeries,
  path: Path,
  options: ParseOptions,
  issues: Issues,
  counts: Counts,
): Indexed[] {
  const first = new Map<string, Indexed>();
  const kept: Indexed[] = [];
  for (const item of indexed) {
    const key = pollKey(item.point, dataset, series);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, item);
      kept.push(item);
      continue;
    }
    const at = [...path, "points", item.index];
    const related = [...path, "points", earlier.index];
    if (earlier.point.value !== item.point.value) {
      fail(
        issues,
        [...at, "value"],
        `the value of the same poll listed before (${earlier.point.value}; same pollster, sponsor, dates, population, sample, mode and ids)`,
        item.point.value,
        related,
      );
    } else if (options.duplicates === "drop") {
      counts.repeatedRowsDropped = (counts.repeatedRowsDropped ?? 0) + 1;
    } else {
      issues.push({
        path: at,
        message: (words) =>
          `expected each poll once, received the same poll again with the same value, a repeated row (read with ${words("duplicates", "drop")} to keep the first)`,
        related,
      });
    }
  }
  return onePopulation(kept, dataset, series, options, counts);
}

/** Of rows that are one poll listed for several populations, the rows of the preferred population. */
function onePopulation(
  indexed: Indexed[],
  dataset: PollDataset,
  series: PollSeries,
  options: ParseOptions,
  counts: Counts,
): Indexed[] {
  if (options.populations === "all") return indexed;
  const order = (options.populations ?? DEFAULT_POPULATIONS).map((p) => p.toLowerCase());
  const rank = (item: Indexed) => {
    const at = order.indexOf(populationOf(item.point, dataset, series)?.toLowerCase() ?? "");
    return at < 0 ? order.length : at;
  };
  const groups = new Map<string, Indexed[]>();
  for (const item of indexed) {
    const key = surveyKey(item.point, dataset);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const dropped = new Set<Indexed>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const populations = new Set(group.map((item) => populationOf(item.point, dataset, series)));
    if (populations.size < 2) continue;
    const best = Math.min(...group.map(rank));
    for (const item of group) if (rank(item) > best) dropped.add(item);
  }
  if (dropped.size === 0) return indexed;
  counts.otherPopulationsDropped = (counts.otherPopulationsDropped ?? 0) + dropped.size;
  return indexed.filter((item) => !dropped.has(item));
}

/** Orders text with `undefined` first. */
const text0 = (a: string | undefined, b: string | undefined) =>
  a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;

/** Points sort by end date, then field start, then pollster: a deterministic order for trackers. */
export function byPoll(dataset: Pick<PollDataset, "pollster">) {
  return (a: PollPoint, b: PollPoint) =>
    text0(a.date, b.date) || text0(a.fieldStart, b.fieldStart) || text0(pollsterOf(a, dataset), pollsterOf(b, dataset));
}

/** Shares (not net values) must lie from 0 to 100. */
function shareRange(series: PollSeries, path: Path, issues: Issues) {
  if (series.measure === "net") return;
  series.points.forEach((p, i) => {
    if (p.value < 0) {
      issues.push({
        path: [...path, "points", i, "value"],
        message: (words) =>
          `expected a number from 0 to 100 (a share of respondents; a net value or a lead is read with ${words("measure", "net")}), received ${p.value}`,
      });
    }
  });
}

/** Every value of every series between −1 and 1, some with decimals: proportions given for percent. */
function proportions(dataset: PollDataset, issues: Issues) {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let whole = true;
  let count = 0;
  for (const s of dataset.series) {
    for (const p of s.points) {
      lo = Math.min(lo, p.value);
      hi = Math.max(hi, p.value);
      whole &&= Number.isInteger(p.value);
      count++;
    }
  }
  // One poll says too little to tell.
  if (count < 2 || lo < -1 || hi > 1 || whole) return;
  issues.push({
    path: ["series"],
    message: (words) =>
      `expected percent from 0 to 100, received values from ${lo} to ${hi} in every series, which look like proportions: read them with ${words("scale", "proportion")} (multiplied by 100), or ${words("scale", "percent")} if they are percents`,
  });
}

const times100 = (value: number) => Math.round(value * 100 * 1e9) / 1e9;

/** Values, margins and responses given as proportions, as percent. */
function scaled(point: PollPoint): PollPoint {
  const responses = point.responses
    ? Object.freeze(Object.fromEntries(Object.entries(point.responses).map(([k, v]) => [k, times100(v)])))
    : undefined;
  return Object.freeze({
    ...point,
    value: times100(point.value),
    ...(point.marginOfError !== undefined ? { marginOfError: times100(point.marginOfError) } : {}),
    ...(responses ? { responses } : {}),
  });
}

/**
 * The relations of a dataset whose fields are valid: unique series ids, `partOf` naming another series,
 * shares from 0 to 100, proportions, one poll once (repeats, conflicts, populations), sorted points and
 * events. Returns the dataset to freeze, or `undefined` when it reported problems.
 */
export function checkRelations(input: PollDataset, options: ParseOptions, issues: Issues): PollDataset | undefined {
  const before = issues.length;
  // A series whose own fields failed (a hole in the list, a point that is not one) is left to those problems.
  const whole = (s: PollSeries | undefined): s is PollSeries =>
    s !== undefined && Array.isArray(s.points) && s.points.every((p) => p !== undefined && typeof p.value === "number");
  const ids = new Map<string, number>();
  input.series.forEach((s, i) => {
    if (s?.id === undefined) return;
    const first = ids.get(s.id);
    if (first === undefined) ids.set(s.id, i);
    else
      fail(issues, ["series", i, "id"], `an id not used by another series (series[${first}] has it)`, s.id, [
        "series",
        first,
      ]);
  });
  input.series.forEach((s, i) => {
    if (!whole(s)) return;
    if (s.partOf !== undefined && (s.partOf === s.id || !ids.has(s.partOf))) {
      fail(
        issues,
        ["series", i, "partOf"],
        `the id of another series (${[...ids.keys()].filter((id) => id !== s.id).join(", ") || "none"})`,
        s.partOf,
      );
    }
    shareRange(s, ["series", i], issues);
  });
  if (options.scale === undefined && input.series.every(whole)) proportions(input, issues);
  const counts: Counts = { ...input.processing };
  const order = byPoll(input);
  const series = input.series.map((s, i) => {
    if (!whole(s)) return s;
    const indexed = s.points.map((point, index) => ({
      point: options.scale === "proportion" ? scaled(point) : point,
      index,
    }));
    const kept = identities(indexed, input, s, ["series", i], options, issues, counts);
    const points = kept.map((item) => item.point).sort(order);
    return Object.freeze({ ...s, points: Object.freeze(points) });
  });
  if (issues.length > before) return undefined;
  if (options.scale === "proportion") counts.scaledFromProportions = true;
  const events = input.events ? [...input.events].sort((a, b) => text0(a.date, b.date)) : undefined;
  const processing = Object.keys(counts).length ? { processing: counts } : {};
  return { ...input, ...(events ? { events } : {}), series, ...processing };
}
