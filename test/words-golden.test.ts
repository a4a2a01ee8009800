import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { britishCases, reviewTexts, spanishCases } from "./review.js";

// Every text of the reviewed datasets, as a copy desk signed it off: Spanish (es-US, and es-ES where
// Spain writes otherwise) for the bundled polls, a tracker with averages, a net series, a gap, a crossing
// and a 33-candidate field; British English for the bundled polls and the tracker. Each golden is read
// sentence by sentence (one a line); run with UPDATE_GOLDEN=1 to accept a change, or REVIEW_OUT=folder
// to write the texts there for a reviewer without touching the goldens.
const folder = join(import.meta.dirname, "golden", "words");
const out = process.env.REVIEW_OUT;
const update = process.env.UPDATE_GOLDEN === "1";

const runs = [
  ...Object.entries(spanishCases).flatMap(([name, c]) => ["es-US", "es-ES"].map((locale) => ({ name, locale, ...c }))),
  ...Object.entries(britishCases).map(([name, c]) => ({ name, locale: "en-GB", ...c })),
];

describe("every text of a dataset, as the desk reviewed it (test/golden/words)", () => {
  for (const { name, locale, data, options } of runs) {
    it(`writes ${name} in ${locale} exactly as reviewed`, () => {
      const text = reviewTexts(data, locale, options);
      const file = `${name}.${locale}.txt`;
      if (out) {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, file), text);
        return;
      }
      if (update) {
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, file), text);
      }
      expect(text).toBe(readFileSync(join(folder, file), "utf8"));
    });
  }
});
