import { mergeMeetings, type SourcedMeeting } from '../corpus/merge-meetings';
import { quoteRowsOf } from '../corpus/quote-rows';
import { stableId, uniqueIds } from '../corpus/stable-id';
import type { ArticleMeta } from '../index-data/folder-format';
import type { IndexCard, IndexLeader, OfficeTitle } from '../index-data/format';
import type { ExportMeeting, ExportQuote, MeetingSource } from '../model/export-types';
import type { SavedPeople } from './saved-people';
import type { BundledMatch, SavedReadingRecord } from './saved-types';

/**
 * The reader's own corpus as the lookups read it: every meeting with a saved article among its
 * sources (a meeting the packaged index also holds is that meeting, under its id, with both
 * articles' sources), every quote of a saved article, the saved articles (and the index's articles
 * those meetings cite), and per leader the ids of their meetings and quotes here.
 */
export interface SavedFacts {
  meetings: Record<string, ExportMeeting>;
  quotes: Record<string, ExportQuote>;
  articles: Record<string, ArticleMeta>;
  cards: Record<string, IndexCard>;
  /**
   * The people found only in the saved articles (saved-people.ts), as the index shows a leader:
   * each has a card here, even one with nothing on it yet. The packaged index's own people win
   * over one of these with the same id (saved-lookups.ts).
   */
  leaders: Record<string, IndexLeader>;
  /** Meeting places of saved articles that name a country (IndexFacts.placeCountries). */
  placeCountries: Record<string, OfficeTitle>;
  /** Ids of the saved articles (not the index's articles in `articles`). */
  savedArticles: ReadonlySet<string>;
  /** The stamps the readings were made with (engine-stamp.ts): another one than this worker's means "read again". */
  stamps: readonly string[];
}

/** An empty saved corpus: what the lookups read before the reader saves anything. */
export const NO_SAVED_FACTS: SavedFacts = { meetings: {}, quotes: {}, articles: {}, cards: {}, leaders: {}, placeCountries: {}, savedArticles: new Set(), stamps: [] };

/**
 * The corpus file name of a saved article: its id, so the CLI, reading an export, gives the
 * article the same id (`articleIdFromFile`) and its quotes the same ids.
 */
export function savedFileName(id: string): string {
  return `${id}.txt`;
}

/**
 * Assembles the saved articles' readings as the corpus build assembles its articles
 * (build-corpus.ts, `assemble`): their meetings merged with `mergeMeetings` (the same meeting told
 * by two saved articles is one meeting with two sources), ids from `stableId` over the same parts,
 * so the CLI reading an export of these articles gives the same meetings and ids; quotes once per
 * article (a repeated caption tells the same statement once), at their merged meeting, dated by
 * it or by their article. Articles are taken in the order of their file names, as the CLI reads
 * a folder.
 *
 * Then the packaged index: a merged meeting one of whose tellings was found to be one with a
 * meeting of the index when its article was read (`SavedReadingRecord.bundled`) is that meeting,
 * under the index's id, with the saved sources after the index's own (two saved meetings found one
 * with the same index meeting become one).
 *
 * The people found in the saved articles (`people`, saved-people.ts) join as leaders, each with a card.
 *
 * @example
 * const saved = assembleSaved(readings, people);
 * saved.cards['to-lam']?.meetingIds; // the meetings of Tô Lâm that saved articles tell of
 */
