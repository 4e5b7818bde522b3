/**
 * Whether a build cache a build read may stay on disk as it is rather than be written again: it
 * gave all but a {@link CACHE_SLACK}th of the build's `total` items (`given` of them), and holds no
 * more than a {@link CACHE_SLACK}th beyond those (`held` in all). The build state and the search
 * word memo both keep themselves so: what they lack is read afresh (a few entries for an added
 * article) and what they hold beyond is never used, where writing them again cost an added
 * article's 10k build tenths of a second (docs/scale.md, "a fourteenth stop"). Pure: the
 * extension's search code imports it through the word memo.
 *
 * @example
 * cacheStillFits(10_001, 10_000, 10_000); // true: one article added to 10k
 */
export function cacheStillFits(total: number, given: number, held: number): boolean {
  const slack = total / CACHE_SLACK;
  return total - given <= slack && held - given <= slack;
}

/** The share of a build's items a kept cache may lack, or hold beyond them: 1/32. */
export const CACHE_SLACK = 32;
