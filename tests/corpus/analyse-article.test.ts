import { rulesFor } from '../../src/corpus/language-rules';
import { describe, expect, it } from 'vitest';
import { analyseArticle, resolveEventDate, weekdayInRange } from '../../src/corpus/analyse-article';
import { findDatePhrases } from '../../src/corpus/date-phrases';
import type { LanguageCode } from '../../src/lang';
import { registry, table } from './registry-fixture';
import { analyse, meetingPairs, quoteRows } from './statement-fixture';
import { read, reading } from './stage-fixture';

const phrase = (day: number | null, month: number | null, year: number | null, dayEnd?: number) => ({
  start: 0, end: 1, text: 'x', day, month, year, ...(dayEnd ? { dayEnd } : {}),
});

describe('weekdayInRange', () => {
  const sentence = 'She spoke at her talks with him on Monday during her visit from June 26 to 28.';
  const dates = findDatePhrases(sentence);
  const monday = dates.find((d) => d.weekday !== undefined)!;

  it('reads a weekday inside a range of days the same sentence gives, whatever day the article is dated', () => {
    expect(weekdayInRange(monday, dates, { date: '2022-06-26', inferred: true })?.date).toBe('2022-06-27');
    // Without the range, the last Monday up to the article's day.
    expect(resolveEventDate(monday, { date: '2022-06-26', inferred: true }).date).toBe('2022-06-20');
  });

  it('leaves a weekday the range does not hold, or a range longer than a week, to the article\'s day', () => {
    const long = findDatePhrases('on Monday during her visit from June 21 to 29.');
    expect(weekdayInRange(long.find((d) => d.weekday !== undefined)!, long, { date: '2022-06-30', inferred: false })).toBeUndefined();
    const short = findDatePhrases('on Monday during her visit from June 28 to 29.');
    expect(weekdayInRange(short.find((d) => d.weekday !== undefined)!, short, { date: '2022-06-30', inferred: false })).toBeUndefined();
  });
});

describe('resolveEventDate', () => {
  it('gives a day without a year the article\'s year', () => {
    expect(resolveEventDate(phrase(1, 12, null), { date: '2025-12-03', inferred: false })).toEqual({ date: '2025-12-01', dateEnd: null, approx: null, inferred: false });
  });

  it('counts a relative day back from the article\'s day, across a month', () => {
    const yesterday = { day: null, month: null, year: null, daysAgo: 1, start: 0, end: 9, text: 'yesterday' };
    expect(resolveEventDate(yesterday, { date: '2025-12-01', inferred: false })).toEqual({ date: '2025-11-30', dateEnd: null, approx: null, inferred: false });
    expect(resolveEventDate({ ...yesterday, daysAgo: 0 }, { date: '2025-12-01', inferred: true })).toMatchObject({ date: '2025-12-01', inferred: true });
    expect(resolveEventDate(yesterday, { date: null, inferred: false }).date).toBeNull();
  });

  it('takes the year before when the day would come after the article', () => {
    expect(resolveEventDate(phrase(28, 12, null), { date: '2026-01-05', inferred: false }).date).toBe('2025-12-28');
  });

  it('keeps the article\'s year for a day one or two days after the page\'s (a page dated a day early), not three', () => {
    expect(resolveEventDate(phrase(17, 9, null), { date: '2025-09-16', inferred: false }).date).toBe('2025-09-17');
    expect(resolveEventDate(phrase(18, 9, null), { date: '2025-09-16', inferred: false }).date).toBe('2025-09-18');
    expect(resolveEventDate(phrase(19, 9, null), { date: '2025-09-16', inferred: false }).date).toBe('2024-09-19');
  });

  it('keeps a range\'s last day', () => {
    expect(resolveEventDate(phrase(1, 12, 2025, 2), { date: null, inferred: false })).toMatchObject({ date: '2025-12-01', dateEnd: '2025-12-02' });
  });

  it('gives a month-only phrase as approx, never an invented day', () => {
    expect(resolveEventDate(phrase(null, 6, 2024), { date: '2025-10-01', inferred: false })).toEqual({ date: null, dateEnd: null, approx: '2024-06', inferred: false });
  });

  it('counts a relative year back from the article\'s ("November last year", "last year")', () => {
    const article = { date: '2025-03-24', inferred: false };
    expect(resolveEventDate({ ...phrase(null, 11, null), yearsAgo: 1 }, article)).toEqual({ date: null, dateEnd: null, approx: '2024-11', inferred: false });
    expect(resolveEventDate({ ...phrase(null, null, null), yearsAgo: 1 }, article)).toEqual({ date: null, dateEnd: null, approx: '2024', inferred: false });
    expect(resolveEventDate({ ...phrase(null, null, null), yearsAgo: 1 }, { date: null, inferred: false }).approx).toBeNull();
  });

  it('counts a relative month back from the article\'s month, across a year ("last month")', () => {
    const lastMonth = { day: null, month: null, year: null, monthsAgo: 1, start: 0, end: 10, text: 'last month' };
    expect(resolveEventDate(lastMonth, { date: '2025-01-20', inferred: false })).toEqual({ date: null, dateEnd: null, approx: '2024-12', inferred: false });
    expect(resolveEventDate({ ...lastMonth, monthsAgo: 0 }, { date: '2025-03-31', inferred: true })).toEqual({ date: null, dateEnd: null, approx: '2025-03', inferred: true });
    expect(resolveEventDate(lastMonth, { date: null, inferred: false }).approx).toBeNull();
  });

  it('gives a month alone the last such month up to the article\'s, marked inferred', () => {
    expect(resolveEventDate(phrase(null, 11, null), { date: '2025-03-24', inferred: false })).toEqual({ date: null, dateEnd: null, approx: '2024-11', inferred: true });
    expect(resolveEventDate(phrase(null, 3, null), { date: '2025-03-24', inferred: false }).approx).toBe('2025-03');
    expect(resolveEventDate(phrase(null, 3, null), { date: null, inferred: false }).approx).toBeNull();
  });

  it('gives nothing for a day without a year in an undated article', () => {
    expect(resolveEventDate(phrase(8, 11, null), { date: null, inferred: false }).date).toBeNull();
  });

  it('marks the date inferred when the article\'s own date was', () => {
    expect(resolveEventDate(phrase(8, 11, null), { date: '2024-11-08', inferred: true }).inferred).toBe(true);
  });
});

