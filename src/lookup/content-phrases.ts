import { FIELD_BREAK, type KindIndex } from './search-index';
import { termQuality, type WordMatch } from './search-word';

/**
 * Whether a meeting or quote holds the query's words *together*, not just somewhere. Words that
 * the document matches through a person taking part in it (see leader-cover.ts) are settled; the
 * others, taken in runs of consecutive query words, must each be a phrase of the document's text:
 * consecutive words of one field, in the query's order (the last one still a prefix while typed).
 * A run may be split across different fields ("hội đàm" in the kind, "hà nội" in the place), but
 * never into pieces of the same field: a long source sentence holds "Nguyễn", "văn" and "anh" far
 * apart, and finding them there is not finding "Nguyễn Văn A". A single word needs only to be there.
 *
 * `matches` has null for a word the search left out (a connector): it belongs to no run. Reads the
 * document's words in order (`KindIndex.words`), so a check costs the document's length.
 *
 * @example
 * const words = ['coi', 'trong'].map((w, i) => matchWord(searchIndex.quotes, w, i === 1, scores[i]!));
 * holdsTogether(searchIndex.quotes, words, doc); // true when the quote says "coi trọng"
 */
export function holdsTogether(kind: KindIndex, matches: readonly (WordMatch | null)[], doc: number): boolean {
  let fields: [number, number][] | null = null;
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
      fields ??= fieldRanges(kind, doc);
      if (!splits(kind, matches, fields, from, to, 0)) return false;
    }
    from = to;
  }
  return true;
}

/** [start, end) in `kind.words` of each field of the document. */
function fieldRanges(kind: KindIndex, doc: number): [number, number][] {
  const ranges: [number, number][] = [];
  const end = kind.wordStarts[doc + 1]!;
  let start = kind.wordStarts[doc]!;
  for (let i = start; i <= end; i++) {
    if (i === end || kind.words[i] === FIELD_BREAK) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  return ranges;
}

/** True when one of the document's people matches the word (its gain through people). */
function byPeople(kind: KindIndex, match: WordMatch, doc: number): boolean {
  const scores = match.leaderScores;
  if (!scores) return false;
  for (let i = kind.peopleStarts[doc]!, end = kind.peopleStarts[doc + 1]!; i < end; i++) if (scores[kind.people[i]!]! > 0) return true;
  return false;
}

/** Words [from, to) as phrases in fields not yet `used` (a bit per field), in order. */
function splits(kind: KindIndex, matches: readonly (WordMatch | null)[], fields: [number, number][], from: number, to: number, used: number): boolean {
  if (from === to) return true;
  for (let end = to; end > from; end--) {
    for (let f = 0; f < fields.length; f++) {
      if (used & (1 << f)) continue;
      if (phraseIn(kind, matches, fields[f]!, from, end) && splits(kind, matches, fields, end, to, used | (1 << f))) return true;
    }
  }
  return false;
}

function phraseIn(kind: KindIndex, matches: readonly (WordMatch | null)[], [start, end]: [number, number], from: number, to: number): boolean {
  const length = to - from;
  for (let at = start; at + length <= end; at++) {
    let k = 0;
    while (k < length && termQuality(kind, matches[from + k]!, kind.words[at + k]!) > 0) k++;
    if (k === length) return true;
  }
  return false;
}
