import { describe, expect, it } from 'vitest';
import { axisDomain, dayOf, placeOnAxis, tickLabel, timeScale, todayUtc } from '../../src/leader/time-axis';

describe('placeOnAxis', () => {
  it('puts a day at its UTC midnight, a month or year at its middle (approx), nothing else anywhere', () => {
    expect(placeOnAxis({ date: '2024-11-08', approxDate: null })).toEqual({ at: dayOf('2024-11-08'), approx: false });
    const june = placeOnAxis({ date: null, approxDate: '2024-06' })!;
    expect(june.approx).toBe(true);
    expect(june.at.toISOString()).toBe('2024-06-15T12:00:00.000Z');
    expect(placeOnAxis({ date: null, approxDate: '2019' })!.at.toISOString().slice(0, 7)).toBe('2019-07');
    expect(placeOnAxis({ date: null, approxDate: null })).toBeNull();
  });
});

describe('axisDomain', () => {
  it('spans every date, padded on both sides', () => {
    const [from, to] = axisDomain([dayOf('2020-01-01'), dayOf('2024-01-01'), dayOf('2022-06-01')])!;
    expect(from < dayOf('2020-01-01')).toBe(true);
    expect(to > dayOf('2024-01-01')).toBe(true);
  });

  it('widens a single day to a span, and has none without dates', () => {
    const [from, to] = axisDomain([dayOf('2024-11-08')])!;
    expect((to.getTime() - from.getTime()) / 86_400_000).toBeGreaterThanOrEqual(180);
    expect(axisDomain([])).toBeNull();
  });
});

describe('timeScale', () => {
  it('is a d3 UTC scale from the domain onto the range', () => {
    const x = timeScale([dayOf('2020-01-01'), dayOf('2021-01-01')], [0, 366]);
    expect(x(dayOf('2020-01-02'))).toBeCloseTo(1);
    expect(x.invert(366).toISOString().slice(0, 10)).toBe('2021-01-01');
  });
});

describe('tickLabel', () => {
  it('says the year at a year\'s start, the month at a month\'s start, else the day, in the interface language', () => {
    expect(tickLabel(dayOf('2024-01-01'), 'en')).toBe('2024');
    expect(tickLabel(dayOf('2024-03-01'), 'en')).toBe('Mar');
    expect(tickLabel(dayOf('2024-03-01'), 'vi')).toMatch(/3/);
    expect(tickLabel(dayOf('2024-03-15'), 'en')).toBe('15 Mar');
  });
});

describe('todayUtc', () => {
  it('is the local calendar day at UTC midnight', () => {
    expect(todayUtc(new Date(2026, 0, 5, 23, 30)).toISOString()).toBe('2026-01-05T00:00:00.000Z');
  });
});
