import { configDefaults, defineConfig } from "vitest/config";
// @ts-expect-error a plain .mjs build helper, without types
import { domScript } from "./scripts/dom-script.mjs";

export default defineConfig({
  define: { __POLL_TREND_DOM_SCRIPT__: JSON.stringify(domScript() as string) },
  test: {
    include: ["test/**/*.test.ts"],
    // Not the copies that npm run mutate makes in test/output.
    exclude: [...configDefaults.exclude, "test/output/**"],
    // As an app that draws trackers does: the poll average loaded (test/average-module.test.ts unloads it).
    setupFiles: ["test/setup.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], exclude: ["**/node_modules/**", "test/output/**"] },
    testTimeout: 60_000,
  },
});
