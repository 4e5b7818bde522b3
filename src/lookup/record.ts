import type { IndexFacts, IndexLeader, OfficeTitle } from '../index-data/format';
import type { ExportArticle, ExportMeeting, ExportQuote } from '../model/export-types';
import type { MeetingKind } from '../model/kinds';
import { knownTerm } from '../registry';
import {
  quoteWhen,
  toCardMeeting,
  toCardQuote,
  type CardMeeting,
  type CardOffice,
  type CardQuote,
  type CardSource,
  type LeftOut,
} from './card';
import { latestPossibleDay } from './place-in-time';
import { ownEntry } from './own-entry';
import { meetingFilter, quoteFilter, yearOfDate, type RecordFilter } from './record-filter';
import type { FoldCache } from './words-match';

/**
 * A person named in a leader's record: enough to show them (name, country) and to write them into
 * an export with the corpus export's `leaders` fields (`aliases`, `origin`, `title`).
 */
export interface RecordPerson {
  id: string;
  name: string;
  /** ISO-3166 alpha-2 code; empty for an id the index does not describe. */
  country: string;
  countryName: OfficeTitle;
  aliases: string[];
  origin: 'registry' | 'corpus';
  /** For origin `corpus`: the title the articles give them. */
  title?: string;
}

/** An office the leader held, with the days it is known to cover, for a bar on a time axis. */
export interface RecordOffice extends CardOffice {
  /** The first day known to be in office (the start, else the earliest attested day); null when unknown. */
  first: string | null;
  /** The last day known to be in office; null while held (`ongoing`) or when unknown. */
  last: string | null;
  /** Still held on the registry's `asOf` day. */
  ongoing: boolean;
}

/** What the corpus export says of a source's article that the card does not show. */
export interface ArticleFacts {
  /** The file's name inside `articles/`. */
  articleFile: string;
  articleDateInferred: boolean;
}

/** A source as the card shows it, with the rest of its article's export fields. */
export type RecordSource = CardSource & ArticleFacts;

/**
 * A meeting as the card shows it (`CardMeeting`: `others` are the participants besides this
 * leader), plus what the corpus export has and the card does not keep: every participant's id in
 * the corpus order, the participants without an id, and each source's article file.
 */
export interface RecordMeeting extends Omit<CardMeeting, 'sources'> {
  participants: string[];
  /** Export `others`: participants the registry does not know, as written ("Hun Manet"). */
  unnamed: string[];
  sources: RecordSource[];
}

/**
 * A quote as the card shows it, plus whether the record's leader said it (in the pair view the
 * other's quotes are there too) and its article's export fields.
 */
export interface RecordQuote extends Omit<CardQuote, 'source'> {
  byLeader: boolean;
  source: Omit<CardSource, 'status'> & ArticleFacts;
}

/** Someone the leader met, with how often and when. */
export interface Counterpart {
  id: string;
  name: string;
  country: string;
  countryName: OfficeTitle;
  /** Meetings of the pair (the page's `data-count`). */
  count: number;
  /** The earliest and latest dated meeting of the pair; null when none is dated. */
  first: string | null;
  last: string | null;
  /** Meetings of the pair by kind. */
  kinds: Partial<Record<MeetingKind, number>>;
}

/** Everything the leader page shows of one leader under one filter (see `recordFor`). */
export interface LeaderRecord {
  leader: RecordPerson;
  /** Every office on record, the earliest first (unknown starts last). */
  offices: RecordOffice[];
  /** Everyone the leader met, most meetings first, then by name. Never narrowed by the filter. */
  counterparts: Counterpart[];
  /** The years the leader's meetings and quotes are dated in, newest first (the year filter's choices). */
  years: number[];
  /** The leader's meetings and own quotes, whatever the filter. */
  totals: { meetings: number; quotes: number };
  /** The filter these meetings and quotes answer (normalised: no empty fields). */
  filter: RecordFilter;
  /** Every meeting the filter keeps, newest first; those no date places at the end. */
  meetings: RecordMeeting[];
  /** One page of the quotes the filter keeps, newest first (undated at the end). */
  quotes: RecordQuote[];
  /** Where `quotes` starts among all the quotes the filter keeps, and how many those are. */
  quotePage: { offset: number; total: number };
  /** Everyone named in `meetings` and `quotes` (the leader included), by id. */
  people: Record<string, RecordPerson>;
}

/** Options of `recordFor`. */
export interface RecordOptions {
  /** Items the reader marked as wrong: left out as `cardFor` leaves them out, counts included. Default: none. */
  leaveOut?: LeftOut;
  /** The pair, a year, a kind, words (see `RecordFilter`). Default: everything. */
  filter?: RecordFilter;
  /** Which quotes to build, among those the filter keeps. Default: the first `DEFAULT_QUOTE_PAGE`. */
  quotes?: { offset?: number; limit?: number };
  /** Folded texts kept between calls for the words filter (see `wordsMatch`). Default: none kept. */
  foldCache?: FoldCache;
}

/** Quotes built per request when the caller does not say: a leader may have tens of thousands. */
export const DEFAULT_QUOTE_PAGE = 50;

