import { pollMonths } from "../chart/place.js";
import { enMultiples } from "../language/en-multiples.js";
import type { MultiplesWords } from "../language/language.js";
import { fieldValue } from "../words/values.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { moved, type PanelPlan, seriesNow } from "./panels.js";
import { flatten } from "../model/list.js";

// What small multiples say: each panel's name with its values now, and the overview, which panel is
// highest and lowest now and which moved most.

/** The small multiples' words of the trend's language: its own where it has them, else English. */
const wordsOf = (t: PreparedTrend): MultiplesWords => t.language.multiples ?? enMultiples;

/**
 * A panel's accessible name: its name, then each series' latest value ("Sending funds: Democrats 59%, Republicans
 * 21%").
 */
export const panelLabel = (
  t: PreparedTrend,
  name: string,
  values: readonly { readonly label?: string; readonly value: string }[],
) => wordsOf(t).panel(name, values);

/** The figure's name, as a chart's is, and its overview's first sentence: "Three panels, May 2022 to January 2023". */
export const figureName = (t: PreparedTrend, panels: number): string =>
  wordsOf(t).name(panels, pollMonths(t), t.format);

/**
 * The figure's description: how many panels over what span; of the series polled now (within 45 days of
 * the field's latest poll, as a chart's field), the highest and lowest (each by
 * its panel's name, or "label, panel" where a panel has several); the one that moved most since its
 * first value (its average's first estimate, else its first poll); and the shared axis where it does not
 * run from 0% to 100%.
 */
export function overview(
  t: PreparedTrend,
  panels: readonly PanelPlan[],
  domain: readonly [number, number] | undefined,
  valueLabel: (value: number) => string,
): string {
  const { words: w, format: f } = t;
  // A series no longer polled (45 days, as a field's) is not among the latest figures.
  const polled = flatten(panels.map((panel) => panel.plans.filter((plan) => !plan.stale)));
  const entries = flatten(
    panels.map((panel) =>
      panel.plans
        .filter((plan) => !plan.stale || !polled.length)
        .map((plan) => {
          const now = seriesNow(t, plan);
          const measure = plan.series.measure ?? "share";
          return {
            name: panel.plans.length > 1 ? `${plan.series.label}, ${panel.name}` : panel.name,
            latest: plan.latestValue,
            value: fieldValue(t, t.facts.series[plan.index]!),
            points: moved(now),
            measure,
            since: now.since,
          };
        }),
    ),
  );
  const pick = (better: (a: (typeof entries)[number], b: (typeof entries)[number]) => boolean) =>
    entries.reduce((best, e) => (better(e, best) ? e : best));
  const highest = pick((a, b) => a.latest > b.latest);
  const lowest = pick((a, b) => a.latest < b.latest);
  const most = pick((a, b) => Math.abs(a.points) > Math.abs(b.points));
  const text = wordsOf(t).overview(
    {
      panels: panels.length,
      span: pollMonths(t),
      highest,
      lowest,
      ...(most.points !== 0 ? { moved: { ...most, since: w.monthYear(most.since) } } : {}),
      // Said where some series were left out, so that a lower panel no longer polled is no surprise.
      ...(entries.length < flatten(panels.map((panel) => panel.plans)).length ? { among: entries.length } : {}),
    },
    f,
  );
  const axis =
    domain && (domain[0] !== 0 || domain[1] !== 100)
      ? ` ${w.axisNote(valueLabel(domain[0]), valueLabel(domain[1]))}`
      : "";
  return `${text}${axis}`;
}
