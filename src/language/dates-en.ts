/**
 * How an English variety writes dates: American English in AP style (this file), British English in
 * dates-en-gb.ts. The words of en.ts are written once over these, so the varieties share every sentence.
 */
export interface EnglishDates {
  /** "January 2023". */
  monthYear(iso: string): string;
  /** "January". */
  month(iso: string): string;
  /** A day: "Jan. 30, 2023" (AP), "30 January 2023" (British). */
  fullDate(iso: string): string;
  /** Field dates: "Jan. 26–30, 2023" (AP), "26–30 January 2023" (British). */
  dateRange(start: string | undefined, end: string): string;
  /** A time-axis label: a day, a month (abbreviated when `short`) or a year. */
  tick(date: Date, unit: "day" | "month" | "year", short: boolean): string;
  /**
   * Whether a full date inside a sentence sets off its year with commas, as AP does ("from Jan. 20,
   * 2017, to April 29, 2020,"); British English does not ("from 20 January 2017 to 29 April 2020").
   */
  readonly yearComma: boolean;
  /**
   * What comes before a lone day in "the poll was completed …": nothing in AP ("Jan. 30, 2023"), "on " in British
   * English.
   */
  readonly onDay: string;
}

/** The English names of the months, January first: shared by every English variety. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
// AP abbreviates these months before a day; March through July are always spelled out.
const SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** Year, month (0–11) and day of a parsed date: valid ISO strings, read straight from the text. */
export const parts = (iso: string) =>
  [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))] as const;

/** AP style month and year, spelled out: "January 2023". */
export function formatMonthYear(iso: string): string {
  const [year, month] = parts(iso);
  return `${MONTHS[month]} ${year}`;
}

/** AP style month alone, spelled out: "January". */
export function formatMonth(iso: string): string {
  return MONTHS[parts(iso)[1]] ?? "";
}

/** AP style full date: "Jan. 30, 2023", "May 16, 2022". */
export function formatFullDate(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${SHORT[month]} ${day}, ${year}`;
}

/** AP style range of field dates: "Jan. 26–30, 2023", "Jan. 30–Feb. 2, 2023", "Dec. 30, 2022–Jan. 3, 2023". */
export function formatDateRange(start: string | undefined, end: string): string {
  if (start === undefined || start === end) return formatFullDate(end);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (y1 !== y2) return `${formatFullDate(start)}–${formatFullDate(end)}`;
  if (m1 !== m2) return `${SHORT[m1]} ${d1}–${SHORT[m2]} ${d2}, ${y2}`;
  return `${SHORT[m1]} ${d1}–${d2}, ${y2}`;
}

/**
 * A tick label for the time axis, AP style: "Jan. 30" for a day, "September" for a month ("Sept." when
 * `short`, for narrow charts), "2023" for a year.
 */
export function formatTick(date: Date, unit: "day" | "month" | "year", short = false): string {
  if (unit === "year") return String(date.getUTCFullYear());
  if (unit === "day") return `${SHORT[date.getUTCMonth()]} ${date.getUTCDate()}`;
  return (short ? SHORT : MONTHS)[date.getUTCMonth()]!;
}

/** American English dates in AP style: "Jan. 30, 2023", "Jan. 26–30, 2023", "Sept." on a narrow axis. */
export const apDates: EnglishDates = {
  monthYear: formatMonthYear,
  month: formatMonth,
  fullDate: formatFullDate,
  dateRange: formatDateRange,
  tick: formatTick,
  yearComma: true,
  onDay: "",
};
