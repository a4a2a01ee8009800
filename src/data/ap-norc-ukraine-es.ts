import { parseDataset } from "../model/parse.js";
import type { PollDataset } from "../model/types.js";

// The same polls as ./ap-norc-ukraine.ts, every number and date unchanged, with the words in Spanish:
// title, subtitle, population, series labels and predicates, the event, the source's note and the mode.
// Each figure's source is cited there, in ../shared/data/ap-norc-ukraine.md; the citations stay as their
// publications are named. "EE. UU." keeps its two parts together with a no-break space (U+00A0), so a
// wrapped line never ends in "EE." (FundéuRAE, «EE. UU.»). Predicates take a plural verb, which reads after "el 48 % de los adultos de
// EE. UU." and after "la proporción de los adultos de EE. UU. que" alike (DPD, «por ciento», 2).

const hill = {
  name: "The Hill, March 2022",
  note: "Two-thirds of Americans support accepting Ukrainian refugees into US",
};
const apMay2022 = { name: "AP-NORC poll report, May 2022" };
const apFeb2023 = { name: "AP (Madhani & Swanson), Feb. 16, 2023" };
const apNov2023 = { name: "AP (Kim & Sanders), Nov. 24, 2023" };
const panel = "el panel probabilístico AmeriSpeak";

/**
 * The bundled AP-NORC polls on aiding Ukraine (`apNorcUkraineSupport`, from "poll-trend") in Spanish: the same polls,
 * March 2022 to November 2023, with Spanish title, subtitle, population ("adultos de EE. UU."), series
 * labels, predicates and event. Draw it with a Spanish locale, after `import "poll-trend/es"`.
 *
 * @example
 * import { apNorcUkraineSupportEs } from "poll-trend/es";
 * summarizeTrend(apNorcUkraineSupportEs, { locale: "es-US" }); // "En noviembre de 2023, el 48% de los adultos …"
 */
export const apNorcUkraineSupportEs: PollDataset = /* @__PURE__ */ parseDataset({
  title: "El apoyo a enviar armas a Ucrania cayó tras los primeros meses de la guerra",
  subtitle:
    "Porcentaje de adultos de EE.\u00a0UU. a favor de que EE.\u00a0UU. suministre armas a Ucrania y de enviar fondos del gobierno directamente a Ucrania",
  population: "adultos de EE.\u00a0UU.",
  pollster: "AP-NORC",
  source: {
    name: "Centro de Investigación de Asuntos Públicos AP-NORC",
    url: "https://apnorc.org/",
    note: "Redacción de las preguntas según la cobertura periodística; no se dispuso del texto exacto del cuestionario.",
  },
  events: [{ date: "2022-02-24", label: "Rusia invade Ucrania" }],
  series: [
    {
      id: "weapons",
      label: "A favor de enviar armas",
      predicate: "estaban a favor de que EE.\u00a0UU. suministrara armas a Ucrania",
      points: [
        { fieldStart: "2022-03-17", date: "2022-03-21", sampleSize: 1082, value: 64, citation: hill },
        { fieldStart: "2022-05-12", date: "2022-05-16", sampleSize: 1172, value: 60, citation: apFeb2023 },
        {
          fieldStart: "2023-01-26",
          date: "2023-01-30",
          sampleSize: 1068,
          marginOfError: 4.2,
          value: 48,
          responses: { favor: 48, oppose: 29, neither: 22 },
          mode: panel,
          citation: apFeb2023,
        },
        {
          fieldStart: "2023-11-02",
          date: "2023-11-06",
          sampleSize: 1239,
          marginOfError: 3.9,
          value: 48,
          citation: apNov2023,
        },
      ],
    },
    {
      id: "funds",
      label: "A favor de enviar fondos",
      predicate: "estaban a favor de enviar fondos del gobierno directamente a Ucrania",
      points: [
        {
          fieldStart: "2022-05-12",
          date: "2022-05-16",
          sampleSize: 1172,
          value: 44,
          responses: { favor: 44, oppose: 32, neither: 23 },
          citation: apMay2022,
        },
        {
          fieldStart: "2023-01-26",
          date: "2023-01-30",
          sampleSize: 1068,
          marginOfError: 4.2,
          value: 37,
          responses: { favor: 37, oppose: 38, neither: 23 },
          mode: panel,
          citation: apFeb2023,
        },
        {
          fieldStart: "2023-11-02",
          date: "2023-11-06",
          sampleSize: 1239,
          marginOfError: 3.9,
          value: 39,
          citation: apNov2023,
        },
      ],
    },
  ],
});
