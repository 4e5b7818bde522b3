/**
 * Dates the sources give with less than a day's precision: a month (`YYYY-MM`, "tháng 4/2026") or a
 * year (`YYYY`). Both the registry (an office whose start day is not confirmed) and the corpus (a
 * meeting "recalled as May 2025") have them; a lookup may only claim what every day of the period
 * makes true, so it needs the period's first and last day.
 */

/** A day (`YYYY-MM-DD`), a month (`YYYY-MM`) or a year (`YYYY`). */
export type PartialDate = string;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/** How precisely a date is known: `day`, `month` or `year`; null for anything else. */
export function precisionOf(date: PartialDate): 'day' | 'month' | 'year' | null {
  if (DAY.test(date)) return 'day';
  if (MONTH.test(date)) return 'month';
  if (YEAR.test(date)) return 'year';
  return null;
}

/**
 * The first and last day (`YYYY-MM-DD`, both included) of the period a date names; a day is its own
 * period. Null for a string that is no date.
 *
 * @example
 * periodOf('2026-04'); // { first: '2026-04-01', last: '2026-04-30' }
 * periodOf('2024');    // { first: '2024-01-01', last: '2024-12-31' }
 */
export function periodOf(date: PartialDate): { first: string; last: string } | null {
  if (DAY.test(date)) return { first: date, last: date };
  const month = MONTH.exec(date);
  if (month) {
    // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { first: `${date}-01`, last: `${date}-${String(last).padStart(2, '0')}` };
  }
  if (YEAR.test(date)) return { first: `${date}-01-01`, last: `${date}-12-31` };
  return null;
}
