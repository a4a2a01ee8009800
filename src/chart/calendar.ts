// The time axis's ticks on the calendar a reader reads: the first of a month, or the 1st and 15th, or
// the 1st, 8th, 15th and 22nd; every day or every other day; every 1, 2, 3 or 6 months; every 1, 2, 5,
// 10, 20 or 50 years. Never on a weekday the calendar does not name (d3-time's weeks start on Sundays,
// which a reader of a poll chart has no reason to look for). In UTC, as every date here is.
//
// d3-time's intervals would do the months and years, but its module carries 4.6 kB (minified) for
// the four this axis used; these are a few lines each, and the size budget is 30 kB for the whole app.

const DAY = 86_400_000;

/** A tick interval: its unit, how it steps, and its typical length in days (to skip those that cannot fit). */
export interface CalendarInterval {
  readonly unit: "day" | "month" | "year";
  readonly days: number;
  /** Every tick from `start` to `end` (milliseconds), inclusive, as UTC midnights. */
  range(start: number, end: number): Date[];
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

/** Every `step` days counted from the epoch, so the ticks of a day interval stay put as the range moves. */
function days(step: number): CalendarInterval {
  return {
    unit: "day",
    days: step,
    range: (start, end) => {
      const out: Date[] = [];
      for (let t = Math.ceil(start / DAY / step) * step * DAY; t <= end; t += step * DAY) out.push(new Date(t));
      return out;
    },
  };
}

/** The given days of every month: [1, 15], or [1, 8, 15, 22]. */
function daysOfMonth(list: readonly number[]): CalendarInterval {
  return {
    unit: "day",
    days: 30.4 / list.length,
    range: (start, end) => {
      const out: Date[] = [];
      const from = new Date(start);
      for (let m = from.getUTCFullYear() * 12 + from.getUTCMonth(); ; m++) {
        for (const d of list) {
          const date = utc(Math.floor(m / 12), m % 12, d);
          if (+date > end) return out;
          if (+date >= start) out.push(date);
        }
      }
    },
  };
}

/** The first of every `step` months, counted from January so quarters and halves fall where readers expect. */
function months(step: number): CalendarInterval {
  return {
    unit: "month",
    days: 30.4 * step,
    range: (start, end) => {
      const out: Date[] = [];
      const from = new Date(start);
      let m =
        Math.ceil(
          (from.getUTCFullYear() * 12 +
            from.getUTCMonth() +
            (from.getUTCDate() > 1 || from.getUTCHours() > 0 ? 1 : 0)) /
            step,
        ) * step;
      for (
        let date = utc(Math.floor(m / 12), m % 12, 1);
        +date <= end;
        m += step, date = utc(Math.floor(m / 12), m % 12, 1)
      ) {
        out.push(date);
      }
      return out;
    },
  };
}

/** Jan. 1 of every `step` years, on multiples of `step`. */
function years(step: number): CalendarInterval {
  return {
    unit: "year",
    days: 365.25 * step,
    range: (start, end) => {
      const out: Date[] = [];
      const from = new Date(start);
      const first = from.getUTCFullYear() + (+utc(from.getUTCFullYear(), 0, 1) < start ? 1 : 0);
      for (let y = Math.ceil(first / step) * step; +utc(y, 0, 1) <= end; y += step) out.push(utc(y, 0, 1));
      return out;
    },
  };
}

/** The intervals a reader expects, finest first. */
export const CALENDAR: readonly CalendarInterval[] = [
  days(1),
  days(2),
  daysOfMonth([1, 8, 15, 22]),
  daysOfMonth([1, 15]),
  ...[1, 2, 3, 6].map(months),
  ...[1, 2, 5, 10, 20, 50].map(years),
];