export function assembleSaved(readings: readonly SavedReadingRecord[], people: SavedPeople | null = null): SavedFacts {
  const ordered = [...readings].sort((a, b) => compare(savedFileName(a.id), savedFileName(b.id)));
  const byId = new Map(ordered.map((r) => [r.id, r]));
  const sourced: SourcedMeeting[] = [];
  for (const r of ordered) r.facts.meetings.forEach((meeting, index) => sourced.push({ articleId: r.id, articleDate: r.date, index, meeting }));
  const merged = mergeMeetings(sourced);

  const articles: Record<string, ArticleMeta> = {};
  for (const r of ordered) {
    articles[r.id] = { id: r.id, file: savedFileName(r.id), title: r.title, date: r.date, dateInferred: r.dateInferred, ...(r.url !== null ? { url: r.url } : {}) };
  }

  const bundledOf = (group: (typeof merged)[number]): BundledMatch | null => {
    for (const s of group.sources) {
      const match = byId.get(s.articleId)?.bundled[s.index];
      if (match) return match;
    }
    return null;
  };
  const own = merged.filter((m) => bundledOf(m) === null);
  const ownIds = uniqueIds(
    own.map((m) => cachedStableId('m', [...m.participants].sort().join(','), m.kind, m.when.date ?? m.when.approx ?? `${m.sources[0]!.articleId}|${m.sources[0]!.meeting.evidence}`)),
  );
  const idOf = new Map(own.map((m, i) => [m, ownIds[i]!]));

  const meetings: Record<string, ExportMeeting> = {};
  const globalOf = new Map<string, string>();
  for (const m of merged) {
    const sources: MeetingSource[] = m.sources.map((s) => ({ articleId: s.articleId, status: s.meeting.status, evidence: s.meeting.evidence }));
    const match = bundledOf(m);
    let id: string;
    if (match) {
      id = match.meeting.id;
      const current = meetings[id] ?? { ...match.meeting, participants: [...match.meeting.participants], sources: [...match.meeting.sources] };
      for (const p of m.participants) if (!current.participants.includes(p)) current.participants.push(p);
      current.sources.push(...sources.filter((s) => !current.sources.some((t) => t.articleId === s.articleId && t.evidence === s.evidence)));
      meetings[id] = current;
      Object.assign(articles, Object.fromEntries(Object.entries(match.articles).filter(([articleId]) => !Object.hasOwn(articles, articleId))));
    } else {
      id = idOf.get(m)!;
      meetings[id] = {
        id,
        participants: m.participants,
        date: m.when.date,
        dateInferred: m.when.date !== null && m.when.inferred,
        place: m.place,
        kind: m.kind,
        sources,
        ...(m.when.dateEnd ? { dateEnd: m.when.dateEnd } : {}),
        ...(m.when.approx ? { approxDate: m.when.approx } : {}),
        ...(m.others.length > 0 ? { others: m.others } : {}),
      };
    }
    for (const s of m.sources) globalOf.set(`${s.articleId}#${s.index}`, id);
  }

  const { rows: quoteRows } = quoteRowsOf(
    ordered.map((r) => ({ id: r.id, date: r.date, quotes: r.facts.quotes })),
    (articleId, meeting) => globalOf.get(`${articleId}#${meeting}`) ?? null,
    (meetingId) => meetings[meetingId]?.date,
  );
  const quoteIds = uniqueIds(quoteRows.map((q) => cachedStableId('q', q.articleId, q.speakers.join(','), q.text)));
  const quotes: Record<string, ExportQuote> = {};
  quoteRows.forEach((q, i) => (quotes[quoteIds[i]!] = { id: quoteIds[i]!, ...q }));

  const cards: Record<string, IndexCard> = {};
  const card = (leaderId: string): IndexCard => (cards[leaderId] ??= { meetingIds: [], quoteIds: [] });
  const leaders = people?.leaders ?? {};
  for (const leaderId of Object.keys(leaders)) card(leaderId);
  for (const m of Object.values(meetings)) for (const p of new Set(m.participants)) card(p).meetingIds.push(m.id);
  for (const q of Object.values(quotes)) for (const s of new Set(q.speakers)) card(s).quoteIds.push(q.id);

  const placeCountries = Object.assign({}, ...ordered.map((r) => r.placeCountries)) as Record<string, OfficeTitle>;
  const stamps = [...new Set(ordered.map((r) => r.stamp))];
  return { meetings, quotes, articles, cards, leaders, placeCountries, savedArticles: new Set(ordered.map((r) => r.id)), stamps };
}

/**
 * What one leader's card reads of the saved facts: their meetings and quotes (and the meetings
 * their quotes were said at), the articles those cite, and the places: kept per leader by the
 * store (saved-store.ts), so a card after a worker restart reads one small record, not every
 * saved article. `cardFactsWithSaved` reads it as it reads the whole.
 *
 * @example
 * leaderPart(assembleSaved(readings), 'to-lam').cards; // { 'to-lam': { meetingIds: […], quoteIds: […] } }
 */
export function leaderPart(facts: SavedFacts, leaderId: string): SavedFacts {
  const card = Object.hasOwn(facts.cards, leaderId) ? facts.cards[leaderId]! : { meetingIds: [], quoteIds: [] };
  const meetings: SavedFacts['meetings'] = {};
  const quotes: SavedFacts['quotes'] = {};
  const articles: SavedFacts['articles'] = {};
  const cite = (articleId: string) => {
    if (Object.hasOwn(facts.articles, articleId)) articles[articleId] = facts.articles[articleId]!;
  };
  const addMeeting = (id: string) => {
    const meeting = facts.meetings[id];
    if (!meeting) return;
    meetings[id] = meeting;
    for (const source of meeting.sources) cite(source.articleId);
  };
  for (const id of card.meetingIds) addMeeting(id);
  for (const id of card.quoteIds) {
    const quote = facts.quotes[id];
    if (!quote) continue;
    quotes[id] = quote;
    cite(quote.articleId);
    if (quote.meetingId !== null) addMeeting(quote.meetingId);
  }
  const saved = new Set(Object.keys(articles).filter((id) => facts.savedArticles.has(id)));
  return { meetings, quotes, articles, cards: { [leaderId]: card }, leaders: facts.leaders, placeCountries: facts.placeCountries, savedArticles: saved, stamps: facts.stamps };
}

/**
 * `stableId` remembered by its parts for the worker's life: every change to the saved articles
 * assembles them all again, and the ids of what did not change are the same strings. (The
 * BigInt hash costs about 0.1 ms an id: 130 ms for a thousand articles' meetings and quotes.)
 */
const idMemory = new Map<string, string>();
function cachedStableId(prefix: string, ...parts: string[]): string {
  const key = `${prefix}\u0002${parts.join('\u0001')}`;
  let id = idMemory.get(key);
  if (id === undefined) {
    id = stableId(prefix, ...parts);
    if (idMemory.size >= 100_000) idMemory.clear();
    idMemory.set(key, id);
  }
  return id;
}

/**
 * How many meetings and quotes one article's reading gives, as the corpus counts them: a quote
 * repeated in one article (a caption, a repeated paragraph) once, as `assembleSaved` keeps it.
 *
 * @example
 * factCounts(reading.facts); // { meetings: 1, quotes: 3 }
 */
export function factCounts(facts: Pick<SavedReadingRecord['facts'], 'meetings' | 'quotes'>): { meetings: number; quotes: number } {
  return { meetings: facts.meetings.length, quotes: new Set(facts.quotes.map((q) => `${q.speakers.join(',')}|${q.text}`)).size };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
