import { describe, expect, it } from 'vitest';
import { leaderForms } from '../../src/lookup/leader-forms';
import { loadFixtureIndex } from '../index-data/fixture-build';

const { searchIndex } = loadFixtureIndex();
const { leaders } = searchIndex;
const words = (ids: Uint32Array) => [...ids].map((id) => leaders.terms[id]);

describe('leaderForms', () => {
  it('gives each phrase as the vocabulary ids of its folded words, in order', () => {
    const [forms] = leaderForms(leaders, [{ names: ['Tô Lâm'], titles: ['Tổng Bí thư'], places: ['Việt Nam'] }]);
    expect(forms!.names.map(words)).toEqual([['to', 'lam']]);
    expect(forms!.titles.map(words)).toEqual([['tong', 'bi', 'thu']]);
    expect(forms!.places.map(words)).toEqual([['viet', 'nam']]);
  });

  it('keeps one of the phrases that fold alike, and drops those that fold to nothing', () => {
    const [forms] = leaderForms(leaders, [{ names: ['Tô Lâm', 'To Lam', ' - '], titles: [], places: [] }]);
    expect(forms!.names.map(words)).toEqual([['to', 'lam']]);
  });

  it('is built for every leader of the index, names split at hyphens', () => {
    const thongloun = searchIndex.leaderForms[leaders.ids.indexOf('thongloun-sisoulith')]!;
    expect(thongloun.names.map(words)).toContainEqual(['thoong', 'lun', 'xi', 'xu', 'lit']);
    expect(thongloun.names.map(words)).toContainEqual(['thongloun']);
  });
});
