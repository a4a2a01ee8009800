import type { PreparedTrend } from "../trend/prepare.js";
import { SHORT_SUMMARY_LIMIT, shortSummary } from "../words/summary.js";

/**
 * The chart's `<desc>`: its alt text, at most 160 characters. The short summary, plus what a sighted
 * reader sees and a listener should know: an axis that does not run from 0% to 100%, and a line broken
 * where no poll was taken. Written from the values alone, before any geometry.
 */
export function chartDescription(
  trend: PreparedTrend,
  domain: readonly [number, number],
  valueLabel: (value: number) => string,
  broken: boolean,
): string {
  const { words: w } = trend;
  const notes: string[] = [];
  if (domain[0] !== 0 || domain[1] !== 100) notes.push(w.axisNote(valueLabel(domain[0]), valueLabel(domain[1])));
  if (broken) notes.push(w.gapsNote);
  // Keep the notes when the summary still says something with them; else the summary alone.
  for (let kept = notes.length; kept >= 0; kept--) {
    const tail = notes.slice(0, kept).join(" ");
    const room = SHORT_SUMMARY_LIMIT - (tail ? tail.length + 1 : 0);
    const summary = shortSummary(trend, room);
    const text = tail ? `${summary} ${tail}` : summary;
    if (text.length <= SHORT_SUMMARY_LIMIT) return text;
  }
  return shortSummary(trend, SHORT_SUMMARY_LIMIT);
}
