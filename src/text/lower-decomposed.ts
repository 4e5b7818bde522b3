import { isDiacriticMark } from './char-classes';

/** A character split into its lowercase base and the diacritic marks NFD takes off it. */
export interface DecomposedChar {
  /** Lowercase base, usually one code point; "" never happens for a letter. */
  base: string;
  /** Diacritic marks (see isDiacriticMark) in canonical NFD order, "" when none. */
  marks: string;
}

const cache = new Map<number, DecomposedChar>();

/**
 * Lowercases one code point with the locale-independent `toLowerCase` (a Turkish or Lithuanian
 * browser locale must not change what matches) and splits off its diacritics. Hangul and other
 * characters whose NFD yields no diacritic are kept whole, so only marks ever come off.
 * Results are cached: a page has few distinct characters and NFD is slow per call.
 */
export function lowerDecomposed(cp: number): DecomposedChar {
  const cached = cache.get(cp);
  if (cached) return cached;
  const lower = String.fromCodePoint(cp).toLowerCase();
  const nfd = lower.normalize('NFD');
  let base = '';
  let marks = '';
  for (const ch of nfd) {
    if (isDiacriticMark(ch.codePointAt(0)!)) marks += ch;
    else base += ch;
  }
  if (marks === '') base = lower;
  // Vietnamese text converted from legacy encodings writes Đ as Icelandic Ð (they look the same).
  if (base === 'ð') base = 'đ';
  const result: DecomposedChar = { base, marks };
  cache.set(cp, result);
  return result;
}
