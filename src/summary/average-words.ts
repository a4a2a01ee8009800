import { formatDateRange, formatFullDate } from "../format/date.js";
import { type NumberFormat, round } from "../format/number.js";
import { pollsterOf } from "../model/polls.js";
import type { SeriesAverage } from "../average/choose.js";
import type { PollPoint } from "../model/types.js";
import type { AverageFacts, SeriesFacts } from "./facts.js";
import { type Context, gapPhrase, list } from "./phrases.js";

// The sentences about a tracker's poll average: what it is, what its band means, the latest polls.

/**
 * The average's method in a phrase, as the chart's footer and labels and the summary say it: "LOESS
 * over windows of about 60 days, each pollster counted once, larger polls weighted more".
 */
export function averageMethod(average: SeriesAverage, f: NumberFormat): string {
  const { windowDays, bandwidthDays, widestWindowDays, weighting, pollsterWeighting, adjustment } = average;
  // A window wider than asked: say so, or a reader who asked for 60 days wonders.
  const widened =
    widestWindowDays > bandwidthDays + 1
      ? `, widened to as much as ${f.number(widestWindowDays)} days where polls were sparse`
      : "";
  const clauses = [
    `LOESS over windows of about ${f.number(windowDays)} days${widened}`,
    ...(pollsterWeighting === "shared" && average.pollsters > 1 ? ["each pollster counted once"] : []),
    ...(weighting === "sample-size" ? ["larger polls weighted more"] : []),
    ...(adjustment === "house-effects" ? ["adjusted for each pollster’s house effect"] : []),
  ];
  return clauses.join(", ");
}

/** The method, said once: what the average is. */
function methodPhrase(average: AverageFacts, f: NumberFormat): string {
  return `a ${averageMethod(average.average, f).replace(/^LOESS/, "LOESS trend line")}`;
}

/** The sentences about one series' poll average; `first` names the method, said once per summary. */
export function averageSentences(facts: SeriesFacts, average: AverageFacts, ctx: Context, first: boolean): string[] {
  const { dataset, f } = ctx;
  const { series } = facts;
  const pct = (value: number) => f.percent(round(value, 1));
  const what = series.predicate
    ? `the share of ${dataset.population ?? "respondents"} who ${series.predicate}`
    : `“${series.label}”`;
  const method = first ? ` (${methodPhrase(average, f)})` : "";
  const polls = average.average.polls === 1 ? "1 poll" : `${f.number(average.average.polls)} polls`;
  const change =
    average.change === undefined
      ? ""
      : average.change === 0
        ? ", unchanged from a month earlier"
        : `, ${average.change > 0 ? "up" : "down"} ${f.points(average.change)} from a month earlier`;
  const sentences = [
    `The poll average${method} of ${polls} put ${what} at ${pct(average.latest.value)} on ${formatFullDate(average.latest.date)}${change}.`,
  ];
  sentences.push(
    `The band around it, where 95% of polls are expected to fall, runs from ${pct(average.latest.pollLower)} to ${pct(average.latest.pollUpper)}.`,
  );
  if (pct(average.high.value) !== pct(average.low.value)) {
    sentences.push(
      `The average was highest, ${pct(average.high.value)}, on ${formatFullDate(average.high.date)}, and lowest, ${pct(average.low.value)}, on ${formatFullDate(average.low.date)}.`,
    );
  }
  sentences.push(latestPolls(facts, ctx));
  if (facts.gaps.length)
    sentences.push(
      `The average is not drawn across ${facts.gaps.length > 1 ? "gaps" : "a gap"} in the polling, with ${gapPhrase(facts, facts.series.points[0] as PollPoint, facts.latest).replace(/^gaps in the polling, the longest with /, "the longest ")}.`,
    );
  return sentences;
}

/** The latest poll, or every poll that ended on the latest day, each attributed: never one picked by name. */
function latestPolls(facts: SeriesFacts, { dataset, f }: Context): string {
  const { latest } = facts;
  const polls = facts.series.points.filter((p) => p.date === latest.date);
  const by = (p: PollPoint) => pollsterOf(p, dataset);
  if (polls.length === 1) {
    const pollster = by(latest);
    return `The latest poll${pollster ? `, by ${pollster}` : ""} (${formatDateRange(latest.fieldStart, latest.date)}), found ${f.percent(latest.value)}.`;
  }
  const day = formatFullDate(latest.date);
  if (polls.length > 3) {
    const values = polls.map((p) => p.value);
    return `The latest ${f.number(polls.length)} polls, which ended on ${day}, found ${f.percent(Math.min(...values))} to ${f.percent(Math.max(...values))}.`;
  }
  const found = polls.map(
    (p, i) =>
      `${by(p) ?? "an unnamed pollster"}${i === 0 ? " found" : ""} ${f.percent(p.value)}${p.fieldStart && polls.some((q) => q !== p && by(q) === by(p)) ? ` (from ${formatFullDate(p.fieldStart)})` : ""}`,
  );
  return `The latest polls ended on ${day}: ${list(found)}.`;
}
