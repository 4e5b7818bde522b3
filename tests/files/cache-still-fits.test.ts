import { describe, expect, it } from 'vitest';
import { CACHE_SLACK, cacheStillFits } from '../../src/files/cache-still-fits';

describe('cacheStillFits', () => {
  it('keeps a cache that gave every item and holds no other', () => {
    expect(cacheStillFits(10_000, 10_000, 10_000)).toBe(true);
  });

  it('keeps it while it lacks, or holds beyond, no more than a 32nd of the build', () => {
    expect(CACHE_SLACK).toBe(32);
    expect(cacheStillFits(3_200, 3_100, 3_100)).toBe(true);
    expect(cacheStillFits(3_200, 3_099, 3_099)).toBe(false);
    expect(cacheStillFits(3_200, 3_200, 3_300)).toBe(true);
    expect(cacheStillFits(3_200, 3_200, 3_301)).toBe(false);
  });
});
