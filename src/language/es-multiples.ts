import { capital, count, during, list, points, quoted } from "./es-grammar.js";
import type { MultiplesWords } from "./language.js";
import type { NumberFormat } from "./numbers.js";

/**
 * Spanish words of small multiples, carried by poll-trend/es: counts from one to nine in words, labels
 * inside a sentence in «», as the rest of the Spanish words (see es.ts); Spain's present perfect for a
 * change "desde" a date ("ha bajado"), the Americas' preterite ("bajó").
 */
function spanishMultiples(spain: boolean): MultiplesWords {
  const [changed, up, down] = spain ? ["ha cambiado", "ha subido", "ha bajado"] : ["cambió", "subió", "bajó"];
  const name = (panels: number, span: string, f: NumberFormat) =>
    `${capital(count(panels, f, true))} ${panels === 1 ? "panel" : "paneles"}, ${during(span)}`;
  return {
    name,
    panel: (name, values) => `${name}: ${list(values.map((v) => (v.label ? `${v.label} ${v.value}` : v.value)))}`,
    overview: ({ panels, span, highest, lowest, moved, among }, f) =>
      `${name(panels, span, f)}. El más alto en las últimas cifras: ${quoted(highest.name)} (${highest.value}); el ` +
      `más bajo: ${quoted(lowest.name)} (${lowest.value})` +
      `${among ? `, entre las ${f.number(among)} series con encuestas en los 45 días previos a la última` : ""}.${
        moved
          ? ` El que más ${changed}: ${quoted(moved.name)}, ${
              moved.points === 0
                ? "sin cambios"
                : `que ${moved.points > 0 ? up : down} ${points(moved.points, moved.measure, f)}`
            } desde ${moved.since}.`
          : ""
      }`,
    roleDescription: "gráficos en paneles",
  };
}

/** Spanish words of small multiples for the Americas (es-US, es-MX). */
export const esMultiples: MultiplesWords = spanishMultiples(false);
/** Spanish words of small multiples for Spain (es-ES). */
export const esMultiplesES: MultiplesWords = spanishMultiples(true);
