import { foldBare } from '../text/fold-bare';
import { foldMarked } from '../text/fold-marked';
import type { CompiledMatcher, PatternInput } from './types';
import { keyOfForm, LOWER_START, NAME_START } from './word-starts';

/**
 * The format `compileMatcher` writes and `loadMatcher` reads; bump it whenever CompiledMatcher
 * changes shape or meaning, so an old index is refused instead of misread.
 *
 *     compileMatcher([]).version === COMPILED_MATCHER_VERSION   // true
 */
export const COMPILED_MATCHER_VERSION = 3;

/** Child counts are stored as characters from "0"; keep clear of the surrogate range. */
const MAX_CHILDREN = 0xd7ff - 48;

interface TrieNode {
  children: Map<number, TrieNode>;
  state: number;
}

/**
 * Compiles name forms into one matcher: an Aho–Corasick trie over their diacritic-free folds,
 * plus each form's diacritics to check candidates against. Forms that fold to nothing (empty,
 * only spaces or zero-width characters) are skipped; a form repeated with the same id is kept once.
 *
 * Each form is compiled behind word-start symbols (word-starts.ts), so the automaton only hits it
 * where a word starts: a form that counts only written as a name behind NAME_START, any other
 * behind LOWER_START. A word starting as a name may start either kind (loadMatcher links the
 * first to the second); a lowercase word only the second, so "chính" the word is never a hit for
 * "Chính" the name.
 *
 * Runs at build time and in tests; the result is plain data for `loadMatcher`. There are no
 * options: matching is always case-insensitive, whole-word, leftmost-longest, with the diacritic
 * rules described on `Matcher.find`.
 *
 *     const compiled = compileMatcher([{ text: 'Tô Lâm', id: 0 }, { text: 'Путин', id: 1 }]);
 *     JSON.stringify(compiled).length   // a few hundred bytes
 */
export function compileMatcher(patterns: readonly PatternInput[]): CompiledMatcher {
  const kept: { bare: string; marked: string; id: number; capitalised: boolean }[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const bare = foldBare(pattern.text).text.trim();
    if (bare === '') continue;
    const marked = foldMarked(pattern.text).text.trim();
    const key = `${pattern.id}\u0000${marked}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ bare, marked, id: pattern.id, capitalised: pattern.capitalised === true });
  }

  const root: TrieNode = { children: new Map(), state: 0 };
  const insert = (units: string): TrieNode => {
    let node = root;
    for (let k = 0; k < units.length; k++) {
      const unit = units.charCodeAt(k);
      let child = node.children.get(unit);
      if (!child) {
        child = { children: new Map(), state: -1 };
        node.children.set(unit, child);
      }
      node = child;
    }
    return node;
  };
  const nameStart = String.fromCharCode(NAME_START);
  const lowerStart = String.fromCharCode(LOWER_START);
  const terminals: { node: TrieNode; id: number; marked: string; capitalised: boolean }[] = [];
  for (const { bare, marked, id, capitalised } of kept) {
    const { body, lead } = keyOfForm(bare);
    const node = insert(lead ? (capitalised ? nameStart : lowerStart) + body : body);
    terminals.push({ node, id, marked: marked === bare ? '' : marked, capitalised });
  }

  let childCounts = '';
  const edgeChars: string[] = [];
  const queue: TrieNode[] = [root];
  let nextState = 1;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const units = [...node.children.keys()].sort((a, b) => a - b);
    if (units.length > MAX_CHILDREN) throw new Error(`Leaderlens matcher: a trie state has ${units.length} children, more than ${MAX_CHILDREN}`);
    childCounts += String.fromCharCode(48 + units.length);
    for (const unit of units) {
      const child = node.children.get(unit)!;
      child.state = nextState++;
      edgeChars.push(String.fromCharCode(unit));
      queue.push(child);
    }
  }

  return {
    version: COMPILED_MATCHER_VERSION,
    childCounts,
    edgeChars: edgeChars.join(''),
    patternStates: terminals.map((t) => t.node.state),
    patternIds: terminals.map((t) => t.id),
    patternMarked: terminals.map((t) => t.marked),
    patternCapitalised: terminals.map((t) => (t.capitalised ? '1' : '0')).join(''),
  };
}
