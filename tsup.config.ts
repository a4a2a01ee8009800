import { defineConfig } from "tsup";
// @ts-expect-error a plain .mjs build helper, without types
import { domScript } from "./scripts/dom-script.mjs";

// The report inlines the browser script, built once here.
const define = { __POLL_TREND_DOM_SCRIPT__: JSON.stringify(domScript() as string) };

// ESM keeps d3 external (it is ESM-only and tree-shakes in the user's bundler).
// CJS bundles d3, so `require("poll-trend")` works without relying on require(esm).
// The package's entries: each a module of its own, so an app carries only what it imports.
const entry = {
  index: "src/index.ts",
  average: "src/average/index.ts",
  es: "src/es/index.ts",
  dom: "src/dom/index.ts",
  element: "src/element/index.ts",
};

export default defineConfig([
  {
    entry,
    format: ["esm"],
    dts: true,
    clean: true,
    target: "node20",
    sourcemap: false,
    define,
  },
  {
    entry,
    format: ["cjs"],
    dts: true,
    target: "node20",
    noExternal: [/^d3-/, "internmap"],
    define,
  },
  // <poll-trend-chart> for a page with a script tag and no build step: everything in one script.
  {
    entry: { element: "src/element/index.ts" },
    format: ["iife"],
    target: "es2020",
    minify: true,
    noExternal: [/^d3-/, "internmap"],
    define,
  },
  // The same as an ES module, for <script type="module"> or an import map: no bare imports left.
  {
    entry: { "element-standalone": "src/element/index.ts" },
    format: ["esm"],
    target: "es2020",
    minify: true,
    noExternal: [/^d3-/, "internmap"],
    define,
  },
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    define,
  },
]);
