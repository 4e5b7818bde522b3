import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { IndexPayload } from '../index-data/index-layout';

const gzipAsync = promisify(gzip);

/**
 * Files compressed at once. zlib's async calls run in libuv's thread pool (4 threads by default),
 * so the main thread serialises the next payloads while the cores compress; a few in flight keep
 * them busy without holding many payloads in memory.
 */
const IN_FLIGHT = 4;

export interface WrittenIndex {
  /** Bytes of every file as written (shards already gzipped): what the extension package holds. */
  bytes: number;
  files: number;
}

/**
 * Writes the index folder (index-layout.ts, `indexPayloads`) to `dir`, replacing what was there,
 * taking the payloads one at a time so only the few being compressed are in memory. The files go
 * to a fresh folder beside it, which then takes `dir`'s place, so a build that stops half-way
 * never leaves a half-written index under the name WXT packages.
 */
export async function writeIndexFolder(payloads: Iterable<IndexPayload>, dir: string): Promise<WrittenIndex> {
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let bytes = 0;
  let files = 0;
  const write = (path: string, content: Uint8Array | string) => {
    const target = join(staging, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    files++;
  };
  const pending = new Set<Promise<void>>();
  // A job never rejects (its failure is kept here), so none is left unhandled while others run.
  let failure: { error: unknown } | null = null;
  try {
    for (const { path, content, gzip } of payloads) {
      if (failure) break;
      if (!gzip) {
        write(path, content);
        continue;
      }
      const job: Promise<void> = gzipAsync(content)
        .then((compressed) => write(path, compressed))
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => pending.delete(job));
      pending.add(job);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
  } catch (error) {
    failure ??= { error };
  }
  await Promise.all(pending);
  if (failure) {
    rmSync(staging, { recursive: true, force: true });
    throw failure.error;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(staging, dir);
  return { bytes, files };
}
