import type { AverageOptions } from "../average/options.js";
import type { AverageEstimate, SeriesAverage } from "../average/types.js";
import type { PollPoint, PollSeries } from "../model/types.js";

// The facts of a trend, as data: what the words are written from and the chart is planned from.

/** A change between two polls of one series. */
export interface PollChange {
  /** The earlier poll. */
  readonly from: PollPoint;
  /** The later poll. */
  readonly to: PollPoint;
  /** `to.value - from.value` in percentage points, rounded to the data's own decimals. */
  readonly points: number;
  /**
   * The margin of error of the difference, √(m₁² + m₂²), in percentage points. Present only when
   * both polls published a margin; without it, no claim of significance is made. In a net series each
   * m is twice the poll's published margin: the margin of a lead between two shares of one sample.
   */
  readonly marginOfError?: number;
  /** Whether the size of the change is larger than `marginOfError`. Present only with it. */
  readonly exceedsMargin?: boolean;
}

/** An extreme value of a series and every poll that reached it. */
export interface PollExtreme {
  /** Percent of respondents. */
  readonly value: number;
  /** The polls at that value, oldest first. */
  readonly polls: readonly PollPoint[];
}

/** A hole in the polling, where the chart breaks the line: the polls either side of it. */
export interface PollGap {
  /** The last poll before the gap. */
  readonly from: PollPoint;
  /** The first poll after it. */
  readonly to: PollPoint;
}

/** What a series' poll average says: its latest value, its change over a month, its high and low. */
export interface AverageFacts {
  /** The average itself: method, window, weighting, estimates per run of the line. */
  readonly average: SeriesAverage;
  /** The latest estimate. */
  readonly latest: AverageEstimate;
  /**
   * The estimate nearest a month (30 days) before the latest, within its own stretch of the line, when
   * the average reaches back that far; `daysBefore` says how far it really is (the words say "a month
   * earlier" only within 5 days of 30, and give its date otherwise).
   */
  readonly monthEarlier?: AverageEstimate;
  /** Days from `monthEarlier` to the latest estimate. */
  readonly daysBefore?: number;
  /** `latest.value - monthEarlier.value` in percentage points, of the values as printed (one decimal). */
  readonly change?: number;
  /**
   * The highest estimate polls support (the first, when several tie): never one in a stretch's first or last
   * two weeks that rests on fewer than 3 polls, so a sparse series' line may go past it; the summary then
   * says no high or low.
   */
  readonly high: AverageEstimate;
  /** The lowest estimate polls support (the first, when several tie), as `high`. */
  readonly low: AverageEstimate;
}

/** The facts about one series that the summary, the chart labels and the table are written from. */
export interface SeriesFacts {
  /** The series described. */
  readonly series: PollSeries;
  /** What its values measure: a share of respondents or a net value or lead. */
  readonly measure: "share" | "net";
  /**
   * The oldest poll; in a series with several pollsters, the oldest by the latest poll's pollster. A poll
   * that asked several versions of the question (split samples, two wordings) is one poll here: its
   * reading (see `pollReadings`), the version with the largest sample or the mean of the versions.
   */
  readonly first: PollPoint;
  /**
   * The poll before the latest (by the same pollster, in a series with several), when there is one:
   * never another version of the latest poll itself.
   */
  readonly previous?: PollPoint;
  /** The newest poll (its reading, when it asked several versions of the question). */
  readonly latest: PollPoint;
  /** How many polls the series holds, each counted once however many versions of the question it asked. */
  readonly polls: number;
  /** How many results (questions or versions) the series holds: more than `polls` where a poll asked several. */
  readonly questions: number;
  /**
   * Whether the series stands in the field as of now: it was polled within 45 days (`RECENT_DAYS`) of the
   * field's latest poll (`TrendFacts.asOf`). A series no longer polled (a candidate who left the race)
   * is never the leader, is drawn in grey and keyed last, "last polled" on its latest date. With fewer
   * than three rival series every series is current.
   */
  readonly current: boolean;
  /** From `previous` to `latest`, when there are two or more polls. */
  readonly sincePrevious?: PollChange;
  /** From `first` to `latest`, when there are three or more polls (by that pollster). */
  readonly overall?: PollChange;
  /** The highest value and when it was measured. */
  readonly high: PollExtreme;
  /** The lowest value and when it was measured. */
  readonly low: PollExtreme;
  /** Holes in the polling, oldest first (the gap rule of the chart's line). */
  readonly gaps: readonly PollGap[];
  /** Who ran the polls, in order of first poll; the dataset's pollster for points without one. */
  readonly pollsters: readonly string[];
  /** The poll average, when the series has one (see {@link DescribeOptions.average}). */
  readonly average?: AverageFacts;
}

/** Everything {@link summarizeTrend} says, as data. */
export interface TrendFacts {
  /** One entry per series, in dataset order. */
  readonly series: readonly SeriesFacts[];
  /** ISO date the field stands at: the end of its latest poll. */
  readonly asOf: string;
  /** The one comparison worth a sentence, if any holds. */
  readonly comparison?: SeriesComparison;
  /** The latest time one series overtook another, if one did and still leads. */
  readonly crossing?: SeriesCrossing;
  /** With three or more rival series: who leads now, and by how much. */
  readonly leader?: LeaderFacts;
  /** Series that are parts of another (`partOf`), with their whole. */
  readonly parts: readonly PartFacts[];
}

