import { defineConfig } from "tsup";
// @ts-expect-error a plain .mjs build helper, without types
import { domScripts } from "./scripts/dom-script.mjs";

// The report inlines a browser script, built here in each of its variants.
const define = { __POLL_TREND_DOM_SCRIPTS__: JSON.stringify(domScripts()) };

// ESM keeps d3 external (it is ESM-only and tree-shakes in the user's bundler).
// CJS bundles d3, so `require("poll-trend")` works without relying on require(esm).
// The package's entries: each a module of its own, so an app carries only what it imports.
const entry = {
  index: "src/index.ts",
  average: "src/entries/average.ts",
  es: "src/entries/es.ts",
  "en-gb": "src/entries/en-gb.ts",
  dom: "src/dom/index.ts",
  element: "src/entries/element.ts",
  // Node only: a chart as PNG, drawn by the optional peer @resvg/resvg-js (never imported by the others).
  png: "src/png/index.ts",
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
    // import.meta.url in CommonJS, where poll-trend/png finds its peer and its fonts from its own file.
    shims: true,
  },
  // <poll-trend-chart> for a page with a script tag and no build step: everything in one script.
  {
    entry: { element: "src/entries/element.ts" },
    format: ["iife"],
    target: "es2020",
    minify: true,
    noExternal: [/^d3-/, "internmap"],
    define,
  },
  // The same as an ES module, for <script type="module"> or an import map: no bare imports left.
  {
    entry: { "element-standalone": "src/entries/element.ts" },
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
