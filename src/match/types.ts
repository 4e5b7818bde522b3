/**
 * The matcher's public shapes. One matcher is compiled from every name form at build time and the
 * same compiled data is loaded in the content script, so what the index knows and what the page
 * highlights never disagree.
 */

/**
 * One name form to find. `id` is the caller's payload (e.g. an index into its own table of
 * leaders); several patterns may share an id.
 *
 *     const input: PatternInput = { text: 'Tô Lâm', id: 0 };
 *     compileMatcher([input, { text: 'To Lam', id: 0 }]);
 */
export interface PatternInput {
  text: string;
  id: number;
  /**
   * Only where written with a capital first letter ("Chính" the name, never "chính" the word). A
   * short form that is also a common word would otherwise be a hit in most sentences of a page,
   * each one built and thrown away by the caller; the matcher drops it for one character check.
   */
  capitalised?: boolean;
}

/**
 * The compiled matcher as plain JSON-safe data (strings and arrays of numbers/strings only), to be
 * written into the index and sent to the content script by message. It is an Aho–Corasick trie
 * over bare-folded name forms; failure links are rebuilt by `loadMatcher`, not stored.
 *
 * Trie states are numbered breadth-first and each state's edges are sorted by character, so the
 * k-th edge overall always leads to state k + 1: storing how many children each state has is
 * enough to rebuild the whole trie.
 *
 * Every form is stored behind word-start symbols (src/match/word-starts.ts: "U" before a form
 * that counts only written as a name, "L" before any other, "W" before each word inside it),
 * which no folded letter can be; version 2 had none and is refused.
 *
 *     const json = JSON.stringify(compileMatcher([{ text: 'Putin', id: 7 }]));
 *     const matcher = loadMatcher(JSON.parse(json));
 */
export interface CompiledMatcher {
  /** Format version; `loadMatcher` refuses versions it does not know. Currently 3. */
  version: number;
  /** One character per trie state: its number of children is `charCode - 48` ("0", "1", …). */
  childCounts: string;
  /** The label of every edge, edges in state order and, within a state, in character order. */
  edgeChars: string;
  /** Per pattern: the trie state where its key (its bare fold with word-start symbols) ends. */
  patternStates: number[];
  /** Per pattern: the caller's id. */
  patternIds: number[];
  /** Per pattern: its marked fold (lowercase, diacritics kept), or "" when it has no diacritics. */
  patternMarked: string[];
  /** One character per pattern: "1" when it counts only written with a capital first letter, else "0". */
  patternCapitalised: string;
}

/**
 * One occurrence of a name form. `start`/`end` are UTF-16 offsets into the ORIGINAL text (end
 * exclusive) and `text` is `original.slice(start, end)`, as written on the page.
 *
 *     matcher.find('Tổng Bí thư Tô Lâm nói')
 *     // [{ id: 0, start: 12, end: 18, text: 'Tô Lâm' }]
 */
export interface Match {
  id: number;
  start: number;
  end: number;
  text: string;
}

/**
 * A place inside a list of text segments: the segment's index and a UTF-16 offset in it.
 *
 *     const at: SegmentPosition = { segment: 1, offset: 0 };  // the start of the second segment
 *     range.setStart(textNodes[at.segment]!, at.offset);
 */
export interface SegmentPosition {
  segment: number;
  offset: number;
}

/**
 * A match over several segments. `start` is where it begins (never at the very end of a
 * segment); `end` is exclusive and never at offset 0 of a segment (it points past the last
 * character, in that character's own segment), which is what `Range.setStart/setEnd` want.
 * `text` is the matched text, segments joined.
 *
 *     matcher.findInSegments(['Tô ', 'Lâm'])
 *     // [{ id: 0, start: { segment: 0, offset: 0 }, end: { segment: 1, offset: 3 }, text: 'Tô Lâm' }]
 */
export interface SegmentMatch {
  id: number;
  start: SegmentPosition;
  end: SegmentPosition;
  text: string;
}

/** A loaded matcher. Both methods are linear in the length of the text, whatever the number of names. */
export interface Matcher {
  /**
   * Every name in `text`, in text order, leftmost-longest and never overlapping.
   * - Case-insensitive; never inside a longer word ("Putin" is not in "Putinism"); NFD input,
   *   any Unicode spaces, zero-width characters and soft hyphens inside a name do not matter;
   *   both tone placements ("Hoà"/"Hòa") are the same.
   * - A span with diacritics must have the pattern's own ("tổ lâm" is not "Tô Lâm"). A span with
   *   none matches a pattern with some only when written as a name: "To Lam", "TO LAM", not
   *   "to lam". Diacritic-free patterns ("Putin") match any case but not "Pútin".
   * - Names in Lao (or Thai, Khmer, Myanmar) script are found without a word-boundary check on
   *   their script's side: those scripts put no spaces between words.
   * - Two patterns with different ids and the same span: the one compiled first is reported.
   *
   *     loadMatcher(compileMatcher([{ text: 'Putin', id: 1 }])).find('Ông Putin nói')
   *     // [{ id: 1, start: 4, end: 9, text: 'Putin' }]
   */
  find(text: string): Match[];
  /**
   * Like `find`, over the text nodes of one block given in order. Segments are joined exactly as
   * given (no space is added between them), so a name split across nodes ("Tô <b>Lâm</b>",
   * or "Tô Lâ" + "m") is found; pass one block at a time so separate blocks are not joined.
   *
   *     matcher.findInSegments(['Tổng Bí thư Tô ', 'Lâm', ' nói'])
   *     // [{ id: 0, start: { segment: 0, offset: 12 }, end: { segment: 1, offset: 3 }, text: 'Tô Lâm' }]
   */
  findInSegments(segments: readonly string[]): SegmentMatch[];
}
