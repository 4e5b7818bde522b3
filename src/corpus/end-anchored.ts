/**
 * Tests of patterns anchored at the end of a text ("… đã ", ", who is on a visit to Vietnam, ")
 * that read the text from its end.
 *
 * V8 tries a `$`-anchored pattern at every position of the text, so testing what stands before a
 * verb cost a scan of the whole sentence up to it, many times per sentence. The same pattern
 * inside a lookbehind, tried once at the end (sticky), is matched backwards from the end and
 * stops where the pattern can no longer match. Both say whether some suffix of the text matches
 * the pattern, so the answers are the same.
 */

import { endMatchNeeds, type MatchNeeds } from '../text/match-needs';
import { endsWithAnchor } from '../text/pattern-syntax';

/** An end-anchored pattern as tried: read backwards from the end, after a cheap check of what a match needs. */
interface Tester {
  tester: RegExp;
  /** What any match needs (match-needs.ts): a text without it is answered false untried. */
  needs: MatchNeeds | null;
}

const testers = new WeakMap<RegExp, Tester>();

/**
 * Whether `pattern` matches `text` (as `pattern.test(text)` would), for a pattern every match of
 * which ends at the end of the text: its source ends with `$` and has no `|` outside groups.
 * Throws for any other pattern, and for a global or sticky one (their `test` depends on `lastIndex`).
 *
 * @example
 * endsWithMatch('Ông Putin đã ', /(?:\s+|^)(?:đã|cũng)\s*$/iu) // true
 */
export function endsWithMatch(text: string, pattern: RegExp): boolean {
  const { tester, needs } = testerFor(pattern);
  if (needs !== null && !needs(text)) return false;
  tester.lastIndex = text.length;
  return tester.test(text);
}

/**
 * `text.replace(pattern, replacement)` for an end-anchored pattern (see {@link endsWithMatch}),
 * without the scan when nothing matches (most texts).
 *
 * @example
 * replaceAtEnd('Ông Putin đã ', /(?:\s+|^)(?:đã|cũng)\s*$/iu, '') // 'Ông Putin'
 */
export function replaceAtEnd(text: string, pattern: RegExp, replacement: string): string {
  return endsWithMatch(text, pattern) ? text.replace(pattern, replacement) : text;
}

/**
 * The tester of a pattern, made once per pattern (so once per language's rules). Most texts the
 * engine asks about end on a name and hold none of a long pattern's words ("of", "của"): the
 * check of what a match needs answers those without the backwards read, which for the long
 * patterns backtracks through every capitalised word before the end.
 */
function testerFor(pattern: RegExp): Tester {
  let tester = testers.get(pattern);
  if (!tester) {
    if (pattern.global || pattern.sticky) throw new Error(`end-anchored: ${pattern} is global or sticky`);
    if (!isEndAnchored(pattern.source)) throw new Error(`end-anchored: ${pattern} is not anchored at the end of the text`);
    tester = { tester: new RegExp(`(?<=(?:${pattern.source}))$`, `${pattern.flags}y`), needs: endMatchNeeds(pattern) };
    testers.set(pattern, tester);
  }
  return tester;
}

/**
 * A source whose every match ends at the end of the text: it ends with an unescaped `$` and has
 * no alternative outside groups (with one, `a|b$` would match "a" anywhere). A never-matching
 * `(?!)` counts too.
 */
function isEndAnchored(source: string): boolean {
  return source === '(?!)' || endsWithAnchor(source);
}
