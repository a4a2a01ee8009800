import { en } from "./en.js";
import type { Language } from "./language.js";

// The languages poll-trend writes, by their BCP 47 language subtag. A locale whose language has no
// words here ("de-DE") is written in English, with its own numbers (see numbers.ts).
const LANGUAGES: Readonly<Record<string, Language>> = { en };

/** The words of a locale's language: `"es-US"` and `"es-ES"` are Spanish; a language without words, English. */
export function wordsFor(locale: string): Language {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? "en";
  return LANGUAGES[language] ?? en;
}
