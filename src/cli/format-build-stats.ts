import type { BuildStats } from '../corpus/build-corpus-parallel';

/**
 * One line on how a build went: how many articles were read, on how many threads, how many came
 * from the cache, and the time of each part, then of the parts that came `after` the build
 * (making and writing the index). Goes to stderr after the index summary.
 *
 * @example
 * formatBuildStats({ workers: 2, files: 5, cachedFiles: 5, rereads: 0, cachedRereads: 0, ms: { start: 610, articles: 4, rereads: 0, merge: 12 } });
 * // 'build: 5 articles on 2 worker threads, 5 from the cache; 0.6 s to start, 0.0 s per article stage, 0.0 s second readings, 0.0 s merge'
 */
export function formatBuildStats(stats: BuildStats, after: Record<string, number> = {}): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const threads = stats.workers === 0 ? 'the main thread (too few to start workers)' : `${stats.workers} worker thread${stats.workers === 1 ? '' : 's'}`;
  // Of those from the cache, the ones whose entries were not opened (corpus/build-state.ts).
  const state = stats.fromState ? ` (${stats.fromState} of them from the build state)` : '';
  // The meeting merge went on from the last build's (corpus/merge-memo.ts).
  const resumed = stats.mergeResumed ? ` (resumed after ${stats.mergeResumed} articles)` : '';
  const again = stats.rereads > 0 || stats.cachedRereads > 0 ? `; ${stats.rereads} read again with the people found in them (${stats.cachedRereads} answers from the cache)` : '';
  return (
    `build: ${stats.files} articles on ${threads}, ${stats.cachedFiles} from the cache${state}${again}; ` +
    `${s(stats.ms.start)} to start, ${s(stats.ms.articles)} per article stage, ${s(stats.ms.rereads)} second readings, ${s(stats.ms.merge)} merge${resumed}` +
    Object.entries(after).map(([part, ms]) => `, ${s(ms)} ${part}`).join('')
  );
}
