import { dateRangeEs, fullDateEs } from "./dates-es.js";
import { pollBy } from "./es.js";
import { changeOf, count, el, list, los, plusMinus, population, quoted } from "./es-grammar.js";
import { esProcessing } from "./es-processing.js";
import type { AnnounceWords, MethodsWords, PollMethod, PollSet, ReportWords, TableWords } from "./language.js";
import type { NumberFormat } from "./numbers.js";
import { stop } from "./stop.js";

// The Spanish words around the chart and the summary: the methods note, what poll-trend/dom says, the
// data table and the report. The style is es.ts's.

/** "del 26 al 30 de enero de 2023", "el 30 de enero de 2023": field dates in a sentence. */
const fielded = (start: string | undefined, end: string) =>
  `${start === undefined || start === end ? "el" : "del"} ${dateRangeEs(start, end)}`;

/**
 * How a poll was fielded: a mode with its article reads after "mediante" ("mediante el panel
 * probabilístico AmeriSpeak"); anything else stands as its own sentence: "Modo: teléfono."
 */
function modePhrase(mode: string): { clause: string; sentence: string } {
  if (/^(el|la|los|las|un|una|unos|unas)\s/i.test(mode)) return { clause: `, mediante ${mode}`, sentence: "" };
  return { clause: "", sentence: ` ${stop(`Modo: ${mode}`)}` };
}

/** "son de más/menos 3,9", "van de más/menos 2,8 a más/menos 4,6": margins, or sizes, from lo to hi. */
const span = (lo: string, hi: string, one: string, range: string) =>
  lo === hi ? `${one} ${lo}` : `${range} ${lo} a ${hi}`;

function pollMethod(p: PollMethod, f: NumberFormat): string {
  const who = `La ${p.pollster ? pollBy(p.pollster) : "encuesta"}`;
  const of =
    p.sample !== undefined
      ? ` a ${f.count(p.sample)} ${p.population ? population(p.population) : "personas"}`
      : p.population
        ? ` entre ${los(p.population)}`
        : "";
  const sponsor = p.sponsor ? `, patrocinada por ${p.sponsor},` : "";
  const mode = p.mode ? modePhrase(p.mode) : { clause: "", sentence: "" };
  const done = p.start ? `se realizó ${fielded(p.start, p.end)}` : `se completó el ${fullDateEs(p.end)}`;
  const margin =
    p.margin === undefined
      ? ""
      : ` El margen de error de muestreo es de ${plusMinus(p.margin, f)} puntos porcentuales.`;
  return `${who}${of}${sponsor} ${done}${mode.clause}.${mode.sentence}${margin}`;
}

function pollSet(s: PollSet, f: NumberFormat): string {
  const among = s.populations.length ? `, entre ${list(s.populations.map(population))}` : "";
  const { sizes, margins } = s;
  const sized = sizes && span(f.count(sizes.lo), f.count(sizes.hi), "de", "de");
  // Sizes known for every poll go in the sentence; for some, in one of their own.
  const each = sizes?.all ? `, con muestras ${sized} encuestados` : "";
  const someSizes =
    sizes && !sizes.all
      ? ` Las muestras publicadas ${sizes.lo === sizes.hi ? "son" : "van"} ${sized} encuestados.`
      : "";
  const margin = !margins
    ? ""
    : ` Los márgenes de error de muestreo${margins.all ? "" : " publicados"} ${span(
        plusMinus(margins.lo, f),
        plusMinus(margins.hi, f),
        "son de",
        "van de",
      )} puntos porcentuales.`;
  const by = s.pollsters > 1 ? `${count(s.pollsters, f)} encuestadoras` : s.pollster;
  // A set is of several polls: one poll is the methods note's pollMethod.
  return (
    `Las ${count(s.polls, f)} encuestas${by ? `, de ${by},` : ""} se realizaron del ${fullDateEs(s.start)} al ` +
    `${fullDateEs(s.end)}${stop(`${among}${each}`)}${someSizes}${margin}`
  );
}

/** Spanish words of the methods note. */
export const esMethods: MethodsWords = { pollMethod, pollSet, processing: esProcessing };

