import type { MeetingKind, QuoteKind } from '../model/export-types';
import type { LoadedIndex } from '../index-data/load-index';
import type { CardPerson } from './card';
import type { KindIndex } from './search-index';
import { ownEntry } from './own-entry';
import { queryWords } from './search-text';
import { topDocuments } from './search-top';
import { leaderScoresOf, matchWord } from './search-word';

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
}

/** Results per kind when `search` is given no `limit`. */
export const DEFAULT_SEARCH_LIMIT = 10;

/**
 * Searches leaders, meetings and quotes for `query`, with or without diacritics ("to lam",
 * "Tô Lâm"), by Vietnamese or English title ("tổng bí thư", "general secretary"), with prefix
 * matching on the word being typed and some tolerance for typos in longer words. Meetings and
 * quotes are found by their people (through the leaders that match, never by scoring every quote's
 * speaker names) and by their own words: kind ("hội đàm", "talks"), place, source sentences, quote
 * text. Every word of the query must match; when that finds nothing, any word may. Returns at most
 * `limit` (default 10) results per kind, most relevant first; an empty query finds nothing.
 *
 * @example
 * search(index, 'to lam').leaders.map((hit) => hit.id); // ['to-lam']
 * search(index, 'general secretary', { limit: 3 }).leaders.length; // ≤ 3
 */
export function search(index: LoadedIndex, query: string, { limit = DEFAULT_SEARCH_LIMIT }: SearchLimits = {}): SearchResults {
  const empty: SearchResults = { leaders: [], meetings: [], quotes: [] };
  const { words, lastIsPrefix } = queryWords(query);
  if (words.length === 0 || limit <= 0) return empty;
  const { searchIndex } = index;
  const isPrefix = (i: number) => lastIsPrefix && i === words.length - 1;
  const leaderMatches = words.map((word, i) => matchWord(searchIndex.leaders, word, isPrefix(i), null));
  const leaderScores = leaderMatches.map((match) => leaderScoresOf(searchIndex.leaders, match));
  const matches = (kind: KindIndex) => words.map((word, i) => matchWord(kind, word, isPrefix(i), leaderScores[i]!));
  const meetingMatches = matches(searchIndex.meetings);
  const quoteMatches = matches(searchIndex.quotes);
  const run = (every: boolean): SearchResults => ({
    leaders: topDocuments(searchIndex.leaders, leaderMatches, limit, every).flatMap((hit) => leaderHit(index, searchIndex.leaders.ids[hit.doc]!, hit.score)),
    meetings: topDocuments(searchIndex.meetings, meetingMatches, limit, every).flatMap((hit) => meetingHit(index, searchIndex.meetings.ids[hit.doc]!, hit.score)),
    quotes: topDocuments(searchIndex.quotes, quoteMatches, limit, every).flatMap((hit) => quoteHit(index, searchIndex.quotes.ids[hit.doc]!, hit.score)),
  });
  const all = run(true);
  if (all.leaders.length + all.meetings.length + all.quotes.length > 0 || words.length === 1) return all;
  return run(false);
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
  return [{ id, date, dateInferred, kind, place, participants: participants.map((leaderId) => person(index, leaderId)), score }];
}

function quoteHit(index: LoadedIndex, id: string, score: number): QuoteHit[] {
  const quote = ownEntry(index.quotes, id);
  if (!quote) return [];
  const { text, kind, date, speakers, articleId } = quote;
  return [{ id, text, kind, date, speakers: speakers.map((leaderId) => person(index, leaderId)), articleId, score }];
}
