import { dateRangeEs, fullDateEs, monthEs, monthYearEs, tickEs } from "./dates-es.js";
import type {
  AnnounceWords,
  Language,
  Measure,
  MethodsWords,
  PollMethod,
  PollSet,
  PollText,
  ReportWords,
  TableWords,
  Value,
  When,
} from "./language.js";
import type { NumberFormat } from "./numbers.js";
import { esProcessing } from "./es-processing.js";

// Spanish, as a Spanish-language newsroom writes it (AP en español, EFE, following FundéuRAE):
// - A difference of two percentages is in "puntos porcentuales", never "por ciento": "bajó 16 puntos
//   porcentuales". FundéuRAE, «punto porcentual y porcentaje no son lo mismo»,
//   https://www.fundeu.es/recomendacion/punto-porcentual-y-porcentaje/ ; DPD, «por ciento».
// - "%" is written with digits ("el 48 %"), "por ciento" only after words. FundéuRAE, «porcentajes,
//   claves de redacción», https://www.fundeu.es/recomendacion/porcentajes-claves-de-redaccion/ . The
//   Ortografía (2010) puts a space before "%"; usage in the Americas does not. poll-trend invents no
//   rule here: the space comes from the locale's CLDR pattern through the one number formatter
//   (words/numbers.ts). Intl (ICU 78) writes es-US and es-MX "48%" and "4.2" and "1,068"; es-ES (and
//   plain "es") "48 %" with a no-break space, "4,2", and "1068" (CLDR groups thousands in Spanish only
//   from five digits: "12.345").
// - Months are common nouns, in lower case: "enero de 2023", "26 al 30 de enero de 2023". FundéuRAE,
//   «meses, días de la semana y estaciones, en minúscula»,
//   https://www.fundeu.es/recomendacion/mayusculas-en-los-meses-dias-y-estaciones/ ; Ortografía de la
//   lengua española (2010), on the use of capitals.
// - Margins of error in prose are "más/menos 4,2 puntos porcentuales", as AP en español writes them; the
//   table keeps "±".
// - Lists join with "y", which becomes "e" before a word that begins with the sound i ("Gallup e Ipsos";
//   DPD, «y»).
// - Quotation marks are the angular «», which the Ortografía (2010) prefers to “”.
// The FundéuRAE pages could not be opened from where this file was written: their titles and addresses
// are given as recalled, for a reviewer to check against fundeu.es.

const when = (w: When) =>
  w.unit === "day" ? fullDateEs(w.date) : w.unit === "month" ? monthYearEs(w.date) : monthEs(w.date);
const at = (w: When) => `${w.unit === "day" ? "el" : "en"} ${when(w)}`;
/** A date after "de": "de marzo de 2022", "del 16 de mayo de 2022". */
const ofWhen = (w: When) => `${w.unit === "day" ? "del" : "de"} ${when(w)}`;

/**
 * "y", or "e" before the sound i: "Gallup e Ipsos", "padres e hijos", but "agua y hielo". A capital H is
 * taken as a foreign name's sounded h: "YouGov y Hill".
 */
const and = (next: string | undefined) => (/^h?[iíIÍ](?![aeoáéó])/.test(next ?? "") ? "e" : "y");
export const list = (items: readonly string[]) => {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(", ")} ${and(last)} ${last}`;
};
const capital = (text: string) => `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
export const quoted = (label: string) => `«${label}»`;

// A percentage takes the article in a Spanish sentence ("el 48 %", "más que el 37 %", "frente al 45 %");
// a net value does not ("menos que +2,5"). Values reach the words printed, so their unit is read from
// the text.
const isShare = (printed: string) => printed.endsWith("%");
export const el = (v: string) => (isShare(v) ? `el ${v}` : v);
export const al = (v: string) => (isShare(v) ? `al ${v}` : `a ${v}`);
export const del = (v: string) => (isShare(v) ? `del ${v}` : `de ${v}`);

/**
 * A population with its article: "los adultos de EE. UU.", "las mujeres"; kept as written when it has
 * one. Feminine by its first word: "mujeres", "madres" or a word in "-as" ("personas", "latinas").
 */
export function los(population: string): string {
  if (/^(el|la|los|las|un|una|unos|unas)\s/i.test(population)) return population;
  return `${/^(mujeres|madres|\p{L}+as)\b/iu.test(population) ? "las" : "los"} ${population}`;
}

