import { describe, expect, it } from 'vitest';
import { closingParen, endsWithAnchor, hasTopLevelAlternative, nextAlternative, syntaxOf } from '../../src/text/pattern-syntax';

describe('syntaxOf', () => {
  it('gives the characters outside classes and escapes, with the group depth before each', () => {
    expect([...syntaxOf('a(b|[|])\\|')].map((c) => `${c.char}${c.depth}`).join(' ')).toBe('a0 (0 b1 |1 )1');
  });

  it('counts depth from where the walk begins', () => {
    expect([...syntaxOf('(a(b)c)', 2)].map((c) => `${c.char}${c.depth}`).join(' ')).toBe('(0 b1 )1 c0 )0');
  });
});

describe('hasTopLevelAlternative', () => {
  it.each([
    ['a|b', true],
    ['(?:a|b)c', false],
    ['[|]a', false],
    ['a\\|b', false],
  ])('%j: %s', (source, expected) => {
    expect(hasTopLevelAlternative(source)).toBe(expected);
  });
});

describe('closingParen', () => {
  it('finds the parenthesis closing the one at the index, past nested groups, classes and escapes', () => {
    const source = '(a(b)[)]\\)c)d';
    expect(closingParen(source, 0)).toBe(11);
    expect(closingParen(source, 2)).toBe(4);
    expect(closingParen('(a', 0)).toBe(-1);
  });
});

describe('nextAlternative', () => {
  it('gives the start of the next alternative at the same depth, or null at the end of its group', () => {
    expect(nextAlternative('ab|cd', 0)).toBe(3);
    expect(nextAlternative('a(b|c)|d', 0)).toBe(7);
    expect(nextAlternative('b|c)|d', 2)).toBeNull();
    expect(nextAlternative('abc', 0)).toBeNull();
  });
});

describe('endsWithAnchor', () => {
  it.each([
    ['(?:a|b)$', true],
    ['a|b$', false],
    ['a\\$', false],
    ['a[$]', false],
    ['(a$)', false],
    ['a', false],
  ])('%j: %s', (source, expected) => {
    expect(endsWithAnchor(source)).toBe(expected);
  });
});
