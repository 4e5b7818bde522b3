import { describe, expect, it } from 'vitest';
import { officesHeldOn } from '../../src/lookup/office-on-date';
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