describe('analyseArticle', () => {
  it('reads a bare title after a holder of that office the index does not know, titled without a country, as that holder, not the home country\'s', () => {
    const facts = analyse(
      '2025-11-11',
      'News',
      'Prime Minister Imran Khan on Wednesday emphasized the need for closer cooperation between Pakistan and Russia.',
      'Welcoming Russian President Vladimir Putin, who called on him here, the prime minister said the two countries must strengthen cooperation.',
    );
    expect(facts.leaders).not.toContain('pham-minh-chinh');
    expect(facts.meetings.flatMap((m) => m.participants)).not.toContain('pham-minh-chinh');
    // Without the stranger before it, the bare title is the home country's prime minister.
    const home = analyse('2025-11-11', 'News', 'Welcoming Russian President Vladimir Putin, who called on him here, the prime minister said the two countries must strengthen cooperation.');
    expect(home.leaders).toContain('pham-minh-chinh');
  });

  it('reads "the two leaders" as the two people just named when no meeting of two is being told', () => {
    const facts = analyse(
      '2025-03-24',
      'News',
      'General Secretary To Lam will receive Russian President Vladimir Putin this week.',
      'The two leaders last met in November last year, on the sidelines of a summit in Lima.',
    );
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.when.approx, m.status])).toEqual([[['to-lam', 'vladimir-putin'], '2024-11', 'referenced']]);
  });

  it.each([
    ['a recalled one', 'General Secretary To Lam earlier met with Russian President Vladimir Putin on November 28, during which the two sides pledged to boost trade.'],
    ['a reported one', 'General Secretary To Lam met with Russian President Vladimir Putin on December 1, during which the two sides pledged to boost trade.'],
  ])('reads a group after the sides of a meeting the sentence tells (%s) as those sides, not an earlier meeting\'s', (_what, sentence) => {
    const facts = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone on December 1.', sentence);
    expect(facts.quotes.map((q) => [...q.speakers].sort())).toEqual([['to-lam', 'vladimir-putin']]);
  });

  it('does not read a group in a sentence pointing at a meeting of another kind ("During the summit, the two leaders …") as the sides of the talks being told', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone on December 1.',
      'The two prime ministers also discussed an agreement reached last month between General Secretary To Lam and Russian President Vladimir Putin.',
      'During the summit, the two leaders agreed to elevate ties.',
    );
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([
      ['talks', ['pham-minh-chinh', 'sonexay-siphandone']],
      ['summit', ['to-lam', 'vladimir-putin']],
    ]);
  });

  it('gives no statement to a pair read from the people just named (it may be the two countries)', () => {
    const facts = analyse(
      '2025-03-24',
      'News',
      'General Secretary To Lam will receive Russian President Vladimir Putin this week.',
      'The two sides last met in November last year and affirmed that trade would grow.',
    );
    expect(facts.meetings).toHaveLength(1);
    expect(facts.quotes).toEqual([]);
  });

  it('reads "the two leaders" as the sides of the last meeting of two, past a visit told of one of them', () => {
    const facts = analyse(
      '2025-03-24',
      'News',
      'General Secretary To Lam received Lao Prime Minister Sonexay Siphandone in Hanoi on March 23.',
      'General Secretary To Lam highly evaluated the significance of Prime Minister Sonexay Siphandone’s first visit to Vietnam, under the leadership of President Thongloun Sisoulith.',
      'The two leaders expressed satisfaction with the development of relations.',
    );
    expect(facts.quotes.filter((q) => q.kind === 'joint').map((q) => [...q.speakers].sort())).toEqual([['sonexay-siphandone', 'to-lam']]);
  });

  it('does not read "the two leaders" as people named long before', () => {
    const facts = analyse(
      '2025-03-24',
      'News',
      'General Secretary To Lam will receive Russian President Vladimir Putin this week.',
      'The talks are expected to cover trade.',
      'Energy is on the list.',
      'Security is too.',
      'The two leaders last met in November last year, on the sidelines of a summit in Lima.',
    );
    expect(facts.meetings).toEqual([]);
  });

  it('takes a foreign leader\'s own later name without the full name while they hold an office on the article\'s date', () => {
    const facts = analyse('2024-06-20', 'Putin arrives in Hanoi', 'Putin, who arrived in Hanoi early Thursday, said ties with Vietnam were a priority.');
    expect(facts.leaders).toEqual(['vladimir-putin']);
    expect(facts.quotes.map((q) => q.speakers)).toEqual([['vladimir-putin']]);
  });

  it('lists every leader the article refers to, in order of first reference', () => {
    // Kaysone, a later name never introduced in full, held no office in 2025: no reference.
    const facts = analyse('2025-12-01', 'Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào', 'Ông Kaysone không có mặt.');
    expect(facts.leaders).toEqual(['to-lam', 'thongloun-sisoulith']);
  });

  it('does not let a photo caption change who "Ông" is', () => {
    const facts = analyseArticle(
      [
        { text: 'Tin', line: 1 },
        { text: 'Đồng chí Thongsalith Mangnomek vui mừng sang thăm Việt Nam.', line: 2 },
        { text: 'Tổng Bí thư Nguyễn Phú Trọng tiếp đồng chí Thongsalith Mangnomek.', line: 3, caption: true },
        { text: 'Ông bày tỏ ấn tượng với những thành tựu của Việt Nam.', line: 4 },
      ],
      { date: '2023-02-17', inferred: false },
      registry,
      table,
      rulesFor('vi'),
    );
    // "Ông bày tỏ …" (the first line's own "vui mừng" is his statement too).
    expect(facts.quotes.filter((q) => q.text.startsWith('bày tỏ')).map((q) => q.speakers)).toEqual([['thongsalith-mangnomek']]);
  });

  it.each([
    ['vi', 'Tin', 'Chiều 4/3, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Lào Sonexay Siphandone.', 'Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone trong cuộc gặp tại Hà Nội.'],
    ['en', 'News', 'Prime Minister Pham Minh Chinh held a phone call with Lao Prime Minister Sonexay Siphandone on March 4.', 'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone at a meeting in Hanoi.'],
  ])('keeps a photo caption of the sides of a call together apart from the call, as an earlier meeting (%s)', (language, title, call, caption) => {
    const facts = analyseArticle(
      [
        { text: title, line: 1 },
        { text: call, line: 2 },
        { text: caption, line: 3, caption: true },
      ],
      { date: '2025-03-05', inferred: false },
      registry,
      table,
      rulesFor(language as LanguageCode),
    );
    expect(facts.meetings.map((m) => [m.kind, m.when.date, m.status])).toEqual([
      ['phone_call', '2025-03-04', 'reported'],
      ['other', null, 'referenced'],
    ]);
  });

  it.each([
    ['en', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi.', 'Earlier, Prime Minister Pham Minh Chinh visited Laos in November last year and met with Prime Minister Sonexay Siphandone.'],
    ['vi', 'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone tại Hà Nội.', 'Trước đó, Thủ tướng Phạm Minh Chính thăm Lào vào tháng 11 năm ngoái và gặp Thủ tướng Sonexay Siphandone.'],
  ])('keeps a meeting told with a time of its own apart from the undated one reported, in an article without a date (%s)', (_language, reported, earlier) => {
    const facts = analyse(null, 'News', reported, earlier);
    const sitDowns = facts.meetings.filter((m) => m.participants.length === 2);
    expect(sitDowns.map((m) => m.status)).toEqual(['reported', 'referenced']);
  });

  it('gives a plural title over two countries each country\'s holder that day ("The prime ministers of Vietnam and Laos held talks")', () => {
    const facts = analyse('2025-12-01', 'News', 'The prime ministers of Vietnam and Laos held talks in Hanoi on November 30.');
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('keeps a call apart from a photo caption of its sides together above it', () => {
    const facts = analyseArticle(
      [
        { text: 'Tin', line: 1 },
        { text: 'Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone trong cuộc gặp tại Hà Nội.', line: 2, caption: true },
        { text: 'Chiều 4/3, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Lào Sonexay Siphandone.', line: 3 },
      ],
      { date: '2025-03-05', inferred: false },
      registry,
      table,
      rulesFor('vi'),
    );
    expect(facts.meetings.map((m) => [m.kind, m.when.date])).toEqual([
      ['other', null],
      ['phone_call', '2025-03-04'],
    ]);
  });

  it('reads a pronoun after a dateline as the subject the sentence opens with ("MANILA, Philippines — X said he met Y")', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh arrived in Vientiane on Monday.',
      'VIENTIANE, Laos — Lao Prime Minister Sonexay Siphandone said he held productive talks with Russian President Vladimir Putin on December 1.',
    );
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'vladimir-putin']]);
  });

  it('reads the subject after a fronted phrase that names someone else as the one a later pronoun means ("Following a luncheon with X, Y laid a wreath … He …")', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh arrived in Vientiane on Monday.',
      'Following a luncheon with Pham Minh Chinh, Lao Prime Minister Sonexay Siphandone laid a wreath at the monument.',
      'He also received Russian President Vladimir Putin.',
    );
    expect(facts.meetings.map((m) => [...m.participants].sort()).at(-1)).toEqual(['sonexay-siphandone', 'vladimir-putin']);
  });
});

