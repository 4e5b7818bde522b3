import type { LoadedNameTable } from '../names/name-table';

/**
 * A name table that remembers its matcher's answer per text: an article is read twice (once for
 * the names that date it, once for its facts), and its names are found once. Make one per article
 * so the memory is dropped with it.
 *
 * @example
 * const t = memoizedNameTable(table);
 * t.matcher.find(sentence) === t.matcher.find(sentence); // true: the second call is remembered
 */
export function memoizedNameTable(table: LoadedNameTable): LoadedNameTable {
  const memory = new Map<string, ReturnType<LoadedNameTable['matcher']['find']>>();
  const matcher = Object.create(table.matcher) as LoadedNameTable['matcher'];
  matcher.find = (text: string) => {
    let hits = memory.get(text);
    if (!hits) {
      hits = table.matcher.find(text);
      memory.set(text, hits);
    }
    return hits;
  };
  return { meanings: table.meanings, matcher };
}
