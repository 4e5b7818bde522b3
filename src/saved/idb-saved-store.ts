import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { assembleSaved, leaderPart, NO_SAVED_FACTS, type SavedFacts } from './saved-facts';
import type { SavedPeople } from './saved-people';
import type { AddOutcome, Duplicate, SavedStore } from './saved-store';
import type { PendingSave, SavedArticleRecord, SavedReadingRecord } from './saved-types';

/**
 * The reader's saved articles in IndexedDB, through `idb` (a small, well-kept promise wrapper).
 * A database of its own, `leaderlens-saved`, apart from the packaged index (which is files in the
 * package, never written): rebuilding or updating the index never touches it. `storage.sync` is
 * far too small for articles (8 KiB an item) and keeps the settings.
 *
 * - `articles`: the article file text and what the reader sees (title, site, address, paragraphs),
 *   with unique indexes on the address key and the content key, so a second save of the same
 *   article is refused by the database itself, even by two saves racing.
 * - `readings`: what the engine read (meetings, quotes, people), small: the lookups read them all
 *   on a worker's first saved-facts request; the article text is read only by the reader and export.
 * - `pending`: saves begun and not finished (saved-store.ts, `markPending`).
 * - `derived`: what the lookups read, assembled from every reading in each write's transaction:
 *   `all` (the saved facts, for search), `card:<leader id>` (one leader's part, for a card) and
 *   `stamps` (the stamps of the readings, read on a worker's first request), and `people` (the
 *   people found in the saved articles, saved-people.ts, with the matcher widened with them), which
 *   every assembling reads, and `people-due` (set by a change, cleared when the people are found).
 *
 * Bump {@link SAVED_DB_VERSION} with an upgrade step for any change of these stores.
 */
export const SAVED_DB_NAME = 'leaderlens-saved';
export const SAVED_DB_VERSION = 1;

interface SavedSchema extends DBSchema {
  articles: { key: string; value: SavedArticleRecord; indexes: { url: string; content: string } };
  readings: { key: string; value: SavedReadingRecord };
  pending: { key: string; value: PendingSave };
  derived: { key: string; value: SavedFacts | string[] | SavedPeople | boolean };
}

const STORES = ['articles', 'readings', 'pending', 'derived'] as const;
type WriteTx = IDBPTransaction<SavedSchema, (typeof STORES)[number][], 'readwrite'>;

type Db = IDBPDatabase<SavedSchema>;
/** The articles store's indexes, as read inside a transaction of either kind. */
interface ArticleIndexes {
  index(name: 'url' | 'content'): { get(key: string): Promise<SavedArticleRecord | undefined> };
}

/**
 * Opens (creating or upgrading) the saved articles' database. A `versionchange` from a newer
 * Leaderlens in another context closes this connection instead of blocking it.
 */
export async function openSavedDb(name: string = SAVED_DB_NAME): Promise<Db> {
  const db = await openDB<SavedSchema>(name, SAVED_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const articles = database.createObjectStore('articles', { keyPath: 'id' });
        // A record without an address has urlKey null, which is no key: IndexedDB leaves it out of
        // the index, so any number of articles without an address may be kept.
        articles.createIndex('url', 'urlKey', { unique: true });
        articles.createIndex('content', 'contentKey', { unique: true });
        database.createObjectStore('readings', { keyPath: 'id' });
        database.createObjectStore('pending', { keyPath: 'id' });
        database.createObjectStore('derived');
      }
    },
  });
  db.addEventListener('versionchange', () => db.close());
  return db;
}

/**
 * The `SavedStore` over IndexedDB. The database is opened on first use and kept; a failed open
 * is not kept, so the next call tries again.
 *
 * @example
 * const store = idbSavedStore();
 * await store.add([{ article, reading }]); // [{ added: true }]
 */
