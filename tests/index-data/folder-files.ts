import { buildCorpus, type CorpusBuild } from '../../src/corpus/build-corpus';
import { buildExtensionIndex } from '../../src/index-data/build-index';
import type { LeaderlensIndex } from '../../src/index-data/format';
import { layoutIndex, type IndexFile, type LayoutOptions } from '../../src/index-data/index-layout';
import type { IndexFiles } from '../../src/index-data/read-index-folder';

/** The index folder's files in memory, read through the same interface as the packaged folder. */
export function memoryFiles(files: readonly IndexFile[]): IndexFiles & { reads: string[]; replace(path: string, bytes: Uint8Array): void } {
  const byPath = new Map(files.map((file) => [file.path, file.bytes]));
  const reads: string[] = [];
  return {
    reads,
    replace(path, bytes) {
      byPath.set(path, bytes);
    },
    async read(path) {
      reads.push(path);
      const bytes = byPath.get(path);
      if (!bytes) throw new Error(`no file ${path}`);
      // A copy: a Buffer from zlib may be a view into a larger pooled ArrayBuffer.
      return new Uint8Array(bytes).buffer;
    },
  };
}

/** The whole index of a corpus build and its folder's files, cut as `options` say. */
export function laidOut(build: CorpusBuild, options: LayoutOptions = {}): { index: LeaderlensIndex; files: IndexFile[] } {
  const index = JSON.parse(JSON.stringify(buildExtensionIndex(build))) as LeaderlensIndex;
  return { index, files: layoutIndex(index, options) };
}

let seed: CorpusBuild | undefined;
/** The seed corpus (`corpus/`), built once per test file. */
export function seedBuild(): CorpusBuild {
  seed ??= buildCorpus({ corpusDir: new URL('../../corpus', import.meta.url).pathname });
  return seed;
}
