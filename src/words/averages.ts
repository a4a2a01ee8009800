import { dataError } from "../model/error.js";
import { AVERAGES } from "../trend/options.js";
import type { TrendAverages } from "../trend/averages.js";
import type { AverageFacts, SeriesFacts } from "../trend/facts.js";
import type { SeriesComparison } from "../trend/types.js";
import type { PreparedTrend } from "../trend/prepare.js";

/**
 * What the words need of poll-trend/average beyond the numbers: the sentences about an average. They
 * come with the average, so an app that charts a few polls per series carries none of them.
 */
export interface AverageWriter {
  /** The sentences about one series' average; `method` names the method, said once per summary. */
  sentences(facts: SeriesFacts, average: AverageFacts, t: PreparedTrend, method?: string): string[];
  /** The method as the summary names it once, with the first average. */
  subjectMethod(series: SeriesFacts, t: PreparedTrend): string;
  /** The windows of the averaged series, when they differ: a sentence, or "". */
  windows(series: readonly SeriesFacts[], t: PreparedTrend): string;
  /**
   * The averages' method for the chart's notes, one sentence: "Averages: …", one phrase for all or one per series
   * ("Approve: …").
   */
  footerMethods(series: readonly SeriesFacts[], t: PreparedTrend): string;
  /** What a tracker's marks are, for the footer: "Lines: poll averages; bands: …; dots: polls". */
  marks(band: "average" | "polls" | "none", t: PreparedTrend): string;
  /**
   * One series' average in the short summary: "Approve: 46.1% in the poll average on April 29, 2020, down 0.9
   * percentage points in a month" (`label` where the clause names the series); `""` where the series is not
   * told by its average (its field compared by its latest polls, or its average stopped before its latest
   * poll), and the summary gives its latest poll.
   */
  short(facts: SeriesFacts, average: AverageFacts, t: PreparedTrend, label: string | undefined): string;
  /** "The “A” average was above the “B” average throughout, …": a comparison of two averages, a sentence. */
  throughout(comparison: SeriesComparison, t: PreparedTrend): string;
}

/** The poll average as the summary uses it: its numbers and its sentences. */
export interface WordsAverages extends TrendAverages {
  /** The sentences about an average. */
  readonly write: AverageWriter;
}

/** Whether averages carry their sentences. */
export const hasWriter = (averages: TrendAverages): averages is WordsAverages =>
  typeof (averages as Partial<WordsAverages>).write === "object";

/**
 * The sentences of the trend's averages, for a trend whose series have averages.
 *
 * @throws {PollDataError} at `options.averages` when the averages given have no words (an estimator of
 * one's own): the summary would have to leave out what it says of them.
 */
export function writerOf(t: PreparedTrend): AverageWriter {
  const { averages } = t.options;
  if (averages && hasWriter(averages)) return averages.write;
  throw dataError([
    {
      path: ["options", "averages"],
      message: `expected ${AVERAGES}, whose words say what an average is; received averages without them`,
    },
  ]);
}
