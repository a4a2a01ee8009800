// npm run check:imports: the import graph of src/ has no circle, type imports included, and every
// arrow runs one way, from a higher layer to a lower one (STYLE.md, habits 17 and 18).
//   node scripts/check-imports.mjs [root]   (root defaults to src/; the test plants a cycle in a copy)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/**
 * The layers, lowest first. A file may import from its own folder and from any lower layer, never from
 * a higher one or a sibling on its own rank: model ← average (numbers only) ← trend ← words ← chart ←
 * summary, report ← dom, element, cli; the phrasebook (language: words of each language, numbers) and
 * the file readers (io) sit below the trend.
 */
export const LAYERS = [
  ["model", "markup", "font"],
  ["language", "average", "io", "data"],
  ["trend"],
  ["words"],
  ["chart"],
  ["summary", "multiples"],
  ["report"],
  ["dom", "png"],
  ["entries", "."],
  ["cli"],
];

const rankOf = (folder) => LAYERS.findIndex((layer) => layer.includes(folder));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** Every relative import and re-export of a file, type-only ones included, resolved to a .ts file. */
function importsOf(path) {
  const info = ts.preProcessFile(readFileSync(path, "utf8"), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => {
      const base = resolve(dirname(path), name.replace(/\.js$/, ""));
      return [`${base}.ts`, join(base, "index.ts")].find(existsSync) ?? `${base}.ts`;
    });
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low === meta.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component);
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return found;
}

/** The problems of the import graph under `root`: circles, and arrows that run up or sideways. */
export function checkImports(root) {
  const all = files(root);
  const graph = new Map(all.map((f) => [f, importsOf(f)]));
  const folderOf = (f) => {
    const rel = relative(root, f).split(/[\\/]/);
    return rel.length > 1 ? rel[0] : ".";
  };
  const problems = [];
  for (const component of cycles(graph)) {
    problems.push(
      `circle: ${component
        .map((f) => relative(root, f))
        .sort()
        .join(" → ")}`,
    );
  }
  for (const [from, targets] of graph) {
    const source = folderOf(from);
    for (const to of targets) {
      const target = folderOf(to);
      if (target === source) continue;
      const [a, b] = [rankOf(source), rankOf(target)];
      if (a < 0 || b < 0) problems.push(`${relative(root, from)}: folder ${a < 0 ? source : target} has no layer`);
      else if (b >= a)
        problems.push(`${relative(root, from)} imports ${relative(root, to)}: ${source} may not import ${target}`);
    }
  }
  return { files: all.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? new URL("../src", import.meta.url).pathname);
  const { files: count, problems } = checkImports(root);
  if (problems.length) {
    console.error(
      `check:imports: ${problems.length} problem(s) in ${count} files:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    process.exit(1);
  }
  console.log(`check:imports: ${count} files, no circle, every import runs down the layers`);
}
