import type { OptionWords, Path } from "../model/schema.js";

// The CLI's flags, one table: each flag's help, and the library option it sets. The library checks every
// option value; the CLI only turns text into the values the library takes and, when the library refuses
// one, names the flag that set it (from this table, by the refused option's path).

/** Where a flag's value goes: `png` is an option of renderPng, given only when the chart is written as PNG. */
export type Target = "chart" | "read" | "range" | "cli" | "png";

/** One flag. */
export interface Flag {
  /** The flag's name, without dashes: `width`. */
  readonly name: string;
  readonly short?: string;
  /** What it takes, for the help: `N`; none for a switch. */
  readonly value?: string;
  readonly help: string;
  readonly target: Target;
  /** The library option it sets (`width`, `unknownColumns`); the CLI's own flags have none. */
  readonly option?: string;
  /** The option value of a switch: `--ignore-unknown-columns` is `unknownColumns: "ignore"`. */
  readonly sets?: string | boolean;
  /** May be given more than once. */
  readonly multiple?: boolean;
  /** Text to the value the library takes; without it, the text as is. */
  readonly convert?: (text: string) => unknown;
  /** A repeatable flag's values, converted, to the one value the library takes; without it, the list. */
  readonly combine?: (values: readonly unknown[]) => unknown;
  /** What the flag takes, in its own words, where the library's (an object, `true`) would not read as a flag's. */
  readonly expected?: string;
}

/** A number where the text is one; else the text, which the library refuses in its own words. */
const numeric = (text: string): unknown => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
const commaList = (text: string) =>
  text
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);

/** `subgroup="All polls"` or `state=` (an empty cell). */
function where(text: string): unknown {
  const at = text.indexOf("=");
  if (at <= 0) return text;
  return {
    column: text.slice(0, at).trim(),
    value: text
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1"),
  };
}

/** `approve=Approve`, as a pair; anything else as it is, for the library to refuse. */
function pair(text: string): unknown {
  const at = text.indexOf("=");
  return at <= 0
    ? text
    : [
        text.slice(0, at).trim(),
        text
          .slice(at + 1)
          .trim()
          .replace(/^"(.*)"$/, "$1"),
      ];
}

