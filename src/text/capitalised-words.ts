/**
 * Capitalised words standing alone ("Bình", "Anwar"; not "McCain", "bình", "ĐÀ"), found by one
 * pass over a text's code points.
 *
 * The corpus engine looks for given names among a sentence's capitalised words, in every sentence
 * of an article once someone is named (find-mentions.ts). As a regular expression,
 * `(?<![\p{L}\p{M}])[\p{Lu}][\p{Ll}\p{M}]+(?![\p{L}\p{M}])` with the `gu` flags, that scan cost
 * a Unicode-class test at every position and an exec call per word, about 3% of the build.
 */

/** The pattern whose matches {@link forEachCapitalisedWord} visits. */
export const CAPITALISED_WORD_PATTERN = /(?<![\p{L}\p{M}])[\p{Lu}][\p{Ll}\p{M}]+(?![\p{L}\p{M}])/gu;

/**
 * Calls `visit(start, end)` for each match of {@link CAPITALISED_WORD_PATTERN} in `text`, in order:
 * an uppercase letter with no letter or mark before it, then one or more lowercase letters or
 * marks, then no letter or mark (UTF-16 offsets, code points read whole as the `u` flag reads them).
 *
 * @example
 * const words: string[] = [];
 * forEachCapitalisedWord('Ông Anwar met McCain', (s, e) => words.push('Ông Anwar met McCain'.slice(s, e)));
 * words; // ['Ông', 'Anwar']
 */
export function forEachCapitalisedWord(text: string, visit: (start: number, end: number) => void): void {
  let previous = NONE; // the class of the code point before `i`
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const kind = classOf(cp);
    const next = i + (cp > 0xffff ? 2 : 1);
    if (kind === UPPER && previous === NONE) {
      // The uppercase letter, then the longest run of lowercase letters and marks after it.
      let end = next;
      let after = NONE;
      while (end < text.length) {
        const c = text.codePointAt(end)!;
        after = classOf(c);
        if (after !== LOWER_OR_MARK) break;
        end += c > 0xffff ? 2 : 1;
        after = NONE;
      }
      // A shorter run would end before a lowercase letter or mark: no match there either.
      if (end > next && after === NONE) {
        visit(i, end);
        // The regex goes on from the match's end, where no letter or mark stands.
        i = end;
        previous = LOWER_OR_MARK;
        continue;
      }
    }
    previous = kind === NONE ? NONE : LETTER_OR_MARK;
    i = next;
  }
}

/** Neither a letter nor a mark. */
const NONE = 0;
/** `\p{Lu}`. */
const UPPER = 1;
/** `\p{Ll}` or `\p{M}`. */
const LOWER_OR_MARK = 2;
/** Any other letter (`\p{Lt}`, `\p{Lm}`, `\p{Lo}`): a letter, neither uppercase nor lowercase. */
const LETTER_OR_MARK = 3;

const IS_UPPER = /\p{Lu}/u;
const IS_LOWER_OR_MARK = /[\p{Ll}\p{M}]/u;
const IS_LETTER = /\p{L}/u;

/** The BMP's classes, 0 for not yet asked, else the class plus one. */
const bmpClasses = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return LOWER_OR_MARK;
    if (cp >= 0x41 && cp <= 0x5a) return UPPER;
    return NONE;
  }
  if (cp > 0xffff) return classify(cp);
  let known = bmpClasses[cp]!;
  if (known === 0) bmpClasses[cp] = known = classify(cp) + 1;
  return known - 1;
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (IS_UPPER.test(ch)) return UPPER;
  if (IS_LOWER_OR_MARK.test(ch)) return LOWER_OR_MARK;
  return IS_LETTER.test(ch) ? LETTER_OR_MARK : NONE;
}
