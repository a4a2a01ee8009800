/// <reference lib="dom" />
import type { ChartLayout } from "../chart/layout.js";
import { announcePoll, announceWords } from "../chart/announce.js";
import { pollKey } from "../model/polls.js";
import type { PollDataset } from "../model/types.js";
import { flatten } from "../model/list.js";

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

/** Every poll of a dataset by its identity: end date, field start, pollster. */
const pollKeys = (d: PollDataset) => new Set(flatten(d.series.map((s) => s.points.map((p) => pollKey(p, d)))));

/**
 * What `update()` changed, in words for the live region: "3 new polls; latest: Approve, IBD/TIPP,
 * April 26–29, 2020: 44%, …" (the latest new poll as a reader hears it), "1 poll removed".
 * `undefined` when the same polls are there (new options, or revised values, which the chart shows).
 */
export function describeUpdate(before: PollDataset, after: ChartLayout): string | undefined {
  const f = after.trend.format;
  const [was, now] = [pollKeys(before), pollKeys(after.trend.dataset)];
  const added = [...now].filter((k) => !was.has(k)).length;
  const removed = [...was].filter((k) => !now.has(k)).length;
  const say = announceWords(after);
  const words = say.changed(added, removed, f);
  if (!words) return undefined;
  // The latest new poll, by its end date: the first series that has it.
  let latest: [number, number] | undefined;
  let best = "";
  after.series.forEach((s, series) => {
    s.points.forEach(({ point }, index) => {
      if (point.date > best && !was.has(pollKey(point, after.trend.dataset)))
        [latest, best] = [[series, index], point.date];
    });
  });
  return latest ? `${words}${say.latestNew}${announcePoll(after, ...latest)}` : `${words}.`;
}
