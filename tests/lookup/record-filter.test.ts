import { describe, expect, it } from 'vitest';
import { isEmptyFilter, meetingFilter, quoteFilter, yearOfDate } from '../../src/lookup/record-filter';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();
const meetings = Object.values(index.meetings);
const quotes = Object.values(index.quotes);
const ids = (items: { id: string }[]): string[] => items.map((item) => item.id).sort();

describe('meetingFilter', () => {
  it('keeps everything for an empty filter', () => {
    expect(meetings.filter(meetingFilter(index, {}))).toHaveLength(meetings.length);
  });

  it('keeps the meetings of a counterpart', () => {
    expect(ids(meetings.filter(meetingFilter(index, { with: 'vladimir-putin' })))).toEqual(['m-moscow-2025', 'm-trong-putin']);
  });

  it('keeps a year by the day, and drops meetings no date places', () => {
    expect(ids(meetings.filter(meetingFilter(index, { year: 2024 })))).toEqual(['m-cuong-2024', 'm-laos-2024', 'm-trong-putin']);
  });

  it('keeps a kind', () => {
    expect(ids(meetings.filter(meetingFilter(index, { meetingKind: 'talks' })))).toEqual(['m-laos-2024', 'm-trong-putin']);
  });

  it('finds words in the place, the people\'s names and the sentences, with or without diacritics', () => {
    expect(ids(meetings.filter(meetingFilter(index, { words: 'ha noi' })))).toEqual(['m-laos-2024', 'm-trong-putin']);
    expect(ids(meetings.filter(meetingFilter(index, { words: 'Lương Cường' })))).toEqual(['m-cuong-2024']);
    expect(ids(meetings.filter(meetingFilter(index, { words: 'chuyen tham' })))).toEqual(['m-laos-undated']);
  });
});

describe('quoteFilter', () => {
  const pair = new Set(['m-laos-2024', 'm-laos-undated']);

  it('keeps the leader\'s own quotes without a counterpart', () => {
    expect(ids(quotes.filter(quoteFilter(index, 'thongloun-sisoulith', {}, new Set())))).toEqual(['q-joint', 'q-thongloun']);
  });

  it('keeps what either of a pair said at their meetings, or jointly', () => {
    expect(ids(quotes.filter(quoteFilter(index, 'to-lam', { with: 'thongloun-sisoulith' }, pair)))).toEqual(['q-direct', 'q-joint', 'q-thongloun']);
  });

  it('keeps a kind, a year and words in the quote\'s own words only', () => {
    expect(ids(quotes.filter(quoteFilter(index, 'to-lam', { quoteKind: 'direct' }, new Set())))).toEqual(['q-direct']);
    expect(ids(quotes.filter(quoteFilter(index, 'to-lam', { year: 2025 }, new Set())))).toEqual(['q-moscow']);
    expect(ids(quotes.filter(quoteFilter(index, 'to-lam', { words: 'suc manh' }, new Set())))).toEqual(['q-undated']);
    // "nhấn mạnh" is in the sentence around q-undated, not in its words.
    expect(ids(quotes.filter(quoteFilter(index, 'to-lam', { words: 'nhấn mạnh' }, new Set())))).toEqual([]);
  });
});

describe('yearOfDate', () => {
  it.each([
    ['2024-11-08', 2024],
    ['2024-11', 2024],
    ['2019', 2019],
    [null, null],
    ['soon', null],
  ])('%j → %j', (date, year) => {
    expect(yearOfDate(date)).toBe(year);
  });
});

describe('isEmptyFilter', () => {
  it('is true only when nothing narrows', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ with: null, year: null, words: '  ' })).toBe(true);
    expect(isEmptyFilter({ year: 2024 })).toBe(false);
    expect(isEmptyFilter({ words: 'x' })).toBe(false);
  });
});
