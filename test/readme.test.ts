import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every ```ts block of README.md type-checks under `strict`, as a reader would paste it into a module
// that imports poll-trend (built in dist/, as `npm test` does first). What the snippets take as given
// is declared once, here: the prelude below, documented in README.md's "Snippets" note.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PRELUDE = `type PollDataset = import("poll-trend").PollDataset;
/** The text of a JSON file, and untrusted input. */
declare const text: string;
declare const input: unknown;
/** Datasets: the reader's own, a newer one, and a tracker. */
declare const dataset: PollDataset;
declare const newDataset: PollDataset;
declare const tracker: PollDataset;
/** node:fs, as the snippets use it. */
declare function readFileSync(path: string, encoding: "utf8"): string;
declare function writeFileSync(path: string, data: string): void;
`;

// docs/languages.md's worked example too: a language of one's own, as an app writes it.
const blocks = ["README.md", "docs/languages.md"].flatMap((file) =>
  [...readFileSync(join(root, file), "utf8").matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string),
);

describe("README.md and docs/languages.md: every TypeScript snippet type-checks under strict", () => {
  it("has snippets, and dist/ to check them against", () => {
    expect(blocks.length).toBeGreaterThan(10);
    expect(existsSync(join(root, "dist", "index.d.ts")), "run npm run build first").toBe(true);
  });

  it("compiles them all without an error", () => {
    const files = new Map<string, string>([[join(root, "test", "readme-prelude.d.ts"), PRELUDE]]);
    // Each snippet is a module of its own, so its names do not meet another's.
    for (const [i, code] of blocks.entries())
      files.set(join(root, "test", `readme-${i + 1}.ts`), `${code}\nexport {};\n`);
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      skipLibCheck: true,
    };
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    const exists = host.fileExists.bind(host);
    host.readFile = (name) => files.get(name) ?? read(name);
    host.fileExists = (name) => files.has(name) || exists(name);
    const getSource = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) => {
      const text = files.get(name);
      return text === undefined ? getSource(name, version) : ts.createSourceFile(name, text, version);
    };
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${d.file.fileName.split("/").pop()}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : "";
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(problems).toEqual([]);
  });
});
