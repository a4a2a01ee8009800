// Spanish dates as a Spanish-language newsroom writes them (FundéuRAE; Ortografía de la lengua española,
// 2010): month names are common nouns, in lower case ("enero de 2023"); a day comes before its month
// ("30 de enero de 2023"); a range of days runs "del 26 al 30 de enero de 2023". Short months, for
// narrow charts, are the RAE's abbreviations with their period ("ene.", "sept."); "mayo" is spelled out,
// as its abbreviation saves one letter.

const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];
const SHORT = ["ene.", "feb.", "mar.", "abr.", "mayo", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."];

// Parsed dates are valid ISO strings, so their parts can be read straight from the text.
const parts = (iso: string) =>
  [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))] as const;

/** A month and its year: "enero de 2023". */
export function monthYearEs(iso: string): string {
  const [year, month] = parts(iso);
  return `${MONTHS[month]} de ${year}`;
}

/** A month alone: "enero". */
export function monthEs(iso: string): string {
  return MONTHS[parts(iso)[1]] ?? "";
}

/** A day: "30 de enero de 2023", "1 de mayo de 2022" (no ordinal, no leading zero). */
export function fullDateEs(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${day} de ${MONTHS[month]} de ${year}`;
}

/**
 * Field dates, without the "del" a sentence puts before them: "26 al 30 de enero de 2023",
 * "30 de enero al 2 de febrero de 2023", "30 de diciembre de 2022 al 3 de enero de 2023"; one day when
 * `start` is missing or the same.
 */
export function dateRangeEs(start: string | undefined, end: string): string {
  if (start === undefined || start === end) return fullDateEs(end);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (y1 !== y2) return `${fullDateEs(start)} al ${fullDateEs(end)}`;
  if (m1 !== m2) return `${d1} de ${MONTHS[m1]} al ${d2} de ${MONTHS[m2]} de ${y2}`;
  return `${d1} al ${d2} de ${MONTHS[m2]} de ${y2}`;
}

/** A time-axis label: "30 ene." for a day, "septiembre" for a month ("sept." when `short`), "2023" for a year. */
export function tickEs(date: Date, unit: "day" | "month" | "year", short = false): string {
  if (unit === "year") return String(date.getUTCFullYear());
  if (unit === "day") return `${date.getUTCDate()} ${SHORT[date.getUTCMonth()]}`;
  return (short ? SHORT : MONTHS)[date.getUTCMonth()]!;
}
