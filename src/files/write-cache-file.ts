import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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
