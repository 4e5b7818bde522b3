/**
 * The syntax of a RegExp source as the engine's pattern tools read it: which characters stand
 * outside character classes and escapes, and at what group depth. `matchesOf` (whether an opening
 * lookbehind can be split off) and `endsWithMatch` (telling an end-anchored source) each asked this
 * of a source with a loop of their own; this is the one walk. (What a match must open with or
 * contain is read from the tree of pattern-tree.ts.)
 */

/** A character of a source outside every class and escape, with the group depth before it (groups opened since the walk began, less those closed). */
export interface SyntaxChar {
  at: number;
  char: string;
  depth: number;
}

/**
 * Each character of `source` from `from` on that is neither escaped nor inside a character class
 * (`[…]`, whose brackets themselves are not given), with the depth of groups opened since `from`
 * before it; an escape (`\d`, `\(`) is passed over whole.
 *
 * @example
 * [...syntaxOf('a(b|[|])\\|')].map((c) => c.char).join(''); // 'a(b|)'
 */
export function* syntaxOf(source: string, from = 0): Generator<SyntaxChar, undefined, undefined> {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    yield { at: i, char: c, depth };
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return undefined;
}

/** Whether `source` has a `|` outside every group and class (`a|b`, not `(?:a|b)` or `[|]`). */
export function hasTopLevelAlternative(source: string): boolean {
  for (const c of syntaxOf(source)) if (c.char === '|' && c.depth === 0) return true;
  return false;
}

/**
 * Whether every match of `source` ends at the end of the text: it ends with an unescaped `$`
 * outside every class and group, and has no alternative outside groups (with one, `a|b$` would
 * match "a" anywhere).
 */
export function endsWithAnchor(source: string): boolean {
  let last: SyntaxChar | null = null;
  for (const c of syntaxOf(source)) {
    if (c.char === '|' && c.depth === 0) return false;
    last = c;
  }
  return last !== null && last.char === '$' && last.at === source.length - 1 && last.depth === 0;
}
