import { registerLanguage, shipped } from "./choose.js";
import { esAverage } from "./es-average.js";
import { esMultiples } from "./es-multiples.js";
import { es, esAnnounce, esMethods, esReport, esTable } from "./es.js";

/**
 * Every Spanish word poll-trend writes: for the `languages` option of every output, from `poll-trend/es`.
 * It serves every Spanish locale ("es-US", "es-MX", "es-ES"), with each locale's own numbers.
 */
export const spanish = shipped(
  "es",
  registerLanguage("es", {
    words: es,
    average: esAverage,
    methods: esMethods,
    table: esTable,
    report: esReport,
    announce: esAnnounce,
    multiples: esMultiples,
  }),
);
