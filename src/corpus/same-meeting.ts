import type { MeetingWhen } from './analyse-article';
import { isRemote, kindsCompatible } from './meeting-kinds';

/** One telling of a meeting: what an article says of it, and when the article appeared. */
export interface MeetingTelling {
  kind: Parameters<typeof kindsCompatible>[0];
  participants: readonly string[];
  when: MeetingWhen;
  articleDate: string | null;
  /** Who received the others, where the telling said; a visit's guests are the rest. */
  host?: readonly string[];
  /** People the registry does not know who took part, as written ("Mohammed bin Salman"). */
  others?: readonly string[];
}

const DAY = 86_400_000;
/**
 * How far apart two tellings with no day may be told and still be one meeting (their articles'
 * dates); also how many days before its article an undated telling may be of a dated meeting,
 * which the merge files it under (merge-meetings.ts).
 */
export const UNDATED_WINDOW_DAYS = 14;

/** One set of participants contains the other (a telling may name fewer of them). */
export function sameParticipants(a: readonly string[], b: readonly string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.length > 0 && small.every((id) => big.includes(id));
}

/**
 * Could two tellings be of the same day? Days must overlap; across articles with a day's slack (a
 * meeting in Washington is a day later in Hanoi; "đêm qua"), inside one article exactly; a month or year must contain the other's day or
 * month; a telling with no date at all matches a dated one only when the two articles appeared
 * within two weeks of each other (inside one article, the article already ties them together).
 */
export function sameTime(a: MeetingTelling, b: MeetingTelling, sameArticle: boolean): boolean {
  const wa = a.when;
  const wb = b.when;
  if (wa.date && wb.date) {
    const aEnd = wa.dateEnd ?? wa.date;
    const bEnd = wb.dateEnd ?? wb.date;
    // One article dates its own meetings in one calendar: two of its days are two meetings.
    const slack = sameArticle ? 0 : DAY;
    return Date.parse(wa.date) <= Date.parse(bEnd) + slack && Date.parse(wb.date) <= Date.parse(aEnd) + slack;
  }
  // An article cannot tell of a meeting held after it appeared: a telling without a day is never a
  // meeting dated later than its own article (it spoke of a plan).
  if (!wa.date && wb.date && a.articleDate !== null && wb.date > a.articleDate) return false;
  if (!wb.date && wa.date && b.articleDate !== null && wa.date > b.articleDate) return false;
  if (wa.approx && wb.date) return wb.date.startsWith(wa.approx);
  if (wb.approx && wa.date) return wa.date.startsWith(wb.approx);
  if (wa.approx && wb.approx) return wa.approx.startsWith(wb.approx) || wb.approx.startsWith(wa.approx);
  if (sameArticle) return true;
  // "Ông từng thăm Việt Nam vào tháng 5-2022" beside a telling with no date in an article of 2024:
  // the telling without one is of its article's fortnight, which that month must reach. A year
  // alone ("in 2025") reaches every fortnight of a year: it tells no telling without a date apart
  // from another meeting of that year, and is never one with it.
  if (wa.approx) return wa.approx.length > YEAR_LENGTH && undatedReaches(b.articleDate, wa.approx);
  if (wb.approx) return wb.approx.length > YEAR_LENGTH && undatedReaches(a.articleDate, wb.approx);
  const mine = wa.date ?? a.articleDate;
  const other = wb.date ?? b.articleDate;
  return mine !== null && other !== null && Math.abs(Date.parse(mine) - Date.parse(other)) / DAY <= UNDATED_WINDOW_DAYS;
}

/** The length of a year alone as `approx` writes it ("2025"), against a month's ("2025-05"). */
const YEAR_LENGTH = 4;

/** The days (counted from 1970-01-01) a month or year ("2024-08", "2024") spans, or null when it is neither. */
export function periodDays(approx: string): { first: number; last: number } | null {
  const period = /^(\d{4})(?:-(\d{2}))?$/.exec(approx);
  if (!period) return null;
  const [year, month] = [Number(period[1]), period[2] === undefined ? null : Number(period[2]) - 1];
  const first = Date.UTC(year, month ?? 0, 1) / DAY;
  const last = (month === null ? Date.UTC(year + 1, 0, 1) : Date.UTC(year, month + 1, 1)) / DAY - 1;
  return Number.isInteger(first) && Number.isInteger(last) ? { first, last } : null;
}

