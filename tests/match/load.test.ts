import { describe, expect, it, test } from 'vitest';
import { compileMatcher, loadMatcher, type PatternInput } from '../../src/match';

const TO_LAM = 1;
const LUONG_CUONG = 2;
const PUTIN = 3;
const THONGLOUN = 4;

const registry: PatternInput[] = [
  { text: 'Tô Lâm', id: TO_LAM },
  { text: 'Tổng Bí thư Tô Lâm', id: TO_LAM },
  { text: 'Lâm', id: TO_LAM },
  { text: 'Lương Cường', id: LUONG_CUONG },
  { text: 'Putin', id: PUTIN },
  { text: 'Vladimir Putin', id: PUTIN },
  { text: 'Путин', id: PUTIN },
  { text: 'Владимир Путин', id: PUTIN },
  { text: 'Thongloun Sisoulith', id: THONGLOUN },
  { text: 'ທອງລຸນ ສີສຸລິດ', id: THONGLOUN },
];

const matcher = loadMatcher(compileMatcher(registry));

function found(text: string): [number, string][] {
  return matcher.find(text).map((m) => [m.id, m.text]);
}

describe('loadMatcher', () => {
  it('refuses compiled data of an unknown version, naming it', () => {
    const compiled = { ...compileMatcher(registry), version: 99 };
    expect(() => loadMatcher(compiled)).toThrow(
      'Leaderlens matcher: unknown compiled format version 99 (this build reads 3)',
    );
  });

  it('refuses data compiled before word-start symbols (version 2), which it would misread', () => {
    const compiled = { ...compileMatcher(registry), version: 2 };
    expect(() => loadMatcher(compiled)).toThrow('Leaderlens matcher: unknown compiled format version 2 (this build reads 3)');
  });

  it('refuses compiled data whose trie is inconsistent', () => {
    const compiled = { ...compileMatcher(registry), edgeChars: 'x' };
    expect(() => loadMatcher(compiled)).toThrow(/corrupt compiled data/);
  });

  it('gives the same results after a trip through JSON', () => {
    const text = 'Tổng Bí thư Tô Lâm gặp Vladimir Putin và To Lam, ທອງລຸນ ສີສຸລິດ';
    const reloaded = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(registry))));
    expect(reloaded.find(text)).toEqual(matcher.find(text));
  });
});

