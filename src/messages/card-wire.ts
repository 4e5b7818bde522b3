import type { CardMeeting, CardPerson, CardQuote } from '../lookup/card';
import { isStub, type BriefCard, type CardMeetingStub, type CardQuoteStub } from '../lookup/card-brief';
import { MEETING_KINDS } from '../model/kinds';
import type { OriginalLink } from '../lookup/original-link';

/**
 * The `get-card` answer as it crosses from the worker to a page: the same card, with what its
 * items repeat written once. A busy card repeats a lot: at 1,000 saved articles Tô Lâm's card of
 * ~1,000 items was 940 KB as a `Card`, of which each source's article title, date and link (once
 * per item, not per article), each evidence sentence (1,025 of them, 183 different: a meeting's
 * sentence is often its quotes' too), each quote's text and its words apart from the verb (both
 * inside the sentence), each person's name, and fields that only say "no" (`undated: false`,
 * `notAfter: null`). Chrome copies a message at about 25 ms a megabyte (measured in this
 * machine's Chromium: echoing that card took 23.5 ms, sent as one JSON string 24.5 ms), so the
 * size is the round trip. Packed, the card is about a fifth of that.
 *
 * A brief card's stubs (card-brief.ts: the rows "More" hides, ~1,000 of that card's items) go as
 * short arrays, their fields by position, kinds as numbers, people and meetings as places in a
 * list: a stub is mostly its id. So do the timeline's points (one per meeting of the leader, the
 * card's own meetings as their place in it): as objects they were a quarter of a brief card.
 *
 * `unpackCard(packCard(card))` is `card`, field for field (tests/messages/card-wire.test.ts
 * checks it on every card of the seed corpus, full and brief); the background packs
 * (receive-requests.ts) and `sendToBackground` unpacks, so nothing else sees this shape.
 */
export interface PackedCard extends Omit<BriefCard, 'meetings' | 'quotes' | 'timeline'> {
  /** Marks the packed shape: a page of another version gets a clear error, not a broken card. */
  packed: typeof CARD_WIRE_VERSION;
  /** Every sentence the items cite, once; items refer to them by position. */
  sentences: string[];
  /** The articles the items cite, by id. */
  articles: Record<string, PackedArticle>;
  /** The names of the people the items name, by id. */
  people: Record<string, string>;
  /** The ids of the people the meeting stubs name (a stub names them by place in this list). */
  others: string[];
  meetings: (PackedMeeting | PackedMeetingStub)[];
  quotes: (PackedQuote | PackedQuoteStub)[];
  timeline: PackedPoint[];
}

/**
 * A timeline point: `[meeting, date]`, or `[meeting, date, 1]` for an inferred date; the meeting
 * as its place in the card's meetings, or its id for one not on the card (after the page's date).
 */
type PackedPoint = [number | string, string, 1?];

/**
 * A meeting stub: `[id, flags, kind, date, place, others, dateEnd, approxDate, notAfter]`, the kind
 * as its place in MEETING_KINDS, the others as places in `others`; null where absent and trailing
 * absent ones left out.
 */
type PackedMeetingStub = [string, number, number, ...(string | null | number[])[]];

/**
 * A quote stub: `[id, flags, kind, meeting]`, the kind as its place in QUOTE_KINDS, the meeting as
 * its place in the card's meetings (a number) or, for one not on the card, its id; left out for none.
 */
type PackedQuoteStub = [string, number, number, (number | string)?];

const QUOTE_KINDS: readonly CardQuote['kind'][] = ['direct', 'reported', 'joint'];

/** A stub's yes-or-no fields, as bits of its `flags`. */
const UNDATED = 1;
const SHARED = 2;
const SAVED = 4;
const INFERRED = 8;

/** What a source shows of its article. */
interface PackedArticle {
  title: string;
  date: string | null;
  original?: OriginalLink;
}

/** A string inside another one, as `[start, end]`, or the string itself when it is not inside. */
type Slice = [number, number] | string;

/** Fields of a meeting or quote left out when they say nothing (false, null). */
type Defaults = 'dateEnd' | 'dateInferred' | 'undated' | 'approxDate' | 'notAfter' | 'withPageLeaders';

type PackedMeeting = Omit<CardMeeting, 'others' | 'sources' | Defaults> &
  Partial<Pick<CardMeeting, Defaults>> & {
    others: string[];
    sources: { articleId: string; status: CardMeeting['sources'][number]['status']; sentence: number }[];
  };

type PackedQuote = Omit<CardQuote, 'text' | 'verb' | 'words' | 'speakers' | 'source' | Exclude<Defaults, 'dateEnd'>> &
  Partial<Pick<CardQuote, Exclude<Defaults, 'dateEnd'>>> & {
    articleId: string;
    sentence: number;
    /** The text, inside the sentence. */
    text: Slice;
    /** The verb and the words, inside the text (no verb: the words are the text). */
    verb?: Slice;
    words?: Slice;
    speakers: string[];
  };

export const CARD_WIRE_VERSION = 2;

/** The requests answered with a packed card. */
export const packedAnswerTypes: ReadonlySet<string> = new Set(['get-card', 'get-brief-card']);

