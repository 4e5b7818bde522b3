import type { Options, SearchOptions } from 'minisearch';
import { foldBare } from '../text';

/** What a search document stands for; the document's `id` is `<kind>:<id of the thing>`. */
export type SearchKind = 'leader' | 'meeting' | 'quote';

/** One document of the search index. Text fields are plain strings; MiniSearch tokenises them. */
export interface SearchDocument {
  key: string;
  kind: SearchKind;
  /** The leader's, meeting's or quote's own id. */
  id: string;
  /** Every name form of the leader, or of the meeting's participants / the quote's speakers. */
  names: string;
  /** Office titles (Vietnamese and English) of a leader; the meeting kind in words. */
  titles: string;
  /** Country names (both languages), the meeting's place. */
  places: string;
  /** The quote, or the sentences that tell of the meeting. */
  text: string;
}

/**
 * One term as the index stores it and as a query is looked up: folded with the shared Vietnamese
 * fold (`src/text`, bare level: no case, no diacritics, đ → d), so "Tô Lâm", "to lam" and an NFD
 * "Tô Lâm" meet on "to" + "lam". Terms that fold to nothing (stray marks) are dropped.
 */
export function processSearchTerm(term: string): string | null {
  const folded = foldBare(term).text.trim();
  return folded === '' ? null : folded;
}

/**
 * The options the index is built with and loaded with: MiniSearch requires the same ones on both
 * sides, so there is exactly one copy.
 */
export const searchIndexOptions: Options<SearchDocument> = {
  idField: 'key',
  fields: ['names', 'titles', 'places', 'text'],
  // Nothing stored: a result's key already says what it is (`parseSearchKey`), and stored fields
  // would repeat every id in the packaged file.
  storeFields: [],
  processTerm: processSearchTerm,
};

/** The document key of a leader, meeting or quote: `leader:to-lam`. */
export function searchKey(kind: SearchKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and id a document key stands for; null for a key this index format does not make. */
export function parseSearchKey(key: string): { kind: SearchKind; id: string } | null {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  if (colon < 0 || (kind !== 'leader' && kind !== 'meeting' && kind !== 'quote')) return null;
  return { kind, id: key.slice(colon + 1) };
}

/**
 * Default query options: prefix matching for search-as-you-type, a small fuzziness for typos in
 * longer terms only (one edit turns the syllable "lam" into "nam" or "lao", another person), names
 * weighing most. `combineWith: 'AND'` because Vietnamese names are several short syllables that
 * each match half the corpus on their own.
 */
export const defaultSearchOptions: SearchOptions = {
  prefix: true,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  boost: { names: 3, titles: 2, places: 1, text: 1 },
  combineWith: 'AND',
};
