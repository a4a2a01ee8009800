import { averageNodes } from "../chart/paint-average.js";
import * as words from "../words/average.js";
import type { AverageFeature } from "./engine.js";
import { seriesAverageFacts } from "./series.js";

/** The poll average whole, as `poll-trend/average` (and the CLI and `poll-trend/element`) register it. */
export const averages: AverageFeature = { series: seriesAverageFacts, words, paint: averageNodes };