/** "Springfield Poll" is already a poll's name: never "encuesta de Springfield Poll". */
const isPollName = (pollster: string) => /\b(poll|encuesta|sondeo)\b/i.test(pollster);
const pollBy = (pollster: string) => (isPollName(pollster) ? `encuesta ${pollster}` : `encuesta de ${pollster}`);

/** A change by its size and direction, before what it is compared with: "2 puntos porcentuales más". */
export const changeOf = (size: number, measure: Measure, f: NumberFormat) =>
  `${points(size, measure, f)} ${size > 0 ? "más" : "menos"}`;

function value(v: Value, f: NumberFormat): string {
  return v.measure === "net" ? f.signed(v.value, v.decimals) : f.percent(v.value, v.decimals);
}

export function points(size: number, measure: Measure, f: NumberFormat): string {
  const abs = Math.abs(size);
  const one = abs === 1;
  if (measure === "net") return `${f.number(abs)} ${one ? "punto" : "puntos"}`;
  return `${f.number(abs)} ${one ? "punto porcentual" : "puntos porcentuales"}`;
}

/** "más/menos 4,2": a margin in prose, as AP en español writes it. */
export const plusMinus = (margin: number, f: NumberFormat) => `más/menos ${f.number(margin)}`;

/** "del 26 al 30 de enero de 2023", "el 30 de enero de 2023": field dates in a sentence. */
const fielded = (start: string | undefined, end: string) =>
  `${start === undefined || start === end ? "el" : "del"} ${dateRangeEs(start, end)}`;

/**
 * How a poll was fielded: a mode with its article reads after "mediante" ("mediante el panel
 * probabilístico AmeriSpeak"); anything else stands as its own sentence: "Modo: teléfono."
 */
function modePhrase(mode: string): { clause: string; sentence: string } {
  if (/^(el|la|los|las|un|una|unos|unas)\s/i.test(mode)) return { clause: `, mediante ${mode}`, sentence: "" };
  return { clause: "", sentence: ` Modo: ${mode}.` };
}

function pollMethod(p: PollMethod, f: NumberFormat): string {
  const who = `La ${p.pollster ? pollBy(p.pollster) : "encuesta"}`;
  const of =
    p.sample !== undefined
      ? ` a ${f.count(p.sample)} ${p.population ?? "personas"}`
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
  const among = s.populations.length ? `, entre ${list(s.populations)}` : "";
  const sizes = s.sizes;
  const each = !sizes
    ? ""
    : f.count(sizes.lo) === f.count(sizes.hi)
      ? `, con ${f.count(sizes.lo)} encuestados cada una${sizes.all ? "" : " donde se publicó"}`
      : `, con entre ${f.count(sizes.lo)} y ${f.count(sizes.hi)} encuestados cada una${sizes.all ? "" : " donde se publicó"}`;
  const margins = s.margins;
  const margin = !margins
    ? ""
    : ` Los márgenes de error de muestreo${margins.all ? "" : ", donde se publicaron,"} ${
        f.number(margins.lo) === f.number(margins.hi)
          ? `son de ${plusMinus(margins.lo, f)}`
          : `van de ${plusMinus(margins.lo, f)} a ${plusMinus(margins.hi, f)}`
      } puntos porcentuales.`;
  const by = s.pollsters > 1 ? `${f.number(s.pollsters)} encuestadoras` : s.pollster;
  return `Las ${f.number(s.polls)} encuestas${by ? `, de ${by},` : ""} se realizaron del ${fullDateEs(s.start)} al ${fullDateEs(s.end)}${among}${each}.${margin}`;
}

function pointLabel(p: PollText, f: NumberFormat): string {
  let label = `${p.series}, ${p.pollster ? `${p.pollster}, ` : ""}${dateRangeEs(p.start, p.end)}: ${value(p.value, f)}`;
  label +=
    p.margin === undefined
      ? ", sin margen de error publicado"
      : `, margen de error de ${plusMinus(p.margin, f)} puntos porcentuales`;
  if (p.sample !== undefined) label += `, ${f.count(p.sample)} encuestados`;
  return label;
}

