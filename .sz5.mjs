import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const contents = 'import { renderTrendChart, summarizeTrend, apNorcUkraineSupport } from "poll-trend";\nconsole.log(renderTrendChart(apNorcUkraineSupport), summarizeTrend(apNorcUkraineSupport));\n';
const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "error" });
console.log(r.outputFiles[0].contents.length, gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
