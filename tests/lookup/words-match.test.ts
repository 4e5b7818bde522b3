import { describe, expect, it } from 'vitest';
import { wordsMatch } from '../../src/lookup/words-match';

describe('wordsMatch', () => {
  it.each([
    ['hop tac', 'Hai bên nhất trí tăng cường hợp tác kinh tế', true],
    ['hợp tác', 'tăng cường hợp tác', true],
    ['HỢP TÁC', 'tăng cường hợp tác', true],
    ['hợp  tác', 'tăng cường hợp\u00a0tác', true],
    ['hop t', 'tăng cường hợp tác', true],
    ['họp', 'tăng cường hợp tác', false],
    ['họp', 'cuộc họp báo', true],
    ['hoà bình', 'vì hòa bình', true],
    ['hoa binh', 'vì hòa bình', true],
    ['op tac', 'tăng cường hợp tác', false],
    ['dang', 'Đảng và Nhà nước', true],
    ['putin', 'Tổng thống Putin', true],
    ['tin', 'Tổng thống Putin', false],
  ])('%j in %j: %s', (query, text, expected) => {
    expect(wordsMatch(query)!(text)).toBe(expected);
  });

  it('is no filter for a query without words', () => {
    expect(wordsMatch('')).toBeNull();
    expect(wordsMatch('   ')).toBeNull();
  });

  it('folds each text once per fold level, kept in the cache it is given', () => {
    const cache = new Map<string, string>();
    wordsMatch('hop', cache)!('Hợp tác');
    wordsMatch('tac', cache)!('Hợp tác');
    expect(cache.size).toBe(1);
    wordsMatch('hợp', cache)!('Hợp tác');
    expect(cache.size).toBe(2);
  });
});
