/**
 * A worker thread of the parallel build (build-corpus-parallel.ts): runs the per-article stage
 * (article-stage.ts) on the files the main thread sends, looking each result up in the stage cache
 * first and storing it after. Started through stage-worker-boot.mjs, which lets Node load
 * TypeScript, and set up by its first message (so it boots while the main thread reads the
 * registry); {@link handleStageRequest} is the rest of the protocol, so tests can drive it on
 * their own thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Registry } from '../registry';
import { loadNameTable, type NameTable } from '../names/name-table';
import { readArticleFile, readParagraphs, rereadArticle, type StageRegistry, type WidenedStage } from './article-stage';
import { packFacts, packResult, unpackReading, type PackedFacts, type PackedReading, type PackedStageResult } from './reading-pack';
import { readArticleBytes } from './read-articles';
import { openStageCache, type StageCache } from './stage-cache';
import { cachedRead, cachedReread, readEntryKey, readingKey, rereadEntryKey, type ReadEntry } from './stage-keys';

/** What a worker starts with: the registry (and its matcher), the build's day, where the cache is. */
export interface StageWorkerSetup {
  registry: Registry;
  nameTable: NameTable;
  /** sha256 of the registry's JSON, part of every key. */
  registryHash: string;
  today: string;
  /** The engine's version (engine-version.ts): part of every key and of the cache's folder. */
  engine: string;
  /** The cache's root folder, or null to read every article afresh (`--no-cache`). */
  cacheRoot: string | null;
}

/** The registry widened with the people found in the corpus, for second readings. */
export interface WidenedSetup {
  registry: Registry;
  nameTable: NameTable;
  /** sha256 of what a second reading reads of it (corpus-merge.ts, readingRegistry). */
  hash: string;
  foundIds: string[];
  foundForms: string[];
}

export type StageRequest =
  | { type: 'setup'; seq: number; setup: StageWorkerSetup }
  | { type: 'read'; seq: number; path: string }
  | { type: 'widen'; seq: number; widened: WidenedSetup }
  | { type: 'reread'; seq: number; key: string; reading: PackedReading };

/** A file's stage result; `key` (with `today` where the result read the day) identifies its reading for the second pass. */
export interface ReadReply {
  type: 'read';
  seq: number;
  /** Packed (reading-pack.ts): the main thread unpacks it against its own copy of the paragraphs. */
  result: PackedStageResult;
  key: string | null;
  cached: boolean;
}
export type StageReply =
  | { type: 'set-up'; seq: number }
  | ReadReply
  | { type: 'widened'; seq: number }
  | { type: 'reread'; seq: number; facts: PackedFacts | null; cached: boolean }
  | { type: 'failed'; seq: number; message: string };

/** One worker's state: its stage registries and cache. */
export interface StageWorkerState {
  setup: StageWorkerSetup;
  stage: StageRegistry;
  widened: (WidenedStage & { hash: string }) | null;
  cache: StageCache | null;
}

export function startStageWorker(setup: StageWorkerSetup): StageWorkerState {
  return {
    setup,
    stage: { registry: setup.registry, table: loadNameTable(setup.nameTable) },
    widened: null,
    cache: setup.cacheRoot === null ? null : openStageCache(setup.cacheRoot, setup.engine),
  };
}

/**
 * Answers one request. A first reading's key covers the file's bytes, the engine and the registry;
 * the build's day is checked inside the entry, and only where the reading asked for it (a date
 * without a year), so an article dated in full is not read again on another day.
 */
export function handleStageRequest(state: StageWorkerState, request: Exclude<StageRequest, { type: 'setup' }>): StageReply {
  switch (request.type) {
    case 'read': {
      const read = readArticleBytes(request.path);
      if ('unreadable' in read) return { type: 'read', seq: request.seq, result: { skip: read.unreadable }, key: null, cached: false };
      const { setup, cache } = state;
      const base = readEntryKey(setup.engine, setup.registryHash, read.bytes);
      const hit = cache ? cachedRead(cache, base, setup.today) : undefined;
      if (hit) return { type: 'read', seq: request.seq, result: hit.result, key: hit.key, cached: true };
      let readToday = false;
      const result = packResult(
        readArticleFile(read.bytes, state.stage, () => {
          readToday = true;
          return setup.today;
        }),
      );
      const today = readToday ? setup.today : null;
      cache?.set(base, { today, result } satisfies ReadEntry);
      return { type: 'read', seq: request.seq, result, key: readingKey(base, today), cached: false };
    }
    case 'widen': {
      const { widened } = request;
      state.widened = {
        registry: widened.registry,
        table: loadNameTable(widened.nameTable),
        foundIds: new Set(widened.foundIds),
        foundForms: new Set(widened.foundForms),
        hash: widened.hash,
      };
      return { type: 'widened', seq: request.seq };
    }
    case 'reread': {
      const widened = state.widened;
      if (widened === null) return { type: 'failed', seq: request.seq, message: 'second reading asked for before the registry was widened' };
      const key = rereadEntryKey(state.setup.engine, request.key, widened.hash);
      const hit = state.cache ? cachedReread(state.cache, key) : undefined;
      if (hit) return { type: 'reread', seq: request.seq, facts: hit.facts, cached: true };
      const reading = unpackReading(request.reading);
      const again = rereadArticle(reading, widened);
      const facts = again === null ? null : packFacts(again, readParagraphs(reading));
      state.cache?.set(key, { facts });
      return { type: 'reread', seq: request.seq, facts, cached: false };
    }
  }
}

// Run as a worker: set up by the first message, then answer the main thread until it closes the port.
if (parentPort && (workerData as { leaderlensStage?: boolean } | null)?.leaderlensStage) {
  const port = parentPort;
  let state: StageWorkerState | null = null;
  port.on('message', (request: StageRequest) => {
    let reply: StageReply;
    try {
      if (request.type === 'setup') {
        state = startStageWorker(request.setup);
        reply = { type: 'set-up', seq: request.seq };
      } else if (state === null) {
        reply = { type: 'failed', seq: request.seq, message: `"${request.type}" asked for before the worker was set up` };
      } else {
        reply = handleStageRequest(state, request);
      }
    } catch (error) {
      const where = request.type === 'read' ? ` reading ${request.path}` : '';
      reply = { type: 'failed', seq: request.seq, message: `${error instanceof Error ? (error.stack ?? error.message) : String(error)}${where}` };
    }
    port.postMessage(reply);
  });
}
