import { describe, expect, test } from 'vitest';
import { hasDiacritics } from '../../src/text/has-diacritics';

describe('hasDiacritics', () => {
  test.each([
    ['Tô Lâm', true],
    ['To\u0302 Lam', true],
    ['Đo', true],
    ['Ðo', true],
    ['Андрей', true],
    ['To Lam', false],
    ['Путин', false],
    ['ທອງລຸນ', false],
    ['Tô\u200b', true],
    ['', false],
    ['𠀋x', false],
  ])('%j → %s', (text, expected) => {
    expect(hasDiacritics(text)).toBe(expected);
  });
});
