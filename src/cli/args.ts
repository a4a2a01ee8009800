import { parseArgs } from "node:util";
import type { AverageSetting } from "../average/choose.js";
import type { ChartOptions } from "../chart/options.js";
import type { SliceRange } from "../model/slice.js";

export const HELP = `Usage: poll-trend <command> <input> [options]

Commands:
  chart   <input> [-o out.svg]   an accessible SVG trend chart
  summary <input> [--short]      the plain-language summary
  report  <input> [-o out.html]  one standalone HTML page: chart, summary, methods, data table
  table   <input> [-o out.html]  the data as an accessible HTML table

<input> is a .json dataset, a .csv file, or - for standard input. A CSV has a header row with
series, date and value (or, for a wide file, date and the columns named by --value-columns), and
optionally fieldStart, marginOfError, sampleSize, pollster, population, sponsor, mode and note.

Options:
  -o, --output FILE              write to FILE instead of standard output (- for standard output)
      --width N                  chart width in px, 240 to 4000 (default 640; below 480 a narrow layout)
      --height N|auto            chart height in px, or auto (default): as tall as the content needs
      --title T                  dataset title (CSV input, or to replace a JSON title)
      --source S                 who published the data (CSV input)
      --population P             who was surveyed, e.g. "U.S. adults" (CSV input)
      --color-scheme SCHEME      light, dark or auto
      --y-domain DOMAIN          zero-to-hundred (default), fit, or MIN,MAX in percent
      --labels MODE              direct (default) or legend
      --max-gap-days N           a longer gap between polls breaks the line
      --average MODE             auto (default), on, off, or a LOESS window in days
      --locale TAG               numbers in this locale, e.g. de-DE (words stay English)
      --id-prefix ID             prefix of every id in the chart
      --from DATE, --to DATE     only the polls that ended in this range (YYYY-MM-DD)
      --value-columns A,B        a wide CSV: the columns that hold each series' values
      --ignore-unknown-columns   read a CSV with columns poll-trend does not know
      --short                    summary: one sentence of at most 160 characters
      --all-errors               list every problem in bad data, not only the first 20
  -h, --help                     show this help
  -v, --version                  show the version
`;

/** A bad command line: exit code 2. */
export class UsageError extends Error {}

const OPTIONS = {
  output: { type: "string", short: "o" },
  width: { type: "string" },
  height: { type: "string" },
  title: { type: "string" },
  source: { type: "string" },
  population: { type: "string" },
  "color-scheme": { type: "string" },
  "y-domain": { type: "string" },
  labels: { type: "string" },
  "max-gap-days": { type: "string" },
  average: { type: "string" },
  locale: { type: "string" },
  "id-prefix": { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  "value-columns": { type: "string" },
  "ignore-unknown-columns": { type: "boolean" },
  short: { type: "boolean" },
  "all-errors": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const COMMANDS = ["chart", "summary", "report", "table"] as const;
export type Command = (typeof COMMANDS)[number];

/** What each command writes, and the file extensions that say so. */
export const EXTENSIONS: Record<Command, { kind: string; extensions: readonly string[] }> = {
  chart: { kind: "SVG", extensions: [".svg"] },
  report: { kind: "HTML", extensions: [".html", ".htm"] },
  table: { kind: "HTML", extensions: [".html", ".htm"] },
  summary: { kind: "text", extensions: [".txt", ".text", ".md"] },
};

/** A parsed command line. */
export interface Invocation {
  readonly command: Command;
  readonly input: string;
  readonly output?: string;
  readonly chart: ChartOptions;
  readonly range: SliceRange;
  readonly title?: string;
  readonly source?: string;
  readonly population?: string;
  readonly valueColumns?: readonly string[];
  readonly ignoreUnknownColumns: boolean;
  readonly short: boolean;
  readonly allErrors: boolean;
}

/** The closest known flag to a mistyped one, by edit distance, when it is close. */
function closest(flag: string): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] as number;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] as number;
        row[j] = Math.min(
          (row[j] as number) + 1,
          (row[j - 1] as number) + 1,
          previous + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        previous = current;
      }
    }
    return row[b.length] as number;
  };
  const name = flag.replace(/^-+/, "");
  const [best] = Object.keys(OPTIONS)
    .map((known) => [known, distance(name, known)] as const)
    .sort((a, b) => a[1] - b[1]);
  return best && best[1] <= Math.max(2, Math.floor(name.length / 3)) ? `--${best[0]}` : undefined;
}

/** Node's parseArgs messages, in this CLI's words. */
function parseError(error: Error & { code?: string }): UsageError {
  const flag = /'(-{1,2}[^' <]+)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const suggestion = closest(flag);
    return new UsageError(`unknown option ${flag}${suggestion ? ` (did you mean ${suggestion}?)` : ""}`);
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return new UsageError(`${flag} needs a value`);
  return new UsageError(error.message.split("\n")[0] ?? "bad arguments");
}

function number(value: string | undefined, flag: string, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value))
    throw new UsageError(`--${flag} must be ${what}, received ${JSON.stringify(value)}`);
  return Number(value);
}

