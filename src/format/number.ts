// Intl formatting is slow next to everything else a chart does, and poll numbers repeat, so
// each locale keeps a bounded cache of what it has formatted.
const formats = new Map<string, { format: Intl.NumberFormat; seen: Map<number, string> }>();

/** Decimal places of a value as written, e.g. 2 for 49.65; at most 2, the precision we print. */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? 0 : Math.min(2, text.length - dot - 1);
}

/** Rounds to a number of decimals without binary noise: `round(50.4 - 49.6, 1)` is 0.8. */
export function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale + (value >= 0 ? 1e-9 : -1e-9)) / scale;
}

/** A number with thousands separators and up to two decimals: `formatNumber(1068)` is "1,068". */
export function formatNumber(value: number, locale = "en-US"): string {
  let cache = formats.get(locale);
  if (!cache) {
    cache = { format: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }), seen: new Map() };
    formats.set(locale, cache);
  }
  let text = cache.seen.get(value);
  if (text === undefined) {
    if (cache.seen.size > 10_000) cache.seen.clear();
    text = cache.format.format(value);
    cache.seen.set(value, text);
  }
  return text;
}

/** A share of respondents: `formatPercent(48)` is "48%", `formatPercent(49.6)` is "49.6%". */
export function formatPercent(value: number, locale = "en-US"): string {
  return `${formatNumber(value, locale)}%`;
}

/** A difference of percentages: "1 percentage point", "0.8 percentage points". Never "percent". */
export function formatPoints(value: number, locale = "en-US"): string {
  const size = Math.abs(value);
  return `${formatNumber(size, locale)} percentage ${size === 1 ? "point" : "points"}`;
}

/** A margin of error: `formatMargin(4.2)` is "±4.2". */
export function formatMargin(value: number, locale = "en-US"): string {
  return `±${formatNumber(value, locale)}`;
}
