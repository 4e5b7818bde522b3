/**
 * Opens the index on first use and keeps it for the life of this JS context. A failed open is not
 * kept, so the next request tries again. When Chrome stops the MV3 service worker the cache is
 * simply gone, and the first request after the restart opens the index again — which reads only
 * the folder's manifest (read-index-folder.ts), not the corpus.
 *
 * @example
 * const getIndex = lazyIndex(() => openIndexFolder(packagedIndexFiles));
 * (await getIndex()).counts.leaders;
 */
export function lazyIndex<T>(open: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= open().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
