import { describe, expect, it } from 'vitest';
import { processSearchTerm } from '../../src/index-data/search-options';

describe('processSearchTerm', () => {
  it.each([
    ['Lâm', 'lam'],
    ['ĐỒNG', 'dong'],
    ['hoà', 'hoa'],
    ['hòa', 'hoa'],
    ['La\u0302m', 'lam'],
  ])('folds %j to %j', (term, folded) => {
    expect(processSearchTerm(term)).toBe(folded);
  });

  it('drops a term that folds to nothing', () => {
    expect(processSearchTerm('\u0300')).toBeNull();
  });
});
