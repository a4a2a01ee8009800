import { monthYearEs } from "./dates-es.js";
import { changeOf, count, during, el, list, los, quoted } from "./es-grammar.js";

/** A poll's field dates in a sentence: "del 26 al 29 de abril de 2020"; one day as it is. */
const from = (span: string) => (/^\d+ al /.test(span) ? `del ${span}` : span);
import type { AverageWords } from "./language.js";

/** Spanish words of poll averages, carried by `poll-trend/es` (the average itself by poll-trend/average). */
export const esAverage: AverageWords = {
  aboveThroughout: (higher, lower, span) =>
    `El promedio de ${quoted(higher)} estuvo por encima del promedio de ${quoted(lower)} durante todo el periodo, ` +
    `de ${span}, y lo mismo ocurrió con la media mensual de las encuestas.`,
  shortAverage: (label, v, date, change) =>
    `${label ? `${label}: ` : ""}${v} en el promedio de encuestas del ${date}${change ?? ""}`,
  inAMonth: (size, measure, f) =>
    size === 0 ? ", sin cambios en un mes" : `, ${changeOf(size, measure, f)} que un mes antes`,
  // The method, then how polls count, as clauses of their own: "…; cada encuestadora cuenta una vez y
  // las muestras más grandes pesan más" (not the calque "cada encuestadora contada una vez").
  method: (m, f) => {
    const how = [
      ...(m.eachPollsterOnce ? ["cada encuestadora cuenta una vez"] : []),
      ...(m.largerPollsWeighted ? ["las muestras más grandes pesan más"] : []),
      ...(m.houseEffects ? ["se corrige el sesgo propio de cada encuestadora"] : []),
    ];
    const method =
      m.kind === "kalman"
        ? "una estimación diaria que sigue a las encuestas a medida que se realizan"
        : `LOESS con periodos de unos ` +
          `${m.windowsTo ? `${f.number(m.windowDays)} a ${f.number(m.windowsTo)}` : f.number(m.windowDays)} ` +
          `días` +
          `${m.widenedTo ? `, ampliados hasta ${f.number(m.widenedTo)} días en los tramos con pocas encuestas` : ""}`;
    return how.length ? `${method}; ${list(how)}` : method;
  },
  marksNote: (band, f) =>
    `Líneas: promedios de ` +
    `encuestas` +
    `${
      band === "average"
        ? `; bandas: intervalos de confianza del ${f.percent(95)}`
        : band === "polls"
          ? `; bandas: donde cae el ${f.percent(95)} de las encuestas`
          : ""
    }; puntos: encuestas`,
  methodsOnce: (methods) => `Promedios: ${methods.join("; ")}.`,
  methodInSummary: (method) =>
    /^LOESS/.test(method) ? `una ${method.replace(/^LOESS/, "línea de tendencia LOESS")}` : method,
  subject: (label, predicate, population) =>
    predicate
      ? `la proporción de ${population ? los(population) : "los encuestados"} ` + `que ${predicate}`
      : quoted(label),
  averageLead: (a, f) => {
    const polls = `${count(a.polls, f)} ${a.polls === 1 ? "encuesta" : "encuestas"}`;
    const since = a.change?.since ? `el ${a.change.since}` : "un mes antes";
    const change =
      a.change === undefined
        ? ""
        : a.change.points === 0
          ? `, sin cambios respecto a ${since}`
          : `, ${changeOf(a.change.points, a.change.measure, f)} que ${since}`;
    return (
      `El promedio de ${polls}${a.method ? ` (${a.method})` : ""} situó ${a.subject} en ${el(a.value)} el ` +
      `${a.date}${change}.`
    );
  },
  pollBand: (lo, hi, f) => `Se espera que el ${f.percent(95)} de las encuestas se sitúe entre ${el(lo)} y ${el(hi)}.`,
  averageInterval: (lo, hi, f) =>
    `Con un nivel de confianza del ${f.percent(95)}, el promedio se sitúa entre ${el(lo)} y ${el(hi)}.`,
  averageHighLow: (high, highDate, low, lowDate) =>
    `El promedio llegó a su máximo, ${el(high)}, el ${highDate}, y a su mínimo, ${el(low)}, el ${lowDate}.`,
  averageExtreme: (kind, v, date) =>
    `El promedio llegó a su ${kind === "high" ? "máximo" : "mínimo"}, ${el(v)}, el ${date}.`,
  // The pollster is an aside, between commas; the dates alone are not, and no comma parts subject and verb.
  latestPoll: (pollster, span, v) =>
    `La encuesta más reciente${pollster ? `, de ${pollster} (${from(span)}),` : ` (${from(span)})`} ` +
    `registró ${el(v)}.`,
  latestPolls: (n, day, lo, hi, f) =>
    `Las ${count(n, f)} encuestas más recientes, que terminaron el ${day}, registraron entre ${el(lo)} y ${el(hi)}.`,
  latestPollsBy: (day, polls) =>
    `Las encuestas más recientes terminaron el ${day}: ` +
    `${list(
      polls.map(
        (p, i) =>
          `${p.pollster}${i === 0 ? " registró" : ","} ${el(p.value)}${p.from ? ` (iniciada el ${p.from})` : ""}`,
      ),
    )}.`,
  notAcrossGaps: (n, from, to) =>
    n > 1
      ? `El promedio no se traza en los periodos sin encuestas que dieran la cifra; el más largo, entre ` +
        `${monthYearEs(from)} y ${monthYearEs(to)}.`
      : `El promedio no se traza en el periodo sin encuestas que dieran la cifra, entre ${monthYearEs(from)} ` +
        `y ${monthYearEs(to)}.`,
  // "en septiembre de 2024 y de abril a junio de 2025": each stretch with its own preposition.
  tooFewPolls: (stretches) =>
    `El promedio se interrumpe donde sería demasiado incierto para publicarlo (muy pocas encuestas, o encuestas ` +
    `demasiado dispares): ${list(stretches.map(during))}.`,
  windowsDiffer: (windows, f) =>
    `Los periodos difieren según la serie: ` +
    `${windows.map((w) => `${quoted(w.label)}, unos ${f.number(w.days)} días`).join("; ")}.`,
  averageLabel: (a, f) =>
    `${a.label}, promedio de ${count(a.polls, f)} encuestas (${a.method}): ${a.value} el ${a.date}${
      a.band === "polls"
        ? `; se espera que el ${f.percent(95)} de las encuestas esté entre ${el(a.lo)} y ${el(a.hi)}`
        : a.band === "average"
          ? `; el promedio en sí, entre ${el(a.lo)} y ${el(a.hi)} con una confianza del ${f.percent(95)}`
          : ""
    }`,
};
