import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where a build cache keeps a memo of the output folder `outDir` (`<cacheRoot>/<kind>/<16 hex of its
 * absolute path><extension>`): one name per folder, so builds into two folders keep two memos, and
 * every memo of one folder (layout, its keys, the shards' texts, the search words) is named alike.
 */
export function folderMemoFile(cacheRoot: string, kind: string, outDir: string, extension: string): string {
  return join(cacheRoot, kind, `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}${extension}`);
}

/**
 * Writes a build cache's file whole or not at all: to a temporary file beside it, then renamed into
 * place, so a reader never meets half a file. A file that cannot be written (a full disk, a
 * read-only cache) is left out and its temporary file removed: a cache is only a faster next build.
 * Returns whether it was written.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, file);
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}
