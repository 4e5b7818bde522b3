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
 *
 * Beside each entry, what `lstat` said of the file once the folder was in place
 * ({@link noteIdentities}): the next build takes a file that still answers the same for the one
 * the memo made, as git's index and the file hash memo (corpus/file-hash-memo.ts) do, instead of
 * opening and unzipping the first bytes of 1,900 files to find their stamps (0.15–0.3 s at 10k
 * articles). A file that answers otherwise, or was noted too soon after it changed, is opened.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { folderMemoFile, writeCacheFile } from '../files/write-cache-file';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineVersion } from '../corpus/engine-version';
import type { IndexPayload, PreviousLayout } from '../index-data/index-layout';
import { carriesStamp } from './write-index';

/** The index stage's code: every module `npm run build:index` loads, followed through its imports. */
const INDEX_STAGE = join(dirname(fileURLToPath(import.meta.url)), 'run-build-index.ts');

/**
 * Per path, what the file was made from and the stamp it carries, and where known `identity`, what
 * `lstat` said of it after the build that made or kept it ({@link fileIdentity}).
 */
export type LayoutMemo = Map<string, { inputs: string; stamp: string; identity?: string }>;

/** Where the memo of the folder `outDir` lives under the cache's root. */
export function layoutMemoFile(cacheRoot: string, outDir: string): string {
  return folderMemoFile(cacheRoot, 'index-layout', outDir, '.json');
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
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') continue;
      memo.set(path, typeof entry[2] === 'string' ? { inputs: entry[0], stamp: entry[1], identity: entry[2] } : { inputs: entry[0], stamp: entry[1] });
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
  const entry = ({ inputs, stamp, identity }: { inputs: string; stamp: string; identity?: string }) => (identity === undefined ? [inputs, stamp] : [inputs, stamp, identity]);
  writeCacheFile(file, JSON.stringify({ version, files: Object.fromEntries([...memo].map(([path, value]) => [path, entry(value)])) }));
}

/**
 * What the folder at `dir` still holds of the memo: a file counts when the memo's stamp for its
 * path is the one the folder's manifest lists (`stamps`, write-index.ts `folderStamps`) and the
 * file there carries it: known by what `lstat` says of it where the memo noted that, else read.
 */
export function previousLayout(dir: string, memo: LayoutMemo, stamps: ReadonlyMap<string, string> | null): PreviousLayout | undefined {
  if (stamps === null || memo.size === 0) return undefined;
  const stampOf = (path: string, inputs: string): string | undefined => {
    const entry = memo.get(path);
    if (entry === undefined || entry.inputs !== inputs || stamps.get(path) !== entry.stamp) return undefined;
    const file = join(dir, path);
    if (entry.identity !== undefined && fileIdentity(file) === entry.identity) return entry.stamp;
    return carriesStamp(dir, path, entry.stamp) ? entry.stamp : undefined;
  };
  return {
    stampOf,
    entryOf(path) {
      const entry = memo.get(path);
      const stamp = entry === undefined ? undefined : stampOf(path, entry.inputs);
      return stamp === undefined ? undefined : { inputs: entry!.inputs, stamp };
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

/**
 * Notes in `memo` what `lstat` says of each of its files in the folder `dir` just written, for the
 * next build ({@link previousLayout}). Every file of the folder changed a moment ago (written, or
 * linked in and its old link removed), so its change time is recent, and a later change in the
 * same tick of the filesystem's clock would leave every field as it was: a file is noted only once
 * that tick is surely over ({@link settled}). On a fine-grained filesystem that is a few
 * milliseconds, waited for once; on a coarse one the files are read by the next build, and noted then.
 */
export function noteIdentities(dir: string, memo: LayoutMemo, clock: () => number = Date.now): void {
  const waiting: [string, { identity?: string }][] = [];
  for (const [path, entry] of memo) {
    delete entry.identity;
    const identity = fileIdentity(join(dir, path), clock());
    if (identity === 'unsettled') waiting.push([path, entry]);
    else if (identity !== undefined) entry.identity = identity;
  }
  if (waiting.length === 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, FINE_TICK_MS);
  for (const [path, entry] of waiting) {
    const identity = fileIdentity(join(dir, path), clock());
    if (identity !== undefined && identity !== 'unsettled') entry.identity = identity;
  }
}

/**
 * What `lstat` says of a regular file that a change to it would alter: device and inode (a file
 * put in its place), size, and modification and change times to the nanosecond (the change time
 * moves with any write, link or `touch`, and cannot be set back by hand). Undefined for what is
 * not a regular file or cannot be looked at; given `now`, "unsettled" for a file whose change time
 * is too recent to tell a later change by ({@link settled}) on a fine-grained filesystem, and
 * undefined on a coarse one.
 */
export function fileIdentity(file: string, now?: number): string | 'unsettled' | undefined {
  try {
    const stat = lstatSync(file, { bigint: true });
    if (!stat.isFile()) return undefined;
    if (now !== undefined && !settled(stat.ctimeNs, now)) return coarse(stat.ctimeNs) ? undefined : 'unsettled';
    return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether a change time `ctimeNs` is far enough before `now` (ms) that a change made from now on
 * would get another. Linux stamps files from a clock that moves in ticks of 1–10 ms (and lags the
 * wall clock by up to one), truncated to what the filesystem keeps: nanoseconds on ext4, xfs,
 * btrfs, overlayfs and tmpfs, whole seconds (two on FAT) on others. A time with no fraction of a
 * second is taken to come from a coarse filesystem (2 s, as corpus/file-hash-memo.ts waits).
 */
export function settled(ctimeNs: bigint, now: number): boolean {
  return Number(ctimeNs / 1_000_000n) <= now - (coarse(ctimeNs) ? 2000 : FINE_TICK_MS);
}

/** Twice the longest tick of Linux's file clock (HZ=100), in ms. */
const FINE_TICK_MS = 20;

function coarse(ctimeNs: bigint): boolean {
  return ctimeNs % 1_000_000_000n === 0n;
}
