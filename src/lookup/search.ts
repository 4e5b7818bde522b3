import type { MeetingKind, QuoteKind } from '../model/export-types';
import type { LoadedIndex } from '../index-data/load-index';
import type { OfficeTitle } from '../index-data/format';
import type { CardPerson, LeftOut } from './card';
import { holdsTogether } from './content-phrases';
import { coverLeader, isConnector, phraseRuns } from './leader-cover';
import type { KindIndex, SearchIndex } from './search-index';
import { ownEntry } from './own-entry';
import { queryWords } from './search-text';
import { topDocuments, type ScoredDoc } from './search-top';
import { forEachSource, matchWord, type WordMatch } from './search-word';

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
  const empty: SearchResults = { leaders: [], meetings: [], quotes: [] };
  const { words, lastIsPrefix } = queryWords(query);
  if (words.length === 0 || limit <= 0) return empty;
  const { searchIndex } = index;
  const isPrefix = (i: number) => lastIsPrefix && i === words.length - 1;
  const leaderMatches = words.map((word, i) => matchWord(searchIndex.leaders, word, isPrefix(i), null));
  const { ranked, references } = coverLeaders(searchIndex, leaderMatches);
  // Connectors are glue for titles, not words to find in meetings and quotes (unless that is all there is).
  const searched = (i: number) => !isConnector(words[i]!) || words.every(isConnector);
  const content = (kind: KindIndex, left: ReadonlySet<string> | undefined) => {
    const wordMatches = words.map((word, i) => (searched(i) ? matchWord(kind, word, isPrefix(i), references[i]!) : null));
    const driving = wordMatches.filter((m) => m !== null);
    const together = words.length > 1 ? (doc: number) => holdsTogether(kind, wordMatches, doc) : undefined;
    // Asked of a document only as it would enter the best (search-top.ts): the cheap test first.
    const kept = left && left.size > 0 ? (doc: number) => !left.has(kind.ids[doc]!) : undefined;
    const accept = kept && together ? (doc: number) => kept(doc) && together(doc) : (kept ?? together);
    return topDocuments(kind, driving, limit, true, accept);
  };
  return {
    leaders: ranked.slice(0, limit).flatMap((hit) => leaderHit(index, searchIndex.leaders.ids[hit.doc]!, hit.score)),
    meetings: content(searchIndex.meetings, leaveOut?.meetings).flatMap((hit) => meetingHit(index, searchIndex.meetings.ids[hit.doc]!, hit.score)),
    quotes: content(searchIndex.quotes, leaveOut?.quotes).flatMap((hit) => quoteHit(index, searchIndex.quotes.ids[hit.doc]!, hit.score)),
  };
}

/**
 * Every leader the query covers completely, best first (whole name forms, then score, then
 * leader order), and per word, per leader number, what that leader's meetings and quotes gain
 * from the word (its `references`). Only leaders matching some word are covered.
 */
function coverLeaders(searchIndex: SearchIndex, matches: readonly WordMatch[]): { ranked: ScoredDoc[]; references: Float32Array[] } {
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

const person = (index: LoadedIndex, leaderId: string): CardPerson => ({ id: leaderId, name: ownEntry(index.leaders, leaderId)?.name ?? leaderId });

function leaderHit(index: LoadedIndex, id: string, score: number): LeaderHit[] {
  const leader = ownEntry(index.leaders, id);
  return leader ? [{ id, name: leader.name, country: leader.country, score }] : [];
}

function meetingHit(index: LoadedIndex, id: string, score: number): MeetingHit[] {
  const meeting = ownEntry(index.meetings, id);
  if (!meeting) return [];
  const { date, dateInferred, kind, place, participants } = meeting;
  const placeCountry = place !== null && index.placeCountries !== undefined ? ownEntry(index.placeCountries, place) : undefined;
  return [
    { id, date, dateInferred, kind, place, ...(placeCountry ? { placeCountry } : {}), participants: participants.map((leaderId) => person(index, leaderId)), score },
  ];
}

function quoteHit(index: LoadedIndex, id: string, score: number): QuoteHit[] {
  const quote = ownEntry(index.quotes, id);
  if (!quote) return [];
  const { text, kind, date, speakers, articleId } = quote;
  return [{ id, text, kind, date, speakers: speakers.map((leaderId) => person(index, leaderId)), articleId, score }];
}
