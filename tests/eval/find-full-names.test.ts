import { describe, expect, it } from 'vitest';
import { findFullNames, foldWithOffsets } from '../../src/eval/find-full-names';

const texts = (text: string, forms: string[]) => findFullNames(text, forms.map((form) => ({ form, tag: form }))).map((o) => o.text);

describe('foldWithOffsets', () => {
  it('folds marks, đ and case, and keeps each folded character tied to its original offset', () => {
    const { folded, offsets } = foldWithOffsets('Đỗ Văn');
    expect(folded).toBe('do van');
    expect(offsets).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('folds both tone-mark placements (hoà, hòa) alike', () => {
    expect(foldWithOffsets('Hoà').folded).toBe(foldWithOffsets('Hòa').folded);
  });
});

describe('findFullNames', () => {
  it('finds a form with and without diacritics, as written', () => {
    expect(texts('Tổng Bí thư Tô Lâm gặp... To Lam said', ['Tô Lâm'])).toEqual(['Tô Lâm', 'To Lam']);
  });

  it('finds whole words only', () => {
    expect(texts('Tô Lâmx and xTô Lâm and Tô Lâm.', ['Tô Lâm'])).toEqual(['Tô Lâm']);
  });

  it('takes the longest form where two start at one place, and never overlaps', () => {
    const found = findFullNames('Nguyen Xuan Phuc, Xuan Phuc', [
      { form: 'Xuan Phuc', tag: 'short' },
      { form: 'Nguyen Xuan Phuc', tag: 'full' },
    ]);
    expect(found.map((o) => [o.text, o.tag, o.start])).toEqual([
      ['Nguyen Xuan Phuc', 'full', 0],
      ['Xuan Phuc', 'short', 18],
    ]);
  });

  it('does not take a capitalised form for the same word in lower case', () => {
    expect(texts('Akihito; akihito', ['Akihito'])).toEqual(['Akihito']);
  });

  it('matches any run of spaces between words, but not across lines', () => {
    expect(texts('Hun  Sen\nHun\nSen', ['Hun Sen'])).toEqual(['Hun  Sen']);
  });

  it('finds a form in text written with combining marks, from the NFC text', () => {
    expect(texts('Ông Tô Lâm'.normalize('NFD'), ['Tô Lâm'])).toEqual(['Tô Lâm']);
  });

  it('finds nothing without forms', () => {
    expect(findFullNames('Tô Lâm', [])).toEqual([]);
  });
});
