/**
 * The p quantile of `values[0..length)` as d3-array's `quantile` defines it (type 7: position
 * p·(length − 1), linear between the order statistics either side), found by selection in O(length)
 * instead of sorting. Reorders those entries of `values`, which is why callers pass a scratch copy.
 * `NaN` for no values.
 */
export function quantileInPlace(values: Float64Array, length: number, p: number): number {
  if (length === 0) return Number.NaN;
  const position = Math.min(1, Math.max(0, p)) * (length - 1);
  const below = Math.floor(position);
  select(values, below, 0, length - 1);
  const low = values[below]!;
  if (below === position || below + 1 >= length) return low;
  // After selecting `below`, every entry to its right is at least it: the next order statistic is their minimum.
  let high = Infinity;
  for (let i = below + 1; i < length; i++) if (values[i]! < high) high = values[i]!;
  return low + (high - low) * (position - below);
}

/**
 * The median of the values that are not `NaN` (both middle ones averaged for an even count), in O(n); `NaN` for none.
 */
export function medianDefined(values: Float64Array): number {
  const scratch = new Float64Array(values.length);
  let length = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) scratch[length++] = values[i]!;
  return quantileInPlace(scratch, length, 0.5);
}

/**
 * Hoare's selection: rearranges `values[left..right]` so the entry at `k` is the one a sort would put
 * there, with none larger before it and none smaller after it. Median-of-three pivots; O(n) expected.
 */
function select(values: Float64Array, k: number, left: number, right: number): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    // The median of the three: the largest of the pairwise minimums.
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
