import { isUnspacedScript, isWordChar } from '../text/char-classes';

/**
 * Word-start symbols: the automaton reads one of them before the first letter of every word of a
 * page's fold, and every name form is compiled behind them, so a form can only be hit where a word
 * starts. Without them, short forms ("An", "Lam") and titles were hit inside every word that
 * contains them ("toàn", "Islam"): 1.4 million hits in the matcher bench's megabyte with the
 * registry and a thousand found people, each one built and thrown away by the boundary check.
 *
 * Uppercase ASCII letters, because folding lowercases: no character folds to one (a test goes
 * through every code point), so a symbol can never be confused with a folded letter.
 *
 *     NAME_START    'U'  in a page: a word starting as a name does (a capital, or a script
 *                        without case); in the trie: before a form that counts only so written
 *     LOWER_START   'L'  in a page: a word starting in lowercase; in the trie: before a form that
 *                        counts in any case (which a word starting as a name may start too)
 *     INNER_START   'W'  in the trie only: a word start of either kind inside a form
 *                        ("Tô Lâm" is U·to W·lam when it counts only as a name)
 */
export const NAME_START = 0x55;
export const LOWER_START = 0x4c;
export const INNER_START = 0x57;

/** Whether `unit` is one of the word-start symbols (a trie edge, never a folded letter). */
export function isWordStartSymbol(unit: number): boolean {
  return unit === NAME_START || unit === LOWER_START || unit === INNER_START;
}

/** A name form as the trie holds it: see `keyOfForm`. */
export interface FormKey {
  /** The bare fold with INNER_START before each word that starts inside it. */
  body: string;
  /**
   * Whether the form starts with a word character that needs a word start before it, and so is
   * compiled behind NAME_START or LOWER_START. A form starting with a non-word character ("(")
   * or in a script written without spaces (Lao, Thai, Khmer, Myanmar) has no boundary to check
   * on that side and starts at the root, as it did before the symbols.
   */
  lead: boolean;
}

/**
 * Where the word starts of a bare-folded form are, by the rule the scan applies to a page's fold:
 * a word character (letter, digit or mark, any script) whose code point before is not one.
 * The two sides agree exactly because both run this rule on folded units, the same rule
 * `hasWordBoundariesIn` checks afterwards.
 *
 *     keyOfForm('to lam')          // { body: 'to Wlam', lead: true }
 *     keyOfForm('kim jong-un')     // { body: 'kim Wjong-Wun', lead: true }
 *     keyOfForm('ທອງລຸນ ສີສຸລິດ')  // { body: 'ທອງລຸນ Wສີສຸລິດ', lead: false }
 */
export function keyOfForm(bare: string): FormKey {
  let body = '';
  let inWord = false;
  let lead = false;
  for (let k = 0; k < bare.length; ) {
    const cp = bare.codePointAt(k)!;
    const width = cp > 0xffff ? 2 : 1;
    const word = isWordChar(cp);
    if (word && !inWord) {
      if (k > 0) body += String.fromCharCode(INNER_START);
      else lead = !isUnspacedScript(cp);
    }
    inWord = word;
    body += bare.slice(k, k + width);
    k += width;
  }
  return { body, lead };
}
