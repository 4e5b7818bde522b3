import { describe, expect, it } from 'vitest';
import { readPatternTree } from '../../src/text/pattern-tree';

describe('readPatternTree', () => {
  it('reads alternatives, sequences, groups and quantifiers into what each part can match', () => {
    expect(readPatternTree('(?:ab|c)d?')).toEqual({
      kind: 'seq',
      items: [
        {
          kind: 'alt',
          alts: [
            { kind: 'seq', items: [{ kind: 'char', source: 'a', literal: 'a' }, { kind: 'char', source: 'b', literal: 'b' }] },
            { kind: 'char', source: 'c', literal: 'c' },
          ],
        },
        { kind: 'repeat', body: { kind: 'char', source: 'd', literal: 'd' }, min: 0, max: 1 },
      ],
    });
  });

  it('reads lookarounds, anchors and word boundaries as zero-width, and classes and escapes as one character', () => {
    expect(readPatternTree('(?<![\\p{L}])\\bx$')).toEqual({
      kind: 'seq',
      items: [{ kind: 'assert' }, { kind: 'assert' }, { kind: 'char', source: 'x', literal: 'x' }, { kind: 'assert' }],
    });
    expect(readPatternTree('[a-z]\\s\\.')).toEqual({
      kind: 'seq',
      items: [{ kind: 'char', source: '[a-z]' }, { kind: 'char', source: '\\s' }, { kind: 'char', source: '\\.', literal: '.' }],
    });
  });

  it('throws on what it does not follow: a backreference, an unclosed group', () => {
    expect(() => readPatternTree('(a)\\1')).toThrow();
    expect(() => readPatternTree('(a')).toThrow();
  });
});
