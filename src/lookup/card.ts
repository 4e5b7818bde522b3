import type { ExportMeeting, ExportQuote, MeetingKind, QuoteKind } from '../model/export-types';
import type { IndexFacts, IndexOffice, OfficeTitle } from '../index-data/format';
import { officesHeldOn } from './office-on-date';
import { ownEntry } from './own-entry';
import { todayIso } from './today';

/** A leader as a card names them: id (for `data-leader-id`) and the registry's name. */
export interface CardPerson {
  id: string;
  name: string;
}

/** An article that tells of a meeting or quote, and the sentence it does so in. */
export interface CardSource {
  articleId: string;
  articleTitle: string;
  articleDate: string | null;
  status: 'reported' | 'referenced';
  /** The sentence, as written in the article. */
  evidence: string;
}

/** One prior meeting on a card. */
export interface CardMeeting {
  id: string;
  /** `null` for an undated meeting (then `undated` is true and it is listed last). */
  date: string | null;
  dateInferred: boolean;
  undated: boolean;
  /** For an undated meeting the article only recalls: the month or year it gives ("2024-06", "2019"). */
  approxDate: string | null;
  place: string | null;
  kind: MeetingKind;
  /** The participants other than the card's leader. */
  others: CardPerson[];
  /** True when another leader named on the page took part: those come first. */
  withPageLeaders: boolean;
  sources: CardSource[];
}

/** One quote on a card. */
export interface CardQuote {
  id: string;
  text: string;
  kind: QuoteKind;
  date: string | null;
  /** The date comes from inference (the meeting's or the article's inferred date). */
  dateInferred: boolean;
  undated: boolean;
  speakers: CardPerson[];
  meetingId: string | null;
  /** True when the quote's meeting or co-speakers include another leader named on the page. */
  withPageLeaders: boolean;
  source: Omit<CardSource, 'status'>;
}

/** An office in the card header, titled in both interface languages. */
export interface CardOffice {
  office: string;
  title: OfficeTitle;
  country: string;
}

/** Everything a card shows for one leader on one page (see `cardFor`). */
export interface Card {
  /** `foundTitle`: a person found in the corpus, not the registry, with the title the articles give them. */
  leader: { id: string; name: string; country: string; countryName: OfficeTitle; foundTitle?: string };
  /** The offices held on `referenceDate` (several when terms overlap; empty when none is known). */
  offices: CardOffice[];
  /** The page's date, or today when the page gives none: "prior" means before this day. */
  referenceDate: string;
  pageDateKnown: boolean;
  /** Meetings before `referenceDate`, ordered as described at `cardFor`. */
  meetings: CardMeeting[];
  /** Quotes before `referenceDate`, ordered as described at `cardFor`. */
  quotes: CardQuote[];
  /** Every dated meeting of the leader, before and after `referenceDate`, oldest first. */
  timeline: { meetingId: string; date: string; dateInferred: boolean }[];
}

/** Options of `cardFor`. */
export interface CardOptions {
  /** The day used when `pageDate` is null. Default: today, in the browser's time zone. */
  today?: string;
}

/**
 * The card for `leaderId` as seen from a page dated `pageDate` (`YYYY-MM-DD`, or null when the page
 * gives none: then "prior" means before today) that also names `pageLeaderIds`.
 * - header: name, country, and the offices held on that date;
 * - meetings dated before that date: those with another leader named on the page first, each group
 *   newest first; undated meetings last, marked `undated` (the corpus cannot say they are prior);
 * - quotes the leader said before that date: those shared with a page leader first, then newest
 *   first; undated last.
 * Returns null for a leader id the index does not know.
 *
 * @example
 * const card = cardFor(index, 'to-lam', '2024-12-01', ['luong-cuong']);
 * card?.meetings.map((m) => m.id); // meetings with Lương Cường first, then the rest, newest first
 */