/**
 * The card as the background sends it (see `PackedCard`): the header (leader, offices, dates,
 * timeline) as it is, the meetings and quotes packed.
 *
 * @example
 * const packed = packCard(card);
 * unpackCard(packed); // equal to card
 */
export function packCard(card: BriefCard): PackedCard {
  const { meetings, quotes, timeline, ...rest } = card;
  const meetingAt = new Map(meetings.map((m, i) => [m.id, i]));
  const others: string[] = [];
  const otherAt = new Map<string, number>();
  const other = (id: string): number => {
    let at = otherAt.get(id);
    if (at === undefined) {
      at = others.push(id) - 1;
      otherAt.set(id, at);
    }
    return at;
  };
  const sentences: string[] = [];
  const sentenceAt = new Map<string, number>();
  const sentence = (text: string): number => {
    let at = sentenceAt.get(text);
    if (at === undefined) {
      at = sentences.push(text) - 1;
      sentenceAt.set(text, at);
    }
    return at;
  };
  const articles: Record<string, PackedArticle> = {};
  const article = (source: { articleId: string; articleTitle: string; articleDate: string | null; original?: OriginalLink }): string => {
    if (!Object.hasOwn(articles, source.articleId)) {
      articles[source.articleId] = { title: source.articleTitle, date: source.articleDate, ...(source.original ? { original: source.original } : {}) };
    }
    return source.articleId;
  };
  const people: Record<string, string> = {};
  const person = ({ id, name }: CardPerson): string => {
    people[id] = name;
    return id;
  };
  return {
    ...rest,
    packed: CARD_WIRE_VERSION,
    sentences,
    articles,
    people,
    others,
    timeline: timeline.map(({ meetingId, date, dateInferred }): PackedPoint => {
      const point: PackedPoint = [meetingAt.get(meetingId) ?? meetingId, date];
      if (dateInferred) point.push(1);
      return point;
    }),
    meetings: meetings.map((m) => {
      if (isStub(m)) return packMeetingStub(m, other);
      // Written out field by field, not with rest and spread: this runs a thousand times a card.
      const packed: PackedMeeting = {
        id: m.id,
        date: m.date,
        place: m.place,
        kind: m.kind,
        others: m.others.map(person),
        sources: m.sources.map((source) => ({ articleId: article(source), status: source.status, sentence: sentence(source.evidence) })),
      };
      if (m.dateEnd !== null) packed.dateEnd = m.dateEnd;
      if (m.dateInferred) packed.dateInferred = true;
      if (m.undated) packed.undated = true;
      if (m.approxDate !== null) packed.approxDate = m.approxDate;
      if (m.notAfter !== null) packed.notAfter = m.notAfter;
      if (m.withPageLeaders) packed.withPageLeaders = true;
      if (m.placeCountry) packed.placeCountry = m.placeCountry;
      if (m.origin) packed.origin = m.origin;
      return packed;
    }),
    quotes: quotes.map((q) => {
      if (isStub(q)) return packQuoteStub(q, meetingAt);
      const packed: PackedQuote = {
        id: q.id,
        kind: q.kind,
        date: q.date,
        meetingId: q.meetingId,
        articleId: article(q.source),
        sentence: sentence(q.source.evidence),
        text: sliceOf(q.text, q.source.evidence),
        speakers: q.speakers.map(person),
      };
      if (q.verb !== null) {
        packed.verb = sliceOf(q.verb, q.text);
        packed.words = sliceOf(q.words, q.text);
      }
      if (q.dateInferred) packed.dateInferred = true;
      if (q.undated) packed.undated = true;
      if (q.approxDate !== null) packed.approxDate = q.approxDate;
      if (q.notAfter !== null) packed.notAfter = q.notAfter;
      if (q.withPageLeaders) packed.withPageLeaders = true;
      if (q.origin) packed.origin = q.origin;
      return packed;
    }),
  };
}

/**
 * The card a `packCard` answer holds. Throws, naming the problem, for anything else (an answer
 * from a worker of another version, still running after an update).
 */
