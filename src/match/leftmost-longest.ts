/** A candidate match: original offsets and the pattern that produced it. */
export interface Candidate {
  start: number;
  end: number;
  pattern: number;
}

const byStartLongestFirst = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end || a.pattern - b.pattern;

/**
 * Keeps the leftmost candidate, the longest among those starting there, then the next one that
 * starts at or after its end, and so on: "Tổng Bí thư Tô Lâm" beats "Tô Lâm" beats "Lâm".
 * Ties (two forms, same span) go to the pattern compiled first.
 *
 * Candidates in any order are accepted. The matcher's come ordered by end, and then only each
 * cluster of overlapping ones is sorted (a full name and the short form ending it, a title and the
 * name after it): with the registry's short forms a page gives thousands of such clusters, and
 * sorting them all as one list cost a sixth of a scan.
 *
 *     selectLeftmostLongest([{ start: 0, end: 3, pattern: 1 }, { start: 0, end: 9, pattern: 0 }])
 *     // [{ start: 0, end: 9, pattern: 0 }]
 */
export function selectLeftmostLongest<C extends Candidate>(candidates: C[]): C[] {
  // The usual case: names apart from each other, already in order. Nothing to choose.
  let apart = true;
  let byEnd = true;
  for (let i = 1; i < candidates.length; i++) {
    const before = candidates[i - 1]!;
    const c = candidates[i]!;
    if (c.start < before.end) apart = false;
    if (c.end < before.end) byEnd = false;
  }
  if (apart) return candidates;
  const kept: C[] = [];
  let reached = -1;
  const take = (c: C): void => {
    if (c.start < reached) return;
    kept.push(c);
    reached = c.end;
  };
  if (!byEnd) {
    candidates.sort(byStartLongestFirst).forEach(take);
    return kept;
  }
  // Ordered by end, a cluster ends where everything before has ended and nothing after starts
  // earlier (a long candidate ends late but may start before shorter ones): what comes before such
  // a cut is decided without what comes after it.
  const laterStart = new Array<number>(candidates.length + 1);
  laterStart[candidates.length] = Infinity;
  for (let i = candidates.length - 1; i >= 0; i--) laterStart[i] = Math.min(candidates[i]!.start, laterStart[i + 1]!);
  let from = 0;
  for (let i = 1; i <= candidates.length; i++) {
    if (laterStart[i]! < candidates[i - 1]!.end) continue;
    if (i - from === 1) take(candidates[from]!);
    else candidates.slice(from, i).sort(byStartLongestFirst).forEach(take);
    from = i;
  }
  return kept;
}
