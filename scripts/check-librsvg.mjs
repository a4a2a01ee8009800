// npm run check:librsvg: every golden SVG converts with librsvg (rsvg-convert, as in SVG→PNG
// pipelines) without warnings. PNGs go to test/output/librsvg/ for review.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const golden = new URL("../test/golden/", import.meta.url).pathname;
const out = new URL("../test/output/librsvg/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
let failed = 0;
for (const file of readdirSync(golden).filter((f) => f.endsWith(".svg") && !f.endsWith("-changed.svg"))) {
  const png = join(out, file.replace(/\.svg$/, ".png"));
  try {
    const stderr = execFileSync("rsvg-convert", ["--format", "png", "--output", png, join(golden, file)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const size = statSync(png).size;
    if (size < 2000) throw new Error(`PNG of ${size} bytes looks blank`);
    console.log(`${file.padEnd(36)} ${String(size).padStart(7)} bytes${stderr ? ` (${stderr.trim()})` : ""}`);
  } catch (error) {
    failed++;
    console.error(`${file}: ${error.stderr || error.message}`);
  }
}
if (failed) process.exit(1);
console.log(
  `\nlibrsvg rendered all golden SVGs (${execFileSync("rsvg-convert", ["--version"], { encoding: "utf8" }).trim()}).`,
);
