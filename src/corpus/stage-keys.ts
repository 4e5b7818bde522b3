/**
 * The stage cache's keys and lookups, shared by the workers (stage-worker.ts), which store what
 * they read, and the main thread (build-corpus-parallel.ts), which looks results up itself before
 * sending a file to a worker: on an incremental build nearly every file is in the cache, and
 * reading the entry here costs less than a worker reading it and sending it over.
 */
import { createHash } from 'node:crypto';
import type { PackedFacts, PackedStageResult } from './reading-pack';
import type { StageCache } from './stage-cache';

/** A cached first reading: the result, and the day it was made on when it read the day (else null). */
export interface ReadEntry {
  today: string | null;
  result: PackedStageResult;
}

/** What a first reading depends on besides the day: the file's bytes, the engine, the registry. */
export function readEntryKey(engine: string, registryHash: string, bytes: Uint8Array): string {
  return readEntryKeyOfHash(engine, registryHash, sha256(bytes));
}

/** {@link readEntryKey} from the sha256 of the file's bytes, where the build knows it without reading them (file-hash-memo.ts). */
export function readEntryKeyOfHash(engine: string, registryHash: string, fileHash: string): string {
  return sha256(`read|${engine}|${registryHash}|${fileHash}`);
}

/** The key a reading is known by (for its second reading): its entry's, with the day where it read it. */
export function readingKey(entryKey: string, today: string | null): string {
  return today === null ? entryKey : sha256(`${entryKey}|${today}`);
}

/**
 * The first reading cached under `entryKey` that holds on `today` (it did not read the day, or
 * read this one), with the key its reading is known by; undefined on a miss or an entry that is
 * not one.
 */
export function cachedRead(cache: StageCache, entryKey: string, today: string): { result: PackedStageResult; key: string } | undefined {
  const entry = cache.get(entryKey);
  if (!isReadEntry(entry) || (entry.today !== null && entry.today !== today)) return undefined;
  return { result: entry.result, key: readingKey(entryKey, entry.today) };
}

/** A second reading depends on its first reading and the widened registry as second readings read it. */
export function rereadEntryKey(engine: string, readingKey: string, widenedHash: string): string {
  return sha256(`reread|${engine}|${readingKey}|${widenedHash}`);
}

/** The second reading cached under `key`: facts, or null for an article that names nobody found; undefined on a miss. */
export function cachedReread(cache: StageCache, key: string): { facts: PackedFacts | null } | undefined {
  const entry = cache.get(key) as { facts?: PackedFacts | null } | undefined;
  return entry !== null && typeof entry === 'object' && entry.facts !== undefined ? { facts: entry.facts } : undefined;
}

function isReadEntry(entry: unknown): entry is ReadEntry {
  if (entry === null || typeof entry !== 'object') return false;
  const { today, result } = entry as Partial<ReadEntry>;
  return (today === null || typeof today === 'string') && result !== null && typeof result === 'object';
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
