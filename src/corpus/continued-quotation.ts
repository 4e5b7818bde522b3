import type { Statement } from './extract-statements';
import { quotationRanges } from './speech-verbs';

/** Fewest words a standalone quotation needs to be a quote: "“Thank you.”" alone says little. */
const MIN_WORDS = 5;

/**
 * The words of a paragraph that is one closed quotation and nothing else ("“I look forward to
 * building even closer ties with Vietnam.”"), read as more words of the speaker whose direct
 * quotation ended the paragraph before: the press's way of going on with one speaker's words in a
 * paragraph of their own, the attribution given once. An engine shape, not a language's: the marks
 * are the same in both. A quotation with a second one inside it, words outside the marks, or too
 * few words is no such paragraph; the caller decides who spoke last.
 *
 * @example
 * continuedQuotation('“I look forward to closer ties with Vietnam.”', 'halimah-yacob');
 * // { speakers: ['halimah-yacob'], text: 'I look forward to closer ties with Vietnam.', direct: true, start: 1, end: 44 }
 */
export function continuedQuotation(paragraph: string, speaker: string): Statement | null {
  const trimmed = paragraph.trim();
  // The paragraph's quotations as the statements read them (“…”, «…», "…"): one, from end to end.
  const ranges = quotationRanges(trimmed);
  if (ranges.length !== 1 || ranges[0]![0] !== 0 || ranges[0]![1] !== trimmed.length) return null;
  const inner = trimmed.slice(1, -1);
  // One quotation: no mark of either kind inside (a closing mark inside means words outside it).
  if (/["“”«»]/u.test(inner)) return null;
  if (inner.trim().split(/\s+/u).length < MIN_WORDS) return null;
  const start = paragraph.length - paragraph.trimStart().length + 1;
  return { speakers: [speaker], text: inner.trim(), direct: true, start, end: start + inner.length };
}
