import { describe, expect, it } from 'vitest';
import { formatCorpusDate, formatList, listFormat } from '../../src/i18n/format-date';

describe('formatCorpusDate', () => {
  it.each([
    ['2023-02-17', 'en', '17 Feb 2023'],
    ['2023-02-17', 'vi', '17 thg 2, 2023'],
    ['2024-06', 'en', 'June 2024'],
    ['2024-06', 'vi', 'tháng 6 năm 2024'],
    ['2019', 'en', '2019'],
  ] as const)('%s in %s is %s', (date, lang, expected) => {
    expect(formatCorpusDate(date, lang)).toBe(expected);
  });

  it('keeps the calendar day whatever the time zone (a day, not an instant)', () => {
    expect(formatCorpusDate('2025-01-01', 'en')).toBe('1 Jan 2025');
    expect(formatCorpusDate('2024-12-31', 'en')).toBe('31 Dec 2024');
  });

  it('returns text it cannot read as it is', () => {
    expect(formatCorpusDate('soon', 'en')).toBe('soon');
  });
});

describe('formatList', () => {
  it('joins names as each language does', () => {
    expect(formatList(['Tô Lâm', 'Thongloun Sisoulith'], 'en')).toBe('Tô Lâm and Thongloun Sisoulith');
    expect(formatList(['Tô Lâm', 'Thongloun Sisoulith'], 'vi')).toBe('Tô Lâm và Thongloun Sisoulith');
    expect(formatList(['Tô Lâm'], 'vi')).toBe('Tô Lâm');
  });
});

describe('listFormat', () => {
  it('is made once per language', () => {
    expect(listFormat('vi')).toBe(listFormat('vi'));
    expect(listFormat('en')).not.toBe(listFormat('vi'));
    expect(listFormat('en').formatToParts(['A', 'B']).map((part) => part.value)).toEqual(['A', ' and ', 'B']);
  });
});
