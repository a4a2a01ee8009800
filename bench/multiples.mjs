// npm run bench (fourth part): small multiples. Median time of renderSmallMultiples from a raw dataset of
// six series to an SVG string, beside six renderTrendChart calls of one series each (what a page drew
// before), for six series of polls and six trackers with their averages, at 640 and 320 px. Writes
// bench/multiples-results.md. Reported, never failing.
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { renderSmallMultiples, renderTrendChart } from "poll-trend";
import { averages } from "poll-trend/average";
import { series, tracker } from "./fixtures.mjs";

const quick = process.argv.includes("--quick");
const runs = quick ? 5 : 25;

/** Median of `runs` timings after two warm-up runs, each from a collected heap. */
function median(run) {
  run();
  run();
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

/** Six series as one dataset: each series of `one(i)`, renamed. */
function six(one, title) {
  const list = Array.from({ length: 6 }, (_, i) => one(i));
  return {
    title,
    source: { name: "Bench" },
    series: list.map((d, i) => ({ ...d.series[0], id: `s${i}`, label: `Series ${i + 1}` })),
  };
}
const polls = six(() => series(20), "Six series of 20 polls");
// Six trackers of 600 polls (300 poll dates, two pollsters' worth of noise), each with its average.
const trackers = six((i) => {
  const t = tracker(300 + i);
  return { ...t, series: [t.series[0]] };
}, "Six trackers");

const ms = (t) => (t < 10 ? `${t.toFixed(1)} ms` : `${t.toFixed(0)} ms`);
const rows = [];
for (const [name, input] of [
  ["six series of 20 polls", polls],
  [`six trackers of ${trackers.series[0].points.length} polls, with averages`, trackers],
]) {
  for (const width of [640, 320]) {
    const options = { averages, width };
    const multiples = median(() => renderSmallMultiples(input, options));
    const apart = median(() => {
      for (const s of input.series) renderTrendChart({ ...input, series: [s] }, { ...options, width: 320 });
    });
    const bytes = renderSmallMultiples(input, options).length;
    rows.push(`| ${name}, ${width} px | ${ms(multiples)} | ${ms(apart)} | ${(bytes / 1024).toFixed(0)} kB |`);
    console.log(`${name}, ${width} px: small multiples ${ms(multiples)}, six charts ${ms(apart)}, ${bytes} bytes`);
  }
}

const report = `# Small multiples benchmark

Median of ${runs} renders (after two warm-up renders) from the same raw dataset of six series:
\`renderSmallMultiples\` (one figure: six panels, one shared axis, aligned plots, one frame and overview)
beside six \`renderTrendChart\` calls of one series each at 320 px, what a page drew before. The
averages of the trackers are computed once per series either way; small multiples prepare the six series
as one trend, so their facts include the relations between series (comparisons, crossings, the
leader), which six charts apart never compute.

| input | renderSmallMultiples | six charts apart | SVG size |
|---|---|---|---|
${rows.join("\n")}

Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Timings on this shared machine vary by about ±30% from run to run.
`;
if (!quick) writeFileSync(new URL("./multiples-results.md", import.meta.url), report);
