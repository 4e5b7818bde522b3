import { describe, expect, it, test } from 'vitest';
import { foldMarked } from '../../src/text/fold-marked';

describe('foldMarked', () => {
  test.each([
    ['hoà', 'hòa'],
    ['HOÀ', 'hòa'],
    ['Thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['To\u0302 La\u0302m', 'tô lâm'],
    ['ho\u0300a', 'hòa'],
    ['hoa\u0300', 'hòa'],
    ['Ðỗ', 'đỗ'],
    ['Tô\u00a0\u00a0Lâm', 'tô lâm'],
    ['Lâ\u200bm', 'lâm'],
    ['Cư\u00adờng', 'cường'],
    ['Андрей', 'андрей'],
    ['ທອງລຸນ', 'ທອງລຸນ'],
    ['Putin', 'putin'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldMarked(input).text).toBe(expected);
  });

  test.each([
    ['tổ', 'tô'],
    ['lâm', 'làm'],
    ['đỗ', 'do'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(foldMarked(a).text).not.toBe(foldMarked(b).text);
  });

  it('maps a moved tone mark with its letters, not with the mark', () => {
    const folded = foldMarked('hoà');
    expect(folded.text).toBe('hòa');
    expect([...folded.start]).toEqual([0, 1, 2]);
  });

  it('maps each folded unit of NFD input to its base letter and past its marks', () => {
    const folded = foldMarked('To\u0302i');
    expect([...folded.start]).toEqual([0, 1, 3]);
    expect([...folded.end]).toEqual([1, 3, 4]);
  });

  it('keeps a combining mark with no letter before it', () => {
    expect(foldMarked(' \u0301').text).toBe(' \u0301');
  });
});
