import type { PreparedTrend } from "../trend/prepare.js";
import { rankedShortSummary, SHORT_SUMMARY_LIMIT } from "../words/summary.js";

/**
 * The chart's `<desc>`: its alt text, at most 160 characters. The short summary, plus what a sighted
 * reader sees and a listener should know: an axis that does not run from 0% to 100%, and a line broken
 * where no poll was taken, as far as they fit (a note never pushes out a field's leader or an
 * overtaking). Written from the values alone, before any geometry.
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
  // Keep as many notes as fit: a note may shorten the summary, never cost it its headline (a field's
  // leader, an overtaking) or a series it names (es-ES's "45,0 %" is a character longer than "45.0%":
  // the axis note must not push "Desaprueba" out), which a listener needs more than the axis.
  const best = rankedShortSummary(trend, SHORT_SUMMARY_LIMIT);
  const named = trend.dataset.series.map((s) => s.label).filter((label) => best.text.includes(label));
  for (let kept = notes.length; kept > 0; kept--) {
    const tail = notes.slice(0, kept).join(" ");
    const summary = rankedShortSummary(trend, SHORT_SUMMARY_LIMIT - tail.length - 1);
    const keeps = named.every((label) => summary.text.includes(label));
    if (keeps && (best.lead !== "headline" || summary.lead === "headline")) return `${summary.text} ${tail}`;
  }
  return best.text;
}
