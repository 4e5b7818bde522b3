/**
 * Character classes the folding and boundary code agree on. Every function takes a code point
 * (not a UTF-16 unit) so astral letters are classified like any other.
 */

/**
 * Invisible characters pages put inside words: zero-width space/non-joiner/joiner, word joiner,
 * BOM used as a zero-width no-break space, soft hyphen (CMS hyphenation), and the bidi marks
 * left by copy-paste from right-to-left layouts. They are dropped, so "Tô\u200BLâm" reads "TôLâm".
 */
export function isIgnorable(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0xfeff ||
    cp === 0x2060 ||
    cp === 0x00ad ||
    cp === 0x180e
  );
}

/**
 * Unicode-property regular expressions cost about a microsecond per call, and a page repeats a
 * few hundred distinct characters a million times, so each class remembers its BMP answers.
 */
function memoisedBmp(test: (cp: number) => boolean): (cp: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes
  return (cp) => {
    if (cp > 0xffff) return test(cp);
    let answer = known[cp]!;
    if (answer === 0) {
      answer = test(cp) ? 2 : 1;
      known[cp] = answer;
    }
    return answer === 2;
  };
}

const SPACE = /\s/u;
const isNonAsciiSpace = memoisedBmp((cp) => SPACE.test(String.fromCodePoint(cp)));

/** Any Unicode space or line break (NBSP, thin space, ideographic space, …); U+FEFF is ignorable, not a space. */
export function isSpace(cp: number): boolean {
  if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return true;
  if (cp < 0x80 || cp === 0xfeff) return false;
  return isNonAsciiSpace(cp);
}

/**
 * Combining marks from the diacritic blocks: what NFD splits off Latin, Greek and Cyrillic letters
 * (Vietnamese tones and vowel marks, й's breve, ё's diaeresis). Marks of other scripts (Lao vowel
 * signs and tones) are letters of their words, not decoration, so they are not in this class.
 */
export function isDiacriticMark(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isNonAsciiWordChar = memoisedBmp((cp) => WORD_CHAR.test(String.fromCodePoint(cp)));

/** A letter, digit or combining mark in any script: what a name may not touch on either side. */
export function isWordChar(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  }
  return isNonAsciiWordChar(cp);
}

const LETTER = /\p{L}/u;
const isNonAsciiLetter = memoisedBmp((cp) => LETTER.test(String.fromCodePoint(cp)));

/** A letter in any script. */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return isNonAsciiLetter(cp);
}

/**
 * Scripts written without spaces between words (Lao, Thai, Khmer, Myanmar). Word boundaries there
 * need a dictionary, which the page has no room for, so names in these scripts are matched without
 * a boundary check (see word-boundary.ts).
 */
export function isUnspacedScript(cp: number): boolean {
  return (
    (cp >= 0x0e00 && cp <= 0x0eff) || // Thai U+0E00–0E7F, Lao U+0E80–0EFF
    (cp >= 0x1000 && cp <= 0x109f) || // Myanmar
    (cp >= 0x1780 && cp <= 0x17ff) // Khmer
  );
}
