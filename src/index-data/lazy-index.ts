import { loadIndex, type LoadedIndex } from './load-index';

/**
 * Loads the index on first use and keeps it for the life of this JS context. A failed load is not
 * kept, so the next request tries again. When Chrome stops the MV3 service worker the cache is
 * simply gone, and the first request after the restart loads the file again.
 *
 * @example
 * const getIndex = lazyIndex(async () => JSON.parse(await readFile('generated/leaderlens-index.json', 'utf8')));
 * (await getIndex()).leaders['to-lam']?.name; // 'Tô Lâm'
 */
export function lazyIndex(readJson: () => Promise<unknown>): () => Promise<LoadedIndex> {
  let pending: Promise<LoadedIndex> | null = null;
  return () => {
    pending ??= readJson()
      .then(loadIndex)
      .catch((error: unknown) => {
        pending = null;
        throw error;
      });
    return pending;
  };
}
