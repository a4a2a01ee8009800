import type { averageNodes } from "../chart/paint-average.js";
import type * as words from "../words/average.js";
import type { seriesAverageFacts } from "./series.js";

// The poll average is a module of its own (`poll-trend/average`): its estimator, its words and its marks.
// An app that draws only a few polls per series does not carry it; importing that module registers it
// here. The registry lives on globalThis under a registered symbol, so the ESM and CommonJS builds, and
// every entry bundled with its own copy of this file, see one average.

/** Everything a poll average needs beyond the core: computing it, saying it and drawing it. */
export interface AverageFeature {
  /** A series' average and its facts (average/series.ts). */
  readonly series: typeof seriesAverageFacts;
  /** The words that only averages need (words/average.ts). */
  readonly words: typeof words;
  /** A tracker's dots, band and line (chart/paint-average.ts). */
  readonly paint: typeof averageNodes;
}

const KEY = Symbol.for("poll-trend.average");
const registry = globalThis as unknown as Record<symbol, AverageFeature | undefined>;

/** Registers the average (done by importing `poll-trend/average`); `undefined` removes it. */
export function useAverageFeature(feature: AverageFeature | undefined): void {
  registry[KEY] = feature;
}

/** The registered average, if `poll-trend/average` was imported. */
export const averageFeature = (): AverageFeature | undefined => registry[KEY];
