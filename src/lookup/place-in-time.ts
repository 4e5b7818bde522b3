import { periodOf } from '../model/partial-date';

/** Where an item stands against a card's reference day (the page's date, or today). */
export type TimePlace = 'earlier' | 'undated' | 'later';

/** What the corpus knows of when a meeting or quote happened. */
export interface KnownWhen {
  /** The day, when the text gives it (or it was inferred). */
  date: string | null;
  /** The month (`YYYY-MM`) or year (`YYYY`) the text gives instead of a day ("tháng 6/2024"). */
  approxDate?: string | null;
  /**
   * A day it cannot be later than: the publication date of an article that tells of it. An article
   * only recalls what had happened by the day it was published.
   */
  notAfter?: string | null;
}

/**
 * Places an item against `reference` (`YYYY-MM-DD`): `earlier` only when everything known of its
 * date lies before that day; `later` when it is certainly on or after it (then it is not on the card:
 * the page's own news or what came after); `undated` when nothing known places it either way.
 * A meeting "recalled as May 2025" is later than a June 2022 page, not an earlier meeting; one
 * recalled as "2022" on that page cannot be placed, so it is not listed among the earlier ones.
 *
 * @example
 * placeInTime({ date: null, approxDate: '2025-05' }, '2022-06-15'); // 'later'
 * placeInTime({ date: null, notAfter: '2021-03-01' }, '2022-06-15'); // 'earlier'
 * placeInTime({ date: null }, '2022-06-15'); // 'undated'
 */
export function placeInTime(when: KnownWhen, reference: string): TimePlace {
  if (when.date !== null) return when.date < reference ? 'earlier' : 'later';
  const period = when.approxDate ? periodOf(when.approxDate) : null;
  if (period && period.first >= reference) return 'later';
  const latest = [period?.last, when.notAfter ?? undefined].filter((day): day is string => day !== undefined).sort()[0];
  return latest !== undefined && latest < reference ? 'earlier' : 'undated';
}

/**
 * The latest day an item can be on (its date, else the earlier of its period's end and `notAfter`),
 * for ordering items that are known only by bounds among dated ones. Null when nothing bounds it.
 */
export function latestPossibleDay(when: KnownWhen): string | null {
  if (when.date !== null) return when.date;
  const period = when.approxDate ? periodOf(when.approxDate) : null;
  return [period?.last, when.notAfter ?? undefined].filter((day): day is string => day !== undefined).sort()[0] ?? null;
}
