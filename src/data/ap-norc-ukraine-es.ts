import { parseDataset } from "../model/parse.js";
import type { PollDataset, PollSeries } from "../model/types.js";
import { apNorcUkraineSupport } from "./ap-norc-ukraine.js";

// The same polls as ./ap-norc-ukraine.ts, every number and date unchanged, with the words in Spanish:
// title, subtitle, population, series labels and predicates, the event, the source's note and the mode.
// The polls are taken from there (each figure's source is cited there, in ../shared/data/ap-norc-ukraine.md;
// the citations stay as their publications are named), with the mode in Spanish. "EE. UU." keeps its two parts together
// with a no-break space (U+00A0), so a
// wrapped line never ends in "EE." (FundéuRAE, «EE. UU.»). Predicates take a plural verb, which reads after "el 48 % de
// los adultos de
// EE. UU." and after "la proporción de los adultos de EE. UU. que" alike (DPD, «por ciento», 2). "Gobierno",
// the institution, takes its capital as the Ortografía (2010) has it for all Spanish, and as Spain's desks
// write it (an American desk that lowercases it, as AP en español does, accepts the capital).

const panel = "el panel probabilístico AmeriSpeak";
const [weapons, funds] = apNorcUkraineSupport.series;

/** A series' polls as the English dataset holds them, with the survey mode in Spanish. */
const pollsOf = (series: PollSeries | undefined) =>
  (series?.points ?? []).map((p) => (p.mode ? { ...p, mode: panel } : p));

/**
 * The bundled AP-NORC polls on aiding Ukraine (`apNorcUkraineSupport`, from "poll-trend") in Spanish: the same polls,
 * March 2022 to November 2023, with Spanish title, subtitle, population ("adultos de EE. UU."), series
 * labels, predicates and event. Draw it with a Spanish locale and `languages: [spanish]`.
 *
 * @example
 * import { apNorcUkraineSupportEs, spanish } from "poll-trend/es";
 * summarizeTrend(apNorcUkraineSupportEs, { locale: "es-US", languages: [spanish] });
 * // "En noviembre de 2023, el 48% de los adultos …"
 */
export const apNorcUkraineSupportEs: PollDataset = /* @__PURE__ */ parseDataset({
  title: "El apoyo a enviar armas a Ucrania cayó tras los primeros meses de la guerra",
  subtitle: "Porcentaje de adultos de EE.\u00a0UU. a favor",
  population: "adultos de EE.\u00a0UU.",
  pollster: "AP-NORC",
  source: {
    name: "Centro de Investigación de Asuntos Públicos AP-NORC",
    url: "https://apnorc.org/",
    note:
      "Redacción de las preguntas según la cobertura periodística; " +
      "no se dispuso del texto exacto del cuestionario.",
  },
  events: [{ date: "2022-02-24", label: "Rusia invade Ucrania" }],
  series: [
    {
      id: "weapons",
      label: "A favor de enviar armas",
      predicate: "estaban a favor de que EE.\u00a0UU. suministrara armas a Ucrania",
      points: pollsOf(weapons),
    },
    {
      id: "funds",
      label: "A favor de enviar fondos",
      predicate: "estaban a favor de enviar fondos del Gobierno directamente a Ucrania",
      points: pollsOf(funds),
    },
  ],
});
