import { dataError } from "../model/error.js";
import { en } from "./en.js";
import type {
  AnnounceWords,
  AverageWords,
  Language,
  MethodsWords,
  MultiplesWords,
  ReportWords,
  TableWords,
} from "./language.js";

/**
 * A language's words, by output: the chart's and the summary's (`words`), and those of the methods note,
 * the table, the report, `poll-trend/dom` and the poll average. A part left out is English. Make one with
 * {@link registerLanguage}; poll-trend's own are English (built in) and `spanish` (`poll-trend/es`).
 */
export interface LanguageWords {
  /**
   * The BCP 47 tags it serves, lower case: a language ("es") serves every locale of that language
   * ("es-US", "es-MX") that no more exact tag ("en-gb") claims.
   */
  readonly tags: readonly string[];
  /** The chart's and the summary's words. */
  readonly words: Language;
  /** The words of poll averages; without them, averages are said in English. */
  readonly average?: AverageWords;
  /** The methods note's words. */
  readonly methods?: MethodsWords;
  /** The data table's words. */
  readonly table?: TableWords;
  /** The report page's words. */
  readonly report?: ReportWords;
  /** What `poll-trend/dom` says and shows to keyboard and pointer users. */
  readonly announce?: AnnounceWords;
  /** The words of small multiples: a panel's name, the overview. */
  readonly multiples?: MultiplesWords;
  /**
   * More exact words within this language, each a whole language for its own tags: Spanish carries
   * Spain's ("es-es": "ha bajado" where the Americas write "bajó"), chosen for those locales before the
   * language itself, so an app passes one value for every locale of a language.
   */
  readonly variants?: readonly LanguageWords[];
}

/** English, built in: every other part of it is the fallback of each output. */
export const english: LanguageWords = Object.freeze({ tags: Object.freeze(["en"]), words: en });

// A mark on poll-trend's own languages, so a report can tell that its script may carry them.
const SHIPPED_MARK = Symbol.for("poll-trend.shippedLanguage");

/** Marks a language as one of poll-trend's own, shipped as `name` (e.g. "es"). */
export const shipped = (name: string, language: LanguageWords): LanguageWords =>
  Object.freeze(Object.defineProperty({ ...language }, SHIPPED_MARK, { value: name }));

/** Which of poll-trend's own languages this is ("en", "es"), or `undefined` for one an app made. */
export const shippedName = (language: LanguageWords): string | undefined =>
  language === english ? "en" : Reflect.get(language, SHIPPED_MARK);

const BRITISH = ["British English", "british", "en-gb"] as const;

/**
 * The languages poll-trend ships as modules of their own, by the tags they serve: what the language is
 * called, its value and its module. A locale of one of them, when those words were not passed in
 * `languages`, is refused rather than silently written in English (or American English).
 */
const SHIPPED: Readonly<Record<string, readonly [name: string, value: string, module: string]>> = {
  es: ["Spanish", "spanish", "es"],
  "en-gb": BRITISH,
  "en-uk": BRITISH,
  "en-au": BRITISH,
  "en-ie": BRITISH,
  "en-nz": BRITISH,
  "en-in": BRITISH,
};

/** "es-US" → ["es-us", "es"]: the full tag, then each shorter prefix ("en-GB-u-nu-latn" reaches "en-gb"). */
function candidates(locale: string): string[] {
  const parts = locale.toLowerCase().split("-");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join("-"));
}

/** The language of `languages` (or one of its variants) that serves a tag. */
function serving(tag: string, languages: readonly LanguageWords[]): LanguageWords | undefined {
  for (const language of languages) {
    const variant = language.variants?.find((v) => v.tags.includes(tag));
    if (variant) return variant;
    if (language.tags.includes(tag)) return language;
  }
  return undefined;
}

/**
 * The words of a locale: the language in `languages` (or a variant of one) that serves its full tag,
 * else a shorter prefix of it, down to its language; English for English, and for a language
 * poll-trend has no words for (its numbers stay the locale's).
 *
 * @throws {PollDataError} at `options.languages` for a locale whose words ship with poll-trend in a
 * module of their own that was not passed ("es-US" without `spanish`, "en-GB" without `british`).
 * @example
 * languageFor("en-GB", [british]); // british
 * languageFor("de-DE");            // english: English words, German numbers
 */
export function languageFor(locale: string, languages: readonly LanguageWords[] = []): LanguageWords {
  for (const tag of candidates(locale)) {
    const found = serving(tag, languages);
    if (found) return found;
    const shipped = SHIPPED[tag];
    if (shipped) {
      const [name, value, module] = shipped;
      throw dataError([
        {
          path: ["options", "languages"],
          message:
            `expected the words of locale "${locale}", which poll-trend writes in ${name}: pass languages: ` +
            `[${value}], with import { ${value} } from "poll-trend/${module}"`,
        },
      ]);
    }
  }
  return english;
}

/**
 * A language of your own, for the `languages` option of every output: its words for every locale of
 * `tags` (a language, "pt", or a locale, "pt-br"). Nothing is registered anywhere: the value returned is
 * the language, and outputs use it where it is passed. Parts left out (`methods`, `table`, …) are English.
 *
 * @param tags - BCP 47 tags, any case: "pt" serves "pt-BR" and "pt-PT" unless a more exact one is given.
 * @throws {TypeError} when a tag is not a BCP 47 tag or `words` is not an object of words.
 * @example
 * import { registerLanguage, summarizeTrend } from "poll-trend";
 * const portuguese = registerLanguage("pt", { words: portugueseWords });
 * summarizeTrend(dataset, { locale: "pt-BR", languages: [portuguese] });
 */
export function registerLanguage(tags: string | readonly string[], words: Omit<LanguageWords, "tags">): LanguageWords {
  const list = (typeof tags === "string" ? [tags] : [...tags]).map((tag) => {
    if (typeof tag !== "string" || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag))
      throw new TypeError(`poll-trend: registerLanguage expected BCP 47 tags such as "pt" or "pt-BR", received ${tag}`);
    return tag.toLowerCase();
  });
  if (typeof words !== "object" || words === null || typeof words.words !== "object" || words.words === null)
    throw new TypeError("poll-trend: registerLanguage expected { words, … }: an object of a language's words");
  return Object.freeze({ ...words, tags: Object.freeze(list) });
}

/** Each locale's language and base name, read once: an `Intl.Locale`'s getters take 700 ns a call. */
const locales = new Map<string, readonly [string, string]>();

/**
 * The `lang` of an output: the words' language with the locale's script and region where the locale is
 * of that language ("en-GB", "en-AU", "es-MX", "en-US"), so a voice reads "1.239" as Spain writes it; the
 * words' own tag where it is not ("en" for English words with German numbers: no English-speaking region
 * writes "43,3 %", and a German voice reading English words would be worse than an English voice reading
 * those numbers).
 *
 * @param locale - a BCP 47 locale Intl knows (the trend's options have checked it).
 * @param words - the words chosen for it.
 * @example
 * langOf("es-ES", spanish.words); // "es-ES"
 * langOf("de-DE", english.words); // "en"
 */
export function langOf(locale: string, words: Language): string {
  let parsed = locales.get(locale);
  if (!parsed) {
    const { language, baseName } = new Intl.Locale(locale);
    parsed = [language, baseName] as const;
    locales.set(locale, parsed);
  }
  const [language, baseName] = parsed;
  return (words.tag.split("-")[0] ?? "").toLowerCase() === language ? baseName : words.tag;
}
