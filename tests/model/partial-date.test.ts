import { describe, expect, it } from 'vitest';
import { periodOf, precisionOf } from '../../src/model/partial-date';

describe('precisionOf', () => {
  it.each([
    ['2024-06-17', 'day'],
    ['2024-06', 'month'],
    ['2024', 'year'],
    ['June 2024', null],
  ])('reads %s as %s', (date, precision) => {
    expect(precisionOf(date)).toBe(precision);
  });
});

describe('periodOf', () => {
  it('gives a day as its own period', () => {
    expect(periodOf('2024-06-17')).toEqual({ first: '2024-06-17', last: '2024-06-17' });
  });

  it('gives a month from its first to its last day, leap years included', () => {
    expect(periodOf('2026-04')).toEqual({ first: '2026-04-01', last: '2026-04-30' });
    expect(periodOf('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(periodOf('2023-12')).toEqual({ first: '2023-12-01', last: '2023-12-31' });
  });

  it('gives a year from 1 January to 31 December', () => {
    expect(periodOf('2019')).toEqual({ first: '2019-01-01', last: '2019-12-31' });
  });

  it('gives null for a string that is no date', () => {
    expect(periodOf('spring 2024')).toBeNull();
  });
});