/** Spanish words. */
export const es: Language = {
  tag: "es",
  monthYear: monthYearEs,
  month: monthEs,
  fullDate: fullDateEs,
  dateRange: dateRangeEs,
  tick: tickEs,
  when,
  at,
  atAll: (dates) => {
    const full = dates.some((d) => d.unit === "day");
    let names = dates.map((d) => (full ? fullDateEs(d.date) : when(d)));
    const year = names[0]?.slice(-4) ?? "";
    // "enero y noviembre de 2023" rather than "enero de 2023 y noviembre de 2023".
    if (names.length > 1 && names.every((n) => n.endsWith(year))) {
      names = names.map((n, i) => (i < names.length - 1 ? n.replace(/ de \d{4}$/, "") : n));
    }
    // "el 5 de enero y el 30 de enero de 2023": each day with its article.
    return full ? list(names.map((n) => `el ${n}`)) : `en ${list(names)}`;
  },
  monthRange: (from, to) => {
    const [a, b] = [monthYearEs(from), monthYearEs(to)];
    if (a === b) return a;
    return from.slice(0, 4) === to.slice(0, 4) ? `${monthEs(from)} a ${b}` : `${a} a ${b}`;
  },

  list,
  quoted,
  capital,
  value,
  points,

  headline: ({ when: w, value: v, label, population, predicate, pollster, measure }) => {
    const inPoll = pollster ? ` en una ${pollBy(pollster)}` : "";
    if (predicate && measure === "share")
      return `${capital(at(w))}, ${el(v)} de ${population ? los(population) : "los encuestados"} ${predicate}${inPoll}`;
    return `${quoted(label)} se situó en ${el(v)}${population ? ` entre ${los(population)}` : ""}${inPoll} ${at(w)}`;
  },
  onlyPoll: (several) => (several ? ", su única encuesta en esta serie" : ", la única encuesta de esta serie"),
  movement: (m, f) => {
    const poll = m.pollster ? `la encuesta anterior de ${m.pollster}, ${at(m.earlier)}` : undefined;
    if (m.points === 0) return `sin cambios respecto a ${poll ?? when(m.earlier)}`;
    // "16 puntos porcentuales menos que el 64 % de marzo de 2022"; a net value without the article.
    const from = value(m.from, f);
    const then = isShare(from)
      ? `el ${from} ${poll ? `de ${poll}` : ofWhen(m.earlier)}`
      : `${from} ${poll ? `en ${poll}` : at(m.earlier)}`;
    return `${changeOf(m.points, m.measure, f)} que ${then}`;
  },
  significance: (exceeds, margin) =>
    `, una diferencia ${exceeds ? "mayor que el" : "dentro del"} margen de error (${margin} puntos porcentuales)`,
  noPollBetween: (from, to) => `sin ninguna encuesta entre ${monthYearEs(from)} y ${monthYearEs(to)}`,
  gapsLongest: (longest) => `con vacíos en las encuestas, el más largo ${longest}`,
  with: (text) => `, ${text}`,
  since: (s, f) => {
    const first = `Desde la primera encuesta${s.pollster ? ` de ${s.pollster}` : ""}, ${at(s.earlier)} (${s.from})`;
    if (s.points === 0) return `${first}, no registra cambios en total${s.note}.`;
    return `${first}, ${s.points > 0 ? "subió" : "bajó"} ${points(s.points, s.measure, f)}${s.significance}${s.note}.`;
  },
  everyPoll: (v) => `Fue ${del(v)} en todas las encuestas.`,
  extremes: (high, low) =>
    `El máximo fue ${del(high.value)}${high.by} ${high.at}; el mínimo, ${del(low.value)}${low.by} ${low.at}.`,
  manyPolls: (count, latest, f) => `en ${f.number(count)} encuestas, la más reciente ${at(latest)}`,
  pollsters: (names, f) => (names.length > 3 ? ` (${f.number(names.length)} encuestadoras)` : ` (${list(names)})`),
  unnamedPollster: "una encuestadora sin identificar",

  crossing: ({ leader, trailer, averages, at: when, leaderValue, trailerValue, latest }) => {
    const where =
      latest.kind === "averages"
        ? `en los promedios del ${fullDateEs(latest.date)}`
        : latest.kind === "same"
          ? "en esa encuesta"
          : `en la última encuesta que preguntó por ambas, ${latest.at}`;
    const subject = averages
      ? `El promedio de ${quoted(leader)} superó al promedio de ${quoted(trailer)}`
      : `${quoted(leader)} superó a ${quoted(trailer)}`;
    return `${subject} ${when} (${leaderValue} frente ${al(trailerValue)} ${where}).`;
  },
  crossingShort: ({ leader, trailer, averages, at: when, latestAt, leaderValue, trailerValue }) =>
    `${averages ? `El promedio de ${quoted(leader)} superó al promedio de ${quoted(trailer)}` : `${quoted(leader)} superó a ${quoted(trailer)}`} ${when}; ${leaderValue} frente ${al(trailerValue)} ${latestAt}.`,
  othersAt: (values) => `Los demás: ${values.join("; ")}.`,
  lastPolledSentence: (stale, before, f) =>
    stale.length > 4
      ? `Otras ${f.number(stale.length)} series se midieron por última vez antes del ${fullDateEs(before)}.`
      : `${capital(list(stale.map((s) => `${s.label}, en ${monthYearEs(s.date)}`)))}: la última vez que se ${stale.length > 1 ? "midieron" : "midió"}.`,
  lastPolled: (label, date) => `${label}, medido por última vez en ${monthYearEs(date)}`,
  othersKey: (count, under, stale, since, f) =>
    [
      under ? `${f.number(count)} más, cada una por debajo ${del(under)}` : "",
      stale ? `${f.number(stale)} ${under ? "" : "más "}sin medir desde el ${fullDateEs(since)}` : "",
    ]
      .filter(Boolean)
      .join("; "),
  leadChanges: (count, leader, when, f) =>
    `El primer lugar cambió de manos ${count === 2 ? "dos veces" : `${f.number(count)} veces`}; la última, ${when}, a favor de ${quoted(leader)}.`,
  higherInPolls: (higher, lower, polls, f) =>
    `${quoted(higher)} estuvo por encima de ${quoted(lower)} ${polls === 2 ? "en las dos encuestas" : `en cada una de las ${f.number(polls)} encuestas`} que preguntaron por ambas.`,
  aboveThroughout: (higher, lower, span) =>
    `El promedio de ${quoted(higher)} estuvo por encima del promedio de ${quoted(lower)} durante todo el periodo, de ${span}, y lo mismo ocurrió con la media mensual de las encuestas.`,
  leads: ({ leader, value: v, runnerUp, runnerUpValue, lead, where }) =>
    `En primer lugar ${where}: ${leader}, con ${el(v)}, ${lead} por delante de ${runnerUp} (${runnerUpValue})`,
  leadBasis: (date, asOf) =>
    date
      ? `en los promedios de encuestas del ${fullDateEs(date)}`
      : `en las últimas encuestas${asOf ? `, hasta el ${fullDateEs(asOf)}` : ""}`,
  tied: (a, b, v, where) => `${list([a, b])} empatan con ${el(v)} ${where}`,
  parts: (ps, whole, where) =>
    `${capital(list(ps.map((p) => `entre ${los(p.population)}, ${el(p.value)}`)))}, frente ${al(whole.value)} de ${los(whole.population)} ${where}.`,
  sourcePolls: (named, others, compiler, f) =>
    `Fuente: encuestas de ${others ? `${named.join(", ")} y otras ${f.number(others)} encuestadoras` : list(named)}${compiler ? `, recopiladas por ${compiler}` : ""}.`,
  sourcePoll: (pollster) => `Fuente: ${isPollName(pollster) ? pollster : pollBy(pollster)}.`,
  sourceName: (name) => `Fuente: ${name}.`,
  population: (p) => `Población: ${p}.`,

  shortAverage: (label, v, date, change) =>
    `${label ? `${label}: ` : ""}${v} en el promedio de encuestas del ${date}${change ?? ""}`,
  inAMonth: (size, measure, f) =>
    size === 0 ? ", sin cambios en un mes" : `, ${changeOf(size, measure, f)} que hace un mes`,
  shortPollster: (label, v, pollster, w, change, f) => {
    const trend = change
      ? `, ${change.points === 0 ? "sin cambios respecto a" : `${changeOf(change.points, change.measure, f)} que en`} su encuesta de ${change.earlier}`
      : "";
    return `${label ? `${label}: ` : ""}${v} en una ${pollBy(pollster)} en ${w}${trend}`;
  },
  shortPlain: (label, v, w, movement) => `${label ? `${label}: ` : ""}${v} ${at(w)}${movement ? `, ${movement}` : ""}`,
  shortValue: (label, v) => `${label}: ${v}`,
  moreSeries: (count, f) => `; ${f.number(count)} ${count === 1 ? "serie" : "series"} más`,
  firstOf: (count, f) => ` (la primera de ${f.number(count)} series)`,

  sourceLine: (source, population) =>
    [source && `Fuente: ${source}`, population && (source ? population : `Población: ${population}`)]
      .filter(Boolean)
      .join(" · ")
      .replace(/[^.]$/, "$&."),
  barsNote: "Barras: márgenes de error, donde se publicaron",
  eventsNote: (events) =>
    `${events.length > 1 ? "Líneas discontinuas" : "Línea discontinua"}: ${events.map((e) => `${e.label}, ${e.date}`).join("; ")}.`,
  netNote: "Valores netos: una proporción menos la otra.",
  pointLabel,
  seriesLabel: ({ label, polls, range: span, values, average }, f) =>
    `${label}: ${f.number(polls)} encuestas, ${span}${values ? `, ${del(values.first)} ${al(values.last)}; máximo ${values.high}, mínimo ${values.low}` : ""}${average ? `; promedio de encuestas al final: ${average}` : ""}`,
  onePollLabel: (label) => `${label}: 1 encuesta`,
  eventLabel: (date, label) => `Acontecimiento, ${date}: ${label}`,
  chartName: (labels, span, f) =>
    `Gráfico de líneas de ${labels.length <= 3 ? list(labels) : `${f.number(labels.length)} series`}, ${span}`,
  axisNote: (lo, hi) => `Eje ${del(lo)} ${al(hi)}.`,
  gapsNote: "Los vacíos en las encuestas interrumpen la línea.",
  roleDescription: "gráfico de líneas",
};

