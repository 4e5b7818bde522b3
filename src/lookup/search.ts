import type { ExportMeeting, ExportQuote, MeetingKind, QuoteKind } from '../model/export-types';
import type { LoadedIndex } from '../index-data/load-index';
import type { IndexFacts, OfficeTitle } from '../index-data/format';
import type { CardPerson, LeftOut } from './card';
import { coverLeader, isConnector, phraseRuns } from './leader-cover';
import type { LeaderPhraseTable } from './leader-forms';
import { runBlocks, scanBlocks, singleBlock, type BlockedKind } from './search-blocks';
import type { KindIndex, SearchIndex } from './search-index';
import { ownEntry } from './own-entry';
import { queryWords } from './search-text';
import type { ScoredDoc } from './search-top';
import { forEachSource, matchWord, resolveWord, type WordMatch } from './search-word';

/** A leader found by `search`; `score` is its relevance (higher is better, see search-top.ts). */
export interface LeaderHit {
  id: string;
  name: string;
  country: string;
  score: number;
}

/** A meeting found by `search`, with what a result row shows. */
export interface MeetingHit {
  id: string;
  date: string | null;
  dateInferred: boolean;
  kind: MeetingKind;
  place: string | null;
  /** When `place` is a country's name: that country in both interface languages (see IndexFacts.placeCountries). */
  placeCountry?: OfficeTitle;
  participants: CardPerson[];
  score: number;
  /** `saved`: one of its sources is an article the reader saved (src/saved); absent otherwise. */
  origin?: 'saved';
}

/** A quote found by `search`, with what a result row shows. */
export interface QuoteHit {
  id: string;
  text: string;
  kind: QuoteKind;
  date: string | null;
  speakers: CardPerson[];
  articleId: string;
  score: number;
  /** `saved`: said in an article the reader saved (src/saved); absent otherwise. */
  origin?: 'saved';
}

/** Search results grouped by kind, each group most relevant first. */
export interface SearchResults {
  leaders: LeaderHit[];
  meetings: MeetingHit[];
  quotes: QuoteHit[];
}

/** Options of `search`. */
export interface SearchLimits {
  /** Most results returned per kind. Default: 10. */
  limit?: number;
  /**
   * Meetings and quotes never to return (marked as wrong by the reader). The limit counts only
   * what is returned: a left-out item gives its place to the next best. Default: none.
   */
  leaveOut?: LeftOut;
}

/** Results per kind when `search` is given no `limit`. */
export const DEFAULT_SEARCH_LIMIT = 10;

/**
 * Searches leaders, meetings and quotes for `query`, with or without diacritics ("to lam",
 * "Tô Lâm"), by Vietnamese or English title ("tổng bí thư", "general secretary"), with prefix
 * matching on the word being typed and some tolerance for typos in long words (see `maxTypos`).
 *
 * Right or silent: a leader is found only when every word of the query lies in one of that
 * leader's own phrases — all name words in ONE of their name forms, title and country words
 * beginning one of their titles or country names (leader-cover.ts) — so "nguyen van a" is nobody,
 * not a Nguyễn whose title has "Văn phòng". Leaders named in full (a whole name form, "Xi", "Tô
 * Lâm") come first, then by score. Meetings and quotes are found by their people (a word that
 * refers to a leader by a whole name or title) and by their own words (kind, place, source
 * sentences, quote text), every word matching, and the words they match by text standing
 * together (content-phrases.ts). A typo is forgiven only where no term is spelt or begun the
 * way the word is typed (`matchWord`), so an exact or prefix match always ranks above a typo. A
 * query that matches nothing finds nothing: there is no any-word fallback. Returns at most `limit` (default 10) results per kind, most relevant first;
 * an empty query finds nothing. Meetings and quotes in `leaveOut` are never returned.
 *
 * @example
 * search(index, 'to lam').leaders.map((hit) => hit.id); // ['to-lam']
 * search(index, 'lionel messi').leaders;               // []
 */
