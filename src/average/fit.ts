import type { PreparedPolls } from "./polls.js";
import { windowRange } from "./window.js";

/**
 * A local-linear fit at some days: its value there and the two parts of its variance, per unit of
 * the between-pollster and the within-pollster variance (see {@link fitAt}).
 */
export interface LocalFit {
  /** The days fitted at, ascending. */
  readonly days: Float64Array;
  /** The fitted value at each, in percent; `NaN` where the window holds fewer than `minPolls` polls. */
  readonly values: Float64Array;
  /** Σ over pollsters of (the pollster's share of the estimate)²: the variance per unit of house-effect variance. */
  readonly pollsterTerm: Float64Array;
  /** Σ over polls of (the poll's share)² × overlap ÷ size weight²: the variance per unit of poll variance. */
  readonly pollTerm: Float64Array;
  /** How many polls had weight in each window. */
  readonly counts: Int32Array;
  /** Per pollster, its share of the weight summed over the fit days: how much of the line is its voice. */
  readonly voice: Float64Array;
}

/**
 * How the polls of one pollster weigh together in a poll average: `"shared"`, one voice per pollster
 * (a pollster's polls in a window share at most one poll's weight), or `"per-poll"`, each poll on its
 * own (see {@link AverageOptions.pollsterWeighting}).
 */
export type PollsterWeighting = "shared" | "per-poll";

/** What a fit needs besides the polls: the values to fit, each poll's robustness weight, the windows. */
export interface FitInput {
  readonly polls: PreparedPolls;
  /** The values fitted, one per poll: the polls' own, or adjusted for house effects. */
  readonly values: Float64Array;
  /** Robustness weights from 0 to 1, one per poll (all 1 before the first robustness pass). */
  readonly robustness: Float64Array;
  readonly weighting: PollsterWeighting;
  /** Below this many polls with weight in a window, no value there. */
  readonly minPolls: number;
}

// The sums of one window per pollster, side by side in one array (SUMS numbers each), reused between windows.
const MASS = 0;
const M0 = 1;
const M1 = 2;
const M2 = 3;
const MY = 4;
const MXY = 5;
const V0 = 6;
const V1 = 7;
const V2 = 8;
const SUMS = 9;

/**
 * A weighted local-linear regression (the fit inside LOESS) at each of `at`, with a tricube kernel of
 * half-width `halves[j]` days around `at[j]`.
 *
 * A poll i of pollster p in the window has kernel weight Kᵢ = (1 − (|dᵢ − t| ÷ h)³)³ × its robustness
 * weight, and size weight sᵢ. With `"per-poll"` weighting its weight is wᵢ = sᵢ Kᵢ. With `"shared"`, one
 * voice per pollster: the pollster's voice is Vₚ = min(1, Σ Kᵢ over its polls in the window), at most
 * what one poll at the window's centre has, and it is split among its polls in proportion to sᵢ Kᵢ, so
 * wᵢ = Vₚ sᵢ Kᵢ ÷ Σ sⱼ Kⱼ. A pollster with one poll in the window weighs as that poll; a daily tracker
 * weighs as one poll at the centre, however many releases it has; each pollster's polls still carry its
 * time trend and its larger polls still count more within its share.
 *
 * The estimate is the intercept at t of the weighted least-squares line, ŷ = Σ lᵢ yᵢ. Its variance
 * under a model of independent house effects (variance τ²) and poll errors (variance σ² ÷ sᵢ², times
 * the overlap of tracking releases that share respondents) is τ² Σₚ (Σᵢ∈ₚ lᵢ)² + σ² Σᵢ lᵢ² overlapᵢ ÷ sᵢ²;
 * the two sums are returned so the caller can scale them by its estimates of τ² and σ².
 *
 * Cost: O(polls in the window + log n) per day.
 */
