import { type EnglishDates, formatMonth, formatMonthYear, MONTHS, parts } from "./dates-en.js";

// British English dates, in the Guardian's house style (the Guardian and Observer style guide, "dates",
// https://www.theguardian.com/guardian-observer-style-guide-d): day, month, year, with no commas and no
// ordinals ("11 December 2019"), the month spelled out in prose. On a narrow axis the months are cut to
// three letters with no full stop, as the Guardian's own datelines print them ("Tue 10 Sep 2024"): "Jan",
// "Jun", "Sep". The BBC's "Sept" (four letters) was the other choice; three letters keep ticks one
// width. The style guide's page could not be opened from where this file was written: its address is
// given as known, for a reviewer to check against theguardian.com.

const SHORT = MONTHS.map((name) => name.slice(0, 3));

/** A day: "11 December 2019", "1 May 2022". */
function fullDate(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${day} ${MONTHS[month]} ${year}`;
}

/** Field dates: "26–30 January 2023", "30 January–2 February 2023", "30 December 2022–3 January 2023". */
function dateRange(start: string | undefined, end: string): string {
  if (start === undefined || start === end) return fullDate(end);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (y1 !== y2) return `${fullDate(start)}–${fullDate(end)}`;
  if (m1 !== m2) return `${d1} ${MONTHS[m1]}–${d2} ${MONTHS[m2]} ${y2}`;
  return `${d1}–${d2} ${MONTHS[m2]} ${y2}`;
}

/** British English dates: "11 December 2019", "26–30 January 2023"; "30 Jan" and "Sep" on the axis. */
export const britishDates: EnglishDates = {
  // A month and its year are written alike on both sides of the Atlantic: "December 2019".
  monthYear: formatMonthYear,
  month: formatMonth,
  fullDate,
  dateRange,
  tick: (date, unit, short) => {
    if (unit === "year") return String(date.getUTCFullYear());
    const month = date.getUTCMonth();
    if (unit === "day") return `${date.getUTCDate()} ${SHORT[month]}`;
    return (short ? SHORT[month] : MONTHS[month]) ?? "";
  },
  yearComma: false,
  onDay: "on ",
};
