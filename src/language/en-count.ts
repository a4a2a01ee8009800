import type { NumberFormat } from "./numbers.js";

const SMALL = "zero one two three four five six seven eight nine".split(" ");

/**
 * A count of things in a sentence, as AP and the Guardian both write it: words from one to nine ("seven
 * pollsters", "three panels"), figures from 10 ("312 polls"). Values, points and days are measures, always
 * in figures; so are a chart's key, labels and positions ("3 of 4"), where figures are read at a glance.
 */
export function count(n: number, f: NumberFormat): string {
  return Number.isInteger(n) && n >= 1 && n <= 9 ? SMALL[n]! : f.number(n);
}
