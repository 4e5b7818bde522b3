/**
 * Turns descriptor word lists into RegExp source: longest phrase first (so "hội đàm trực tuyến"
 * wins over "hội đàm"), special characters escaped, a space matching any run of spaces. Word
 * boundaries are written by hand because `\b` does not know Vietnamese letters.
 *
 * @example wordAlternation(['hội đàm', 'hội đàm trực tuyến']) // 'hội\\s+đàm\\s+trực\\s+tuyến|hội\\s+đàm'
 */
export function wordAlternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.trim() !== '');
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (unique.length === 0) return '(?!)';
  return unique.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
}

/** A case-insensitive RegExp for any of `words` standing as whole words; group 1 is the word. */
export function wordRegExp(words: Iterable<string>, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${wordAlternation(words)})(?![\\p{L}\\p{M}\\p{N}])`, flags);
}
