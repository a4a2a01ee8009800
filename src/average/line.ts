import { type FitInput, fitAt, type LocalFit, type PollsterWeighting } from "./fit.js";
import type { PreparedPolls } from "./polls.js";
import { medianDefined } from "./select.js";
import { halfWidths, type WindowRule } from "./window.js";

/** The rules of a line: its windows, how pollsters weigh, and how few polls are too few. */
export interface LineRule extends WindowRule {
  readonly weighting: PollsterWeighting;
  /** Below this many polls with weight in the widest window, there is no estimate. */
  readonly minFitPolls: number;
}

/** A robust local-linear line at its fit days, and the robustness weights of its last pass. */
export interface RobustLine {
  readonly fit: LocalFit;
  readonly halves: Float64Array;
  readonly robustness: Float64Array;
}

/** Cleveland's two robustness passes after the first fit, as d3-regression does them. */
const ROBUSTNESS_PASSES = 2;
/** The most days a line is fitted at, unless windows are so narrow that they need more (see {@link fitDaysOf}). */
export const MAX_FIT_DAYS = 400;
/** Fit days are never farther apart than this share of the narrowest half-window. */
const FIT_STEP_OF_HALF_WINDOW = 0.25;

/**
 * The days a line is fitted at: every distinct poll day when there are at most 400, else the distinct
 * days thinned to one per step of an even grid of (span ÷ 399) days (the first poll day at or after
 * each grid day), the first and last day always kept. Between fit days the line is linear. The step
 * is never more than a quarter of the narrowest half-window, so a series of decades with 60-day
 * windows keeps a fit every 7.5 days (more than 400 of them). On FiveThirtyEight's approval list
 * (1,219 poll days, 400 fit days) the line moves by at most 0.06 points against a fit at every day.
 *
 * @param days - Days of the polls, ascending.
 */
export function fitDaysOf(days: Float64Array, minHalfDays: number): Float64Array {
  const distinct: number[] = [];
  for (let i = 0; i < days.length; i++) if (i === 0 || days[i] !== days[i - 1]) distinct.push(days[i]!);
  if (distinct.length <= MAX_FIT_DAYS) return Float64Array.from(distinct);
  const span = distinct[distinct.length - 1]! - distinct[0]!;
  const step = Math.min(span / (MAX_FIT_DAYS - 1), FIT_STEP_OF_HALF_WINDOW * minHalfDays);
  // One fit day per step of an even grid: the first poll day at or after each grid day.
  const first = distinct[0]!;
  const kept: number[] = [first];
  let next = first + step;
  for (const day of distinct)
    if (day >= next) {
      kept.push(day);
      next = first + (Math.floor((day - first) / step) + 1) * step;
    }
  const last = distinct[distinct.length - 1]!;
  if (kept[kept.length - 1] !== last) kept.push(last);
  return Float64Array.from(kept);
}

/**
 * LOESS with robustness: a local-linear fit ({@link fitAt}) at `at`, then twice: each poll's residual
 * from the line, and a bisquare robustness weight (1 − (r ÷ 6 median |r|)²)², tiny (1e-12) for a residual
 * of 6 medians or more, so a lone outlier barely moves the line (Cleveland 1979; d3-regression's passes,
 * whose median this is, found in O(n) by quickselect). Polls where the line has no value keep weight 1.
 *
 * @param values - The values to fit, one per poll (the polls' own, or adjusted for house effects).
 * @param at - The days to fit at, ascending, spanning the polls' days.
 */
export function robustLine(polls: PreparedPolls, values: Float64Array, rule: LineRule, at: Float64Array): RobustLine {
  const halves = halfWidths(polls.days, at, rule);
  const robustness = new Float64Array(polls.days.length).fill(1);
  const input: FitInput = { polls, values, robustness, weighting: rule.weighting, minPolls: rule.minFitPolls };
  let fit = fitAt(input, at, halves);
  for (let pass = 0; pass < ROBUSTNESS_PASSES; pass++) {
    const fitted = lineAt(fit, polls.days);
    const residuals = new Float64Array(fitted.length);
    for (let i = 0; i < residuals.length; i++) residuals[i] = Math.abs(values[i]! - fitted[i]!);
    const typical = medianDefined(residuals);
    if (!(Math.abs(typical) >= 1e-12)) break;
    for (let i = 0; i < residuals.length; i++) {
      const r = residuals[i]!;
      if (Number.isNaN(r)) continue;
      const u = r / (6 * typical);
      robustness[i] = u >= 1 ? 1e-12 : (1 - u * u) * (1 - u * u);
    }
    fit = fitAt(input, at, halves);
  }
  return { fit, halves, robustness };
}

/**
 * A fitted series at each of `days` (ascending, within the fit days): linear between fit days, `NaN`
 * where either neighbour has no value. One sweep, O(days + fit days).
 */
export function lineAt(fit: Pick<LocalFit, "days" | "values">, days: Float64Array): Float64Array {
  return interpolate(fit.days, fit.values, days);
}

/** `values` given at `at` (ascending), read at each of `days` (ascending): linear between, flat beyond the ends. */
export function interpolate(at: Float64Array, values: Float64Array, days: Float64Array): Float64Array {
  const out = new Float64Array(days.length);
  const last = at.length - 1;
  let p = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    while (p < last && at[p + 1]! <= day) p++;
    const left = at[p]!;
    const value = values[p]!;
    if (day <= left || p === last) out[i] = value;
    else {
      const next = values[p + 1]!;
      out[i] = value + ((next - value) * (day - left)) / (at[p + 1]! - left);
    }
  }
  return out;
}
