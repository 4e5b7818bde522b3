import { CUT_MARK } from '../../model/evidence-limits';
import { escapeRegExp } from '../../text/escape-regexp';

/** Where the evidence sentence sits in an article: paragraph index and UTF-16 offsets within it. */
export interface EvidenceSpot {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Finds `evidence` (a sentence as the corpus stored it) in the article's paragraphs. Whitespace
 * may differ (the cleaner joins wrapped lines, an NBSP may stand for a space) and so may the
 * Unicode form (NFC vs NFD), so the match allows any run of whitespace where the sentence has
 * one, on NFC text. Returns null when the sentence is not there; the reader page then says so.
 *
 * @example
 * findEvidence(['Một câu. Chiều 17/2, Tổng Bí thư tiếp.'], 'Chiều 17/2,  Tổng Bí thư tiếp.');
 * // { paragraph: 0, start: 9, end: 38 }
 */
export function findEvidence(paragraphs: readonly string[], evidence: string): EvidenceSpot | null {
  const words = evidence.normalize('NFC').trim().split(/\s+/u).filter((word) => word !== '');
  // A piece of an over-long sentence carries "…" where the corpus cut it (src/corpus/cut-long-sentence.ts);
  // the mark is not in the article, the words between the marks are.
  if (words.length > 1 && words[0] === CUT_MARK) words.shift();
  if (words.length > 1 && words.at(-1) === CUT_MARK) words.pop();
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u');
  for (const [index, text] of paragraphs.entries()) {
    // NFC never changes the length of text that is already NFC, which is what the corpus stores;
    // offsets are taken on the normalised text, and the page shows that same text.
    const match = pattern.exec(text.normalize('NFC'));
    if (match) return { paragraph: index, start: match.index, end: match.index + match[0].length };
  }
  return null;
}
