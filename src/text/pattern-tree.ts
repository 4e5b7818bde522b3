/**
 * A RegExp source read into a tree of what each part can match: the engine's pattern tools ask of
 * it what every match must hold (match-needs.ts: the words, the last character) and how it must
 * open (matches-of.ts: a literal letter first), from one reading of the source rather than a walk
 * of their own each.
 */

/** A part of a pattern. */
export type PatternNode =
  | { kind: 'alt'; alts: PatternNode[] }
  | { kind: 'seq'; items: PatternNode[] }
  /** One character: `source` is an atom matching it (a literal, a class, an escape); `literal` when it is exactly one character. */
  | { kind: 'char'; source: string; literal?: string }
  | { kind: 'repeat'; body: PatternNode; min: number; max: number }
  /** Zero-width: lookarounds, `^`, `$`, `\b`. */
  | { kind: 'assert' };


/**
 * The tree of a `u`-flag source. Throws on anything it does not know (a backreference, a group
 * modifier, a malformed source): callers then treat the pattern as one they cannot reason about.
 *
 * @example
 * readPatternTree('a|b'); // { kind: 'alt', alts: [{ kind: 'char', source: 'a', literal: 'a' }, …] }
 */
export function readPatternTree(source: string): PatternNode {
  return new SourceReader(source).read();
}

/** Characters that mean something in a source outside classes; any other stands for itself. */
const SYNTAX = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);

/**
 * Reads a `u`-flag source into the tree above. Throws on anything it does not know (a
 * backreference, a group modifier, a malformed source): the caller then checks nothing.
 */
class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): PatternNode {
    const node = this.alternatives();
    if (this.at !== this.source.length) throw new Error('match-needs: unexpected )');
    return node;
  }

  private alternatives(): PatternNode {
    const alts: PatternNode[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { kind: 'alt', alts };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    for (;;) {
      const c = this.source[this.at];
      if (c === undefined || c === '|' || c === ')') break;
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  }

  private quantified(atom: PatternNode): PatternNode {
    const c = this.source[this.at];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/u.exec(this.source.slice(this.at));
      if (m === null) throw new Error('match-needs: bad quantifier');
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return atom;
    }
    if (this.source[this.at] === '?') this.at++; // lazy: the same characters can match
    if (atom.kind === 'assert') return atom;
    return { kind: 'repeat', body: atom, min, max };
  }

  private atom(): PatternNode {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '(') return this.group();
    if (c === '^' || c === '$') {
      this.at++;
      return { kind: 'assert' };
    }
    if (c === '.') {
      this.at++;
      return { kind: 'char', source: '.' };
    }
    if (c === '[') {
      const start = this.at;
      this.at++;
      while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
      if (this.at >= s.length) throw new Error('match-needs: unclosed class');
      this.at++;
      return { kind: 'char', source: s.slice(start, this.at) };
    }
    if (c === '\\') return this.escape();
    if (SYNTAX.has(c)) throw new Error(`match-needs: unexpected ${c}`);
    // One code point, a surrogate pair whole.
    const point = String.fromCodePoint(s.codePointAt(this.at)!);
    this.at += point.length;
    return { kind: 'char', source: point, literal: point };
  }

  private escape(): PatternNode {
    const s = this.source;
    const next = s[this.at + 1];
    if (next === undefined) throw new Error('match-needs: trailing backslash');
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return { kind: 'assert' };
    }
    if (/[1-9k]/u.test(next)) throw new Error('match-needs: backreference');
    if (next === 'p' || next === 'P') {
      const m = /^\\[pP]\{[A-Za-z_=]+\}/u.exec(s.slice(this.at));
      if (m === null) throw new Error('match-needs: bad property escape');
      this.at += m[0].length;
      return { kind: 'char', source: m[0] };
    }
    if (next === 'u' || next === 'x' || next === 'c') {
      const m = /^\\(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z])/u.exec(s.slice(this.at));
      if (m === null) throw new Error('match-needs: bad escape');
      this.at += m[0].length;
      return { kind: 'char', source: m[0] };
    }
    this.at += 2;
    // `\.`, `\(`, `\/`: the character itself.
    if (SYNTAX.has(next) || next === '-') return { kind: 'char', source: `\\${next}`, literal: next };
    // `\s`, `\d`, `\w`, `\n`, `\t`, `\0` and the like: one character of a class.
    return { kind: 'char', source: `\\${next}` };
  }

  private group(): PatternNode {
    const s = this.source;
    this.at++;
    let look = false;
    if (s.startsWith('?:', this.at)) this.at += 2;
    else if (s.startsWith('?=', this.at) || s.startsWith('?!', this.at)) {
      this.at += 2;
      look = true;
    } else if (s.startsWith('?<=', this.at) || s.startsWith('?<!', this.at)) {
      this.at += 3;
      look = true;
    } else if (s.startsWith('?<', this.at)) {
      const close = s.indexOf('>', this.at);
      if (close < 0) throw new Error('match-needs: bad group name');
      this.at = close + 1;
    } else if (s[this.at] === '?') throw new Error('match-needs: unknown group');
    const body = this.alternatives();
    if (s[this.at] !== ')') throw new Error('match-needs: unclosed group');
    this.at++;
    return look ? { kind: 'assert' } : body;
  }
}
