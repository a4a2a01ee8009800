import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { type ChartOptions, parseCsv, parseDataset, PollDataError, renderDataTable, renderReport, renderTrendChart, summarizeTrend } from "../index.js";
import { writeOutput } from "./output.js";

const HELP = `Usage: poll-trend <command> <input> [options]

Commands:
  chart   <input> [-o out.svg]   an accessible SVG trend chart
  summary <input> [--short]      the plain-language summary
  report  <input> [-o out.html]  one standalone HTML page: chart, summary, methods, data table
  table   <input> [-o out.html]  the data as an accessible HTML table

<input> is a .json dataset, a .csv file (columns series, date, value; optional fieldStart,
marginOfError, sampleSize), or - for standard input.

Options:
  -o, --output FILE           write to FILE instead of standard output
      --width N, --height N   chart size in px
      --title T               dataset title (CSV input, or to replace a JSON title)
      --source S              who published the data (CSV input)
      --population P          who was surveyed, e.g. "U.S. adults" (CSV input)
      --color-scheme SCHEME   light, dark or auto
      --short                 summary: one sentence of at most 160 characters
  -h, --help                  show this help
  -v, --version               show the version
`;

/** A bad command line: exit code 2, with the help. */
class UsageError extends Error {}

const COMMANDS = ["chart", "summary", "report", "table"];

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
    throw new Error(`cannot read ${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message}`);
  }
}

function loadDataset(path: string, values: Record<string, string | boolean | undefined>) {
  const { text, name } = readInput(path);
  const csv = /\.csv$/i.test(path) || (!/\.json$/i.test(path) && !/^\s*[{[]/.test(text));
  const title = (values.title as string | undefined) ?? (csv && name === "stdin" ? "Poll trend" : undefined);
  if (csv) {
    return parseCsv(text, { fileName: name, ...(title ? { title } : {}), ...(values.source ? { source: values.source as string } : {}), ...(values.population ? { population: values.population as string } : {}) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  if (json && typeof json === "object" && !Array.isArray(json)) {
    const overrides = { ...(values.title ? { title: values.title } : {}), ...(values.source ? { source: { name: values.source } } : {}), ...(values.population ? { population: values.population } : {}) };
    json = { ...json, ...overrides };
  }
  return parseDataset(json);
}

function size(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(String(value))) throw new UsageError(`--${flag} must be a number of px, received ${JSON.stringify(value)}`);
  return n;
}

/** Runs the CLI; returns the exit code. Only here do argv, files and streams appear. */
export function main(argv: readonly string[]): number {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        width: { type: "string" },
        height: { type: "string" },
        title: { type: "string" },
        source: { type: "string" },
        population: { type: "string" },
        "color-scheme": { type: "string" },
        short: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    }));
  } catch (error) {
    process.stderr.write(`poll-trend: ${(error as Error).message.split("\n")[0]}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  try {
    const [command, input, ...extra] = positionals;
    if (!command) throw new UsageError("missing command");
    if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"`);
    if (!input) throw new UsageError(`${command} needs an <input> file, or - for standard input`);
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const scheme = values["color-scheme"];
    if (scheme !== undefined && scheme !== "light" && scheme !== "dark" && scheme !== "auto") throw new UsageError(`--color-scheme must be light, dark or auto, received ${JSON.stringify(scheme)}`);
    const width = size(values.width, "width");
    const height = size(values.height, "height");
    const options: ChartOptions = { ...(width ? { width } : {}), ...(height ? { height } : {}), ...(scheme ? { colorScheme: scheme } : {}) };

    const dataset = loadDataset(input, values);
    const output =
      command === "chart"
        ? renderTrendChart(dataset, options)
        : command === "report"
          ? renderReport(dataset, options)
          : command === "table"
            ? `${renderDataTable(dataset)}\n`
            : `${summarizeTrend(dataset, values.short ? { length: "short" } : {})}\n`;
    if (typeof values.output === "string") writeOutput(values.output, output);
    else process.stdout.write(output);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`poll-trend: ${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof PollDataError) {
      const [first] = error.issues;
      const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more ${error.issues.length === 2 ? "problem" : "problems"})` : "";
      process.stderr.write(`poll-trend: ${first?.path}: ${first?.message}${more}\n`);
      return 1;
    }
    process.stderr.write(`poll-trend: ${(error as Error).message.split("\n")[0]}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
