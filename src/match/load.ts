import { BareFoldBuffer } from '../text/fold-bare';
import { startsAsName } from '../text/proper-name-casing';
import { hasWordBoundariesIn } from '../text/word-boundary';
import { acceptSpan } from './accept-span';
import { buildAutomaton, HitBuffer } from './automaton';
import { COMPILED_MATCHER_VERSION } from './compile';
import { selectLeftmostLongest, type Candidate } from './leftmost-longest';
import { segmentStartsOf, toSegmentPosition } from './segment-positions';
import type { CompiledMatcher, Match, Matcher, SegmentMatch } from './types';

/**
 * Turns compiled data (from `compileMatcher`, possibly through JSON and a message) into a
 * matcher. Throws `Leaderlens matcher: unknown compiled format version N (this build reads 3)`
 * on data from another version, and a "corrupt compiled data" error on inconsistent data.
 *
 *     const matcher = loadMatcher(compileMatcher([{ text: 'Tô Lâm', id: 0 }]));
 *     matcher.find('To Lam met Putin')   // [{ id: 0, start: 0, end: 6, text: 'To Lam' }]
 */
export function loadMatcher(compiled: CompiledMatcher): Matcher {
  if (compiled?.version !== COMPILED_MATCHER_VERSION) {
    throw new Error(
      `Leaderlens matcher: unknown compiled format version ${String(compiled?.version)} (this build reads ${COMPILED_MATCHER_VERSION})`,
    );
  }
  checkShape(compiled);
  const automaton = buildAutomaton(compiled);
  const { patternIds, patternMarked, patternCapitalised } = compiled;

  // Folded into a buffer this matcher reuses: scanning a page folds thousands of blocks, and
  // neither a string nor fresh arrays are needed for the fold. `find` never re-enters itself.
  const fold = new BareFoldBuffer();
  const hits = new HitBuffer();

  const { stateLength, firstAt, nextUnlike } = automaton;
  const find = (text: string): Match[] => {
    const length = automaton.foldAndScan(text, fold, hits);
    const { units, start: origins, end: origEnds } = fold;
    const candidates: (Candidate & { text: string })[] = [];
    for (let h = 0; h < hits.count; h++) {
      const end = hits.ends[h]!;
      const state = hits.states[h]!;
      const start = end - stateLength[state]!;
      if (!hasWordBoundariesIn(units, length, start, end)) continue;
      const originalStart = origins[start]!;
      const originalEnd = origEnds[end - 1]!;
      let asName: boolean | undefined;
      let span: string | undefined;
      // The forms ending at one state share this span, and of a span only the first form is ever
      // selected (leftmost-longest breaks ties by form order): take the first that passes.
      for (let pattern = firstAt[state]!; pattern !== -1; ) {
        if (patternCapitalised.charCodeAt(pattern) === 49) {
          // The automaton already skips most of these; one reached through a failure link is not.
          asName ??= startsAsName(text, originalStart);
          if (!asName) {
            pattern = nextUnlike[pattern]!;
            continue;
          }
        }
        span ??= text.slice(originalStart, originalEnd);
        if (!acceptSpan(span, patternMarked[pattern]!)) {
          pattern = nextUnlike[pattern]!;
          continue;
        }
        candidates.push({ start: originalStart, end: originalEnd, pattern, text: span });
        break;
      }
    }
    // Hits arrive by end; most pages yield a handful, already leftmost-longest (no overlap).
    return selectLeftmostLongest(candidates).map((c) => ({
      id: patternIds[c.pattern]!,
      start: c.start,
      end: c.end,
      text: c.text,
    }));
  };

  const findInSegments = (segments: readonly string[]): SegmentMatch[] => {
    const starts = segmentStartsOf(segments);
    return find(segments.join('')).map((m) => ({
      id: m.id,
      start: toSegmentPosition(starts, segments, m.start, false),
      end: toSegmentPosition(starts, segments, m.end, true),
      text: m.text,
    }));
  };

  return { find, findInSegments };
}

/** Compiled data arrives by message; refuse a damaged copy here rather than mis-match later. */
function checkShape(compiled: CompiledMatcher): void {
  const { childCounts, edgeChars, patternStates, patternIds, patternMarked, patternCapitalised } = compiled;
  const ok =
    typeof childCounts === 'string' &&
    typeof edgeChars === 'string' &&
    Array.isArray(patternStates) &&
    Array.isArray(patternIds) &&
    Array.isArray(patternMarked) &&
    patternIds.length === patternStates.length &&
    patternMarked.length === patternStates.length &&
    typeof patternCapitalised === 'string' &&
    patternCapitalised.length === patternStates.length;
  if (!ok) throw new Error('Leaderlens matcher: corrupt compiled data (missing fields or pattern arrays of different lengths)');
}
