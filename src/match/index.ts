/** One matcher for every name form, shared by the corpus build and the content script. */
export { compileMatcher, COMPILED_MATCHER_VERSION } from './compile';
export { loadMatcher } from './load';
export type { CompiledMatcher, Match, Matcher, PatternInput, SegmentMatch, SegmentPosition } from './types';
