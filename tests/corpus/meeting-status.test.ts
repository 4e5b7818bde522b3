import { describe, expect, test } from 'vitest';
import { analyse } from './statement-fixture';

/**
 * A meeting an article tells of is `reported` when the article is news of it, and `referenced`
 * when the article only recalls it: dated more than seven days before the article (its last day,
 * for a visit of several days). Pinned through `analyseArticle` on constructed articles of 10 Dec
 * 2025, each telling of one meeting in words that do not themselves say "earlier" or "last time".
 */
const TITLE = 'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào';
const talksOn = (when: string) =>
  `${when}, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone tại Hà Nội.`;

function statusOf(articleDate: string | null, lead: string) {
  const meetings = analyse(articleDate, TITLE, lead).meetings;
  expect(meetings.map((m) => m.participants)).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  return { status: meetings[0]!.status, date: meetings[0]!.when.date };
}

describe('the status of a meeting in an article of 10 Dec 2025', () => {
  test.each([
    ['Ngày 1/11', '2025-11-01', 'referenced'],
    ['Ngày 1/11/2025', '2025-11-01', 'referenced'],
    ['Sáng 2/12', '2025-12-02', 'referenced'],
    ['Sáng 3/12', '2025-12-03', 'reported'],
    ['Sáng 9/12', '2025-12-09', 'reported'],
    ['Sáng 10/12', '2025-12-10', 'reported'],
  ])('"%s" (%s) is %s', (when, date, status) => {
    expect(statusOf('2025-12-10', talksOn(when))).toEqual({ status, date });
  });

  test('a visit of several days counts from its last day', () => {
    expect(statusOf('2025-12-10', talksOn('Từ ngày 1 đến 3/12'))).toEqual({ status: 'reported', date: '2025-12-01' });
    expect(statusOf('2025-12-10', talksOn('Từ ngày 1 đến 2/12'))).toEqual({ status: 'referenced', date: '2025-12-01' });
  });
});

describe('the status of a meeting in an undated article', () => {
  test('is reported: nothing says the meeting is older than the article', () => {
    expect(statusOf(null, talksOn('Ngày 1/11/2025'))).toEqual({ status: 'reported', date: '2025-11-01' });
  });
});

describe('a plural determiner before the meeting word ("các cuộc", "những cuộc")', () => {
  test('recalls meetings when the telling gives no day', () => {
    const meetings = analyse('2025-12-10', TITLE, 'Thủ tướng Phạm Minh Chính nhắc lại các cuộc gặp với Thủ tướng Lào Sonexay Siphandone.').meetings;
    expect(meetings.map((m) => [[...m.participants].sort(), m.status])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'referenced']]);
  });

  test('tells the meetings of the day it gives ("Chiều 9/12, X đã có các cuộc gặp Y")', () => {
    const meetings = analyse('2025-12-10', TITLE, 'Chiều 9/12, Thủ tướng Phạm Minh Chính đã có các cuộc gặp Thủ tướng Lào Sonexay Siphandone.').meetings;
    expect(meetings.map((m) => [[...m.participants].sort(), m.status, m.when.date])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'reported', '2025-12-09']]);
  });
});
