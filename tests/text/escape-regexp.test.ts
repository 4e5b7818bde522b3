import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/escape-regexp';

describe('escapeRegExp', () => {
  it('makes every syntax character and "/" match as written, with and without the u flag', () => {
    const text = 'a^b$c\\d.e*f+g?h(i)j[k]l{m}n|o/p-q';
    for (const flags of ['', 'u', 'iu']) {
      const re = new RegExp(`^${escapeRegExp(text)}$`, flags);
      expect(re.test(text)).toBe(true);
      expect(re.test(text.replace('.', 'x'))).toBe(false);
    }
  });

  it('leaves other characters as they are', () => {
    expect(escapeRegExp('Tô Lâm - U.S.')).toBe('Tô Lâm - U\\.S\\.');
  });
});
