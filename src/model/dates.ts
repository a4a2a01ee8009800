const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO `YYYY-MM-DD` calendar date as a UTC `Date`, or `undefined` when the text is not
 * that format or names a day that does not exist (`2023-02-30`).
 */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** A valid ISO date as a UTC `Date`. Callers pass only parsed data. */
export function utcDate(text: string): Date {
  return parseIsoDate(text) ?? new Date(Number.NaN);
}
