/**
 * How long a piece of evidence (and so a quote) may be, and the mark where one was cut. Shared by
 * the build, which cuts (src/corpus/cut-long-sentence.ts), and the reader page, which finds the
 * cut evidence in its article (src/ui/reader/find-evidence.ts): one definition, two sides.
 *
 * DESIGN.md ("corpus export JSON"): `evidence` is the sentence as written, except that a sentence
 * over 2,000 characters is cut at a clause boundary with an ellipsis.
 */

/** The longest evidence the index carries, in UTF-16 code units (what `String.length` counts). */
export const MAX_EVIDENCE_CHARS = 2000;

/** Stands where an over-long sentence was cut: "… piece …", one space between mark and text. */
export const CUT_MARK = '…';
