/// <reference lib="dom" />
import type { ChartOptions } from "../chart/options.js";
import type { PollDataset } from "../model/types.js";
import { type MountOptions, mountTrendChart } from "./mount.js";

/**
 * What renderReport's inline script does: it mounts the interactive chart in each report figure and hides
 * the static charts, which stay complete for readers without JavaScript. A report stands alone: the parts
 * its charts need (a tracker's average, a Spanish report's words) come with its script, which is built
 * for that report (scripts/dom-script.mjs), and are passed to its charts only, so nothing on the host
 * page is read or changed.
 */
export function mountReports(carried: Pick<MountOptions, "averages" | "languages">): void {
  for (const figure of document.querySelectorAll<HTMLElement>("[data-poll-trend]")) {
    const config = JSON.parse(figure.querySelector("script[type='application/json']")?.textContent ?? "null") as {
      dataset: PollDataset;
      options: ChartOptions;
    } | null;
    const target = figure.querySelector<HTMLElement>(".pt-live");
    if (!config || !target) continue;
    mountTrendChart(target, config.dataset, { ...config.options, ...carried });
    figure.classList.add("pt-js");
  }
}
