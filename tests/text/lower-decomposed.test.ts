import { describe, expect, test } from 'vitest';
import { lowerDecomposed } from '../../src/text/lower-decomposed';

describe('lowerDecomposed', () => {
  test.each([
    ['Ộ', 'o', '\u0323\u0302'],
    ['Đ', 'đ', ''],
    ['Ð', 'đ', ''],
    ['й', 'и', '\u0306'],
    ['A', 'a', ''],
    ['한', '한', ''],
    ['İ', 'i', '\u0307'],
  ])('splits %j into base %j and marks %j', (ch, base, marks) => {
    expect(lowerDecomposed(ch.codePointAt(0)!)).toEqual({ base, marks });
  });
});