export function search(index: LoadedIndex, query: string, { limit = DEFAULT_SEARCH_LIMIT, leaveOut }: SearchLimits = {}): SearchResults {
  const { searchIndex } = index;
  const plan = planSearch(
    { leaders: searchIndex.leaders, leaderPhrases: searchIndex.leaderPhrases, meetings: singleBlock(searchIndex.meetings), quotes: singleBlock(searchIndex.quotes) },
    query,
    limit,
    leaveOut,
  );
  const ranked: RankedResults = {
    leaders: plan.leaders.map((hit) => ({ id: searchIndex.leaders.ids[hit.doc]!, score: hit.score })),
    meetings: runBlocks(plan.meetings, () => searchIndex.meetings).map((hit) => ({ id: searchIndex.meetings.ids[hit.doc]!, score: hit.score })),
    quotes: runBlocks(plan.quotes, () => searchIndex.quotes).map((hit) => ({ id: searchIndex.quotes.ids[hit.doc]!, score: hit.score })),
  };
  return searchHits(index, ranked);
}

/**
 * What `planSearch` searches: the leaders' index whole (it is small and every query reads it), and
 * meetings and quotes as blocks (search-blocks.ts), read only where they can hold a result.
 */
export interface SearchStructures {
  leaders: KindIndex;
  leaderPhrases: LeaderPhraseTable;
  meetings: BlockedKind;
  quotes: BlockedKind;
}

/**
 * A search worked out up to the blocks it needs: the leaders found (document numbers in the
 * leaders' index, best first), and for meetings and quotes a scan that asks for blocks
 * (`runBlocks` with blocks in memory, `runBlocksAsync` reading them) and returns document numbers.
 */
export interface SearchPlan {
  leaders: ScoredDoc[];
  meetings: Generator<number, ScoredDoc[], KindIndex>;
  quotes: Generator<number, ScoredDoc[], KindIndex>;
}

/**
 * The ranking half of {@link search}, over search structures that may be read block by block (the
 * packaged index, src/index-data/read-index-folder.ts): the same rules, scores and order.
 *
 * @example
 * const plan = planSearch(structures, 'to lam', 10);
 * const meetings = await runBlocksAsync(plan.meetings, (b) => readBlock('meetings', b));
 */
export function planSearch(structures: SearchStructures, query: string, limit: number = DEFAULT_SEARCH_LIMIT, leaveOut?: LeftOut): SearchPlan {
  const { words, lastIsPrefix } = queryWords(query);
  if (words.length === 0 || limit <= 0) return { leaders: [], meetings: nothing(), quotes: nothing() };
  const isPrefix = (i: number) => lastIsPrefix && i === words.length - 1;
  const leaderMatches = words.map((word, i) => matchWord(structures.leaders, word, isPrefix(i), null));
  const { ranked, references } = coverLeaders(structures, leaderMatches);
  // Connectors are glue for titles, not words to find in meetings and quotes (unless that is all there is).
  const searched = (i: number) => !isConnector(words[i]!) || words.every(isConnector);
  const content = (kind: BlockedKind, left: ReadonlySet<string> | undefined) =>
    scanBlocks(kind, words.map((word, i) => (searched(i) ? resolveWord(kind.dictionary, word, isPrefix(i), references[i]!) : null)), limit, left);
  return { leaders: ranked.slice(0, limit), meetings: content(structures.meetings, leaveOut?.meetings), quotes: content(structures.quotes, leaveOut?.quotes) };
}

function* nothing(): Generator<number, ScoredDoc[], KindIndex> {
  return [];
}

/** Ids found by a search, best first, with their scores: what {@link searchHits} turns into results. */
export interface RankedResults {
  leaders: { id: string; score: number }[];
  meetings: { id: string; score: number }[];
  quotes: { id: string; score: number }[];
}

/** A meeting as a result row shows it (the export's meeting without its sources). */
export type MeetingRecord = Pick<ExportMeeting, 'id' | 'date' | 'dateInferred' | 'kind' | 'place' | 'participants'>;
/** A quote as a result row shows it (the export's quote without its evidence). */
export type QuoteRecord = Pick<ExportQuote, 'id' | 'text' | 'kind' | 'date' | 'speakers' | 'articleId'>;

