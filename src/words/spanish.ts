import { esAverage } from "./es-average.js";
import { es, esAnnounce, esMethods, esReport, esTable } from "./es.js";
import type { LanguageWords } from "./index.js";

/** Every Spanish word poll-trend writes, as `poll-trend/es`, the CLI and `poll-trend/element` register them. */
export const spanish: LanguageWords = {
  words: es,
  average: esAverage,
  methods: esMethods,
  table: esTable,
  report: esReport,
  announce: esAnnounce,
};
