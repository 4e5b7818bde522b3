/**
 * `text.matchAll(pattern)` without the copy of the pattern it makes on every call.
 *
 * `String.prototype.matchAll` builds a new RegExp from the pattern each time it is called (the
 * spec's species constructor) and scans with that copy. For the engine's long phrase patterns
 * (a language's meeting words, speech verbs: tens of kilobytes of source) V8 then scans
 * with code slower than the original's: on the bench corpus's sentences an exec loop on the
 * pattern itself took a third to a half of matchAll's time, with the same matches.
 */

import { hasTopLevelAlternative } from './pattern-syntax';
import { readPatternTree, type PatternNode } from './pattern-tree';

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
 * their alternatives: `((?:sa(?:id|ys)|st…))`). Only a question of speed: false when unsure (a
 * source the tree reader does not follow).
 */
function opensWithLiteral(source: string): boolean {
  try {
    return opensWithLiteralNode(readPatternTree(source));
  } catch {
    return false;
  }
}

/** Whether every match of `node` opens with a literal letter or digit: a lookaround or an optional part first is not one. */
function opensWithLiteralNode(node: PatternNode): boolean {
  switch (node.kind) {
    case 'char':
      return node.literal !== undefined && /^[\p{L}\p{N}]$/u.test(node.literal);
    case 'repeat':
      return node.min > 0 && opensWithLiteralNode(node.body);
    case 'seq':
      return node.items.length > 0 && opensWithLiteralNode(node.items[0]!);
    case 'alt':
      return node.alts.every(opensWithLiteralNode);
    case 'assert':
      return false;
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
