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

/** How the polls of one pollster weigh together. */
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

// Scratch per pollster, reused between windows: the sums of one window, and which pollsters it touched.
interface Scratch {
  mass: Float64Array;
  m0: Float64Array;
  m1: Float64Array;
  m2: Float64Array;
  my: Float64Array;
  mxy: Float64Array;
  v0: Float64Array;
  v1: Float64Array;
  v2: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
}

function scratchFor(pollsters: number): Scratch {
  const f = () => new Float64Array(pollsters);
  const [mass, m0, m1, m2, my, mxy, v0, v1, v2] = [f(), f(), f(), f(), f(), f(), f(), f(), f()];
  return { mass, m0, m1, m2, my, mxy, v0, v1, v2, seen: new Uint8Array(pollsters), touched: new Int32Array(pollsters) };
}

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
  const s = scratchFor(polls.pollsters.length);
  const out = {
    days: at,
    values: new Float64Array(at.length),
    pollsterTerm: new Float64Array(at.length),
    pollTerm: new Float64Array(at.length),
    counts: new Int32Array(at.length),
    voice: new Float64Array(polls.pollsters.length),
  };
  for (let j = 0; j < at.length; j++) {
    const t = at[j] as number;
    const h = halves[j] as number;
    const [lo, hi] = windowRange(days, t, h);
    out.counts[j] = hi - lo;
    let touched = 0;
    for (let i = lo; i < hi; i++) {
      const x = (days[i] as number) - t;
      const u = Math.abs(x) / h;
      const c = 1 - u * u * u;
      const k = c * c * c * (robustness[i] as number);
      const sk = k * (sizeWeights[i] as number);
      const y = values[i] as number;
      const p = pollster[i] as number;
      if (!s.seen[p]) {
        s.seen[p] = 1;
        s.touched[touched++] = p;
        s.mass[p] = s.m0[p] = s.m1[p] = s.m2[p] = s.my[p] = s.mxy[p] = s.v0[p] = s.v1[p] = s.v2[p] = 0;
      }
      s.mass[p] = (s.mass[p] as number) + k;
      s.m0[p] = (s.m0[p] as number) + sk;
      s.m1[p] = (s.m1[p] as number) + sk * x;
      s.m2[p] = (s.m2[p] as number) + sk * x * x;
      s.my[p] = (s.my[p] as number) + sk * y;
      s.mxy[p] = (s.mxy[p] as number) + sk * x * y;
      const kk = k * k * (overlap[i] as number);
      s.v0[p] = (s.v0[p] as number) + kk;
      s.v1[p] = (s.v1[p] as number) + kk * x;
      s.v2[p] = (s.v2[p] as number) + kk * x * x;
    }
    let w = 0;
    let sx = 0;
    let sxx = 0;
    let sy = 0;
    let sxy = 0;
    for (let q = 0; q < touched; q++) {
      const p = s.touched[q] as number;
      const f = share(s, p, weighting);
      w += f * (s.m0[p] as number);
      sx += f * (s.m1[p] as number);
      sxx += f * (s.m2[p] as number);
      sy += f * (s.my[p] as number);
      sxy += f * (s.mxy[p] as number);
    }
    if (hi - lo < minPolls || !(w > 0)) {
      out.values[j] = Number.NaN;
      for (let q = 0; q < touched; q++) s.seen[s.touched[q] as number] = 0;
      continue;
    }
    // d3-regression's ordinary least squares on weighted means: a flat line where the days barely spread.
    const mx = sx / w;
    const my = sy / w;
    const spread = sxx / w - mx * mx;
    const slope = Math.abs(spread) < 1e-24 ? 0 : (sxy / w - mx * my) / spread;
    out.values[j] = my - slope * mx;
    // The equivalent kernel: lᵢ = wᵢ (a − b xᵢ) with a = 1/w + mx²/(w·spread), b = mx/(w·spread); or 1/w when flat.
    const b = Math.abs(spread) < 1e-24 ? 0 : mx / (w * spread);
    const a = 1 / w + b * mx;
    let pollsterTerm = 0;
    let pollTerm = 0;
    for (let q = 0; q < touched; q++) {
      const p = s.touched[q] as number;
      const f = share(s, p, weighting);
      const part = f * (a * (s.m0[p] as number) - b * (s.m1[p] as number));
      pollsterTerm += part * part;
      pollTerm += f * f * (a * a * (s.v0[p] as number) - 2 * a * b * (s.v1[p] as number) + b * b * (s.v2[p] as number));
      out.voice[p] = (out.voice[p] as number) + (f * (s.m0[p] as number)) / w;
      s.seen[p] = 0;
    }
    out.pollsterTerm[j] = pollsterTerm;
    out.pollTerm[j] = pollTerm;
  }
  return out;
}

/** The factor on pollster p's sums: its voice over its sᵢKᵢ mass under shared weighting, else 1. */
function share(s: Scratch, p: number, weighting: PollsterWeighting): number {
  if (weighting === "per-poll") return 1;
  const m0 = s.m0[p] as number;
  return m0 > 0 ? Math.min(1, s.mass[p] as number) / m0 : 0;
}