/**
 * What {@link searchHits} reads: the leaders (for names), the meetings and quotes found (at least),
 * and the places that are countries.
 */
export interface HitFacts {
  leaders: IndexFacts['leaders'];
  meetings: Record<string, MeetingRecord>;
  quotes: Record<string, QuoteRecord>;
  placeCountries?: IndexFacts['placeCountries'];
}

/**
 * The result rows of ranked ids, in their order; an id `facts` does not know is left out.
 *
 * @example
 * searchHits(index, { leaders: [{ id: 'to-lam', score: 3 }], meetings: [], quotes: [] }).leaders[0]?.name; // 'Tô Lâm'
 */
export function searchHits(facts: HitFacts, ranked: RankedResults): SearchResults {
  return {
    leaders: ranked.leaders.flatMap((hit) => leaderHit(facts, hit.id, hit.score)),
    meetings: ranked.meetings.flatMap((hit) => meetingHit(facts, hit.id, hit.score)),
    quotes: ranked.quotes.flatMap((hit) => quoteHit(facts, hit.id, hit.score)),
  };
}

/**
 * Every leader the query covers completely, best first (whole name forms, then score, then
 * leader order), and per word, per leader number, what that leader's meetings and quotes gain
 * from the word (its `references`). Only leaders matching some word are covered.
 */
function coverLeaders(searchIndex: Pick<SearchIndex, 'leaders' | 'leaderPhrases'>, matches: readonly WordMatch[]): { ranked: ScoredDoc[]; references: Float32Array[] } {
  const { leaders, leaderPhrases } = searchIndex;
  const runsByLeader = phraseRuns(leaderPhrases, leaders, matches);
  const count = leaders.ids.length;
  const touched = new Uint8Array(count);
  for (const match of matches) {
    forEachSource(leaders, match, ({ docs }) => {
      for (const doc of docs) touched[doc] = 1;
    });
  }
  const references = matches.map(() => new Float32Array(count));
  const complete: { doc: number; wholeNames: number; score: number }[] = [];
  for (let doc = 0; doc < count; doc++) {
    if (!touched[doc]) continue;
    const cover = coverLeader(leaderPhrases.leaders[doc]!, leaders, matches, runsByLeader[doc]);
    cover.references.forEach((gain, i) => (references[i]![doc] = gain));
    if (cover.complete) complete.push({ doc, wholeNames: cover.wholeNames, score: cover.score });
  }
  complete.sort((a, b) => b.wholeNames - a.wholeNames || b.score - a.score || a.doc - b.doc);
  return { ranked: complete.map(({ doc, score }) => ({ doc, score })), references };
}

const person = (index: HitFacts, leaderId: string): CardPerson => ({ id: leaderId, name: ownEntry(index.leaders, leaderId)?.name ?? leaderId });

function leaderHit(index: HitFacts, id: string, score: number): LeaderHit[] {
  const leader = ownEntry(index.leaders, id);
  return leader ? [{ id, name: leader.name, country: leader.country, score }] : [];
}

function meetingHit(index: HitFacts, id: string, score: number): MeetingHit[] {
  const meeting = ownEntry(index.meetings, id);
  if (!meeting) return [];
  const { date, dateInferred, kind, place, participants } = meeting;
  const placeCountry = place !== null && index.placeCountries !== undefined ? ownEntry(index.placeCountries, place) : undefined;
  return [
    { id, date, dateInferred, kind, place, ...(placeCountry ? { placeCountry } : {}), participants: participants.map((leaderId) => person(index, leaderId)), score },
  ];
}

function quoteHit(index: HitFacts, id: string, score: number): QuoteHit[] {
  const quote = ownEntry(index.quotes, id);
  if (!quote) return [];
  const { text, kind, date, speakers, articleId } = quote;
  return [{ id, text, kind, date, speakers: speakers.map((leaderId) => person(index, leaderId)), articleId, score }];
}
