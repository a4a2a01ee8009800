// Runs a TypeScript script that imports poll-trend's source (not the build), e.g. one that tries the
// average's internal rules: node scripts/run-ts.mjs scripts/window-simulation.ts. esbuild bundles it
// to a temporary file under node_modules/.cache (so its packages resolve), which is imported and removed.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error("usage: node scripts/run-ts.mjs FILE.ts [args…]");
const cache = new URL("../node_modules/.cache/", import.meta.url).pathname;
mkdirSync(cache, { recursive: true });
const folder = mkdtempSync(join(cache, "run-ts-"));
const outfile = join(folder, "script.mjs");
try {
  buildSync({
    entryPoints: [resolve(entry)],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outfile,
    packages: "external",
    logLevel: "error",
  });
  process.argv = [process.argv[0], entry, ...args];
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
