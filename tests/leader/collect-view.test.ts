import { describe, expect, it } from 'vitest';
import { collectView, exportFileName } from '../../src/leader/collect-view';
import { recordFor } from '../../src/lookup/record';
import { loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();

describe('collectView', () => {
  it('asks for the quotes not yet shown, in chunks, until it has all the filter keeps', async () => {
    const record = recordFor(index, 'to-lam', { quotes: { limit: 1 } })!;
    const asked: [number, number][] = [];
    const view = await collectView(record, record.quotes, record.people, async (offset, limit) => {
      asked.push([offset, limit]);
      return recordFor(index, 'to-lam', { quotes: { offset, limit } });
    }, 2);
    expect(asked).toEqual([[1, 2], [3, 2]]);
    expect(view.quotes.map((q) => q.id)).toEqual(recordFor(index, 'to-lam', { quotes: { limit: 100 } })!.quotes.map((q) => q.id));
    expect(view.meetings).toBe(record.meetings);
    expect(view.leaderId).toBe('to-lam');
  });

  it('merges the people every chunk names', async () => {
    const record = recordFor(index, 'to-lam', { filter: { with: 'thongloun-sisoulith' }, quotes: { limit: 0 } })!;
    const view = await collectView(record, [], {}, async (offset, limit) => recordFor(index, 'to-lam', { filter: { with: 'thongloun-sisoulith' }, quotes: { offset, limit } }), 1);
    expect(view.quotes).toHaveLength(3);
    expect(Object.keys(view.people).sort()).toEqual(['thongloun-sisoulith', 'to-lam']);
  });

  it('fails when the leader is gone from the index', async () => {
    const record = recordFor(index, 'to-lam', { quotes: { limit: 0 } })!;
    await expect(collectView(record, [], {}, async () => null, 10)).rejects.toThrow('no longer in the index');
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
