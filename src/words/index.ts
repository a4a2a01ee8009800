import { en } from "./en.js";
import type { AnnounceWords, AverageWords, Language, MethodsWords, ReportWords, TableWords } from "./language.js";

/**
 * A language's words, by output: the chart's and summary's (`words`), and those of the methods note,
 * the table, the report and `poll-trend/dom`. A part left out is English.
 */
export interface LanguageWords {
  readonly words: Language;
  /** The words of poll averages (English: `words/en-average.ts`, in poll-trend/average). */
  readonly average?: AverageWords;
  readonly methods?: MethodsWords;
  readonly table?: TableWords;
  readonly report?: ReportWords;
  readonly announce?: AnnounceWords;
}

// The languages beside English, by BCP 47 language subtag, as their entries register them
// (`import "poll-trend/es"`): English is built in, and each other language is imported only by an app
// that writes it, so an English app carries no Spanish. The registry lives on globalThis under a
// registered symbol, as the average's does (average/engine.ts), so the ESM and CommonJS builds, and every
// entry bundled with its own copy of this file, see one set of languages: `import "poll-trend/es"` then
// serves `require("poll-trend")` too.
const KEY = Symbol.for("poll-trend.languages");
const registry = globalThis as unknown as Record<symbol, Map<string, LanguageWords> | undefined>;

function languages(): Map<string, LanguageWords> {
  let map = registry[KEY];
  if (!map) {
    map = new Map();
    registry[KEY] = map;
  }
  return map;
}

const subtag = (locale: string) => locale.split(/[-_]/)[0]?.toLowerCase() ?? "en";

/**
 * Makes a language's words available to every output whose locale has its language: after
 * `registerLanguage("fr", french)`, `locale: "fr-FR"` writes French. A language is one file of words
 * (see `src/words/en.ts`); poll-trend's own are English (built in) and Spanish (`poll-trend/es`).
 *
 * @example
 * import { registerLanguage } from "poll-trend";
 * registerLanguage("fr", { words: french, table: frenchTable });
 */
export function registerLanguage(tag: string, words: LanguageWords): void {
  languages().set(tag.toLowerCase(), words);
}

/** The registered words of a locale's language, if it has any besides English. */
export const languageOf = (locale: string): LanguageWords | undefined => languages().get(subtag(locale));

/** The words of a locale's language: `"es-US"` and `"es-ES"` are Spanish once registered; a language without words, English. */
export function wordsFor(locale: string): Language {
  return languageOf(locale)?.words ?? en;
}
