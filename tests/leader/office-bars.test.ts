import { describe, expect, it } from 'vitest';
import { officeBars } from '../../src/leader/office-bars';
import { dayOf } from '../../src/leader/time-axis';
import type { RecordOffice } from '../../src/lookup/record';

const office = (over: Partial<RecordOffice>): RecordOffice => ({
  office: 'president', title: { vi: 'Chủ tịch nước', en: 'President' }, country: 'VN', start: null, end: null, first: null, last: null, ongoing: false, ...over,
});

describe('officeBars', () => {
  it('draws an office still held up to today, and an ended one up to its last known day', () => {
    const { bars, domain } = officeBars(
      [office({ first: '2024-08-03', ongoing: true }), office({ first: '2024-05-22', last: '2024-10-20' })],
      '2026-01-15',
    );
    expect(bars[0]).toEqual({ from: dayOf('2024-08-03'), to: dayOf('2026-01-15'), ongoing: true, startKnown: true });
    expect(bars[1]).toMatchObject({ from: dayOf('2024-05-22'), to: dayOf('2024-10-20'), ongoing: false });
    expect(domain![0] < dayOf('2024-05-22')).toBe(true);
    expect(domain![1] > dayOf('2026-01-15')).toBe(true);
  });

  it('starts an office whose start is not known at the axis\' start, marked as such', () => {
    const { bars, domain } = officeBars([office({ last: '2020-01-01' }), office({ first: '2015-01-01', last: '2016-01-01' })], '2026-01-15');
    expect(bars[0]).toMatchObject({ from: domain![0], startKnown: false });
  });

  it('has no span without any known day', () => {
    expect(officeBars([office({})], '2026-01-15').domain).toBeNull();
  });
});
