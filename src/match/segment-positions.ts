import type { SegmentPosition } from './types';

/**
 * Turns offsets in the joined text back into segment positions. `segmentStarts[i]` is where
 * segment i begins in the joined text.
 */
export function segmentStartsOf(segments: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const s of segments) {
    starts.push(at);
    at += s.length;
  }
  return starts;
}

/**
 * The segment holding joined offset `offset`. A start never points at the end of a segment (it
 * moves to the next non-empty one); an end (`asEnd`) never points at offset 0 (it stays at the end
 * of the segment holding the last character).
 */
export function toSegmentPosition(
  segmentStarts: readonly number[],
  segments: readonly string[],
  offset: number,
  asEnd: boolean,
): SegmentPosition {
  let lo = 0;
  let hi = segmentStarts.length - 1;
  // Last segment starting at or before `offset` (strictly before it, for ends).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = segmentStarts[mid]!;
    if (asEnd ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let segment = lo;
  if (!asEnd) {
    // Skip empty segments and segment ends so the start is on a real character.
    while (segment < segments.length - 1 && offset - segmentStarts[segment]! >= segments[segment]!.length) segment++;
  }
  return { segment, offset: offset - segmentStarts[segment]! };
}
