import { describe, expect, it, test } from 'vitest';
import { normalizeTonePlacement, placeToneCanonically } from '../../src/text/vietnamese-tone-placement';

describe('normalizeTonePlacement', () => {
  test.each([
    ['hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['Thuỷ', 'Thủy'],
    ['Thủy', 'Thủy'],
    ['khoẻ', 'khỏe'],
    ['khỏe', 'khỏe'],
    ['thuý', 'thúy'],
    ['loà', 'lòa'],
    ['hoàng', 'hoàng'],
    ['toán', 'toán'],
    ['quý', 'quý'],
    ['quốc', 'quốc'],
    ['giá', 'giá'],
    ['gìn', 'gìn'],
    ['nghĩa', 'nghĩa'],
    ['người', 'người'],
    ['mưa', 'mưa'],
    ['ngoài', 'ngoài'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
  ])('writes %j as %j', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected);
  });

  it('treats NFD input like NFC', () => {
    expect(normalizeTonePlacement('hoa\u0300')).toBe('hòa');
  });

  it('leaves words that are not one Vietnamese syllable alone', () => {
    expect(normalizeTonePlacement('José café')).toBe('José café');
  });

  it('keeps punctuation and spacing', () => {
    expect(normalizeTonePlacement('Hoà Bình, thuỷ lợi!')).toBe('Hòa Bình, thủy lợi!');
  });
});

describe('placeToneCanonically', () => {
  it('moves the tone mark onto the canonical vowel', () => {
    const word = [
      { base: 'h', marks: '' },
      { base: 'o', marks: '' },
      { base: 'a', marks: '\u0300' },
    ];
    placeToneCanonically(word);
    expect(word.map((c) => c.marks)).toEqual(['', '\u0300', '']);
  });

  it('leaves a word with two tone marks unchanged', () => {
    const word = [
      { base: 'a', marks: '\u0301' },
      { base: 'o', marks: '\u0300' },
    ];
    placeToneCanonically(word);
    expect(word.map((c) => c.marks)).toEqual(['\u0301', '\u0300']);
  });
});
