import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script, without types
import { checkImports } from "../scripts/check-imports.mjs";

const src = join(import.meta.dirname, "..", "src");
const check = (root: string) => checkImports(root) as { files: number; problems: string[] };

/** A copy of src/ with one more line in one file, checked, then thrown away. */
function planted(file: string, line: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "pt-imports-"));
  try {
    cpSync(src, dir, { recursive: true });
    appendFileSync(join(dir, file), `\n${line}\n`);
    return check(dir).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the import graph (npm run check:imports)", () => {
  it("has no circle in src/, type imports included, and every arrow runs down the layers", () => {
    const { files, problems } = check(src);
    expect(files).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it("fails on a planted circle, even of type imports within one folder", () => {
    const problems = planted("chart/scene.ts", 'import type { ChartLayout } from "./layout.js";');
    expect(problems.some((p) => p.startsWith("circle:") && p.includes("chart/scene.ts"))).toBe(true);
  });

  it("fails on an arrow that runs up: the average naming the chart's types", () => {
    const problems = planted("average/types.ts", 'import type { ChartLayout } from "../chart/layout.js";');
    expect(problems).toContain("average/types.ts imports chart/layout.ts: average may not import chart");
  });

  it("fails on an arrow sideways, between two folders of one layer", () => {
    const problems = planted("average/select.ts", 'import { en } from "../language/en.js";');
    expect(problems).toContain("average/select.ts imports language/en.ts: average may not import language");
  });
});
