import { isIgnorable } from './char-classes';

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function hasCase(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * Whether a span is written the way a name is: every word's first cased letter is uppercase
 * ("To Lam", "Luong Cuong"; ALL CAPS "TO LAM" qualifies too). English pages write Vietnamese
 * names without diacritics, and that is the only sign telling "To Lam" the person from "to lam",
 * which in diacritic-free Vietnamese is any of "tổ lâm", "tô làm", … Words without cased letters
 * (Lao script, digits) do not count against it; a span with no cased letter at all is not a name.
 *
 *     isWrittenAsProperName('Luong Cuong')   // true
 *     isWrittenAsProperName('to lam')        // false
 */
export function isWrittenAsProperName(span: string): boolean {
  let sawCased = false;
  for (const word of span.split(/\s+/u)) {
    for (const ch of word) {
      if (isIgnorable(ch.codePointAt(0)!) || !hasCase(ch)) continue;
      if (!isUpper(ch)) return false;
      sawCased = true;
      break;
    }
  }
  return sawCased;
}