/**
 * The record of `leaderId` for the leader page: every office; everyone they met, with the number
 * of meetings of each pair; every meeting (not only those before a page's date, as on a card) that
 * `options.filter` keeps, with sources; and one page of the quotes it keeps. Without a counterpart
 * in the filter the quotes are the leader's own; with one (the pair view), what either of the two
 * said at their meetings or jointly. Items marked as wrong (`options.leaveOut`) are left out of
 * everything, counts included; a quote said at a meeting left out stays, as on the card.
 * Returns null for a leader id the index does not know.
 *
 * Quotes come a page at a time because a leader of a large corpus has tens of thousands (the
 * most-met leader of the 10k-article synthetic corpus has 30,000, 24 MB as cards): they are
 * narrowed and ordered on the index's own facts, and only the page asked for is built. The
 * meetings, a few thousand at most, come whole: the timeline draws every one.
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
export function recordFor(index: IndexFacts, leaderId: string, options: RecordOptions = {}): LeaderRecord | null {
  const leader = ownEntry(index.leaders, leaderId);
  const ids = ownEntry(index.cards, leaderId);
  if (!leader || !ids) return null;
  const leftOut = options.leaveOut;
  const filter = normalised(options.filter ?? {});

  const allMeetings = ids.meetingIds
    .filter((id) => !leftOut?.meetings.has(id))
    .map((id) => ownEntry(index.meetings, id))
    .filter(isDefined);
  const ownQuotes = ids.quoteIds
    .filter((id) => !leftOut?.quotes.has(id))
    .map((id) => ownEntry(index.quotes, id))
    .filter(isDefined);

  const meetings = allMeetings
    .filter(meetingFilter(index, filter, options.foldCache))
    .map((meeting) => toRecordMeeting(index, meeting, leaderId))
    .sort(newestFirst);

  const other = filter.with ?? null;
  const pairMeetings = new Set(other === null ? [] : allMeetings.filter((m) => m.participants.includes(other)).map((m) => m.id));
  // The other's quotes join in the pair view only; the test below keeps those said at the pair's meetings.
  const otherQuotes = other === null ? [] : (ownEntry(index.cards, other)?.quoteIds ?? [])
    .filter((id) => !leftOut?.quotes.has(id))
    .map((id) => ownEntry(index.quotes, id))
    .filter(isDefined)
    .filter((quote) => !quote.speakers.includes(leaderId));
  const keep = quoteFilter(index, leaderId, filter, pairMeetings, options.foldCache);
  const matching = [...ownQuotes, ...otherQuotes]
    .filter(keep)
    .map((quote) => {
      const meeting = quote.meetingId ? ownEntry(index.meetings, quote.meetingId) : undefined;
      return { quote, meeting, day: latestPossibleDay(quoteWhen(index, quote, meeting)) };
    })
    .sort((a, b) => byDay(a.day, b.day) || compare(a.quote.id, b.quote.id));
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
    counterparts: counterpartsOf(index, allMeetings, leaderId),
    years: yearsOf(index, allMeetings, ownQuotes),
    totals: { meetings: allMeetings.length, quotes: ownQuotes.length },
    filter,
    meetings,
    quotes,
    quotePage: { offset, total: matching.length },
    people,
  };
}

/**
 * A meeting of the record in the corpus export's shape (`npm run corpus -- export`): the same
 * fields, optional ones only where the corpus has them. For the page's JSON and CSV export.
 */
export function exportMeetingOf(meeting: RecordMeeting): ExportMeeting {
  return {
    id: meeting.id,
    participants: [...meeting.participants],
    date: meeting.date,
    dateInferred: meeting.dateInferred,
    place: meeting.place,
    kind: meeting.kind,
    sources: meeting.sources.map(({ articleId, status, evidence }) => ({ articleId, status, evidence })),
    ...(meeting.dateEnd === null ? {} : { dateEnd: meeting.dateEnd }),
    ...(meeting.date === null && meeting.approxDate !== null ? { approxDate: meeting.approxDate } : {}),
    ...(meeting.unnamed.length === 0 ? {} : { others: [...meeting.unnamed] }),
  };
}

/** A quote of the record in the corpus export's shape (see `exportMeetingOf`). */
export function exportQuoteOf(quote: RecordQuote): ExportQuote {
  return {
    id: quote.id,
    speakers: quote.speakers.map((speaker) => speaker.id),
    text: quote.text,
    kind: quote.kind,
    articleId: quote.source.articleId,
    meetingId: quote.meetingId,
    date: quote.date,
    evidence: quote.source.evidence,
  };
}

/** The article of a source in the corpus export's shape. */
export function exportArticleOf(source: Omit<CardSource, 'status'> & ArticleFacts): ExportArticle {
  return {
    id: source.articleId,
    file: source.articleFile,
    title: source.articleTitle,
    date: source.articleDate,
    dateInferred: source.articleDateInferred,
    ...(source.original ? { url: source.original.url } : {}),
  };
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

function articleFacts(index: IndexFacts, articleId: string): ArticleFacts {
  const article = ownEntry(index.articles, articleId);
  return { articleFile: article?.file ?? '', articleDateInferred: article?.dateInferred ?? false };
}

function toRecordMeeting(index: IndexFacts, meeting: ExportMeeting, leaderId: string): RecordMeeting {
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

function toRecordQuote(index: IndexFacts, quote: ExportQuote, meeting: ExportMeeting | undefined, leaderId: string): RecordQuote {
  const shown = toCardQuote(index, quote, meeting, false, false);
  return {
    ...shown,
    undated: latestPossibleDay(shown) === null,
    byLeader: quote.speakers.includes(leaderId),
    source: { ...shown.source, ...articleFacts(index, quote.articleId) },
  };
}

function personOf(index: IndexFacts, id: string): RecordPerson {
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

function counterpartsOf(index: IndexFacts, meetings: readonly ExportMeeting[], leaderId: string): Counterpart[] {
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

function yearsOf(index: IndexFacts, meetings: readonly ExportMeeting[], quotes: readonly ExportQuote[]): number[] {
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
