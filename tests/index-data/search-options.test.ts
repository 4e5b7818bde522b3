import { describe, expect, it } from 'vitest';
import { parseSearchKey, processSearchTerm, searchKey } from '../../src/index-data/search-options';

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

describe('parseSearchKey', () => {
  it('reads back what searchKey wrote, ids with colons included', () => {
    expect(parseSearchKey(searchKey('meeting', 'm:1'))).toEqual({ kind: 'meeting', id: 'm:1' });
  });

  it('refuses a key of an unknown kind', () => {
    expect(parseSearchKey('article:a1')).toBeNull();
    expect(parseSearchKey('nokind')).toBeNull();
  });
});
