import { parseArgs } from "node:util";
import { FLAGS, HELP, type Target } from "./flags.js";

/** The text of `--help`. */
export const HELP_TEXT = HELP;

/** A bad command line: exit code 2. */
export class UsageError extends Error {}

const COMMANDS = ["chart", "summary", "report", "table"] as const;
export type Command = (typeof COMMANDS)[number];
/** Whether a word is one of the commands. */
const isCommand = (word: string): word is Command => (COMMANDS as readonly string[]).includes(word);

/** What each command writes, and the file extensions that say so. */
export const EXTENSIONS: Record<Command, { kind: string; extensions: readonly string[] }> = {
  chart: { kind: "SVG or PNG", extensions: [".svg", ".png"] },
  report: { kind: "HTML", extensions: [".html", ".htm"] },
  table: { kind: "HTML", extensions: [".html", ".htm"] },
  summary: { kind: "text", extensions: [".txt", ".text", ".md"] },
};

/** What chart writes: SVG, or with `--format png` or `-o FILE.png` a PNG image. */
export type ChartFormat = "svg" | "png";

/** A parsed command line: the command, its input, and the options for each library call, unchecked. */
export interface Invocation {
  readonly command: Command;
  readonly input: string;
  readonly output?: string;
  /** Options of the chart, the report and (`locale`, `average`, `maxGapDays`) the words. */
  readonly chart: Readonly<Record<string, unknown>>;
  /** Options of parseCsv (and, for JSON, of parseDataset, with the title, source and population). */
  readonly read: Readonly<Record<string, unknown>>;
  /** `--from` and `--to`. */
  readonly range: Readonly<Record<string, unknown>>;
  /** What chart writes; other commands have none. */
  readonly format?: ChartFormat;
  /** Options of renderPng (`--pixel-ratio`, `--font`), given only when the chart is written as PNG. */
  readonly png: Readonly<Record<string, unknown>>;
  readonly short: boolean;
  readonly allErrors: boolean;
  /** Each flag given once, by name, as typed: what an error says was received ("--average: …, received "0""). */
  readonly typed: Readonly<Record<string, string>>;
}

const OPTIONS = Object.fromEntries(
  FLAGS.map((f) => [
    f.name,
    {
      type: f.value ? ("string" as const) : ("boolean" as const),
      ...(f.short ? { short: f.short } : {}),
      ...(f.multiple ? { multiple: true } : {}),
    },
  ]),
);

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest known flag to a mistyped one, when it is close; a flag that skips bad rows by another name, ours. */
function closest(flag: string): string | undefined {
  const name = flag.replace(/^-+/, "");
  if (/row/.test(name) && /skip|bad|invalid|error/.test(name)) return "--invalid-rows skip";
  const [best] = FLAGS.map((f) => [f.name, distance(name, f.name)] as const).sort((a, b) => a[1] - b[1]);
  return best && best[1] <= Math.max(2, Math.floor(name.length / 3)) ? `--${best[0]}` : undefined;
}

/** Node's parseArgs errors, in this CLI's words. */
function parseError(error: Error & { code?: string }): UsageError {
  const flag = /'(-{1,2}[^' <]+)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const suggestion = closest(flag);
    return new UsageError(`unknown option ${flag}${suggestion ? ` (did you mean ${suggestion}?)` : ""}`);
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return new UsageError(`${flag} needs a value`);
  return new UsageError(error.message.split("\n")[0] ?? "bad arguments");
}

/** The extension of a file name, lowercase: `.png`; none for `chart` or `.hidden`. */
function extensionOf(path: string): string | undefined {
  return /(\.[A-Za-z0-9]{1,5})$/.exec(path.replace(/^.*[\\/]/, ""))?.[1]?.toLowerCase();
}

/** What chart writes: `--format`, else what the output's name says (`.png`), else SVG. */
function chartFormat(command: Command, given: unknown, output: string | undefined): ChartFormat | undefined {
  if (given !== undefined && command !== "chart") {
    throw new UsageError(`--format is for chart; ${command} writes ${EXTENSIONS[command].kind}`);
  }
  if (command !== "chart") return undefined;
  if (given !== undefined && given !== "svg" && given !== "png") {
    throw new UsageError(`--format: expected svg or png, received "${given}"`);
  }
  const ext = output === undefined ? undefined : extensionOf(output);
  if (given !== undefined && (ext === ".svg" || ext === ".png") && ext !== `.${given}`) {
    throw new UsageError(
      `-o ${output}: --format ${given} writes ${String(given).toUpperCase()}, so the file should end in .${given}, ` +
        `not ${ext}`,
    );
  }
  return (given as ChartFormat | undefined) ?? (ext === ".png" ? "png" : "svg");
}

/** Reads argv into an invocation, or `"help"` / `"version"`. Throws a {@link UsageError} for a bad command line. */
export function readArgs(argv: readonly string[]): Invocation | "help" | "version" {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS }));
  } catch (error) {
    throw parseError(error as Error & { code?: string });
  }
  if (values.help) return "help";
  if (values.version) return "version";
  const [command, input, ...extra] = positionals;
  if (!command) throw new UsageError("missing command");
  if (!isCommand(command)) {
    throw new UsageError(`unknown command "${command}" (commands: ${COMMANDS.join(", ")})`);
  }
  if (!input) throw new UsageError(`${command} needs an <input> file, or - for standard input`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (values.short && command !== "summary")
    throw new UsageError(`--short is for summary; ${command} has no short form`);
  const sets: Record<Target, Record<string, unknown>> = { chart: {}, read: {}, range: {}, cli: {}, png: {} };
  const typed: Record<string, string> = {};
  for (const flag of FLAGS) {
    const given = values[flag.name];
    if (given === undefined || given === false || !flag.option) continue;
    if (typeof given === "string") typed[flag.name] = given;
    const convert = (text: string | boolean) =>
      flag.sets !== undefined ? flag.sets : flag.convert ? flag.convert(String(text)) : text;
    const many = Array.isArray(given) ? given.map(convert) : undefined;
    sets[flag.target][flag.option] = many ? (flag.combine ? flag.combine(many) : many) : convert(given as string);
  }
  const output = values.output as string | undefined;
  const format = chartFormat(command, values.format, output === "-" ? undefined : output);
  const pngOnly = FLAGS.find((f) => f.target === "png" && values[f.name] !== undefined);
  if (pngOnly && format !== "png") {
    throw new UsageError(`--${pngOnly.name} is for a PNG: write one with -o chart.png or --format png`);
  }
  return {
    command,
    input,
    ...(output !== undefined && output !== "-" ? { output } : {}),
    chart: sets.chart,
    read: sets.read,
    range: sets.range,
    ...(format ? { format } : {}),
    png: sets.png,
    short: values.short === true,
    allErrors: values["all-errors"] === true,
    typed,
  };
}

/**
 * Refuses a file name whose extension says something else than the command writes (`-o chart.gif` for
 * a chart, which writes SVG or PNG). A name without an extension, or a special file such as a named pipe, is not
 * judged.
 */
export function checkExtension(command: Command, output: string, special: boolean): void {
  const ext = extensionOf(output);
  const writes = EXTENSIONS[command];
  if (ext && !special && !writes.extensions.includes(ext)) {
    throw new UsageError(
      `-o ${output}: ${command} writes ${writes.kind}, so the file should end in ` +
        `${writes.extensions.join(" or ")}, not ${ext}`,
    );
  }
}
