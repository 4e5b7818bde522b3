/**
 * Where the index stage keeps the search documents' words between builds
 * (index-data/search-word-memo.ts), one file per output folder under the build cache, beside the
 * layout memo (layout-memo.ts), and under the same version: the index stage's code, which holds
 * the rules that cut text into words. Node-only.
 */
import { readFileSync } from 'node:fs';
import { folderMemoFile, writeCacheFile } from '../files/write-cache-file';
import { decodeWordMemo, encodeWordMemo, type WordMemo } from '../index-data/search-word-memo';

/** The memo file of the folder `outDir` under the cache's root. */
export function wordMemoFile(cacheRoot: string, outDir: string): string {
  return folderMemoFile(cacheRoot, 'search-words', outDir, '.pack');
}

/** The memo in `file`, or undefined when there is none, it cannot be read, or another version wrote it. */
export function readWordMemo(file: string, version: string): WordMemo | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return decodeWordMemo(bytes, version) ?? undefined;
}

/**
 * Writes the memo (to a temporary file, then renamed into place). One that cannot be written is
 * left out: the next build reads every document's text, as a build without a cache does.
 */
export function writeWordMemo(file: string, version: string, memo: WordMemo): void {
  writeCacheFile(file, encodeWordMemo(version, memo));
}