describe('a name ordinary people also bear, before the article gives its evidence', () => {
  const meetingsOf = (...lines: string[]) =>
    reading(read(` date 2024-08-12\n${lines.join('\n')}\n`)).facts.meetings.map((m) => [m.kind, [...m.participants].sort()]);

  it('counts once the article titles the person anywhere, as on the page', () => {
    expect(
      meetingsOf(
        'Tin đối ngoại',
        'Đồng chí Đỗ Văn Chiến (trái) đến chào xã giao Thủ tướng Lào Sonexay Siphandone.',
        'Chiều 11/8, tại Vientiane, Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Đỗ Văn Chiến đã hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane.',
      ),
    ).toEqual([
      ['courtesy_call', ['do-van-chien', 'sonexay-siphandone']],
      ['talks', ['do-van-chien', 'saysomphone-phomvihane']],
    ]);
  });

  it('does not count when the article never gives it', () => {
    expect(meetingsOf('Tin đối ngoại', 'Ông Đỗ Văn Chiến đến chào xã giao Thủ tướng Lào Sonexay Siphandone.')).toEqual([]);
  });
});

describe('analyseArticle: a visit to the country of every side it names', () => {
  it('is no visit: its side is the host ("đang thăm Nga theo lời mời của Tổng thống Nga Y")', () => {
    const facts = analyse('2025-07-13', 'Tin', 'Nhà lãnh đạo Trung Quốc đang ở thăm Nga chính thức theo lời mời của Tổng thống Nga Vladimir Putin.');
    expect(facts.meetings).toEqual([]);
  });

  it('stays a visit when its side comes from elsewhere', () => {
    const facts = analyse('2025-07-13', 'Tin', 'Tổng thống Nga Vladimir Putin thăm chính thức Việt Nam.');
    expect(facts.meetings).toEqual([expect.objectContaining({ kind: 'visit', participants: ['vladimir-putin'], place: 'Việt Nam' })]);
  });
});

