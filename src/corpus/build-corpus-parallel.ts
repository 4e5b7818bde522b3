/**
 * The corpus build on every core, with a cache: this thread looks each file up in the stage cache
 * (stage-cache.ts, stage-keys.ts); the per-article stage (article-stage.ts) reads the rest on a pool
 * of worker threads (stage-pool.ts), or on this thread when they are a handful; then the merge stage
 * (corpus-merge.ts) runs here over the results in file order. The result equals `buildCorpus`'s
 * (build-corpus.ts) byte for byte, whatever the number of workers or the order they finish in;
 * the tests compare the two.
 *
 * What a cached result is keyed by: the sha256 of the file's bytes, the engine's version (a hash
 * of its source, engine-version.ts), the registry's JSON and, for an article whose year was
 * inferred, the day of the build (year inference reads it). A second reading (an article read
 * again with the people found in the corpus) is keyed by its first reading's key and the hash of
 * the widened registry as second readings read it (corpus-merge.ts, readingRegistry).
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { readParagraphs, type ArticleStageResult } from './article-stage';
import { packReading, unpackFacts, unpackResult } from './reading-pack';
import { admitReadings, openCorpus } from './build-corpus';
import type { BuildCorpusOptions, CorpusBuild } from './build-types';
import { mergeCorpus, widenRegistry } from './corpus-merge';
import { engineVersion } from './engine-version';
import { openStageCache, pruneEngines } from './stage-cache';
import { cachedRead, cachedReread, readEntryKeyOfHash, readingKey, rereadEntryKey, sha256 } from './stage-keys';
import { buildStateFile, loadBuildState, stateLine, stateStillFits, textlessResult, writeBuildState, type BuildState, type StateArticle } from './build-state';
import { restoreText, StateText, stateQuoteMaker } from './state-text';
import { EmptyRereadMemo } from './empty-reread-memo';
import { FileHashMemo } from './file-hash-memo';
import { nameTableMemo } from './name-table-memo';
import { QuoteIdMemo } from './quote-id-memo';
import { MergeMemo } from './merge-memo';
import { StagePool } from './stage-pool';
import { handleStageRequest, startStageWorker, type ReadReply, type StageReply, type StageRequest, type StageWorkerSetup, type StageWorkerState, type WidenedSetup } from './stage-worker';

export interface ParallelBuildOptions extends BuildCorpusOptions {
  /** Worker threads, when more than `localLimit` articles are to be read. Default: `os.availableParallelism()`. */
  workers?: number;
  /** The stage cache's root folder, or null (the default) to read every article afresh. */
  cacheRoot?: string | null;
  /** Up to this many articles to read (and to read again) are read on this thread, without starting workers. Default 32. */
  localLimit?: number;
  /**
   * Take unchanged articles from the build state the last build of this folder left in the cache
   * (build-state.ts) instead of their stage cache entries, their text fetched only when read
   * (state-text.ts). Default false; needs `cacheRoot`.
   */
  useState?: boolean;
  /** Write this build's state for the next build. Default: as `useState`. */
  keepState?: boolean;
  /** Told why a state was not used when it was damaged, or why the build fell back from it. */
  note?: (message: string) => void;
}

/** How a build went, for the CLI's summary line and the bench. */
export interface BuildStats {
  /** Worker threads started: 0 when every article came from the cache or was read on the main thread. */
  workers: number;
  /** Files the per-article stage read, and how many of those came from the cache. */
  files: number;
  cachedFiles: number;
  /** Articles read a second time with the people found in the corpus, and how many from the cache. */
  rereads: number;
  cachedRereads: number;
  /** Articles whose quote ids the last build's memo gave (quote-id-memo.ts): their quotes' text was not hashed. */
  quoteIdsKnown: number;
  /** Of the second readings from the cache, those known to change nothing without opening their entries (empty-reread-memo.ts). */
  emptyRereadsKnown: number;
  /** Articles whose tellings the last build's merge gave (merge-memo.ts): the meeting merge went on after them. Absent: none. */
  mergeResumed?: number;
  /** Articles taken from the build state (build-state.ts): their entries were not opened. Absent: none. */
  fromState?: number;
  /** How many of those have had their text fetched so far (state-text.ts): the articles of the shards being made. */
  textsFetched?: () => number;
  /**
   * Wall time of each part, ms: reading the registry and listing the folder, the per-article stage
   * (the cache looked up here, the rest read by the workers, who start when first needed), the
   * second readings, the merge.
   */
  ms: { start: number; articles: number; rereads: number; merge: number };
}

