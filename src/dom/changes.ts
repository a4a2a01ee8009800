/// <reference lib="dom" />
import type { ChartLayout } from "../chart/layout.js";
import { formatDateRange } from "../format/date.js";
import { pollKey, pollsterOf } from "../model/polls.js";
import type { PollDataset, PollPoint } from "../model/types.js";

/** How long the live region waits for moves to settle before it speaks, in ms. */
export const SETTLE_MS = 400;

/**
 * A polite live region that speaks once things settle: each message replaces the one waiting, so a
 * run of key presses is heard once, at the end. The same message twice is still heard.
 */
export function liveRegion(element: HTMLElement): { say(text: string): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(text) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // A region whose text does not change is not read again: alternate a trailing no-break space.
        element.textContent = element.textContent === text ? `${text}\u00a0` : text;
      }, SETTLE_MS);
    },
    cancel: () => clearTimeout(timer),
  };
}

/** Every poll of a dataset by its identity (end date, field start, pollster), with its series and point. */
function polls(dataset: PollDataset): Map<string, { label: string; point: PollPoint }[]> {
  const all = new Map<string, { label: string; point: PollPoint }[]>();
  for (const series of dataset.series)
    for (const point of series.points) {
      const key = pollKey(point, dataset);
      all.set(key, [...(all.get(key) ?? []), { label: series.label, point }]);
    }
  return all;
}

const plural = (n: number, one: string, many: string, f: ChartLayout["format"]) =>
  `${f.number(n)} ${n === 1 ? one : many}`;

/**
 * What `update()` changed, in words for the live region: "3 new polls; latest: IBD/TIPP, April 26–29,
 * 2020: Approve 44%, Disapprove 52%", "1 poll removed". `undefined` when the same polls are there (new
 * options, or revised values, which the chart shows).
 */
export function describeUpdate(before: PollDataset, after: ChartLayout): string | undefined {
  const f = after.format;
  const [was, now] = [polls(before), polls(after.dataset)];
  const added = [...now.keys()].filter((k) => !was.has(k));
  const removed = [...was.keys()].filter((k) => !now.has(k)).length;
  const parts: string[] = [];
  if (added.length) parts.push(plural(added.length, "new poll", "new polls", f));
  if (removed) parts.push(plural(removed, "poll removed", "polls removed", f));
  if (!parts.length) return undefined;
  const latestKey = added.reduce<string | undefined>((best, key) => {
    const date = now.get(key)?.[0]?.point.date ?? "";
    return best === undefined || date > (now.get(best)?.[0]?.point.date ?? "") ? key : best;
  }, undefined);
  const latest = latestKey ? now.get(latestKey) : undefined;
  const first = latest?.[0];
  if (!first) return `${parts.join(", ")}.`;
  const pollster = pollsterOf(first.point, after.dataset);
  const values = latest.map((e) => `${e.label} ${f.percent(e.point.value)}`).join(", ");
  const when = formatDateRange(first.point.fieldStart, first.point.date);
  return `${parts.join(", ")}; latest: ${pollster ? `${pollster}, ` : ""}${when}: ${values}.`;
}