/** Spanish words of the methods note. */
export const esMethods: MethodsWords = {
  pollMethod,
  pollSet,
  processing: esProcessing,
};

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
  sample: (sample, population, f) =>
    sample !== undefined
      ? `${f.count(sample)} ${population ?? "encuestados"}`
      : population
        ? `entre ${los(population)}`
        : "",
  average: (v) => `promedio de encuestas ${v}`,
  position: (index, count, f) => `${f.number(index + 1)} de ${f.number(count)}`,
  keys: (table) =>
    `Teclas: Abajo entra (series, luego encuestas), Arriba sale; Izquierda y Derecha avanzan; Inicio, Fin: primera, última; Re Pág, Av Pág: de diez en diez; Escape oculta la etiqueta.${table ? " T lleva a la tabla de datos." : ""}`,
  nothingBelow: "No hay nada debajo; Arriba vuelve.",
  wholeChart: "El gráfico completo; Abajo entra.",
  endOf: (first, count, f) => `${first ? "Primera" : "Última"} de ${f.number(count)}.`,
  seriesEnd: (first, label) =>
    first
      ? `Primera encuesta de ${label}; no hay ninguna anterior.`
      : `Última encuesta de ${label}; no hay ninguna posterior.`,
  group: (label, count, lo, hi, f) =>
    `${label}: ${f.number(count)} ${count === 1 ? "encuesta" : "encuestas"}, ${lo === hi ? el(lo) : `entre ${el(lo)} y ${el(hi)}`}`,
  tableLink: "Todas las encuestas: la tabla de datos",
  changed: (added, removed, f) =>
    [
      added ? `${f.number(added)} ${added === 1 ? "encuesta nueva" : "encuestas nuevas"}` : "",
      removed ? `${f.number(removed)} ${removed === 1 ? "encuesta retirada" : "encuestas retiradas"}` : "",
    ]
      .filter(Boolean)
      .join(", "),
  latestNew: "; la última: ",
};

/** Spanish words of the data table. */
export const esTable: TableWords = {
  pollDates: "Fechas de la encuesta",
  pollster: "Encuestadora",
  population: "Población",
  margin: "Margen de error (puntos porcentuales)",
  sample: "Tamaño de la muestra",
  notGiven: "no indicado",
  notAsked: "no se preguntó",
  notPublished: "no publicado",
  month: "Mes (fecha final de las encuestas)",
  polls: "Encuestas",
  noPoll: "sin encuesta",
  byMonth: "Por mes",
  mean: (label) => `${label}: media de las encuestas del mes`,
  percentOf: (population) => `Porcentaje de ${population}`,
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
  everyPollCount: (count, f) => `Todas las encuestas (${f.number(count)})`,
  everyPollCsv: (count, f) => `Todas las encuestas (${f.number(count)}), en un archivo CSV`,
  ofPopulation: (population) => (population ? `, porcentaje de ${population}` : ", porcentaje"),
};
