/**
 * Whether two written names are one name spelt otherwise: transliterations ("Thongla Sisolith" for
 * Thongloun Sisoulith), a letter dropped ("Muray McCully"), a name the press shortened. Shared by
 * the mentions' reading of a titled name as its office's holder (find-mentions.ts) and the second
 * reading's test of whether an article names a person found in the corpus (reread-article.ts).
 */

/**
 * Whether a folded name is a folded form spelt otherwise: within an edit or two of it (two from
 * twelve letters), or word by word as {@link sameWordsLoosely} says.
 */
export function spelledAlike(form: string, written: string): boolean {
  return closeSpelling(form, written) || sameWordsLoosely(form, written);
}

/** Whether a folded name is within an edit of a folded form, or two edits from twelve letters written. */
export function closeSpelling(form: string, written: string): boolean {
  const slack = written.length >= 12 ? 2 : 1;
  return editDistance(form, written, slack) <= slack;
}

/**
 * Whether a folded name of two words or more is a folded form with words left out: its first word
 * the form's, the rest the form's in order ("salvador valdes" of "salvador valdes mesa", "anura
 * dissanayake" of "anura kumara dissanayake").
 */
export function isShortenedName(form: string, written: string): boolean {
  const a = form.split(/\s+/u);
  const b = written.split(/\s+/u);
  if (b.length < 2 || b.length >= a.length || a[0] !== b[0]) return false;
  let k = 1;
  for (const word of a.slice(1)) if (k < b.length && word === b[k]) k++;
  return k === b.length;
}

/**
 * Whether two folded names have as many words, each pair begun with the same three letters and
 * apart by at most a third of the longer word's letters: transliterations of one name ("thongla
 * sisolith", "thongloun sisoulith"), not another person's.
 */
export function sameWordsLoosely(form: string, written: string): boolean {
  const a = form.split(/\s+/u);
  const b = written.split(/\s+/u);
  if (a.length !== b.length || a.length < 2) return false;
  return a.every((w, i) => {
    const v = b[i]!;
    const limit = Math.floor(Math.max(w.length, v.length) / 3);
    return w.slice(0, 3) === v.slice(0, 3) && editDistance(w, v, limit) <= limit;
  });
}

/** Levenshtein distance of `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let k = 1; k <= b.length; k++) {
      next[k] = Math.min(row[k]! + 1, next[k - 1]! + 1, row[k - 1]! + (a[i - 1] === b[k - 1] ? 0 : 1));
    }
    if (Math.min(...next) > limit) return limit + 1;
    row = next;
  }
  return row[b.length]!;
}
