import { describe, expect, it, test } from 'vitest';
import { hasWordBoundaries, hasWordBoundariesIn } from '../../src/text/word-boundary';

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

describe('hasWordBoundariesIn', () => {
  const unitsOf = (text: string): Uint16Array => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

  test.each([
    ['ông putin nói', 'putin', true],
    ['putinism', 'putin', false],
    ['xlâm', 'lâm', false],
    ['(tô lâm)', 'tô lâm', true],
    ['ທ່ານທອງລຸນກ່າວ', 'ທອງລຸນ', true],
  ])('agrees with hasWordBoundaries on %j around %j', (text, word, expected) => {
    const [start, end] = spanOf(text, word);
    expect(hasWordBoundariesIn(unitsOf(text), text.length, start, end)).toBe(expected);
  });

  it('reads astral letters on both sides as letters', () => {
    const before = unitsOf('𝐀lam');
    expect(hasWordBoundariesIn(before, before.length, 2, 5)).toBe(false);
    const after = unitsOf('lam𝐀');
    expect(hasWordBoundariesIn(after, after.length, 0, 3)).toBe(false);
  });

  it('ignores units past `length` (a reused buffer holds stale ones)', () => {
    const units = unitsOf('putinism');
    expect(hasWordBoundariesIn(units, 5, 0, 5)).toBe(true);
  });
});
