import { describe, expect, test } from 'vitest';
import { isDiacriticMark, isIgnorable, isLetter, isSpace, isUnspacedScript, isWordChar } from '../../src/text/char-classes';

const cp = (s: string): number => s.codePointAt(0)!;

describe('isIgnorable', () => {
  test.each(['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad'])('drops U+%s', (ch) => {
    expect(isIgnorable(cp(ch))).toBe(true);
  });
  test.each([' ', 'a', '\u00a0'])('keeps %j', (ch) => {
    expect(isIgnorable(cp(ch))).toBe(false);
  });
});

describe('isSpace', () => {
  test.each([' ', '\t', '\n', '\u00a0', '\u2002', '\u2009', '\u202f', '\u3000'])('counts %j as a space', (ch) => {
    expect(isSpace(cp(ch))).toBe(true);
  });
  test.each(['\ufeff', '\u200b', 'a', '.'])('does not count %j as a space', (ch) => {
    expect(isSpace(cp(ch))).toBe(false);
  });
});

describe('isDiacriticMark', () => {
  test.each(['\u0300', '\u0301', '\u0302', '\u0306', '\u031b', '\u0323'])('counts U+%s as a diacritic', (ch) => {
    expect(isDiacriticMark(cp(ch))).toBe(true);
  });
  test.each(['\u0eb8', '\u0ec8', 'a'])('does not count %j (a Lao sign or a letter)', (ch) => {
    expect(isDiacriticMark(cp(ch))).toBe(false);
  });
});

describe('isWordChar', () => {
  test.each(['a', 'Z', '5', 'đ', 'ж', 'ທ', '\u0eb8', '\u0301'])('counts %j', (ch) => {
    expect(isWordChar(cp(ch))).toBe(true);
  });
  test.each([' ', "'", '-', ',', '\u00a0'])('does not count %j', (ch) => {
    expect(isWordChar(cp(ch))).toBe(false);
  });
});

describe('isLetter', () => {
  test.each([['a', true], ['Ư', true], ['1', false], ['\u0301', false]] as const)('%j → %s', (ch, expected) => {
    expect(isLetter(cp(ch))).toBe(expected);
  });
});

describe('isUnspacedScript', () => {
  test.each([['ທ', true], ['ก', true], ['a', false], ['ж', false]] as const)('%j → %s', (ch, expected) => {
    expect(isUnspacedScript(cp(ch))).toBe(expected);
  });
});
