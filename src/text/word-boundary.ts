import { isUnspacedScript, isWordChar } from './char-classes';

function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2)!;
  }
  return low;
}

function lastCodePointOf(text: string, start: number, end: number): number {
  return end > start ? codePointBefore(text, end) : -1;
}

/**
 * Whether `text.slice(start, end)` stands as whole words: no letter, digit or combining mark
 * touches it on either side ("Lâm" in "Lâmxyz" does not, "Putin" in "Putinism" does not, "Putin"
 * in "Putin's" does). Vietnamese separates syllables with spaces, so a word boundary is a
 * syllable boundary. Run it on folded text, where NFD marks already sit inside their letters.
 *
 * Lao (and Thai, Khmer, Myanmar) write words without spaces, and telling where a word ends needs
 * a dictionary we cannot ship to every page. A side of the span that begins or ends in such a
 * script is therefore not checked: a multi-syllable Lao name is distinctive enough that it is
 * rarely the inside of another word, and missing it would be worse. A side whose own character
 * is not a word character (a pattern ending in "." or ")") needs no check either.
 *
 *     hasWordBoundaries('ông putin nói', 4, 9)    // true
 *     hasWordBoundaries('putinism', 0, 5)         // false
 */
export function hasWordBoundaries(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = text.codePointAt(start)!;
  if (isWordChar(first) && !isUnspacedScript(first)) {
    const before = codePointBefore(text, start);
    if (before !== -1 && isWordChar(before)) return false;
  }
  const last = lastCodePointOf(text, start, end);
  if (isWordChar(last) && !isUnspacedScript(last)) {
    const after = end < text.length ? text.codePointAt(end)! : -1;
    if (after !== -1 && isWordChar(after)) return false;
  }
  return true;
}

/** The code point ending just before `index` in a buffer of UTF-16 units, or -1 at its start. */
function codePointBeforeIn(units: Uint16Array, index: number): number {
  if (index <= 0) return -1;
  const low = units[index - 1]!;
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = units[index - 2]!;
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point starting at `index` in a buffer of `length` UTF-16 units, or -1 past its end. */
function codePointAtIn(units: Uint16Array, length: number, index: number): number {
  if (index >= length) return -1;
  const high = units[index]!;
  if (high >= 0xd800 && high <= 0xdbff && index + 1 < length) {
    const low = units[index + 1]!;
    if (low >= 0xdc00 && low <= 0xdfff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return high;
}

/**
 * `hasWordBoundaries` over the first `length` units of a buffer (a fold the matcher never turned
 * into a string), same rules.
 *
 *     hasWordBoundariesIn(units, length, start, end) === hasWordBoundaries(asString, start, end)
 */
export function hasWordBoundariesIn(units: Uint16Array, length: number, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = codePointAtIn(units, length, start);
  if (isWordChar(first) && !isUnspacedScript(first)) {
    const before = codePointBeforeIn(units, start);
    if (before !== -1 && isWordChar(before)) return false;
  }
  const last = codePointBeforeIn(units, end);
  if (isWordChar(last) && !isUnspacedScript(last)) {
    const after = codePointAtIn(units, length, end);
    if (after !== -1 && isWordChar(after)) return false;
  }
  return true;
}
