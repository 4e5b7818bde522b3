import { describe, expect, test } from 'vitest';
import { splitHeader } from '../../src/corpus/read-header';

describe('splitHeader', () => {
  test.each([
    [' date 2025-12-01 Tổng Bí thư hội đàm\nBody', { text: 'Tổng Bí thư hội đàm\nBody', headerDate: '2025-12-01', lineOffset: 0 }],
    [' date 2025-12-01\nTổng Bí thư hội đàm', { text: 'Tổng Bí thư hội đàm', headerDate: '2025-12-01', lineOffset: 1 }],
    [' date 2025-12-01   \nX', { text: 'X', headerDate: '2025-12-01', lineOffset: 1 }],
    ['date 2024-02-29\nX', { text: 'X', headerDate: '2024-02-29', lineOffset: 1 }],
    ['Tổng Bí thư hội đàm\nBody', { text: 'Tổng Bí thư hội đàm\nBody', headerDate: null, lineOffset: 0 }],
    // Not a header: "date" as an ordinary first word.
    ['date palms grow here\nX', { text: 'date palms grow here\nX', headerDate: null, lineOffset: 0 }],
  ])('%j', (input, expected) => {
    expect(splitHeader(input)).toEqual(expected);
  });

  test.each([[' date 2025-13-45 Tin'], [' date 2025-02-29\nTin'], [' date 12/01/2025 Tin'], [' date tomorrow Tin']])(
    'keeps the text but reports an invalid date: %j',
    (input) => {
      const r = splitHeader(input);
      expect(r.headerDate).toBeNull();
      expect(r.problem).toMatch(/not a valid YYYY-MM-DD date/);
      expect(r.text.startsWith('Tin')).toBe(true);
    },
  );
});
