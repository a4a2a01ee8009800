// npm run bench (second part): reading real poll lists. parseCsv of FiveThirtyEight's whole approval
// poll list (12,178 rows, three subgroups) and of its 5,048 "All polls", and the CLI's summary of those
// polls from the file as published, end to end in a child process. Writes bench/read-results.md.
// Reported, never failing: timings on a shared machine vary.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { parseCsv } from "poll-trend";

const quick = process.argv.includes("--quick");
const text = gunzipSync(
  readFileSync(new URL("../test/data/538-approval-polllist-2020-05-29.csv.gz", import.meta.url)),
).toString("utf8");
const base = { valueColumns: ["approve", "disapprove"], dateFormat: "M/D/YYYY", unknownColumns: "ignore" };
const cases = {
  "parseCsv, whole file (12,178 rows; repeats dropped, one population per poll)": () =>
    parseCsv(text, { ...base, duplicates: "drop" }),
  'parseCsv, "All polls" (5,048 polls)': () =>
    parseCsv(text, { ...base, filter: { column: "subgroup", value: "All polls" } }),
};

function median(run, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
for (const [name, run] of Object.entries(cases)) {
  run(); // warm-up
  const ms = median(run, quick ? 3 : 11);
  rows.push([name, ms]);
  console.log(`${name.padEnd(80)} ${ms.toFixed(0).padStart(6)} ms`);
}

// The CLI as a user runs it: a new process, the file as downloaded (uncompressed), every flag it needs.
const dir = mkdtempSync(join(tmpdir(), "poll-trend-bench-"));
const file = join(dir, "approval_polllist.csv");
writeFileSync(file, text);
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const args = [
  cli,
  "summary",
  file,
  "--where",
  "subgroup=All polls",
  "--value-columns",
  "approve,disapprove",
  "--date-format",
  "M/D/YYYY",
  "--ignore-unknown-columns",
];
const cliName = 'CLI summary of the 5,048 "All polls" polls, new process, file as published';
execFileSync(process.execPath, args);
const ms = median(() => execFileSync(process.execPath, args), quick ? 3 : 7);
rows.push([cliName, ms]);
console.log(`${cliName.padEnd(80)} ${ms.toFixed(0).padStart(6)} ms`);

writeFileSync(
  new URL("./read-results.md", import.meta.url),
  `# Reading real poll lists

Median of ${quick ? 3 : "7 to 11"} runs after a warm-up, FiveThirtyEight's Trump approval poll list of May 29, 2020
(test/data/, 12,178 rows, 3.1 MB), on this project's 2-core machine. Target: under 0.5 s each (v0.2: 1.6–2.9 s).

| what | time |
|---|---|
${rows.map(([name, t]) => `| ${name} | ${t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`} |`).join("\n")}

Node ${process.version}.
`,
);
