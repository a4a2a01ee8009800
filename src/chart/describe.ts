import type { PreparedTrend } from "../trend/prepare.js";
import { SHORT_SUMMARY_LIMIT, shortSummary } from "../words/summary.js";

/**
 * The chart's `<desc>`: its alt text, at most 160 characters (unless a series' name is too long for that: a
 * value is never given without it). The short summary without the title (a
 * screen reader has just read it as the chart's name), then what a sighted reader sees and a listener
 * should know, as far as it fits beside the summary: an axis that does not run from 0% to 100%, and a line
 * broken where no poll was taken. A note never shortens the summary: never costs it a headline (a field's
 * leader, an overtaking) or a series (es-ES's "45,0 %" is a character longer than "45.0%"; the axis note
 * once pushed "Desaprueba" out). Written from the values alone, before any geometry.
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
  const summary = shortSummary(trend, SHORT_SUMMARY_LIMIT, false);
  const fits = notes.filter(
    (_, kept) => summary.length + notes.slice(0, kept + 1).join(" ").length < SHORT_SUMMARY_LIMIT,
  );
  return [summary, ...fits].join(" ");
}
