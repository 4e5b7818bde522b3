import { isDiacriticMark, isIgnorable, isSpace, isWordChar } from './char-classes';
import { FoldedTextBuilder, type FoldedText } from './folded-text';
import { lowerDecomposed } from './lower-decomposed';
import { placeToneCanonically, type LetterCluster } from './vietnamese-tone-placement';

const SPACE = 0x20;

interface PendingCluster extends LetterCluster {
  start: number;
  end: number;
}

const composed = new Map<string, string>();

function compose(s: string): string {
  let hit = composed.get(s);
  if (hit === undefined) {
    hit = s.normalize('NFC');
    composed.set(s, hit);
  }
  return hit;
}

/**
 * Folds text keeping its diacritics: lowercase, NFC, one canonical tone placement per Vietnamese
 * syllable ("hoà" and "hòa" both give "hòa"), Ð → đ, any run of Unicode whitespace → one space,
 * zero-width characters and soft hyphens dropped. Two spellings of one word fold equal; words
 * that differ only in their marks ("tổ", "tô") stay different.
 *
 *     foldMarked('Hoà  Bình').text          // 'hòa bình'
 *     foldMarked('THUỶ\u200b').text         // 'thủy'
 */
export function foldMarked(text: string): FoldedText {
  const out = new FoldedTextBuilder(text.length + 1);
  let word: PendingCluster[] = [];

  const flushWord = (): void => {
    if (word.length === 0) return;
    placeToneCanonically(word);
    for (const c of word) out.pushString(compose(c.base + c.marks), c.start, c.end);
    word = [];
  };

  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const next = i + width;
    if (isIgnorable(cp)) {
      // Dropped: "Lâ\u200bm" is one word.
    } else if (isSpace(cp)) {
      flushWord();
      if (out.lastUnit() === SPACE) out.extendLast(next);
      else out.push(SPACE, i, next);
    } else if (isDiacriticMark(cp)) {
      const last = word[word.length - 1];
      if (last) {
        last.marks += String.fromCodePoint(cp);
        last.end = next;
      } else {
        // A mark with no letter to sit on (after a space or punctuation) is kept as written.
        out.pushString(String.fromCodePoint(cp), i, next);
      }
    } else if (isWordChar(cp)) {
      const { base, marks } = lowerDecomposed(cp);
      word.push({ base, marks, start: i, end: next });
    } else {
      flushWord();
      out.pushString(compose(lowerDecomposed(cp).base + lowerDecomposed(cp).marks), i, next);
    }
    i = next;
  }
  flushWord();
  return out.build();
}
