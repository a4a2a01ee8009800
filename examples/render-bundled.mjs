// npm run example: the bundled AP-NORC dataset as a chart, a summary and an HTML report, in English and
// in Spanish (poll-trend/es: the same polls with Spanish words, written with locale es-US).
import { mkdirSync, writeFileSync } from "node:fs";
import { apNorcUkraineSupport, renderReport, renderTrendChart, summarizeTrend } from "poll-trend";
import { apNorcUkraineSupportEs, spanish } from "poll-trend/es";

const out = new URL("./output/", import.meta.url);
mkdirSync(out, { recursive: true });

for (const [name, data, options] of [
  ["ap-norc-ukraine", apNorcUkraineSupport, {}],
  ["ap-norc-ukraine-es", apNorcUkraineSupportEs, { locale: "es-US", languages: [spanish] }],
]) {
  const summary = summarizeTrend(data, options);
  writeFileSync(new URL(`${name}.svg`, out), renderTrendChart(data, options));
  writeFileSync(new URL(`${name}.txt`, out), `${summary}\n`);
  writeFileSync(new URL(`${name}.html`, out), renderReport(data, options));
  console.log(`${summary}\n`);
  for (const file of ["svg", "txt", "html"]) console.log(`wrote examples/output/${name}.${file}`);
  console.log();
}