export function fitAt(input: FitInput, at: Float64Array, halves: Float64Array): LocalFit {
  const { polls, values, robustness, weighting, minPolls } = input;
  const { days, sizeWeights, pollster, overlap } = polls;
  const count = polls.pollsters.length;
  const sums = new Float64Array(count * SUMS);
  const seen = new Uint8Array(count);
  const touched = new Int32Array(count);
  const shared = weighting === "shared";
  const out = {
    days: at,
    values: new Float64Array(at.length),
    pollsterTerm: new Float64Array(at.length),
    pollTerm: new Float64Array(at.length),
    counts: new Int32Array(at.length),
    voice: new Float64Array(count),
  };
  for (let j = 0; j < at.length; j++) {
    const t = at[j]!;
    const h = halves[j]!;
    const [lo, hi] = windowRange(days, t, h);
    out.counts[j] = hi - lo;
    let present = 0;
    for (let i = lo; i < hi; i++) {
      const x = days[i]! - t;
      const u = Math.abs(x) / h;
      const c = 1 - u * u * u;
      const k = c * c * c * robustness[i]!;
      const sk = k * sizeWeights[i]!;
      const y = values[i]!;
      const p = pollster[i]!;
      const o = p * SUMS;
      if (!seen[p]) {
        seen[p] = 1;
        touched[present++] = p;
        sums.fill(0, o, o + SUMS);
      }
      const kk = k * k * overlap[i]!;
      sums[o + MASS] = sums[o + MASS]! + k;
      sums[o + M0] = sums[o + M0]! + sk;
      sums[o + M1] = sums[o + M1]! + sk * x;
      sums[o + M2] = sums[o + M2]! + sk * x * x;
      sums[o + MY] = sums[o + MY]! + sk * y;
      sums[o + MXY] = sums[o + MXY]! + sk * x * y;
      sums[o + V0] = sums[o + V0]! + kk;
      sums[o + V1] = sums[o + V1]! + kk * x;
      sums[o + V2] = sums[o + V2]! + kk * x * x;
    }
    let w = 0;
    let sx = 0;
    let sxx = 0;
    let sy = 0;
    let sxy = 0;
    for (let q = 0; q < present; q++) {
      const o = touched[q]! * SUMS;
      const f = share(sums, o, shared);
      w += f * sums[o + M0]!;
      sx += f * sums[o + M1]!;
      sxx += f * sums[o + M2]!;
      sy += f * sums[o + MY]!;
      sxy += f * sums[o + MXY]!;
    }
    if (hi - lo < minPolls || !(w > 0)) {
      out.values[j] = Number.NaN;
      for (let q = 0; q < present; q++) seen[touched[q]!] = 0;
      continue;
    }
    // d3-regression's ordinary least squares on weighted means: a flat line where the days barely spread.
    const mx = sx / w;
    const my = sy / w;
    const spread = sxx / w - mx * mx;
    const flat = Math.abs(spread) < 1e-24;
    const slope = flat ? 0 : (sxy / w - mx * my) / spread;
    out.values[j] = my - slope * mx;
    // The equivalent kernel: lᵢ = wᵢ (a − b xᵢ) with a = 1/w + mx²/(w·spread), b = mx/(w·spread); or 1/w when flat.
    const b = flat ? 0 : mx / (w * spread);
    const a = 1 / w + b * mx;
    let pollsterTerm = 0;
    let pollTerm = 0;
    for (let q = 0; q < present; q++) {
      const p = touched[q]!;
      const o = p * SUMS;
      const f = share(sums, o, shared);
      const m0 = sums[o + M0]!;
      const part = f * (a * m0 - b * sums[o + M1]!);
      pollsterTerm += part * part;
      pollTerm += f * f * (a * a * sums[o + V0]! - 2 * a * b * sums[o + V1]! + b * b * sums[o + V2]!);
      out.voice[p] = out.voice[p]! + (f * m0) / w;
      seen[p] = 0;
    }
    out.pollsterTerm[j] = pollsterTerm;
    out.pollTerm[j] = pollTerm;
  }
  return out;
}

/** The factor on a pollster's sums (at offset `o`): its voice over its sᵢKᵢ mass under shared weighting, else 1. */
function share(sums: Float64Array, o: number, shared: boolean): number {
  if (!shared) return 1;
  const m0 = sums[o + M0]!;
  return m0 > 0 ? Math.min(1, sums[o + MASS]!) / m0 : 0;
}
