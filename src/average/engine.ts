import type { AverageOptions, PollAverage } from "./average.js";
import type { PollSeries } from "../model/types.js";

// The poll average is a module of its own (`poll-trend/average`), so an app that draws only a few polls
// per series does not carry it: importing that module registers it here. The registry lives on
// globalThis under a registered symbol, so the ESM and CommonJS builds, and every entry bundled with its
// own copy of this file, see one average.

/** What computes a series' average: {@link pollAverage}. */
export type AverageEngine = (series: PollSeries, options?: AverageOptions) => PollAverage;

const KEY = Symbol.for("poll-trend.average");
const registry = globalThis as unknown as Record<symbol, AverageEngine | undefined>;

/** Registers the average (done by importing `poll-trend/average`); `undefined` removes it. */
export function useAverageEngine(engine: AverageEngine | undefined): void {
  registry[KEY] = engine;
}

/** The registered average, if `poll-trend/average` was imported. */
export const averageEngine = (): AverageEngine | undefined => registry[KEY];
