import { describe, expect, it, test } from 'vitest';
import { hasWordBoundaries } from '../../src/text/word-boundary';

function spanOf(text: string, word: string): [number, number] {
  const start = text.indexOf(word);
  return [start, start + word.length];
}

describe('hasWordBoundaries', () => {
  test.each([
    ['ông putin nói', 'putin'],
    ['putin', 'putin'],
    ["putin's visit", 'putin'],
    ['(tô lâm)', 'tô lâm'],
    ['ທ່ານທອງລຸນກ່າວ', 'ທອງລຸນ'],
    ['ông putin.x', 'putin.'],
  ])('accepts %j around %j', (text, word) => {
    expect(hasWordBoundaries(text, ...spanOf(text, word))).toBe(true);
  });

  test.each([
    ['putinism', 'putin'],
    ['lâmxyz', 'lâm'],
    ['xlâm', 'lâm'],
    ['putin2', 'putin'],
    ['putin\u0301', 'putin'],
  ])('rejects %j around %j', (text, word) => {
    expect(hasWordBoundaries(text, ...spanOf(text, word))).toBe(false);
  });

  it('rejects an empty span', () => {
    expect(hasWordBoundaries('abc', 1, 1)).toBe(false);
  });

  it('sees an astral letter before the span as a letter', () => {
    expect(hasWordBoundaries('𝐀lam', 2, 5)).toBe(false);
  });
});
