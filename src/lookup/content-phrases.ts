import type { KindIndex } from './search-index';
import { searchWords } from './search-text';
import { termIdOf, termQuality, type WordMatch } from './search-word';

/**
 * Whether a meeting or quote holds the query's words *together*, not just somewhere. Words that
 * the document matches through a person taking part in it (see leader-cover.ts) are settled; the
 * others, taken in runs of consecutive query words, must each be a phrase of the document's text:
 * consecutive words of one field, in the query's order (the last one still a prefix while typed).
 * A run may be split across different fields ("hội đàm" in the kind, "hà nội" in the place), but
 * never into pieces of the same field: a long source sentence holds "Nguyễn", "văn" and "anh" far
 * apart, and finding them there is not finding "Nguyễn Văn A". A single word needs only to be there.
 *
 * `matches` has null for a word the search left out (a connector): it belongs to no run.
 *
 * Reads the document's text and folds it, so it is for checking a page of candidates, not a corpus.
 *
 * @example
 * const words = ['coi', 'trong'].map((w, i) => matchWord(searchIndex.quotes, w, i === 1, scores[i]!));
 * holdsTogether(searchIndex.quotes, words, doc); // true when the quote says "coi trọng"
 */
export function holdsTogether(kind: KindIndex, matches: readonly (WordMatch | null)[], doc: number): boolean {
  let fieldWords: Int32Array[] | null = null;
  // A word left out of the search (null: a connector) settles nothing and ends a run.
  const apart = (match: WordMatch | null) => match === null || byPeople(kind, match, doc);
  for (let from = 0; from < matches.length; ) {
    if (apart(matches[from]!)) {
      from++;
      continue;
    }
    let to = from + 1;
    while (to < matches.length && !apart(matches[to]!)) to++;
    if (to - from >= 2) {
      fieldWords ??= foldedFields(kind, doc);
      if (!splits(kind, matches, fieldWords, from, to, 0)) return false;
    }
    from = to;
  }
  return true;
}

/**
 * Most documents whose folded fields are kept per kind. Each keystroke of a query checks mostly
 * the candidates the previous one checked, and folding a meeting told by many articles (one
 * source sentence each) is the costly part of the check; 2,000 documents hold a few MB.
 */
const FOLDED_CACHE_SIZE = 2000;
const foldedByKind = new WeakMap<KindIndex, Map<number, Int32Array[]>>();

/** The term ids of each field's words, in order (-1 for a word not in the vocabulary). */
function foldedFields(kind: KindIndex, doc: number): Int32Array[] {
  let cache = foldedByKind.get(kind);
  if (!cache) foldedByKind.set(kind, (cache = new Map()));
  let fields = cache.get(doc);
  if (fields) {
    // Refresh: a Map iterates in insertion order, so the first key is the least recently used.
    cache.delete(doc);
  } else {
    fields = kind.texts(doc).map((text) => Int32Array.from(searchWords(text), (word) => termIdOf(kind.terms, word)));
    if (cache.size >= FOLDED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(doc, fields);
  return fields;
}

/** True when one of the document's people matches the word (its gain through people). */
function byPeople(kind: KindIndex, match: WordMatch, doc: number): boolean {
  const scores = match.leaderScores;
  if (!scores) return false;
  for (let i = kind.peopleStarts[doc]!, end = kind.peopleStarts[doc + 1]!; i < end; i++) if (scores[kind.people[i]!]! > 0) return true;
  return false;
}

/** Words [from, to) as phrases in fields not yet `used` (a bit per field), in order. */
function splits(kind: KindIndex, matches: readonly (WordMatch | null)[], fieldWords: Int32Array[], from: number, to: number, used: number): boolean {
  if (from === to) return true;
  for (let end = to; end > from; end--) {
    for (let f = 0; f < fieldWords.length; f++) {
      if (used & (1 << f)) continue;
      if (phraseIn(kind, matches, fieldWords[f]!, from, end) && splits(kind, matches, fieldWords, end, to, used | (1 << f))) return true;
    }
  }
  return false;
}

function phraseIn(kind: KindIndex, matches: readonly (WordMatch | null)[], words: Int32Array, from: number, to: number): boolean {
  const length = to - from;
  for (let at = 0; at + length <= words.length; at++) {
    let k = 0;
    while (k < length && words[at + k]! >= 0 && termQuality(kind, matches[from + k]!, words[at + k]!) > 0) k++;
    if (k === length) return true;
  }
  return false;
}
