import { describe, expect, it } from 'vitest';
import { segmentStartsOf, toSegmentPosition } from '../../src/match/segment-positions';

describe('segmentStartsOf', () => {
  it('gives where each segment begins in the joined text', () => {
    expect(segmentStartsOf(['ab', '', 'cde', 'f'])).toEqual([0, 2, 2, 5]);
  });
});

describe('toSegmentPosition', () => {
  const segments = ['ab', '', 'cde', 'f'];
  const starts = segmentStartsOf(segments);

  it('puts a start at a segment boundary into the next non-empty segment', () => {
    expect(toSegmentPosition(starts, segments, 2, false)).toEqual({ segment: 2, offset: 0 });
  });

  it('puts an end at a segment boundary at the end of the segment before it', () => {
    expect(toSegmentPosition(starts, segments, 5, true)).toEqual({ segment: 2, offset: 3 });
  });

  it('finds an offset inside a segment', () => {
    expect(toSegmentPosition(starts, segments, 3, false)).toEqual({ segment: 2, offset: 1 });
  });

  it('puts the end of the text at the end of the last segment', () => {
    expect(toSegmentPosition(starts, segments, 6, true)).toEqual({ segment: 3, offset: 1 });
  });
});
