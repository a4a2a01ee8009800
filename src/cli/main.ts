import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { resolveOptions } from "../chart/options.js";
import {
  parseCsv,
  parseDataset,
  PollDataError,
  type PollDataset,
  renderDataTable,
  renderReport,
  renderTrendChart,
  sliceDataset,
  summarizeTrend,
} from "../index.js";
import { asFlag, checkExtension, HELP, type Invocation, readArgs, UsageError } from "./args.js";
import { isSpecialFile, OutputError, writeOutput } from "./output.js";

/** How many problems in bad data are listed unless --all-errors is given. */
const ERROR_LIMIT = 20;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function readInput(path: string): { text: string; name: string } {
  if (path === "-") return { text: readFileSync(0, "utf8"), name: "stdin" };
  try {
    return { text: readFileSync(path, "utf8"), name: basename(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new OutputError(`cannot read ${path}: ${why}`);
  }
}

function loadDataset(run: Invocation): PollDataset {
  const { text, name } = readInput(run.input);
  const csv = /\.csv$/i.test(run.input) || (!/\.json$/i.test(run.input) && !/^\s*[{[]/.test(text));
  if (csv) {
    return parseCsv(text, {
      fileName: name,
      ...(run.title ? { title: run.title } : {}),
      ...(run.source ? { source: run.source } : {}),
      ...(run.population ? { population: run.population } : {}),
      ...(run.valueColumns ? { valueColumns: run.valueColumns } : {}),
      ...(run.ignoreUnknownColumns ? { unknownColumns: "ignore" as const } : {}),
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new OutputError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  if (json && typeof json === "object" && !Array.isArray(json)) {
    const overrides = {
      ...(run.title ? { title: run.title } : {}),
      ...(run.source ? { source: { name: run.source } } : {}),
      ...(run.population ? { population: run.population } : {}),
    };
    json = { ...json, ...overrides };
  }
  return parseDataset(json);
}

function render(run: Invocation, dataset: PollDataset): string {
  const { chart } = run;
  const words = {
    ...(chart.locale ? { locale: chart.locale } : {}),
    ...(chart.average !== undefined ? { average: chart.average } : {}),
    ...(chart.maxGapDays !== undefined ? { maxGapDays: chart.maxGapDays } : {}),
  };
  switch (run.command) {
    case "chart":
      return renderTrendChart(dataset, chart);
    case "report":
      return renderReport(dataset, chart);
    case "table":
      return `${renderDataTable(dataset, chart.locale ? { locale: chart.locale } : {})}\n`;
    default:
      return `${summarizeTrend(dataset, { ...words, ...(run.short ? { length: "short" as const } : {}) })}\n`;
  }
}

/** Every problem on its own line, up to 20 unless all are asked for. */
function dataProblems(error: PollDataError, all: boolean, file: string): string {
  const { issues } = error;
  // JSON paths are inside the file: name it, as CSV lines do.
  const line = (issue: { path: string; message: string }) =>
    `${/^(series|title|subtitle|population|question|pollster|source|events|dataset)\b/.test(issue.path) ? `${file}: ` : ""}${issue.path.replace(/^range\.(from|to)/, "--$1")}: ${asCli(issue.message)}`;
  if (issues.length === 1) return `poll-trend: ${line(issues[0] as PollDataError["issues"][number])}\n`;
  const shown = all ? issues : issues.slice(0, ERROR_LIMIT);
  const more = issues.length - shown.length;
  const rest = more > 0 ? `\n  and ${more.toLocaleString("en-US")} more (--all-errors lists them all)` : "";
  return `poll-trend: ${issues.length.toLocaleString("en-US")} problems in the data:\n${shown.map((i) => `  ${line(i)}`).join("\n")}${rest}\n`;
}

// A reader that stops early (`poll-trend chart x.csv | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/** Library words for what the CLI spells as flags. */
const asCli = (message: string) =>
  message.replace(/unknownColumns: "ignore"/g, "--ignore-unknown-columns").replace(/valueColumns/g, "--value-columns");

/** Runs the CLI; returns the exit code. Only here do argv, files and streams appear. */
export function main(argv: readonly string[]): number {
  let run: ReturnType<typeof readArgs>;
  try {
    run = readArgs(argv);
    if (typeof run === "object") {
      resolveOptions(run.chart);
      if (run.output) checkExtension(run.command, run.output, isSpecialFile(run.output));
    }
  } catch (error) {
    const message = error instanceof UsageError ? error.message : asFlag((error as Error).message);
    process.stderr.write(`poll-trend: ${message}\n\nRun "poll-trend --help" for every command and option.\n`);
    return 2;
  }
  if (run === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (run === "version") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  try {
    const loaded = loadDataset(run);
    const dataset =
      run.range.from !== undefined || run.range.to !== undefined ? sliceDataset(loaded, run.range) : loaded;
    const output = render(run, dataset);
    if (run.output) writeOutput(run.output, output);
    else process.stdout.write(output);
    return 0;
  } catch (error) {
    if (error instanceof PollDataError) {
      process.stderr.write(dataProblems(error, run.allErrors, run.input === "-" ? "stdin" : basename(run.input)));
      return 1;
    }
    if (error instanceof OutputError) {
      process.stderr.write(`poll-trend: ${error.message}\n`);
      return 1;
    }
    if (error instanceof Error && "option" in error) {
      // An option that does not suit this data, such as a height too small for it: a usage error.
      process.stderr.write(`poll-trend: ${asFlag(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`poll-trend: ${(error as Error).message.split("\n")[0]}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
