import fc from "fast-check";

/** Fixed seed and run count; override with PT_SEED and PT_RUNS to replay or to go deeper. */
export const SEED = Number(process.env.PT_SEED ?? 20261127);
export const RUNS = Number(process.env.PT_RUNS ?? 1000);
export const params = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

// XML-illegal and control characters are rejected by the parser, so valid text never has them.
const ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the parser rejects
  /[\0-\b\v\f\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Any Unicode text a user might type, weighted towards XML specials, emoji and right-to-left scripts. */
export const anyText = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
    fc.constantFrom(
      "</title><script>alert(1)</script>",
      '" onload="x',
      "a & b < c > d",
      "]]>",
      "<!--",
      "🇺🇦 Ukraine 🗳️",
      "دعم أوكرانيا",
      "תמיכה",
      "Favor \u202Eedispu\u202C",
      "'single'",
      "&amp;",
    ),
    fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
  )
  .filter((s) => s.trim().length > 0 && !ILLEGAL.test(s));

const DAY = 86_400_000;
const FIRST = Date.UTC(1950, 0, 1);
const LAST = Date.UTC(2050, 11, 31);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A percent: 0 and 100 often, decimals with one or two places. */
export const percent = fc.oneof(
  fc.constantFrom(0, 100, 50, 48, 60),
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 1_000 }).map((n) => n / 10),
);

/** Sorted-or-not unique dates from 1950 to 2050, sometimes one day apart. */
const dates = (count: number) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: Math.floor((LAST - FIRST) / DAY) - 400 }),
      fc.array(fc.integer({ min: 1, max: 900 }), { minLength: count, maxLength: count }),
      fc.boolean(),
    )
    .map(([start, gaps, shuffle]) => {
      let day = start;
      const list = gaps.map((gap, i) => {
        // A gap of 900 stands for "the next day": two polls one day apart.
        day += i === 0 ? 0 : gap === 900 ? 1 : Math.max(1, Math.floor(gap / 6));
        return iso(FIRST + day * DAY);
      });
      return shuffle ? [...list].reverse() : list;
    })
    .filter((list) => list.every((d) => d <= "2050-12-31"));

const point = (date: string) =>
  fc.record(
    {
      date: fc.constant(date),
      value: percent,
      marginOfError: fc.integer({ min: 0, max: 120 }).map((n) => n / 10),
      sampleSize: fc.integer({ min: 1, max: 100_000 }),
    },
    { requiredKeys: ["date", "value"] },
  );

const series = (index: number) =>
  fc.integer({ min: 1, max: 200 }).chain((count) =>
    fc.record({
      id: fc.constant(`s${index}`),
      label: anyText,
      // Values that all lie between 0 and 1, some with decimals, are proportions: invalid by design.
      points: dates(count)
        .chain((list) => fc.tuple(...list.map(point)))
        .filter(
          (points) =>
            points.length < 2 || points.some((p) => p.value > 1) || points.every((p) => Number.isInteger(p.value)),
        ),
    }),
  );

/** A valid raw dataset: 1–6 series of 1–200 polls, optional text fields, events. */
export const dataset = fc.integer({ min: 1, max: 6 }).chain((count) =>
  fc.record(
    {
      title: anyText,
      subtitle: anyText,
      population: anyText,
      pollster: anyText,
      source: fc.record(
        { name: anyText, url: fc.constantFrom("https://example.org/poll?a=1&b=<2>", "http://x.test/") },
        { requiredKeys: ["name"] },
      ),
      events: fc.array(
        fc.record({ date: fc.integer({ min: 0, max: 36_000 }).map((d) => iso(FIRST + d * DAY)), label: anyText }),
        { maxLength: 3 },
      ),
      series: fc.tuple(...Array.from({ length: count }, (_, i) => series(i))),
    },
    { requiredKeys: ["title", "series"] },
  ),
);
