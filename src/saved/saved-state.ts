import type { LeaderSearch } from '../index-data/read-index-folder';
import type { SavedFacts } from './saved-facts';
import type { SavedPeople } from './saved-people';
import { buildSavedSearch, type SavedSearchIndex } from './saved-search';
import type { SavedStore } from './saved-store';

/**
 * The saved articles' facts as the lookups read them, kept for the worker's life until a save,
 * removal, import or new reading changes them (`changed`). The worker is the only writer of the
 * store, so nothing else can make them stale. A card reads only its leader's part (one small
 * record) until something has read the whole; a search reads the whole once and builds its
 * structures. A failed read is not kept: the next request reads again.
 */
export interface SavedState {
  /** Every saved fact (for search and the coverage of saved articles). */
  facts(): Promise<SavedFacts>;
  /** One leader's part (`leaderPart`), or null when no saved article names the leader. */
  leaderFacts(leaderId: string): Promise<SavedFacts | null>;
  /** The saved meetings' and quotes' search structures against the index's leaders. */
  search(leaders: LeaderSearch['leaders']): Promise<{ facts: SavedFacts; index: SavedSearchIndex }>;
  /** The people found in the saved articles, with the matcher widened with them (saved-people.ts). */
  people(): Promise<SavedPeople | null>;
  /** Forget what was read: the next request reads the store again. */
  changed(): void;
}

/** Leaders' parts kept while the worker runs (see `leaderFacts`). */
const KEEP_PARTS = 16;

/**
 * @param onStamps called once a worker's life (and after each change) with the stamps the saved
 *   readings were made with: the worker reads stale ones again there (saved-service.ts).
 * @example
 * const state = createSavedState(idbSavedStore());
 * (await state.leaderFacts('to-lam'))?.cards['to-lam'];
 */
export function createSavedState(store: SavedStore, onStamps: (stamps: readonly string[]) => void = () => undefined): SavedState {
  let facts: Promise<SavedFacts> | null = null;
  let search: { leaders: LeaderSearch['leaders']; pending: Promise<{ facts: SavedFacts; index: SavedSearchIndex }> } | null = null;
  let stampsChecked = false;
  let people: Promise<SavedPeople | null> | null = null;
  // A few leaders' parts, most recently used last, as the index keeps a few card shards: a reader
  // hovering the same names again costs no read (a busy leader's part is a few hundred KB).
  const parts = new Map<string, Promise<SavedFacts | null>>();
  const checkStamps = () => {
    if (stampsChecked) return;
    stampsChecked = true;
    store.stamps().then(onStamps, () => {
      stampsChecked = false;
    });
  };
  const forgetOnFailure = <T>(pending: Promise<T>, forget: () => void): Promise<T> => {
    pending.catch(forget);
    return pending;
  };
  const state: SavedState = {
    facts() {
      checkStamps();
      if (!facts) {
        const pending = forgetOnFailure(store.facts(), () => {
          if (facts === pending) facts = null;
        });
        facts = pending;
      }
      return facts;
    },
    async leaderFacts(leaderId) {
      checkStamps();
      // The whole, when something already read it, holds every leader's part.
      if (facts) {
        const whole = await facts;
        return Object.hasOwn(whole.cards, leaderId) ? whole : null;
      }
      let part = parts.get(leaderId);
      if (part) {
        parts.delete(leaderId);
      } else {
        part = forgetOnFailure(store.leaderFacts(leaderId), () => parts.delete(leaderId));
      }
      parts.set(leaderId, part);
      if (parts.size > KEEP_PARTS) parts.delete(parts.keys().next().value!);
      return part;
    },
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
    people() {
      if (!people) {
        const pending = forgetOnFailure(store.people(), () => {
          if (people === pending) people = null;
        });
        people = pending;
      }
      return people;
    },
    changed() {
      people = null;
      facts = null;
      search = null;
      parts.clear();
      stampsChecked = false;
    },
  };
  return state;
}
