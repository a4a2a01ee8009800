import { drawsAverages, planMarks, type SeriesPlan } from "../chart/marks.js";
import type { ResolvedOptions } from "../chart/options.js";
import { ESTIMATE_DECIMALS, round } from "../language/numbers.js";
import type { PollDataset } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";

// Which series each panel draws, in which color, and what it says now: decided from the data before
// any geometry.

/** One panel: its name and the series it draws (their places in the dataset), planned. */
export interface PanelPlan {
  /** Its series' label, or its group. */
  readonly name: string;
  /** Its series' marks, in dataset order; `index` is each series' place in the dataset. */
  readonly plans: readonly SeriesPlan[];
}

/**
 * The panels of a dataset: one per series, or one per group of series (a series without a `group` a
 * panel of its own), in the order the data first names them.
 */
export function panelSeries(dataset: PollDataset, by: "series" | "group"): { name: string; series: number[] }[] {
  const panels = new Map<string, { name: string; series: number[] }>();
  dataset.series.forEach((s, i) => {
    const key = by === "group" && s.group !== undefined ? `g:${s.group}` : `s:${s.id}`;
    const panel = panels.get(key) ?? { name: by === "group" ? (s.group ?? s.label) : s.label, series: [] };
    panel.series.push(i);
    panels.set(key, panel);
  });
  return [...panels.values()];
}

/**
 * Each series' place in the palette, and the key's entries. By group, series that share a label share a
 * color (Democrats in every panel); by series, every panel's line takes the first color, as each panel
 * is named, except a series with a color of its own (a party's), which keeps it.
 */
export function colorSlots(
  dataset: PollDataset,
  by: "series" | "group",
  o: ResolvedOptions,
): { slots: number[]; key: string[] } {
  const keys = new Map<string, number>();
  const key: string[] = [];
  const slots = dataset.series.map((s) => {
    const own = o.colors?.[s.id] ?? s.color;
    const name = by === "group" ? s.label : own === undefined ? "" : s.id;
    let slot = keys.get(name);
    if (slot === undefined) {
      slot = keys.size;
      keys.set(name, slot);
      key.push(s.label);
    }
    return slot;
  });
  return { slots, key };
}

/**
 * The marks of each panel's series, as a chart of them alone plans them (bands for up to three averages
 * in a panel), each in its color slot and named in the figure's key.
 */
export function planPanels(
  trend: PreparedTrend,
  o: ResolvedOptions,
  panels: readonly { name: string; series: readonly number[] }[],
  slots: readonly number[],
): PanelPlan[] {
  // A figure with averages draws every panel's polls as dots, as one chart does: its only lines are averages.
  const averaged = drawsAverages(trend.facts.series);
  return panels.map(({ name, series }) => {
    const facts = series.map((i) => trend.facts.series[i]).filter((f) => f !== undefined);
    const alone = { ...trend, facts: { ...trend.facts, series: facts } };
    const plans = planMarks(alone, { ...o, highlight: undefined, averaged }).map((plan, k) => {
      const index = series[k]!;
      return { ...plan, index, color: slots[index] ?? 0, keyed: true };
    });
    return { name, plans };
  });
}

/** What a series says now, and since its first value: the average's estimates where it has one, else its polls. */
export function seriesNow(trend: PreparedTrend, plan: SeriesPlan): { latest: number; first: number; since: string } {
  const facts = trend.facts.series[plan.index];
  const first = plan.average?.runs[0]?.[0];
  if (first) return { latest: plan.latestValue, first: first.value, since: first.date };
  return { latest: plan.latestValue, first: facts?.first.value ?? plan.latestValue, since: facts?.first.date ?? "" };
}

/** A change from a first value to the latest, rounded as the figure prints it. */
export const moved = (now: { latest: number; first: number }) => round(now.latest - now.first, ESTIMATE_DECIMALS);
