import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { CliIo } from "./main.js";
import { isSpecialFile, OutputError, writeOutput } from "./output.js";
import { codeOf, messageOf } from "../model/error.js";

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
};

/** A file's text; a gzip-compressed file (`polls.csv.gz`) is read uncompressed. */
function readFile(path: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = codeOf(error) ?? "";
    throw new OutputError(`cannot read ${shown}: ${REASONS[code] ?? messageOf(error)}`);
  }
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes.toString("utf8");
  try {
    return gunzipSync(bytes).toString("utf8");
  } catch {
    throw new OutputError(`cannot read ${shown}: it looks gzip-compressed but does not uncompress`);
  }
}

/** The package's version: dist/cli.js sits one folder below package.json, src/cli/node-io.ts two. */
function packageVersion(): string {
  for (const up of ["../package.json", "../../package.json"]) {
    try {
      return (JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8")) as { version: string }).version;
    } catch {}
  }
  return "unknown";
}

/**
 * The CLI's effects with Node's files and streams, paths relative to `cwd` (default: the process's).
 * Messages name paths as the user gave them.
 */
export function nodeIo(cwd = process.cwd()): CliIo {
  const at = (path: string) => resolve(cwd, path);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(at(path), path),
    readStdin: () => readFileSync(0, "utf8"),
    writeFile: (path, content) => writeOutput(path.startsWith("/") ? path : at(path), content, path),
    stdoutBytes: (bytes) => {
      if (process.stdout.isTTY) {
        throw new OutputError("a PNG is no text for a terminal: write it with -o chart.png, or redirect the output");
      }
      process.stdout.write(bytes);
    },
    isSpecialFile: (path) => isSpecialFile(at(path)),
    version: packageVersion,
    baseName: (path) => basename(path),
    today: () => {
      const now = new Date();
      const two = (n: number) => String(n).padStart(2, "0");
      return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
    },
  };
}