function oneOf<T extends string>(value: string | undefined, flag: string, allowed: readonly T[]): T | undefined {
  if (value !== undefined && !allowed.includes(value as T))
    throw new UsageError(
      `--${flag} must be ${allowed.join(", ").replace(/, ([^,]*)$/, " or $1")}, received ${JSON.stringify(value)}`,
    );
  return value as T | undefined;
}

function yDomain(value: string | undefined): ChartOptions["yDomain"] {
  if (value === undefined || value === "fit" || value === "zero-to-hundred") return value;
  const match = /^(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(value);
  if (!match)
    throw new UsageError(
      `--y-domain must be fit, zero-to-hundred or MIN,MAX in percent (e.g. 30,70), received ${JSON.stringify(value)}`,
    );
  return [Number(match[1]), Number(match[2])];
}

function average(value: string | undefined): AverageSetting | undefined {
  if (value === undefined || value === "auto") return value;
  if (value === "on") return true;
  if (value === "off") return false;
  const days = number(value, "average", "auto, on, off or a LOESS window in days (e.g. 90)") as number;
  if (!(days > 0))
    throw new UsageError(
      `--average must be auto, on, off or a LOESS window of more than 0 days, received ${JSON.stringify(value)}`,
    );
  return { bandwidthDays: days };
}

/** Reads argv into an invocation, or `"help"` / `"version"`. Throws a {@link UsageError} for a bad command line. */
export function readArgs(argv: readonly string[]): Invocation | "help" | "version" {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS }));
  } catch (error) {
    throw parseError(error as Error & { code?: string });
  }
  if (values.help) return "help";
  if (values.version) return "version";
  const text = (name: string) => values[name] as string | undefined;
  const [command, input, ...extra] = positionals;
  if (!command) throw new UsageError("missing command");
  if (!COMMANDS.includes(command as Command))
    throw new UsageError(`unknown command "${command}" (commands: ${COMMANDS.join(", ")})`);
  if (!input) throw new UsageError(`${command} needs an <input> file, or - for standard input`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const output = text("output");
  if (values.short && command !== "summary")
    throw new UsageError(`--short is for summary; ${command} has no short form`);
  const [from, to] = [text("from"), text("to")];
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const height = text("height");
  const chart: ChartOptions = {
    ...(text("width") !== undefined ? { width: number(text("width"), "width", "a number of px") } : {}),
    ...(height !== undefined
      ? { height: height === "auto" ? "auto" : number(height, "height", 'a number of px or "auto"') }
      : {}),
    ...(text("color-scheme") !== undefined
      ? { colorScheme: oneOf(text("color-scheme"), "color-scheme", ["light", "dark", "auto"] as const) }
      : {}),
    ...(text("y-domain") !== undefined ? { yDomain: yDomain(text("y-domain")) } : {}),
    ...(text("labels") !== undefined ? { labels: oneOf(text("labels"), "labels", ["direct", "legend"] as const) } : {}),
    ...(text("max-gap-days") !== undefined
      ? { maxGapDays: number(text("max-gap-days"), "max-gap-days", "a number of days") }
      : {}),
    ...(text("average") !== undefined ? { average: average(text("average")) } : {}),
    ...(text("locale") !== undefined ? { locale: text("locale") } : {}),
    ...(text("id-prefix") !== undefined ? { idPrefix: text("id-prefix") } : {}),
  } as ChartOptions;
  const columns = text("value-columns");
  return {
    command: command as Command,
    input,
    ...(output !== undefined && output !== "-" ? { output } : {}),
    chart,
    range: {
      ...(text("from") !== undefined ? { from: text("from") as string } : {}),
      ...(text("to") !== undefined ? { to: text("to") as string } : {}),
    },
    ...(text("title") !== undefined ? { title: text("title") as string } : {}),
    ...(text("source") !== undefined ? { source: text("source") as string } : {}),
    ...(text("population") !== undefined ? { population: text("population") as string } : {}),
    ...(columns !== undefined
      ? {
          valueColumns: columns
            .split(",")
            .map((c) => c.trim())
            .filter(Boolean),
        }
      : {}),
    ignoreUnknownColumns: values["ignore-unknown-columns"] === true,
    short: values.short === true,
    allErrors: values["all-errors"] === true,
  };
}

/**
 * Refuses a file name whose extension says something else than the command writes (`-o chart.png` for
 * an SVG). A name without an extension, or a special file such as a named pipe, is not judged.
 */
export function checkExtension(command: Command, output: string, special: boolean): void {
  const ext = /(\.[A-Za-z0-9]{1,5})$/.exec(output.replace(/^.*[\\/]/, ""))?.[1]?.toLowerCase();
  const writes = EXTENSIONS[command];
  if (ext && !special && !writes.extensions.includes(ext))
    throw new UsageError(
      `-o ${output}: ${command} writes ${writes.kind}, so the file should end in ${writes.extensions.join(" or ")}, not ${ext}`,
    );
}

/** A library option error ("poll-trend: options.width must be …") in the CLI's words ("--width must be …"). */
export function asFlag(message: string): string {
  return message
    .replace(/^poll-trend: /, "")
    .replace(/options\.(\w+)/g, (_, name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
}
