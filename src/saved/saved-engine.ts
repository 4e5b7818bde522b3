import { placeCountries } from '../index-data/build-index';
import type { IndexLookups } from '../index-data/read-index-folder';
import { loadNameTable } from '../names/name-table';
import { engineVersion, readingStamp } from './engine-stamp';
import type { LoadedEngine } from './save-article';

/**
 * The corpus engine's inputs, from the packaged index: the registry the build ended with
 * (`engine/registry.json.gz`, 60 KB gzipped for the seed registry) and the build's own name table
 * (`matcher.json`, the one the content script matches with), loaded when the reader first saves or
 * imports in a worker's life. No validation again: both were checked when the index was built, and
 * the folder refuses a file of another build.
 *
 * @example
 * const engine = await loadEngine(lookups);
 * readSavedArticle(header, engine, today);
 */
export async function loadEngine(index: Pick<IndexLookups, 'engine' | 'matcher' | 'buildId'>): Promise<LoadedEngine> {
  const [{ registry }, matcher] = await Promise.all([index.engine(), index.matcher()]);
  return {
    registry,
    table: loadNameTable(matcher),
    stamp: readingStamp(engineVersion(), index.buildId),
    placeCountries: (places) => placeCountries(places.map((place) => ({ place })), registry),
  };
}
