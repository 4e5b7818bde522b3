import type { ExportMeeting, ExportQuote, MeetingKind, QuoteKind } from '../model/export-types';
import type { BriefCard, CardMeetingStub, CardQuoteStub } from './card-brief';
import { shownAtFirst } from './card-digest';
import type { IndexArticle, IndexFacts, IndexOffice, OfficeTitle } from '../index-data/format';
import { formerOfficesOn, officesHeldOn } from './office-on-date';
import { latestPossibleDay, placeInTime, type KnownWhen } from './place-in-time';
import { originalLink, type OriginalLink } from './original-link';
import { ownEntry } from './own-entry';
import { splitReportingVerb } from './quote-verb';
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
  /** The article on its own site, when the corpus file gives its address (a ` url` header line). */
  original?: OriginalLink;
}

/** One prior meeting on a card. */
export interface CardMeeting {
  id: string;
  /** `null` when the text gives no day. */
  date: string | null;
  /** The last day of a meeting told over several days ("từ ngày 1 đến 2/12"); null otherwise. */
  dateEnd: string | null;
  dateInferred: boolean;
  /**
   * True when the page cannot place the meeting before its date (no date, or only a month or year
   * that includes it): the card shows it apart (`data-group="undated"`), never among earlier ones.
   */
  undated: boolean;
  /** For a meeting without a day: the month or year the text gives ("2024-06", "2019"). */
  approxDate: string | null;
  /** For a meeting without a day: the earliest publication date of an article telling of it. */
  notAfter: string | null;
  place: string | null;
  /** When `place` is a country's name: that country in both interface languages ("Lào" → Laos). */
  placeCountry?: OfficeTitle;
  kind: MeetingKind;
  /** The participants other than the card's leader. */
  others: CardPerson[];
  /** True when another leader named on the page took part: those come first. */
  withPageLeaders: boolean;
  sources: CardSource[];
  /** `saved`: one of the sources is an article the reader saved (src/saved); absent otherwise. */
  origin?: 'saved';
}

/** One quote on a card. */
export interface CardQuote {
  id: string;
  text: string;
  /**
   * The reporting verb the text begins with ("khẳng định", "affirmed"), shown apart from the
   * words; null when the text does not begin with one (see `splitReportingVerb`).
   */
  verb: string | null;
  /** `text` without its reporting verb (all of it when `verb` is null). */
  words: string;
  kind: QuoteKind;
  date: string | null;
  /** The date comes from inference (the meeting's or the article's inferred date). */
  dateInferred: boolean;
  /** True when the page cannot place the quote before its date (see `CardMeeting.undated`). */
  undated: boolean;
  /** Without a day: the month or year of its meeting, if that is all the text gives. */
  approxDate: string | null;
  /** Without a day: the publication date of its article (it was said by then). */
  notAfter: string | null;
  speakers: CardPerson[];
  meetingId: string | null;
  /** True when the quote's meeting or co-speakers include another leader named on the page. */
  withPageLeaders: boolean;
  source: Omit<CardSource, 'status'>;
  /** `saved`: said in an article the reader saved (src/saved); absent otherwise. */
  origin?: 'saved';
}

/** An office in the card header, titled in both interface languages. */
export interface CardOffice {
  office: string;
  title: OfficeTitle;
  country: string;
  /** The start as precisely as the registry knows it (`2024-08-03`, `2026-04`, `2021`); null when unknown. */
  start: string | null;
  /** The end as the registry knows it (the successor's first day, or a month or year), else the last attested day; null while held. */
  end: string | null;
}

/** Everything a card shows for one leader on one page (see `cardFor`). */
export interface Card {
  /** `foundTitle`: a person found in the corpus, not the registry, with the title the articles give them; `foundInSaved`: in the reader's saved articles only. */
  leader: { id: string; name: string; country: string; countryName: OfficeTitle; foundTitle?: string; foundInSaved?: true };
  /** The offices held on `referenceDate` (several when terms overlap; empty when none is known). */
  offices: CardOffice[];
  /** Offices that had ended by `referenceDate`, the most recently ended first (see `formerOfficesOn`). */
  formerOffices: CardOffice[];
  /** The page's date, or today when the page gives none: "prior" means before this day. */
  referenceDate: string;
  pageDateKnown: boolean;
  /** Meetings before `referenceDate`, then those it cannot place (`undated`), ordered as described at `cardFor`. */
  meetings: CardMeeting[];
  /** Quotes before `referenceDate`, then those it cannot place (`undated`), ordered as described at `cardFor`. */
  quotes: CardQuote[];
  /** Every dated meeting of the leader, before and after `referenceDate`, oldest first. */
  timeline: { meetingId: string; date: string; dateInferred: boolean }[];
}

