// npm run mutate: mutation testing with Stryker and its vitest runner (not in CI: it takes a long
// while). Every mutant of the files below is run against the tests that cover it; one that survives is
// a change to the code that no test notices. Narrow it with `npm run mutate -- --mutate src/words/summary.ts`.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  // Every test file: the words of averages are reached through the setup file, which "related" misses.
  vitest: { configFile: "vitest.config.ts", related: false },
  coverageAnalysis: "perTest",
  mutate: ["src/words/**/*.ts", "src/model/**/*.ts", "src/average/**/*.ts", "!src/**/*.d.ts"],
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "test/output/mutation.json" },
  tempDirName: "test/output/.stryker-tmp",
  concurrency: 2,
  timeoutMS: 60_000,
  thresholds: { high: 85, low: 70, break: null },
};