describe('Matcher.find', () => {
  test.each([
    ['NFC', 'Tô Lâm phát biểu', [[TO_LAM, 'Tô Lâm']]],
    ['NFD', 'To\u0302 La\u0302m phát biểu', [[TO_LAM, 'To\u0302 La\u0302m']]],
    ['NBSP between syllables', 'Tô\u00a0Lâm nói', [[TO_LAM, 'Tô\u00a0Lâm']]],
    ['a run of mixed spaces', 'Tô \u2009\n Lâm nói', [[TO_LAM, 'Tô \u2009\n Lâm']]],
    ['zero-width space inside the name', 'Tô L\u200bâm nói', [[TO_LAM, 'Tô L\u200bâm']]],
    ['soft hyphen inside the name', 'Lương Cư\u00adờng nói', [[LUONG_CUONG, 'Lương Cư\u00adờng']]],
    ['upper case with diacritics', 'TỔNG BÍ THƯ TÔ LÂM', [[TO_LAM, 'TỔNG BÍ THƯ TÔ LÂM']]],
    ['English, capitalised, no diacritics', 'General Secretary To Lam said', [[TO_LAM, 'To Lam']]],
    ['English, all caps, no diacritics', 'TO LAM AND LUONG CUONG', [[TO_LAM, 'TO LAM'], [LUONG_CUONG, 'LUONG CUONG']]],
    ['English, President Luong Cuong', 'President Luong Cuong', [[LUONG_CUONG, 'Luong Cuong']]],
    ['diacritic-free pattern in any case', 'ông putin và PUTIN', [[PUTIN, 'putin'], [PUTIN, 'PUTIN']]],
    ['Cyrillic', 'Владимир Путин сказал, что Путин', [[PUTIN, 'Владимир Путин'], [PUTIN, 'Путин']]],
    ['Lao script followed by another Lao word', 'ທ່ານ ທອງລຸນ ສີສຸລິດກ່າວ', [[THONGLOUN, 'ທອງລຸນ ສີສຸລິດ']]],
    ['a possessive after the name', "Putin's visit", [[PUTIN, 'Putin']]],
  ])('finds a name written in %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    ['the very start of the text', 'Tô Lâm nói', 0],
    ['punctuation', '(Tô Lâm)', 1],
    ['a quotation mark glued to the name', '“Tô Lâm”', 1],
    ['a newline', 'Hà Nội\nTô Lâm', 7],
    ['a word ending in a letter with diacritics', 'Tổng Bí thư Việt Nam Tô Lâm', 21],
    ['a hyphen after a word with diacritics', 'Hà Nội–Tô Lâm', 7],
    ['a comma and no space', 'Hà Nội,Tô Lâm', 7],
    ['a mark left after a space and a zero-width space', 'Việt \u0301\u200bTô Lâm', 7],
    ['NFD text before it', 'Vie\u0323\u0302t Nam To\u0302 La\u0302m', 11],
  ])('finds a name after %s, at its offset in the original text', (_, text, start) => {
    const [match] = matcher.find(text);
    expect(match?.start).toBe(start);
    expect(match?.text).toBe(text.slice(start, match?.end));
    expect(match?.text.normalize('NFC')).toBe('Tô Lâm');
  });

  test.each([
    ['a short form ending a longer word', 'An', 'toàn diện, Toàn'],
    ['a short form inside a longer word', 'Lam', 'Islam, Lamb, Blame'],
    ['a syllable starting a longer word', 'Hai', 'Haiphong'],
    ['a name after a letter with no space', 'Putin', 'xPutin, đPutin, 2Putin'],
  ])('finds nothing for %s', (_, form, text) => {
    expect(loadMatcher(compileMatcher([{ text: form, id: 0 }])).find(text)).toEqual([]);
  });

  test.each([
    ['lowercase words without diacritics', 'to lam viec'],
    ['ordinary words with other diacritics', 'tô làm và tổ lam'],
    ['a longer Latin word', 'Lâmxyz and Putinism'],
    ['a diacritic-free pattern written with diacritics', 'Pútin'],
    ['a name glued to digits', 'Putin2024'],
  ])('finds nothing in %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('does not take "tổ lâm sản" for Tô Lâm', () => {
    const fullNames = loadMatcher(compileMatcher([{ text: 'Tô Lâm', id: TO_LAM }]));
    expect(fullNames.find('quỹ tổ lâm sản, to lam')).toEqual([]);
  });

  it('reports offsets into the original text, not the folded one', () => {
    const text = '\u200bÔng\u00a0\u00a0To\u0302 La\u0302m';
    const [match] = matcher.find(text);
    expect(match).toEqual({ id: TO_LAM, start: 6, end: text.length, text: 'To\u0302 La\u0302m' });
  });

  it('prefers the longest form at the leftmost position', () => {
    expect(found('Tổng Bí thư Tô Lâm')).toEqual([[TO_LAM, 'Tổng Bí thư Tô Lâm']]);
  });

  it('does not report a shorter form inside a longer match', () => {
    expect(matcher.find('Vladimir Putin')).toHaveLength(1);
  });

  it('returns matches in text order', () => {
    const starts = matcher.find('Putin, Tô Lâm, Lương Cường, Lâm').map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(4);
  });

  it('accepts both tone placements', () => {
    const hoa = loadMatcher(compileMatcher([{ text: 'Thuỷ Hoà', id: 9 }]));
    expect(hoa.find('bà Thủy Hòa và THUỶ HOÀ').map((m) => m.text)).toEqual(['Thủy Hòa', 'THUỶ HOÀ']);
  });

  it('matches đ written as Icelandic Ð from legacy encodings', () => {
    const dung = loadMatcher(compileMatcher([{ text: 'Đỗ Mười', id: 5 }]));
    expect(dung.find('ông Ðỗ Mười').map((m) => m.text)).toEqual(['Ðỗ Mười']);
  });

  it('matches a name without diacritics for đ when written as a name', () => {
    const dung = loadMatcher(compileMatcher([{ text: 'Đỗ Mười', id: 5 }]));
    expect(dung.find('Do Muoi and do muoi').map((m) => m.text)).toEqual(['Do Muoi']);
  });
});

