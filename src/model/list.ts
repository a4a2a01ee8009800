/**
 * Lists joined into one, as `lists.flat()`, without V8's slow path: `flat()` and `flatMap()` take 600 ns
 * over four short lists and 80 µs over a tracker's 1,460 days, `concat` a tenth of that. The outer list
 * is spread into arguments, so it must be short (series, runs, ticks), never one entry per poll.
 *
 * @example
 * flatten([[1, 2], [3], 4]); // [1, 2, 3, 4]
 * flatten(series.map((s) => s.pollsters)); // every series' pollsters, in order
 */
export const flatten = <T>(lists: readonly (T | readonly T[])[]): T[] => ([] as T[]).concat(...lists);
