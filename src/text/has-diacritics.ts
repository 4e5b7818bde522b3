import { isDiacriticMark } from './char-classes';
import { lowerDecomposed } from './lower-decomposed';

function carriesDiacritic(cp: number): boolean {
  if (isDiacriticMark(cp)) return true;
  const { base, marks } = lowerDecomposed(cp);
  return marks !== '' || base === 'đ';
}

// Asked of every name found on a page: one byte per BMP character (0 unknown, 1 no, 2 yes)
// instead of a cache lookup per character.
const bmp = new Uint8Array(0x10000);

/**
 * Whether any character of `text` carries a diacritic (precomposed or as a combining mark) or is
 * đ/Đ: whether its marked and bare folds differ, without building either.
 *
 *     hasDiacritics('Tô Lâm')   // true
 *     hasDiacritics('To Lam')   // false
 */
export function hasDiacritics(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0xd800 || unit > 0xdfff) {
      let known = bmp[unit]!;
      if (known === 0) {
        known = carriesDiacritic(unit) ? 2 : 1;
        bmp[unit] = known;
      }
      if (known === 2) return true;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (carriesDiacritic(cp)) return true;
  }
  return false;
}
