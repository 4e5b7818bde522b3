import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IndexFile } from '../index-data/index-layout';

export interface WrittenIndex {
  /** Bytes of every file as written (shards already gzipped): what the extension package holds. */
  bytes: number;
  files: number;
}

/**
 * Writes the index folder (index-layout.ts) to `dir`, replacing what was there. The files go to a
 * fresh folder beside it, which then takes `dir`'s place, so a build that stops half-way never
 * leaves a half-written index under the name WXT packages (and the manifest is written last).
 */
export function writeIndexFolder(files: readonly IndexFile[], dir: string): WrittenIndex {
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let bytes = 0;
  for (const file of files) {
    const path = join(staging, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
    bytes += file.bytes.byteLength;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(staging, dir);
  return { bytes, files: files.length };
}
