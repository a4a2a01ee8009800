const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads an ISO `YYYY-MM-DD` calendar date as a UTC `Date`, or `undefined` when the text is not
 * that format or names a day that does not exist (`2023-02-30`).
 */
export function parseIsoDate(text: string): Date | undefined {
  if (!isIsoDate(text)) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  return date;
}

/** Whether text is an ISO `YYYY-MM-DD` date of a day that exists. */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month - 1]!);
}

// Parsed datasets repeat their dates in every chart, summary and table; keep the times.
const times = new Map<string, number>();

/** Milliseconds since the epoch of a valid ISO date. Callers pass only parsed data. */
export function utcTime(text: string): number {
  let time = times.get(text);
  if (time === undefined) {
    if (times.size > 50_000) times.clear();
    time = parseIsoDate(text)?.getTime() ?? Number.NaN;
    times.set(text, time);
  }
  return time;
}
