import type { IndexLeader } from '../index-data/format';
import type { CardFacts } from './card';
import type { ExportMeeting, ExportQuote } from '../model/export-types';
import { knownTerm } from '../registry/offices';
import { quoteWhen, toCardMeeting, toCardQuote, type LeftOut } from './card';
import { latestPossibleDay } from './place-in-time';
import { ownEntry } from './own-entry';
import { meetingFilter, quoteFilter, yearOfDate, type RecordFilter } from './record-filter';
import { DEFAULT_MEETING_PAGE, DEFAULT_QUOTE_PAGE, type MeetingPoint, type ArticleFacts, type Counterpart, type LeaderRecord, type RecordMeeting, type RecordOffice, type RecordPerson, type RecordQuote } from './record-types';
import type { FoldCache } from './words-match';

export * from './record-types';

/** Options of `recordFor`. */
export interface RecordOptions {
  /** Items the reader marked as wrong: left out as `cardFor` leaves them out, counts included. Default: none. */
  leaveOut?: LeftOut;
  /** The pair, a year, a kind, words (see `RecordFilter`). Default: everything. */
  filter?: RecordFilter;
  /** Which quotes to build, among those the filter keeps. Default: the first `DEFAULT_QUOTE_PAGE`. */
  quotes?: { offset?: number; limit?: number };
  /** Which meetings to send in full, among those the filter keeps. Default: the first `DEFAULT_MEETING_PAGE`. */
  meetings?: { offset?: number; limit?: number };
  /** Folded texts kept between calls for the words filter (see `wordsMatch`). Default: none kept. */
  foldCache?: FoldCache;
}

/**
 * The record of `leaderId` for the leader page: every office; everyone they met, with the number
 * of meetings of each pair; every meeting (not only those before a page's date, as on a card) that
 * `options.filter` keeps, as points for the timeline, and one page of them in full with their
 * sources; and one page of the quotes it keeps. Without a counterpart
 * in the filter the quotes are the leader's own; with one (the pair view), what either of the two
 * said at their meetings or jointly. Items marked as wrong (`options.leaveOut`) are left out of
 * everything, counts included; a quote said at a meeting left out stays, as on the card.
 * Returns null for a leader id the index does not know.
 *
 * Items come a page at a time because a leader of a large corpus has thousands (the most-met
 * leader of the 10k-article synthetic corpus has 2,079 meetings, 1.9 MB with their sources, and
 * 30,000 quotes, 24 MB as cards); only the points the timeline draws come for every meeting.
 *
 * It reads the index through `IndexFacts` only, like `cardFor`, so however the index is stored
 * or loaded, a caller only has to hand it the facts of this leader and of the people, meetings,
 * quotes and articles these point to.
 *
 * @example
 * const record = recordFor(index, 'to-lam');
 * record?.counterparts[0]; // { id: 'thongloun-sisoulith', count: 2, first: '2024-11-08', … }
 * recordFor(index, 'to-lam', { filter: { with: 'vladimir-putin' } })?.meetings.map((m) => m.id); // ['m-moscow-2025']
 * recordFor(index, 'to-lam', { quotes: { offset: 50, limit: 50 } })?.quotes; // the second page
 */
export function recordFor(index: CardFacts, leaderId: string, options: RecordOptions = {}): LeaderRecord | null {
  const leader = ownEntry(index.leaders, leaderId);
  const base = baseOf(index, leaderId, options.leaveOut);
  if (!leader || !base) return null;
  const leftOut = options.leaveOut;
  const filter = normalised(options.filter ?? {});

  const keepMeeting = meetingFilter(index, filter, options.foldCache);
  const kept = isEmpty(filter) ? base.meetings : base.meetings.filter(({ raw }) => keepMeeting(raw));
  const meetingOffset = Math.max(0, options.meetings?.offset ?? 0);
  const meetingLimit = Math.max(0, options.meetings?.limit ?? DEFAULT_MEETING_PAGE);
  const meetings = kept.slice(meetingOffset, meetingOffset + meetingLimit).map(({ shown }) => shown);

  const other = filter.with ?? null;
  const pairMeetings = new Set(other === null ? [] : base.meetings.filter(({ raw }) => raw.participants.includes(other)).map(({ raw }) => raw.id));
  const keep = quoteFilter(index, leaderId, filter, pairMeetings, options.foldCache);
  let matching = base.quotes.filter(({ quote }) => keep(quote));
  if (other !== null) {
    // The other's quotes join in the pair view only: those said at the pair's meetings (the test).
    const theirs = (ownEntry(index.cards, other)?.quoteIds ?? [])
      .filter((id) => !leftOut?.quotes.has(id))
      .map((id) => ownEntry(index.quotes, id))
      .filter(isDefined)
      .filter((quote) => !quote.speakers.includes(leaderId) && keep(quote))
      .map((quote) => datedQuote(index, quote));
    matching = [...matching, ...theirs].sort(byQuoteDay);
  }
  const offset = Math.max(0, options.quotes?.offset ?? 0);
  const limit = Math.max(0, options.quotes?.limit ?? DEFAULT_QUOTE_PAGE);
  const quotes = matching.slice(offset, offset + limit).map(({ quote, meeting }) => toRecordQuote(index, quote, meeting, leaderId));

  const people: Record<string, RecordPerson> = {};
  const addPerson = (id: string): void => {
    if (!Object.hasOwn(people, id)) people[id] = personOf(index, id);
  };
  addPerson(leaderId);
  for (const meeting of meetings) meeting.participants.forEach(addPerson);
  for (const quote of quotes) quote.speakers.forEach((speaker) => addPerson(speaker.id));

  return {
    leader: people[leaderId]!,
    offices: leader.offices.map(toRecordOffice).sort(byStart),
    counterparts: base.counterparts,
    years: base.years,
    totals: { meetings: base.meetings.length, quotes: base.quotes.length },
    filter,
    points: kept.map(({ point }) => point),
    meetings,
    meetingPage: { offset: meetingOffset, total: kept.length },
    quotes,
    quotePage: { offset, total: matching.length },
    people,
  };
}

