// Prints the peak RSS in MB of rendering 20,000 points with one renderer: node bench/memory.mjs <name>
import { inputs } from "./fixtures.mjs";
import { renderers } from "./renderers.mjs";

const render = renderers[process.argv[2]];
for (let i = 0; i < 3; i++) await render(inputs[20000]);
console.log(process.resourceUsage().maxRSS / 1024);
