import { registerLanguage, shipped } from "./choose.js";
import { enGb, enGbAnnounce, enGbMethods, enGbReport, enGbTable } from "./en-gb.js";

/**
 * British English, for the `languages` option of every output, from `poll-trend/en-gb`: "11 December
 * 2019", "26–30 January 2023", "Sep" on a narrow axis, "per cent" in words. It serves en-GB and the
 * Englishes that date the British way (en-AU, en-IE, en-NZ, en-IN), each with its own numbers, and en-UK,
 * which is no tag (the United Kingdom's code is GB) but what a British desk may well type; the poll
 * average's sentences, which name no date of their own, are American English's.
 *
 * @example
 * import { british } from "poll-trend/en-gb";
 * summarizeTrend(tracker, { locale: "en-GB", languages: [british] }); // "… at 45.9% on 29 April 2020, …"
 */
export const british = shipped(
  "en-gb",
  registerLanguage(["en-gb", "en-uk", "en-au", "en-ie", "en-nz", "en-in"], {
    words: enGb,
    methods: enGbMethods,
    table: enGbTable,
    report: enGbReport,
    announce: enGbAnnounce,
  }),
);