/**
 * Builds the corpus of `options.corpusDir` on the machine's cores, reusing cached results.
 *
 * @example
 * const { build, stats } = await buildCorpusInParallel({ corpusDir: 'corpus', cacheRoot: '.cache/leaderlens' });
 * build.data.meetings.length; // 11, as buildCorpus gives
 * stats.cachedFiles; // 5 on the second run
 */
export async function buildCorpusInParallel(options: ParallelBuildOptions): Promise<{ build: CorpusBuild; stats: BuildStats }> {
  try {
    return await buildOnce(options);
  } catch (error) {
    if (!(error instanceof StateUnusable)) throw error;
    options.note?.(`${error.message}; reading every article from the stage cache instead`);
    return await buildOnce({ ...options, useState: false, keepState: options.keepState ?? options.useState ?? false });
  }
}

/**
 * The build state cannot give this build what the readings would (an article's id moved, the
 * people found in the corpus changed what second readings read): detected, and the build is made
 * again from the readings.
 */
class StateUnusable extends Error {}

async function buildOnce(options: ParallelBuildOptions): Promise<{ build: CorpusBuild; stats: BuildStats }> {
  let lap = performance.now();
  const elapsed = (): number => {
    const now = performance.now();
    const ms = now - lap;
    lap = now;
    return ms;
  };
  const cacheRoot = options.cacheRoot ?? null;
  // The registry's matcher and the widened registry's, compiled once per registry (name-table-memo.ts).
  const nameTableOf = nameTableMemo(cacheRoot === null ? null : join(cacheRoot, 'name-tables'));
  const setup = openCorpus(options, nameTableOf);
  const toRead = setup.listed.filter((l) => 'path' in l).length;
  const engine = engineVersion();
  const cache = cacheRoot === null ? null : openStageCache(cacheRoot, engine);
  const registryHash = sha256(JSON.stringify(setup.registry));
  // Unchanged articles are looked up by what `lstat` says of them, not read and hashed again.
  const folderKey = sha256(resolve(options.corpusDir)).slice(0, 16);
  const hashes = FileHashMemo.load(cacheRoot === null ? null : join(cacheRoot, 'file-hashes', `${folderKey}.json`));
  const stage = new StageRunner(
    { registry: setup.registry, nameTable: setup.nameTable, registryHash, today: setup.today, engine, cacheRoot },
    Math.max(1, options.workers ?? availableParallelism()),
    options.localLimit ?? LOCAL_LIMIT,
  );
  const stats: BuildStats = { workers: 0, files: toRead, cachedFiles: 0, rereads: 0, cachedRereads: 0, quoteIdsKnown: 0, emptyRereadsKnown: 0, ms: { start: 0, articles: 0, rereads: 0, merge: 0 } };
  // The last build's state of this folder, when it is of this code, engine and registry.
  const stateFile = cacheRoot === null || !(options.keepState ?? options.useState ?? false) ? null : buildStateFile(cacheRoot, folderKey);
  let state: BuildState | null = null;
  if (stateFile !== null && options.useState === true) {
    const load = loadBuildState(stateFile, engine);
    if ('damaged' in load) options.note?.(load.damaged);
    else if ('state' in load && load.state.header.registryHash === registryHash) state = load.state;
  }
  // Per listed file: its state article when taken from the state; its entry key and the day its reading read otherwise.
  const fromState: (StateArticle | undefined)[] = [];
  const entryKeys: (string | undefined)[] = [];
  const readDays: (string | null)[] = [];
  try {
    stats.ms.start = elapsed();
    // This thread looks each file up in the cache itself (reading an entry here costs less than a
    // worker reading it and sending it over) and hands the stage only the files it misses.
    const results: (ArticleStageResult | { skip: string })[] = [];
    const keys: (string | null)[] = [];
    const fromCache: boolean[] = [];
    const reads: Promise<void>[] = [];
    for (let i = 0; i < setup.listed.length; i++) {
      const listed = setup.listed[i]!;
      if ('refused' in listed) {
        results[i] = { skip: listed.refused };
        continue;
      }
      let entryKey: string | undefined;
      if (cache) {
        // The listing's lstat, not a second one (read-articles.ts).
        const file = hashes.hashOf(listed.path, listed.stats);
        entryKey = 'hash' in file ? readEntryKeyOfHash(engine, registryHash, file.hash) : undefined;
        // From the state: the same entry, holding today (what cachedRead would answer), its text not read.
        const saved = entryKey === undefined ? undefined : state?.byFile.get(listed.file)?.article;
        if (saved !== undefined && saved.entryKey === entryKey && (saved.today === null || saved.today === setup.today)) {
          results[i] = textlessResult(saved);
          keys[i] = saved.keys.reading;
          fromCache[i] = true;
          fromState[i] = saved;
          stats.cachedFiles++;
          stats.fromState = (stats.fromState ?? 0) + 1;
          continue;
        }
        const hit = entryKey === undefined ? undefined : cachedRead(cache, entryKey, setup.today);
        if (hit) {
          results[i] = unpackResult(hit.result);
          keys[i] = hit.key;
          fromCache[i] = true;
          stats.cachedFiles++;
          entryKeys[i] = entryKey;
          readDays[i] = hit.key === entryKey ? null : setup.today;
          continue;
        }
      }
      reads.push(
        stage.run({ type: 'read', path: listed.path }).then((reply: StageReply) => {
          const r = reply as ReadReply;
          results[i] = unpackResult(r.result);
          keys[i] = r.key;
          fromCache[i] = r.cached;
          if (r.cached) stats.cachedFiles++;
          // Its entry and the day it read, for the next build's state: only when the worker read the bytes hashed here.
          if (entryKey !== undefined && (r.key === entryKey || r.key === readingKey(entryKey, setup.today))) {
            entryKeys[i] = entryKey;
            readDays[i] = r.key === entryKey ? null : setup.today;
          }
        }),
      );
      // Let the workers' answers in now and then: each waits for its next file while this loop runs.
      if (reads.length % 64 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    stage.flush();
    await Promise.all(reads);
    stats.ms.articles = elapsed();

    const admitted = admitReadings(setup.listed, results);
    const widening = widenRegistry(setup.registry, admitted.articles, nameTableOf);
    const widenedHash = widening ? sha256(JSON.stringify(widening.reading)) : null;
    // The state articles by id, once their ids and second readings are known to be the ones the state holds.
    const states = new Map<string, StateArticle>();
    for (const article of admitted.articles) {
      const saved = fromState[article.index];
      if (saved === undefined) continue;
      if (saved.id !== article.id) throw new StateUnusable(`leaderlens: ${article.file} is now the article "${article.id}", not "${saved.id}" as in the build state`);
      if (state!.header.widenedHash !== widenedHash) throw new StateUnusable('leaderlens: the people found in the corpus changed what the second readings read');
      states.set(article.id, saved);
    }
    // Articles whose second reading changed nothing, for the next build's state.
    const emptyAt = new Set<number>();
    // The second readings that changed nothing, known without opening their entries (empty-reread-memo.ts).
    const empty = EmptyRereadMemo.load(cacheRoot === null ? null : join(cacheRoot, 'empty-rereads', `${folderKey}.json`));
    if (widening && widenedHash !== null) {
      const misses: typeof admitted.articles = [];
      for (const article of admitted.articles) {
        const key = keys[article.index];
        if (key === null || key === undefined) throw new Error(`Leaderlens corpus build: no key for ${article.file}`);
        const entryKey = rereadEntryKey(engine, key, widenedHash);
        const saved = fromState[article.index];
        if (saved !== undefined) {
          // Its facts are the state's, read with this very widened registry (checked above).
          stats.cachedRereads++;
          if (saved.emptyReread) {
            empty.note(entryKey);
            emptyAt.add(article.index);
          } else stats.rereads++;
          continue;
        }
        // A second reading is in the cache only if the first one was.
        const known = cache !== null && fromCache[article.index] === true;
        if (known && empty.has(entryKey)) {
          stats.cachedRereads++;
          empty.note(entryKey);
          emptyAt.add(article.index);
          continue;
        }
        const hit = known ? cachedReread(cache, entryKey) : undefined;
        if (!hit) {
          misses.push(article);
          continue;
        }
        stats.cachedRereads++;
        if (hit.facts === null) {
          empty.note(entryKey);
          emptyAt.add(article.index);
          continue;
        }
        stats.rereads++;
        article.reading = { ...article.reading, facts: unpackFacts(hit.facts, readParagraphs(article.reading)) };
      }
      if (misses.length > 0) {
        stage.widen({
          registry: widening.reading,
          nameTable: widening.nameTable,
          hash: widenedHash,
          foundIds: [...widening.stage.foundIds],
          foundForms: [...widening.stage.foundForms],
        });
        const rereads = misses.map(async (article) => {
          const reply = await stage.run({ type: 'reread', key: keys[article.index]!, reading: packReading(article.reading) });
          if (reply.type !== 'reread') throw new Error(`Leaderlens corpus build: unexpected answer "${reply.type}" to a second reading`);
          if (reply.cached) stats.cachedRereads++;
          if (reply.facts === null) {
            empty.note(rereadEntryKey(engine, keys[article.index]!, widenedHash));
            emptyAt.add(article.index);
            return;
          }
          stats.rereads++;
          article.reading = { ...article.reading, facts: unpackFacts(reply.facts, readParagraphs(article.reading)) };
        });
        stage.flush();
        await Promise.all(rereads);
      }
    }
    // The cache's keys of every article's readings: the index stage fingerprints its shards by
    // them (content-keys.ts). Facts come from the second reading's key wherever there was a widening.
    for (const article of admitted.articles) {
      const key = keys[article.index];
      if (key === null || key === undefined) continue;
      article.keys = { reading: key, facts: widenedHash === null ? key : rereadEntryKey(engine, key, widenedHash) };
      const saved = states.get(article.id);
      if (saved !== undefined && saved.keys.facts !== article.keys.facts) throw new StateUnusable(`leaderlens: ${article.file}: its facts are not the build state's`);
    }
    // The workers' memory is not needed for the merge: free it before the merge makes its own.
    stats.workers = stage.workers;
    await stage.close();
    stats.ms.rereads = elapsed();
    // The quote ids of the articles whose readings did not change are not made again (quote-id-memo.ts).
    const quoteIds = cacheRoot === null ? undefined : QuoteIdMemo.load(join(cacheRoot, 'quote-ids', `${folderKey}.json`));
    // A state article's quote rows and ids are the state's: the merge must not make them from its empty text.
    for (const saved of states.values()) quoteIds?.prime(saved.id, saved.keys.facts, saved.quoteIds);
    // The last build's merged meetings, resumed when its articles are this build's first (merge-memo.ts).
    const meetingMemo = cacheRoot === null ? undefined : MergeMemo.load(join(cacheRoot, 'merge-memo', `${folderKey}.json`), `${registryHash}|${widenedHash ?? ''}`);
    // The state articles' text, fetched from their entries when something reads it: their quotes
    // made so by the merge, their articles given it after.
    const text = states.size > 0 ? new StateText(cache!, setup.today) : null;
    const build = mergeCorpus({
      registry: widening?.registry ?? setup.registry,
      nameTable: widening?.nameTable ?? setup.nameTable,
      found: widening?.found ?? [],
      admitted: admitted.articles,
      folderProblems: setup.folderProblems,
      readWarnings: admitted.warnings,
      skipped: admitted.skipped,
      ...(quoteIds ? { quoteIds } : {}),
      ...(meetingMemo ? { meetingMemo } : {}),
      ...(text ? { quoteMaker: stateQuoteMaker(states, text) } : {}),
    });
    for (const saved of states.values()) {
      if (!quoteIds?.gave(saved.id, saved.keys.facts)) throw new StateUnusable(`leaderlens: ${saved.file}: the build state's quote ids of it could not be used`);
    }
    quoteIds?.save();
    stats.quoteIdsKnown = quoteIds?.hits ?? 0;
    meetingMemo?.save();
    if (meetingMemo && meetingMemo.resumed > 0) stats.mergeResumed = meetingMemo.resumed;
    // Every article from the state, or all but a few, and few others held: the state on disk is
    // kept as it is (build-state.ts, stateStillFits; 0.1-0.3 s and 37 MB not written at 10k).
    const kept = state !== null && stateStillFits(admitted.articles.length, states.size, state.byFile.size);
    if (stateFile !== null && quoteIds !== undefined && !kept) {
      // An unchanged article's line is written again as the bytes it was read from.
      const lines: (string | Uint8Array)[] = [];
      for (const article of admitted.articles) {
        const i = article.index;
        const saved = fromState[i];
        if (saved !== undefined) {
          lines.push(state!.byFile.get(article.file)!.line);
          continue;
        }
        const result = results[i];
        const entryKey = entryKeys[i];
        const ids = article.keys && quoteIds.entryOf(article.id, article.keys.facts);
        // An article the state cannot vouch for is left out: the next build reads its entries.
        if (result === undefined || !('reading' in result) || entryKey === undefined || article.keys === undefined || ids === undefined) continue;
        const at = { file: article.file, id: article.id, entryKey, today: readDays[i] ?? null, keys: article.keys, emptyReread: emptyAt.has(i), quoteIds: ids };
        lines.push(stateLine(at, { ...result, reading: article.reading }, article.reading.facts));
      }
      writeBuildState(stateFile, { engine, registryHash, widenedHash }, lines);
    }
    if (text) {
      restoreText(build, states, text);
      stats.textsFetched = fetchedCount(text);
    }
    stats.ms.merge = elapsed();
    if (cacheRoot !== null && cache !== null) pruneEngines(cacheRoot, cache);
    hashes.save();
    if (cache !== null) empty.save();
    stats.emptyRereadsKnown = empty.hits;
    return { build, stats };
  } finally {
    await stage.close();
  }
}

/**
 * How many state articles' texts `text` has fetched, asked after the build (the index stage's
 * report). Made here and not inline in buildOnce: a closure there shares buildOnce's context, which
 * holds the build's readings, and the stats outlive the build, so the readings stayed alive through
 * the index folder's writing (42.5 MB at 10k + 1, the largest thing held by a single closure in a
 * heap snapshot at the build's peak: docs/scale.md, "An added article, a thirteenth stop").
 */
function fetchedCount(text: StateText): () => number {
  return () => text.fetched;
}

/** Up to this many articles to read are read on this thread: starting the workers would take longer. */
const LOCAL_LIMIT = 32;

type StageJob = Exclude<StageRequest, { type: 'setup' | 'widen' }> extends infer R ? (R extends { seq: number } ? Omit<R, 'seq'> : never) : never;

/**
 * Runs the per-article stage's requests on this thread or on the workers. The first `localLimit`
 * requests wait (a build from the cache has a handful: one added article); past that, the pool is
 * started and they all go to it, and so does everything after. {@link flush} runs what waits here:
 * a build that never needed the workers never starts them (each takes a second and a core to
 * load the engine). The same function answers either way (stage-worker.ts, handleStageRequest).
 */
class StageRunner {
  private pool: StagePool | null = null;
  private local: StageWorkerState | null = null;
  private widened: WidenedSetup | null = null;
  private readonly waiting: { job: StageJob; resolve: (reply: StageReply) => void; reject: (error: Error) => void }[] = [];

  constructor(
    private readonly setup: StageWorkerSetup,
    private readonly size: number,
    private readonly localLimit: number,
  ) {}

  /** Worker threads started so far. */
  get workers(): number {
    return this.pool?.size ?? 0;
  }

  run(job: StageJob): Promise<StageReply> {
    if (this.pool) return this.pool.request(job);
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      if (this.waiting.length > this.localLimit) this.startPool();
    });
  }

  /** Second readings from now on read the widened registry. */
  widen(widened: WidenedSetup): void {
    this.widened = widened;
    if (this.local) handleStageRequest(this.local, { type: 'widen', seq: 0, widened });
    if (this.pool) this.pool.broadcast({ type: 'widen', widened }).catch(() => undefined);
  }

  /** Answers on this thread whatever still waits. */
  flush(): void {
    for (const { job, resolve, reject } of this.waiting.splice(0)) {
      try {
        this.local ??= this.startLocal();
        const reply = handleStageRequest(this.local, { ...job, seq: 0 } as Exclude<StageRequest, { type: 'setup' }>);
        if (reply.type === 'failed') reject(new Error(`Leaderlens corpus build: ${reply.message}`));
        else resolve(reply);
      } catch (error) {
        reject(error as Error);
      }
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }

  private startLocal(): StageWorkerState {
    const state = startStageWorker(this.setup);
    if (this.widened) handleStageRequest(state, { type: 'widen', seq: 0, widened: this.widened });
    return state;
  }

  private startPool(): void {
    const pool = StagePool.start(this.size);
    this.pool = pool;
    // Requests queue behind the set-up (and the widened registry), in the order they were made.
    pool.setUp(this.setup).catch(() => undefined);
    if (this.widened) pool.broadcast({ type: 'widen', widened: this.widened }).catch(() => undefined);
    for (const { job, resolve, reject } of this.waiting.splice(0)) pool.request(job).then(resolve, reject);
  }
}
