import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { articleDate, resolveDatePhrase, type YearEvidence } from '../../src/corpus/article-date';
import { cleanArticle } from '../../src/corpus/clean-article';
import { rulesFor } from '../../src/corpus/language-rules';
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

  it('never takes a photo caption\'s date for the lead\'s event', () => {
    const input = {
      rawText: '',
      headerDate: null,
      title: 'Premier met Vietnam PM at summit',
      paragraphs: [
        { text: 'The prime minister attends a session in Jakarta, Indonesia, September 5, 2023.', caption: true },
        { text: 'The premier met the prime minister on the sidelines of the summit on 7 September 2023, the ministry said.' },
      ],
    };
    expect(articleDate(input).date).toBe('2023-09-07');
    expect(articleDate({ ...input, paragraphs: input.paragraphs.map(({ text }) => ({ text })) }).date).toBe('2023-09-05');
  });

  it.each([
    ['vi', 'Chủ tịch Quốc hội bày tỏ hài lòng trong 26 năm qua, kể từ khi hai nước thiết lập quan hệ ngoại giao vào ngày 22/12/1992, quan hệ hai nước phát triển mạnh mẽ.'],
    ['en', 'The chairwoman said relations had flourished since the two countries established diplomatic ties on December 22, 1992, in all fields.'],
  ] as const)('does not take a day in a since-clause for the lead\'s event (%s): it starts what has lasted since', (language, sentence) => {
    const input = { rawText: '', headerDate: null, title: 'Chủ tịch Quốc hội hội kiến Chủ tịch Quốc hội Hàn Quốc', paragraphs: [{ text: sentence }] };
    expect(articleDate({ ...input, sinceClause: rulesFor(language).sinceClause }).date).toBeNull();
    // Without the language's since-clause, the day is taken.
    expect(articleDate(input).date).toBe('1992-12-22');
  });

  it.each([
    ['vi', 'Tổng thống Séc thăm Việt Nam từ ngày 6-8/6. Việt Nam và Cộng hòa Séc thiết lập quan hệ ngoại giao ngày 2/2/1950.'],
    ['en', 'The Czech president visits Vietnam from June 6-8. Vietnam and the Czech Republic established diplomatic relations on February 2, 1950.'],
  ] as const)('does not take the day a tie between countries was founded for the lead\'s event (%s): it is history\'s', (language, sentence) => {
    const input = { rawText: '', headerDate: null, title: 'Tổng thống Séc thăm Việt Nam', paragraphs: [{ text: sentence }] };
    expect(articleDate({ ...input, foundingBefore: rulesFor(language).foundingBefore }).date).toBeNull();
    // Without the language's founding phrase, the day is taken.
    expect(articleDate(input).date).toBe('1950-02-02');
  });

  it('takes the year of a header that gives only the month for the lead\'s day, and marks it inferred: the page\'s own day is nowhere', () => {
    const input = { rawText: '', headerDate: null, headerPartial: '2019-02', title: 'Tổng thống Hàn Quốc hội đàm với Thủ tướng Ấn Độ', paragraphs: [{ text: 'Tổng thống Moon Jae-in hôm thứ Sáu (22/2) đã có cuộc hội đàm với Thủ tướng Ấn Độ Narendra Modi.' }] };
    expect(articleDate(input)).toMatchObject({ date: '2019-02-22', inferred: true });
    // A header of another month lends nothing.
    expect(articleDate({ ...input, headerPartial: '2019-03' }).date).toBeNull();
  });

  it.each(['August 1, 2025 | 17:02 GMT +7', 'August 1, 2025 17:02 UTC+07:00', 'August 1, 2025 17:02 GMT-5'])('takes a full date with a time and a zone written with spaces or minutes ("%s") for the publication stamp', (stamp) => {
    const input = inputOf(['Vietnam and Malaysia urged to sign rice trade deal', stamp, 'On the evening of July 30, Prime Minister Pham Minh Chinh held a phone call with Malaysian Prime Minister Anwar Ibrahim at the request of Malaysia.'].join('\n'));
    expect(articleDate(input).date).toBe('2025-08-01');
  });

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
    ['09:40, March 14, 2024', '2024-03-14'],
  ])('reads a publication stamp "%s" near the top', (stamp, date) => {
    const text = `Thủ tướng tiếp Đại sứ Nhật Bản\n${stamp}\nChiều 8/11, Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ở Hà Nội.`;
    expect(articleDate(inputOf(text))).toMatchObject({ date, inferred: false });
  });

  it('takes the full date after a source attribution ("Quoted from ANTARA, Saturday, …") for the report\'s date', () => {
    const text =
      'Leaders meet in Lima\nLIMA - President Luong Cuong met Russian President Vladimir Putin on Friday, November 15 local time.\nQuoted from ANTARA, Saturday, November 16, 2024, during the meeting President Luong Cuong said ties were strong.';
    expect(articleDate(inputOf(text))).toMatchObject({ date: '2024-11-16', inferred: false });
  });

  it('does not take a full date inside a sentence for a publication stamp', () => {
    const text = lead('Sáng 3/3, Thủ tướng tiếp Đại sứ, người đã trình quốc thư ngày 02/02/2023 tại Phủ Chủ tịch ở Hà Nội.');
    expect(articleDate(inputOf(text))).toMatchObject({ date: '2023-03-03', inferred: true });
  });

  it.each([
    ['Tin ngắn\n\nChiều qua (28/7/2025), tại Hà Nội, Phó Thủ tướng tiếp Đại sứ.', '2025-07-29'],
    ['Tin ngắn\n\nHôm qua, 28/7/2025, Phó Thủ tướng tiếp Đại sứ.', '2025-07-29'],
    ['News\n\nYesterday (July 28, 2025), the Deputy Prime Minister received the ambassador.', '2025-07-29'],
    ['News\n\nOn July 28, 2025, the Deputy Prime Minister received the ambassador yesterday.', '2025-07-28'],
  ])('dates an article whose lead tells its day as yesterday\'s by the day after: %j', (text, date) => {
    expect(articleDate(inputOf(text)).date).toBe(date);
  });

  it.each([
    // 28 June 2017 was a Wednesday, 2018's a Thursday; the year lent by "May 19, 2017" is checked against it.
    ['News\n\nThe president received his counterpart at the palace on Thursday (June 28). The two signed the pact of May 19, 2017.', '2018-06-28'],
    ['Tin ngắn\n\nChủ tịch nước tiếp Đại sứ chiều thứ Năm (28/6). Hai bên nhắc lại thỏa thuận ký ngày 19/5/2017.', '2018-06-28'],
    // The weekday agrees with the lent year: kept.
    ['News\n\nThe president received his counterpart at the palace on Wednesday (June 28). The two signed the pact of May 19, 2017.', '2017-06-28'],
    // No year next to it has that weekday on 28 June (2016: Tuesday, 2018: Thursday): no date rather than a wrong one.
    ['News\n\nThe president received his counterpart at the palace on Monday (June 28). The two signed the pact of May 19, 2017.', null],
    // A written year stands as written.
    ['News\n\nThe president received his counterpart at the palace on Thursday, June 28, 2017.', '2017-06-28'],
  ])('checks a year it did not read against the weekday the lead writes: %j', (text, date) => {
    expect(articleDate(inputOf(text)).date).toBe(date);
  });

  it.each([
    // 6 September 2019 was a Friday, 9 June 2019 a Sunday: the page wrote the month first.
    ['News\n\nThe president received the visiting prime minister at the palace on Friday (9/6/2019).', '2019-09-06'],
    // The weekday agrees with day first: as written.
    ['News\n\nThe president received the visiting prime minister at the palace on Sunday (9/6/2019).', '2019-06-09'],
    // Neither order is a Tuesday: as written, not guessed.
    ['News\n\nThe president received the visiting prime minister at the palace on Tuesday (9/6/2019).', '2019-06-09'],
    // A month name leaves no order to choose.
    ['News\n\nThe president received the visiting prime minister at the palace on Friday, June 9, 2019.', '2019-06-09'],
  ])('reads a written date in digits month first when only that order is the weekday before it: %j', (text, date) => {
    expect(articleDate(inputOf(text)).date).toBe(date);
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

  it.each([
    ['Nhận lời mời của Thủ tướng, Thủ tướng Lào thăm chính thức Việt Nam từ ngày 1 đến ngày 3/12/2025. Sáng nay, hai Thủ tướng hội đàm.', null],
    ['Lao Prime Minister Sonexay Siphandone is paying an official visit to Vietnam from December 1 to 3, 2025.', null],
    // A day of its own after the range is the event's.
    ['Thủ tướng Lào thăm chính thức Việt Nam từ ngày 1 đến ngày 3/12/2025. Chiều 2/12/2025, hai Thủ tướng hội đàm.', '2025-12-02'],
  ])('does not take the first day of a visit\'s range for the article\'s: %j', (text, date) => {
    expect(articleDate(inputOf(lead(text))).date).toBe(date);
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

describe('articleDate: datelines', () => {
  // English wire copy opens with a dateline, "HANOI, Dec 1 (VNA) –", that gives the day of the
  // events and no year; the year comes from the article or from outside evidence, as for "Chiều 8/11".
  const english = (...paragraphs: string[]) => inputOf(['Vietnam, Laos pledge closer ties', ...paragraphs].join('\n'));

  it('dates an English article from its dateline, the year from a full date further down', () => {
    const input = english(
      'HANOI, Dec 1 (VNA) – Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone in Hanoi, the two sides agreeing to boost trade.',
      'The two leaders reviewed the cooperation agreement signed on November 28, 2025 in Vientiane and agreed to carry it out in full.',
    );
    expect(articleDate(input)).toEqual({ date: '2025-12-01', inferred: true, source: 'lead "Dec 1", year from "November 28, 2025" in the article' });
  });

  it('does not take the year of a full date from another season: it recalls an older event', () => {
    const input = english(
      'HANOI, Dec 1 (VNA) – Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone in Hanoi.',
      'The two leaders reviewed the cooperation agreement signed on March 5, 2024 in Vientiane.',
    );
    expect(articleDate(input).date).toBeNull();
  });

  it('sets aside a year lent by a full date further down when the titles refute it, and asks the evidence instead', () => {
    const input = english(
      'HANOI, Feb 1 (VNA) – Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone in Hanoi.',
      'The previous round of talks took place on January 22, 2019 in Vientiane.',
    );
    const refuting = (date: string) => (date === '2019-02-01' ? 'pham-minh-chinh took prime-minister only after 2019-02-01' : null);
    const evidence: YearEvidence = (month, day) => (month === 2 && day === 1 ? { year: 2025, reason: 'the only year …' } : null);
    expect(articleDate(input, undefined, undefined, refuting)).toMatchObject({ date: null, source: expect.stringMatching(/year of "January 22, 2019" set aside: pham-minh-chinh took/) });
    expect(articleDate(input, evidence, undefined, refuting)).toMatchObject({ date: '2025-02-01', inferred: true });
    // Without evidence against it, the lent year stands.
    expect(articleDate(input, evidence, undefined, () => null)).toMatchObject({ date: '2019-02-01', inferred: true });
  });

  it.each([
    ['https://news.example.org/politics/2025/03/04/leaders-meet/', '2025-03-04'],
    ['https://news.example.org/world/2025-03-04/diplomacy/leaders-meet/1234', '2025-03-04'],
    ['http://news.example.org/n3/2025/0304/c9000-20250999.html', '2025-03-04'],
    ['http://news.example.org/2025-03/04/c_1234.htm', '2025-03-04'],
    ['https://news.example.org/20250304/leaders-meet-1234.html', '2025-03-04'],
    ['https://news.example.org/politics/20250304-4321/', '2025-03-04'],
    // A day and a time of day in one run of digits: a publication stamp.
    ['https://news.example.org/view/20250304135838436', '2025-03-04'],
    ['https://news.example.org/the-gioi/leaders-meet-20250304183348702.htm', '2025-03-04'],
    // Month first and the year in two digits, each its own segment.
    ['https://news.example.org/news/03/04/25/leaders-meet', '2025-03-04'],
    // The day at the end of the slug, the site's article number after a letter.
    ['https://news.example.org/leaders-meet-in-hanoi-20250304i7035212/', '2025-03-04'],
    ['https://news.example.org/leaders-meet-in-hanoi-20250304i7035212', '2025-03-04'],
  ])('takes the publication day a site writes in the address (%s) when no header or stamp gives one', (url, date) => {
    const input = { ...english('Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone in Hanoi on Monday.'), url };
    expect(articleDate(input)).toEqual({ date, inferred: false, source: `address: ${url}` });
  });

  it.each([
    // A run of digits opening with a day whose rest is no time of day (hour 99) is an id.
    'https://news.example.org/view/20250304995838436',
    'https://news.example.org/the-gioi/leaders-meet-2025030412.htm',
    'https://news.example.org/channel/9702/202503/leaders-meet-5796713/',
    'https://news.example.org/2025/02/30/leaders-meet/',
    'https://news.example.org/news/02/30/25/leaders-meet',
    'https://news.example.org/news/13/04/25/leaders-meet',
    'https://news.example.org/leaders-meet-in-hanoi-20251304i7035212/',
    'https://news.example.org/leaders-meet-in-hanoi-20250304i12/',
  ])('takes no day from an address with an id, a month alone or an impossible day: %s', (url) => {
    const input = { ...english('Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone in Hanoi on Monday.'), url };
    expect(articleDate(input).date).toBeNull();
  });

  it('prefers a stamp to the address, and sets aside an address day the titled names refute', () => {
    const url = 'https://news.example.org/2025/03/04/leaders-meet/';
    const stamped = { ...inputOf('Thủ tướng tiếp Đại sứ Nhật Bản\n05/03/2025 09:15\nThủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.'), url };
    expect(articleDate(stamped).date).toBe('2025-03-05');
    const plain = { ...english('Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone in Hanoi on Monday.'), url };
    expect(articleDate(plain, undefined, (date) => (date === '2025-03-04' ? 'the titled minister had left office' : null)).date).toBeNull();
  });

  it('does not take the year of a holiday\'s span ("Quốc khánh Lào (2/12/1975 - 2/12/2025)")', () => {
    expect(findDatePhrases('Lễ kỷ niệm Quốc khánh Lào (2/12/1975 - 2/12/2025)').map((p) => p.holiday)).toEqual([true, true]);
  });

  it('reads a dateline that writes the year as it stands', () => {
    const input = english('HANOI, Dec. 1, 2025 (VNA) – Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone in Hanoi on Monday.');
    expect(articleDate(input)).toMatchObject({ date: '2025-12-01', inferred: false });
  });

  it('takes the day from "on December 11" in the lead after a dateline without one, the year from evidence', () => {
    const input = english(
      'Phnom Penh (VNA) – Cambodian Prime Minister Hun Manet received Vietnamese Prime Minister Pham Minh Chinh in Phnom Penh on December 11, the two sides discussing trade and investment.',
    );
    expect(articleDate(input, (month, day) => (month === 12 && day === 11 ? { year: 2025, reason: 'Hun Manet is Prime Minister from 2023-08-22' } : null))).toEqual({
      date: '2025-12-11',
      inferred: true,
      source: 'lead "December 11", year from evidence: Hun Manet is Prime Minister from 2023-08-22',
    });
    expect(articleDate(input)).toMatchObject({ date: null, inferred: false, source: 'lead "December 11" has no year and nothing gives one' });
  });

  it('looks for the event only in the lead: the title and the first three paragraphs', () => {
    const filler = 'The two sides reviewed their cooperation in trade, investment, energy and education over the past years.';
    const late = 'Prime Minister Pham Minh Chinh will visit Vientiane on December 20, 2025, the ministry said.';
    expect(articleDate(english(filler, filler.replace('two sides', 'ministers'), filler.replace('past', 'last'), late)).date).toBeNull();
    expect(articleDate(english(filler, late)).date).toBe('2025-12-20');
  });
});

describe('articleDate: the publication stamp', () => {
  const lead = 'Sáng 3/3, Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ở Hà Nội nhân dịp kết thúc nhiệm kỳ công tác.';
  const menu = (n: number) => Array.from({ length: n }, (_, i) => `Chuyên mục ${i + 1}`);

  it('takes the date of a wire dateline in the lead before an older date in a caption above it', () => {
    const input = {
      rawText: '',
      headerDate: null,
      title: 'Japan, Vietnam leaders meet in Tokyo',
      paragraphs: [
        { text: 'The Prime Minister at his office in Tokyo, Japan, on Sept. 3, 2021. Jane Doe for the agency.' },
        { text: 'TOKYO, Nov 24, 2021, Kyodo News. The Japanese Prime Minister began talks with his Vietnamese counterpart on Wednesday evening.' },
      ],
    };
    expect(articleDate(input)).toMatchObject({ date: '2021-11-24', inferred: false });
    // Without the dateline's capitals, the first date of the lead is the event's, as before.
    const plain = { ...input, paragraphs: [input.paragraphs[0]!, { text: 'Tokyo, on Nov 24, 2021, the Japanese Prime Minister began talks.' }] };
    expect(articleDate(plain)).toMatchObject({ date: '2021-09-03' });
  });

  it('prefers an English stamp on a line of its own to the dateline', () => {
    const input = {
      rawText: 'Vietnam, Laos pledge closer ties\nUpdated: December 2, 2025\nHANOI, Dec 1 (VNA) – Prime Minister Pham Minh Chinh held talks in Hanoi.',
      headerDate: null,
      title: 'Vietnam, Laos pledge closer ties',
      paragraphs: [{ text: 'HANOI, Dec 1 (VNA) – Prime Minister Pham Minh Chinh held talks in Hanoi.' }],
    };
    expect(articleDate(input)).toEqual({ date: '2025-12-02', inferred: false, source: 'timestamp: December 2, 2025' });
  });

  it('takes a date with a time of day in the afternoon or morning for a stamp ("June 20, 2025 05:03 PM"), not a weekday before a date', () => {
    const input = (stamp: string) => ({
      rawText: `Thai PM set to defuse tensions\n${stamp}\nThe prime minister had to apologise on June 19 after the call was released.`,
      headerDate: null,
      title: 'Thai PM set to defuse tensions',
      paragraphs: [{ text: 'The prime minister had to apologise on June 19 after the call was released.' }],
    });
    expect(articleDate(input('June 20, 2025 05:03 PM'))).toEqual({ date: '2025-06-20', inferred: false, source: 'timestamp: June 20, 2025' });
    expect(articleDate(input('June 20, 2025 5:03 a.m.')).date).toBe('2025-06-20');
    // A weekday and a date alone at the top are as often the site's clock: not a stamp.
    expect(articleDate(input('Friday, June 20, 2025')).source).not.toMatch(/^timestamp/);
  });

  it('sets aside a stamp the titled names refute (a widget showing the day the page was read), and dates from the lead', () => {
    const text = `18/03/2026\nThủ tướng tiếp Đại sứ Nhật Bản\n${lead.replace('3/3', '8/11')}`;
    const refuting = (date: string) => (date === '2026-03-18' ? 'the titled minister had left office' : null);
    expect(articleDate(inputOf(text), presidentEvidence, refuting)).toMatchObject({ date: '2024-11-08', inferred: true });
    expect(articleDate(inputOf(text), presidentEvidence, refuting).source).toMatch(/stamp "18\/03\/2026" set aside: the titled minister had left office/);
    expect(articleDate(inputOf(text), undefined, refuting)).toMatchObject({ date: null });
    // Without evidence against it, the stamp is the article's date.
    expect(articleDate(inputOf(text), presidentEvidence, () => null)).toMatchObject({ date: '2026-03-18', inferred: false });
  });

  it('reads a short line with a date and a time of day as the stamp, even with a section name beside it', () => {
    expect(articleDate(inputOf(`Thủ tướng tiếp Đại sứ Nhật Bản\nThời sự | 04/03/2023 09:15\n${lead}`))).toEqual({
      date: '2023-03-04',
      inferred: false,
      source: 'timestamp: 04/03/2023 09:15',
    });
  });

  it('takes the stamp under the headline over one above it (the site\'s clock), and one above when none is under it', () => {
    const page = (under: string) => `Chủ Nhật, 24/11/2024 21:25 (GMT +7)\n\nThủ tướng tiếp Đại sứ Nhật Bản\n\n${under}${lead}`;
    expect(articleDate(inputOf(page('Thứ 4, 22/11/2023 | 11:36:23 [GMT +7]\n\n')))).toMatchObject({ date: '2023-11-22', inferred: false });
    expect(articleDate(inputOf(page('')))).toMatchObject({ date: '2024-11-24', inferred: false });
  });

  it('does not take a date and time inside a long sentence for the stamp', () => {
    const text = `Thủ tướng tiếp Đại sứ Nhật Bản\n${lead}\nĐại sứ đã trình quốc thư lúc 9:00 ngày 02/02/2023 tại Phủ Chủ tịch, mở đầu nhiệm kỳ công tác tại Việt Nam.`;
    expect(articleDate(inputOf(text))).toMatchObject({ date: '2023-03-03', inferred: true });
  });

  it('finds the stamp a few lines below a title that a long site menu pushed down', () => {
    const text = [...menu(30), 'Thủ tướng tiếp Đại sứ Nhật Bản', 'Minh Khang', '04/03/2023 09:15', lead].join('\n');
    expect(articleDate(inputOf(text))).toMatchObject({ date: '2023-03-04', source: 'timestamp: 04/03/2023 09:15' });
  });

  it('does not take a date line far down the page (a footer, a comment) for the stamp', () => {
    const text = ['Thủ tướng tiếp Đại sứ Nhật Bản', lead, ...menu(30), '05/01/2024'].join('\n');
    expect(articleDate(inputOf(text), () => ({ year: 2023, reason: 'test' }))).toMatchObject({ date: '2023-03-03', inferred: true });
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
