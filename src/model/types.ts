/**
 * A publication or organization a figure comes from.
 *
 * @example
 * const source: PollSource = { name: "AP-NORC Center for Public Affairs Research", url: "https://apnorc.org/" };
 */
export interface PollSource {
  /** Who published it, e.g. "AP-NORC Center for Public Affairs Research". */
  readonly name: string;
  /** A link to it. Only `http:` and `https:` URLs are accepted. */
  readonly url?: string;
  /** Anything a reader should know about it, e.g. the headline or date of the article. */
  readonly note?: string;
}

/**
 * One published poll result: the share of respondents giving one answer, at one time.
 *
 * @example
 * const point: PollPoint = { date: "2023-01-30", fieldStart: "2023-01-26", value: 48, marginOfError: 4.2, sampleSize: 1068 };
 */
export interface PollPoint {
  /** ISO `YYYY-MM-DD`: the last day of fieldwork. The point is plotted here. */
  readonly date: string;
  /** ISO `YYYY-MM-DD`: the first day of fieldwork; not after `date`. */
  readonly fieldStart?: string;
  /** Percent of respondents, from 0 to 100. Decimals are kept as given. */
  readonly value: number;
  /** ± percentage points at 95% confidence, exactly as the pollster published it. Never derived. */
  readonly marginOfError?: number;
  /** Number of respondents. Aggregators' effective sample sizes may have decimals (2202.5); it is shown rounded. */
  readonly sampleSize?: number;
  /** The full breakdown of answers in percent, e.g. `{ favor: 48, oppose: 29, neither: 22 }`. */
  readonly responses?: Readonly<Record<string, number>>;
  /** Who conducted the poll, e.g. "AP-NORC". Overrides `PollDataset.pollster`. */
  readonly pollster?: string;
  /** Who was surveyed in this poll, e.g. "registered voters", where polls in a tracker differ. Overrides `PollDataset.population`. */
  readonly population?: string;
  /** Who paid for it, when that is not the pollster. */
  readonly sponsor?: string;
  /** How it was fielded, e.g. "online and phone, probability panel". */
  readonly mode?: string;
  /** Where this figure was published: its provenance. */
  readonly citation?: PollSource;
  /** A note on this poll, e.g. a change in question wording. */
  readonly note?: string;
  /**
   * Whether this is a release of a daily tracking poll (FiveThirtyEight's `tracking` column): a rolling
   * sample, published every day. A poll average gives all of a pollster's releases one pollster's weight.
   */
  readonly tracking?: boolean;
}

/**
 * One answer tracked over time: a line on the chart.
 *
 * @example
 * const series: PollSeries = {
 *   id: "weapons",
 *   label: "Favor providing weapons",
 *   predicate: "favored providing weapons to Ukraine",
 *   points: [{ date: "2022-05-16", value: 60 }, { date: "2023-01-30", value: 48 }],
 * };
 */
export interface PollSeries {
  /** Unique within the dataset; used in element ids and class names. */
  readonly id: string;
  /** Short name drawn beside the line, e.g. "Favor providing weapons". */
  readonly label: string;
  /** The question as asked, when it differs per series. */
  readonly question?: string;
  /**
   * Past-tense verb phrase completing "48% of U.S. adults …", e.g. "favored providing weapons to Ukraine".
   * The summary uses it to write full sentences; without it, the summary names the series by its label.
   */
  readonly predicate?: string;
  /** The polls, sorted by `date` once parsed. */
  readonly points: readonly PollPoint[];
}

/**
 * Something that happened, marked on the chart as a labeled vertical rule.
 *
 * @example
 * const event: PollEvent = { date: "2022-02-24", label: "Russia invades Ukraine" };
 */
export interface PollEvent {
  /** ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Short text drawn beside the rule. */
  readonly label: string;
}

/**
 * A set of poll series on one topic: the input of every chart, summary and table.
 *
 * @example
 * const dataset: PollDataset = {
 *   title: "Support for arming Ukraine has slipped",
 *   population: "U.S. adults",
 *   pollster: "AP-NORC",
 *   series: [{ id: "weapons", label: "Favor providing weapons", points: [{ date: "2023-01-30", value: 48 }] }],
 * };
 */
export interface PollDataset {
  /** The headline: the chart's accessible name. */
  readonly title: string;
  /** A line under the title, e.g. the finding in one sentence. */
  readonly subtitle?: string;
  /** Who was surveyed, e.g. "U.S. adults". */
  readonly population?: string;
  /** The question as asked. */
  readonly question?: string;
  /** Who conducted the polls, e.g. "AP-NORC". Used in the methods note. */
  readonly pollster?: string;
  /** Who published the data. Shown in the chart's footer and in the summary. */
  readonly source?: PollSource;
  /** Context to mark on the chart, sorted by date once parsed. */
  readonly events?: readonly PollEvent[];
  /** At least one series. */
  readonly series: readonly PollSeries[];
}

/**
 * One problem found in the input: where, and what was expected.
 */
export interface PollDataIssue {
  /** Where the problem is, written like `series[0].points[1].value`; `dataset` for the input itself. */
  readonly path: string;
  /** What was expected and what was received. */
  readonly message: string;
}
