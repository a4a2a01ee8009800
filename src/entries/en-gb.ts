/**
 * `poll-trend/en-gb`: British English. Pass `british` in the `languages` of any output, and a locale of
 * en-GB, en-AU, en-IE, en-NZ or en-IN writes its dates the British way ("11 December 2019", "26–30
 * January 2023", "Sep" on a narrow axis) and "per cent" in words, with the locale's own numbers, under
 * `lang="en-GB"` (or "en-AU", …). A module of its own so an American app carries none of it; one of
 * those locales without it is a `PollDataError` naming this import, never silently American.
 *
 * @example
 * import { british } from "poll-trend/en-gb";
 * import { methodsNote, apNorcUkraineSupport } from "poll-trend";
 * methodsNote(apNorcUkraineSupport, { locale: "en-GB", languages: [british] });
 * // "The AP-NORC poll of 1,239 U.S. adults was conducted 2–6 November 2023. …"
 * @module poll-trend/en-gb
 */
export { british } from "../language/british.js";
