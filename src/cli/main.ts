import { resolveOptions } from "../chart/options.js";
import {
  type ChartOptions,
  type CsvOptions,
  type ParseOptions,
  PollDataError,
  type PollDataset,
  parseCsv,
  parseDataset,
  renderDataTable,
  renderReport,
  renderTrendChart,
  type SliceRange,
  type SummaryOptions,
  sliceDataset,
  summarizeTrend,
} from "../index.js";
import { averages } from "../entries/average.js";
import { british } from "../language/british.js";
import { spanish } from "../language/spanish.js";
import { issuesInWords, messageOf } from "../model/error.js";
import { checkPngOptions, type PngOptions } from "../png/options.js";
import { renderPng } from "../png/render.js";
import { MISSING_RENDERER, RENDERER } from "../png/renderer.js";
import { checkExtension, HELP_TEXT, type Invocation, readArgs, UsageError } from "./args.js";
import { cliWords, FLAGS, flagOf } from "./flags.js";
import { readingNotice } from "./notice.js";
import { OutputError } from "./output.js";

/** Everything the CLI does to the world, so that `main` can run in a test with no effect. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The text of a file; throws an {@link OutputError} that says why it cannot be read. */
  readonly readFile: (path: string) => string;
  readonly readStdin: () => string;
  /** Writes all of a file or nothing (see writeOutput); throws an {@link OutputError} in words. */
  readonly writeFile: (path: string, content: string | Uint8Array) => void;
  /** Writes bytes (a PNG) to standard output; throws an {@link OutputError} when that is a terminal. */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  /** Whether a path is a device or a pipe, which is written in place and whose name says nothing. */
  readonly isSpecialFile: (path: string) => boolean;
  readonly version: () => string;
  /** The file's name as shown in messages: `polls.csv` for `data/polls.csv`. */
  readonly baseName: (path: string) => string;
  /** Today's date, ISO `YYYY-MM-DD`: a CSV's `--as-of` when none is given (none without it). */
  readonly today?: () => string;
}

/** The reading options that apply to JSON input too. */
const JSON_READ = new Set([
  "title",
  "subtitle",
  "source",
  "population",
  "duplicates",
  "conflicts",
  "pollKind",
  "populations",
  "scale",
]);

/** How many problems in bad data are listed unless --all-errors is given. */
const ERROR_LIMIT = 20;
const AGAIN = '\n\nRun "poll-trend --help" for every command and option.\n';

