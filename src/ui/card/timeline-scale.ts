/** Where each dated meeting and the page's date fall on the card's timeline, as fractions 0…1. */
export interface TimelineLayout {
  from: string;
  to: string;
  points: { meetingId: string; date: string; dateInferred: boolean; at: number; later: boolean }[];
  pageAt: number;
}

const DAY_MS = 86_400_000;
/** Half the span drawn around a single day, so one meeting on the page's day is not a zero-width axis. */
const MIN_HALF_SPAN_DAYS = 30;

/**
 * Lays out `entries` (dated meetings, oldest first) and `pageDate` on one axis spanning both, so the
 * page's date is always on it. Meetings on or after the page's date are `later` (not "prior").
 */
export function layoutTimeline(
  entries: readonly { meetingId: string; date: string; dateInferred: boolean }[],
  pageDate: string,
): TimelineLayout {
  const days = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  const all = [...entries.map((entry) => days(entry.date)), days(pageDate)];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (max - min < 2 * MIN_HALF_SPAN_DAYS) {
    const middle = (min + max) / 2;
    min = middle - MIN_HALF_SPAN_DAYS;
    max = middle + MIN_HALF_SPAN_DAYS;
  }
  const at = (date: string): number => (days(date) - min) / (max - min);
  const sorted = [...entries.map((entry) => entry.date), pageDate].sort();
  return {
    from: sorted[0] ?? pageDate,
    to: sorted.at(-1) ?? pageDate,
    points: entries.map((entry) => ({ ...entry, at: at(entry.date), later: entry.date >= pageDate })),
    pageAt: at(pageDate),
  };
}
