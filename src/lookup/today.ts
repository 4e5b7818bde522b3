/**
 * Today as `YYYY-MM-DD` in the reader's own time zone: a page without a date is read "today" as the
 * reader's calendar says, not UTC's (at 6 am in Hà Nội, UTC still says yesterday).
 *
 * @example
 * todayIso(); // '2026-11-23'
 * todayIso(new Date(2024, 0, 5)); // '2024-01-05'
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
