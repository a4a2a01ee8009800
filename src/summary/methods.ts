import { formatDateRange, formatFullDate } from "../format/date.js";
import { type NumberFormat, numberFormat } from "../format/number.js";
import { parseDataset } from "../model/parse.js";
import { pollKey, pollsterOf } from "../model/polls.js";
import type { PollDataset, PollPoint } from "../model/types.js";
import { list, pollBy } from "./phrases.js";

/** Options of {@link methodsNote}. */
export interface MethodsOptions {
  /** BCP 47 locale for numbers, e.g. `"de-DE"`; words stay English. Default `"en-US"`. */
  readonly locale?: string;
}

// Nouns that read right after "using a" or "using the": "using the AmeriSpeak probability panel".
const COUNTABLE = /\b(panel|sample|survey|poll|frame|list|platform|method|design)$/i;

/**
 * How a poll was fielded, passed through as written, with an article only where it reads right:
 * "using the AmeriSpeak probability panel", "using an online panel", "using live phone interviews";
 * anything else stands as its own sentence: "Mode: phone."
 */
function modePhrase(mode: string): { clause: string; sentence: string } {
  if (/^(a|an|the)\s/i.test(mode) || /s$/i.test(mode.split(/\s+/).pop() ?? ""))
    return { clause: `, using ${mode}`, sentence: "" };
  if (COUNTABLE.test(mode)) {
    // A name ("AmeriSpeak probability panel") takes "the"; a kind ("online panel") takes "a" or "an".
    const article = /^[A-Z]/.test(mode) ? "the" : /^[aeiou]/i.test(mode) ? "an" : "a";
    return { clause: `, using ${article} ${mode}`, sentence: "" };
  }
  return { clause: "", sentence: ` Mode: ${mode}.` };
}

/** One pollster's latest poll, as an AP story's methods line. */
function latestPollNote(pollster: string, point: PollPoint, dataset: PollDataset, f: NumberFormat): string {
  const population = point.population ?? dataset.population;
  const who = `The ${pollster ? pollBy(pollster) : "poll"}`;
  const of = [point.sampleSize && f.count(point.sampleSize), population].filter(Boolean).join(" ");
  const sponsor = point.sponsor ? `, sponsored by ${point.sponsor},` : "";
  const mode = point.mode ? modePhrase(point.mode) : { clause: "", sentence: "" };
  const fielded = point.fieldStart
    ? `was conducted ${formatDateRange(point.fieldStart, point.date)}`
    : `was completed ${formatDateRange(undefined, point.date)}`;
  const margin =
    point.marginOfError === undefined
      ? ""
      : ` The margin of sampling error is ${f.margin(point.marginOfError)} percentage points.`;
  return `${who}${of ? ` of ${of}` : ""}${sponsor} ${fielded}${mode.clause}.${mode.sentence}${margin}`;
}

/** A tracker's polls as a set: how many, by how many pollsters, when, among whom, how large. */
function setNote(
  polls: readonly PollPoint[],
  pollsters: readonly string[],
  dataset: PollDataset,
  f: NumberFormat,
): string {
  // ISO dates sort as text.
  const start = polls.map((p) => p.fieldStart ?? p.date).sort()[0] ?? "";
  const end = polls.map((p) => p.date).sort()[polls.length - 1] ?? "";
  const populations = [
    ...new Set(polls.map((p) => p.population ?? dataset.population).filter((p): p is string => p !== undefined)),
  ];
  const among = populations.length ? ` among ${list(populations)}` : "";
  const sizes = polls.map((p) => p.sampleSize).filter((n): n is number => n !== undefined);
  const range = (values: number[], show: (n: number) => string) => {
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    return show(lo) === show(hi) ? show(lo) : `${show(lo)} to ${show(hi)}`;
  };
  const each = sizes.length
    ? `, with ${range(sizes, f.count)} respondents each${sizes.length < polls.length ? " where published" : ""}`
    : "";
  const margins = polls.map((p) => p.marginOfError).filter((m): m is number => m !== undefined);
  const margin = margins.length
    ? ` Margins of sampling error${margins.length < polls.length ? ", where published," : ""} are ${range(margins, f.margin)} percentage points.`
    : "";
  const by = pollsters.length > 1 ? `${f.number(pollsters.length)} pollsters` : pollsters[0];
  return `The ${f.number(polls.length)} polls${by ? `, by ${by},` : ""} were conducted from ${formatFullDate(start)}, to ${formatFullDate(end)}${among || each ? "," : ""}${among}${each}.${margin}`;
}

/**
 * The methods line an AP story carries, using only the fields that exist. For one pollster, its latest
 * poll: "The AP-NORC poll of 1,068 U.S. adults was conducted Jan. 26–30, 2023, using the AmeriSpeak
 * probability panel. The margin of sampling error is ±4.2 percentage points." For a tracker of several
 * pollsters, the set: "The 312 polls, by 7 pollsters, were conducted from Jan. 20, 2017, to April 29,
 * 2020, among adults and registered voters, with 823 to 3,038 respondents each."
 *
 * @throws {PollDataError} when the input is not a valid dataset.
 * @example
 * methodsNote(apNorcUkraineSupport); // "The AP-NORC poll of 1,239 U.S. adults was conducted Nov. 2–6, 2023. …"
 */
export function methodsNote(input: PollDataset, options: MethodsOptions = {}): string {
  const dataset = parseDataset(input);
  const f = numberFormat(options.locale);
  // A poll that asked about several series is one poll: the same pollster, field start and end date.
  const polls = new Map<string, PollPoint>();
  for (const point of dataset.series.flatMap((s) => s.points)) {
    const key = pollKey(point, dataset);
    const known = polls.get(key);
    if (!known || (known.marginOfError === undefined && point.marginOfError !== undefined)) polls.set(key, point);
  }
  const pollsters = [
    ...new Set([...polls.values()].map((p) => pollsterOf(p, dataset)).filter((p): p is string => p !== undefined)),
  ];
  if (pollsters.length > 1) return setNote([...polls.values()], pollsters, dataset, f);
  let latest: PollPoint | undefined;
  for (const point of polls.values())
    if (
      !latest ||
      point.date > latest.date ||
      (point.date === latest.date && !latest.marginOfError && point.marginOfError)
    )
      latest = point;
  return latestPollNote(pollsters[0] ?? "", latest as PollPoint, dataset, f);
}
