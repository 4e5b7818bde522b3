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

  it('does not date an article by a stamp its titled leaders contradict: the page was read years after the story', () => {
    // Nguyễn Phú Trọng was President until 2021-04-02; the top line is a site widget's day.
    const text = '18/03/2026\nx\n\nChủ tịch nước Nguyễn Phú Trọng tiếp Đại sứ\n\nChiều 6/12, Chủ tịch nước Nguyễn Phú Trọng tiếp Đại sứ Lào tại Hà Nội.';
    const reading = read(text);
    expect(reading.date.date).not.toBe('2026-03-18');
    // 6 December with him as President: 2018, 2019 or 2020, so no year is given rather than one guessed.
    expect(reading.date).toMatchObject({ date: null, inferred: false });
    // The same stamp over a sitting President's name is the article's date.
    expect(read(text.replaceAll('Nguyễn Phú Trọng', 'Lương Cường')).date).toMatchObject({ date: '2026-03-18', inferred: false });
  });

  it.each([
    ['vi', 'Thứ ba 18/03/2026 20:44\n\nBí thư Tỉnh ủy tiếp nguyên Chủ tịch nước\n\nNgày 18/3, Bí thư Tỉnh ủy đã tiếp nguyên Chủ tịch nước Nguyễn Phú Trọng tại Hà Nội.'],
    ['en', 'Tuesday 18/03/2026 20:44\n\nProvincial leader receives former President\n\nOn March 18, the provincial party chief received former President Nguyen Phu Trong in Hanoi.'],
  ])('keeps a stamp that a former office-holder, titled with a former word, does not contradict (%s)', (_language, text) => {
    // Nguyễn Phú Trọng was President until 2021-04-02: "nguyên", "former" say the office is past.
    expect(read(text).date).toMatchObject({ date: '2026-03-18', inferred: false });
  });

  it('does not date an article by a stamp its lead\'s actor contradicts, though a later name in office would keep it', () => {
    // The lead names Nguyễn Phú Trọng as President (until 2021-04-02); Tô Lâm, further down, is
    // General Secretary in 2026: the site widget's day is still not the story's.
    const text =
      'Thứ ba 18/03/2026 20:44\n\nChủ tịch nước tiếp Đại sứ\n\nChiều 6/12/2019, Chủ tịch nước Nguyễn Phú Trọng tiếp Đại sứ Lào tại Hà Nội.\n\nTổng Bí thư Tô Lâm cũng dự buổi tiếp.';
    expect(read(text).date).toMatchObject({ date: '2019-12-06' });
    // Named only further down, the same President leaves the stamp standing (a recall may title so).
    const recalled =
      'Thứ ba 18/03/2026 20:44\n\nTổng Bí thư tiếp Đại sứ\n\nChiều 6/12, Tổng Bí thư Tô Lâm tiếp Đại sứ Lào tại Hà Nội.\n\nChủ tịch nước Nguyễn Phú Trọng từng tiếp Đại sứ.';
    expect(read(recalled).date).toMatchObject({ date: '2026-03-18' });
  });

  it('takes the first possible year only when the one new in office is a titled leader, not the ambassador he received', () => {
    // Lương Cường is President from 2024-10-21: 8 November could be 2024 or 2025 (today 2026-01-01).
    const ambassador = 'Tin ngắn\n\nChiều 8/11, Chủ tịch nước Lương Cường tiếp Đại sứ Lê Hữu Khang, chúc mừng Đại sứ Lê Hữu Khang trên cương vị mới.';
    expect(read(ambassador).date).toMatchObject({ date: null, inferred: false });
    const president = 'Tin ngắn\n\nChiều 8/11, Đại sứ Lê Hữu Khang chúc mừng Chủ tịch nước Lương Cường trên cương vị mới.';
    expect(read(president).date).toMatchObject({ date: '2024-11-08', inferred: true });
  });
});
