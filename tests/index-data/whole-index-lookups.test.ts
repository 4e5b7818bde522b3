import { describe, expect, it } from 'vitest';
import { wholeIndexLookups } from '../../src/index-data/whole-index-lookups';
import { cardFor } from '../../src/lookup/card';
import { search } from '../../src/lookup/search';
import { loadFixtureIndex } from './fixture-build';

const index = loadFixtureIndex();
const lookups = wholeIndexLookups(index);

describe('wholeIndexLookups', () => {
  it('answers from the index in memory as cardFor and search do', async () => {
    expect(await lookups.card('to-lam', '2025-06-01', ['vladimir-putin'])).toEqual(cardFor(index, 'to-lam', '2025-06-01', ['vladimir-putin']));
    expect(await lookups.search('to lam', { limit: 3 })).toEqual(search(index, 'to lam', { limit: 3 }));
  });

  it('counts the index and finds articles by id, not by inherited names', async () => {
    expect(lookups.counts).toEqual({ leaders: Object.keys(index.leaders).length, meetings: 5, quotes: 6 });
    expect((await lookups.article('a-laos'))?.title).toContain('Tô Lâm');
    expect(await lookups.article('constructor')).toBeNull();
    expect(await lookups.matcher()).toBe(index.matcher);
  });

  it("gives the engine's registry and the leaders' search structures, and says so when the index carries no engine", async () => {
    expect((await lookups.engine()).registry.leaders.length).toBe(Object.keys(index.leaders).length);
    expect((await lookups.leaderSearch()).leaders).toBe(index.searchIndex.leaders);
    const { engine: _engine, ...without } = index;
    await expect(wholeIndexLookups(without).engine()).rejects.toThrow(/carries no engine data/);
  });
});
