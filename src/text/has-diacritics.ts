import { isDiacriticMark } from './char-classes';
import { lowerDecomposed } from './lower-decomposed';

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
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isDiacriticMark(cp)) return true;
    const { base, marks } = lowerDecomposed(cp);
    if (marks !== '' || base === 'đ') return true;
  }
  return false;
}
