import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { gunzipSync } from "node:zlib";
import { main } from "./main.js";
import { isSpecialFile, OutputError, writeOutput } from "./output.js";

// The poll-trend executable: the CLI with Node's files and streams. Everything else is in main.ts.

/** A file's text; a gzip-compressed file (`polls.csv.gz`) is read uncompressed. */
function readFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
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
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes.toString("utf8");
  try {
    return gunzipSync(bytes).toString("utf8");
  } catch {
    throw new OutputError(`cannot read ${path}: it looks gzip-compressed but does not uncompress`);
  }
}

// A reader that stops early (`poll-trend chart x.csv | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile,
  readStdin: () => readFileSync(0, "utf8"),
  writeFile: writeOutput,
  isSpecialFile,
  version: pkg.version,
  baseName: (path) => basename(path),
});
