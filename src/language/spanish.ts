import { registerLanguage, shipped } from "./choose.js";
import { esAverage } from "./es-average.js";
import { es, esES } from "./es.js";
import { esMultiples, esMultiplesES } from "./es-multiples.js";
import { esAnnounce, esMethods, esReport, esTable } from "./es-notes.js";

const parts = {
  average: esAverage,
  methods: esMethods,
  table: esTable,
  report: esReport,
  announce: esAnnounce,
  multiples: esMultiples,
};

/**
 * Every Spanish word poll-trend writes: for the `languages` option of every output, from `poll-trend/es`.
 * It serves every Spanish locale ("es-US", "es-MX", "es-ES"), with each locale's own numbers, and Spain's
 * own tense (es-ES: "ha bajado" where the Americas write "bajó") as a variant of its own.
 */
export const spanish = shipped(
  "es",
  registerLanguage("es", {
    words: es,
    ...parts,
    variants: [shipped("es", registerLanguage("es-es", { words: esES, ...parts, multiples: esMultiplesES }))],
  }),
);