function loadDataset(run: Invocation, io: CliIo): PollDataset {
  const name = run.input === "-" ? "stdin" : io.baseName(run.input);
  const text = run.input === "-" ? io.readStdin() : io.readFile(run.input);
  if (text.includes("\u0000")) throw new OutputError(`${name} is not a text file: give a CSV or JSON file`);
  const csv = /\.csv(\.gz)?$/i.test(run.input) || (!/\.json$/i.test(run.input) && !/^\s*[{[]/.test(text));
  if (csv) {
    const asOf = run.read.asOf === undefined && io.today ? { asOf: io.today() } : {};
    return parseCsv(text, { fileName: name, ...asOf, ...run.read } as CsvOptions);
  }
  // Flags that say how to read a CSV mean nothing to JSON: say so rather than ignore them.
  const csvOnly = FLAGS.find(
    (f) => f.target === "read" && f.option && !JSON_READ.has(f.option) && run.read[f.option] !== undefined,
  );
  if (csvOnly) throw new UsageError(`--${csvOnly.name} reads CSV files; ${name} is JSON`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new OutputError(`${name} is not valid JSON: ${messageOf(error)}`);
  }
  const { title, subtitle, source, population, duplicates, conflicts, pollKind, populations, scale } = run.read;
  if (json && typeof json === "object" && !Array.isArray(json)) {
    json = {
      ...json,
      ...(title !== undefined ? { title } : {}),
      ...(subtitle !== undefined ? { subtitle } : {}),
      ...(source !== undefined ? { source: { name: source } } : {}),
      ...(population !== undefined ? { population } : {}),
    };
  }
  const parse = { duplicates, conflicts, pollKind, populations, scale };
  for (const key of Object.keys(parse) as (keyof typeof parse)[]) if (parse[key] === undefined) delete parse[key];
  return parseDataset(json, parse as ParseOptions);
}

/** The CLI carries the poll average and poll-trend's languages: every output gets them. */
const CARRIED = { averages, languages: [spanish, british] } as const;

function render(run: Invocation, dataset: PollDataset): string {
  const chart = { ...(run.chart as ChartOptions), ...CARRIED };
  const { locale, average, maxGapDays } = chart;
  const words = {
    ...(locale !== undefined ? { locale } : {}),
    ...(average !== undefined ? { average } : {}),
    ...(maxGapDays !== undefined ? { maxGapDays } : {}),
    ...CARRIED,
  };
  switch (run.command) {
    case "chart":
      return renderTrendChart(dataset, chart);
    case "report":
      return renderReport(dataset, chart);
    case "table":
      return `${renderDataTable(dataset, {
        ...(locale !== undefined ? { locale } : {}),
        languages: CARRIED.languages,
      })}\n`;
    default:
      return `${summarizeTrend(dataset, { ...words, ...(run.short ? { length: "short" } : {}) } as SummaryOptions)}\n`;
  }
}

/** The PNG's options are renderPng's to check, before any file is read; a refused one is said at its flag. */
function checkPng(run: Invocation): void {
  if (run.format !== "png") return;
  try {
    checkPngOptions(run.png, false);
  } catch (error) {
    if (!(error instanceof PollDataError)) throw error;
    const [issue] = error.issues;
    const flag = FLAGS.find((f) => f.target === "png" && f.option === issue?.path[1]);
    throw new UsageError(`--${flag?.name ?? issue?.where}: ${issue?.message}`);
  }
}

/** The chart as a PNG: the chart's options and the PNG's, drawn by renderPng. */
function renderPngOf(run: Invocation, dataset: PollDataset): Uint8Array {
  try {
    return renderPng(dataset, { ...run.chart, ...CARRIED, ...run.png } as PngOptions);
  } catch (error) {
    // The library's words name its entry; the CLI says what to install, also beside a global poll-trend.
    if (messageOf(error) === MISSING_RENDERER) {
      throw new OutputError(
        `a PNG needs ${RENDERER}, an optional peer dependency that is not installed: npm install ${RENDERER} (npm ` +
          `install -g ${RENDERER} beside a global poll-trend)`,
      );
    }
    throw error;
  }
}

/** Every problem on its own line, in the CLI's words, up to 20 unless all are asked for. */
function problems(error: PollDataError, run: Invocation | undefined, file: string): { text: string; usage: boolean } {
  const issues = issuesInWords(error, cliWords);
  // A problem with a value a flag gave is a usage error, said at the flag.
  const flagFor = (path: (typeof issues)[number]["path"]) => {
    const flag = flagOf(path);
    const given =
      path[0] === "options" ||
      path[0] === "range" ||
      (flag?.option !== undefined && run?.read[flag.option] !== undefined);
    return given ? flag : undefined;
  };
  const usage = issues.some((i) => flagFor(i.path) !== undefined);
  const line = (issue: (typeof issues)[number]) => {
    const flag = flagFor(issue.path);
    // A value refused as a whole is said in the flag's words; the library's received text where it is the flag's.
    // Refused as a whole: the option (`options.yDomain`, `filter`), or one value of a repeated flag (`filter[0]`).
    const item = flag?.multiple && typeof issue.path.at(-1) === "number" ? 1 : 0;
    const depth = (issue.path[0] === "options" || issue.path[0] === "range" ? 2 : 1) + item;
    if (flag?.expected && issue.path.length <= depth) {
      // What was typed, where the value refused is the flag's converted one ({ method: "loess", … } for 0).
      const typed = run?.typed[flag.name];
      const received = issue.message.slice(issue.message.lastIndexOf(", received ") + ", received ".length);
      const said = typed === undefined ? (received.startsWith('"') ? received : "") : JSON.stringify(typed);
      return `--${flag.name}: expected ${flag.expected}${said ? `, received ${said}` : ""}`;
    }
    if (flag) return `--${flag.name}: ${issue.message}`;
    // JSON paths are inside the file: name it, as CSV lines do.
    return `${issue.where.startsWith(file) ? "" : `${file}: `}${issue.where}: ${issue.message}`;
  };
  if (issues.length === 1) return { text: `poll-trend: ${line(issues[0] as (typeof issues)[number])}\n`, usage };
  const shown = run?.allErrors === false ? issues.slice(0, ERROR_LIMIT) : issues;
  const more = issues.length - shown.length;
  const rest = more > 0 ? `\n  and ${more.toLocaleString("en-US")} more (--all-errors lists them all)` : "";
  const what = usage ? "problems with the options" : "problems in the data";
  const list = shown.map((i) => `  ${line(i)}`).join("\n");
  return { text: `poll-trend: ${issues.length.toLocaleString("en-US")} ${what}:\n${list}${rest}\n`, usage };
}

/**
 * Runs the CLI: reads argv, does what it says through `io`, and returns the exit code: 0 success, 1 bad
 * data or files, 2 a usage error (an unknown command or flag, or an option value the library refuses).
 * It has no effect of its own: every read and write goes through `io`.
 */
export function main(argv: readonly string[], io: CliIo): number {
  let run: ReturnType<typeof readArgs> | undefined;
  try {
    run = readArgs(argv);
    if (typeof run === "object") {
      // The chart's options are the library's to check, before any file is read.
      resolveOptions(run.chart);
      checkPng(run);
      if (run.output) checkExtension(run.command, run.output, io.isSpecialFile(run.output));
    }
  } catch (error) {
    if (error instanceof PollDataError) {
      // Said at the flag, with what was typed there.
      io.stderr(`${problems(error, typeof run === "object" ? run : undefined, "").text.trimEnd()}${AGAIN}`);
      return 2;
    }
    io.stderr(`poll-trend: ${messageOf(error)}${AGAIN}`);
    return 2;
  }
  if (run === "help") {
    io.stdout(HELP_TEXT);
    return 0;
  }
  if (run === "version") {
    io.stdout(`${io.version()}\n`);
    return 0;
  }
  try {
    const loaded = loadDataset(run, io);
    const notice = readingNotice(loaded.processing);
    if (notice) io.stderr(notice);
    const range = run.range as SliceRange;
    const dataset = range.from !== undefined || range.to !== undefined ? sliceDataset(loaded, range) : loaded;
    const output = run.format === "png" ? renderPngOf(run, dataset) : render(run, dataset);
    if (run.output) io.writeFile(run.output, output);
    else if (typeof output === "string") io.stdout(output);
    else if (io.stdoutBytes) io.stdoutBytes(output);
    else throw new OutputError("cannot write a PNG to standard output here: give -o chart.png");
    return 0;
  } catch (error) {
    if (error instanceof PollDataError) {
      const { text, usage } = problems(error, run, run.input === "-" ? "stdin" : io.baseName(run.input));
      io.stderr(text);
      return usage ? 2 : 1;
    }
    if (error instanceof OutputError) {
      io.stderr(`poll-trend: ${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.stderr(`poll-trend: ${error.message}${AGAIN}`);
      return 2;
    }
    io.stderr(`poll-trend: ${messageOf(error).split("\n")[0]}\n`);
    return 1;
  }
}