/**
 * Meetings and quotes a card (and search) leaves out: the reader marked them as wrong
 * (src/marks). A meeting left out is gone from the lists and the timeline; the quotes said at it
 * stay, each standing on its own.
 */
export interface LeftOut {
  meetings: ReadonlySet<string>;
  quotes: ReadonlySet<string>;
}

/**
 * What `cardFor` reads: the index facts, where an article needs no text (a card names its sources;
 * the reader page reads the text). The packaged index hands it one card shard's part of the facts.
 */
export type CardFacts = Omit<IndexFacts, 'articles'> & { articles: Record<string, Omit<IndexArticle, 'paragraphs'>> };

/** Options of `cardFor`. */
export interface CardOptions {
  /** The day used when `pageDate` is null. Default: today, in the browser's time zone. */
  today?: string;
  /** Items not to show (marked as wrong by the reader). Default: none. */
  leaveOut?: LeftOut;
  /**
   * Whether an article is one the reader saved (src/saved): the meetings it tells and the quotes
   * it gives carry `origin: 'saved'` (the card's `data-origin="saved"`). Default: none is.
   */
  savedArticle?: (articleId: string) => boolean;
}

/**
 * The card for `leaderId` as seen from a page dated `pageDate` (`YYYY-MM-DD`, or null when the page
 * gives none: then "prior" means before today) that also names `pageLeaderIds`.
 * - header: name, country, the offices held on that date, and those already left;
 * - meetings that certainly happened before that date (`placeInTime`: a day before it, or a month,
 *   year or publication date of a telling article that all lie before it): those with another
 *   leader named on the page first, each group newest first; then, marked `undated`, those the date
 *   cannot place (no date, or a month or year that includes it). Meetings certainly on or after it
 *   are not on the card;
 * - quotes the leader said, placed the same way: those shared with a page leader first, then
 *   newest first; undated last.
 * Items in `options.leaveOut` (marked as wrong by the reader) are on none of these lists, the
 * timeline included. Returns null for a leader id the index does not know.
 *
 * @example
 * const card = cardFor(index, 'to-lam', '2024-12-01', ['luong-cuong']);
 * card?.meetings.map((m) => m.id); // meetings with Lương Cường first, then the rest, newest first
 * cardFor(index, 'to-lam', null, [], { leaveOut: { meetings: new Set(['m-1']), quotes: new Set() } }); // without m-1
 */
export function cardFor(
  index: CardFacts,
  leaderId: string,
  pageDate: string | null,
  pageLeaderIds: readonly string[],
  options: CardOptions = {},
): Card | null {
  const parts = cardParts(index, leaderId, pageDate, pageLeaderIds, options);
  if (!parts) return null;
  const { header, facts, meetings, quotes } = parts;
  // `timeline` last again, where a card has always had it (its JSON reads in that order).
  return { ...header, meetings: meetings.map((item) => fullMeeting(facts, item)), quotes: quotes.map((item) => fullQuote(facts, item)), timeline: header.timeline };
}

/**
 * The card of `cardFor` as a page opens it (`BriefCard`, card-brief.ts): the meetings and quotes
 * it shows before "More" (`shownAtFirst`) whole, every other one a stub in its place. The same as
 * `briefCard(cardFor(…))`, without making the whole of the items it cuts to stubs: for a card of a
 * thousand items, most of `cardFor`'s time (sources, names, reporting verbs) is in those.
 *
 * @example
 * briefCardFor(index, 'to-lam', '2024-12-01', []); // equal to briefCard(cardFor(index, 'to-lam', '2024-12-01', []))
 */
export function briefCardFor(
  index: CardFacts,
  leaderId: string,
  pageDate: string | null,
  pageLeaderIds: readonly string[],
  options: CardOptions = {},
): BriefCard | null {
  const parts = cardParts(index, leaderId, pageDate, pageLeaderIds, options);
  if (!parts) return null;
  const { header, facts, meetings, quotes } = parts;
  const shown = shownAtFirst({ meetings: meetings.map((item) => item.light), quotes: quotes.map((item) => item.light) });
  return {
    ...header,
    meetings: meetings.map((item) => (shown.meetings.has(item.light.id) ? fullMeeting(facts, item) : item.light)),
    quotes: quotes.map((item) => (shown.quotes.has(item.light.id) ? fullQuote(facts, item) : item.light)),
  };
}

