import { renderTrendChart } from "./src/index.ts";
import { wave } from "./test/cases.ts";
const many = { title: "Crowded", series: Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, label: `Answer label number ${i}`, points: wave(3, "2020-01-01", 100, i) })) };
const out = renderTrendChart(many, { width: 1200, height: 500 });
console.log(out.match(/font-weight="bold">[\d.]+%<\/tspan>/g)?.slice(0,3), out.includes("h22"));
