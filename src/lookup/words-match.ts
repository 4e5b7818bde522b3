import { foldForMatching, hasDiacritics, isWordChar } from '../text';

/** Folded texts, per fold level, kept by whoever filters the same texts again and again. */
export type FoldCache = Map<string, string>;

/**
 * A test of whether a text contains the words a reader typed, as a phrase that begins at a word
 * start ("hợp tác" finds "tăng cường hợp tác", "hop t" finds it while still being typed, "op"
 * finds nothing). Typed without diacritics, it matches with or without them (`hop tac` finds
 * "hợp tác"), as the popup's search does; typed with them, the marks count (`họp` finds "cuộc họp"
 * and not "hợp tác": in Vietnamese those are different words). Case, tone-mark placement ("hoà",
 * "hòa") and runs of spaces never count. Returns null for a query with no words: no filter.
 *
 * `cache` keeps each text's fold between calls, so a filter retyped on every keystroke over a
 * leader's hundreds of quotes folds each text once per level.
 *
 * @example
 * wordsMatch('hop tac')?.('Tăng cường hợp tác kinh tế'); // true
 * wordsMatch('họp')?.('hợp tác');                        // false
 * wordsMatch('  ');                                      // null
 */
export function wordsMatch(query: string, cache: FoldCache = new Map()): ((text: string) => boolean) | null {
  const level = hasDiacritics(query) ? 'marked' : 'bare';
  const wanted = foldForMatching(query, level).text.trim();
  if (wanted === '') return null;
  const fold = (text: string): string => {
    const key = `${level}\u0000${text}`;
    let folded = cache.get(key);
    if (folded === undefined) {
      folded = foldForMatching(text, level).text;
      cache.set(key, folded);
    }
    return folded;
  };
  return (text) => {
    const folded = fold(text);
    for (let at = folded.indexOf(wanted); at !== -1; at = folded.indexOf(wanted, at + 1)) {
      const before = at === 0 ? -1 : folded.codePointAt(at - 1)!;
      if (before === -1 || !isWordChar(before)) return true;
    }
    return false;
  };
}
