// The browser scripts that renderReport inlines: src/dom/auto.ts and the chart it mounts, bundled and
// minified into one IIFE each, with exactly the optional parts a report's page needs: the poll average
// for a tracker, poll-trend's languages (Spanish, British English) for a report in one of them; and first, a long
// list's data unpacked (src/report/pack.ts). tsup and vitest both define them as
// __POLL_TREND_DOM_SCRIPTS__ from here.
import { buildSync } from "esbuild";

const PARTS = {
  averages: { from: 'import { averages } from "../entries/average.ts";', as: "averages" },
  languages: {
    from: 'import { spanish } from "../language/spanish.ts"; import { british } from "../language/british.ts";',
    as: "languages: [spanish, british]",
  },
};

/** One script: auto.ts's mountReports, given the parts named. */
function build(parts) {
  // A long list's data comes packed (src/report/pack.ts): whole again before the chart mounts.
  const contents = [
    'import { mountReports } from "./auto.ts";',
    'import { unpackReports } from "../report/pack.ts";',
    ...parts.map((part) => PARTS[part].from),
    "unpackReports(document);",
    `mountReports({ ${parts.map((part) => PARTS[part].as).join(", ")} });`,
  ].join("\n");
  const result = buildSync({
    stdin: { contents, resolveDir: new URL("../src/dom", import.meta.url).pathname, loader: "ts" },
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

/** The minified IIFEs, by the parts they carry: "", "averages", "languages", "averages+languages". */
export function domScripts() {
  const variants = [[], ["averages"], ["languages"], ["averages", "languages"]];
  return Object.fromEntries(variants.map((parts) => [parts.join("+"), build(parts)]));
}
