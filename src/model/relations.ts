import { type Dropped, identities, objectRows, populationOrder, type RowOf } from "./identity.js";
import type { PollKind } from "./kind.js";
import type { ParseOptions } from "./parse-options.js";
import { pollOf, pollsterOf, versionOf } from "./polls.js";
import { fail, type Issues, type Path } from "./schema.js";
import type { PollDataset, PollPoint, PollProcessing, PollSeries } from "./types.js";

export { DEFAULT_POPULATIONS, PARSE_OPTION_FIELDS, type ParseOptions } from "./parse-options.js";
export type { RowOf } from "./identity.js";

// Checks between fields, once every field is valid: one poll once, shares in range, proportions, ids.

/** Orders text with `undefined` first: dates, start dates, pollsters. */
export const text0 = (a: string | undefined, b: string | undefined) =>
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
          `expected a number from 0 to 100 (a share of respondents; a net value or a lead is read with ` +
          `${words("measure", "net")}), received ${p.value}`,
      });
    }
  });
}

/** Every value of every series between −1 and 1, some with decimals: proportions given for percent. */
function proportions(dataset: PollDataset, issues: Issues) {
  let lo = Infinity;
  let hi = -Infinity;
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
      `expected percent from 0 to 100, received values from ${lo} to ${hi} in every series, which look like ` +
      `proportions: read them with ${words("scale", "proportion")} (multiplied by 100), or ` +
      `${words("scale", "percent")} if they are percents`,
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

type Counts = { -readonly [K in keyof PollProcessing]: PollProcessing[K] };

/**
 * What reading did, added to what the input says was done before (a dataset read from a CSV and parsed
 * again keeps its counts): rows dropped, the population order they were dropped by, and the questions
 * and polls where a poll asked several versions (recomputed, as a slice may have none).
 */
function processingOf(
  input: PollDataset,
  series: readonly PollSeries[],
  options: ParseOptions,
  dropped: Dropped,
  order: readonly string[],
  kind: PollKind | undefined,
): Counts {
  const { questions: _q, polls: _p, ...before } = input.processing ?? {};
  const counts: Counts = { ...before };
  const add = (key: "repeatedRowsDropped" | "otherPopulationsDropped" | "conflictingRows", rows: Set<unknown>) => {
    if (rows.size) counts[key] = (counts[key] ?? 0) + rows.size;
  };
  add("repeatedRowsDropped", dropped.repeated);
  add("otherPopulationsDropped", dropped.otherPopulations);
  add("conflictingRows", dropped.conflicting);
  if (dropped.conflicting.size && (options.conflicts === "first" || options.conflicts === "mean"))
    counts.conflicts = options.conflicts;
  if (dropped.otherPopulations.size) counts.populationOrder = [...order];
  if (kind) counts.pollKind = kind;
  if (options.scale === "proportion") counts.scaledFromProportions = true;
  // A poll can have several versions only where rows number their questions, or where one series holds
  // two rows of one pollster's field dates (sorted, they are neighbours): elsewhere there is nothing to
  // count. A tracker's pollster often ends two polls on one day, with other start dates: not one poll.
  // Over a copy: `some` over a frozen list takes V8's slow path, three times slower; spreading it does not.
  const maybe = series.some((s) =>
    [...(s?.points ?? [])].some((p: PollPoint | undefined, i, all) => {
      const q: PollPoint | undefined = all[i - 1];
      return (
        p?.questionId !== undefined ||
        (q?.date === p?.date && q?.fieldStart === p?.fieldStart && q?.pollster === p?.pollster && i > 0)
      );
    }),
  );
  if (!maybe) return counts;
  const versions = new Set<string>();
  const polls = new Set<string>();
  for (const s of series)
    for (const p of s?.points ?? []) {
      if (p === undefined) continue;
      const poll = pollOf(p, input);
      polls.add(poll);
      versions.add(versionOf(p, input, poll));
    }
  if (versions.size > polls.size) Object.assign(counts, { questions: versions.size, polls: polls.size });
  return counts;
}

/**
 * The relations of a dataset whose fields are valid: unique series ids, `partOf` naming another series,
 * shares from 0 to 100, proportions, one poll once (repeats, conflicts, populations), sorted points and
 * events. Drops are counted by `rowOf` (the CSV reader's rows; by default one poll's points across
 * series are one row). Returns the dataset to freeze, or `undefined` when it reported problems.
 */
export function checkRelations(
  input: PollDataset,
  options: ParseOptions,
  issues: Issues,
  rowOf?: RowOf,
): PollDataset | undefined {
  const before = issues.length;
  // A series whose own fields failed (a hole in the list, a point that is not one) is left to those problems.
  const wholes = new Set(
    input.series.filter(
      (s) => s !== undefined && Array.isArray(s.points) && s.points.every((p) => p?.value !== undefined),
    ),
  );
  const whole = (s: PollSeries | undefined): s is PollSeries => wholes.has(s!);
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
  // What the polls measure is said by the option (parseCsv reads it from a file's names); else vote intention's order.
  const kind = options.pollKind;
  const order = populationOrder(options, kind);
  const dropped: Dropped = { repeated: new Set(), otherPopulations: new Set(), conflicting: new Set() };
  const rows = rowOf ?? objectRows(input);
  const sort = byPoll(input);
  const series = input.series.map((s, i) => {
    if (!whole(s)) return s;
    const indexed = s.points.map((point, index) => ({
      point: options.scale === "proportion" ? scaled(point) : point,
      index,
    }));
    const kept = identities(indexed, input, i, options, order, rows, issues, dropped);
    const points = kept.map((item) => item.point).sort(sort);
    return Object.freeze({ ...s, points: Object.freeze(points) });
  });
  if (issues.length > before) return undefined;
  const counts = processingOf(input, series, options, dropped, order, kind);
  const events = input.events ? [...input.events].sort((a, b) => text0(a.date, b.date)) : undefined;
  const { processing: _before, ...rest } = input;
  const processing = Object.keys(counts).length ? { processing: counts } : {};
  return { ...rest, ...(events ? { events } : {}), series, ...processing };
}