export function unpackCard(packed: PackedCard): BriefCard {
  if (typeof packed !== 'object' || packed === null || packed.packed !== CARD_WIRE_VERSION) {
    throw new Error(`leaderlens: the background answered a card in a shape this page does not read (packed ${JSON.stringify((packed as { packed?: unknown } | null)?.packed)}); reload the page`);
  }
  const { packed: _version, sentences, articles, people, others, meetings: packedMeetings, quotes: packedQuotes, timeline: points, ...header } = packed;
  const meetingIdAt = (at: number | string): string | null => {
    if (typeof at === 'string') return at;
    const m = packedMeetings[at];
    return m === undefined ? null : Array.isArray(m) ? m[0] : m.id;
  };
  const timeline = points.map(([at, date, inferred]) => ({ meetingId: meetingIdAt(at) ?? '', date, dateInferred: inferred === 1 }));
  const person = (id: string): CardPerson => ({ id, name: people[id] ?? id });
  const source = (articleId: string) => {
    const article = articles[articleId];
    return { articleId, articleTitle: article?.title ?? '', articleDate: article?.date ?? null };
  };
  const originalOf = (articleId: string) => {
    const original = articles[articleId]?.original;
    return original ? { original } : {};
  };
  const meetings = packedMeetings.map((m): CardMeeting | CardMeetingStub => Array.isArray(m) ? unpackMeetingStub(m, others) : ({
    id: m.id,
    date: m.date,
    dateEnd: m.dateEnd ?? null,
    dateInferred: m.dateInferred ?? false,
    undated: m.undated ?? false,
    approxDate: m.approxDate ?? null,
    notAfter: m.notAfter ?? null,
    place: m.place,
    ...(m.placeCountry ? { placeCountry: m.placeCountry } : {}),
    kind: m.kind,
    others: m.others.map(person),
    withPageLeaders: m.withPageLeaders ?? false,
    sources: m.sources.map(({ articleId, status, sentence }) => ({ ...source(articleId), status, evidence: sentences[sentence] ?? '', ...originalOf(articleId) })),
    ...(m.origin ? { origin: m.origin } : {}),
  }));
  const quotes = packedQuotes.map((quote): CardQuote | CardQuoteStub => {
    if (Array.isArray(quote)) return unpackQuoteStub(quote, meetingIdAt);
    const evidence = sentences[quote.sentence] ?? '';
    const text = fromSlice(quote.text, evidence);
    return {
      id: quote.id,
      text,
      verb: quote.verb === undefined ? null : fromSlice(quote.verb, text),
      words: quote.words === undefined ? text : fromSlice(quote.words, text),
      kind: quote.kind,
      date: quote.date,
      dateInferred: quote.dateInferred ?? false,
      undated: quote.undated ?? false,
      approxDate: quote.approxDate ?? null,
      notAfter: quote.notAfter ?? null,
      speakers: quote.speakers.map(person),
      meetingId: quote.meetingId,
      withPageLeaders: quote.withPageLeaders ?? false,
      source: { ...source(quote.articleId), evidence, ...originalOf(quote.articleId) },
      ...(quote.origin ? { origin: quote.origin } : {}),
    };
  });
  return { ...header, meetings, quotes, timeline };
}

function flagsOf(item: { undated: boolean; withPageLeaders: boolean; origin?: 'saved' }, inferred = false): number {
  return (item.undated ? UNDATED : 0) | (item.withPageLeaders ? SHARED : 0) | (item.origin ? SAVED : 0) | (inferred ? INFERRED : 0);
}

function packMeetingStub(m: CardMeetingStub, other: (id: string) => number): PackedMeetingStub {
  const packed: PackedMeetingStub = [m.id, flagsOf(m, m.dateInferred), MEETING_KINDS.indexOf(m.kind), m.date, m.place, m.others.map(({ id }) => other(id)), m.dateEnd, m.approxDate, m.notAfter];
  while (packed.length > 3) {
    const last = packed.at(-1);
    if (last !== null && !(Array.isArray(last) && last.length === 0)) break;
    packed.pop();
  }
  return packed;
}

function unpackMeetingStub([id, flags, kind, date = null, place = null, people = [], dateEnd = null, approxDate = null, notAfter = null]: PackedMeetingStub, others: readonly string[]): CardMeetingStub {
  return {
    id,
    date: date as string | null,
    dateEnd: dateEnd as string | null,
    dateInferred: (flags & INFERRED) !== 0,
    undated: (flags & UNDATED) !== 0,
    approxDate: approxDate as string | null,
    notAfter: notAfter as string | null,
    place: place as string | null,
    kind: MEETING_KINDS[kind] ?? 'other',
    others: ((people ?? []) as number[]).map((at) => ({ id: others[at] ?? '' })),
    withPageLeaders: (flags & SHARED) !== 0,
    ...((flags & SAVED) !== 0 ? { origin: 'saved' as const } : {}),
    stub: true,
  };
}

function packQuoteStub(q: CardQuoteStub, meetingAt: ReadonlyMap<string, number>): PackedQuoteStub {
  const packed: PackedQuoteStub = [q.id, flagsOf(q), QUOTE_KINDS.indexOf(q.kind)];
  if (q.meetingId !== null) packed.push(meetingAt.get(q.meetingId) ?? q.meetingId);
  return packed;
}

function unpackQuoteStub([id, flags, kind, meeting]: PackedQuoteStub, meetingIdAt: (at: number | string) => string | null): CardQuoteStub {
  return {
    id,
    kind: QUOTE_KINDS[kind] ?? 'reported',
    undated: (flags & UNDATED) !== 0,
    meetingId: meeting === undefined ? null : meetingIdAt(meeting),
    withPageLeaders: (flags & SHARED) !== 0,
    ...((flags & SAVED) !== 0 ? { origin: 'saved' as const } : {}),
    stub: true,
  };
}

function sliceOf(part: string, whole: string): Slice {
  const at = whole.indexOf(part);
  return at < 0 ? part : [at, at + part.length];
}

function fromSlice(slice: Slice, whole: string): string {
  return typeof slice === 'string' ? slice : whole.slice(slice[0], slice[1]);
}
