// npm run check:package: publint --strict, attw --pack, and a smoke test of the packed tarball:
// CommonJS require, ESM import, the CLI, and types under moduleResolution node16 and bundler.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  "dist/png.js",
  "dist/png.cjs",
  "dist/png.d.ts",
  "fonts/LiberationSans-Regular.ttf",
  "fonts/LiberationSans-Bold.ttf",
  "fonts/LICENSE-LiberationSans.txt",
]) {
  if (!listed.includes(file)) throw new Error(`npm pack without a build leaves out ${file}`);
}
console.log(`npm pack from a tree without dist/ builds first: ${listed.length} files, dist included`);

// The core entries never reach poll-trend/png or its renderer: follow each one's imports of the package's
// own files (ESM chunks) and look for @resvg/resvg-js; the CommonJS files bundle what they need.
const reach = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(root, "dist", file), "utf8");
  for (const [, next] of text.matchAll(/(?:from|import)\s+"\.\/([^"]+)"/g)) reach(next, seen);
  return seen;
};
for (const entry of ["index", "average", "es", "dom", "element"]) {
  for (const file of [...reach(`${entry}.js`), `${entry}.cjs`]) {
    if (readFileSync(join(root, "dist", file), "utf8").includes("@resvg/resvg-js")) {
      throw new Error(`poll-trend${entry === "index" ? "" : `/${entry}`} reaches @resvg/resvg-js through dist/${file}`);
    }
  }
}
if (!readFileSync(join(root, "dist", "png.js"), "utf8").includes("@resvg/resvg-js")) {
  throw new Error("dist/png.js does not name @resvg/resvg-js: the check above checks nothing");
}
console.log("the core entries never reach poll-trend/png's renderer");

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
  // poll-trend/png: installing poll-trend installs no renderer (an optional peer), and says what to install;
  // once @resvg/resvg-js is installed, it draws from ESM, CommonJS and the CLI.
  if (existsSync(join(dir, "node_modules", "@resvg"))) throw new Error("installing poll-trend installed @resvg");
  const missing = run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'import { renderPng } from "poll-trend/png"; import { apNorcUkraineSupport } from "poll-trend"; try { renderPng(apNorcUkraineSupport); process.exit(1); } catch (e) { if (!e.message.endsWith("npm install @resvg/resvg-js")) process.exit(2); console.log("poll-trend/png without its renderer:", e.message); }',
    ],
    dir,
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "@resvg/resvg-js@^2.6.2"], dir);
  const size =
    'const w = png.readUInt32BE(16), h = png.readUInt32BE(20); if (png.toString("latin1", 1, 4) !== "PNG" || w !== 1280) process.exit(3);';
  const pngEsm = run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { renderPng } from "poll-trend/png"; import { apNorcUkraineSupport } from "poll-trend"; const png = Buffer.from(renderPng(apNorcUkraineSupport, { scale: 2 })); ${size} console.log("poll-trend/png by import: a PNG of", w, "×", h, "pixels,", png.length, "bytes");`,
    ],
    dir,
  );
  const pngCjs = run(
    process.execPath,
    [
      "-e",
      `const { renderPng } = require("poll-trend/png"); const png = Buffer.from(renderPng(require("poll-trend").apNorcUkraineSupport, { scale: 2 })); ${size} console.log("poll-trend/png by require: a PNG of", w, "×", h, "pixels");`,
    ],
    dir,
  );
  writeFileSync(
    join(dir, "ap.json"),
    JSON.stringify({
      title: "t",
      series: [
        {
          id: "a",
          label: "A",
          points: [
            { date: "2024-01-01", value: 40 },
            { date: "2024-02-01", value: 42 },
          ],
        },
      ],
    }),
  );
  run(join(dir, "node_modules", ".bin", "poll-trend"), ["chart", "ap.json", "-o", "chart.png"], dir);
  if (readFileSync(join(dir, "chart.png")).toString("latin1", 1, 4) !== "PNG")
    throw new Error("the CLI's chart.png is no PNG");
  console.log(missing.trim(), "\n", pngEsm.trim(), "\n", pngCjs.trim(), "\nCLI: -o chart.png writes a PNG");

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
    'import { renderTrendChart, parseDataset, pollAverage, type PollDataset } from "poll-trend";\nimport { mountTrendChart, type MountedChart } from "poll-trend/dom";\nimport { renderPng } from "poll-trend/png";\nconst data: PollDataset = parseDataset({});\nconst svg: string = renderTrendChart(data, { width: 480, height: "auto" });\nconst mount: (c: HTMLElement) => MountedChart = (c) => mountTrendChart(c, data);\nconst average = pollAverage(data.series[0]!);\nconst png: Uint8Array = renderPng(data, { width: 320, scale: 2, background: "transparent" });\nexport { svg, mount, average, png };\n';
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