/** Pairs to an object (`{ approve: "Approve" }`); a value that is not a pair is passed on as it is. */
function pairs(values: readonly unknown[]): unknown {
  const bad = values.find((v) => !Array.isArray(v));
  if (bad !== undefined) return bad;
  const out: Record<string, unknown> = {};
  for (const [key, value] of values as [string, string][])
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

export const FLAGS: readonly Flag[] = [
  {
    name: "output",
    short: "o",
    value: "FILE",
    help: "write to FILE instead of standard output (- for standard output)",
    target: "cli",
  },
  {
    name: "width",
    value: "N",
    help: "chart width in px, 200 to 4000 (default 640; below 480 a narrow layout)",
    target: "chart",
    option: "width",
    convert: numeric,
  },
  {
    name: "height",
    value: "N|auto",
    help: "chart height in px, or auto (default): as tall as the content needs",
    target: "chart",
    option: "height",
    convert: (t) => (t === "auto" ? t : numeric(t)),
  },
  {
    name: "title",
    value: "T",
    help: "dataset title (CSV input, or to replace a JSON title)",
    target: "read",
    option: "title",
  },
  {
    name: "subtitle",
    value: "T",
    help: "a line under the title (CSV input, or to replace a JSON subtitle)",
    target: "read",
    option: "subtitle",
  },
  { name: "source", value: "S", help: "who published the data (CSV input)", target: "read", option: "source" },
  {
    name: "population",
    value: "P",
    help: 'who was surveyed, e.g. "U.S. adults" (CSV input)',
    target: "read",
    option: "population",
  },
  { name: "color-scheme", value: "SCHEME", help: "light, dark or auto", target: "chart", option: "colorScheme" },
  {
    name: "y-domain",
    value: "DOMAIN",
    help: "fit (default): a round range around the data; zero-to-hundred; or MIN,MAX in percent",
    target: "chart",
    option: "yDomain",
    expected: "fit, zero-to-hundred or MIN,MAX in percent, from -100 to 100",
    convert: (t) => (/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/.test(t) ? t.split(",").map(Number) : t),
  },
  { name: "labels", value: "MODE", help: "direct (default) or legend", target: "chart", option: "labels" },
  {
    name: "band",
    value: "KIND",
    help: "the band around an average: average (default, its 95% range), polls (where 95% of polls fall) or none",
    target: "chart",
    option: "band",
  },
  {
    name: "highlight",
    value: "ID,ID",
    help: "draw these series in color and the rest in grey (default: the six highest)",
    target: "chart",
    option: "highlight",
    convert: commaList,
  },
  {
    name: "color",
    value: "ID=#RRGGBB",
    help:
      "a series' own color, by its id, e.g. labour=#d50000 (repeatable); under 3:1 contrast it is refused with " +
      "a shade that passes",
    target: "chart",
    option: "colors",
    expected: "ID=#RRGGBB: a series' id and a color",
    multiple: true,
    convert: pair,
    combine: pairs,
  },
  {
    name: "dashes",
    help: "dash the lines after the first, for print in one ink",
    target: "chart",
    option: "dashes",
    sets: true,
  },
  {
    name: "plot-margins",
    value: "TOP,BOTTOM",
    help: "fixed px above and below the plot, so charts side by side line up",
    target: "chart",
    option: "plotMargins",
    expected: "TOP,BOTTOM in px, from 0 to 4000",
    convert: (t) => {
      const [top, bottom] = t.split(",").map(numeric);
      return /^\d+(\.\d+)?,\d+(\.\d+)?$/.test(t) ? { top, bottom } : t;
    },
  },
  {
    name: "max-gap-days",
    value: "N",
    help: "a longer gap between polls breaks the line",
    target: "chart",
    option: "maxGapDays",
    convert: numeric,
  },
  {
    name: "average",
    value: "MODE",
    help: "auto (default), on, off, kalman (the default method), loess, or a LOESS window in days",
    target: "chart",
    option: "average",
    expected: "auto, on, off, kalman, loess or a LOESS window in days",
    convert: (t) =>
      t === "on"
        ? true
        : t === "off"
          ? false
          : t === "kalman" || t === "loess"
            ? { method: t }
            : /^\d+(\.\d+)?$/.test(t)
              ? { method: "loess", bandwidthDays: Number(t) }
              : t,
  },
  {
    name: "locale",
    value: "TAG",
    help: "numbers in this locale, e.g. de-DE; words and dates in Spanish for es-*, British English for en-GB",
    target: "chart",
    option: "locale",
  },
  { name: "id-prefix", value: "ID", help: "prefix of every id in the chart", target: "chart", option: "idPrefix" },
  {
    name: "format",
    value: "svg|png",
    help: "chart: write SVG (default) or PNG; -o FILE.png writes PNG too",
    target: "cli",
  },
  {
    name: "pixel-ratio",
    value: "N",
    help: "PNG: device pixels per px, 0.25 to 8 (default 1; 2 for 2x screens)",
    target: "png",
    option: "scale",
    convert: numeric,
  },
  {
    name: "font",
    value: "FILE",
    help: "PNG: a brand font's .ttf or .otf file, regular and bold (repeatable); else Liberation Sans",
    target: "png",
    option: "fontFiles",
    multiple: true,
  },
  {
    name: "from",
    value: "DATE",
    help: "only the polls that ended on or after DATE (YYYY-MM-DD)",
    target: "range",
    option: "from",
  },
  {
    name: "to",
    value: "DATE",
    help: "only the polls that ended on or before DATE (YYYY-MM-DD)",
    target: "range",
    option: "to",
  },
  {
    name: "value-columns",
    value: "A,B",
    help: "a wide CSV: the columns that hold each series' values",
    target: "read",
    option: "valueColumns",
    convert: commaList,
  },
  {
    name: "date-format",
    value: "FORMAT",
    help: "how the CSV writes dates: YYYY-MM-DD (default), M/D/YYYY or D/M/YYYY (two-digit years too)",
    target: "read",
    option: "dateFormat",
  },
  {
    name: "where",
    value: "COLUMN=VALUE",
    help:
      'keep only the CSV rows whose COLUMN holds VALUE, e.g. subgroup="All polls" (repeatable: one column, any ' +
      "of its values; several columns, all)",
    target: "read",
    option: "filter",
    expected: 'COLUMN=VALUE, e.g. subgroup="All polls"',
    multiple: true,
    convert: where,
  },
  {
    name: "series-column",
    value: "COLUMN",
    help: "a long CSV: the column whose values name the series, e.g. issue (values from --value-columns or value)",
    target: "read",
    option: "seriesColumn",
  },
  {
    name: "column",
    value: "FIELD=HEADER",
    help:
      "the column that holds a poll's field, where the CSV calls it otherwise, e.g. date=Datum or " +
      "pollster=Institut (repeatable)",
    target: "read",
    option: "columns",
    multiple: true,
    convert: pair,
    combine: pairs,
  },
  {
    name: "label",
    value: "NAME=LABEL",
    help: "a series' label, by its name in the CSV, e.g. approve=Approve (repeatable)",
    target: "read",
    option: "labels",
    multiple: true,
    convert: pair,
    combine: pairs,
  },
  {
    name: "invalid-rows",
    value: "error|skip",
    help:
      "a CSV row that cannot be a poll (start after end, ended after --as-of, a value missing, not a number or " +
      "out of range): an error (default), or left out and listed",
    target: "read",
    option: "invalidRows",
  },
  {
    name: "as-of",
    value: "DATE",
    help: "a CSV poll that ended after DATE (YYYY-MM-DD) cannot be a poll (default: today)",
    target: "read",
    option: "asOf",
  },
  {
    name: "conflicts",
    value: "error|first|mean",
    help:
      "rows of one poll with two values and no question id: an error (default), the first row's value, or " +
      "their mean",
    target: "read",
    option: "conflicts",
  },
  {
    name: "poll-kind",
    value: "approval|vote",
    help:
      "what the polls measure, which decides the population a poll listed for several is kept for: approval " +
      "(adults first) or vote (likely voters first); read from the columns by default",
    target: "read",
    option: "pollKind",
  },
  {
    name: "ignore-unknown-columns",
    help: "read a CSV with columns poll-trend does not know",
    target: "read",
    option: "unknownColumns",
    sets: "ignore",
  },
  {
    name: "skip-missing",
    help: "skip CSV rows without a value (and say how many)",
    target: "read",
    option: "missingValues",
    sets: "skip",
  },
  {
    name: "duplicates",
    value: "error|drop",
    help: "a row repeating an earlier one exactly: an error (default) or dropped and counted",
    target: "read",
    option: "duplicates",
  },
  {
    name: "populations",
    value: "A,B|all",
    help: "a poll listed for several populations: keep the first of these (default by --poll-kind), or all",
    target: "read",
    option: "populations",
    convert: (t) => (t === "all" ? t : commaList(t)),
  },
  {
    name: "scale",
    value: "percent|proportion",
    help: "what the values are, when all lie between 0 and 1",
    target: "read",
    option: "scale",
  },
  {
    name: "measure",
    value: "share|net",
    help: "net: the values are net values or leads, -100 to 100",
    target: "read",
    option: "measure",
  },
  { name: "short", help: "summary: one sentence of at most 160 characters (a long name aside)", target: "cli" },
  { name: "all-errors", help: "list every problem in bad data, not only the first 20", target: "cli" },
  { name: "help", short: "h", help: "show this help", target: "cli" },
  { name: "version", short: "v", help: "show the version", target: "cli" },
];

// A PNG flag may set an option whose name a reading flag also sets (--pixel-ratio the PNG's scale, --scale the
// values'): the reading flag keeps the name, and the CLI checks the PNG's options itself, before reading.
const byOption = new Map(
  [...FLAGS.filter((f) => f.target === "png"), ...FLAGS.filter((f) => f.target !== "png")]
    .filter((f) => f.option)
    .map((f) => [f.option!, f]),
);

/** The flag that set the option at a refused path (`["options", "width"]` → `--width`), if a flag sets it. */
export function flagOf(path: Path): Flag | undefined {
  const [root, option] = path;
  if (root === "range" || root === "options") return byOption.get(String(option));
  return byOption.get(String(root));
}

/**
 * Options named in the CLI's words: `--date-format M/D/YYYY`, `--ignore-unknown-columns`, `--where subgroup="Adults"`.
 */
export const cliWords: OptionWords = (option, value) => {
  const flag = byOption.get(option);
  // A filter is COLUMN="VALUE"; any other pairs, FIELD=HEADER (--column date=Datum).
  const text =
    typeof value === "object"
      ? "column" in value
        ? `${value.column}=${JSON.stringify(value.value ?? "")}`
        : Object.entries(value)
            .map(([k, v]) => `${k}=${v}`)
            .join(" ")
      : value === undefined
        ? ""
        : value;
  if (!flag) return text ? `${option} ${text}` : option;
  return flag.sets !== undefined || !text ? `--${flag.name}` : `--${flag.name} ${text}`;
};

export const HELP = `Usage: poll-trend <command> <input> [options]

Commands:
  chart   <input> [-o out.svg]   an accessible SVG trend chart (-o out.png: a PNG image)
  summary <input> [--short]      the plain-language summary
  report  <input> [-o out.html]  one standalone HTML page: chart, summary, methods, data table
  table   <input> [-o out.html]  the data as an accessible HTML table

<input> is a .json dataset, a .csv file, or - for standard input. A CSV has a header row with
series, date and value (or, for a wide file, date and the columns named by --value-columns), and
optionally fieldStart, marginOfError, sampleSize, pollster, population, sponsor, mode, note,
tracking, pollId and questionId, also under FiveThirtyEight's names (startdate, end_date,
sample_size, methodology, poll_id, candidate_name, pct, …).

An aggregator's file as published, e.g. FiveThirtyEight's approval poll list:
  poll-trend chart approval_polllist.csv --where subgroup="All polls" \\
    --value-columns approve,disapprove --date-format M/D/YYYY --ignore-unknown-columns

Options:
${FLAGS.map((f) => {
  const left = `${f.short ? `-${f.short}, ` : "    "}--${f.name}${f.value ? ` ${f.value}` : ""}`;
  return `  ${left.padEnd(37)}${f.help}`;
}).join("\n")}
`;
