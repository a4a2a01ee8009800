import { dateRangeEs, fullDateEs, monthEs, monthYearEs, tickEs } from "./dates-es.js";
import {
  al,
  capital,
  changeOf,
  count,
  del,
  during,
  el,
  isShare,
  list,
  los,
  plusMinus,
  points,
  population,
  quoted,
  value,
} from "./es-grammar.js";
import { titleFromLabels, titleWords } from "../model/titles.js";
import type { Language, PollText, When } from "./language.js";
import type { NumberFormat } from "./numbers.js";
import { stop } from "./stop.js";

// Spanish, as a Spanish-language newsroom writes it (AP en español, EFE, following FundéuRAE):
// - A difference of two percentages is in "puntos porcentuales", never "por ciento": "bajó 16 puntos
//   porcentuales". FundéuRAE, «punto porcentual y porcentaje no son lo mismo»,
//   https://www.fundeu.es/recomendacion/punto-porcentual-y-porcentaje/ ; DPD, «por ciento».
// - "%" is written with digits ("el 48 %"), "por ciento" only after words. FundéuRAE, «porcentajes,
//   claves de redacción», https://www.fundeu.es/recomendacion/porcentajes-claves-de-redaccion/ . The
//   Ortografía (2010) puts a space before "%"; usage in the Americas does not. poll-trend invents no
//   rule here: the space comes from the locale's CLDR pattern through the one number formatter
//   (language/numbers.ts). Intl (ICU 78) writes es-US and es-MX "48%" and "4.2" and "1,068"; es-ES (and
//   plain "es") "48 %" with a no-break space, "4,2", and "1068" (CLDR groups thousands in Spanish only
//   from five digits: "12.345").
// - Counts of things from one to nine are words ("tres encuestas", "siete encuestadoras"); from 10, and
//   every measure (values, points, days), figures. FundéuRAE, «escritura de los números».
// - Months are common nouns, in lower case: "enero de 2023", "26 al 30 de enero de 2023". FundéuRAE,
//   «meses, días de la semana y estaciones, en minúscula»,
//   https://www.fundeu.es/recomendacion/mayusculas-en-los-meses-dias-y-estaciones/ ; Ortografía de la
//   lengua española (2010), on the use of capitals.
// - Margins of error in prose are "más/menos 4,2 puntos porcentuales", as AP en español writes them; the
//   table keeps "±".
// - Lists join with "y", which becomes "e" before a word that begins with the sound i ("Gallup e Ipsos";
//   DPD, «y»).
// - Quotation marks are the angular «», which the Ortografía (2010) prefers to “”; a series' label inside
//   a sentence is always quoted, as the English quotes it.
// - A sentence that ends in an abbreviation ends with its period: "adultos de EE. UU.", never "UU..".
// - Spain says what has happened in a period that runs to now in the present perfect ("desde la primera
//   encuesta, la cifra ha bajado"); the Americas in the preterite ("bajó"): `spanishWords(true)`.
// The FundéuRAE pages could not be opened from where this file was written: their titles and addresses
// are given as recalled, for a reviewer to check against fundeu.es.

const when = (w: When) =>
  w.unit === "day" ? fullDateEs(w.date) : w.unit === "month" ? monthYearEs(w.date) : monthEs(w.date);
const at = (w: When) => `${w.unit === "day" ? "el" : "en"} ${when(w)}`;
/** A date after "de": "de marzo de 2022", "del 16 de mayo de 2022". */
const ofWhen = (w: When) => `${w.unit === "day" ? "del" : "de"} ${when(w)}`;

/** "Springfield Poll" is already a poll's name: never "encuesta de Springfield Poll". */
export const isPollName = (pollster: string) => /\b(poll|encuesta|sondeo)\b/i.test(pollster);
/** "encuesta de Gallup", "encuesta Springfield Poll". */
export const pollBy = (pollster: string) => (isPollName(pollster) ? `encuesta ${pollster}` : `encuesta de ${pollster}`);

