/**
 * What a match of a RegExp cannot do without, read from the pattern's source once: the words it
 * must contain ("of", "của" for "… of the Kingdom of Cambodia") and the characters it can end on
 * ("," for an aside closed by a comma). A text that lacks them cannot match, and is not tried.
 *
 * The engine's end-anchored patterns (corpus/end-anchored.ts) are tried on the words before every
 * verb of every sentence, a dozen in a row, and most of those texts end with a name the pattern
 * cannot end on, or lack the word it needs; V8 still reads each of them backwards with
 * backtracking (several microseconds each for the long ones). Both checks are necessary
 * conditions, never sufficient: the pattern itself decides whenever they pass, so the answers are
 * the pattern's. Where the source holds something this reader does not follow (a backreference, a
 * pattern without the `u` flag), there is no check, and the pattern is always tried.
 */

import { escapeRegExp } from './escape-regexp';
import { readPatternTree, type PatternNode as Node } from './pattern-tree';

/** A necessary condition for a match: false means the pattern cannot match `text`. */
export type MatchNeeds = (text: string) => boolean;

/**
 * The necessary condition for `pattern` to match a text ending where the match ends (an
 * end-anchored pattern): its last character that is not a space is one the pattern can end on,
 * and the text holds one of the words every match contains. Null when the source gives nothing
 * to check (or is beyond this reader).
 *
 * @example
 * const needs = endMatchNeeds(/\s*,\s*(?:who|which)\s*$/u)!;
 * needs('President Lam said '); // false: a match ends on "who" or "which" before its spaces
 * needs('President Lam, who ');  // true: the pattern decides
 */
export function endMatchNeeds(pattern: RegExp): MatchNeeds | null {
  if (!pattern.unicode || pattern.unicodeSets) return null;
  let tree: Node;
  try {
    tree = readPatternTree(pattern.source);
  } catch {
    return null;
  }
  const flags = pattern.flags.replace(/[gyd]/gu, '');
  const checks: MatchNeeds[] = [];
  // The last character of the text that is not a space, when no match can be spaces only.
  if (!blank(tree, flags)) {
    const ends = lastCharacters(tree, flags);
    if (ends.length > 0) {
      const endsOn = new RegExp(`^(?:${ends.join('|')})$`, flags);
      const verdicts = new Map<string, boolean>();
      checks.push((text) => {
        const last = lastNonSpace(text);
        if (last === null) return true;
        let ok = verdicts.get(last);
        if (ok === undefined) verdicts.set(last, (ok = endsOn.test(last)));
        return ok;
      });
    }
  }
  // Words every match contains: compared as written, or, with the `i` flag, by a pattern of the
  // words alone with the pattern's own flags (so with the same case folding as the pattern's).
  const words = requiredWords(tree);
  if (words !== null) {
    if (!pattern.ignoreCase) checks.push((text) => words.some((w) => text.includes(w)));
    else {
      const anyWord = new RegExp(words.map(escapeRegExp).join('|'), flags);
      checks.push((text) => anyWord.test(text));
    }
  }
  if (checks.length === 0) return null;
  return checks.length === 1 ? checks[0]! : (text) => checks.every((check) => check(text));
}

/** Every whitespace character `\s` matches (ECMAScript's WhiteSpace and LineTerminator). */
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const SPACE = /\s/u;

/** The last character of `text` (a whole surrogate pair) that is not a space, or null when there is none. */
function lastNonSpace(text: string): string | null {
  let i = text.length - 1;
  for (; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue;
    if (code > 0x7f && SPACE.test(text[i]!)) continue;
    break;
  }
  if (i < 0) return null;
  const code = text.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
    const lead = text.charCodeAt(i - 1);
    if (lead >= 0xd800 && lead <= 0xdbff) return text.slice(i - 1, i + 1);
  }
  return text[i]!;
}

/** Whether `node` can match a text of spaces only, or nothing. */
function blank(node: Node, flags: string): boolean {
  switch (node.kind) {
    case 'assert':
      return true;
    case 'char':
      return canBeSpace(node.source, flags);
    case 'repeat':
      return node.min === 0 || blank(node.body, flags);
    case 'seq':
      return node.items.every((item) => blank(item, flags));
    case 'alt':
      return node.alts.some((alt) => blank(alt, flags));
  }
}

const spaceVerdicts = new Map<string, boolean>();

function canBeSpace(atom: string, flags: string): boolean {
  const key = `${flags}/${atom}`;
  let verdict = spaceVerdicts.get(key);
  if (verdict === undefined) {
    const re = new RegExp(`^(?:${atom})$`, flags);
    verdict = [...SPACES].some((s) => re.test(s));
    spaceVerdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * Atoms for the characters a match of `node` can have as its last character that is not a space
 * (where its match holds one). A space atom among them is harmless: the text's last character
 * tested is never a space.
 */
function lastCharacters(node: Node, flags: string): string[] {
  switch (node.kind) {
    case 'assert':
      return [];
    case 'char':
      return [node.source];
    case 'repeat':
      return node.max === 0 ? [] : lastCharacters(node.body, flags);
    case 'alt':
      return [...new Set(node.alts.flatMap((alt) => lastCharacters(alt, flags)))];
    case 'seq': {
      const out = new Set<string>();
      for (let k = node.items.length - 1; k >= 0; k--) {
        const item = node.items[k]!;
        for (const atom of lastCharacters(item, flags)) out.add(atom);
        // What stands before an item counts only when the item can be spaces only (or nothing).
        if (!blank(item, flags)) break;
      }
      return [...out];
    }
  }
}

/** How many words a requirement may list before it costs more than it saves. */
const MAX_WORDS = 12;

/**
 * Words one of which every match contains (as written in the source), or null when there are none to name.
 * The longest runs of literal characters in a row make the words.
 */
function requiredWords(node: Node): string[] | null {
  switch (node.kind) {
    case 'assert':
      return null;
    case 'char':
      return node.literal === undefined ? null : [node.literal];
    case 'repeat':
      return node.min === 0 ? null : requiredWords(node.body);
    case 'alt': {
      const all: string[] = [];
      for (const alt of node.alts) {
        const words = requiredWords(alt);
        if (words === null) return null;
        all.push(...words);
      }
      const unique = [...new Set(all)];
      return unique.length <= MAX_WORDS ? unique : null;
    }
    case 'seq': {
      let best: string[] | null = null;
      const consider = (words: string[] | null): void => {
        if (words !== null && (best === null || better(words, best))) best = words;
      };
      let run = '';
      for (const item of node.items) {
        if (item.kind === 'char' && item.literal !== undefined) {
          run += item.literal;
          continue;
        }
        if (run !== '') consider([run]);
        run = '';
        consider(requiredWords(item));
      }
      if (run !== '') consider([run]);
      return best;
    }
  }
}

/** The more selective requirement: its shortest word longer, then fewer words. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (words: readonly string[]) => Math.min(...words.map((w) => w.length));
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.length < b.length);
}
