import { britishDates } from "./dates-en-gb.js";
import { type EnglishVariety, englishAnnounce, englishMethods, englishWords, enReport, enTable } from "./en.js";
import type { AnnounceWords, Language, MethodsWords, ReportWords, TableWords } from "./language.js";

// British English: American English's sentences (en.ts), with the Guardian's dates (dates-en-gb.ts), its
// possessive and its "per cent". Nothing else is copied: a sentence changed in en.ts changes here too.

/** Plural names that take a bare apostrophe, even in the Guardian's style: "McLaughlin & Associates’". */
const PLURAL = /\b(?:Associates|Reports|Strategies|Partners|Analytics|Insights|Services|Communications|Solutions)$/;

/**
 * British English as the Guardian writes it: dates "11 December 2019"; a name ending in s takes ’s
 * ("Ipsos’s", as the Guardian and Observer style guide's "apostrophes" entry has it: "Dickens’s house"),
 * a plural name only the apostrophe ("McLaughlin & Associates’").
 */
export const britishVariety: EnglishVariety = {
  tag: "en-GB",
  dates: britishDates,
  possessive: (name) => (PLURAL.test(name) ? `${name}’` : `${name}’s`),
};

/** British English words of the chart and the summary. */
export const enGb: Language = englishWords(britishVariety);
/** British English words of the methods note. */
export const enGbMethods: MethodsWords = englishMethods(britishVariety);
/** British English words of `poll-trend/dom`. */
export const enGbAnnounce: AnnounceWords = englishAnnounce(britishVariety);
/** British English words of the data table: "Per cent of British adults". */
export const enGbTable: TableWords = { ...enTable, percentOf: (population) => `Per cent of ${population}` };
/** British English words of the report: "Polls by month, per cent of British adults". */
export const enGbReport: ReportWords = {
  ...enReport,
  ofPopulation: (population) => (population ? `, per cent of ${population}` : ", per cent"),
};
