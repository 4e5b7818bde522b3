import type { LeaderSearch } from '../index-data/read-index-folder';
import { assembleSaved, type SavedFacts } from './saved-facts';
import { buildSavedSearch, type SavedSearchIndex } from './saved-search';
import type { SavedStore } from './saved-store';
import type { SavedReadingRecord } from './saved-types';

/**
 * The saved articles' facts as the lookups read them, assembled once from the store's readings and
 * kept for the worker's life, until a save, removal, import or new reading changes them
 * (`changed`). The worker is the only writer of the store, so nothing else can make them stale. A
 * failed read is not kept: the next request reads again.
 */
export interface SavedState {
  facts(): Promise<SavedFacts>;
  /** The saved meetings' and quotes' search structures against the index's leaders. */
  search(leaders: LeaderSearch['leaders']): Promise<{ facts: SavedFacts; index: SavedSearchIndex }>;
  /** Forget what was assembled: the next request reads the store again. */
  changed(): void;
}

/**
 * @param onReadings called with every reading loaded (the worker checks their stamps there and
 *   reads stale ones again, reread-saved.ts).
 * @example
 * const state = createSavedState(idbSavedStore());
 * (await state.facts()).cards['to-lam'];
 */
export function createSavedState(store: SavedStore, onReadings: (readings: readonly SavedReadingRecord[]) => void = () => undefined): SavedState {
  let facts: Promise<SavedFacts> | null = null;
  let search: { leaders: LeaderSearch['leaders']; pending: Promise<{ facts: SavedFacts; index: SavedSearchIndex }> } | null = null;
  const load = (): Promise<SavedFacts> => {
    const pending = store.readings().then((readings) => {
      onReadings(readings);
      return assembleSaved(readings);
    });
    pending.catch(() => {
      if (facts === pending) facts = null;
    });
    return pending;
  };
  const state: SavedState = {
    facts: () => (facts ??= load()),
    async search(leaders) {
      if (!search || search.leaders !== leaders) {
        const pending = state.facts().then((f) => ({ facts: f, index: buildSavedSearch(f, leaders) }));
        search = { leaders, pending };
        pending.catch(() => {
          if (search?.pending === pending) search = null;
        });
      }
      return search.pending;
    },
    changed() {
      facts = null;
      search = null;
    },
  };
  return state;
}