/** A poll's accessible label: "A favor, 26 al 30 de enero de 2023: 48 %, margen de error de más/menos 4,2 …". */
function pointLabel(p: PollText, f: NumberFormat): string {
  let label = `${p.series}, ${p.pollster ? `${p.pollster}, ` : ""}${dateRangeEs(p.start, p.end)}: ${value(p.value, f)}`;
  label +=
    p.margin === undefined
      ? ", sin margen de error publicado"
      : `, margen de error de ${plusMinus(p.margin, f)} puntos porcentuales`;
  if (p.sample !== undefined) label += `, ${f.count(p.sample)} encuestados`;
  return label;
}

/** "entre mayo de 2016 y enero de 2020": the polls either side of a hole in the polling. */
const between = (from: string, to: string) => `entre ${monthYearEs(from)} y ${monthYearEs(to)}`;

/**
 * Spanish words: of the Americas (es-US, es-MX, and every Spanish locale but Spain's), or of Spain
 * (`spain`), which says a change over a period that runs to now in the present perfect.
 *
 * @example
 * spanishWords(false).since(…); // "Desde la primera encuesta, en marzo de 2022 (64 %), la cifra bajó …"
 * spanishWords(true).since(…);  // "… la cifra ha bajado …"
 */
export function spanishWords(spain: boolean): Language {
  /** A verb of a period that runs to now: "bajó" in the Americas, "ha bajado" in Spain. */
  const sinceVerb = (preterite: string, perfect: string) => (spain ? perfect : preterite);
  return {
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
      // Days of one month: "el 20 y el 21 de enero de 2026".
      const last = dates.at(-1)?.date ?? "";
      if (full && dates.length > 1 && dates.every((d) => d.date.slice(0, 7) === last.slice(0, 7))) {
        const days = dates.map((d, i) => `${i ? "el " : ""}${Number(d.date.slice(8, 10))}`);
        return `el ${fullDateEs(last).replace(/^\d+/, list(days))}`;
      }
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

    titleOf: (title, labels, f) => {
      // A file's title made of its labels, in Spanish: "Aprueba y desaprueba", "33 series de encuestas".
      if (title !== titleFromLabels(labels)) return title;
      const words = titleWords(labels);
      if (words.length === 0) return "Evolución de las encuestas";
      return words.length > 3 ? `${f.number(words.length)} series de encuestas` : list(words);
    },
    list,
    quoted,
    capital,
    value,
    points,

    headline: ({ when: w, value: v, label, population: p, predicate, pollster, measure }) => {
      const inPoll = pollster ? ` en una ${pollBy(pollster)}` : "";
      if (predicate && measure === "share")
        return `${capital(at(w))}, ${el(v)} de ${p ? los(p) : "los encuestados"} ${predicate}${inPoll}`;
      return `${quoted(label)} se situó en ${el(v)}${p ? ` entre ${los(p)}` : ""}${inPoll} ${at(w)}`;
    },
    onlyPoll: (several) =>
      several ? ", la única de esa encuestadora en esta serie" : ", la única encuesta de esta serie",
    sameDay: (found) =>
      `Ese mismo día, ${list(found.map((p) => `${p.pollster ?? "otra encuesta"} registró ${el(p.value)}`))}.`,
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
    // "un cambio dentro del margen de error de la diferencia (más/menos 5,7 puntos porcentuales)": the
    // margin of the difference, named as such, and said in words as a margin in prose is.
    significance: (exceeds, margin, measure, f) =>
      `, un cambio ${exceeds ? "mayor que el" : "dentro del"} margen de error de la diferencia ` +
      `(${plusMinus(margin, f)} ${measure === "net" ? "puntos" : "puntos porcentuales"})`,
    gap: (from, to, several) =>
      several
        ? `, con varios periodos sin encuestas que dieran la cifra (el más largo, ${between(from, to)})`
        : `, tras un periodo sin encuestas que dieran la cifra, ${between(from, to)}`,
    since: (s, f) => {
      const first = `Desde la primera encuesta${s.pollster ? ` de ${s.pollster}` : ""}, ${at(s.earlier)} (${s.from})`;
      if (s.points === 0) return `${first}, la cifra ${sinceVerb("no varió", "no ha variado")}${s.note}.`;
      const verb = s.points > 0 ? sinceVerb("subió", "ha subido") : sinceVerb("bajó", "ha bajado");
      return `${first}, la cifra ${verb} ${points(s.points, s.measure, f)}${s.significance}${s.note}.`;
    },
    everyPoll: (v) => `La cifra fue ${del(v)} en todas las encuestas.`,
    extremes: (high, low) =>
      `El máximo fue ${del(high.value)}${high.by} ${high.at}; el mínimo, ${del(low.value)}${low.by} ${low.at}.`,
    manyPolls: (n, latest, f) => `en ${count(n, f)} encuestas, la más reciente ${at(latest)}`,
    pollsters: (names, f) => (names.length > 3 ? ` (${count(names.length, f)} encuestadoras)` : ` (${list(names)})`),
    unnamedPollster: "una encuestadora sin identificar",

    crossing: ({ leader, trailer, averages, at: w, leaderValue, trailerValue, latest }) => {
      const where =
        latest.kind === "averages"
          ? `en los promedios del ${fullDateEs(latest.date)}`
          : latest.kind === "same"
            ? "en esa encuesta"
            : `en la encuesta más reciente que preguntó por ambas, ${latest.at}`;
      const subject = averages
        ? `El promedio de ${quoted(leader)} superó al promedio de ${quoted(trailer)}`
        : `${quoted(leader)} superó a ${quoted(trailer)}`;
      return `${subject} ${w} (${leaderValue} frente ${al(trailerValue)} ${where}).`;
    },
    crossingShort: ({ leader, trailer, averages, at: w, latestAt, leaderValue, trailerValue }) =>
      `${
        averages
          ? `El promedio de ${quoted(leader)} superó al promedio de ${quoted(trailer)}`
          : `${quoted(leader)} superó a ${quoted(trailer)}`
      } ${w}; ${leaderValue} frente ${al(trailerValue)} ${latestAt}.`,
    othersAt: (values) => `El resto: ${values.map((v) => `${v.label}, ${v.value}`).join("; ")}.`,
    lastPolledSentence: (stale, f) =>
      stale.length > 4
        ? `Otras ${count(stale.length, f)} series no se midieron después del ${fullDateEs(stale[0]!.date)}.`
        : `${list(
            stale.map(
              (s, i) => `${quoted(s.label)}${i ? "," : " se midió por última vez"} ` + `en ${monthYearEs(s.date)}`,
            ),
          )}.`,
    lastPolled: (label, date) => `${label}, última encuesta en ${monthYearEs(date)}`,
    othersKey: (n, under, stale, since, f) =>
      [
        under ? `${count(n, f)} más, cada una por debajo ${del(under)}` : "",
        stale ? `${count(stale, f)} ${under ? "" : "más "}sin medir desde el ${fullDateEs(since)}` : "",
      ]
        .filter(Boolean)
        .join("; ")
        // A row of the key, which begins with a capital: "Siete más, …".
        .replace(/^./, (c) => c.toUpperCase()),
    leadChanges: (n, leader, w, f) =>
      `El primer lugar ${sinceVerb("cambió", "ha cambiado")} de manos ${count(n, f)} veces; la última, ${w}, a ` +
      `favor de ${quoted(leader)}.`,
    higherInPolls: (higher, lower, polls, f) =>
      `${quoted(higher)} estuvo por encima de ${quoted(lower)} ` +
      `${polls === 1 ? "en la única encuesta" : `en las ${count(polls, f)} encuestas`} que ` +
      `${polls === 1 ? "preguntó" : "preguntaron"} por ambas.`,
    leads: ({ leader, value: v, runnerUp, runnerUpValue, lead, where, within }) =>
      `En cabeza ${where}: ${quoted(leader)}, con ${el(v)}, ${lead} por delante de ${quoted(runnerUp)} ` +
      `(${runnerUpValue})${within ? ", dentro del margen de error" : ""}`,
    leadBasis: (date, asOf, poll) =>
      poll
        ? `en la encuesta más reciente que preguntó por ambas, ${poll}`
        : date
          ? `en los promedios de encuestas del ${fullDateEs(date)}`
          : `en las últimas encuestas${asOf ? `, hasta el ${fullDateEs(asOf)}` : ""}`,
    tied: (a, b, v, where) => `${list([quoted(a), quoted(b)])} empatan con ${el(v)} ${where}`,
    parts: (ps, whole, where) =>
      `${capital(list(ps.map((p) => `entre ${los(p.population)}, ${el(p.value)}`)))}, frente ${al(whole.value)} de ` +
      `${los(whole.population)} ${where}.`,
    sourcePolls: (named, others, compiler, f) =>
      `Fuente: encuestas de ` +
      `${others ? `${named.join(", ")} y otras ${count(others, f)} encuestadoras` : list(named)}` +
      `${compiler ? `, recopiladas por ${compiler}` : ""}.`,
    sourcePoll: (pollster) => stop(`Fuente: ${isPollName(pollster) ? pollster : pollBy(pollster)}`),
    sourceName: (name) => stop(`Fuente: ${name}`),
    population: (p) => stop(`Población: ${population(p)}`),

    shortPollster: (label, v, pollster, w, change, f) => {
      const trend = change
        ? `, ` +
          `${
            change.points === 0 ? "sin cambios respecto a" : `${changeOf(change.points, change.measure, f)} que en`
          } su encuesta de ${change.earlier}`
        : "";
      return `${label}: ${v} en una ${pollBy(pollster)} en ${w}${trend}`;
    },
    shortPlain: (label, v, w, movement) => `${label}: ${v} ${at(w)}${movement ? `, ${movement}` : ""}`,
    shortValue: (label, v, w) => `${label}: ${v}${w ? ` ${at(w)}` : ""}`,
    moreSeries: (n, f) => `; ${count(n, f)} ${n === 1 ? "serie" : "series"} más`,

    sourceLine: (source, p) =>
      [source && `Fuente: ${source}`, p && (source ? population(p) : `Población: ${population(p)}`)]
        .filter(Boolean)
        .join(" · ")
        .replace(/[^.]$/, "$&."),
    barsNote: "Barras: márgenes de error, cuando se publicaron",
    eventsNote: (events) =>
      `${events.length > 1 ? "Líneas discontinuas" : "Línea discontinua"}: ` +
      `${events.map((e) => `${e.label}, ${e.date}`).join("; ")}.`,
    netNote: "Valores netos: una proporción menos la otra.",
    pointLabel,
    seriesLabel: ({ label, polls, range: span, values, average }, f) =>
      `${label}: ${count(polls, f)} encuestas, ` +
      `${during(span)}` +
      `${
        values
          ? `, ${
              values.first === values.last
                ? `${el(values.first)} al principio y al final`
                : `${del(values.first)} ${al(values.last)}`
            }; máximo ${values.high}, mínimo ${values.low}`
          : ""
      }${average ? `; promedio de encuestas al final: ${average}` : ""}`,
    onePollLabel: (label) => `${label}: una encuesta`,
    eventLabel: (date, label) => `Acontecimiento, ${date}: ${label}`,
    chartName: (labels, span, f) =>
      `Gráfico de líneas de ${labels.length <= 3 ? list(labels.map(quoted)) : `${f.number(labels.length)} series`}` +
      `, ${during(span)}`,
    axisNote: (lo, hi) => `El eje va ${del(lo)} ${al(hi)}.`,
    gapsNote: "La línea se corta donde no hubo encuestas.",
    roleDescription: "gráfico de líneas",
  };
}

/** Spanish words of the Americas: es-US, es-MX and every Spanish locale but Spain's. */
export const es: Language = spanishWords(false);
/** Spanish words of Spain (es-ES): the present perfect for a period that runs to now. */
export const esES: Language = spanishWords(true);