/** A meeting on the card: its stub (what ordering and grouping read) and what makes the whole of it. */
interface MeetingItem {
  light: CardMeetingStub;
  meeting: ExportMeeting;
  leaderId: string;
}

/** A quote on the card: its stub with the days it is ordered by, and what makes the whole of it. */
interface QuoteItem {
  light: CardQuoteStub;
  when: KnownWhen;
  quote: ExportQuote;
  meeting: ExportMeeting | undefined;
}

/**
 * What `cardFor` and `briefCardFor` share: the header and timeline, and the items placed before
 * the page's date (or undated), in card order, each as its stub plus what makes the whole item.
 */
function cardParts(index: CardFacts, leaderId: string, pageDate: string | null, pageLeaderIds: readonly string[], options: CardOptions) {
  const leader = ownEntry(index.leaders, leaderId);
  const ids = ownEntry(index.cards, leaderId);
  if (!leader || !ids) return null;
  const referenceDate = pageDate ?? options.today ?? todayIso();
  const others = new Set(pageLeaderIds.filter((id) => id !== leaderId));
  const sharesPage = (ids: readonly string[]): boolean => others.size > 0 && ids.some((id) => others.has(id));
  const saved = options.savedArticle;
  // A busy leader's card holds a thousand items citing a few hundred articles, each cited by
  // many: what an article, a meeting's dates and a person give is worked out once per card.
  const facts = factsReader(index);

  const leftOut = options.leaveOut;
  const allMeetings: ExportMeeting[] = [];
  for (const id of ids.meetingIds) {
    if (leftOut?.meetings.has(id)) continue;
    const meeting = ownEntry(index.meetings, id);
    if (meeting) allMeetings.push(meeting);
  }
  const meetings: MeetingItem[] = [];
  for (const meeting of allMeetings) {
    const when = facts.meetingWhen(meeting);
    const place = placeInTime(when, referenceDate);
    if (place === 'later') continue;
    const light: CardMeetingStub = {
      id: meeting.id,
      date: meeting.date,
      dateEnd: meeting.dateEnd ?? null,
      dateInferred: meeting.dateInferred,
      undated: place === 'undated',
      approxDate: when.approxDate ?? null,
      notAfter: meeting.date === null ? (when.notAfter ?? null) : null,
      place: meeting.place,
      kind: meeting.kind,
      others: meeting.participants.filter((id) => id !== leaderId).map((id) => ({ id })),
      withPageLeaders: sharesPage(meeting.participants),
      stub: true,
    };
    if (saved && meeting.sources.some((source) => saved(source.articleId))) light.origin = 'saved';
    meetings.push({ light, meeting, leaderId });
  }

  const quotes: QuoteItem[] = [];
  for (const id of ids.quoteIds) {
    if (leftOut?.quotes.has(id)) continue;
    const quote = ownEntry(index.quotes, id);
    if (!quote) continue;
    const meeting = quote.meetingId ? ownEntry(index.meetings, quote.meetingId) : undefined;
    const when = quoteWhenOf(facts, quote, meeting);
    const place = placeInTime(when, referenceDate);
    if (place === 'later') continue;
    const light: CardQuoteStub = {
      id: quote.id,
      kind: quote.kind,
      undated: place === 'undated',
      meetingId: quote.meetingId,
      withPageLeaders: sharesPage(quote.speakers) || (meeting ? sharesPage(meeting.participants) : false),
      stub: true,
    };
    if (saved?.(quote.articleId)) light.origin = 'saved';
    quotes.push({ light, when, quote, meeting });
  }

  const timeline = allMeetings
    .filter((meeting): meeting is ExportMeeting & { date: string } => meeting.date !== null)
    .map((meeting) => ({ meetingId: meeting.id, date: meeting.date, dateInferred: meeting.dateInferred }))
    .sort((a, b) => compare(a.date, b.date) || compare(a.meetingId, b.meetingId));

  const header: Omit<Card, 'meetings' | 'quotes'> = {
    leader: {
      id: leader.id,
      name: leader.name,
      country: leader.country,
      countryName: leader.countryName,
      ...(leader.foundTitle === undefined ? {} : { foundTitle: leader.foundTitle }),
      ...(leader.foundInSaved ? { foundInSaved: true as const } : {}),
    },
    offices: officesHeldOn(leader, referenceDate).map(toCardOffice),
    formerOffices: formerOfficesOn(leader, referenceDate).map(toCardOffice),
    referenceDate,
    pageDateKnown: pageDate !== null,
    timeline,
  };
  return {
    header,
    facts,
    meetings: byRelevance(meetings, ({ light }) => latestPossibleDay(light)),
    // A quote is placed by what the card shows of its time: its day, else its meeting's month or
    // year and the date it was said by (as `cardQuoteOf` gives them).
    quotes: byRelevance(quotes, ({ quote, when }) =>
      latestPossibleDay({ date: quote.date, approxDate: when.approxDate ?? null, notAfter: quote.date === null ? (when.notAfter ?? null) : null }),
    ),
  };
}

