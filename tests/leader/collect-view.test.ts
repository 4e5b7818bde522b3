import { describe, expect, it } from 'vitest';
import { collectView, exportFileName, type LoadItems } from '../../src/leader/collect-view';
import { recordFor } from '../../src/lookup/record';
import type { RecordFilter } from '../../src/lookup/record-filter';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();

/** The background's answer for a chunk of one kind, as the page asks for it. */
function loader(filter: RecordFilter, asked: [string, number, number][] = []): LoadItems {
  return async (kind, offset, limit) => {
    asked.push([kind, offset, limit]);
    return recordFor(index, 'to-lam', { filter, [kind]: { offset, limit }, [kind === 'meetings' ? 'quotes' : 'meetings']: { limit: 0 } });
  };
}

describe('collectView', () => {
  it('asks for the rows and quotes not yet shown, in chunks, until it has all the filter keeps', async () => {
    const record = recordFor(index, 'to-lam', { quotes: { limit: 1 }, meetings: { limit: 1 } })!;
    const asked: [string, number, number][] = [];
    const view = await collectView(record, { meetings: record.meetings, quotes: record.quotes, people: record.people }, loader({}, asked), 2);
    expect(asked).toEqual([['meetings', 1, 2], ['meetings', 3, 2], ['quotes', 1, 2], ['quotes', 3, 2]]);
    const whole = recordFor(index, 'to-lam', { quotes: { limit: 100 }, meetings: { limit: 100 } })!;
    expect(view.meetings.map((m) => m.id)).toEqual(whole.meetings.map((m) => m.id));
    expect(view.quotes.map((q) => q.id)).toEqual(whole.quotes.map((q) => q.id));
    expect(view.leaderId).toBe('to-lam');
  });

  it('asks for nothing when the page already holds everything', async () => {
    const record = recordFor(index, 'to-lam', { quotes: { limit: 100 } })!;
    const asked: [string, number, number][] = [];
    await collectView(record, { meetings: record.meetings, quotes: record.quotes, people: record.people }, loader({}, asked), 2);
    expect(asked).toEqual([]);
  });

  it('merges the people every chunk names', async () => {
    const filter = { with: 'thongloun-sisoulith' };
    const record = recordFor(index, 'to-lam', { filter, quotes: { limit: 0 }, meetings: { limit: 0 } })!;
    const view = await collectView(record, { meetings: [], quotes: [], people: {} }, loader(filter), 1);
    expect(view.meetings).toHaveLength(2);
    expect(view.quotes).toHaveLength(3);
    expect(Object.keys(view.people).sort()).toEqual(['thongloun-sisoulith', 'to-lam']);
  });

  it('fails when the leader is gone from the index', async () => {
    const record = recordFor(index, 'to-lam', { quotes: { limit: 0 } })!;
    await expect(collectView(record, { meetings: record.meetings, quotes: [], people: {} }, async () => null, 10)).rejects.toThrow('no longer in the index');
  });
});

describe('exportFileName', () => {
  it('names the leader, the pair, the year and the day', () => {
    expect(exportFileName({ leader: { id: 'to-lam' } as never, filter: {} }, '2026-01-15', 'csv')).toBe('leaderlens-to-lam-2026-01-15.csv');
    expect(exportFileName({ leader: { id: 'to-lam' } as never, filter: { with: 'vladimir-putin', year: 2025 } }, '2026-01-15', 'json')).toBe(
      'leaderlens-to-lam-with-vladimir-putin-2025-2026-01-15.json',
    );
  });

  it('keeps only letters, digits and dashes of an id', () => {
    expect(exportFileName({ leader: { id: '../../etc/passwd' } as never, filter: {} }, '2026-01-15', 'csv')).toBe('leaderlens-etc-passwd-2026-01-15.csv');
  });
});
