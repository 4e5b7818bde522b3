import { FIELD_BREAK, type KindIndex } from './search-index';
import type { WordMatch } from './search-word';

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
  let fields: number[] | null = null;
  for (let from = 0; from < matches.length; ) {
    // A word left out of the search (null: a connector) settles nothing and ends a run.
    if (settled(kind, matches[from]!, doc)) {
      from++;
      continue;
    }
    let to = from + 1;
    while (to < matches.length && !settled(kind, matches[to]!, doc)) to++;
    if (to - from >= 2) {
      fields ??= fieldRanges(kind, doc);
      if (!splits(runMasks(kind, matches, doc, from, to), fields, 0, to - from, 0)) return false;
    }
    from = to;
  }
  return true;
}

/** A word that belongs to no run: left out of the search (null), or matched by a person of the document. */
function settled(kind: KindIndex, match: WordMatch | null, doc: number): boolean {
  return match === null || byPeople(kind, match, doc);
}

/**
 * [start, end) of each field of the document, flat (start, end, start, end, …), as positions
 * counted from the document's first word.
 */
function fieldRanges(kind: KindIndex, doc: number): number[] {
  const ranges: number[] = [];
  const first = kind.wordStarts[doc]!;
  const end = kind.wordStarts[doc + 1]!;
  let start = first;
  for (let i = start; i <= end; i++) {
    if (i === end || kind.words[i] === FIELD_BREAK) {
      ranges.push(start - first, i - first);
      start = i + 1;
    }
  }
  return ranges;
}

/**
 * Per word of the document, which words of the run [from, to) match it: a bit set per position,
 * `stride` 32-bit words long, bit k for run word k. One pass over the document's words per run
 * word, so each word of the run is compared with each word of the document once, however the
 * run is split (`splits` tries many ways).
 *
 * A word matches where its (term, field) entry gains something (`WordMatch.gains`): the document
 * holds that entry, so its rarity weight is above 0, and the gain is 0 exactly where the term's
 * quality for the word is (`termQuality`). Written into a buffer kept between calls.
 */
function runMasks(kind: KindIndex, matches: readonly (WordMatch | null)[], doc: number, from: number, to: number): { masks: Uint32Array; stride: number } {
  const first = kind.wordStarts[doc]!;
  const length = kind.wordStarts[doc + 1]! - first;
  const stride = (to - from + 31) >>> 5;
  if (maskBuffer.length < length * stride) maskBuffer = new Uint32Array(Math.max(length * stride, 2 * maskBuffer.length));
  const masks = maskBuffer;
  masks.fill(0, 0, length * stride);
  const fields = kind.boosts.length;
  for (let k = 0; k < to - from; k++) {
    const { gains } = matches[from + k]!;
    const slot = k >>> 5;
    const bit = 1 << (k & 31);
    for (let i = 0, field = 0; i < length; i++) {
      const term = kind.words[first + i]!;
      if (term === FIELD_BREAK) field++;
      else if (gains[term * fields + field]! > 0) masks[i * stride + slot]! |= bit;
    }
  }
  return { masks, stride };
}

let maskBuffer = new Uint32Array(256);

/** True when one of the document's people matches the word (its gain through people). */
function byPeople(kind: KindIndex, match: WordMatch, doc: number): boolean {
  const scores = match.leaderScores;
  if (!scores) return false;
  for (let i = kind.peopleStarts[doc]!, end = kind.peopleStarts[doc + 1]!; i < end; i++) if (scores[kind.people[i]!]! > 0) return true;
  return false;
}

/** Run words [from, to) (bits of `masks`) as phrases in fields not yet `used` (a bit per field), in order. */
function splits(run: { masks: Uint32Array; stride: number }, fields: readonly number[], from: number, to: number, used: number): boolean {
  if (from === to) return true;
  for (let end = to; end > from; end--) {
    for (let f = 0; 2 * f < fields.length; f++) {
      if (used & (1 << f)) continue;
      if (phraseIn(run, fields[2 * f]!, fields[2 * f + 1]!, from, end) && splits(run, fields, end, to, used | (1 << f))) return true;
    }
  }
  return false;
}

/** Whether run words [from, to) stand one after another somewhere in positions [start, end). */
function phraseIn({ masks, stride }: { masks: Uint32Array; stride: number }, start: number, end: number, from: number, to: number): boolean {
  const length = to - from;
  for (let at = start; at + length <= end; at++) {
    let k = 0;
    while (k < length && (masks[(at + k) * stride + ((from + k) >>> 5)]! & (1 << ((from + k) & 31))) !== 0) k++;
    if (k === length) return true;
  }
  return false;
}
