import { main } from "./main.js";
import { nodeIo } from "./node-io.js";

// The poll-trend executable: the CLI with Node's files and streams. Everything else is in main.ts.

// A reader that stops early (`poll-trend chart x.csv | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2), nodeIo());
