import { describe, expect, it } from 'vitest';
import type { ArticleQuote } from '../../src/corpus/analyse-article';
import { keptStatements, quoteIdOf, quoteRowsOf } from '../../src/corpus/quote-rows';
import { stableId } from '../../src/corpus/stable-id';

const quote = (over: Partial<ArticleQuote>): ArticleQuote => ({
  speakers: ['to-lam'],
  text: 'khẳng định quan hệ hai nước',
  kind: 'reported',
  meeting: null,
  evidence: 'Tổng Bí thư Tô Lâm khẳng định quan hệ hai nước.',
  line: 2,
  ...over,
});

describe('quoteRowsOf', () => {
  it('keeps a statement repeated in one article once, and its index among the article statements', () => {
    const { rows, factRows } = quoteRowsOf(
      [
        { id: 'a1', date: '2025-12-02', quotes: [quote({}), quote({ line: 5 }), quote({ text: 'đề nghị tăng cường hợp tác' })] },
        { id: 'a2', date: '2025-12-03', quotes: [quote({})] },
      ],
      () => null,
      () => null,
    );
    expect(rows.map((r) => [r.articleId, r.text])).toEqual([
      ['a1', 'khẳng định quan hệ hai nước'],
      ['a1', 'đề nghị tăng cường hợp tác'],
      ['a2', 'khẳng định quan hệ hai nước'],
    ]);
    expect(factRows).toEqual([0, 2, 0]);
  });

  it('places a row at the meeting its telling was merged into, dated by it, else by its article', () => {
    const { rows } = quoteRowsOf(
      [{ id: 'a1', date: '2025-12-02', quotes: [quote({ meeting: 0 }), quote({ text: 'x', meeting: 1 }), quote({ text: 'y' })] }],
      (articleId, meeting) => (meeting === 0 ? `m-${articleId}` : 'm-undated'),
      (meetingId) => (meetingId === 'm-a1' ? '2025-12-01' : null),
    );
    expect(rows.map((r) => [r.meetingId, r.date])).toEqual([
      ['m-a1', '2025-12-01'],
      ['m-undated', '2025-12-02'],
      [null, '2025-12-02'],
    ]);
  });
});

describe('quoteRowsOf with the kept statements given', () => {
  it('takes the rows given for an article and finds the others, with where each article starts', () => {
    const articles = [
      { id: 'a1', date: '2025-12-02', quotes: [quote({}), quote({ line: 5 }), quote({ text: 'đề nghị tăng cường hợp tác' })] },
      { id: 'a2', date: '2025-12-03', quotes: [quote({}), quote({ text: 'hoan nghênh' })] },
    ];
    const found = quoteRowsOf(articles, () => null, () => null);
    expect(found.starts).toEqual([0, 2, 4]);
    expect(quoteRowsOf(articles, () => null, () => null, (k) => (k === 0 ? keptStatements(articles[0]!.quotes) : undefined))).toEqual(found);
    // What is given is taken as given.
    expect(quoteRowsOf(articles, () => null, () => null, (k) => (k === 1 ? [1] : undefined)).factRows).toEqual([0, 2, 1]);
  });
});

describe('keptStatements and quoteIdOf', () => {
  it('keeps each statement once, and makes a row id of its article, speakers and words', () => {
    expect(keptStatements([quote({}), quote({ line: 7 }), quote({ speakers: ['pham-minh-chinh'] })])).toEqual([0, 2]);
    expect(quoteIdOf({ articleId: 'a1', speakers: ['to-lam', 'x'], text: 't' })).toBe(stableId('q', 'a1', 'to-lam,x', 't'));
  });
});
