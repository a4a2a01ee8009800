import { optionsCheck } from "../model/options.js";
import type { Infer } from "../model/schema.js";
import type { PollDataset } from "../model/types.js";
import { LANGUAGES_FIELD, LOCALE_FIELD } from "../trend/options.js";
import { type PreparedTrend, prepareWithoutAverages, trendOptionsOf } from "../trend/prepare.js";
import { methodsText } from "../words/methods.js";

const METHODS_OPTION_FIELDS = {
  /** The locale of the numbers and the words, e.g. `"es-US"`. Default `"en-US"`. */
  locale: LOCALE_FIELD,
  /** Languages besides English, e.g. `[spanish]` from poll-trend/es (see {@link TrendOptions.languages}). */
  languages: LANGUAGES_FIELD,
};

/**
 * Options of {@link methodsNote}: the locale of its numbers and words, and the languages to find them in.
 *
 * @interface
 */
export type MethodsOptions = Infer<typeof METHODS_OPTION_FIELDS>;

const methodsOptions = /* @__PURE__ */ optionsCheck(METHODS_OPTION_FIELDS);

/**
 * The methods line an AP story carries, using only the fields that exist. For one pollster, its latest
 * poll: "The AP-NORC poll of 1,068 U.S. adults was conducted Jan. 26–30, 2023, using the AmeriSpeak
 * probability panel. The margin of sampling error is ±4.2 percentage points." For a tracker of several
 * pollsters, the set: "The 312 polls, by seven pollsters, were conducted from Jan. 20, 2017, to April 29,
 * 2020, among adults and registered voters, with 823 to 3,038 respondents each." Then what reading the
 * data did to it (`dataset.processing`): rows dropped or skipped.
 *
 * @throws {PollDataError} when the input or an option is not valid.
 * @example
 * methodsNote(apNorcUkraineSupport); // "The AP-NORC poll of 1,239 U.S. adults was conducted Nov. 2–6, 2023. …"
 */
export function methodsNote(input: PollDataset | PreparedTrend, options?: MethodsOptions): string {
  methodsOptions(options);
  return methodsText(prepareWithoutAverages(input, trendOptionsOf(options)));
}
