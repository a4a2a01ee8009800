// A real poll tracker: FiveThirtyEight's list of Trump job-approval polls by seven pollsters (CC BY 4.0;
// see test/data/README.md), read from CSV, drawn with its poll average (the state-space default) and its 95% band, in words,
// and as a report whose chart can be explored by keyboard.
import { averages } from "poll-trend/average"; // trackers draw their poll average
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { methodsNote, parseCsv, renderReport, renderTrendChart, summarizeTrend } from "poll-trend";

const csv = readFileSync(new URL("../test/data/approval-tracker.csv", import.meta.url), "utf8");
const tracker = parseCsv(csv, {
  fileName: "approval-tracker.csv",
  title: "Trump’s approval stayed below his disapproval",
  source: "FiveThirtyEight",
});
const out = new URL("./output/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL("approval-tracker.svg", out), renderTrendChart(tracker, { yDomain: "fit", averages }));
writeFileSync(new URL("approval-tracker.html", out), renderReport(tracker, { yDomain: "fit", averages }));

console.log(`\nA tracker: ${summarizeTrend(tracker, { averages })}\n\n${methodsNote(tracker)}\n`);
for (const file of ["svg", "html"]) console.log(`wrote examples/output/approval-tracker.${file}`);
