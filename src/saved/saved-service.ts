import type { IndexLookups } from '../index-data/read-index-folder';
import { articleFileText } from './article-file-text';
import { checkArticleFile } from './check-article-file';
import { engineVersion, readingStamp } from './engine-stamp';
import type { TabExtraction } from './extract-from-tab';
import { readEntry, saveArticle, siteOf, type LoadedEngine, type SaveContext, type SaveOutcome } from './save-article';
import { loadEngine } from './saved-engine';
import { bundledMatches } from './bundled-matches';
import { factCounts, savedFileName } from './saved-facts';
import { factsWithPeople, findSavedPeople } from './saved-people';
import type { SavedState } from './saved-state';
import type { SavedEntry, SavedStore } from './saved-store';
import type { SavedPeople } from './saved-people';
import type { PendingSave, SavedArticleSummary, SavedReadingRecord } from './saved-types';
import { urlKey } from './duplicate-keys';

/** One file the reader imports: its name and bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** What an import did, file by file, in the CLI's words for the files it refused. */
export interface ImportReport {
  imported: { file: string; id: string; title: string; meetings: number; quotes: number }[];
  /** Already saved, or repeated inside the import: kept once. */
  duplicates: { file: string; reason: string }[];
  /** Not articles (`<file>: <reason>`, as `npm run corpus -- check` says). Nothing of them is kept. */
  refused: { file: string; reason: string }[];
  /** Header lines refused in imported files (the article is kept without them), as the CLI warns. */
  warnings: string[];
}

/** The saved articles as an export lays them out: `articles/<id>.txt` and a manifest of their addresses. */
export interface SavedExport {
  files: { path: string; text: string }[];
  manifest: SavedManifest;
}

/** `manifest.json` of an export: where each article came from (the CLI ignores it). */
export interface SavedManifest {
  format: 'leaderlens-saved-articles';
  version: 1;
  exportedAt: string;
  articles: { file: string; url: string | null; title: string; site: string | null; published: string | null; savedAt: string }[];
}

/** What the options page lists, and saves that were begun and never finished. */
export interface SavedList {
  articles: SavedArticleSummary[];
  interrupted: PendingSave[];
}

/** For the popup after a save that got no answer: is the page's article kept, or was its save cut off? */
export interface SavedLookup {
  saved: { id: string; title: string } | null;
  /** The save begun for this address that the worker never finished (nothing of it was kept). */
  interrupted: PendingSave | null;
}

/** Articles read again per transaction after an engine or index change. */
const REREAD_BATCH = 25;

export interface SavedServiceDeps {
  store: SavedStore;
  state: SavedState;
  /** The packaged index alone (not the saved articles): the engine's registry, and the meetings saved ones are matched with. */
  index: () => Promise<IndexLookups>;
  /** The article of a tab (extract-from-tab.ts). */
  extract: (tabId: number) => Promise<TabExtraction>;
  now?: () => Date;
  /** Reads stale articles again after this many ms; 0 in tests. Default 0. */
  rereadDelayMs?: number;
}

/**
 * The background's work on the reader's own corpus: saving a tab's article, listing, removing,
 * exporting and importing, and reading saved articles again when the engine or the index changed.
 * Every change tells `state` (saved-state.ts), so the next card and search see it.
 */
