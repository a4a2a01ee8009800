import { changeOf, el, list, los, quoted } from "./es.js";
import type { AverageWords } from "./language.js";

/** Spanish words of poll averages, carried by `poll-trend/es` (the average itself by poll-trend/average). */
export const esAverage: AverageWords = {
  method: (m, f) =>
    [
      m.kind === "kalman"
        ? "una estimación diaria que sigue a las encuestas a medida que se publican"
        : `LOESS con periodos de unos ${m.windowsTo ? `${f.number(m.windowDays)} a ${f.number(m.windowsTo)}` : f.number(m.windowDays)} días${m.widenedTo ? `, ampliadas hasta ${f.number(m.widenedTo)} días donde hubo pocas encuestas` : ""}`,
      ...(m.eachPollsterOnce ? ["cada encuestadora contada una vez"] : []),
      ...(m.largerPollsWeighted ? ["con más peso para las encuestas con muestras más amplias"] : []),
      ...(m.houseEffects ? ["ajustado por el sesgo propio de cada encuestadora"] : []),
    ].join(", "),
  marksNote: (band, f) =>
    `Líneas: promedios de encuestas${band === "average" ? `; bandas: intervalos de confianza del ${f.percent(95)}` : band === "polls" ? `; bandas: donde cae el ${f.percent(95)} de las encuestas` : ""}; puntos: encuestas`,
  methodsOnce: (methods) => `Promedios: ${methods.join("; ")}.`,
  methodInSummary: (method) =>
    /^LOESS/.test(method) ? `una ${method.replace(/^LOESS/, "línea de tendencia LOESS")}` : method,
  subject: (label, predicate, population) =>
    predicate ? `la proporción de ${population ? los(population) : "los encuestados"} que ${predicate}` : quoted(label),
  averageLead: (a, f) => {
    const polls = a.polls === 1 ? "1 encuesta" : `${f.number(a.polls)} encuestas`;
    const since = a.change?.since ? `el ${a.change.since}` : "un mes antes";
    const change =
      a.change === undefined
        ? ""
        : a.change.points === 0
          ? `, sin cambios respecto a ${since}`
          : `, ${changeOf(a.change.points, a.change.measure, f)} que ${since}`;
    return `El promedio de ${polls}${a.method ? ` (${a.method})` : ""} situó ${a.subject} en ${el(a.value)} el ${a.date}${change}.`;
  },
  pollBand: (lo, hi, f) => `Se espera que el ${f.percent(95)} de las encuestas se ubique entre ${el(lo)} y ${el(hi)}.`,
  averageInterval: (lo, hi, f) =>
    `Con un nivel de confianza del ${f.percent(95)}, el promedio se sitúa entre ${el(lo)} y ${el(hi)}.`,
  averageHighLow: (high, highDate, low, lowDate) =>
    `El promedio llegó a su máximo, ${el(high)}, el ${highDate}, y a su mínimo, ${el(low)}, el ${lowDate}.`,
  latestPoll: (pollster, span, v) =>
    `La última encuesta${pollster ? `, de ${pollster}` : ""} (${span}), registró ${el(v)}.`,
  latestPolls: (count, day, lo, hi, f) =>
    `Las últimas ${f.number(count)} encuestas, que terminaron el ${day}, registraron entre ${el(lo)} y ${el(hi)}.`,
  latestPollsBy: (day, polls) =>
    `Las últimas encuestas terminaron el ${day}: ${list(polls.map((p, i) => `${p.pollster}${i === 0 ? " registró" : ","} ${el(p.value)}${p.from ? ` (iniciada el ${p.from})` : ""}`))}.`,
  notAcrossGaps: (count, longest) =>
    count > 1
      ? `El promedio se interrumpe en los vacíos de las encuestas; el más largo, ${longest}.`
      : `El promedio se interrumpe en un vacío de las encuestas, ${longest}.`,
  tooFewPolls: (stretches) =>
    `El promedio se detiene donde hubo muy pocas encuestas para seguirlo: ${list(stretches)}.`,
  windowsDiffer: (windows, f) =>
    `Las ventanas difieren según la serie: ${windows.map((w) => `${w.label}, unos ${f.number(w.days)} días`).join("; ")}.`,
  averageLabel: (a, f) =>
    `${a.label}, promedio de encuestas (${a.method}) de ${f.number(a.polls)} encuestas: ${a.value} el ${a.date}${
      a.band === "polls"
        ? `; se espera que el ${f.percent(95)} de las encuestas esté entre ${el(a.lo)} y ${el(a.hi)}`
        : a.band === "average"
          ? `; el promedio en sí, entre ${el(a.lo)} y ${el(a.hi)} con una confianza del ${f.percent(95)}`
          : ""
    }`,
};
