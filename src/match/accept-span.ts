import { foldBare } from '../text/fold-bare';
import { foldMarked } from '../text/fold-marked';
import { isWrittenAsProperName } from '../text/proper-name-casing';

/**
 * Whether an original span whose bare fold equals a pattern's is really that name.
 *
 * - A span written with diacritics must carry the pattern's own (tone placement aside): "tổ lâm"
 *   and "tô làm" are ordinary words, not "Tô Lâm"; a diacritic-free pattern ("Putin") does not
 *   match a span with diacritics.
 * - A span without any diacritic matches a diacritic-free pattern as usual, case-insensitively.
 * - A span without any diacritic matches a pattern WITH diacritics only when written as a name
 *   ("To Lam", "TO LAM"): English pages drop diacritics, but in Vietnamese text "to lam" could be
 *   many ordinary words.
 *
 * `patternMarked` is the pattern's marked fold, or "" when the pattern has no diacritics.
 */
export function acceptSpan(span: string, patternMarked: string): boolean {
  const marked = foldMarked(span).text;
  const spanHasDiacritics = marked !== foldBare(span).text;
  if (spanHasDiacritics) return patternMarked !== '' && marked === patternMarked;
  return patternMarked === '' || isWrittenAsProperName(span);
}
