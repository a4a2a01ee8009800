import { capital, count, during, list, points, quoted } from "./es-grammar.js";
import type { MultiplesWords } from "./language.js";

/**
 * Spanish words of small multiples, carried by poll-trend/es: counts from one to nine in words, labels
 * inside a sentence in «», as the rest of the Spanish words (see es.ts).
 */
export const esMultiples: MultiplesWords = {
  panel: (name, values) => `${name}: ${list(values.map((v) => (v.label ? `${v.label} ${v.value}` : v.value)))}`,
  overview: ({ panels, span, highest, lowest, moved }, f) =>
    `${capital(count(panels, f, true))} ${panels === 1 ? "panel" : "paneles"}, ${during(span)}. El más alto ahora: ${quoted(highest.name)} (${highest.value}); el más bajo: ${quoted(lowest.name)} (${lowest.value}).${
      moved
        ? ` El que más cambió: ${quoted(moved.name)}, ${moved.points === 0 ? "sin cambios" : `que ${moved.points > 0 ? "subió" : "bajó"} ${points(moved.points, moved.measure, f)}`} desde ${moved.since}.`
        : ""
    }`,
  roleDescription: "gráficos en paneles",
};
