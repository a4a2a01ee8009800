import { extent, flatten } from "../model/list.js";
import { pollKey, pollOf, pollsterOf } from "../model/polls.js";
import type { PollPoint } from "../model/types.js";
import type { PreparedTrend } from "../trend/prepare.js";
import { enMethods } from "../language/en.js";

/**
 * The methods line an AP story carries, using only the fields that exist: for one pollster its latest
 * poll, for a tracker of several the set of polls, then what reading the data did to it.
 */
export function methodsText(t: PreparedTrend): string {
  const { dataset, format: f } = t;
  const w = t.language.methods ?? enMethods;
  // A poll that asked about several series is one poll (see pollKey).
  const polls = new Map<string, PollPoint>();
  for (const point of flatten(dataset.series.map((s) => s.points))) {
    const key = pollKey(point, dataset);
    const known = polls.get(key);
    if (!known || (known.marginOfError === undefined && point.marginOfError !== undefined)) polls.set(key, point);
  }
  const all = [...polls.values()];
  const pollsters = [...new Set(all.map((p) => pollsterOf(p, dataset)).filter((p): p is string => p !== undefined))];
  const processing = dataset.processing ? w.processing(dataset.processing, f) : "";
  const tail = processing ? ` ${processing}` : "";
  if (pollsters.length > 1) {
    // ISO dates sort as text.
    const starts = all.map((p) => p.fieldStart ?? p.date).sort();
    const ends = all.map((p) => p.date).sort();
    const populations = [
      ...new Set(all.map((p) => p.population ?? dataset.population).filter((p): p is string => p !== undefined)),
    ];
    const sizes = all.map((p) => p.sampleSize).filter((n): n is number => n !== undefined);
    const margins = all.map((p) => p.marginOfError).filter((m): m is number => m !== undefined);
    const span = (values: number[]) => {
      const [lo, hi] = extent(values);
      return { lo, hi, all: values.length === all.length };
    };
    return `${w.pollSet(
      {
        // Polls, not their questions or populations: a poll of two versions of a question is one poll.
        polls: new Set(all.map((p) => pollOf(p, dataset))).size,
        pollsters: pollsters.length,
        start: starts[0] ?? "",
        end: ends.at(-1) ?? "",
        populations,
        ...(sizes.length ? { sizes: span(sizes) } : {}),
        ...(margins.length ? { margins: span(margins) } : {}),
      },
      f,
    )}${tail}`;
  }
  let latest: PollPoint | undefined;
  for (const point of all) {
    if (
      !latest ||
      point.date > latest.date ||
      (point.date === latest.date && !latest.marginOfError && point.marginOfError)
    )
      latest = point;
  }
  const p = latest!;
  const population = p.population ?? dataset.population;
  const pollster = pollsters[0];
  return `${w.pollMethod(
    {
      ...(pollster ? { pollster } : {}),
      ...(p.sampleSize !== undefined ? { sample: p.sampleSize } : {}),
      ...(population ? { population } : {}),
      ...(p.sponsor ? { sponsor: p.sponsor } : {}),
      ...(p.fieldStart ? { start: p.fieldStart } : {}),
      end: p.date,
      ...(p.mode ? { mode: p.mode } : {}),
      ...(p.marginOfError !== undefined ? { margin: p.marginOfError } : {}),
    },
    f,
  )}${tail}`;
}
