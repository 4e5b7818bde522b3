import { periodOf } from '../model/partial-date';
import { daysBefore, leaderById, type Registry } from '../registry';
import type { MeetingWhen } from './analyse-article';
import type { DatePhrase } from './date-phrases';

/** How many days after its page's stored day an event the page tells may be: a first version's day. */
const FORWARD_DAYS = 14;

/**
 * A meeting's day without a year is put in the article's year, or the year before when that would
 * be after the article (analyse-article.ts, resolveEventDate). A page's stored day can come a few
 * days before what it tells (the day its first version was filed: "ngày 13/1" under a date line of
 * 7 January), and the day rolled back a year may then fall before every office a participant is
 * known to have held. Where it does, the day in the article's own year is the meeting's if it is at
 * most {@link FORWARD_DAYS} after the article; otherwise no day is given rather than one the
 * registry rules out. Only terms the sources start explicitly rule a day out (people found in the
 * corpus, whose terms are attested days, never do).
 *
 * @example
 * // Lee Jae-myung, President from 2025-06-04, "ngày 13/1" in a page dated 2026-01-07:
 * checkRolledDay({ date: '2025-01-13', dateEnd: null, approx: null, inferred: true }, phrase, '2026-01-07', ['lee-jae-myung'], registry).date
 * // '2026-01-13'
 */
export function checkRolledDay(when: MeetingWhen, phrase: DatePhrase, articleDate: string | null, participants: readonly string[], registry: Registry): MeetingWhen {
  if (when.date === null || articleDate === null || phrase.year !== null || phrase.day === null || phrase.month === null) return when;
  if (when.date.slice(0, 4) >= articleDate.slice(0, 4)) return when;
  const ruledOut = participants.some((id) => {
    const offices = leaderById(registry, id)?.offices ?? [];
    return offices.length > 0 && offices.every((o) => o.start !== undefined && (periodOf(o.start)?.first ?? '') > when.date!);
  });
  if (!ruledOut) return when;
  const own = `${articleDate.slice(0, 4)}-${String(phrase.month).padStart(2, '0')}-${String(phrase.day).padStart(2, '0')}`;
  return own >= articleDate && own <= daysBefore(articleDate, -FORWARD_DAYS) ? { ...when, date: own, dateEnd: null, inferred: true } : { date: null, dateEnd: null, approx: null, inferred: false };
}
