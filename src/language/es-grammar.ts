import type { Measure, Value } from "./language.js";
import type { NumberFormat } from "./numbers.js";
import { capital } from "../model/titles.js";

export { capital };

// Spanish grammar every Spanish output shares: lists with "y" or "e", «» quotes, the article of a
// percentage and of a population, counts in words, differences in puntos porcentuales, margins in
// prose. The style and its sources are set out in es.ts.

/**
 * "y", or "e" before the sound i: "Gallup e Ipsos", "padres e hijos", but "agua y hielo" (DPD, «y»). A
 * capital H is taken as a foreign name's sounded h: "YouGov y Hill". A quoted item is read past its «.
 */
const and = (next: string | undefined) => (/^«?h?[iíIÍ](?![aeoáéó])/.test(next ?? "") ? "e" : "y");

/** "A, B y C", "Gallup e Ipsos". */
export const list = (items: readonly string[]) => {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(", ")} ${and(last)} ${last}`;
};

/** A series named in a sentence, in the angular quotes the Ortografía (2010) prefers: «Aprueba». */
export const quoted = (label: string) => `«${label}»`;

// A percentage takes the article in a Spanish sentence ("el 48 %", "más que el 37 %", "frente al 45 %");
// a net value does not ("menos que +2,5"). Values reach the words printed, so their unit is read from
// the text.
/** Whether a printed value is a share ("48 %"), which takes the article, rather than a net value ("−8"). */
export const isShare = (printed: string) => printed.endsWith("%");
/** "el 48 %", "−8". */
export const el = (v: string) => (isShare(v) ? `el ${v}` : v);
/** "al 48 %", "a −8". */
export const al = (v: string) => (isShare(v) ? `al ${v}` : `a ${v}`);
/** "del 48 %", "de −8". */
export const del = (v: string) => (isShare(v) ? `del ${v}` : `de ${v}`);

/**
 * The populations poll-trend itself names in English (a CSV's codes "a", "v", "rv" and "lv" become
 * "adults", "voters", "registered voters" and "likely voters"), as a Spanish-language newsroom in the
 * United States names them.
 */
const POPULATIONS: Readonly<Record<string, string>> = {
  adults: "adultos",
  voters: "votantes",
  "registered voters": "votantes registrados",
  "likely voters": "votantes probables",
};

/** A population in Spanish: poll-trend's own English names translated, any other as the data has it. */
export const population = (name: string) => POPULATIONS[name.toLowerCase()] ?? name;

/**
 * A population with its article: "los adultos de EE. UU.", "las mujeres", "los votantes registrados"
 * (from "registered voters"); kept as written when it has one. Feminine by its first word: "mujeres",
 * "madres" or a word in "-as" ("personas", "latinas").
 */
export function los(name: string): string {
  const p = population(name);
  if (/^(el|la|los|las|un|una|unos|unas)\s/i.test(p)) return p;
  return `${/^(mujeres|madres|\p{L}+as)\b/iu.test(p) ? "las" : "los"} ${p}`;
}

const DIGITS = ["cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];

/**
 * A count of things as a Spanish newsroom writes it: in words from one to nine ("tres encuestas", "una
 * encuesta", "un sondeo" with `masculine`), in figures from 10 ("312 encuestas", "10 encuestadoras").
 * Values, points and days are measures, always in figures ("2 puntos porcentuales", "unos 60 días").
 */
export function count(n: number, f: NumberFormat, masculine = false): string {
  if (!Number.isInteger(n) || n < 1 || n > 9) return f.number(n);
  return n === 1 && !masculine ? "una" : DIGITS[n]!;
}

/** A value as printed: "48 %", "−8" (net values carry a sign). */
export const value = (v: Value, f: NumberFormat) =>
  v.measure === "net" ? f.signed(v.value, v.decimals) : f.percent(v.value, v.decimals);

/** A difference by size: "2 puntos porcentuales", "1 punto porcentual"; of net values, "3 puntos". */
export function points(size: number, measure: Measure, f: NumberFormat): string {
  const abs = Math.abs(size);
  const one = abs === 1;
  if (measure === "net") return `${f.number(abs)} ${one ? "punto" : "puntos"}`;
  return `${f.number(abs)} ${one ? "punto porcentual" : "puntos porcentuales"}`;
}

/** A change by its size and direction, before what it is compared with: "2 puntos porcentuales más". */
export const changeOf = (size: number, measure: Measure, f: NumberFormat) =>
  `${points(size, measure, f)} ${size > 0 ? "más" : "menos"}`;

/** "más/menos 4,2": a margin in prose, as AP en español writes it (a table keeps "±"). */
export const plusMinus = (margin: number, f: NumberFormat) => `más/menos ${f.number(margin)}`;

/**
 * A span after a comma: of months, "de marzo de 2022 a noviembre de 2023", or one month, "en mayo de 2022";
 * of days, "del 27 de febrero al 23 de junio de 2020", or one day, "el 27 de julio de 2020".
 */
export const during = (span: string) =>
  /^\d/.test(span) ? `${/ al /.test(span) ? "del" : "el"} ${span}` : / a /.test(span) ? `de ${span}` : `en ${span}`;
