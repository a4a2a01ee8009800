// npm run bench:average: the poll average alone, LOESS against the state-space average (with and without
// house effects), as a series grows from 1,000 to 50,000 polls by 12 pollsters over the same four years
// (bench/fixtures.mjs's manyPolls). The cost per poll should stay flat: both are O(n) at a fixed span.
// Prints a Markdown table; `--write` also writes it to bench/average-results.md. Timings vary by about
// ±30% from run to run on a shared machine; CPU time, not wall time, is measured.
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseDataset, pollAverage } from "poll-trend";
import { manyPolls } from "./fixtures.mjs";

const SIZES = [1000, 5000, 20000, 50000];
const ESTIMATORS = [
  ["LOESS", { method: "loess" }],
  ["kalman", { method: "kalman" }],
  ["kalman, house effects", { method: "kalman", houseEffects: true }],
];

/** The CPU time of a call, in ms (user + system): less disturbed than the wall clock by other processes on a shared machine. */
function cpuTime(f) {
  const start = process.cpuUsage();
  f();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** The median CPU time of runs of f after two warm-ups, running for at least `budget` ms of wall time and 5 runs. */
function medianTime(f, budget) {
  f();
  f();
  const samples = [];
  const end = performance.now() + budget;
  while (performance.now() < end || samples.length < 5) samples.push(cpuTime(f));
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const rows = [];
for (const polls of SIZES) {
  const series = parseDataset(manyPolls(polls)).series[0];
  const row = { polls, times: [] };
  for (const [name, options] of ESTIMATORS) {
    const ms = medianTime(() => pollAverage(series, options), 1500);
    row.times.push(ms);
    process.stdout.write(
      `${name.padEnd(22)} ${String(polls).padStart(6)} polls ${((ms * 1000) / polls).toFixed(2)} µs a poll\n`,
    );
  }
  rows.push(row);
}

const fmt = (ms) => (ms >= 10 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(0)} µs`);
const head = `| polls | ${ESTIMATORS.map(([name]) => `${name} | per poll`).join(" | ")} |`;
const rule = `|---:|${ESTIMATORS.map(() => "---:|---:").join("|")}|`;
const body = rows.map(
  (r) =>
    `| ${r.polls.toLocaleString("en-US")} | ${r.times.map((ms) => `${fmt(ms)} | ${((ms * 1000) / r.polls).toFixed(2)} µs`).join(" | ")} |`,
);
const ratio = ESTIMATORS.map(([name], k) => {
  const perPoll = rows.map((r) => (r.times[k] ?? 0) / r.polls);
  return `${name}: ${(perPoll[perPoll.length - 1] / perPoll[0]).toFixed(2)}× the cost per poll at 50,000 as at 1,000`;
});
const table = [head, rule, ...body].join("\n");
console.log(`\n${table}\n\n${ratio.join("; ")}.`);
if (process.argv.includes("--write"))
  writeFileSync(
    new URL("./average-results.md", import.meta.url),
    `# The poll average alone\n\nWritten by \`npm run bench:average\` (bench/average.mjs) on ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}. One series by 12 pollsters over four years (bench/fixtures.mjs, manyPolls); median CPU time (user + system) of repeated runs.\n\n${table}\n\n${ratio.join("; ")}.\n`,
  );
