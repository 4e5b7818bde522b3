import { describe, expect, it } from 'vitest';
import { endsWithAnchor, hasTopLevelAlternative, syntaxOf } from '../../src/text/pattern-syntax';

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
