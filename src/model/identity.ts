import { DEFAULT_POPULATIONS, type ParseOptions } from "./parse-options.js";
import { POPULATION_ORDER, type PollKind } from "./kind.js";
import { pollKey, populationOf, surveyKey } from "./polls.js";
import { fail, type Issues, type Path } from "./schema.js";
import type { PollDataset, PollPoint } from "./types.js";

// One poll once in a series: repeated rows, rows of one poll with two values, one poll listed per
// population. What is dropped is counted in rows of the file, never in rows × series: the CSV reader
// says which row each point came from; for a dataset given as objects, one poll's points across series
// are one row, as a wide file would list them.

/** The row a point came from: series index and point index (input order) to a row's identity. */
export type RowOf = (series: number, point: number) => string | number;

/** A point of the input, with its index there: paths name input indices. */
export interface Indexed {
  readonly point: PollPoint;
  readonly index: number;
}

/** The rows dropped so far, by why: sets, so a row dropped from two series counts once. */
export interface Dropped {
  readonly repeated: Set<string | number>;
  readonly otherPopulations: Set<string | number>;
  readonly conflicting: Set<string | number>;
}

/**
 * Rows of objects: one poll's points across series are one row (its nth listing, for a poll listed
 * twice). Worked out on the first drop, over series that are whole.
 */
export function objectRows(dataset: PollDataset): RowOf {
  let rows: (string[] | undefined)[] | undefined;
  const build = () =>
    dataset.series.map((s) => {
      if (!Array.isArray(s?.points)) return undefined;
      const seen = new Map<string, number>();
      return s.points.map((p) => {
        const key = pollKey(p, dataset);
        const nth = seen.get(key) ?? 0;
        seen.set(key, nth + 1);
        return `${key}\u0001${nth}`;
      });
    });
  return (s, p) => {
    rows ??= build();
    return rows[s]?.[p] ?? `${s}:${p}`;
  };
}

/** The population order and what chose it: the caller's list, else the kind's, else vote intention's. */
export function populationOrder(options: ParseOptions, kind: PollKind | undefined): readonly string[] {
  if (Array.isArray(options.populations)) return options.populations;
  return kind ? POPULATION_ORDER[kind] : DEFAULT_POPULATIONS;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** What the identity checks kept of series `s`; problems pushed, drops recorded by row. */
export function identities(
  indexed: readonly Indexed[],
  dataset: PollDataset,
  s: number,
  options: ParseOptions,
  order: readonly string[],
  rowOf: RowOf,
  issues: Issues,
  dropped: Dropped,
): Indexed[] {
  const series = dataset.series[s]!;
  const path: Path = ["series", s];
  const first = new Map<string, number>();
  const kept: Indexed[] = [];
  // The values of each kept poll whose rows disagree, for conflicts: "mean".
  const clashes = new Map<number, number[]>();
  // One poll's rows share an end date: a point alone on its date is no repeat, and needs no key.
  const onDate = new Map<string, number>();
  for (const { point } of indexed) onDate.set(point.date, (onDate.get(point.date) ?? 0) + 1);
  for (const item of indexed) {
    if (onDate.get(item.point.date) === 1) {
      kept.push(item);
      continue;
    }
    const key = pollKey(item.point, dataset, series);
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, kept.length);
      kept.push(item);
      continue;
    }
    const earlier = kept[at]!;
    const related = [...path, "points", earlier.index];
    if (earlier.point.value !== item.point.value && !(clashes.get(at)?.includes(item.point.value) ?? false)) {
      if (options.conflicts === "first" || options.conflicts === "mean") {
        dropped.conflicting.add(rowOf(s, item.index));
        const values = clashes.get(at) ?? [earlier.point.value];
        values.push(item.point.value);
        clashes.set(at, values);
        continue;
      }
      fail(
        issues,
        [...path, "points", item.index, "value"],
        `the value of the same poll listed before (${earlier.point.value}; same pollster, sponsor, dates, ` +
          `population, sample, mode and ids)`,
        item.point.value,
        related,
      );
      const last = issues[issues.length - 1];
      if (last)
        issues[issues.length - 1] = {
          ...last,
          note: (words) =>
            `rows of one poll with two values and no question id to tell them apart are read with ` +
            `${words("conflicts", "first")} (the first row's value) or ${words("conflicts", "mean")} (their mean)`,
        };
    } else if (options.duplicates === "drop") {
      dropped.repeated.add(rowOf(s, item.index));
    } else {
      issues.push({
        path: [...path, "points", item.index],
        message: (words) =>
          `expected each poll once, received the same poll again with the same value, a repeated row (read with ` +
          `${words("duplicates", "drop")} to keep the first)`,
        related,
      });
    }
  }
  if (options.conflicts === "mean")
    for (const [at, values] of clashes) {
      const item = kept[at]!;
      kept[at] = { index: item.index, point: Object.freeze({ ...item.point, value: mean(values) }) };
    }
  return onePopulation(kept, dataset, s, options, order, rowOf, dropped);
}

/** Of rows that are one poll listed for several populations, the rows of the preferred population. */
function onePopulation(
  indexed: Indexed[],
  dataset: PollDataset,
  s: number,
  options: ParseOptions,
  order: readonly string[],
  rowOf: RowOf,
  dropped: Dropped,
): Indexed[] {
  // Without a population of its own, every poll of a series has the series' (or the dataset's): one.
  if (options.populations === "all" || !indexed.some((item) => item.point.population !== undefined)) return indexed;
  const series = dataset.series[s]!;
  const lower = order.map((p) => p.toLowerCase());
  const rank = (item: Indexed) => {
    const at = lower.indexOf(populationOf(item.point, dataset, series)?.toLowerCase() ?? "");
    return at < 0 ? lower.length : at;
  };
  const groups = new Map<string, Indexed[]>();
  for (const item of indexed) {
    const key = surveyKey(item.point, dataset);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const out = new Set<Indexed>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const populations = new Set(group.map((item) => populationOf(item.point, dataset, series)));
    if (populations.size < 2) continue;
    const best = Math.min(...group.map(rank));
    for (const item of group) if (rank(item) > best) out.add(item);
  }
  if (out.size === 0) return indexed;
  for (const item of out) dropped.otherPopulations.add(rowOf(s, item.index));
  return indexed.filter((item) => !out.has(item));
}
