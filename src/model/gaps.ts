import { utcTime } from "./dates.js";

const DAY = 86_400_000;
/** How many gaps on each side of a gap set the local pace of polling. */
const NEIGHBOURS = 8;
/** A gap breaks the line when it is longer than this many times the local pace… */
const FACTOR = 3;
/**
 * …and longer than this many days: a lull of a few weeks in a tracker is not a hole (an average's window is 60 days).
 */
const MIN_DAYS = 60;

/**
 * The median of `length` values of `values` from `start`: an insertion sort in a scratch buffer (windows are at most
 * eight long).
 */
const scratch = new Float64Array(NEIGHBOURS);
function median(values: readonly number[], start: number, length: number): number {
  for (let i = 0; i < length; i++) {
    const value = values[start + i]!;
    let j = i;
    for (; j > 0 && scratch[j - 1]! > value; j--) scratch[j] = scratch[j - 1]!;
    scratch[j] = value;
  }
  const mid = length >> 1;
  return length % 2 ? scratch[mid]! : (scratch[mid - 1]! + scratch[mid]!) / 2;
}

/**
 * Where a series' line breaks because no poll was taken for a while: the indices `i` of the points
 * (sorted by date) that start a new run, so that the gap from point `i - 1` to point `i` is a hole.
 *
 * With `maxGapDays`, every gap longer than that many days is a break. By default a gap is a break
 * when it is longer than 60 days and more than three times the local pace of polling: the median of
 * the eight gaps before it that were not holes themselves, or of the eight after it, whichever is longer.
 * So a tracker that moved from daily to biweekly polls stays one line, while a hole of years in it
 * is a break. Series with fewer than four poll dates never break by default.
 */
export function lineBreaks(dates: readonly string[], maxGapDays?: number): number[] {
  const starts: number[] = [];
  const times: number[] = [];
  dates.forEach((date, i) => {
    const time = utcTime(date);
    if (i > 0 && time === times[times.length - 1]) return;
    starts.push(i);
    times.push(time);
  });
  const gaps = times.slice(1).map((t, j) => (t - times[j]!) / DAY);
  const breaks: number[] = [];
  if (maxGapDays === undefined && gaps.length < 3) return breaks;
  // The gaps before this one that were not holes: a hole never sets the pace that judges the next gap
  // (two polls eight months apart, then twenty months without one, is two holes: Cyprus, 2018–2020).
  const paced: number[] = [];
  gaps.forEach((gap, j) => {
    let limit = maxGapDays;
    // The default limit is never under MIN_DAYS: a shorter gap needs no pace (most gaps of a tracker).
    if (limit === undefined && gap > MIN_DAYS) {
      const before = Math.min(NEIGHBOURS, paced.length);
      const after = Math.min(NEIGHBOURS, gaps.length - j - 1);
      const pace = Math.max(
        before ? median(paced, paced.length - before, before) : 0,
        after > 0 ? median(gaps, j + 1, after) : 0,
      );
      limit = Math.max(MIN_DAYS, FACTOR * pace);
    }
    if (gap > (limit ?? MIN_DAYS)) breaks.push(starts[j + 1]!);
    else paced.push(gap);
  });
  return breaks;
}

// Parsed series are frozen, so their breaks are found once per gap rule and shared by the chart and its words.
const memo = new WeakMap<readonly object[], Map<number | undefined, number[]>>();

/** The {@link lineBreaks} of items sorted by date, kept for frozen lists such as a parsed series' points. */
export function breaksOf(items: readonly { readonly date: string }[], maxGapDays?: number): number[] {
  let known = memo.get(items);
  if (!known) {
    known = new Map();
    if (Object.isFrozen(items)) memo.set(items, known);
  }
  let breaks = known.get(maxGapDays);
  if (!breaks) {
    breaks = lineBreaks(
      items.map((item) => item.date),
      maxGapDays,
    );
    known.set(maxGapDays, breaks);
  }
  return breaks;
}

/** Splits items into runs at the given break indices. */
export function splitAt<T>(items: readonly T[], breaks: readonly number[]): T[][] {
  // Sliced from a copy: `slice` of a frozen list (a parsed series' points) takes V8's slow path; a spread does not.
  const all = [...items];
  const runs: T[][] = [];
  let start = 0;
  for (const end of [...breaks, all.length]) {
    runs.push(all.slice(start, end));
    start = end;
  }
  return runs;
}

/** Splits items (sorted by date) into runs at the {@link lineBreaks}. */
export function splitRuns<T extends { readonly date: string }>(items: readonly T[], maxGapDays?: number): T[][] {
  return splitAt(items, breaksOf(items, maxGapDays));
}
