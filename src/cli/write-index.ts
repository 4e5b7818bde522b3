import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gunzipSync, gzip } from 'node:zlib';
import { MANIFEST_FILE } from '../index-data/folder-format';
import { INDEX_FORMAT_VERSION } from '../index-data/format';
import type { IndexPayload } from '../index-data/index-layout';

const gzipAsync = promisify(gzip);

/**
 * Characters (before compression) being compressed at once. zlib's async calls run in libuv's
 * thread pool (4 threads by default), so the main thread makes the next payloads while the cores
 * compress. A budget in size rather than files: a few card shards, or two search blocks, are
 * enough to keep two cores busy; with eight times as much in flight the serialised shards piled
 * up faster than they were compressed and the 10k build's peak memory rose by about 100 MB.
 */
const IN_FLIGHT_BYTES = 1024 * 1024;

export interface WrittenIndex {
  /** Bytes of every file as written (shards already gzipped): what the extension package holds. */
  bytes: number;
  files: number;
  /** Files this build wrote; the others are the previous build's, kept because their stamps did not change. */
  written: number;
  /** Of the files kept, those the layout did not even make (`content` null): their inputs had not changed. */
  unmade: number;
}

/**
 * Writes the index folder (index-layout.ts, `indexPayloads`) to `dir`, replacing what was there,
 * taking the payloads one at a time so only the few being compressed are in memory. The files go
 * to a fresh folder beside it, which then takes `dir`'s place, so a build that stops half-way
 * never leaves a half-written index under the name WXT packages.
 *
 * A file whose stamp the folder's manifest already lists for its path is the same file: it is
 * hard-linked (copied where links fail) from the old folder instead of being compressed and
 * written again, and so is a file the layout left unmade (`content` null) because the previous
 * build made it from the same inputs: the layout has checked that one still carries its stamp
 * (layout-memo.ts, `previousLayout`), so it is not read again here. Files the new manifest does not list go with the old folder.
 */
export async function writeIndexFolder(payloads: Iterable<IndexPayload>, dir: string): Promise<WrittenIndex> {
  const previous = folderStamps(dir);
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let bytes = 0;
  let files = 0;
  let written = 0;
  let unmade = 0;
  const made = new Set<string>();
  const target = (path: string) => {
    const file = join(staging, path);
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    return file;
  };
  const write = (path: string, content: Uint8Array | string) => {
    writeFileSync(target(path), content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    files++;
    written++;
  };
  /** Keeps the old folder's file at `path`; false when it is not there to keep. */
  const keep = (path: string): boolean => {
    const old = join(dir, path);
    const file = target(path);
    try {
      linkSync(old, file);
    } catch {
      try {
        copyFileSync(old, file);
      } catch {
        return false;
      }
    }
    bytes += statSync(file).size;
    files++;
    return true;
  };
  const pending = new Set<Promise<void>>();
  let pendingBytes = 0;
  // A job never rejects (its failure is kept here), so none is left unhandled while others run.
  let failure: { error: unknown } | null = null;
  try {
    for (const { path, stamp, content, gzip } of payloads) {
      if (failure) break;
      // A file left unmade was checked for its stamp by the layout a moment ago (layout-memo.ts,
      // previousLayout): looked at once, not twice (1,900 files opened and unzipped in part).
      if (stamp !== null && previous?.get(path) === stamp && (content === null || carriesStamp(dir, path, stamp)) && keep(path)) {
        if (content === null) unmade++;
        continue;
      }
      if (content === null) {
        throw new Error(`leaderlens build-index: ${path} of the previous index (stamp ${String(stamp)}) is gone from ${dir}; run the build again`);
      }
      if (!gzip) {
        write(path, content);
        continue;
      }
      const size = typeof content === 'string' ? content.length : content.byteLength;
      const job: Promise<void> = gzipAsync(content)
        .then((compressed) => write(path, compressed))
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => {
          pending.delete(job);
          pendingBytes -= size;
        });
      pending.add(job);
      pendingBytes += size;
      while (pendingBytes >= IN_FLIGHT_BYTES) await Promise.race(pending);
    }
  } catch (error) {
    failure ??= { error };
  }
  await Promise.all(pending);
  if (failure) {
    rmSync(staging, { recursive: true, force: true });
    throw failure.error;
  }
  mkdirSync(dirname(dir), { recursive: true });
  if (existsSync(dir)) {
    // Out of the way first, then in: at no moment is `dir` a half-written folder.
    const old = `${dir}.old-${process.pid}`;
    rmSync(old, { recursive: true, force: true });
    renameSync(dir, old);
    renameSync(staging, dir);
    rmSync(old, { recursive: true, force: true });
  } else {
    renameSync(staging, dir);
  }
  return { bytes, files, written, unmade };
}

/**
 * Whether the file at `path` in the folder `dir` carries `stamp`, read from its first bytes (the
 * envelope of a JSON file, the header of a pack; unzipped as far as they go). A file the manifest
 * lists but that was replaced or damaged since is then made again rather than kept: the reader
 * names such a file and says to run the build, which must then mend it.
 */
export function carriesStamp(dir: string, path: string, stamp: string): boolean {
  let head: Buffer;
  try {
    const fd = openSync(join(dir, path), 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      head = buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
    } finally {
      closeSync(fd);
    }
    if (path.endsWith('.gz')) head = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return false;
  }
  // A JSON file opens with `{"formatVersion":4,"stamp":"…"`; a pack's header JSON follows 8 bytes.
  const text = head.subarray(0, 256).toString('latin1');
  return text.includes(`{"formatVersion":${INDEX_FORMAT_VERSION},"stamp":${JSON.stringify(stamp)}`);
}

/** Enough of a file to hold its stamp, zipped or not (a gzip header and a few deflate blocks). */
const HEAD_BYTES = 1024;

/**
 * The stamps the index folder at `dir` lists for its files, by path; null when there is no folder,
 * or its manifest is unreadable or of another format (its files are then all written afresh).
 */
export function folderStamps(dir: string): Map<string, string> | null {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
  } catch {
    return null;
  }
  if (typeof manifest !== 'object' || manifest === null) return null;
  const { formatVersion, files } = manifest as { formatVersion?: unknown; files?: unknown };
  if (formatVersion !== INDEX_FORMAT_VERSION || typeof files !== 'object' || files === null) return null;
  return new Map(Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
