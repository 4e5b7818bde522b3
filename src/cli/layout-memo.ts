/**
 * What the last build made each shard of an index folder from, remembered in the build cache so
 * the next build can leave unchanged shards unmade (index-layout.ts, `LayoutContext`): per path, the
 * fingerprint of the shard's inputs (corpus/content-keys.ts) and the stamp the file got. With the
 * folder's manifest, which lists the stamp each file carries, it says which files still hold what
 * the new build would write. Node-only.
 *
 * The memo is a function's table (these inputs give this stamp) under the version of the code that
 * makes the folder: a change to that code, or to Node, starts an empty memo. One memo per output
 * folder, so two folders built from one cache do not evict each other's.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeCacheFile } from '../files/write-cache-file';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineVersion } from '../corpus/engine-version';
import type { IndexPayload, PreviousLayout } from '../index-data/index-layout';
import { carriesStamp } from './write-index';

/** The index stage's code: every module `npm run build:index` loads, followed through its imports. */
const INDEX_STAGE = join(dirname(fileURLToPath(import.meta.url)), 'run-build-index.ts');

/** Per path, what the file was made from and the stamp it carries. */
export type LayoutMemo = Map<string, { inputs: string; stamp: string }>;

/** Where the memo of the folder `outDir` lives under the cache's root. */
export function layoutMemoFile(cacheRoot: string, outDir: string): string {
  return join(cacheRoot, 'index-layout', `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`);
}

/**
 * The version memos are kept under: a hash of the index stage's sources and the Node version
 * (engine-version.ts, from run-build-index.ts).
 */
export function layoutCodeVersion(): string {
  return engineVersion(INDEX_STAGE);
}

/** The memo in `file`, or an empty one when there is none, it cannot be read, or another version wrote it. */
export function readLayoutMemo(file: string, version: string): LayoutMemo {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; files?: unknown };
    if (saved.version !== version || typeof saved.files !== 'object' || saved.files === null) return new Map();
    const memo: LayoutMemo = new Map();
    for (const [path, entry] of Object.entries(saved.files)) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') memo.set(path, { inputs: entry[0], stamp: entry[1] });
    }
    return memo;
  } catch {
    return new Map();
  }
}

/**
 * Writes the memo whole (to a temporary file, then renamed into place). A memo that cannot be
 * written is left out: the next build makes every shard, as a build without a cache does.
 */
export function writeLayoutMemo(file: string, version: string, memo: LayoutMemo): void {
  writeCacheFile(file, JSON.stringify({ version, files: Object.fromEntries([...memo].map(([path, { inputs, stamp }]) => [path, [inputs, stamp]])) }));
}

/**
 * What the folder at `dir` still holds of the memo: a file counts when the memo's stamp for its
 * path is the one the folder's manifest lists (`stamps`, write-index.ts `folderStamps`) and the
 * file there carries it.
 */
export function previousLayout(dir: string, memo: LayoutMemo, stamps: ReadonlyMap<string, string> | null): PreviousLayout | undefined {
  if (stamps === null || memo.size === 0) return undefined;
  return {
    stampOf(path, inputs) {
      const entry = memo.get(path);
      if (entry === undefined || entry.inputs !== inputs || stamps.get(path) !== entry.stamp) return undefined;
      return carriesStamp(dir, path, entry.stamp) ? entry.stamp : undefined;
    },
  };
}

/**
 * Passes the payloads on, noting in `memo` the inputs and stamp of each that has inputs: what the
 * next build will find in the folder this build writes.
 */
export function* remembered(payloads: Iterable<IndexPayload>, memo: LayoutMemo): Generator<IndexPayload> {
  for (const payload of payloads) {
    if (payload.inputs !== undefined && payload.stamp !== null) memo.set(payload.path, { inputs: payload.inputs, stamp: payload.stamp });
    yield payload;
  }
}
