// npm run lint (after biome): no line of src/ over 120 characters, the width the formatter wraps at.
// A long sentence template is written "…" + "…" (esbuild joins them back: the minified code is the same).
// Allowed: a line that is a regular expression and nothing else, a word list (model/kind.ts, titles.ts).
//   node scripts/check-lines.mjs [root]   (root defaults to src/)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const WIDTH = 120;
const WORD_LIST = /^\s*\/\^.*\/[a-z]*;?$/;

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith(".ts") ? [path] : [];
  });

const root = process.argv[2] ?? "src";
const long = files(root).flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) =>
      // Characters, not UTF-16 units or bytes: "τ²" is two.
      [...line].length > WIDTH && !WORD_LIST.test(line) ? [`${file}:${i + 1}: ${[...line].length} characters`] : [],
    ),
);
if (long.length) {
  console.error(`Lines over ${WIDTH} characters (wrap them; a long template as "…" + "…"):\n${long.join("\n")}`);
  process.exit(1);
}
console.log(`check-lines: no line of ${root}/ over ${WIDTH} characters (word-list regular expressions aside)`);
