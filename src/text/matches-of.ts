/**
 * `text.matchAll(pattern)` without the copy of the pattern it makes on every call.
 *
 * `String.prototype.matchAll` builds a new RegExp from the pattern each time it is called (the
 * spec's species constructor) and scans with that copy. For the engine's long phrase patterns
 * (a language's meeting words, speech verbs: tens of kilobytes of source) V8 then scans
 * with code slower than the original's: on the bench corpus's sentences an exec loop on the
 * pattern itself took a third to a half of matchAll's time, with the same matches.
 */

import { closingParen, hasTopLevelAlternative, nextAlternative } from './pattern-syntax';

/**
 * The matches `text.matchAll(pattern)` yields, in the same order and as the same arrays (index,
 * groups), found with `pattern.exec` on the pattern itself. As with matchAll: the pattern must be
 * global (a TypeError otherwise), the scan starts at the pattern's `lastIndex` as it is at the
 * call, an empty match moves one character on (one code point with the `u` or `v` flag), and the
 * pattern's `lastIndex` is left as it was, whatever the loop's body does with the pattern
 * between two matches (each step sets its own position and puts the caller's back).
 *
 * @example
 * [...matchesOf('a1b22', /\d+/gu)].map((m) => [m.index, m[0]]); // [[1, '1'], [3, '22']]
 */
export function matchesOf(text: string, pattern: RegExp): IterableIterator<RegExpExecArray> {
  if (!pattern.global) throw new TypeError(`matchesOf: ${pattern} is not global`);
  const fullUnicode = pattern.unicode || pattern.unicodeSets;
  const split = splitOf(pattern);
  return split === null ? scan(text, pattern, pattern.lastIndex, fullUnicode) : scanSplit(text, split, pattern.lastIndex, fullUnicode);
}

/**
 * A word pattern taken apart: the lookbehind it opens with ("no letter before": `(?<![\p{L}\p{M}])`)
 * and the rest. The descriptors' phrase patterns all open so; V8 then tries that lookbehind at every
 * position of the text, and cannot skip ahead to where the phrases' first letters stand. The rest
 * alone, scanned, finds each place a phrase could start at that speed, and the lookbehind, tried
 * there only, keeps the places the whole pattern matches: the same matches (on the bench's
 * sentences the long phrase lists scanned 2 to 5 times faster).
 */
interface SplitPattern {
  /** The pattern without its opening lookbehind: same flags, global. */
  rest: RegExp;
  /** The opening lookbehind alone, sticky: whether it holds at a position. */
  before: RegExp;
}

const splits = new WeakMap<RegExp, SplitPattern | null>();

/**
 * The split form of `pattern` (memoised per pattern, so a language's rules are taken apart once),
 * or null when it is sticky, does not open with a lookbehind of one character class, or when taking it off
 * would change the pattern: an alternative outside groups (`(?<!x)a|b` looks behind for `a` only).
 * Patterns whose rest opens with something other than a literal letter (a lookahead, a class)
 * are left whole as well: their rest matches nearly everywhere, and scanning it costs more.
 */
function splitOf(pattern: RegExp): SplitPattern | null {
  // Most patterns open otherwise, some are regex literals made anew on every call (a literal in a
  // function body): answered at once, without a memo entry per call.
  if (!pattern.source.startsWith('(?<')) return null;
  let split = splits.get(pattern);
  if (split === undefined) {
    split = null;
    // A sticky pattern matches at its lastIndex or not at all: no scan to speed up.
    const lead = pattern.sticky ? null : LEADING_LOOKBEHIND.exec(pattern.source);
    const rest = lead === null ? '' : pattern.source.slice(lead[0].length);
    if (lead !== null && !hasTopLevelAlternative(rest) && opensWithLiteral(rest)) {
      split = {
        rest: new RegExp(rest, pattern.flags),
        before: new RegExp(lead[0], `${pattern.flags.replace('g', '')}y`),
      };
    }
    splits.set(pattern, split);
  }
  return split;
}

