import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";

// Every figure is from ../shared/data/ap-norc-ukraine.md, which cites the publication of each.
// Margins of error appear only where AP-NORC published one; none is derived from a sample size.

const hill = {
  name: "The Hill, March 2022",
  note: "Two-thirds of Americans support accepting Ukrainian refugees into US",
};
const apMay2022 = { name: "AP-NORC poll report, May 2022" };
const apFeb2023 = { name: "AP (Madhani & Swanson), Feb. 16, 2023" };
const apNov2023 = { name: "AP (Kim & Sanders), Nov. 24, 2023" };
const panel = "AmeriSpeak probability panel";

/**
 * AP-NORC polls of U.S. adults on aiding Ukraine, March 2022 to November 2023: the share who favor
 * the U.S. providing weapons to Ukraine, and the share who favor sending government funds directly.
 * Each point cites the publication its figure comes from (`citation`).
 *
 * @example
 * renderTrendChart(apNorcUkraineSupport); // the chart
 * summarizeTrend(apNorcUkraineSupport);   // "48% of U.S. adults favored …"
 */
export const apNorcUkraineSupport: PollDataset = /* @__PURE__ */ parseDataset({
  title: "Support for arming Ukraine fell after the first months of the war",
  subtitle: "Percent of U.S. adults in favor",
  population: "U.S. adults",
  pollster: "AP-NORC",
  source: {
    name: "AP-NORC Center for Public Affairs Research",
    url: "https://apnorc.org/",
    note: "Wording as reported in news coverage; the exact questionnaire wording was not available.",
  },
  events: [{ date: "2022-02-24", label: "Russia invades Ukraine" }],
  series: [
    {
      id: "weapons",
      label: "Favor providing weapons",
      predicate: "favored the U.S. providing weapons to Ukraine",
      points: [
        { fieldStart: "2022-03-17", date: "2022-03-21", sampleSize: 1082, value: 64, citation: hill },
        { fieldStart: "2022-05-12", date: "2022-05-16", sampleSize: 1172, value: 60, citation: apFeb2023 },
        {
          fieldStart: "2023-01-26",
          date: "2023-01-30",
          sampleSize: 1068,
          marginOfError: 4.2,
          value: 48,
          responses: { favor: 48, oppose: 29, neither: 22 },
          mode: panel,
          citation: apFeb2023,
        },
        {
          fieldStart: "2023-11-02",
          date: "2023-11-06",
          sampleSize: 1239,
          marginOfError: 3.9,
          value: 48,
          citation: apNov2023,
        },
      ],
    },
    {
      id: "funds",
      label: "Favor sending funds",
      predicate: "favored sending government funds directly to Ukraine",
      points: [
        {
          fieldStart: "2022-05-12",
          date: "2022-05-16",
          sampleSize: 1172,
          value: 44,
          responses: { favor: 44, oppose: 32, neither: 23 },
          citation: apMay2022,
        },
        {
          fieldStart: "2023-01-26",
          date: "2023-01-30",
          sampleSize: 1068,
          marginOfError: 4.2,
          value: 37,
          responses: { favor: 37, oppose: 38, neither: 23 },
          mode: panel,
          citation: apFeb2023,
        },
        {
          fieldStart: "2023-11-02",
          date: "2023-11-06",
          sampleSize: 1239,
          marginOfError: 3.9,
          value: 39,
          citation: apNov2023,
        },
      ],
    },
  ],
});
