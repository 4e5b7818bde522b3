import type { SearchResult } from 'minisearch';
import type { MeetingKind, QuoteKind } from '../corpus/export-types';
import type { LoadedIndex } from '../index-data/load-index';
import { defaultSearchOptions, parseSearchKey } from '../index-data/search-options';
import type { CardPerson } from './card';

/** A leader found by `search`; `score` is MiniSearch's relevance (higher is better). */
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
 * matching as the reader types and some tolerance for typos in longer words. Every word of the
 * query must match; when that finds nothing, any word may. Returns at most `limit` (default 10)
 * results per kind, most relevant first; an empty query finds nothing.
 *
 * @example
 * search(index, 'to lam').leaders.map((hit) => hit.id); // ['to-lam']
 * search(index, 'general secretary', { limit: 3 }).leaders.length; // ≤ 3
 */
export function search(index: LoadedIndex, query: string, { limit = DEFAULT_SEARCH_LIMIT }: SearchLimits = {}): SearchResults {
  const results: SearchResults = { leaders: [], meetings: [], quotes: [] };
  if (query.trim() === '' || limit <= 0) return results;
  let found = index.searchEngine.search(query, defaultSearchOptions);
  if (found.length === 0) found = index.searchEngine.search(query, { ...defaultSearchOptions, combineWith: 'OR' });
  // MiniSearch returns one list ordered by score; grouping keeps that order inside each kind.
  for (const result of found) addHit(index, results, result, limit);
  return results;
}

function addHit(index: LoadedIndex, results: SearchResults, result: SearchResult, limit: number): void {
  const parsed = parseSearchKey(String(result.id));
  if (!parsed) return;
  const { kind, id } = parsed;
  const score = result.score;
  const person = (leaderId: string): CardPerson => ({ id: leaderId, name: index.leaders[leaderId]?.name ?? leaderId });
  if (kind === 'leader' && results.leaders.length < limit) {
    const leader = index.leaders[id];
    if (leader) results.leaders.push({ id, name: leader.name, country: leader.country, score });
  } else if (kind === 'meeting' && results.meetings.length < limit) {
    const meeting = index.meetings[id];
    if (meeting) {
      const { date, dateInferred, kind: meetingKind, place, participants } = meeting;
      results.meetings.push({ id, date, dateInferred, kind: meetingKind, place, participants: participants.map(person), score });
    }
  } else if (kind === 'quote' && results.quotes.length < limit) {
    const quote = index.quotes[id];
    if (quote) {
      const { text, kind: quoteKind, date, speakers, articleId } = quote;
      results.quotes.push({ id, text, kind: quoteKind, date, speakers: speakers.map(person), articleId, score });
    }
  }
}
