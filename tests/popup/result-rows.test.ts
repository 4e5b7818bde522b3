import { describe, expect, it } from 'vitest';
import { search } from '../../src/lookup/search';
import { resultRows, rowDomId } from '../../src/popup/result-rows';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();

describe('resultRows', () => {
  it('puts leaders first, then meetings, then quotes, each in the order of the search', () => {
    const results = search(index, 'to lam');
    const rows = resultRows(results);
    const kinds = rows.map((r) => r.kind);
    expect(kinds.indexOf('meeting')).toBeGreaterThan(kinds.lastIndexOf('leader'));
    expect(rows.filter((r) => r.kind === 'meeting').map((r) => r.id)).toEqual(results.meetings.map((m) => m.id));
    expect(rows[0]).toMatchObject({ kind: 'leader', id: 'to-lam' });
  });

  it('is empty for no results', () => {
    expect(resultRows({ leaders: [], meetings: [], quotes: [] })).toEqual([]);
  });
});

describe('rowDomId', () => {
  it('is unique per kind and id', () => {
    expect(rowDomId({ kind: 'leader', id: 'to-lam' })).toBe('result-leader-to-lam');
    expect(rowDomId({ kind: 'meeting', id: 'to-lam' })).not.toBe(rowDomId({ kind: 'leader', id: 'to-lam' }));
  });
});