/**
 * What every request about one leader starts from, whatever the filter: the meetings built for
 * display and ordered, the own quotes ordered, the counterparts and years. Kept for the last few
 * leaders asked about, because the page asks again on every change of its filters, every page of
 * quotes and every chunk of an export: a leader of the 10k-article corpus has 2,000 meetings and
 * 30,000 quotes to order (~50 ms), and that work is the same each time. A kept base is used again
 * only for the same card entry (`index.cards[leaderId]`, the very object) and the same set of
 * marks: the index folder hands out a new facts object per request (its cached card shard spread
 * with the leaders), so the facts object itself cannot be the key, while the leader's entry stays
 * the shard's own until the shard is read again; saved articles of the leader make a new entry
 * (saved-card.ts), so their facts are never answered from an old base. The objects are shared
 * between answers: callers must not change them (the background only sends them).
 */
interface LeaderBase {
  /** The card entry this was built from: the key, by identity. */
  ids: object;
  leaveOut: LeftOut | undefined;
  meetings: { raw: ExportMeeting; shown: RecordMeeting; point: MeetingPoint }[];
  quotes: DatedQuote[];
  counterparts: Counterpart[];
  years: number[];
}

interface DatedQuote {
  quote: ExportQuote;
  meeting: ExportMeeting | undefined;
  /** The latest day it can have been said (its date, else its bounds); null when nothing bounds it. */
  day: string | null;
}

/** The bases kept, by leader id, the most recently used last. */
const bases = new Map<string, LeaderBase>();
/** Leaders kept: the page, its pair, a few records opened from it. */
const BASES_KEPT = 8;

function baseOf(index: CardFacts, leaderId: string, leaveOut: LeftOut | undefined): LeaderBase | null {
  const ids = ownEntry(index.cards, leaderId);
  if (!ids) return null;
  const known = bases.get(leaderId);
  if (known && known.ids === ids && known.leaveOut === leaveOut) {
    // Most recently used last, so the oldest is the one forgotten.
    bases.delete(leaderId);
    bases.set(leaderId, known);
    return known;
  }
  const raw = ids.meetingIds
    .filter((id) => !leaveOut?.meetings.has(id))
    .map((id) => ownEntry(index.meetings, id))
    .filter(isDefined);
  const meetings = raw
    .map((meeting) => {
      const shown = toRecordMeeting(index, meeting, leaderId);
      const point: MeetingPoint = {
        id: meeting.id,
        date: shown.date,
        approxDate: shown.approxDate,
        kind: meeting.kind,
        with: meeting.participants.filter((id) => id !== leaderId),
        unnamed: shown.unnamed,
        place: meeting.place,
        ...(shown.placeCountry ? { placeCountry: shown.placeCountry } : {}),
      };
      return { raw: meeting, shown, point };
    })
    .sort((a, b) => newestFirst(a.shown, b.shown));
  const quotes = ids.quoteIds
    .filter((id) => !leaveOut?.quotes.has(id))
    .map((id) => ownEntry(index.quotes, id))
    .filter(isDefined)
    .map((quote) => datedQuote(index, quote))
    .sort(byQuoteDay);
  const base: LeaderBase = {
    ids,
    leaveOut,
    meetings,
    quotes,
    counterparts: counterpartsOf(index, raw, leaderId),
    years: yearsOf(index, raw, quotes.map(({ quote }) => quote)),
  };
  bases.delete(leaderId);
  bases.set(leaderId, base);
  if (bases.size > BASES_KEPT) bases.delete(bases.keys().next().value as string);
  return base;
}

function datedQuote(index: CardFacts, quote: ExportQuote): DatedQuote {
  const meeting = quote.meetingId ? ownEntry(index.meetings, quote.meetingId) : undefined;
  return { quote, meeting, day: latestPossibleDay(quoteWhen(index, quote, meeting)) };
}

function byQuoteDay(a: DatedQuote, b: DatedQuote): number {
  return byDay(a.day, b.day) || compare(a.quote.id, b.quote.id);
}

function isEmpty(filter: RecordFilter): boolean {
  return Object.keys(filter).length === 0;
}

