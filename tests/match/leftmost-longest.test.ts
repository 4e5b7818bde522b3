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
});