/** Options of {@link describeTrend}; the chart passes its own, so its words match its picture. */
export interface DescribeOptions {
  /** When a series gets a poll average (see {@link AverageSetting}). Default `"auto"`. */
  readonly average?: AverageSetting | undefined;
  /** A gap longer than this many days is a hole in the polling. Default: the chart's gap rule. */
  readonly maxGapDays?: number | undefined;
  /**
   * The poll average, from poll-trend/average: needed when a series calls for one (see {@link TrendOptions.averages}).
   */
  readonly averages?: TrendAverages | undefined;
}

/** A comparison between two series that held every time both were measured. */
export interface SeriesComparison {
  /** The series that was higher every time. */
  readonly higher: PollSeries;
  /** The series that was lower every time. */
  readonly lower: PollSeries;
  /**
   * `"polls"`: compared in the same polls (same pollster, same field dates) that asked about both.
   * `"average"`: both series are poll averages, compared on every date both have an estimate.
   */
  readonly basis: "polls" | "average";
  /** How many polls (or, for averages, dates) measured both; at least two. */
  readonly polls: number;
  /** The first date compared, ISO `YYYY-MM-DD`. */
  readonly from: string;
  /** The last date compared, ISO `YYYY-MM-DD`. */
  readonly to: string;
}

/** The latest time one series overtook another and stayed ahead. */
export interface SeriesCrossing {
  /** The series ahead now. */
  readonly leader: PollSeries;
  /** The series it overtook. */
  readonly trailer: PollSeries;
  /** As for {@link SeriesComparison.basis}. */
  readonly basis: "polls" | "average";
  /** The date of the first poll (or average estimate) with the leader ahead, after it was not. */
  readonly date: string;
  /** The poll of the leader on that date, for `"polls"`, to date it as the summary dates polls. */
  readonly poll?: PollPoint;
  /** The latest date both were measured, ISO `YYYY-MM-DD`. */
  readonly latestDate: string;
  /** The leader's value on `latestDate`, in percent. */
  readonly leaderValue: number;
  /** The trailer's value on `latestDate`, in percent. */
  readonly trailerValue: number;
  /** Whether the crossing happened at the latest date both were measured: then it is the news. */
  readonly isLatest: boolean;
  /**
   * How many times the lead changed hands between the two over every date both were measured (this
   * crossing the last of them): 1 when it changed once. Ties, and leads within the margin of error, do not
   * change it. Only where the two are the only rivals: beside a third, where the two trading places may not
   * have been the lead, 1.
   */
  readonly changes: number;
}

/**
 * Who leads a field of three or more rival series now, by their latest values among the series that are
 * current (polled lately, see {@link SeriesFacts.current}), and by how much.
 */
export interface LeaderFacts {
  /** The series with the highest latest value. */
  readonly leader: SeriesFacts;
  /** The next highest. */
  readonly runnerUp: SeriesFacts;
  /**
   * Leader's latest value minus the runner-up's, in percentage points, from the unrounded values, then
   * rounded as printed (one decimal for averages); 0 is a tie.
   */
  readonly lead: number;
  /** Whether the values are the averages' latest estimates (all series have one) or the latest polls. */
  readonly basis: "polls" | "average";
  /**
   * The margin of error of `lead`, in percentage points, as a crossing's is judged: √(h₁² + h₂²) of the two
   * averages' 95% half-widths; twice the margin of one poll both latest values come from; √(m₁² + m₂²) of
   * two polls'. NaN where a poll published none. A lead no larger is within the margin of error.
   */
  readonly margin: number;
  /**
   * Where the leader's and the runner-up's latest polls are different polls, and the latest poll of one of
   * them asked about the other and put them in the same order: that poll and their values in it, from
   * which `lead` and `margin` are then taken.
   */
  readonly shared?: {
    /** The poll: the runner-up's point in it. */
    readonly poll: PollPoint;
    /** The leader's value in it. */
    readonly leader: number;
    /** The runner-up's value in it. */
    readonly runnerUp: number;
  };
}

/** A series that is a part of another: a subgroup ("Republicans") of a whole ("All adults"). */
export interface PartFacts {
  /** The facts of the part (a series with `partOf`). */
  readonly part: SeriesFacts;
  /** The facts of the series it is part of. */
  readonly whole: SeriesFacts;
  /** Whom the part's polls surveyed: its `population`, or its label. */
  readonly population: string;
}

/**
 * When a chart or summary draws a poll average: `"auto"` (default) for a series of at least 10 polls
 * that come from more than one pollster or with several polls on one date; `true` for every series with
 * at least 3 polls; `false` never; an {@link AverageOptions} object for every series, with those options.
 */
export type AverageSetting = "auto" | boolean | AverageOptions;

/**
 * The poll average as the trend uses it: a function from a series to its average's numbers. The
 * `averages` of `poll-trend/average` is one (with the words and marks the summary and the chart need
 * besides); the trend keeps what it is given and calls only this.
 *
 * @example
 * import { averages } from "poll-trend/average";
 * const trend = prepareTrend(tracker, { averages });
 */
export interface TrendAverages {
  /**
   * A series' average under resolved options, one per run of its line (a gap longer than `maxGapDays`,
   * or the gap rule, splits it), or `undefined` when no run has an estimate.
   */
  readonly estimate: (
    series: PollSeries,
    options: AverageOptions,
    maxGapDays: number | undefined,
  ) => SeriesAverage | undefined;
  /**
   * What the words say of an average, each claim on estimates polls support (see `averageFacts`, which
   * `averages` of poll-trend/average carries: the trend holds no code of the average it is not given).
   */
  readonly describe: (average: SeriesAverage, points: readonly { readonly date: string }[]) => AverageFacts;
}
