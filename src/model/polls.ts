import type { PollDataset, PollPoint, PollSeries } from "./types.js";

/** Who ran a poll: its own `pollster`, else the dataset's. */
export const pollsterOf = (point: PollPoint, dataset: Pick<PollDataset, "pollster">): string | undefined =>
  point.pollster ?? dataset.pollster;

/** Whom a poll surveyed: its own `population`, else its series', else the dataset's. */
export const populationOf = (
  point: PollPoint,
  dataset: Pick<PollDataset, "population">,
  series?: Pick<PollSeries, "population">,
): string | undefined => point.population ?? series?.population ?? dataset.population;

/**
 * A poll's identity: everything that tells two polls apart. Pollster, sponsor, field dates, population,
 * sample size and mode, and the publisher's poll and question ids where the data has them. Pollsters
 * run different polls on the same dates (YouGov, May 6–8, 2018: 1,000 adults and 1,500 adults; Morning
 * Consult for Politico and for The Hollywood Reporter), so dates and pollster alone are not enough. A
 * poll that asked about several series has one key in each of them.
 */
export function pollKey(
  point: PollPoint,
  dataset: Pick<PollDataset, "pollster" | "population">,
  series?: Pick<PollSeries, "population">,
): string {
  return [
    pollsterOf(point, dataset),
    point.sponsor,
    point.fieldStart,
    point.date,
    populationOf(point, dataset, series),
    point.sampleSize,
    point.mode,
    point.pollId,
    point.questionId,
  ].join("\u0000");
}

/**
 * The identity of a poll whatever population a row reports: its publisher's poll id where it has one,
 * else pollster, sponsor, field dates and mode. FiveThirtyEight lists many polls once for adults and
 * once for registered or likely voters; those rows share this key and differ in population.
 */
export function surveyKey(point: PollPoint, dataset: Pick<PollDataset, "pollster">): string {
  if (point.pollId !== undefined) return `id\u0000${pollsterOf(point, dataset)}\u0000${point.pollId}`;
  return [pollsterOf(point, dataset), point.sponsor, point.fieldStart, point.date, point.mode].join("\u0000");
}

/**
 * A poll's identity whatever question or version a row reports: rows with the same key are one poll,
 * never compared with each other as a change, counted once. It is the publisher's poll id where the
 * row has one (with the pollster); else pollster, sponsor, field dates and mode, and, for a row with no
 * question id, its sample size too (two rows of one pollster on the same dates with different samples
 * and no question ids are two polls; rows the publisher numbered as questions, such as a split sample
 * of 618 and 610 respondents, are versions of one poll). The population is not part of it: one poll
 * reported for registered and for likely voters is one poll (see `populations`).
 *
 * @example
 * const questions = series.points.length;
 * const polls = new Set(series.points.map((p) => pollOf(p, dataset))).size; // 24 polls of 29 questions
 */
export function pollOf(point: PollPoint, dataset: Pick<PollDataset, "pollster">): string {
  if (point.pollId !== undefined) return `id\u0000${pollsterOf(point, dataset)}\u0000${point.pollId}`;
  return [
    pollsterOf(point, dataset),
    point.sponsor,
    point.fieldStart,
    point.date,
    point.mode,
    point.questionId === undefined ? point.sampleSize : "",
  ].join("\u0000");
}

/**
 * One version of a poll in a dataset: its question id, else its sample and population (`poll`: its
 * {@link pollOf}, where the caller has it).
 */
export function versionOf(
  point: PollPoint,
  dataset: Pick<PollDataset, "pollster" | "population">,
  poll = pollOf(point, dataset),
): string {
  const version = point.questionId ?? `${point.sampleSize}\u0000${point.population ?? dataset.population}`;
  return `${poll}\u0001${version}`;
}
