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
 * number the same way. It owns rounding too: an average's estimate is printed, and compared, to one
 * decimal everywhere. Digits, separators, the decimal mark and the space before "%" follow the locale's
 * CLDR patterns (es-US and es-MX write 48.5%, es-ES 48,5 %, de-DE 48,5 %); the words are the language's.
 */
export interface NumberFormat {
  /** The BCP 47 locale, e.g. "en-US". */
  readonly locale: string;
  /** Thousands separators and up to two decimals: "1,068", "49.6"; with `decimals`, exactly that many: "46.0". */
  number(value: number, decimals?: number): string;
  /** A whole count, rounded: an effective sample size of 2202.5 is "2,203". */
  count(value: number): string;
  /** A share of respondents: "48%", "49.6%", "48,5 %"; with `decimals`, exactly that many: "46.0%". */
  percent(value: number, decimals?: number): string;
  /**
   * A net value or lead with its sign, and a true minus: "+8", "−8.5", "0"; with `decimals`, exactly that many: "−8.0".
   */
  signed(value: number, decimals?: number): string;
  /** A margin of error: "±4.2". */
  margin(value: number): string;
  /** The value rounded as it is printed, for comparing what a reader sees: `rounded(46.05, 1)` is 46.1. */
  rounded(value: number, decimals?: number): number;
}

/** Decimals of a poll average's estimates, as printed and compared: one. */
export const ESTIMATE_DECIMALS = 1;

// Intl formatting is slow next to everything else a chart does, and poll numbers repeat, so each
// locale keeps one formatter with a bounded cache of what it has formatted.
const formats = new Map<string, NumberFormat>();

/** The {@link NumberFormat} of a locale (default "en-US"), built once and reused. */
export function numberFormat(locale = "en-US"): NumberFormat {
  let format = formats.get(locale);
  if (format) return format;
  const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const fixed = [0, 1, 2].map(
    (d) => new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }),
  );
  // What comes between a number and its "%" in this locale: nothing, a space or a no-break space.
  const percentSign = new Intl.NumberFormat(locale, { style: "percent" }).format(0.5).replace(/^.*\d/, "") || "%";
  // Texts made so far, by decimals (the last for none) then by value: a number is its own key.
  const seen = [0, 1, 2, 3].map(() => new Map<number, string>());
  // With `decimals`, exactly that many: an average's "46.0%" beside "45.9%", so a column of them aligns.
  const number = (value: number, decimals?: number) => {
    const v = decimals === undefined ? value : round(value, decimals);
    const known = seen[decimals ?? 3] ?? seen[3]!;
    let text = known.get(v);
    if (text === undefined) {
      if (known.size > 10_000) known.clear();
      text = (decimals === undefined ? intl : (fixed[decimals] ?? intl)).format(v);
      known.set(v, text);
    }
    return text;
  };
  format = Object.freeze({
    locale,
    number,
    count: (value: number) => number(Math.round(value)),
    percent: (value: number, decimals?: number) => `${number(value, decimals)}${percentSign}`,
    signed: (value: number, decimals?: number) => {
      const v = decimals === undefined ? value : round(value, decimals);
      return v > 0 ? `+${number(v, decimals)}` : v < 0 ? `\u2212${number(-v, decimals)}` : number(0, decimals);
    },
    margin: (value: number) => `±${number(value)}`,
    rounded: (value: number, decimals = ESTIMATE_DECIMALS) => round(value, decimals),
  });
  formats.set(locale, format);
  return format;
}
