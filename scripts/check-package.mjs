// npm run check:package: publint --strict, attw --pack, and a smoke test of the packed tarball:
// CommonJS require, ESM import, the CLI, and types under moduleResolution node16 and bundler.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const run = (command, args, cwd = root) => {
  console.log(`$ ${[command, ...args].join(" ")}`);
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
};

// A fresh clone has no dist/: packing must build it (the prepack script), or the tarball is empty.
rmSync(join(root, "dist"), { recursive: true, force: true });
const listed = JSON.parse(run("npm", ["pack", "--dry-run", "--json", "--silent"]))[0].files.map((f) => f.path);
for (const file of [
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/cli.js",
  "LICENSE",
  "README.md",
  "docs/images/ap-norc-ukraine.png",
]) {
  if (!listed.includes(file)) throw new Error(`npm pack without a build leaves out ${file}`);
}
console.log(`npm pack from a tree without dist/ builds first: ${listed.length} files, dist included`);

console.log(run(bin("publint"), ["--strict"]).trim());
console.log(run(bin("attw"), ["--pack", ".", "--format", "table-flipped"]).trim());

const dir = mkdtempSync(join(tmpdir(), "poll-trend-pack-"));
try {
  const tarball = join(dir, run("npm", ["pack", "--silent", "--pack-destination", dir]).trim().split("\n").pop());
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "smoke", private: true }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], dir);

  const cjs = run(
    process.execPath,
    [
      "-e",
      'const p = require("poll-trend"); const svg = p.renderTrendChart(p.apNorcUkraineSupport); if (!svg.startsWith("<svg") || typeof p.parseDataset !== "function") process.exit(1); console.log("CommonJS require: ok,", svg.length, "bytes")',
    ],
    dir,
  );
  const esm = run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'import { summarizeTrend, apNorcUkraineSupport, PollDataError } from "poll-trend"; try { summarizeTrend({}); } catch (e) { if (!(e instanceof PollDataError)) process.exit(1); } console.log("ESM import: ok,", summarizeTrend(apNorcUkraineSupport, { length: "short" }));',
    ],
    dir,
  );
  const dual = run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'import { createRequire } from "node:module"; import { parseDataset, PollDataError } from "poll-trend"; const cjs = createRequire(import.meta.url)("poll-trend"); let e; try { cjs.parseDataset({}); } catch (error) { e = error; } if (cjs.PollDataError === PollDataError || !(e instanceof PollDataError)) process.exit(1); console.log("instanceof PollDataError across require and import: ok");',
    ],
    dir,
  );
  // A tracker (12 polls by two pollsters) needs poll-trend/average: refused without it, drawn with it
  // passed, in ESM; and the CommonJS build draws a trend the ESM build prepared (brands shared by both).
  const trackerJs =
    'const tracker = { title: "t", series: [{ id: "a", label: "A", points: Array.from({ length: 12 }, (_, i) => ({ date: "2024-0" + (1 + Math.floor(i / 2)) + "-1" + (i % 2), value: 40 + (i % 3), pollster: i % 2 ? "X" : "Y" })) }] };';
  const averages = run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { createRequire } from "node:module"; import { renderTrendChart, PollDataError } from "poll-trend"; ${trackerJs} let refused; try { renderTrendChart(tracker); } catch (e) { refused = e instanceof PollDataError && e.message.includes("poll-trend/average"); } if (!refused) process.exit(1); const { averages } = await import("poll-trend/average"); if (!renderTrendChart(tracker, { averages }).includes("poll average")) process.exit(2); const cjs = createRequire(import.meta.url)("poll-trend"); const trend = (await import("poll-trend")).prepareTrend(tracker, { averages }); if (cjs.renderTrendChart(trend) !== renderTrendChart(trend)) process.exit(3); console.log("poll-trend/average: refused without it, drawn with it passed; an ESM trend drawn by CommonJS");`,
    ],
    dir,
  );
  // Spanish is passed from poll-trend/es: refused without it (never silently English), Spanish with it, in ESM and CommonJS.
  const spanish = run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'import { createRequire } from "node:module"; import { summarizeTrend, apNorcUkraineSupport, PollDataError } from "poll-trend"; let refused; try { summarizeTrend(apNorcUkraineSupport, { locale: "es-US" }); } catch (e) { refused = e instanceof PollDataError && e.message.includes("poll-trend/es"); } if (!refused) process.exit(1); const { apNorcUkraineSupportEs, spanish } = await import("poll-trend/es"); if (!summarizeTrend(apNorcUkraineSupportEs, { locale: "es-US", languages: [spanish] }).startsWith("En noviembre de 2023")) process.exit(2); const require = createRequire(import.meta.url); const cjs = require("poll-trend"); if (!cjs.summarizeTrend(apNorcUkraineSupportEs, { locale: "es-US", languages: [require("poll-trend/es").spanish] }).startsWith("En noviembre de 2023")) process.exit(3); console.log("poll-trend/es: refused without it, Spanish with it in ESM and CommonJS");',
    ],
    dir,
  );
  const cli = run(join(dir, "node_modules", ".bin", "poll-trend"), ["--version"], dir);
  console.log(
    cjs.trim(),
    "\n",
    esm.trim(),
    "\n",
    dual.trim(),
    "\n",
    averages.trim(),
    "\n",
    spanish.trim(),
    "\nCLI:",
    cli.trim(),
  );

  const source =
    'import { renderTrendChart, parseDataset, pollAverage, type PollDataset } from "poll-trend";\nimport { mountTrendChart, type MountedChart } from "poll-trend/dom";\nconst data: PollDataset = parseDataset({});\nconst svg: string = renderTrendChart(data, { width: 480, height: "auto" });\nconst mount: (c: HTMLElement) => MountedChart = (c) => mountTrendChart(c, data);\nconst average = pollAverage(data.series[0]!);\nexport { svg, mount, average };\n';
  writeFileSync(join(dir, "check.ts"), source);
  writeFileSync(join(dir, "check.mts"), source);
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  for (const [resolution, module, file] of [
    ["node16", "node16", "check.ts"],
    ["node16", "node16", "check.mts"],
    ["bundler", "esnext", "check.ts"],
  ]) {
    run(
      process.execPath,
      [
        tsc,
        "--noEmit",
        "--strict",
        "--skipLibCheck",
        "false",
        "--lib",
        "es2022,dom",
        "--moduleResolution",
        resolution,
        "--module",
        module,
        file,
      ],
      dir,
    );
    console.log(`types under moduleResolution ${resolution} (${file}): ok`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log("\nPackage checks passed.");