function fullMeeting(facts: FactsReader, { light, meeting, leaderId }: MeetingItem): CardMeeting {
  const full = cardMeetingOf(facts, meeting, leaderId, light.withPageLeaders, light.undated);
  if (light.origin) full.origin = light.origin;
  return full;
}

function fullQuote(facts: FactsReader, { light, quote, meeting }: QuoteItem): CardQuote {
  const full = cardQuoteOf(facts, quote, meeting, light.withPageLeaders, light.undated);
  if (light.origin) full.origin = light.origin;
  return full;
}

function toCardOffice({ office, title, country, start, end, attested }: IndexOffice): CardOffice {
  const lastAttested = [...(attested ?? [])].sort().at(-1) ?? null;
  return { office, title, country, start: start ?? null, end: end === null ? null : (end ?? lastAttested) };
}

/** What a card shows of an article that tells of an item (its title, date and link), and the day it bounds. */
interface ArticleFacts {
  title: string;
  date: string | null;
  /**
   * The day the article was published, when it gives one: a telling article cannot be older than
   * what it tells. An inferred article date is the date of the events it reports, so it bounds nothing.
   */
  published: string | null;
  dateInferred: boolean;
  original: { original?: OriginalLink };
  known: boolean;
}

/** The index's facts read for one card (or one record): each article, meeting date and person worked out once. */
interface FactsReader {
  index: CardFacts;
  article(articleId: string): ArticleFacts;
  meetingWhen(meeting: ExportMeeting): KnownWhen;
  person(id: string): CardPerson;
}

function factsReader(index: CardFacts): FactsReader {
  const articles = new Map<string, ArticleFacts>();
  const whens = new Map<ExportMeeting, KnownWhen>();
  const people = new Map<string, CardPerson>();
  const reader: FactsReader = {
    index,
    article(articleId) {
      let facts = articles.get(articleId);
      if (!facts) {
        const article = ownEntry(index.articles, articleId);
        facts = {
          title: article?.title ?? '',
          date: article?.date ?? null,
          published: article && article.date !== null && !article.dateInferred ? article.date : null,
          dateInferred: article?.dateInferred ?? false,
          original: originalOf(article),
          known: article !== undefined,
        };
        articles.set(articleId, facts);
      }
      return facts;
    },
    meetingWhen(meeting) {
      let when = whens.get(meeting);
      if (!when) {
        let notAfter: string | null = null;
        for (const source of meeting.sources) {
          const published = reader.article(source.articleId).published;
          if (published !== null && (notAfter === null || published < notAfter)) notAfter = published;
        }
        when = { date: meeting.date, approxDate: meeting.approxDate ?? null, notAfter };
        whens.set(meeting, when);
      }
      return when;
    },
    person(id) {
      let found = people.get(id);
      if (!found) {
        found = { id, name: ownEntry(index.leaders, id)?.name ?? id };
        people.set(id, found);
      }
      return { ...found };
    },
  };
  return reader;
}

/** What the index knows of when `quote` was said (its day, else its meeting's month or year, and its article's date). */
export function quoteWhen(index: CardFacts, quote: ExportQuote, meeting: ExportMeeting | undefined): KnownWhen {
  return quoteWhenOf(factsReader(index), quote, meeting);
}

function quoteWhenOf(facts: FactsReader, quote: ExportQuote, meeting: ExportMeeting | undefined): KnownWhen {
  const published = facts.article(quote.articleId).published;
  const atMeeting = meeting ? (facts.meetingWhen(meeting).notAfter ?? null) : null;
  return {
    date: quote.date,
    approxDate: quote.date === null ? (meeting?.approxDate ?? null) : null,
    notAfter: published === null ? atMeeting : atMeeting === null || published < atMeeting ? published : atMeeting,
  };
}

/**
 * A meeting of the index as the card shows it, seen from `leaderId` (`others` are the rest), with
 * its sources' article titles, dates and links. Exported for the leader page (`recordFor` in
 * record.ts), which shows the same meetings without a page's date: one shape for both.
 */
