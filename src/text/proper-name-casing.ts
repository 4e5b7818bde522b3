import { isIgnorable, isSpace } from './char-classes';

const UNCASED = 1;
const UPPER = 2;
const LOWER = 3;

// Asked of every diacritic-free name on an English page: one byte per BMP character instead of
// two case conversions (and strings) per character.
const bmpCase = new Uint8Array(0x10000);

function caseOf(cp: number): number {
  if (cp <= 0xffff) {
    const known = bmpCase[cp]!;
    if (known !== 0) return known;
  }
  const ch = String.fromCodePoint(cp);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  const c = lower === upper ? UNCASED : ch !== lower && ch === upper ? UPPER : LOWER;
  if (cp <= 0xffff) bmpCase[cp] = c;
  return c;
}

/**
 * Whether a span is written the way a name is: every word's first cased letter is uppercase
 * ("To Lam", "Luong Cuong"; ALL CAPS "TO LAM" qualifies too). English pages write Vietnamese
 * names without diacritics, and that is the only sign telling "To Lam" the person from "to lam",
 * which in diacritic-free Vietnamese is any of "tổ lâm", "tô làm", … Words without cased letters
 * (Lao script, digits) do not count against it; a span with no cased letter at all is not a name.
 * Words are split at whatever `\s` matches in a RegExp (U+FEFF included).
 *
 *     isWrittenAsProperName('Luong Cuong')   // true
 *     isWrittenAsProperName('to lam')        // false
 */
export function isWrittenAsProperName(span: string): boolean {
  let sawCased = false;
  let lookingAtWord = true; // still looking for the current word's first cased letter
  for (let i = 0; i < span.length; i++) {
    let cp = span.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = span.codePointAt(i)!;
      if (cp > 0xffff) i++;
    }
    if (cp === 0xfeff || isSpace(cp)) {
      lookingAtWord = true;
      continue;
    }
    if (!lookingAtWord || isIgnorable(cp)) continue;
    const c = caseOf(cp);
    if (c === UNCASED) continue;
    if (c !== UPPER) return false;
    sawCased = true;
    lookingAtWord = false;
  }
  return sawCased;
}

/**
 * Whether the letter at `at` starts a word as a name does: a capital ("Chính", "Путин"), or a
 * letter of a script without case ("ທອງລຸນ", "习近平"), never a lowercase one ("chính" the word).
 * The matcher and the short-form rule both ask it.
 */
export function startsAsName(text: string, at: number): boolean {
  const cp = text.codePointAt(at);
  return cp !== undefined && caseOf(cp) !== LOWER;
}