/** Spanish words of a poll announced by `poll-trend/dom`. */
export const esAnnounce: AnnounceWords = {
  cue: (at) => (at === "only" ? "la única encuesta" : at === "first" ? "la primera encuesta" : "la última encuesta"),
  change: (size, measure, then, pollster, f) => {
    // `then` is a month ("marzo de 2017") or a day ("16 de mayo de 2022").
    const day = /^\d/.test(then);
    const poll = pollster ? `la encuesta de ${pollster} ${day ? "del" : "de"} ${then}` : undefined;
    if (size === 0) return `sin cambios respecto ${poll ? `a ${poll}` : day ? `al ${then}` : `a ${then}`}`;
    return `${changeOf(size, measure, f)} que ${poll ? `en ${poll}` : day ? `el ${then}` : `en ${then}`}`;
  },
  margin: (margin, f) =>
    margin === undefined ? "sin margen de error publicado" : `margen de error de ${plusMinus(margin, f)}`,
  sample: (sample, p, f) =>
    sample !== undefined ? `${f.count(sample)} ${p ? population(p) : "encuestados"}` : p ? `entre ${los(p)}` : "",
  average: (v) => `promedio de encuestas: ${v}`,
  position: (index, n, f) => `${f.number(index + 1)} de ${f.number(n)}`,
  keys: (table) =>
    `Teclas: flecha abajo entra (en las series y luego en las encuestas) y flecha arriba sale; flecha izquierda ` +
    `retrocede y flecha derecha avanza; Inicio y Fin van al principio y al final; Re Pág y Av Pág saltan de diez ` +
    `en diez; Escape oculta el recuadro de datos.${table ? " T lleva a la tabla de datos." : ""}`,
  nothingBelow: "No hay nada debajo; flecha arriba vuelve.",
  wholeChart: "El gráfico completo; flecha abajo entra.",
  // Series are feminine and groups of polls (años, meses) masculine: said without a noun to agree with.
  endOf: (first, n, f) =>
    n === 1 ? "Inicio y final de la lista." : `${first ? "Inicio" : "Final"} de la lista (${count(n, f)} en total).`,
  seriesEnd: (first, label) =>
    first
      ? `Primera encuesta de ${quoted(label)}; no hay ninguna anterior.`
      : `Última encuesta de ${quoted(label)}; no hay ninguna posterior.`,
  group: (label, n, lo, hi, f) =>
    `${label}: ${count(n, f)} ${n === 1 ? "encuesta" : "encuestas"}, ` +
    `${lo === hi ? el(lo) : `entre ${el(lo)} y ${el(hi)}`}`,
  tableLink: "Todas las encuestas: la tabla de datos",
  changed: (added, removed, f) =>
    [
      added ? `${count(added, f)} ${added === 1 ? "encuesta nueva" : "encuestas nuevas"}` : "",
      removed ? `${count(removed, f)} ${removed === 1 ? "encuesta retirada" : "encuestas retiradas"}` : "",
    ]
      .filter(Boolean)
      .join(", ")
      // Said on its own, as a sentence: "Tres encuestas nuevas, una encuesta retirada".
      .replace(/^./, (c) => c.toUpperCase()),
  latestNew: "; la más reciente: ",
};

/** Spanish words of the data table. */
export const esTable: TableWords = {
  pollDates: "Fechas de la encuesta",
  pollster: "Encuestadora",
  population: "Población",
  margin: "Margen de error (puntos porcentuales)",
  sample: "Tamaño de la muestra",
  notGiven: "no indicado",
  notAsked: "sin dato",
  notPublished: "no publicado",
  month: "Mes (según la fecha final de cada encuesta)",
  polls: "Encuestas",
  noPoll: "sin encuesta",
  byMonth: "Por mes",
  mean: (label) => `${label}: media de las encuestas del mes`,
  percentOf: (p) => `Porcentaje de ${population(p)}`,
  populationName: population,
};

/** Spanish words of the report. */
export const esReport: ReportWords = {
  methods: "Metodología",
  data: "Datos",
  source: "Fuente: ",
  chart: "Gráfico",
  dataTable: "Tabla de datos",
  dataTableByMonth: "Tabla de datos por mes",
  dataTableEveryPoll: "Tabla de datos, todas las encuestas",
  everyPoll: (of) => `Todas las encuestas${of}`,
  pollsByMonth: (of) => `Encuestas por mes${of}`,
  everyPollCount: (n, f) => `Todas las encuestas (${f.number(n)} ${n === 1 ? "fila" : "filas"})`,
  everyPollCsv: (n, f) => `Todas las encuestas, en un archivo CSV (${f.number(n)} filas)`,
  ofPopulation: (p) => (p ? `, porcentaje de ${population(p)}` : ", porcentaje"),
};
