/// <reference lib="dom" />
import { useAverageFeature } from "../average/engine.js";
import { averages } from "../average/feature.js";
import type { ChartOptions } from "../chart/options.js";
import type { PollDataset } from "../model/types.js";
import { es, esAnnounce } from "../words/es.js";
import { esAverage } from "../words/es-average.js";
import { registerLanguage } from "../words/index.js";
import { mountTrendChart } from "./mount.js";

// The script renderReport inlines: it mounts the interactive chart in each report figure and hides
// the static charts, which stay complete for readers without JavaScript. A report stands alone: its
// trackers' averages come with it, and so do poll-trend's own languages, so a Spanish report's live
// chart says what its static one said (the chart's and announcements' words; the table and methods
// note are the page's, already written).
useAverageFeature(averages);
registerLanguage("es", { words: es, average: esAverage, announce: esAnnounce });
for (const figure of document.querySelectorAll<HTMLElement>("[data-poll-trend]")) {
  const config = JSON.parse(figure.querySelector("script[type='application/json']")?.textContent ?? "null") as {
    dataset: PollDataset;
    options: ChartOptions;
  } | null;
  const target = figure.querySelector<HTMLElement>(".pt-live");
  if (!config || !target) continue;
  mountTrendChart(target, config.dataset, config.options);
  figure.classList.add("pt-js");
}
