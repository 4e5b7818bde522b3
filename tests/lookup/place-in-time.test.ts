import { describe, expect, it } from 'vitest';
import { latestPossibleDay, placeInTime, type KnownWhen } from '../../src/lookup/place-in-time';

describe('placeInTime', () => {
  it.each<[string, KnownWhen, string, ReturnType<typeof placeInTime>]>([
    ['a day before the page is earlier', { date: '2022-06-14' }, '2022-06-15', 'earlier'],
    ['the page\'s own day is not earlier', { date: '2022-06-15' }, '2022-06-15', 'later'],
    ['a day after the page is later', { date: '2025-05-09' }, '2022-06-15', 'later'],
    ['a month before the page\'s month is earlier', { date: null, approxDate: '2022-05' }, '2022-06-15', 'earlier'],
    ['a month after the page ("recalled as May 2025" on a 2022 page) is later', { date: null, approxDate: '2025-05' }, '2022-06-15', 'later'],
    ['the page\'s own month cannot be placed', { date: null, approxDate: '2022-06' }, '2022-06-15', 'undated'],
    ['a month starting on the page\'s day is on or after it', { date: null, approxDate: '2022-06' }, '2022-06-01', 'later'],
    ['the page\'s own year cannot be placed', { date: null, approxDate: '2022' }, '2022-06-15', 'undated'],
    ['an earlier year is earlier', { date: null, approxDate: '2021' }, '2022-06-15', 'earlier'],
    ['told by an article published before the page: earlier', { date: null, notAfter: '2021-03-01' }, '2022-06-15', 'earlier'],
    ['told by an article published on or after the page: cannot be placed', { date: null, notAfter: '2022-06-15' }, '2022-06-15', 'undated'],
    ['the page\'s own year, but told before the page: earlier', { date: null, approxDate: '2022', notAfter: '2022-03-01' }, '2022-06-15', 'earlier'],
    ['nothing known: cannot be placed', { date: null }, '2022-06-15', 'undated'],
  ])('%s', (_what, when, reference, expected) => {
    expect(placeInTime(when, reference)).toBe(expected);
  });
});

describe('latestPossibleDay', () => {
  it('is the date when there is one', () => {
    expect(latestPossibleDay({ date: '2024-11-08', approxDate: '2020' })).toBe('2024-11-08');
  });

  it('is the earlier of the period\'s last day and the article\'s date', () => {
    expect(latestPossibleDay({ date: null, approxDate: '2024-06', notAfter: '2025-01-01' })).toBe('2024-06-30');
    expect(latestPossibleDay({ date: null, approxDate: '2024', notAfter: '2024-03-01' })).toBe('2024-03-01');
  });

  it('is null when nothing bounds it', () => {
    expect(latestPossibleDay({ date: null })).toBeNull();
  });
});
