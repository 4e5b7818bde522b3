import { describe, expect, it } from 'vitest';
import { createSavedState } from '../../src/saved/saved-state';
import { memorySavedStore, type SavedStore } from '../../src/saved/saved-store';
import { entryOf, seedLookups, VI_TEXT } from './saved-fixture';

function counting(store: SavedStore): SavedStore & { reads: number } {
  const counted = { ...store, reads: 0 };
  counted.facts = async () => {
    counted.reads++;
    return store.facts();
  };
  return counted;
}

describe('createSavedState', () => {
  it('reads the saved facts once and keeps them until told of a change', async () => {
    const store = counting(memorySavedStore());
    const state = createSavedState(store);
    await state.facts();
    await state.facts();
    expect(store.reads).toBe(1);
    await store.add([await entryOf(VI_TEXT)]);
    expect(Object.keys((await state.facts()).meetings)).toHaveLength(0);
    state.changed();
    expect(Object.keys((await state.facts()).meetings)).toHaveLength(1);
    expect(store.reads).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const store = memorySavedStore();
    let fail = true;
    const state = createSavedState({ ...store, facts: async () => (fail ? Promise.reject(new Error('disk')) : store.facts()) });
    await expect(state.facts()).rejects.toThrow('disk');
    fail = false;
    await expect(state.facts()).resolves.toBeDefined();
  });

  it('hands the stamps of the readings to onStamps once, and again after a change (stale ones are read again there)', async () => {
    const store = memorySavedStore();
    await store.add([await entryOf(VI_TEXT)]);
    const seen: (readonly string[])[] = [];
    const state = createSavedState(store, (stamps) => seen.push(stamps));
    await state.facts();
    await state.leaderFacts('lawrence-wong');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([['test-engine:test-index']]);
    state.changed();
    await state.leaderFacts('lawrence-wong');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(2);
  });

  it("keeps a leader's part once read, until a change", async () => {
    const store = memorySavedStore();
    await store.add([await entryOf(VI_TEXT)]);
    let reads = 0;
    const state = createSavedState({ ...store, leaderFacts: (id) => (reads++, store.leaderFacts(id)) });
    await state.leaderFacts('lawrence-wong');
    await state.leaderFacts('lawrence-wong');
    expect(reads).toBe(1);
    state.changed();
    await state.leaderFacts('lawrence-wong');
    expect(reads).toBe(2);
  });

  it("reads only a leader's part for a card until something has read the whole", async () => {
    const store = memorySavedStore();
    await store.add([await entryOf(VI_TEXT)]);
    const counted = counting(store);
    const state = createSavedState(counted);
    expect((await state.leaderFacts('lawrence-wong'))?.cards['lawrence-wong']).toBeDefined();
    expect(await state.leaderFacts('vladimir-putin')).toBeNull();
    expect(counted.reads).toBe(0);
    await state.facts();
    expect((await state.leaderFacts('lawrence-wong'))?.cards['pham-minh-chinh']).toBeDefined();
    expect(counted.reads).toBe(1);
  });

  it("builds the saved search structures once per change and per index's leaders", async () => {
    const store = memorySavedStore();
    await store.add([await entryOf(VI_TEXT)]);
    const state = createSavedState(store);
    const { leaders } = await (await seedLookups()).leaderSearch();
    const first = await state.search(leaders);
    expect(await state.search(leaders)).toBe(first);
    state.changed();
    expect(await state.search(leaders)).not.toBe(first);
    expect(first.index.meetings.ids).toHaveLength(1);
  });
});
