import { assembleSaved, leaderPart, NO_SAVED_FACTS, type SavedFacts } from './saved-facts';
import type { SavedPeople } from './saved-people';
import type { PendingSave, SavedArticleRecord, SavedReadingRecord } from './saved-types';

/** An article and what the engine read from it: written together or not at all. */
export interface SavedEntry {
  article: SavedArticleRecord;
  reading: SavedReadingRecord;
}

/** A saved article an entry repeats, and how it was recognised. */
export interface Duplicate {
  id: string;
  title: string;
  by: 'url' | 'text';
}

/** What `SavedStore.add` did with each entry, in order: stored, or left out as a repeat. */
export type AddOutcome = { added: true } | { added: false; duplicate: Duplicate };

/**
 * Where the reader's saved articles are kept: IndexedDB in the extension (idb-saved-store.ts), a
 * map in tests (`memorySavedStore`). A database of its own, apart from the packaged index.
 * Every write is one transaction, so a worker stopped half-way leaves each article whole or absent.
 *
 * Besides articles and readings, the store keeps what the lookups read, assembled from every
 * reading in the same transaction as each write (`assembleSaved`): the whole (for search) and
 * each leader's part (for a card). A card after a worker restart then reads one small record
 * instead of a thousand readings and merging them (measured at 1,000 saved articles: 66 ms to
 * read the readings and 130–170 ms to assemble them, against a few ms for one record).
 */
export interface SavedStore {
  /**
   * Adds entries in ONE transaction: each is stored whole (article and reading) unless an article
   * with the same address or text is already kept (or comes earlier in `entries`), which is then
   * reported instead; the pending marker `pendingId` (a save begun, see `markPending`) is removed
   * in the same transaction, so after a stop either the article or its marker is there.
   */
  add(entries: readonly SavedEntry[], pendingId?: string): Promise<AddOutcome[]>;
  /** The saved article with this address key or content key, if any. */
  findDuplicate(urlKey: string | null, contentKey: string): Promise<Duplicate | null>;
  /** Removes an article and its reading in one transaction; false when there was none. */
  remove(id: string): Promise<boolean>;
  /** Every reading (no article text): for the options page's list and for reading them again. */
  readings(): Promise<SavedReadingRecord[]>;
  /** The saved facts as the last write assembled them (NO_SAVED_FACTS before any). */
  facts(): Promise<SavedFacts>;
  /** One leader's part of them (`leaderPart`), or null when no saved article names the leader. */
  leaderFacts(leaderId: string): Promise<SavedFacts | null>;
  /** The stamps the readings were made with: small, read on a worker's first request. */
  stamps(): Promise<readonly string[]>;
  article(id: string): Promise<SavedArticleRecord | null>;
  /** Every article with its text, for an export. */
  articles(): Promise<SavedArticleRecord[]>;
  /**
   * Replaces articles' readings and paragraphs (read again after the engine or the index
   * changed, or with the people found in the saved articles), and with `people` the people
   * found, in one transaction; an article removed meanwhile is left out. Resolves with how
   * many were replaced.
   */
  replaceReadings(items: readonly { reading: SavedReadingRecord; paragraphs: SavedArticleRecord['paragraphs'] }[], people?: SavedPeople): Promise<number>;
  /** The people found in the saved articles as last stored (saved-people.ts), or null before any were looked for. */
  people(): Promise<SavedPeople | null>;
  /**
   * Whether articles were added or removed since the people were last found: set in the same
   * transaction as the change, cleared by `replaceReadings` with the people. A worker stopped
   * between a save and finding its people leaves it set, and the next worker finds them.
   */
  peopleDue(): Promise<boolean>;
  /** Records that a save has begun: if the worker stops before `add`, the marker stays. */
  markPending(pending: PendingSave): Promise<void>;
  pending(): Promise<PendingSave[]>;
  clearPending(id: string): Promise<void>;
}

/**
 * A store in memory with the same rules as the IndexedDB one (duplicates by address and text,
 * writes all or nothing), for unit tests and for a browser where IndexedDB cannot be opened
 * (a private window in some browsers): saves then last as long as the worker.
 */
export function memorySavedStore(derive: (readings: SavedReadingRecord[], people: SavedPeople | null) => SavedFacts = assembleSaved): SavedStore {
  const articles = new Map<string, SavedArticleRecord>();
  const readings = new Map<string, SavedReadingRecord>();
  const pending = new Map<string, PendingSave>();
  let facts: SavedFacts = NO_SAVED_FACTS;
  let people: SavedPeople | null = null;
  let peopleDue = false;
  const clone = <T>(value: T): T => structuredClone(value);
  const rederive = () => {
    facts = derive([...readings.values()].map(clone), people && clone(people));
  };
  const duplicateIn = (kept: Iterable<SavedArticleRecord>, article: Pick<SavedArticleRecord, 'urlKey' | 'contentKey'>): Duplicate | null => {
    for (const a of kept) {
      if (article.urlKey !== null && a.urlKey === article.urlKey) return { id: a.id, title: a.title, by: 'url' };
      if (a.contentKey === article.contentKey) return { id: a.id, title: a.title, by: 'text' };
    }
    return null;
  };
  return {
    async add(entries, pendingId) {
      const batch: SavedArticleRecord[] = [];
      const outcomes = entries.map(({ article }): AddOutcome => {
        const duplicate = duplicateIn(articles.values(), article) ?? duplicateIn(batch, article);
        if (duplicate) return { added: false, duplicate };
        batch.push(article);
        return { added: true };
      });
      entries.forEach(({ article, reading }, i) => {
        if (!outcomes[i]!.added) return;
        articles.set(article.id, clone(article));
        readings.set(reading.id, clone(reading));
      });
      if (pendingId !== undefined) pending.delete(pendingId);
      if (outcomes.some((o) => o.added)) {
        peopleDue = true;
        rederive();
      }
      return outcomes;
    },
    async findDuplicate(urlKey, contentKey) {
      return duplicateIn(articles.values(), { urlKey, contentKey });
    },
    async remove(id) {
      readings.delete(id);
      const there = articles.delete(id);
      if (there) {
        peopleDue = true;
        rederive();
      }
      return there;
    },
    async readings() {
      return [...readings.values()].map(clone);
    },
    async facts() {
      return clone(facts);
    },
    async leaderFacts(leaderId) {
      return Object.hasOwn(facts.cards, leaderId) ? clone(leaderPart(facts, leaderId)) : null;
    },
    async stamps() {
      return [...facts.stamps];
    },
    async article(id) {
      const found = articles.get(id);
      return found ? clone(found) : null;
    },
    async articles() {
      return [...articles.values()].map(clone);
    },
    async replaceReadings(items, found) {
      let replaced = 0;
      if (found) {
        people = clone(found);
        peopleDue = false;
      }
      for (const { reading, paragraphs } of items) {
        const article = articles.get(reading.id);
        if (!article) continue;
        articles.set(reading.id, { ...article, paragraphs: clone(paragraphs) });
        readings.set(reading.id, clone(reading));
        replaced++;
      }
      if (replaced > 0 || found) rederive();
      return replaced;
    },
    async people() {
      return people && clone(people);
    },
    async peopleDue() {
      return peopleDue;
    },
    async markPending(p) {
      pending.set(p.id, clone(p));
    },
    async pending() {
      return [...pending.values()].map(clone);
    },
    async clearPending(id) {
      pending.delete(id);
    },
  };
}
