// The browser script that renderReport inlines: src/dom/auto.ts and the chart it mounts, bundled and
// minified into one IIFE. tsup and vitest both define it as __POLL_TREND_DOM_SCRIPT__ from here.
import { buildSync } from "esbuild";

/** The minified IIFE, as a string. */
export function domScript() {
  const result = buildSync({
    entryPoints: [new URL("../src/dom/auto.ts", import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "error",
  });
  // "</script" or "<!--" inside the code (only ever in a string) would end the element early.
  const code = new TextDecoder().decode(result.outputFiles[0].contents);
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}
