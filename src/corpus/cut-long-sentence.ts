/**
 * Long sentences are cut into pieces before anything reads them.
 *
 * Why: a sentence is the unit of evidence the card, the popup and the reader carry, and the unit
 * every extraction step scans (subjects are looked up by re-reading the sentence up to each verb,
 * so one sentence costs its length squared). A careless or hostile corpus file can be one
 * enormous sentence (issue 10: a 1.88 MB single-sentence article froze every hover for 4.5 s and
 * made the build quadratic). Real news sentences stay far below the limit (the longest in the
 * seed and held-out corpora is under 700 characters), so they are never touched.
 *
 * A sentence over {@link MAX_SENTENCE_CHARS} is cut at clause boundaries ("; ", then ", " or ": ",
 * then a space) into pieces whose evidence — the piece with "… " before and " …" after where it
 * was cut — is at most {@link MAX_SENTENCE_CHARS} characters. Each piece is read as a sentence of
 * its own, so nothing after the first 2,000 characters is dropped; the build reports every cut.
 */

import { CUT_MARK, MAX_EVIDENCE_CHARS } from '../model/evidence-limits';
import { matchesOf } from '../text/matches-of';

/** The longest sentence read whole (the longest evidence, and so quote, the index carries). */
export const MAX_SENTENCE_CHARS = MAX_EVIDENCE_CHARS;

/** A sentence of a paragraph, with its offsets there; `cutBefore`/`cutAfter` when it is a piece of a longer one. */
export interface SentencePiece {
  text: string;
  start: number;
  end: number;
  /** The paragraph's sentence went on before this piece (it was cut). */
  cutBefore?: true;
  /** The paragraph's sentence goes on after this piece (it was cut). */
  cutAfter?: true;
}

// Room for "… " before and " …" after the piece.
const PIECE_BUDGET = MAX_SENTENCE_CHARS - 2 * (CUT_MARK.length + 1);
// A boundary is only worth cutting at if it keeps at least half the budget in the piece; otherwise
// one comma near the start would make a run of tiny pieces.
const MIN_PIECE = Math.floor(PIECE_BUDGET / 2);

/**
 * The end (exclusive) of the piece starting at `from`: right after the last clause boundary of
 * the strongest kind that leaves at least MIN_PIECE characters, else a hard cut that does not
 * split a surrogate pair. Only the budget's window is searched, so cutting is linear overall.
 */
function pieceEnd(text: string, from: number): number {
  const limit = from + PIECE_BUDGET;
  const window = text.slice(from, limit);
  for (const boundary of [/;\s/gu, /[,:]\s/gu, /\s/gu]) {
    let last = -1;
    for (const m of matchesOf(window, boundary)) last = m.index + 1;
    if (last >= MIN_PIECE) return from + last;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * `sentence` itself when it fits, else its pieces in order, each with offsets into the same
 * paragraph and trimmed of the whitespace at the cut.
 *
 * @example
 * cutLongSentence({ text: 'a, '.repeat(1500), start: 0, end: 4500 }).length; // 3
 */
export function cutLongSentence(sentence: SentencePiece): SentencePiece[] {
  if (sentence.text.length <= MAX_SENTENCE_CHARS) return [sentence];
  const { text } = sentence;
  const pieces: SentencePiece[] = [];
  let from = 0;
  while (from < text.length) {
    const end = text.length - from <= PIECE_BUDGET ? text.length : pieceEnd(text, from);
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece !== '') {
      pieces.push({
        text: piece,
        start: sentence.start + from + lead,
        end: sentence.start + from + lead + piece.length,
        ...(from > 0 || sentence.cutBefore ? { cutBefore: true as const } : {}),
        ...(end < text.length || sentence.cutAfter ? { cutAfter: true as const } : {}),
      });
    }
    from = end;
  }
  return pieces;
}

/**
 * The evidence a sentence gives: its text as written, with the cut mark where it was cut
 * ("… và hai bên nhất trí …").
 *
 * @example
 * evidenceOf({ text: 'hai bên nhất trí,', start: 2000, end: 2017, cutBefore: true, cutAfter: true }); // '… hai bên nhất trí, …'
 */
export function evidenceOf(sentence: SentencePiece): string {
  return `${sentence.cutBefore ? `${CUT_MARK} ` : ''}${sentence.text}${sentence.cutAfter ? ` ${CUT_MARK}` : ''}`;
}

/** One sentence that was cut, for the build's report. */
export interface CutReport {
  /** The sentence's length before the cut, in UTF-16 code units. */
  chars: number;
  pieces: number;
}

/**
 * The cut sentences among a paragraph's pieces (as {@link cutLongSentence} made them): one
 * report per original sentence.
 */
export function cutReports(pieces: readonly SentencePiece[]): CutReport[] {
  const reports: CutReport[] = [];
  let open: { start: number; count: number } | null = null;
  for (const piece of pieces) {
    if (piece.cutBefore && open) open.count++;
    else if (piece.cutAfter) open = { start: piece.start, count: 1 };
    if (open && !piece.cutAfter) {
      reports.push({ chars: piece.end - open.start, pieces: open.count });
      open = null;
    }
  }
  return reports;
}
