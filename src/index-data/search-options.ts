import { foldBare } from '../text';

/** What a search result stands for; a result key is `<kind>:<id of the thing>`. */
export type SearchKind = 'leader' | 'meeting' | 'quote';

/**
 * One term as the index stores it and as a query is looked up: folded with the shared Vietnamese
 * fold (`src/text`, bare level: no case, no diacritics, đ → d), so "Tô Lâm", "to lam" and an NFD
 * "Tô Lâm" meet on "to" + "lam". Terms that fold to nothing (stray marks) are dropped.
 */
export function processSearchTerm(term: string): string | null {
  const folded = foldBare(term).text.trim();
  return folded === '' ? null : folded;
}

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
