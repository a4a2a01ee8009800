// npm run example: the bundled AP-NORC dataset as a chart, a summary and an HTML report.
import { mkdirSync, writeFileSync } from "node:fs";
import { apNorcUkraineSupport, renderReport, renderTrendChart, summarizeTrend } from "poll-trend";

const out = new URL("./output/", import.meta.url);
mkdirSync(out, { recursive: true });

const summary = summarizeTrend(apNorcUkraineSupport);
writeFileSync(new URL("ap-norc-ukraine.svg", out), renderTrendChart(apNorcUkraineSupport));
writeFileSync(new URL("ap-norc-ukraine.txt", out), `${summary}\n`);
writeFileSync(new URL("ap-norc-ukraine.html", out), renderReport(apNorcUkraineSupport));

console.log(`${summary}\n`);
for (const file of ["svg", "txt", "html"]) console.log(`wrote examples/output/ap-norc-ukraine.${file}`);
