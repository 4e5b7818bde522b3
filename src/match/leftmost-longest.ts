/** A candidate match: original offsets and the pattern that produced it. */
export interface Candidate {
  start: number;
  end: number;
  pattern: number;
}

/**
 * Keeps the leftmost candidate, the longest among those starting there, then the next one that
 * starts at or after its end, and so on: "Tổng Bí thư Tô Lâm" beats "Tô Lâm" beats "Lâm".
 * Ties (two forms, same span) go to the pattern compiled first.
 */
export function selectLeftmostLongest<C extends Candidate>(candidates: C[]): C[] {
  // The usual case: names apart from each other, already in order. Nothing to choose.
  let apart = true;
  for (let i = 1; i < candidates.length && apart; i++) apart = candidates[i]!.start >= candidates[i - 1]!.end;
  if (apart) return candidates;
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.pattern - b.pattern);
  const kept: C[] = [];
  let reached = -1;
  for (const c of candidates) {
    if (c.start < reached) continue;
    kept.push(c);
    reached = c.end;
  }
  return kept;
}