describe('Matcher.findInSegments', () => {
  it('finds a name split across text nodes', () => {
    expect(matcher.findInSegments(['Tổng Bí thư Tô ', 'Lâm', ' nói'])).toEqual([
      { id: TO_LAM, start: { segment: 0, offset: 0 }, end: { segment: 1, offset: 3 }, text: 'Tổng Bí thư Tô Lâm' },
    ]);
  });

  it('joins segments with no whitespace between them', () => {
    expect(matcher.findInSegments(['Ông Tô Lâ', 'm nói'])).toEqual([
      { id: TO_LAM, start: { segment: 0, offset: 4 }, end: { segment: 1, offset: 1 }, text: 'Tô Lâm' },
    ]);
  });

  it('starts a match in the segment holding its first character', () => {
    expect(matcher.findInSegments(['Ông ', '', 'Putin'])).toEqual([
      { id: PUTIN, start: { segment: 2, offset: 0 }, end: { segment: 2, offset: 5 }, text: 'Putin' },
    ]);
  });

  it('ends a match in the segment holding its last character', () => {
    const [match] = matcher.findInSegments(['Putin', '', ' nói']);
    expect(match?.end).toEqual({ segment: 0, offset: 5 });
  });

  it('does not join a name with a word in the next segment', () => {
    expect(matcher.findInSegments(['Putin', 'ism'])).toEqual([]);
  });
});

describe('loadMatcher input checks', () => {
  it('refuses compiled data whose pattern arrays differ in length', () => {
    const compiled = { ...compileMatcher(registry), patternIds: [] };
    expect(() => loadMatcher(compiled)).toThrow(
      'Leaderlens matcher: corrupt compiled data (missing fields or pattern arrays of different lengths)',
    );
  });

  it('refuses something that is not compiled data at all', () => {
    expect(() => loadMatcher(null as never)).toThrow('Leaderlens matcher: unknown compiled format version undefined');
  });

  it('finds a capitalised-only pattern written with a capital or in a script without case, never in lowercase', () => {
    const matcher = loadMatcher(compileMatcher([{ text: 'Chính', id: 0, capitalised: true }, { text: 'ທອງລຸນ', id: 1, capitalised: true }, { text: 'chiến', id: 2 }]));
    expect(matcher.find('Ông Chính nói về chính sách').map((m) => m.text)).toEqual(['Chính']);
    expect(matcher.find('CHÍNH').map((m) => m.text)).toEqual(['CHÍNH']);
    expect(matcher.find('ທອງລຸນ ກ່າວ').map((m) => m.id)).toEqual([1]);
    expect(matcher.find('chiến lược').map((m) => m.id)).toEqual([2]);
  });

  it('passes over the capitalised-only forms of a lowercase word to a form that counts in any case', () => {
    const forms = Array.from({ length: 50 }, (_, id) => ({ text: 'Cường', id, capitalised: true }));
    const matcher = loadMatcher(compileMatcher([...forms, { text: 'cường', id: 50 }, { text: 'Cường', id: 51, capitalised: true }]));
    expect(matcher.find('tăng cường').map((m) => m.id)).toEqual([50]);
    expect(matcher.find('ông Cường').map((m) => m.id)).toEqual([0]);
  });

  it('refuses compiled data without patternCapitalised', () => {
    const { patternCapitalised: _, ...old } = compileMatcher([{ text: 'Putin', id: 0 }]);
    expect(() => loadMatcher(old as never)).toThrow(/corrupt compiled data/);
  });
});
