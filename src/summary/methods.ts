import { formatDateRange } from "../format/date.js";
import { formatMargin, formatNumber } from "../format/number.js";
import { parseDataset } from "../model/parse.js";
import type { PollDataset, PollPoint } from "../model/types.js";

/**
 * The methods line an AP story carries, for the latest poll of each pollster, using only the fields
 * that exist: "The AP-NORC poll of 1,068 U.S. adults was conducted Jan. 26–30, 2023. The margin of
 * sampling error is ±4.2 percentage points."
 *
 * @throws {PollDataError} when the input is not a valid dataset.
 * @example
 * methodsNote(apNorcUkraineSupport); // "The AP-NORC poll of 1,239 U.S. adults was conducted Nov. 2–6, 2023. …"
 */
export function methodsNote(input: PollDataset): string {
  const dataset = parseDataset(input);
  const latest = new Map<string, PollPoint>();
  for (const point of dataset.series.flatMap((s) => s.points)) {
    const pollster = point.pollster ?? dataset.pollster ?? "";
    const known = latest.get(pollster);
    if (!known || point.date > known.date || (point.date === known.date && !known.marginOfError && point.marginOfError)) latest.set(pollster, point);
  }
  return [...latest]
    .map(([pollster, point]) => {
      const who = `The ${pollster ? `${pollster} ` : ""}poll`;
      const of = [point.sampleSize && formatNumber(point.sampleSize), dataset.population].filter(Boolean).join(" ");
      const sponsor = point.sponsor ? `, sponsored by ${point.sponsor},` : "";
      const mode = point.mode ? `, using the ${point.mode}` : "";
      const fielded = point.fieldStart ? `was conducted ${formatDateRange(point.fieldStart, point.date)}` : `was completed ${formatDateRange(undefined, point.date)}`;
      const margin = point.marginOfError === undefined ? "" : ` The margin of sampling error is ${formatMargin(point.marginOfError)} percentage points.`;
      return `${who}${of ? ` of ${of}` : ""}${sponsor} ${fielded}${mode}.${margin}`;
    })
    .join(" ");
}
