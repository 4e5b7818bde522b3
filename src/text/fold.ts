import { foldBare } from './fold-bare';
import { foldMarked } from './fold-marked';
import type { FoldedText, FoldLevel } from './folded-text';

/**
 * Folds text for matching at the given level, with a map from every folded unit back to its
 * offset in `text`.
 *
 *     foldForMatching('Tô\u00a0Lâm', 'bare').text     // 'to lam'
 *     foldForMatching('Tô\u00a0Lâm', 'marked').text   // 'tô lâm'
 */
export function foldForMatching(text: string, level: FoldLevel): FoldedText {
  return level === 'bare' ? foldBare(text) : foldMarked(text);
}
