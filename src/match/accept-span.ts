import { foldMarked } from '../text/fold-marked';
import { hasDiacritics } from '../text/has-diacritics';
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
  if (!hasDiacritics(span)) return patternMarked === '' || isWrittenAsProperName(span);
  return patternMarked !== '' && markedFoldOf(span) === patternMarked;
}

// A page names the same few people again and again; folding each occurrence anew is the main
// cost of a match. Bounded so a long-lived content script does not grow without limit.
const MAX_REMEMBERED = 4096;
const remembered = new Map<string, string>();

function markedFoldOf(span: string): string {
  let folded = remembered.get(span);
  if (folded === undefined) {
    folded = foldMarked(span).text;
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(span, folded);
  }
  return folded;
}
