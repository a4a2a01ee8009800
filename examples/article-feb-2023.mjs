// The story as the article of Feb. 15, 2023 saw it: only the polls published by then, from May 2022.
import { mkdirSync, writeFileSync } from "node:fs";
import { apNorcUkraineSupport, renderTrendChart, sliceDataset, summarizeTrend } from "poll-trend";

const asOfArticle = sliceDataset(apNorcUkraineSupport, { from: "2022-05-01", to: "2023-02-15" });
const out = new URL("./output/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(
  new URL("article-feb-2023.svg", out),
  renderTrendChart({ ...asOfArticle, title: "Support for arming Ukraine slipped in the war's first year" }),
);

console.log(`\nAs of Feb. 15, 2023: ${summarizeTrend(asOfArticle)}\n`);
console.log("wrote examples/output/article-feb-2023.svg");