export function toCardMeeting(index: CardFacts, meeting: ExportMeeting, leaderId: string, shared: boolean, undated: boolean): CardMeeting {
  return cardMeetingOf(factsReader(index), meeting, leaderId, shared, undated);
}

function cardMeetingOf(facts: FactsReader, meeting: ExportMeeting, leaderId: string, shared: boolean, undated: boolean): CardMeeting {
  const when = facts.meetingWhen(meeting);
  const { placeCountries } = facts.index;
  return {
    id: meeting.id,
    date: meeting.date,
    dateEnd: meeting.dateEnd ?? null,
    dateInferred: meeting.dateInferred,
    undated,
    approxDate: when.approxDate ?? null,
    notAfter: meeting.date === null ? (when.notAfter ?? null) : null,
    place: meeting.place,
    ...(meeting.place !== null && placeCountries !== undefined && Object.hasOwn(placeCountries, meeting.place)
      ? { placeCountry: placeCountries[meeting.place]! }
      : {}),
    kind: meeting.kind,
    others: meeting.participants.filter((id) => id !== leaderId).map((id) => facts.person(id)),
    withPageLeaders: shared,
    sources: meeting.sources.map((source) => {
      const article = facts.article(source.articleId);
      return {
        articleId: source.articleId,
        articleTitle: article.title,
        articleDate: article.date,
        status: source.status,
        evidence: source.evidence,
        ...article.original,
      };
    }),
  };
}

/**
 * A quote of the index as the card shows it: its words apart from the reporting verb, its
 * speakers by name, whether its date was inferred, and its source. Exported for `recordFor`
 * (record.ts), like `toCardMeeting`.
 */
export function toCardQuote(
  index: CardFacts,
  quote: ExportQuote,
  meeting: ExportMeeting | undefined,
  shared: boolean,
  undated: boolean,
): CardQuote {
  return cardQuoteOf(factsReader(index), quote, meeting, shared, undated);
}

function cardQuoteOf(facts: FactsReader, quote: ExportQuote, meeting: ExportMeeting | undefined, shared: boolean, undated: boolean): CardQuote {
  const article = facts.article(quote.articleId);
  const when = quoteWhenOf(facts, quote, meeting);
  // The export gives a quote's date without saying whether it was inferred; it is inferred exactly
  // when it is the inferred date of the meeting it was said at or of its article.
  const inferredFromMeeting = meeting !== undefined && meeting.dateInferred && meeting.date === quote.date;
  const inferredFromArticle = article.known && article.dateInferred && article.date === quote.date;
  return {
    id: quote.id,
    text: quote.text,
    ...splitReportingVerb(quote.text),
    kind: quote.kind,
    date: quote.date,
    dateInferred: quote.date !== null && (inferredFromMeeting || inferredFromArticle),
    undated,
    approxDate: when.approxDate ?? null,
    notAfter: quote.date === null ? (when.notAfter ?? null) : null,
    speakers: quote.speakers.map((id) => facts.person(id)),
    meetingId: quote.meetingId,
    withPageLeaders: shared,
    source: {
      articleId: quote.articleId,
      articleTitle: article.title,
      articleDate: article.date,
      evidence: quote.evidence,
      ...article.original,
    },
  };
}

/** `{ original }` for an article with a valid address, else nothing (the field stays out, not undefined). */
function originalOf(article: Omit<IndexArticle, 'paragraphs'> | undefined): { original?: OriginalLink } {
  const link = originalLink(article?.url);
  return link ? { original: link } : {};
}

/**
 * `items` in card order: earlier before undated; then shared with the page first; then newest
 * first (an item known only by bounds sits at the latest day it can be on, `dayOf`); then by id,
 * for stable output. Each item's day is worked out once, not at every comparison.
 */
function byRelevance<T extends { light: { id: string; undated: boolean; withPageLeaders: boolean } }>(items: readonly T[], dayOf: (item: T) => string | null): T[] {
  return items
    .map((item) => ({ item, light: item.light, day: dayOf(item) ?? '' }))
    .sort((a, b) => {
      if (a.light.undated !== b.light.undated) return a.light.undated ? 1 : -1;
      if (a.light.withPageLeaders !== b.light.withPageLeaders) return a.light.withPageLeaders ? -1 : 1;
      return compare(b.day, a.day) || compare(a.light.id, b.light.id);
    })
    .map(({ item }) => item);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