function normalised(filter: RecordFilter): RecordFilter {
  const words = filter.words?.trim() ?? '';
  return {
    ...(filter.with ? { with: filter.with } : {}),
    ...(filter.year != null ? { year: filter.year } : {}),
    ...(filter.meetingKind ? { meetingKind: filter.meetingKind } : {}),
    ...(filter.quoteKind ? { quoteKind: filter.quoteKind } : {}),
    ...(words === '' ? {} : { words }),
  };
}

function articleFacts(index: CardFacts, articleId: string): ArticleFacts {
  const article = ownEntry(index.articles, articleId);
  return { articleFile: article?.file ?? '', articleDateInferred: article?.dateInferred ?? false };
}

function toRecordMeeting(index: CardFacts, meeting: ExportMeeting, leaderId: string): RecordMeeting {
  // No page here: nothing is "shared with the page", and `undated` means that nothing places it.
  const shown = toCardMeeting(index, meeting, leaderId, false, false);
  return {
    ...shown,
    undated: latestPossibleDay(shown) === null,
    participants: [...meeting.participants],
    unnamed: [...(meeting.others ?? [])],
    sources: shown.sources.map((source) => ({ ...source, ...articleFacts(index, source.articleId) })),
  };
}

function toRecordQuote(index: CardFacts, quote: ExportQuote, meeting: ExportMeeting | undefined, leaderId: string): RecordQuote {
  const shown = toCardQuote(index, quote, meeting, false, false);
  return {
    ...shown,
    undated: latestPossibleDay(shown) === null,
    byLeader: quote.speakers.includes(leaderId),
    source: { ...shown.source, ...articleFacts(index, quote.articleId) },
  };
}

function personOf(index: CardFacts, id: string): RecordPerson {
  const leader = ownEntry(index.leaders, id);
  // An id the index points to but does not describe is shown as its id, never dropped.
  if (!leader) return { id, name: id, country: '', countryName: { vi: '', en: '' }, aliases: [], origin: 'corpus' };
  return {
    id,
    name: leader.name,
    country: leader.country,
    countryName: leader.countryName,
    aliases: [...leader.aliases],
    origin: leader.foundTitle === undefined ? 'registry' : 'corpus',
    ...(leader.foundTitle === undefined ? {} : { title: leader.foundTitle }),
  };
}

function toRecordOffice(office: IndexLeader['offices'][number]): RecordOffice {
  const lastAttested = [...(office.attested ?? [])].sort().at(-1) ?? null;
  const term = knownTerm(office);
  return {
    office: office.office,
    title: office.title,
    country: office.country,
    start: office.start ?? null,
    end: office.end === null ? null : (office.end ?? lastAttested),
    first: term.first,
    last: term.last,
    ongoing: term.ongoing,
  };
}

function counterpartsOf(index: CardFacts, meetings: readonly ExportMeeting[], leaderId: string): Counterpart[] {
  const byId = new Map<string, Counterpart>();
  for (const meeting of meetings) {
    for (const id of new Set(meeting.participants)) {
      if (id === leaderId) continue;
      let entry = byId.get(id);
      if (!entry) {
        const person = personOf(index, id);
        entry = { id, name: person.name, country: person.country, countryName: person.countryName, count: 0, first: null, last: null, kinds: {} };
        byId.set(id, entry);
      }
      entry.count++;
      entry.kinds[meeting.kind] = (entry.kinds[meeting.kind] ?? 0) + 1;
      if (meeting.date !== null) {
        if (entry.first === null || meeting.date < entry.first) entry.first = meeting.date;
        if (entry.last === null || meeting.date > entry.last) entry.last = meeting.date;
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi') || compare(a.id, b.id));
}

function yearsOf(index: CardFacts, meetings: readonly ExportMeeting[], quotes: readonly ExportQuote[]): number[] {
  const years = new Set<number>();
  for (const meeting of meetings) years.add(yearOfDate(meeting.date ?? meeting.approxDate ?? null) ?? NaN);
  for (const quote of quotes) {
    const meeting = quote.date === null && quote.meetingId !== null ? ownEntry(index.meetings, quote.meetingId) : undefined;
    years.add(yearOfDate(quote.date ?? meeting?.approxDate ?? null) ?? NaN);
  }
  return [...years].filter((year) => !Number.isNaN(year)).sort((a, b) => b - a);
}

type Dated = { id: string; date: string | null; approxDate?: string | null; notAfter?: string | null };

/** Newest first by the latest day each can be on; items nothing bounds last; then by id. */
function newestFirst(a: Dated, b: Dated): number {
  return byDay(latestPossibleDay(a), latestPossibleDay(b)) || compare(a.id, b.id);
}

function byDay(a: string | null, b: string | null): number {
  if ((a === null) !== (b === null)) return a === null ? 1 : -1;
  return compare(b ?? '', a ?? '');
}

function byStart(a: RecordOffice, b: RecordOffice): number {
  if ((a.first === null) !== (b.first === null)) return a.first === null ? 1 : -1;
  return compare(a.first ?? '', b.first ?? '') || compare(a.office, b.office);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
