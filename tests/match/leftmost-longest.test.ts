import { describe, expect, it } from 'vitest';
import { selectLeftmostLongest } from '../../src/match/leftmost-longest';

describe('selectLeftmostLongest', () => {
  it('keeps the longest of candidates starting at the same place', () => {
    const kept = selectLeftmostLongest([
      { start: 0, end: 3, pattern: 0 },
      { start: 0, end: 9, pattern: 1 },
    ]);
    expect(kept).toEqual([{ start: 0, end: 9, pattern: 1 }]);
  });

  it('drops a candidate that overlaps an earlier kept one', () => {
    const kept = selectLeftmostLongest([
      { start: 4, end: 12, pattern: 1 },
      { start: 0, end: 6, pattern: 0 },
    ]);
    expect(kept).toEqual([{ start: 0, end: 6, pattern: 0 }]);
  });

  it('keeps a candidate that starts exactly where the previous one ends', () => {
    const kept = selectLeftmostLongest([
      { start: 0, end: 5, pattern: 0 },
      { start: 5, end: 8, pattern: 1 },
    ]);
    expect(kept).toHaveLength(2);
  });

  it('breaks a tie between equal spans in favour of the earlier pattern', () => {
    const kept = selectLeftmostLongest([
      { start: 0, end: 5, pattern: 3 },
      { start: 0, end: 5, pattern: 2 },
    ]);
    expect(kept).toEqual([{ start: 0, end: 5, pattern: 2 }]);
  });

  it('lets a long candidate reported last (ordered by end) beat the shorter ones inside it', () => {
    // "DO", then "Jong-un", then "DO Jong-un" ending last: as the matcher reports them.
    const kept = selectLeftmostLongest([
      { start: 0, end: 2, pattern: 0 },
      { start: 3, end: 10, pattern: 1 },
      { start: 0, end: 10, pattern: 2 },
    ]);
    expect(kept).toEqual([{ start: 0, end: 10, pattern: 2 }]);
  });

  it('decides each cluster of overlapping candidates apart from the next', () => {
    const kept = selectLeftmostLongest([
      { start: 0, end: 4, pattern: 1 },
      { start: 2, end: 4, pattern: 0 },
      { start: 4, end: 6, pattern: 0 },
      { start: 7, end: 9, pattern: 0 },
      { start: 5, end: 9, pattern: 1 },
    ]);
    expect(kept).toEqual([
      { start: 0, end: 4, pattern: 1 },
      { start: 4, end: 6, pattern: 0 },
      { start: 7, end: 9, pattern: 0 },
    ]);
  });

  it('gives what sorting every candidate gives, on random candidates ordered by end or not', () => {
    let seed = 7;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const naive = (cs: { start: number; end: number; pattern: number }[]) => {
      const sorted = [...cs].sort((a, b) => a.start - b.start || b.end - a.end || a.pattern - b.pattern);
      const out: typeof cs = [];
      let reached = -1;
      for (const c of sorted) {
        if (c.start < reached) continue;
        out.push(c);
        reached = c.end;
      }
      return out;
    };
    for (let round = 0; round < 2000; round++) {
      const cs = Array.from({ length: Math.floor(random() * 12) }, (_, pattern) => {
        const start = Math.floor(random() * 30);
        return { start, end: start + 1 + Math.floor(random() * 8), pattern };
      });
      if (round % 2 === 0) cs.sort((a, b) => a.end - b.end);
      expect(selectLeftmostLongest([...cs])).toEqual(naive(cs));
    }
  });
});
