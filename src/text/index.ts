/** Text normalisation shared by the corpus build (Node) and the content script. */
export { foldForMatching } from './fold';
export { foldBare } from './fold-bare';
export { foldMarked } from './fold-marked';
export type { FoldedText, FoldLevel } from './folded-text';
export { hasWordBoundaries } from './word-boundary';
export { isWrittenAsProperName, startsAsName } from './proper-name-casing';
export { hasDiacritics } from './has-diacritics';
export { normalizeTonePlacement } from './vietnamese-tone-placement';
export { isDiacriticMark, isIgnorable, isSpace, isUnspacedScript, isWordChar } from './char-classes';
