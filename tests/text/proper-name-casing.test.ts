import { describe, expect, test } from 'vitest';
import { isWrittenAsProperName, startsAsName } from '../../src/text/proper-name-casing';

describe('isWrittenAsProperName', () => {
  test.each([
    ['To Lam', true],
    ['TO LAM', true],
    ['Luong Cuong', true],
    ['Putin', true],
    ['Андрей Путин', true],
    ['To\u00a0Lam', true],
    ['to lam', false],
    ['To lam', false],
    ['to Lam', false],
    ['путин', false],
    ['ທອງລຸນ', false],
    ['To\ufeffLam', true],
    ['To\ufefflam', false],
    ['\u200bto Lam', false],
    ['𐐀 Lam', true],
    ['𐐨 Lam', false],
    ['𝐀 lam', false],
    ['1990 Putin', true],
    ['', false],
  ])('%j → %s', (span, expected) => {
    expect(isWrittenAsProperName(span)).toBe(expected);
  });
});

describe('startsAsName', () => {
  test.each([
    ['Chính', 0, true],
    ['Путин', 0, true],
    ['ທອງລຸນ', 0, true],
    ['习近平', 0, true],
    ['chính', 0, false],
    ['ông Lâm', 4, true],
    ['ông Lâm', 0, false],
    ['', 0, false],
  ])('%j at %i → %s', (text, at, expected) => {
    expect(startsAsName(text, at)).toBe(expected);
  });
});
