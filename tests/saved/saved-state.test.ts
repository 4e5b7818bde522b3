import { describe, expect, it } from 'vitest';
import { createSavedState } from '../../src/saved/saved-state';
import { memorySavedStore, type SavedStore } from '../../src/saved/saved-store';
import { entryOf, seedLookups, VI_TEXT } from './saved-fixture';

function counting(store: SavedStore): SavedStore & { reads: number } {
  const counted = Object.assign(Object.create(null) as object, store, { reads: 0 }) as SavedStore & { reads: number };
  counted.readings = async () => {
    counted.reads++;
    return store.readings();
  };
  return counted;
}

describe('createSavedState', () => {
  it('assembles the readings once and keeps them until told of a change', async () => {
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
    const state = createSavedState({ ...store, readings: async () => (fail ? Promise.reject(new Error('disk')) : store.readings()) });
    await expect(state.facts()).rejects.toThrow('disk');
    fail = false;
    await expect(state.facts()).resolves.toBeDefined();
  });

  it('hands every reading it loads to onReadings (where stale ones are read again)', async () => {
    const store = memorySavedStore();
    await store.add([await entryOf(VI_TEXT)]);
    const seen: string[][] = [];
    await createSavedState(store, (readings) => seen.push(readings.map((r) => r.stamp))).facts();
    expect(seen).toEqual([['test-engine:test-index']]);
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
