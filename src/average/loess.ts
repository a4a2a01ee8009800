import { regressionLoess } from "d3-regression";

/** A LOESS line: one estimate per distinct day, and the share of points its window held. */
export interface LoessLine {
  /** The distinct days, ascending. */
  readonly days: readonly number[];
  /** The estimate at each of them, in percent; not clamped. */
  readonly values: readonly number[];
  /** d3-regression's bandwidth: the share of the points in each window, from min(n, 30) ÷ n to 1. */
  readonly share: number;
}

// Fewer polls than this make a jagged line where pollsters with different house effects take turns.
const MIN_WINDOW_POLLS = 30;

/**
 * Fits d3-regression's LOESS to polls given as parallel arrays sorted by day, entering poll i
 * `copies[i]` times. The window of `bandwidthDays` becomes the share bandwidthDays ÷ (last day − first
 * day), clamped so the window holds at least min(n, 30) of the n polls and at most all of them.
 */
export function loessLine(
  days: readonly number[],
  values: readonly number[],
  copies: readonly number[],
  bandwidthDays: number,
): LoessLine {
  const n = days.length;
  const spanDays = (days[n - 1] as number) - (days[0] as number);
  const minShare = Math.min(n, MIN_WINDOW_POLLS) / n;
  const share = Math.min(1, Math.max(spanDays > 0 ? bandwidthDays / spanDays : 1, minShare));

  const rows: [number, number][] = [];
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) {
    const day = days[i] as number;
    if (i === 0 || day !== days[i - 1]) distinct.push(day);
    for (let c = 0; c < (copies[i] as number); c++) rows.push([day, values[i] as number]);
  }
  // d3-regression truncates share × points to a count; the nudge keeps 30/n × n from becoming 29.
  const fit = regressionLoess().bandwidth(Math.min(1, share + 1e-9))(rows);
  // d3-regression averages the estimates of repeated x, so it returns one point per distinct day.
  if (fit.length !== distinct.length)
    throw new Error("poll-trend: internal error, LOESS did not return one estimate per distinct day");
  return { days: distinct, values: fit.map((point) => point[1]), share };
}

/**
 * The line's value at each of `days` (ascending): linear between its days, flat beyond its ends.
 * One sweep, so O(days + line days).
 */
export function lineAt(line: LoessLine, days: readonly number[]): number[] {
  const at = line.days;
  const last = at.length - 1;
  let p = 0;
  return days.map((day) => {
    while (p < last && (at[p + 1] as number) <= day) p++;
    const left = at[p] as number;
    const value = line.values[p] as number;
    if (day <= left || p === last) return value;
    const next = line.values[p + 1] as number;
    return value + ((next - value) * (day - left)) / ((at[p + 1] as number) - left);
  });
}
