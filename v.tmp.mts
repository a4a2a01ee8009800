import { writeFileSync } from "node:fs";
import { renderTrendChart, apNorcUkraineSupport } from "./src/index.ts";
writeFileSync("/tmp/v/ap.svg", renderTrendChart(apNorcUkraineSupport));
writeFileSync("/tmp/v/ap-dark.svg", renderTrendChart(apNorcUkraineSupport, {colorScheme:"dark"}));
