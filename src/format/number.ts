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

/**
 * The one number formatter: built once from a locale and handed to the chart, its labels and
 * description, the summary, the methods note, the table and the report, so they all print the same
 * number the same way. Words stay English; only the digits, separators and decimal mark follow the locale.
 */
export interface NumberFormat {
  /** The BCP 47 locale, e.g. "en-US". */
  readonly locale: string;
  /** Thousands separators and up to two decimals: "1,068", "49.6". */
  number(value: number): string;
  /** A whole count, rounded: an effective sample size of 2202.5 is "2,203". */
  count(value: number): string;
  /** A share of respondents: "48%", "49.6%". */
  percent(value: number): string;
  /** A difference of percentages, by size: "1 percentage point", "0.8 percentage points". Never "percent". */
  points(value: number): string;
  /** A margin of error: "±4.2". */
  margin(value: number): string;
}

// Intl formatting is slow next to everything else a chart does, and poll numbers repeat, so each
// locale keeps one formatter with a bounded cache of what it has formatted.
const formats = new Map<string, NumberFormat>();

/** The {@link NumberFormat} of a locale (default "en-US"), built once and reused. */
export function numberFormat(locale = "en-US"): NumberFormat {
  let format = formats.get(locale);
  if (format) return format;
  const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const seen = new Map<number, string>();
  const number = (value: number) => {
    let text = seen.get(value);
    if (text === undefined) {
      if (seen.size > 10_000) seen.clear();
      text = intl.format(value);
      seen.set(value, text);
    }
    return text;
  };
  format = Object.freeze({
    locale,
    number,
    count: (value: number) => number(Math.round(value)),
    percent: (value: number) => `${number(value)}%`,
    points: (value: number) => {
      const size = Math.abs(value);
      return `${number(size)} percentage ${size === 1 ? "point" : "points"}`;
    },
    margin: (value: number) => `±${number(value)}`,
  });
  formats.set(locale, format);
  return format;
}