/** Whether the fortnight before an article's date (when its undated telling may be) meets a month or year ("2022-05", "2022"). */
function undatedReaches(articleDate: string | null, approx: string): boolean {
  const period = periodDays(approx);
  if (articleDate === null || period === null) return false;
  const day = Date.parse(articleDate) / DAY;
  return period.first <= day && day - UNDATED_WINDOW_DAYS <= period.last;
}

/**
 * "Is this the same meeting?", asked both inside one article (a meeting told twice, "Tại cuộc
 * hội đàm …") and across articles (a Vietnamese and an English report of one visit): compatible
 * kinds, one set of participants within the other, and the same time as `sameTime` reads it.
 *
 * @example
 * sameMeeting(talksInVietnamese, talksInEnglish, false); // true: one meeting, two sources
 */
export function sameMeeting(a: MeetingTelling, b: MeetingTelling, sameArticle: boolean): boolean {
  // One person alone ("X's visit") is the same event as a meeting of X with others only when both
  // tellings are of the same kind: "X thăm Trung Quốc" does not absorb every "X gặp Y" of the trip.
  const lone = Math.min(a.participants.length, b.participants.length) < 2;
  if (lone && a.kind !== b.kind) return false;
  // "X's Cambodia visit" is another telling of a visit of X with others only where those others
  // hosted it; a visit naming no host names people met on it, or only spoken of with it.
  if (lone && a.kind === 'visit' && Math.max(a.participants.length, b.participants.length) >= 2) {
    const multi = a.participants.length >= 2 ? a : b;
    if (!multi.host || multi.host.length === 0) return false;
  }
  // X with someone the registry does not know is not X's meeting with someone it knows.
  if (metAStranger(a, b) || metAStranger(b, a)) return false;
  // Inside one article, the same two people on the same day are one sit-down however it is told
  // ("held talks with Y" … "X welcomed Y"); a visit or a summit stays an event of its own, and so
  // does a call beside a reception or a courtesy call ("X điện đàm với Y" … "X từng tiếp Y tại Hà
  // Nội"): one side cannot receive the other over the phone.
  const samePeople = a.participants.length === b.participants.length && sameParticipants(a.participants, b.participants);
  // Inside one article, a visit with its host and a sit-down of the same people told in words of
  // its own ("paid a visit to China at the invitation of Y" … "X met with Y on June 24") are two
  // events: the visit spans days, the sit-down is one of them.
  if (sameArticle && !lone && a.kind !== b.kind && (a.kind === 'visit' || b.kind === 'visit')) return false;
  // "X thăm Hàn Quốc" is not the visit X hosted a week before: one telling's guest is the other's host.
  if (a.kind === 'visit' && b.kind === 'visit' && (hostsAGuest(a, b) || hostsAGuest(b, a))) return false;
  const kinds = kindsCompatible(a.kind, b.kind) || (sameArticle && samePeople && sitDown(a.kind) && sitDown(b.kind) && isRemote(a.kind) === isRemote(b.kind));
  return kinds && sameParticipants(a.participants, b.participants) && sameTime(a, b, sameArticle);
}

/**
 * Whether `a` hosted someone who is a guest in `b`: those of `b` not its hosts where it names any,
 * else its one participant (a visit told of one person is that person's).
 */
function hostsAGuest(a: MeetingTelling, b: MeetingTelling): boolean {
  if (!a.host || a.host.length === 0) return false;
  const guests = b.host && b.host.length > 0 ? b.participants.filter((id) => !b.host!.includes(id)) : b.participants.length === 1 ? b.participants : [];
  return guests.some((id) => a.host!.includes(id));
}

/** Whether `a` is one person's meeting with a stranger whom `b`, a meeting of two or more, does not name. */
function metAStranger(a: MeetingTelling, b: MeetingTelling): boolean {
  return a.participants.length === 1 && b.participants.length >= 2 && (a.others ?? []).some((name) => !(b.others ?? []).includes(name));
}

function sitDown(kind: MeetingTelling['kind']): boolean {
  return kind !== 'visit' && kind !== 'summit';
}
