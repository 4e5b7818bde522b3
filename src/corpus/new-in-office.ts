import type { LanguageRules } from './language-rules';
import { matchesOf } from '../text/matches-of';

/** A span of a sentence: where a titled leader is named. */
export interface Span {
  start: number;
  end: number;
}

/** A run of capitalised words: a name, or a title written in capitals ("Hùng Ba", "Prime Minister Hun Manet"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/**
 * Whether a sentence says that one of its titled leaders has just taken office: a new-in-office
 * phrase ("trên cương vị mới", "took office", "tân", "newly elected") unless the name nearest it,
 * on the side the language writes it (after "tân" and "newly elected", before the others), is
 * someone else's. A name there is a run of capitalised words that is either where a titled leader
 * is named (`titled`: then the phrase is theirs) or of two words or more (a person the sentence
 * names otherwise: "Đại sứ Hùng Ba"); a lone capitalised word ("Ông", "Chủ" of "Chủ tịch") is not.
 * With no name on that side, the phrase still counts, as it always did. Year inference takes the
 * first year that fits only when this holds: in "Bộ trưởng X chúc mừng Đại sứ Y trên cương vị mới"
 * the one new in office is the ambassador, and the minister's year stays open.
 *
 * @example
 * saysNewInOffice('Bộ trưởng X chúc mừng Đại sứ Hùng Ba trên cương vị mới.', [{ start: 0, end: 11 }], rulesFor('vi')) // false
 * saysNewInOffice('Chủ tịch nước Lương Cường trên cương vị mới.', [{ start: 0, end: 25 }], rulesFor('vi'))          // true
 */
export function saysNewInOffice(sentence: string, titled: readonly Span[], rules: LanguageRules): boolean {
  if (titled.length === 0 || !rules.newInOffice.test(sentence)) return false;
  const isTitled = (r: Span): boolean => titled.some((t) => t.start < r.end && r.start < t.end);
  const names = [...matchesOf(sentence, CAPITALISED_RUN)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, words: m[0].split(/\s+/u).length }))
    .filter((r) => r.words >= 2 || isTitled(r));
  for (const phrase of matchesOf(sentence, rules.newInOfficeEach)) {
    const start = phrase.index;
    const end = start + phrase[0].length;
    const nameAfter = rules.newInOfficeBeforeName.test(phrase[0].trim());
    const name = nameAfter ? names.find((r) => r.start >= end) : names.filter((r) => r.end <= start).at(-1);
    if (name === undefined || isTitled(name)) return true;
  }
  return false;
}
