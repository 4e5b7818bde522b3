import { describe, expect, it } from 'vitest';
import { formatBuildStats } from '../../src/cli/format-build-stats';

const stats = { workers: 2, files: 5, cachedFiles: 5, rereads: 0, cachedRereads: 0, quoteIdsKnown: 0, emptyRereadsKnown: 0, ms: { start: 610, articles: 4, rereads: 0, merge: 12 } };

describe('formatBuildStats', () => {
  it('says how many articles were read, on how many threads, how many from the cache, and the time of each part', () => {
    expect(formatBuildStats(stats)).toBe('build: 5 articles on 2 worker threads, 5 from the cache; 0.6 s to start, 0.0 s per article stage, 0.0 s second readings, 0.0 s merge');
    expect(formatBuildStats({ ...stats, workers: 0 })).toContain('5 articles on the main thread (too few to start workers)');
  });

  it('adds the parts after the build, in order', () => {
    expect(formatBuildStats(stats, { index: 450, write: 2100 })).toMatch(/, 0\.0 s merge, 0\.5 s index, 2\.1 s write$/);
  });

  it('adds the second readings when people were found in the articles', () => {
    expect(formatBuildStats({ ...stats, workers: 1, rereads: 3, cachedRereads: 9 })).toContain('on 1 worker thread, 5 from the cache; 3 read again with the people found in them (9 answers from the cache)');
  });
});
