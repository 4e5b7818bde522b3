import { describe, expect, it } from 'vitest';
import { formerOfficesOn, officesHeldOn } from '../../src/lookup/office-on-date';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();

describe('officesHeldOn', () => {
  it.each([
    ['to-lam', '2024-09-01', ['president', 'general-secretary']],
    ['to-lam', '2024-10-21', ['general-secretary']],
    ['to-lam', '1990-01-01', []],
    ['nguyen-phu-trong', '2020-01-01', ['general-secretary', 'president']],
    ['thongloun-sisoulith', '2024-11-08', expect.arrayContaining(['general-secretary', 'president'])],
  ])('%s on %s holds %j', (leaderId, date, offices) => {
    expect(officesHeldOn(index.leaders[leaderId]!, date).map((o) => o.office)).toEqual(offices);
  });
});

describe('formerOfficesOn', () => {
  it('gives the offices whose term had ended by the date, the most recently ended first', () => {
    const former = formerOfficesOn(index.leaders['nguyen-phu-trong']!, '2025-01-01').map((o) => o.office);
    expect(former[0]).toBe('general-secretary');
    expect(former).toContain('na-chairman');
  });

  it('leaves out offices still held on the date, and those not yet begun', () => {
    expect(formerOfficesOn(index.leaders['to-lam']!, '2024-09-01').map((o) => o.office)).toEqual(['minister-public-security']);
    expect(formerOfficesOn(index.leaders['nguyen-phu-trong']!, '2005-01-01')).toEqual([]);
  });

  it('leaves out an office with no known last day (it may not have ended)', () => {
    const leader = { ...index.leaders['to-lam']!, offices: [{ office: 'president', country: 'VN', title: { vi: 'Chủ tịch nước', en: 'President' }, start: '2020-01-01' }] };
    expect(formerOfficesOn(leader, '2025-01-01')).toEqual([]);
  });
});
