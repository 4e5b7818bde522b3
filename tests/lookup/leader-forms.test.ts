import { describe, expect, it } from 'vitest';
import { leaderPhraseTable, PLACE_FIELD, TITLE_FIELD } from '../../src/lookup/leader-forms';
import { loadFixtureIndex } from '../index-data/fixture-build';

const { searchIndex } = loadFixtureIndex();
const { leaders } = searchIndex;
const words = (ids: Uint32Array) => [...ids].map((id) => leaders.terms[id]);

describe('leaderPhraseTable', () => {
  it('gives each phrase as the vocabulary ids of its folded words, in order', () => {
    const table = leaderPhraseTable(leaders, [{ names: ['Tô Lâm'], titles: ['Tổng Bí thư'], places: ['Việt Nam'] }]);
    const [forms] = table.leaders;
    expect(forms!.names.map(words)).toEqual([['to', 'lam']]);
    expect([...forms!.phrases].map((id) => [words(table.phrases[id]!), table.fields[id]])).toEqual([
      [['tong', 'bi', 'thu'], TITLE_FIELD],
      [['viet', 'nam'], PLACE_FIELD],
    ]);
  });

  it('keeps one of the phrases that fold alike, and drops those that fold to nothing', () => {
    const [forms] = leaderPhraseTable(leaders, [{ names: ['Tô Lâm', 'To Lam', ' - '], titles: [], places: [] }]).leaders;
    expect(forms!.names.map(words)).toEqual([['to', 'lam']]);
  });

  it('holds a title shared by several leaders once', () => {
    const table = leaderPhraseTable(leaders, [
      { names: ['Tô Lâm'], titles: ['Tổng Bí thư'], places: [] },
      { names: ['Nguyễn Phú Trọng'], titles: ['Tổng Bí thư'], places: [] },
    ]);
    expect(table.phrases).toHaveLength(1);
    expect(table.leaders.map((forms) => [...forms.phrases])).toEqual([[0], [0]]);
  });

  it('is built for every leader of the index, names split at hyphens', () => {
    const thongloun = searchIndex.leaderPhrases.leaders[leaders.ids.indexOf('thongloun-sisoulith')]!;
    expect(thongloun.names.map(words)).toContainEqual(['thoong', 'lun', 'xi', 'xu', 'lit']);
    expect(thongloun.names.map(words)).toContainEqual(['thongloun']);
  });
});
