import { escapeRegExp } from '../text/escape-regexp';

/**
 * Turns descriptor word lists into RegExp source: longest phrase first (so "hội đàm trực tuyến"
 * wins over "hội đàm"), special characters escaped, a space matching any run of spaces, phrases
 * that begin alike sharing their beginning (a trie, see {@link TrieNode}). Word boundaries are
 * written by hand because `\b` does not know Vietnamese letters.
 *
 * @example wordAlternation(['hội đàm', 'hội đàm trực tuyến']) // 'hội\\s+đàm(?:\\s+trực\\s+tuyến)?'
 */
export function wordAlternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((w) => w.trim()))].filter((w) => w !== '');
  if (unique.length === 0) return '(?!)';
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of unique) {
    let node = root;
    for (const token of tokens(word)) {
      let child = node.next.get(token);
      if (child === undefined) node.next.set(token, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return trieSource(root);
}

/**
 * One step of the phrase trie: a character, or a run of spaces (as one token, `' '`). Phrases
 * sharing a beginning share its steps, so a RegExp tries "held" once for every "held …" phrase
 * rather than once per phrase at every position of the text: the same matches, in the same order
 * of preference (at one position the phrases that can match form a chain of prefixes, and the
 * longest is tried first), at a fraction of the cost on the long descriptor lists.
 */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
}

function tokens(word: string): string[] {
  return word.split(/(\s+)/u).flatMap((part) => (/^\s+$/u.test(part) ? [' '] : [...part]));
}

function trieSource(node: TrieNode): string {
  if (caseVariantsAmong([...node.next.keys()])) return flatSource(node);
  const branches = [...node.next].map(([token, child]) => escapeToken(token) + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // Greedy: the longer phrase first, this one if what follows does not match.
  if (node.end) return branches.length === 1 ? `(?:${body})?` : `${body}?`;
  return body;
}

/**
 * Whether two steps differ only in case ("In" and "in"): a case-insensitive pattern matches both,
 * so the phrases after them no longer form one chain of prefixes, and only the flat list, longest
 * first, keeps the preference exact.
 */
function caseVariantsAmong(steps: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const step of steps) {
    const folded = step.toLowerCase();
    if (seen.has(folded)) return true;
    seen.add(folded);
  }
  return false;
}

/** The rest of every phrase below `node` as a flat list, longest first (the empty rest, where a phrase ends here, last). */
function flatSource(node: TrieNode): string {
  const rests: string[][] = [];
  const walk = (at: TrieNode, path: string[]): void => {
    if (at.end && path.length > 0) rests.push(path);
    for (const [token, child] of at.next) walk(child, [...path, token]);
  };
  walk(node, []);
  const text = (rest: readonly string[]) => rest.join('');
  rests.sort((a, b) => text(b).length - text(a).length || text(a).localeCompare(text(b)));
  const body = `(?:${rests.map((rest) => rest.map(escapeToken).join('')).join('|')})`;
  return node.end ? `${body}?` : body;
}

function escapeToken(token: string): string {
  return token === ' ' ? '\\s+' : escapeRegExp(token);
}

/** A case-insensitive RegExp for any of `words` standing as whole words; group 1 is the word. */
export function wordRegExp(words: Iterable<string>, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${wordAlternation(words)})(?![\\p{L}\\p{M}\\p{N}])`, flags);
}