export function createSavedService(deps: SavedServiceDeps) {
  const { store, state } = deps;
  const now = deps.now ?? (() => new Date());
  let engine: Promise<LoadedEngine> | null = null;
  const loadedEngine = (): Promise<LoadedEngine> =>
    (engine ??= deps
      .index()
      .then(loadEngine)
      .catch((error: unknown) => {
        engine = null;
        throw error;
      }));
  const context: SaveContext = {
    store,
    engine: loadedEngine,
    leaderFacts: async (leaderId) => (await deps.index()).cardFacts(leaderId),
    today: () => now().toISOString().slice(0, 10),
    now,
  };

  let rereading: Promise<number> | null = null;
  /**
   * Reads again, from its stored text, every article whose reading has another stamp than this
   * worker's engine and index, in batches of {@link REREAD_BATCH} (each batch one transaction);
   * resolves with how many were read again. One run at a time.
   */
  const rereadStale = (): Promise<number> => {
    if (rereading) return rereading;
    const run = async (): Promise<number> => {
      const current = readingStamp(engineVersion(), (await deps.index()).buildId);
      const stale = (await store.readings()).filter((r) => r.stamp !== current);
      let done = 0;
      for (let from = 0; from < stale.length; from += REREAD_BATCH) {
        const batch: { reading: SavedReadingRecord; paragraphs: { text: string; line: number }[] }[] = [];
        for (const old of stale.slice(from, from + REREAD_BATCH)) {
          const article = await store.article(old.id);
          if (!article) continue;
          const admitted = checkArticleFile(savedFileName(article.id), new TextEncoder().encode(article.text));
          if (!admitted.ok) continue; // kept as it was: a file once admitted is refused now only if the rules changed
          const { entry } = await readEntry(admitted, { url: article.url, title: article.title, site: article.site, published: article.published, lang: article.lang, origin: article.origin }, context);
          // Keep what the reader saw when they saved it: its id, address, title and time.
          batch.push({ reading: { ...entry.reading, id: old.id, title: article.title, site: article.site, url: article.url, savedAt: article.savedAt }, paragraphs: entry.article.paragraphs });
        }
        done += await store.replaceReadings(batch);
      }
      if (done > 0) state.changed();
      await updatePeople();
      return done;
    };
    rereading = run().finally(() => {
      rereading = null;
    });
    return rereading;
  };

  let finding: Promise<Map<string, SavedReadingRecord>> = Promise.resolve(new Map());
  /**
   * Finds the people the saved articles title whom the index lacks (saved-people.ts) and reads
   * again, in one transaction with the people, the articles whose facts change with them (those
   * that name them, and those read with people since gone). Runs after every change of the saved
   * articles, one run at a time; resolves with the readings it rewrote. Articles read with another
   * engine or index wait for `rereadStale`, which runs this after it.
   */
  const updatePeople = (): Promise<Map<string, SavedReadingRecord>> => {
    const run = async (): Promise<Map<string, SavedReadingRecord>> => {
      const engine = await loadedEngine();
      const [readings, before] = await Promise.all([store.readings(), store.people()]);
      const current = readings.filter((r) => r.stamp === engine.stamp);
      const widening = findSavedPeople(engine, current);
      const toRead = current.filter((r) => r.widenedWith !== widening.people.key);
      const rewritten = new Map<string, SavedReadingRecord>();
      if (toRead.length === 0 && before !== null && samePeople(before, widening.people)) return rewritten;
      const batch: { reading: SavedReadingRecord; paragraphs: { text: string; line: number }[] }[] = [];
      for (const old of toRead) {
        const article = await store.article(old.id);
        if (!article) continue;
        const facts = factsWithPeople(old, article.paragraphs, engine, widening);
        const reading: SavedReadingRecord = facts
          ? {
              ...old,
              facts,
              widenedWith: widening.people.key,
              bundled: await bundledMatches(facts.meetings, old.date, context.leaderFacts),
              placeCountries: engine.placeCountries(facts.meetings.map((m) => m.place)),
            }
          : { ...old, widenedWith: widening.people.key };
        if (facts) rewritten.set(reading.id, reading);
        batch.push({ reading, paragraphs: article.paragraphs });
      }
      await store.replaceReadings(batch, widening.people);
      // Only what a card, a search or the page can see: not the first empty finding, nor a reading
      // that was only told it stays as it is.
      const seen = before ?? { ...widening.people, leaders: {} };
      if (rewritten.size > 0 || !samePeople(seen, widening.people)) state.changed();
      return rewritten;
    };
    finding = finding.catch(() => new Map()).then(run);
    return finding;
  };
  const updatePeopleQuietly = (): Promise<unknown> =>
    updatePeople().catch((error: unknown) => console.warn('leaderlens saved: finding the people of saved articles failed:', error));

  return {
    /**
     * Called by the state with the stamps of the saved readings, once a worker's life: when one is
     * not this worker's (an update brought another engine or index), the articles are read again,
     * after the answer that asked (they are served as they were meanwhile).
     */
    async onStamps(stamps: readonly string[]): Promise<void> {
      if (stamps.length === 0) return;
      const current = readingStamp(engineVersion(), (await deps.index()).buildId);
      if (stamps.every((stamp) => stamp === current)) {
        // A worker stopped between a save and finding its people left them to find.
        const [people, due] = await Promise.all([store.people(), store.peopleDue()]);
        if (due || people === null || people.stamp !== current) void updatePeopleQuietly();
        return;
      }
      setTimeout(() => {
        rereadStale().catch((error: unknown) => console.warn('leaderlens saved: reading saved articles again failed:', error));
      }, deps.rereadDelayMs ?? 0);
    },
    rereadStale,
    updatePeople,

    /** Saves the article of tab `tabId` (popup, context menu, keyboard). */
    async savePage(tabId: number): Promise<SaveOutcome> {
      const extracted = await deps.extract(tabId);
      if (!extracted.ok) return { status: 'failed', code: extracted.code, reason: extracted.reason };
      const page = extracted.article;
      const admitted = checkArticleFile('page.txt', new TextEncoder().encode(articleFileText(page)));
      if (!admitted.ok) return { status: 'failed', code: 'not-an-article', reason: admitted.reason.replace(/^page\.txt: /, '') };
      const outcome = await saveArticle(
        admitted,
        { url: page.url, title: page.title, site: page.siteName ?? siteOf(page.url), published: page.published, lang: page.lang, origin: 'page' },
        context,
      );
      if (outcome.status === 'saved') {
        state.changed();
        // Its people (and the other articles' with them) before the answer: the next card has them.
        const again = (await updatePeople().catch(() => new Map<string, SavedReadingRecord>())).get(outcome.id);
        return { ...outcome, ...(again ? factCounts(again.facts) : {}), timings: { ...outcome.timings, extract: extracted.ms } };
      }
      return outcome;
    },

    /** Whether the article at `url` is kept, and whether a save of it was cut off (the popup asks after a save got no answer). */
    async findSaved(url: string): Promise<SavedLookup> {
      const key = urlKey(url);
      const [articles, pending] = await Promise.all([store.readings(), store.pending()]);
      const found = key === null ? undefined : articles.find((r) => urlKey(r.url) === key);
      const interrupted = key === null ? undefined : pending.find((p) => p.id === key);
      return { saved: found ? { id: found.id, title: found.title } : null, interrupted: found ? null : (interrupted ?? null) };
    },

    async list(): Promise<SavedList> {
      const [readings, interrupted] = await Promise.all([store.readings(), store.pending()]);
      const articles = readings
        .map((r): SavedArticleSummary => ({ id: r.id, title: r.title, site: r.site, url: r.url, date: r.date, savedAt: r.savedAt, ...factCounts(r.facts) }))
        .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
      // A marker whose article is kept after all (the worker stopped between the two) says nothing.
      const keys = new Set(readings.map((r) => urlKey(r.url)));
      return { articles, interrupted: interrupted.filter((p) => !keys.has(p.id)) };
    },

    async remove(id: string): Promise<boolean> {
      const removed = await store.remove(id);
      if (removed) {
        state.changed();
        // A person only this article titled is gone, and the articles read with them are read again.
        await updatePeopleQuietly();
      }
      return removed;
    },

    async dismissInterrupted(id: string): Promise<boolean> {
      await store.clearPending(id);
      return true;
    },

    async exportAll(): Promise<SavedExport> {
      const articles = (await store.articles()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return {
        files: articles.map((a) => ({ path: `articles/${savedFileName(a.id)}`, text: a.text })),
        manifest: {
          format: 'leaderlens-saved-articles',
          version: 1,
          exportedAt: now().toISOString(),
          articles: articles.map((a) => ({ file: `articles/${savedFileName(a.id)}`, url: a.url, title: a.title, site: a.site, published: a.published, savedAt: a.savedAt })),
        },
      };
    },

    /**
     * Imports article files: each checked with the CLI's rules (a refused one is reported in the
     * CLI's words and nothing of it kept), read with the engine, and every admitted one written in
     * ONE transaction: an import stopped half-way keeps nothing, and one that ends keeps every
     * good file. A file repeating a saved article (or another file of the import) is kept once.
     */
    async importFiles(files: readonly ImportFile[]): Promise<ImportReport> {
      const report: ImportReport = { imported: [], duplicates: [], refused: [], warnings: [] };
      const entries: { file: string; entry: SavedEntry }[] = [];
      for (const file of files) {
        const admitted = checkArticleFile(file.name, file.bytes);
        if (!admitted.ok) {
          report.refused.push({ file: file.name, reason: admitted.reason });
          continue;
        }
        report.warnings.push(...admitted.warnings);
        const url = admitted.header.url ?? null;
        const { entry } = await readEntry(admitted, { url, title: null, site: siteOf(url), published: admitted.header.headerDate, lang: null, origin: 'import' }, context);
        entries.push({ file: file.name, entry });
      }
      const outcomes = entries.length > 0 ? await store.add(entries.map((e) => e.entry)) : [];
      outcomes.forEach((outcome, i) => {
        const { file, entry } = entries[i]!;
        if (outcome.added) {
          report.imported.push({ file, id: entry.article.id, title: entry.article.title, ...factCounts(entry.reading.facts) });
        } else {
          const how = outcome.duplicate.by === 'url' ? 'same address' : 'same text';
          report.duplicates.push({ file, reason: `${file}: duplicate of "${outcome.duplicate.title}" (${how}); kept once` });
        }
      });
      if (report.imported.length > 0) {
        state.changed();
        const again = await updatePeople().catch(() => new Map<string, SavedReadingRecord>());
        for (const item of report.imported) {
          const reading = again.get(item.id);
          if (reading) Object.assign(item, factCounts(reading.facts));
        }
      }
      return report;
    },
  };
}

export type SavedService = ReturnType<typeof createSavedService>;

/** Whether two sets of people found are the same, matcher included (a new day on a person changes their card, not the articles' readings). */
function samePeople(a: SavedPeople, b: SavedPeople): boolean {
  return a.stamp === b.stamp && a.key === b.key && JSON.stringify(a.leaders) === JSON.stringify(b.leaders);
}