export function idbSavedStore(
  open: () => Promise<Db> = () => openSavedDb(),
  derive: (readings: SavedReadingRecord[], people: SavedPeople | null) => SavedFacts = assembleSaved,
): SavedStore {
  let pending: Promise<Db> | null = null;
  const db = (): Promise<Db> =>
    (pending ??= open().catch((error: unknown) => {
      pending = null;
      throw error;
    }));

  const duplicateIn = async (articles: ArticleIndexes, urlKey: string | null, contentKey: string): Promise<Duplicate | null> => {
    const byUrl = urlKey === null ? undefined : await articles.index('url').get(urlKey);
    if (byUrl) return { id: byUrl.id, title: byUrl.title, by: 'url' };
    const byText = await articles.index('content').get(contentKey);
    return byText ? { id: byText.id, title: byText.title, by: 'text' } : null;
  };

  /**
   * Assembles every reading again and rewrites `derived`, inside the write's transaction: the
   * lookups never see saved facts that disagree with the readings. Only IndexedDB requests are
   * awaited; the assembling between them is synchronous, so the transaction stays open.
   */
  const rederive = async (tx: WriteTx): Promise<void> => {
    const derived = tx.objectStore('derived');
    const [readings, people] = await Promise.all([tx.objectStore('readings').getAll(), derived.get('people')]);
    const facts = derive(readings, (people as SavedPeople | undefined) ?? null);
    const keys = await derived.getAllKeys();
    const writes: Promise<unknown>[] = [];
    for (const key of keys) if (key.startsWith('card:') && !Object.hasOwn(facts.cards, key.slice(5))) writes.push(derived.delete(key));
    writes.push(derived.put(facts, 'all'), derived.put([...facts.stamps], 'stamps'));
    for (const leaderId of Object.keys(facts.cards)) writes.push(derived.put(leaderPart(facts, leaderId), `card:${leaderId}`));
    await Promise.all(writes);
  };

  return {
    async add(entries, pendingId) {
      const tx = (await db()).transaction([...STORES], 'readwrite');
      const outcomes: AddOutcome[] = [];
      const batch = new Map<string, Duplicate>();
      // Only IndexedDB requests are awaited inside the transaction: awaiting anything else would
      // let it commit half-way.
      for (const { article, reading } of entries) {
        const inBatch = (article.urlKey !== null ? batch.get(`u:${article.urlKey}`) : undefined) ?? batch.get(`c:${article.contentKey}`);
        const duplicate = inBatch ?? (await duplicateIn(tx.objectStore('articles'), article.urlKey, article.contentKey));
        if (duplicate) {
          outcomes.push({ added: false, duplicate });
          continue;
        }
        const self: Duplicate = { id: article.id, title: article.title, by: 'url' };
        if (article.urlKey !== null) batch.set(`u:${article.urlKey}`, self);
        batch.set(`c:${article.contentKey}`, { ...self, by: 'text' });
        await tx.objectStore('articles').put(article);
        await tx.objectStore('readings').put(reading);
        outcomes.push({ added: true });
      }
      if (pendingId !== undefined) await tx.objectStore('pending').delete(pendingId);
      if (outcomes.some((o) => o.added)) {
        await tx.objectStore('derived').put(true, 'people-due');
        await rederive(tx);
      }
      await tx.done;
      return outcomes;
    },
    async findDuplicate(urlKey, contentKey) {
      return duplicateIn((await db()).transaction('articles', 'readonly').store, urlKey, contentKey);
    },
    async remove(id) {
      const tx = (await db()).transaction([...STORES], 'readwrite');
      const there = (await tx.objectStore('articles').getKey(id)) !== undefined;
      await tx.objectStore('articles').delete(id);
      await tx.objectStore('readings').delete(id);
      if (there) {
        await tx.objectStore('derived').put(true, 'people-due');
        await rederive(tx);
      }
      await tx.done;
      return there;
    },
    async readings() {
      return (await db()).getAll('readings');
    },
    async facts() {
      return ((await (await db()).get('derived', 'all')) as SavedFacts | undefined) ?? NO_SAVED_FACTS;
    },
    async leaderFacts(leaderId) {
      return ((await (await db()).get('derived', `card:${leaderId}`)) as SavedFacts | undefined) ?? null;
    },
    async stamps() {
      return ((await (await db()).get('derived', 'stamps')) as string[] | undefined) ?? [];
    },
    async article(id) {
      return (await (await db()).get('articles', id)) ?? null;
    },
    async articles() {
      return (await db()).getAll('articles');
    },
    async replaceReadings(items, people) {
      const tx = (await db()).transaction([...STORES], 'readwrite');
      let replaced = 0;
      if (people) {
        await tx.objectStore('derived').put(people, 'people');
        await tx.objectStore('derived').delete('people-due');
      }
      for (const { reading, paragraphs } of items) {
        const article = await tx.objectStore('articles').get(reading.id);
        if (!article) continue;
        await tx.objectStore('articles').put({ ...article, paragraphs });
        await tx.objectStore('readings').put(reading);
        replaced++;
      }
      if (replaced > 0 || people) await rederive(tx);
      await tx.done;
      return replaced;
    },
    async people() {
      return ((await (await db()).get('derived', 'people')) as SavedPeople | undefined) ?? null;
    },
    async peopleDue() {
      return (await (await db()).get('derived', 'people-due')) === true;
    },
    async markPending(p) {
      await (await db()).put('pending', p);
    },
    async pending() {
      return (await db()).getAll('pending');
    },
    async clearPending(id) {
      await (await db()).delete('pending', id);
    },
  };
}
