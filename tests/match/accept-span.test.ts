import { describe, expect, test } from 'vitest';
import { acceptSpan } from '../../src/match/accept-span';

describe('acceptSpan', () => {
  test.each([
    ['Tô Lâm', 'tô lâm', true],
    ['TÔ LÂM', 'tô lâm', true],
    ['To\u0302 La\u0302m', 'tô lâm', true],
    ['Hoà', 'hòa', true],
    ['To Lam', 'tô lâm', true],
    ['TO LAM', 'tô lâm', true],
    ['to lam', 'tô lâm', false],
    ['To lam', 'tô lâm', false],
    ['tổ lâm', 'tô lâm', false],
    ['Tô Lam', 'tô lâm', false],
    ['putin', '', true],
    ['Pútin', '', false],
    ['Андреи', 'андрей', true],
    ['андреи', 'андрей', false],
    ['Андрей', 'андрей', true],
  ])('%j against pattern %j → %s', (span, patternMarked, expected) => {
    expect(acceptSpan(span, patternMarked)).toBe(expected);
  });
});
