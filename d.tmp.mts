import { scaleUtc } from "d3-scale";
import { timeTicks } from "./src/chart/axes.ts";
const x = scaleUtc().domain([new Date("2022-02-01"), new Date("2023-11-25")]).range([60, 390]);
for (const c of [6,5,4,3,2]) console.log(c, x.ticks(c).map(d=>d.toISOString().slice(0,10)).join(" "));
console.log(JSON.stringify(timeTicks(x, 12)));
