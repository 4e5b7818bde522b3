import { isDiacriticMark, isIgnorable, isSpace } from './char-classes';
import { FoldedTextBuilder, type FoldedText } from './folded-text';
import { lowerDecomposed } from './lower-decomposed';

const SPACE = 0x20;
const IGNORED = '';
const SPACE_RUN = ' ';
const ATTACHED_MARK = '\u0300';

const bareCache = new Map<number, string>();
// A plain array indexed by code unit: faster than the Map for the BMP, where nearly all text is.
const bareBmp: (string | undefined)[] = new Array<string | undefined>(0x10000);

/**
 * What one non-ASCII code point folds to: a string to emit, or one of the three sentinels above.
 * Cached because a page repeats a few hundred distinct characters a million times, and the
 * Unicode-property tests behind them are regular expressions.
 */
function bareFoldOf(cp: number): string {
  let folded = cp <= 0xffff ? bareBmp[cp] : bareCache.get(cp);
  if (folded !== undefined) return folded;
  if (isIgnorable(cp)) folded = IGNORED;
  else if (isSpace(cp)) folded = SPACE_RUN;
  else if (isDiacriticMark(cp)) folded = ATTACHED_MARK;
  else {
    const base = lowerDecomposed(cp).base;
    folded = base === 'đ' ? 'd' : base;
  }
  if (cp <= 0xffff) bareBmp[cp] = folded;
  else bareCache.set(cp, folded);
  return folded;
}

/**
 * Folds text for diacritic-free comparison: lowercase, every diacritic removed (NFC or NFD input
 * alike), đ → d, any run of Unicode whitespace → one space, zero-width characters and soft
 * hyphens dropped. Marks of scripts such as Lao are kept: they are part of the spelling there.
 * This is the hot path of matching a whole page, so ASCII takes a fast lane.
 *
 *     foldBare('Tổng Bí thư\u00a0Tô Lâm').text   // 'tong bi thu to lam'
 *     foldBare('Đ\u00adỗ').text                  // 'do'
 */
export function foldBare(text: string): FoldedText {
  const out = new FoldedTextBuilder(text.length + 1);
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (unit === SPACE || (unit >= 0x09 && unit <= 0x0d)) {
        if (out.lastUnit() === SPACE) out.extendLast(i + 1);
        else out.push(SPACE, i, i + 1);
      } else {
        out.push(unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit, i, i + 1);
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = bareFoldOf(cp);
    if (folded === IGNORED) {
      // Dropped without extending anything: a match must not end on an invisible character.
    } else if (folded === SPACE_RUN) {
      if (out.lastUnit() === SPACE) out.extendLast(i + width);
      else out.push(SPACE, i, i + width);
    } else if (folded === ATTACHED_MARK) {
      // NFD input: the mark belongs to the letter before it.
      if (out.lastUnit() !== SPACE) out.extendLast(i + width);
    } else if (folded.length === 1) {
      out.push(folded.charCodeAt(0), i, i + width);
    } else {
      out.pushString(folded, i, i + width);
    }
    i += width;
  }
  return out.build();
}
