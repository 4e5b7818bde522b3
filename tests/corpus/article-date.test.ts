import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { articleDate, resolveDatePhrase, type YearEvidence } from '../../src/corpus/article-date';
import { cleanArticle } from '../../src/corpus/clean-article';
import { findDatePhrases } from '../../src/corpus/date-phrases';
import { readArticles } from '../../src/corpus/read-articles';

const seeds = readArticles(join(import.meta.dirname, '../../corpus/articles')).articles;

function inputOf(text: string, headerDate: string | null = null) {
  const c = cleanArticle(text);
  return { rawText: text, headerDate, title: c.title, paragraphs: c.paragraphs };
}

// Stands in for the registry: Lương Cường was President from 21 Oct 2024, so an 8/11 event with him is 2024.
const presidentEvidence: YearEvidence = (month, day) =>
  month === 11 && day === 8 ? { year: 2024, reason: 'Lương Cường is President from 2024-10-21' } : null;

describe('articleDate on the seed articles', () => {
  test.each([
    ['000', undefined, { date: null, inferred: false }],
    ['000', presidentEvidence, { date: '2024-11-08', inferred: true }],
    ['001', undefined, { date: '2025-12-01', inferred: false, source: 'header' }],
    ['002', undefined, { date: '2023-02-17', inferred: false, source: 'timestamp: 17/02/2023 19:28' }],
    ['003', undefined, { date: '2025-12-03', inferred: false, source: 'header' }],
    // 004 gives no day of its own: "Quốc khánh 2/9" is a holiday, "tháng 6/2024" a past visit.
    ['004', undefined, { date: null, inferred: false }],
  ])('%s', (prefix, evidence, expected) => {
    const a = seeds.find((x) => x.file.startsWith(prefix))!;
    expect(articleDate(inputOf(a.text, a.headerDate), evidence)).toMatchObject(expected);
  });

  it('000 says where the year came from', () => {
    const a = seeds.find((x) => x.file.startsWith('000'))!;
    expect(articleDate(inputOf(a.text), presidentEvidence).source).toMatch(/Chiều 8\/11.*Lương Cường is President/);
  });
});

describe('articleDate', () => {
  const lead = (s: string) => `Thủ tướng tiếp Đại sứ Nhật Bản\n${s}`;

  it('prefers the header to everything', () => {
    expect(articleDate(inputOf(lead('Chiều 8/11/2020, Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ở Hà Nội.'), '2024-11-09'))).toEqual({
      date: '2024-11-09',
      inferred: false,
      source: 'header',
    });
  });

  test.each([
    ['17/02/2023 19:28', '2023-02-17'],
    ['Thứ Sáu, 17/2/2023 - 19:28 (GMT+7)', '2023-02-17'],
    ['Cập nhật: 05/01/2024', '2024-01-05'],
  ])('reads a publication stamp "%s" near the top', (stamp, date) => {
    const text = `Thủ tướng tiếp Đại sứ Nhật Bản\n${stamp}\nChiều 8/11, Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ở Hà Nội.`;
    expect(articleDate(inputOf(text))).toMatchObject({ date, inferred: false });
  });

  it('does not take a full date inside a sentence for a publication stamp', () => {
    const text = lead('Sáng 3/3, Thủ tướng tiếp Đại sứ, người đã trình quốc thư ngày 02/02/2023 tại Phủ Chủ tịch ở Hà Nội.');
    expect(articleDate(inputOf(text))).toMatchObject({ date: '2023-03-03', inferred: true });
  });

  it('uses a full date in the lead as is', () => {
    expect(articleDate(inputOf(lead('Chiều 8/11/2024, Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ở Hà Nội.')))).toMatchObject({
      date: '2024-11-08',
      inferred: false,
    });
  });

  it('skips holidays and month-only phrases when looking for the event', () => {
    const text = lead('Nhân dịp Quốc khánh 2/9, Thủ tướng đã tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ vào tháng 9/2025 ở Hà Nội.');
    expect(articleDate(inputOf(text))).toMatchObject({ date: null, inferred: false });
  });

  it('is null, not invented, when nothing gives a year', () => {
    const r = articleDate(inputOf(lead('Chiều 8/11, Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ở Hà Nội.')), () => null);
    expect(r).toMatchObject({ date: null, inferred: false });
    expect(r.source).toMatch(/no year/);
  });

  it('ignores evidence that names an impossible day (29/2 in a common year)', () => {
    const r = articleDate(inputOf(lead('Sáng 29/2, Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ở Hà Nội.')), () => ({ year: 2025, reason: 'x' }));
    expect(r.date).toBeNull();
  });
});

describe('resolveDatePhrase', () => {
  const phrase = (text: string) => {
    const p = findDatePhrases(text)[0];
    if (!p) throw new Error(`no phrase in ${text}`);
    return p;
  };

  test.each([
    ['Sáng 1/12', '2025-12-03', { date: '2025-12-01', inferred: false }],
    ['Chiều 3/12', '2025-12-03', { date: '2025-12-03', inferred: false }],
    ['Chiều 28/12', '2026-01-02', { date: '2025-12-28', inferred: true }],
    ['ngày 02/02/2023', '2023-02-17', { date: '2023-02-02', inferred: false }],
    ['từ ngày 1 đến 2/12', '2025-12-03', { date: '2025-12-01', dateEnd: '2025-12-02', inferred: false }],
    ['từ 30/12 đến 2/1', '2026-01-05', { date: '2025-12-30', dateEnd: '2026-01-02', inferred: true }],
    ['Sáng 1/12', null, { date: null, inferred: false }],
    ['tháng 6/2024', '2025-09-01', { date: null, inferred: false, month: '2024-06' }],
    ['tháng 10 vừa qua', '2025-12-01', { date: null, inferred: false, month: '2025-10' }],
    ['tháng 12 năm ngoái', '2026-01-20', { date: null, inferred: true, month: '2025-12' }],
    ['năm 2026', '2025-12-03', { date: null, inferred: false, year: 2026 }],
    ['Quốc khánh 2/9', '2025-09-10', { date: null, inferred: false, holiday: true }],
  ])('%s in an article of %s', (text, art, expected) => {
    expect(resolveDatePhrase(phrase(text), art)).toEqual(expected);
  });

  it('marks the year inferred when the article date itself was inferred', () => {
    expect(resolveDatePhrase(phrase('Chiều 8/11'), '2024-11-08', true)).toEqual({ date: '2024-11-08', inferred: true });
  });

  it('never puts a yearless day after the article date', () => {
    for (let m = 1; m <= 12; m++) {
      const r = resolveDatePhrase(phrase(`Sáng 15/${m}`), '2025-06-15');
      expect(r.date! <= '2025-06-15').toBe(true);
    }
  });
});
