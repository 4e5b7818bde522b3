import type { CardFacts } from './card';
import type { ExportMeeting, ExportQuote } from '../model/export-types';
import type { MeetingKind, QuoteKind } from '../model/kinds';
import { ownEntry } from './own-entry';
import { wordsMatch, type FoldCache } from './words-match';

/**
 * What the leader page narrows a record to. Every field is optional; an empty filter keeps
 * everything (the leader's meetings, and the quotes the leader said).
 */
export interface RecordFilter {
  /** A counterpart's id: only the meetings of the pair, and what either said at them or jointly. */
  with?: string | null;
  /** A calendar year: items dated in it (a day, or a month or year the text gives). */
  year?: number | null;
  meetingKind?: MeetingKind | null;
  quoteKind?: QuoteKind | null;
  /**
   * Words, with or without diacritics (see `wordsMatch`): in a quote's words; in a meeting's
   * place, people and sentences.
   */
  words?: string;
}

/**
 * The test a meeting of `leaderId` passes under `filter`: with the counterpart, in the year, of
 * the kind, with the words. Works on the index's own meetings, before anything is built for
 * display, so a leader with thousands of meetings is narrowed at the cost of a scan.
 *
 * @example
 * index.cards['to-lam'].meetingIds.map((id) => index.meetings[id]).filter(meetingFilter(index, { with: 'vladimir-putin' }));
 */
export function meetingFilter(index: CardFacts, filter: RecordFilter, cache?: FoldCache): (meeting: ExportMeeting) => boolean {
  const other = filter.with ?? null;
  const words = wordsMatch(filter.words ?? '', cache);
  return (meeting) =>
    (other === null || meeting.participants.includes(other)) &&
    (filter.year == null || yearOfDate(meeting.date ?? meeting.approxDate ?? null) === filter.year) &&
    (filter.meetingKind == null || meeting.kind === filter.meetingKind) &&
    (words === null || meetingTexts(index, meeting).some(words));
}

/**
 * The test a quote passes under `filter`, in the record of `leaderId`. Without a counterpart:
 * quotes the leader said. With one (`filter.with`, the pair view): quotes either of the two said
 * at one of their meetings (`pairMeetings`), or both said jointly ("each one's quotes at them").
 * A quote without a day takes its meeting's month or year for the year filter; `words` look in the
 * quote's own words only, not in the sentence around them.
 *
 * @example
 * quotes.filter(quoteFilter(index, 'to-lam', { words: 'hop tac' }, new Set())); // "hợp tác" in the words
 */
export function quoteFilter(
  index: CardFacts,
  leaderId: string,
  filter: RecordFilter,
  pairMeetings: ReadonlySet<string>,
  cache?: FoldCache,
): (quote: ExportQuote) => boolean {
  const other = filter.with ?? null;
  const words = wordsMatch(filter.words ?? '', cache);
  return (quote) => {
    const byLeader = quote.speakers.includes(leaderId);
    if (other === null) {
      if (!byLeader) return false;
    } else {
      const byOther = quote.speakers.includes(other);
      const atPair = quote.meetingId !== null && pairMeetings.has(quote.meetingId);
      if (!(byLeader || byOther) || !(atPair || (byLeader && byOther))) return false;
    }
    if (filter.quoteKind != null && quote.kind !== filter.quoteKind) return false;
    if (filter.year != null) {
      const meeting = quote.date === null && quote.meetingId !== null ? ownEntry(index.meetings, quote.meetingId) : undefined;
      if (yearOfDate(quote.date ?? meeting?.approxDate ?? null) !== filter.year) return false;
    }
    return words === null || words(quote.text);
  };
}

/** The calendar year of a day, month or year (`2024-11-08`, `2024-11`, `2024`); null for none. */
export function yearOfDate(date: string | null): number | null {
  if (date === null || !/^\d{4}/.test(date)) return null;
  return Number(date.slice(0, 4));
}

/** Whether `filter` narrows anything at all. */
export function isEmptyFilter(filter: RecordFilter): boolean {
  return (filter.with ?? null) === null && filter.year == null && filter.meetingKind == null && filter.quoteKind == null && (filter.words ?? '').trim() === '';
}

function meetingTexts(index: CardFacts, meeting: ExportMeeting): string[] {
  const country = meeting.place !== null && index.placeCountries && Object.hasOwn(index.placeCountries, meeting.place) ? index.placeCountries[meeting.place] : undefined;
  return [
    meeting.place ?? '',
    country?.vi ?? '',
    country?.en ?? '',
    ...meeting.participants.map((id) => ownEntry(index.leaders, id)?.name ?? ''),
    ...(meeting.others ?? []),
    ...meeting.sources.map((source) => source.evidence),
  ].filter((text) => text !== '');
}