describe('analyseArticle: a meeting with one side named and "the two leaders" after it, the other side the one the story is about', () => {
  it.each([
    ['en', 'Lao Prime Minister Sonexay Siphandone is on an official visit to Vietnam.', 'During the meeting with Prime Minister Pham Minh Chinh, the two leaders agreed that trade should grow.'],
    ['vi', 'Thủ tướng Lào Sonexay Siphandone đang có chuyến thăm chính thức Việt Nam.', 'Tại cuộc gặp với Thủ tướng Phạm Minh Chính, hai nhà lãnh đạo nhất trí tăng cường thương mại.'],
  ])('is a meeting of its own, not the visit of the one alone (%s)', (_language, visit, meeting) => {
    const facts = analyse('2025-12-02', 'News', visit, meeting);
    expect(facts.meetings.filter((m) => m.kind !== 'visit').map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
    expect(facts.quotes.map((q) => [...q.speakers].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it.each([
    ['en', 'Lao Prime Minister Sonexay Siphandone is on an official visit to Vietnam.', 'During the meeting with Prime Minister Pham Minh Chinh, Sonexay said that trade should grow.'],
    ['vi', 'Thủ tướng Lào Sonexay Siphandone đang có chuyến thăm chính thức Việt Nam.', 'Tại cuộc gặp với Thủ tướng Phạm Minh Chính, Thủ tướng Sonexay Siphandone cho biết thương mại cần tăng.'],
  ])('is a meeting of its own when the subject after the fronted meeting is named too (%s)', (_language, visit, meeting) => {
    const facts = analyse('2025-12-02', 'News', visit, meeting);
    expect(facts.meetings.filter((m) => m.kind !== 'visit').map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });
});

describe('a pair group beside one side named alone', () => {
  it('reads "During the meeting with Y, the two leaders …" after X\'s talks with Z as X and Y, a meeting told here, not the pair before', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone on Monday. The two sides agreed to expand cooperation in energy.',
      'During the meeting with Russian President Vladimir Putin, the two leaders welcomed the progress of the joint plan.',
    );
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+sonexay-siphandone', 'pham-minh-chinh+vladimir-putin']);
    expect(quoteRows(facts, 2).at(-1)).toEqual(['pham-minh-chinh+vladimir-putin', 'joint', 'welcomed the']);
  });

  it('takes for the other side the one the story named first among the last meeting\'s sides, not the last sentence\'s subject', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh met Russian President Vladimir Putin on Monday.',
      'President Vladimir Putin affirmed he would visit Vietnam soon.',
      'During the meeting with Lao President Thongloun Sisoulith, the two leaders affirmed the trend of peace.',
    );
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+vladimir-putin', 'pham-minh-chinh+thongloun-sisoulith']);
  });

  it('reads no pair in a group that is the object of a linker or possessive ("the talks of officials of both sides")', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh met Russian President Vladimir Putin on Monday.',
      'Chinh expressed his delight at the development of ties, as seen in the visit by Lao President Thongloun Sisoulith in 2021, and in the talks of officials of both sides.',
    );
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+vladimir-putin']);
  });

  it('gives the pair the sides of the meeting a pointer names when that meeting was told before ("Tại cuộc gặp với Y, hai nhà lãnh đạo …")', () => {
    const facts = analyse(
      '2025-12-02',
      'Tin',
      'Sáng 1/12, Thủ tướng Phạm Minh Chính đã gặp Chủ tịch nước Lào Thongloun Sisoulith.',
      'Chiều cùng ngày, Thủ tướng Phạm Minh Chính đã hội đàm với Tổng thống Nga Vladimir Putin.',
      'Tổng thống Vladimir Putin khẳng định sẽ thăm Việt Nam.',
      'Tại cuộc gặp với Chủ tịch nước Thongloun Sisoulith, hai nhà lãnh đạo khẳng định quan hệ đặc biệt.',
    );
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+thongloun-sisoulith', 'pham-minh-chinh+vladimir-putin']);
    expect(quoteRows(facts, 2).at(-1)).toEqual(['pham-minh-chinh+thongloun-sisoulith', 'joint', 'khẳng định']);
  });

  it('does not pair the side named alone with someone else when the last person is its compatriot', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh met Russian President Vladimir Putin on Monday.',
      'During the meeting with General Secretary To Lam, the two leaders stressed the role of the Party.',
    );
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+vladimir-putin']);
  });
});