export function cardFor(
  index: IndexFacts,
  leaderId: string,
  pageDate: string | null,
  pageLeaderIds: readonly string[],
  options: CardOptions = {},
): Card | null {
  const leader = ownEntry(index.leaders, leaderId);
  const ids = ownEntry(index.cards, leaderId);
  if (!leader || !ids) return null;
  const referenceDate = pageDate ?? options.today ?? todayIso();
  const others = new Set(pageLeaderIds.filter((id) => id !== leaderId));
  const sharesPage = (ids: readonly string[]): boolean => ids.some((id) => others.has(id));

  const allMeetings = ids.meetingIds.map((id) => ownEntry(index.meetings, id)).filter(isDefined);
  const meetings = allMeetings
    .filter((meeting) => meeting.date === null || meeting.date < referenceDate)
    .map((meeting) => toCardMeeting(index, meeting, leaderId, sharesPage(meeting.participants)))
    .sort(byRelevance);

  const quotes = ids.quoteIds
    .map((id) => ownEntry(index.quotes, id))
    .filter(isDefined)
    .filter((quote) => quote.date === null || quote.date < referenceDate)
    .map((quote) => {
      const meeting = quote.meetingId ? ownEntry(index.meetings, quote.meetingId) : undefined;
      const shared = sharesPage(quote.speakers) || (meeting ? sharesPage(meeting.participants) : false);
      return toCardQuote(index, quote, meeting, shared);
    })
    .sort(byRelevance);

  const timeline = allMeetings
    .filter((meeting): meeting is ExportMeeting & { date: string } => meeting.date !== null)
    .map((meeting) => ({ meetingId: meeting.id, date: meeting.date, dateInferred: meeting.dateInferred }))
    .sort((a, b) => compare(a.date, b.date) || compare(a.meetingId, b.meetingId));

  return {
    leader: {
      id: leader.id,
      name: leader.name,
      country: leader.country,
      countryName: leader.countryName,
      ...(leader.foundTitle === undefined ? {} : { foundTitle: leader.foundTitle }),
    },
    offices: officesHeldOn(leader, referenceDate).map(toCardOffice),
    referenceDate,
    pageDateKnown: pageDate !== null,
    meetings,
    quotes,
    timeline,
  };
}

function toCardOffice({ office, title, country }: IndexOffice): CardOffice {
  return { office, title, country };
}

function toCardMeeting(index: IndexFacts, meeting: ExportMeeting, leaderId: string, shared: boolean): CardMeeting {
  return {
    id: meeting.id,
    date: meeting.date,
    dateInferred: meeting.dateInferred,
    undated: meeting.date === null,
    approxDate: (meeting as ExportMeeting & { approxDate?: string }).approxDate ?? null,
    place: meeting.place,
    kind: meeting.kind,
    others: meeting.participants.filter((id) => id !== leaderId).map((id) => person(index, id)),
    withPageLeaders: shared,
    sources: meeting.sources.map((source) => {
      const article = ownEntry(index.articles, source.articleId);
      return {
        articleId: source.articleId,
        articleTitle: article?.title ?? '',
        articleDate: article?.date ?? null,
        status: source.status,
        evidence: source.evidence,
      };
    }),
  };
}

function toCardQuote(
  index: IndexFacts,
  quote: ExportQuote,
  meeting: ExportMeeting | undefined,
  shared: boolean,
): CardQuote {
  const article = ownEntry(index.articles, quote.articleId);
  // The export gives a quote's date without saying whether it was inferred; it is inferred exactly
  // when it is the inferred date of the meeting it was said at or of its article.
  const inferredFromMeeting = meeting !== undefined && meeting.dateInferred && meeting.date === quote.date;
  const inferredFromArticle = article !== undefined && article.dateInferred && article.date === quote.date;
  return {
    id: quote.id,
    text: quote.text,
    kind: quote.kind,
    date: quote.date,
    dateInferred: quote.date !== null && (inferredFromMeeting || inferredFromArticle),
    undated: quote.date === null,
    speakers: quote.speakers.map((id) => person(index, id)),
    meetingId: quote.meetingId,
    withPageLeaders: shared,
    source: {
      articleId: quote.articleId,
      articleTitle: article?.title ?? '',
      articleDate: article?.date ?? null,
      evidence: quote.evidence,
    },
  };
}

function person(index: IndexFacts, id: string): CardPerson {
  return { id, name: ownEntry(index.leaders, id)?.name ?? id };
}

/** Dated before undated; then shared with the page first; then newest first; then by id, for stable output. */
function byRelevance(
  a: { id: string; date: string | null; withPageLeaders: boolean },
  b: { id: string; date: string | null; withPageLeaders: boolean },
): number {
  if ((a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
  if (a.withPageLeaders !== b.withPageLeaders) return a.withPageLeaders ? -1 : 1;
  return compare(b.date ?? '', a.date ?? '') || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