/** A negative lookbehind of one character class or property escape, opening a source. */
const LEADING_LOOKBEHIND = /^\(\?<!(?:\[(?:[^\]\\]|\\.)+\]|\\[pP]\{[A-Za-z_=]+\})\)/u;

/**
 * The matches of `split`'s whole pattern: where the rest matches and the lookbehind holds at its
 * start. A place where the lookbehind fails is no match of the whole pattern, whichever
 * alternative the rest took there, so the scan goes on one character later, as the whole
 * pattern's own scan would; where it holds, the whole pattern's match is the rest's.
 */
function* scanSplit(text: string, split: SplitPattern, from: number, fullUnicode: boolean): Generator<RegExpExecArray, undefined, undefined> {
  const { rest, before } = split;
  let at = from;
  for (;;) {
    if (at > text.length) return undefined;
    rest.lastIndex = at;
    const match = rest.exec(text);
    if (match === null) return undefined;
    before.lastIndex = match.index;
    if (!before.test(text)) {
      at = advance(text, match.index, fullUnicode);
      continue;
    }
    at = rest.lastIndex;
    if (match[0] === '') at = advance(text, at, fullUnicode);
    yield match;
  }
}

/**
 * Whether every match of `source` must open with a literal letter or digit (through groups and
 * their alternatives: `((?:sa(?:id|ys)|st…))`). Only a question of speed: false when unsure.
 */
function opensWithLiteral(source: string): boolean {
  return alternativesOpenWithLiteral(source, 0);
}

/**
 * Whether each of the alternatives starting at `at`, up to the `)` closing them (or the end of
 * the source), opens with a literal letter or digit.
 */
function alternativesOpenWithLiteral(source: string, at: number): boolean {
  let i = at;
  for (;;) {
    // One alternative: its first atom.
    const c = source[i];
    // An empty alternative: the match may open with whatever follows.
    if (c === undefined || c === '|' || c === ')') return false;
    if (c === '(') {
      // A plain or capturing group (lookarounds and the like are not literal).
      let open = i + 1;
      if (source.startsWith('?:', open)) open += 2;
      else if (source.startsWith('?<', open) && !source.startsWith('?<=', open) && !source.startsWith('?<!', open)) {
        const close = source.indexOf('>', open);
        if (close < 0) return false;
        open = close + 1;
      } else if (source[open] === '?') return false;
      if (!alternativesOpenWithLiteral(source, open)) return false;
      const close = closingParen(source, i);
      if (close < 0) return false;
      // A group that may be skipped does not open the match.
      if (/^(?:[?*]|\{0[,}])/u.test(source.slice(close + 1))) return false;
      i = close + 1;
    } else if (/[\p{L}\p{N}]/u.test(c)) {
      const next = source[i + 1];
      if (next === '?' || next === '*' || (next === '{' && source[i + 2] === '0')) return false;
      i++;
    } else {
      return false;
    }
    // On to the next alternative at this depth, if any.
    const next = nextAlternative(source, i);
    if (next === null) return true;
    i = next;
  }
}

function* scan(text: string, pattern: RegExp, from: number, fullUnicode: boolean): Generator<RegExpExecArray, undefined, undefined> {
  let at = from;
  for (;;) {
    const callers = pattern.lastIndex;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    at = pattern.lastIndex;
    pattern.lastIndex = callers;
    if (match === null) return undefined;
    if (match[0] === '') at = advance(text, at, fullUnicode);
    yield match;
  }
}

/** The spec's AdvanceStringIndex: the next character, a surrogate pair whole under full Unicode. */
function advance(text: string, at: number, fullUnicode: boolean): number {
  if (!fullUnicode || at + 1 >= text.length) return at + 1;
  const lead = text.charCodeAt(at);
  const trail = text.charCodeAt(at + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? at + 2 : at + 1;
}
