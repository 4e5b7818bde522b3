import { describe, expect, it } from 'vitest';
import { memoizedNameTable } from '../../src/corpus/memoized-name-table';
import { readArticleText } from '../../src/corpus/read-article-text';
import { splitHeader } from '../../src/corpus/read-header';
import { registry, table } from './registry-fixture';

const read = (text: string, today: () => string = () => '2026-01-01') => readArticleText(splitHeader(text), registry, memoizedNameTable(table), today);

describe('readArticleText', () => {
  it('gives the language, the title and body in file order, and the header date, without asking for today', () => {
    let asked = 0;
    const text = ' date 2025-12-01\nTổng Bí thư Tô Lâm hội đàm với Tổng thống Nga\n\nChiều 1/12, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin tại Hà Nội.';
    const reading = read(text, () => {
      asked++;
      return '2026-01-01';
    });
    expect(reading.rules.code).toBe('vi');
    expect(reading.paragraphs.map((p) => p.text)).toEqual([
      'Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga',
      'Chiều 1/12, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin tại Hà Nội.',
    ]);
    expect(reading.paragraphs[0]!.line).toBeLessThan(reading.paragraphs[1]!.line);
    expect(reading.date.date).toBe('2025-12-01');
    expect(asked).toBe(0);
  });

  it('asks for today only when the date lacks a year, and guesses none when the titled names leave two years open', () => {
    let asked = 0;
    const text = 'Tin ngắn\n\nSáng 1/12, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin tại Hà Nội.';
    const reading = read(text, () => {
      asked++;
      return '2026-06-01';
    });
    // Tô Lâm has been General Secretary since August 2024: 1 December could be 2024 or 2025.
    expect(asked).toBeGreaterThan(0);
    expect(reading.date).toMatchObject({ date: null, inferred: false });
  });
});
