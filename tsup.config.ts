import { defineConfig } from "tsup";

// ESM keeps d3 external (it is ESM-only and tree-shakes in the user's bundler).
// CJS bundles d3, so `require("poll-trend")` works without relying on require(esm).
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    clean: true,
    target: "node20",
    sourcemap: false,
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    target: "node20",
    noExternal: [/^d3-/, "internmap"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
