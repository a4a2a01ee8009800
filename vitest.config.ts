import { configDefaults, defineConfig } from "vitest/config";
// @ts-expect-error a plain .mjs build helper, without types
import { domScripts } from "./scripts/dom-script.mjs";

export default defineConfig({
  define: { __POLL_TREND_DOM_SCRIPTS__: JSON.stringify(domScripts()) },
  test: {
    include: ["test/**/*.test.ts"],
    // Not the copies that npm run mutate makes in test/output.
    exclude: [...configDefaults.exclude, "test/output/**"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], exclude: ["**/node_modules/**", "test/output/**"] },
    testTimeout: 60_000,
  },
});
