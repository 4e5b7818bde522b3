import { describe, expect, it } from 'vitest';
import { compileMatcher, loadMatcher } from '../../src/match';

function isPlainData(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'number') return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every(isPlainData);
  }
  return false;
}

describe('compileMatcher', () => {
  it('produces plain data made only of strings, numbers and arrays', () => {
    const compiled = compileMatcher([{ text: 'Tô Lâm', id: 0 }, { text: 'Путин', id: 1 }]);
    expect(isPlainData(compiled)).toBe(true);
  });

  it('records format version 3 (2 added patternCapitalised, 3 the word-start symbols)', () => {
    expect(compileMatcher([]).version).toBe(3);
  });

  it('compiles a form behind a name-start symbol, with an inner word-start symbol before each later word', () => {
    expect(compileMatcher([{ text: 'Tô Lâm', id: 0, capitalised: true }]).edgeChars).toBe('Uto Wlam');
  });

  it('compiles a form counting in any case behind the lowercase-start symbol, one counting only as a name behind the name-start symbol', () => {
    const compiled = compileMatcher([{ text: 'Lào', id: 0 }, { text: 'Lâm', id: 1, capitalised: true }]);
    // Breadth-first: the root's two symbols, "l" under each, "a" under each, then "o" and "m".
    expect(compiled.edgeChars).toBe('LUllaaom');
  });

  it('puts no symbol before a form starting with punctuation or in a script without spaces', () => {
    const compiled = compileMatcher([{ text: '(Lâm', id: 0, capitalised: true }, { text: 'ທອງລຸນ ສີສຸລິດ', id: 1 }]);
    expect(compiled.edgeChars.startsWith('(ທ')).toBe(true);
  });

  it('marks the patterns that count only written with a capital', () => {
    expect(compileMatcher([{ text: 'Chính', id: 0, capitalised: true }, { text: 'Phạm Minh Chính', id: 1 }]).patternCapitalised).toBe('10');
  });

  it('skips forms that fold to nothing', () => {
    const compiled = compileMatcher([{ text: ' \u200b ', id: 0 }, { text: '', id: 1 }]);
    expect(compiled.patternIds).toEqual([]);
  });

  it('keeps a form repeated with the same id once', () => {
    const compiled = compileMatcher([{ text: 'Hoà', id: 0 }, { text: 'hòa', id: 0 }, { text: 'Hòa', id: 1 }]);
    expect(compiled.patternIds).toEqual([0, 1]);
  });

  it('reports every id of a form shared by two entries as the first one', () => {
    const matcher = loadMatcher(compileMatcher([{ text: 'Lâm', id: 4 }, { text: 'Lâm', id: 5 }]));
    expect(matcher.find('ông Lâm').map((m) => m.id)).toEqual([4]);
  });

  it('gives an empty matcher for no patterns', () => {
    expect(loadMatcher(compileMatcher([])).find('Tô Lâm')).toEqual([]);
  });

  it('handles names with characters outside the BMP', () => {
    const matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher([{ text: '𠀋𠀌 Lâm', id: 3 }]))));
    expect(matcher.find('x 𠀋𠀌 Lâm y').map((m) => m.text)).toEqual(['𠀋𠀌 Lâm']);
  });
});

describe('compileMatcher size', () => {
  it('keeps 10k three-syllable names well under 1 MB of JSON', () => {
    const syllables = ['Nguyễn', 'Trần', 'Lê', 'Văn', 'Thị', 'Minh', 'Lâm', 'Cường', 'Hòa', 'Thủy', 'Đức', 'Phúc'];
    const names = Array.from({ length: 10_000 }, (_, i) => ({
      text: [i % 12, Math.floor(i / 12) % 12, Math.floor(i / 144) % 12, Math.floor(i / 1728)]
        .map((k, j) => (j < 3 ? syllables[k]! : `${k}`))
        .join(' '),
      id: i,
    }));
    const json = JSON.stringify(compileMatcher(names));
    expect(json.length).toBeLessThan(1_000_000);
  });
});
