import { foldBare } from '../text';

// Anything that is not a letter or a digit separates words: spaces, punctuation, dashes, quotes.
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * The words of a text as the search index stores them and as a query is looked up: folded with
 * the shared Vietnamese fold (`src/text`, bare level: no case, no diacritics, đ → d) and split at
 * everything that is not a letter or digit, so "Tô Lâm", "to lam" and an NFD "Tô Lâm" all give
 * `['to', 'lam']`. Default: no words for an empty or all-punctuation text.
 *
 * @example
 * searchWords('Tổng Bí thư Tô Lâm'); // ['tong', 'bi', 'thu', 'to', 'lam']
 * searchWords('Việt Nam - Lào');     // ['viet', 'nam', 'lao']
 */
export function searchWords(text: string): string[] {
  return foldBare(text).text.split(SEPARATORS).filter((word) => word !== '');
}

/**
 * What separates raw (unfolded) words when indexing: raw words keep their combining marks (an NFD
 * "Lâm" is one word), and each distinct raw word is then folded once with {@link searchWords} —
 * a corpus repeats a small vocabulary millions of times, and folding 250k quotes whole took
 * seconds. Same words as `searchWords` of the whole text.
 *
 * @example
 * 'Tổng Bí thư, Tô Lâm'.split(RAW_SEPARATORS).flatMap(searchWords); // ['tong', 'bi', 'thu', 'to', 'lam']
 * 'Việt Nam - Lào'.split(RAW_SEPARATORS);                          // ['Việt', 'Nam', 'Lào']
 */
export const RAW_SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

/** A query split into words, and whether its last word is still being typed. */
export interface QueryWords {
  words: string[];
  /** True when the query does not end in a separator: its last word may be a prefix ("to l"). */
  lastIsPrefix: boolean;
}

/**
 * Splits what the reader typed into folded words ({@link searchWords}); the last word counts as a
 * prefix unless the query ends with a space or punctuation (the reader has finished it). Default:
 * no words, `lastIsPrefix` false, for an empty query.
 *
 * @example
 * queryWords('Tô L');  // { words: ['to', 'l'], lastIsPrefix: true }
 * queryWords('to ');   // { words: ['to'], lastIsPrefix: false }
 */
export function queryWords(query: string): QueryWords {
  const words = searchWords(query);
  const folded = foldBare(query).text;
  const lastIsPrefix = words.length > 0 && !SEPARATORS.test(folded.slice(-1));
  return { words, lastIsPrefix };
}
