import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderTrendChart, summarizeTrend } from "./api.js";
import { chartCases, tracker } from "./cases.js";
import { pretty } from "./pretty.js";

const folder = join(dirname(fileURLToPath(import.meta.url)), "golden");
const update = process.env.UPDATE_GOLDEN === "1";

describe("golden SVG files, one element per line (reviewed; run with UPDATE_GOLDEN=1 to accept a change)", () => {
  for (const [name, { data, options }] of Object.entries(chartCases)) {
    it(`renders ${name} exactly as reviewed`, () => {
      const svg = pretty(renderTrendChart(data, options));
      const golden = join(folder, `${name}.svg`);
      const changed = join(folder, `${name}-changed.svg`);
      if (update) {
        mkdirSync(folder, { recursive: true });
        writeFileSync(golden, svg);
      }
      let expected = "";
      try {
        expected = readFileSync(golden, "utf8");
      } catch {
        throw new Error(`no golden file ${golden}: render it, look at it, then run with UPDATE_GOLDEN=1`);
      }
      if (svg !== expected) writeFileSync(changed, svg);
      else rmSync(changed, { force: true });
      expect(svg === expected, `${name} differs from its golden file; see ${changed}`).toBe(true);
    });
  }
});

describe("golden summaries: the whole paragraph, reviewed sentence by sentence", () => {
  for (const [name, text] of [
    ["tracker-summary", () => summarizeTrend(tracker)],
    ["tracker-summary-short", () => summarizeTrend(tracker, { length: "short" })],
  ] as const) {
    it(`writes ${name} exactly as reviewed`, () => {
      const out = `${text()}\n`;
      const golden = join(folder, `${name}.txt`);
      if (update) writeFileSync(golden, out);
      expect(out).toBe(readFileSync(golden, "utf8"));
    });
  }
});
