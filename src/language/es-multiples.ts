import type { MultiplesWords } from "./language.js";
import { list, points } from "./es.js";

/** Spanish words of small multiples, carried by poll-trend/es. */
export const esMultiples: MultiplesWords = {
  panel: (name, values) => `${name}: ${list(values.map((v) => (v.label ? `${v.label} ${v.value}` : v.value)))}`,
  overview: ({ panels, span, highest, lowest, moved }, f) =>
    `${f.number(panels)} paneles, ${span}. Más alto ahora: ${highest.name}, ${highest.value}; más bajo: ${lowest.name}, ${lowest.value}.${
      moved
        ? ` El que más cambió: ${moved.name}, ${moved.points === 0 ? "sin cambios" : `${moved.points > 0 ? "subió" : "bajó"} ${points(moved.points, moved.measure, f)}`} desde ${moved.since}.`
        : ""
    }`,
  roleDescription: "múltiplos pequeños",
};
