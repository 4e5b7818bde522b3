import { describe, expect, it } from 'vitest';
import { analyse } from './statement-fixture';

const rows = (facts: ReturnType<typeof analyse>) =>
  facts.meetings.map((m) => ({ kind: m.kind, participants: [...m.participants].sort(), date: m.when.date, place: m.place, status: m.status }));

describe('extractMeetingMentions (through analyseArticle)', () => {
  it('takes the subject and the object after "với", the date before and the place after "tại"', () => {
    const facts = analyse('2025-12-01', 'Tin', 'Sáng 1/12, tại Phủ Chủ tịch, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.');
    expect(rows(facts)).toEqual([
      { kind: 'talks', participants: ['thongloun-sisoulith', 'to-lam'], date: '2025-12-01', place: 'Phủ Chủ tịch', status: 'reported' },
    ]);
  });

  it('takes co-chairs after "do … đồng chủ trì"', () => {
    const facts = analyse(
      '2025-12-03',
      'Tin',
      'Chiều 2-12 tại thủ đô Vientiane đã diễn ra cuộc gặp cấp cao giữa hai Đảng do Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đồng chủ trì.',
    );
    expect(rows(facts)).toEqual([
      { kind: 'summit', participants: ['thongloun-sisoulith', 'to-lam'], date: '2025-12-02', place: 'Vientiane', status: 'reported' },
    ]);
  });

  it('takes delegation leaders after "do … dẫn đầu" and "Cùng ngày" as the day just told', () => {
    const facts = analyse(
      '2023-02-17',
      'Tin',
      'Chiều 17/2, Tổng Bí thư Nguyễn Phú Trọng tiếp đồng chí Thongsalith Mangnomek.',
      'Cùng ngày, Đoàn cán bộ do đồng chí Thongsalith Mangnomek dẫn đầu đã có cuộc hội đàm với Đoàn cán bộ do đồng chí Lê Minh Hưng dẫn đầu.',
    );
    expect(rows(facts)).toEqual([
      { kind: 'reception', participants: ['nguyen-phu-trong', 'thongsalith-mangnomek'], date: '2023-02-17', place: null, status: 'reported' },
      { kind: 'talks', participants: ['le-minh-hung', 'thongsalith-mangnomek'], date: '2023-02-17', place: null, status: 'reported' },
    ]);
  });

  it('records a recalled visit with its month, as referenced', () => {
    const facts = analyse(
      null,
      'Tin',
      'Hai bên triển khai các thỏa thuận đạt được trong chuyến thăm cấp Nhà nước của Tổng thống Vladimir Putin đến Việt Nam vào tháng 6/2024.',
    );
    expect(facts.meetings).toEqual([
      expect.objectContaining({ kind: 'visit', participants: ['vladimir-putin'], place: 'Việt Nam', status: 'referenced', when: expect.objectContaining({ date: null, approx: '2024-06' }) }),
    ]);
  });

  it('reads past a short aside before the verb ("X (right) meets Y")', () => {
    const facts = analyse('2025-03-13', 'News', 'Russian President Vladimir Putin (left) meets General Secretary To Lam in Moscow on March 12, 2025.');
    expect(rows(facts)).toEqual([
      { kind: 'other', participants: ['to-lam', 'vladimir-putin'], date: '2025-03-12', place: 'Moscow', status: 'reported' },
    ]);
  });

  it('takes the object after a leader noun phrase that describes it ("met Vietnam’s leader Y", "met Vietnamese leader Y")', () => {
    for (const describedAs of ['Vietnam’s leader', 'Vietnamese leader', 'the Vietnamese leader']) {
      const facts = analyse('2025-03-20', 'News', `Russian President Vladimir Putin met ${describedAs} To Lam in Moscow on March 12, 2025.`);
      expect(rows(facts).map((r) => r.participants), describedAs).toEqual([['to-lam', 'vladimir-putin']]);
    }
  });

  it('does not take a month after "in" for the place ("visit to Singapore in March 2025")', () => {
    const facts = analyse('2026-01-26', 'News', 'General Secretary To Lam paid an official visit to Singapore in March 2025.');
    expect(rows(facts).map((r) => r.place)).toEqual(['Singapore']);
  });

  it('takes a summit after "on the sidelines of" / "bên lề" for the occasion, not the kind', () => {
    const en = analyse(
      '2025-03-24',
      'News',
      'General Secretary To Lam will receive Russian President Vladimir Putin this week.',
      'The two leaders last met in November last year, on the sidelines of the G20 Summit in Rio de Janeiro.',
    );
    expect(rows(en).map((r) => r.kind)).toEqual(['other']);
    const vi = analyse('2025-03-24', 'Tin', 'Ngày 20/3, bên lề Hội nghị Cấp cao G20, Tổng Bí thư Tô Lâm gặp Tổng thống Nga Vladimir Putin.');
    expect(rows(vi).map((r) => r.kind)).toEqual(['other']);
    const summit = analyse('2025-03-24', 'News', 'General Secretary To Lam and Russian President Vladimir Putin attended the G20 Summit in Rio de Janeiro on March 20.');
    expect(rows(summit).map((r) => r.kind)).toEqual(['summit']);
  });

  it('gives two joined meeting verbs one subject ("X đã đón, hội đàm với Y", "X welcomed and held talks with Y")', () => {
    const vi = analyse('2025-03-24', 'Tin', 'Sáng 24/3, Tổng Bí thư Tô Lâm đã đón, hội đàm với Tổng thống Nga Vladimir Putin.');
    expect(rows(vi).map((r) => r.participants)).toEqual([['to-lam', 'vladimir-putin']]);
    const en = analyse('2025-03-24', 'News', 'On March 24, General Secretary To Lam welcomed and held talks with Russian President Vladimir Putin.');
    expect(rows(en).map((r) => r.participants)).toEqual([['to-lam', 'vladimir-putin']]);
  });

  it('does not take a visit inside what the subject said for an act of theirs', () => {
    const en = analyse('2025-03-24', 'News', 'Russian President Vladimir Putin said the visit would open a new chapter.');
    expect(en.meetings).toEqual([]);
    const vi = analyse('2025-03-24', 'Tin', 'Tổng thống Nga Vladimir Putin khẳng định chuyến thăm mở ra chương mới.');
    expect(vi.meetings).toEqual([]);
  });

  it('takes every inviter of a list, a spouse beside each ("Nhận lời mời của X và Phu nhân, Y và Phu nhân, Z thăm …")', () => {
    const facts = analyse(
      '2025-12-12',
      'Tin',
      'Nhận lời mời của Tổng Bí thư Tô Lâm và Phu nhân, Chủ tịch nước Lương Cường và Phu nhân, Tổng thống Nga Vladimir Putin thăm cấp Nhà nước Việt Nam từ ngày 11 đến 12/12.',
    );
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([['visit', ['luong-cuong', 'to-lam', 'vladimir-putin']]]);
  });

  it('takes a meeting after "sau"/"after" as one the subject took part in ("X phát biểu sau hội đàm với Y")', () => {
    const vi = analyse('2025-05-10', 'Tin', 'Tổng thống Nga Vladimir Putin đã phát biểu trước báo giới sau hội đàm với Tổng Bí thư Tô Lâm ngày 9/5.');
    expect(rows(vi).map((r) => [r.kind, r.participants])).toEqual([['talks', ['to-lam', 'vladimir-putin']]]);
    const en = analyse('2025-05-10', 'News', 'Russian President Vladimir Putin spoke to reporters after talks with General Secretary To Lam on May 9.');
    expect(rows(en).map((r) => [r.kind, r.participants])).toEqual([['talks', ['to-lam', 'vladimir-putin']]]);
  });

  it('does not take an invitation for a meeting', () => {
    const facts = analyse('2024-11-08', 'Tin', 'Chủ tịch nước Lào Thongloun Sisoulith mời Chủ tịch nước Lương Cường thăm Lào vào thời gian thích hợp.');
    expect(facts.meetings).toEqual([]);
  });

  it('merges later mentions of the same meeting in one article', () => {
    const facts = analyse(
      '2025-10-01',
      'Chủ tịch nước Lương Cường hội kiến Tổng thống Nga Vladimir Putin',
      'Đây là lần đầu tiên Chủ tịch nước Lương Cường gặp gỡ Tổng thống Nga trên cương vị mới.',
      'Tại hội kiến, hai nhà lãnh đạo nhất trí tăng cường hợp tác.',
    );
    expect(rows(facts)).toEqual([
      { kind: 'courtesy_call', participants: ['luong-cuong', 'vladimir-putin'], date: null, place: null, status: 'reported' },
    ]);
    expect(facts.quotes[0]!.meeting).toBe(0);
  });

  it('needs two people for anything but a visit', () => {
    const facts = analyse('2025-01-01', 'Tin', 'Tổng Bí thư Tô Lâm hội đàm với đoàn doanh nghiệp.');
    expect(facts.meetings).toEqual([]);
  });

  it('takes the visitor far from "thăm" and the host who invited', () => {
    const facts = analyse(
      '2025-12-01',
      'Tin',
      'Nhận lời mời của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith và Phu nhân, Tổng Bí thư Tô Lâm và Phu nhân dẫn đầu Đoàn đại biểu cấp cao thăm cấp Nhà nước tới Lào từ ngày 1 đến 2/12.',
    );
    expect(facts.meetings).toEqual([
      expect.objectContaining({ kind: 'visit', place: 'Lào', when: expect.objectContaining({ date: '2025-12-01', dateEnd: '2025-12-02' }) }),
    ]);
    expect([...facts.meetings[0]!.participants].sort()).toEqual(['thongloun-sisoulith', 'to-lam']);
  });
});

describe('meetings with people the registry does not know', () => {
  it('keeps a meeting with one known leader and a named office-holder outside the registry', () => {
    const facts = analyse('2025-07-13', 'Tin', 'Chiều 12/7, tại Phnom Penh, Thủ tướng Chính phủ Phạm Minh Chính đã hội kiến Thủ tướng Vương quốc Campuchia Hun Manet.');
    expect(facts.meetings).toEqual([
      expect.objectContaining({ kind: 'courtesy_call', participants: ['pham-minh-chinh'], others: ['Hun Manet'], place: 'Phnom Penh', when: expect.objectContaining({ date: '2025-07-12' }) }),
    ]);
  });
});

describe('English meeting reports', () => {
  it('reads "held phone talks … on January 28" with the year from the article date', () => {
    const facts = analyse('2026-01-29', 'News', 'General Secretary To Lam held phone talks with Russian President Vladimir Putin on January 28.');
    expect(facts.meetings).toEqual([expect.objectContaining({ kind: 'phone_call', when: expect.objectContaining({ date: '2026-01-28' }) })]);
  });
});

describe('a pointer back to a meeting ("Tại cuộc gặp, …")', () => {
  it('points to the meeting told last, not the one first told last', () => {
    const facts = analyse(
      '2025-12-03',
      'Cuộc gặp cấp cao giữa Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith',
      'Sáng 1/12, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.',
      'Chiều 2/12, đã diễn ra cuộc gặp cấp cao giữa Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.',
      'Tại cuộc gặp, Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith nhất trí tăng cường hợp tác.',
    );
    expect(rows(facts).map((m) => [m.kind, m.date])).toEqual([['summit', '2025-12-02'], ['talks', '2025-12-01']]);
    expect(facts.quotes.map((q) => q.meeting)).toEqual([0]);
  });
});

describe('extractMeetings: where and when between the meeting word and its object', () => {
  it('passes over "on Monday in the Philippines" before "with Y"', () => {
    const facts = analyse('2025-11-14', 'News', 'Russian President Vladimir Putin held a meeting on Monday in the Philippines with General Secretary To Lam.');
    expect(rows(facts)).toEqual([expect.objectContaining({ kind: 'other', participants: ['to-lam', 'vladimir-putin'], date: '2025-11-10' })]);
  });

  it('passes over "tại Hà Nội" before "với Y"', () => {
    const facts = analyse('2025-12-01', 'Tin', 'Sáng 1/12, Tổng Bí thư Tô Lâm hội đàm tại Hà Nội với Tổng thống Nga Vladimir Putin.');
    expect(rows(facts)).toEqual([expect.objectContaining({ kind: 'talks', participants: ['to-lam', 'vladimir-putin'] })]);
  });
});

describe('extractMeetings: a fronted meeting clause that names nobody', () => {
  it.each([
    ['At the talks, General Secretary To Lam thanked Russian President Vladimir Putin for the warm welcome.', 'talks'],
    ['Tại cuộc hội đàm, Tổng Bí thư Tô Lâm cảm ơn Tổng thống Nga Vladimir Putin.', 'talks'],
    ['Bước vào cuộc hội đàm, Tổng Bí thư Tô Lâm hoan nghênh và chào mừng Tổng thống Nga Vladimir Putin.', 'talks'],
  ])('takes the subject and the person right after its verb: %s', (sentence, kind) => {
    expect(rows(analyse('2025-05-10', 'News', sentence))).toEqual([expect.objectContaining({ kind, participants: ['to-lam', 'vladimir-putin'] })]);
  });

  it('takes nobody far after the verb', () => {
    const sentence = 'At the talks, General Secretary To Lam spoke at length about the history of the ties built by generations and by President Vladimir Putin.';
    expect(rows(analyse('2025-05-10', 'News', sentence))).toEqual([]);
  });
});

describe('extractMeetings: two delegation leaders as the subjects', () => {
  it('takes "X dẫn đầu Đoàn A và Y dẫn đầu Đoàn B … hội đàm" as the talks of X and Y', () => {
    const sentence = 'Ngay sau lễ đón, Tổng Bí thư Tô Lâm dẫn đầu Đoàn đại biểu cấp cao Việt Nam và Tổng thống Nga Vladimir Putin dẫn đầu Đoàn đại biểu cấp cao Nga đã tiến hành hội đàm.';
    expect(rows(analyse('2025-05-10', 'Tin', sentence)).filter((m) => m.kind === 'talks')).toEqual([expect.objectContaining({ participants: ['to-lam', 'vladimir-putin'] })]);
  });

  it('leaves one delegation leader to the other rules', () => {
    const sentence = 'Tổng Bí thư Tô Lâm dẫn đầu Đoàn đại biểu cấp cao Việt Nam tiến hành hội đàm.';
    expect(rows(analyse('2025-05-10', 'Tin', sentence))).toEqual([]);
  });
});

describe('a meeting phrase in quotes (a scare quote)', () => {
  it.each([
    ['after a light verb', 'Lao Prime Minister Sonexay Siphandone had “very fruitful talks” with Prime Minister Pham Minh Chinh in Hanoi.'],
    ['told through a pronoun', 'Lao Prime Minister Sonexay Siphandone said he had “very productive meetings” with Prime Minister Pham Minh Chinh in Hanoi.'],
  ])('still tells the meeting when the other side follows the closing mark (%s)', (_what, sentence) => {
    expect(rows(analyse('2025-05-10', 'News', sentence)).map((r) => r.participants)).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads no meeting in a long quotation', () => {
    const sentence = 'Lao Prime Minister Sonexay Siphandone said “the two countries hold many meetings every year at all levels” with Prime Minister Pham Minh Chinh beside him.';
    expect(rows(analyse('2025-05-10', 'News', sentence))).toEqual([]);
  });
});

describe('a visit owned by a pronoun after a reception', () => {
  it.each([
    ['welcomed', 'Lao Prime Minister Sonexay Siphandone welcomed Prime Minister Pham Minh Chinh on his first official visit to Laos.'],
    ['received', 'Lao Prime Minister Sonexay Siphandone received Prime Minister Pham Minh Chinh during his official visit to Laos.'],
  ])('gives the visit to the guest, not the host (%s)', (_verb, sentence) => {
    const facts = analyse('2025-05-10', 'News', sentence);
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([
      ['reception', ['pham-minh-chinh', 'sonexay-siphandone']],
      ['visit', ['pham-minh-chinh']],
    ]);
  });

  it('still gives the subject its own visit when no reception was told', () => {
    const facts = analyse('2025-05-10', 'News', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone during his official visit to Laos.');
    expect(rows(facts).map((r) => [r.kind, r.participants])).toContainEqual(['visit', ['pham-minh-chinh']]);
  });
});

describe('a joint subject who each met the other side on their own', () => {
  it.each([
    ['"separately" before the verb', 'News', 'General Secretary To Lam and President Luong Cuong separately received Lao Prime Minister Sonexay Siphandone.'],
    ['"respectively" after the object', 'News', 'General Secretary To Lam and President Luong Cuong met with Lao Prime Minister Sonexay Siphandone respectively.'],
  ])('gives each of them a meeting with it (%s)', (_what, title, sentence) => {
    expect(rows(analyse('2025-05-10', title, sentence)).map((r) => r.participants)).toEqual([
      ['sonexay-siphandone', 'to-lam'],
      ['luong-cuong', 'sonexay-siphandone'],
    ]);
  });

  it.each(['separately', 'respectively'])('gives the subject a meeting with each person of a listed object followed by "%s"', (word) => {
    const sentence = `Prime Minister Pham Minh Chinh met General Secretary Thongloun Sisoulith and Prime Minister Sonexay Siphandone ${word}.`;
    expect(rows(analyse('2025-05-10', 'News', sentence)).map((r) => r.participants)).toEqual([
      ['pham-minh-chinh', 'thongloun-sisoulith'],
      ['pham-minh-chinh', 'sonexay-siphandone'],
    ]);
  });

  it('keeps a joint subject without such a word in one meeting', () => {
    const sentence = 'General Secretary To Lam and President Luong Cuong met with Lao Prime Minister Sonexay Siphandone.';
    expect(rows(analyse('2025-05-10', 'News', sentence)).map((r) => r.participants)).toEqual([['luong-cuong', 'sonexay-siphandone', 'to-lam']]);
  });
});

describe('an object whose title follows the name of its party or body', () => {
  it.each([
    ['Communist Party of Vietnam General Secretary To Lam', 'to-lam'],
    ["Lao People's Revolutionary Party General Secretary Thongloun Sisoulith", 'thongloun-sisoulith'],
  ])('reads "met %s" with the one named', (object, id) => {
    const facts = analyse('2025-05-10', 'News', `Russian President Vladimir Putin met ${object} in Moscow.`);
    expect(rows(facts).map((r) => r.participants)).toEqual([[id, 'vladimir-putin'].sort()]);
  });
});

describe('a passive in progress ("being")', () => {
  it.each([
    'Lao Prime Minister Sonexay Siphandone being greeted by Prime Minister Pham Minh Chinh at Noi Bai airport.',
    'Lao Prime Minister Sonexay Siphandone was being hosted by Prime Minister Pham Minh Chinh at the Presidential Palace.',
  ])('reads %j as a reception with the one after "by" as host', (sentence) => {
    const facts = analyse('2025-05-10', 'News', sentence);
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort(), m.host])).toEqual([
      ['reception', ['pham-minh-chinh', 'sonexay-siphandone'], ['pham-minh-chinh']],
    ]);
  });
});

describe('a meeting told in a clause set off after the subject', () => {
  it('reads "X, meeting Y in Hanoi, said …" as a meeting of X and Y', () => {
    const sentence = 'Russian President Vladimir Putin, meeting General Secretary To Lam in Moscow on Friday, said ties had never been stronger.';
    expect(rows(analyse('2025-05-10', 'News', sentence)).map((r) => r.participants)).toEqual([['to-lam', 'vladimir-putin']]);
  });

  it('does not take a person inside a fronted phrase as that subject', () => {
    const sentence = 'After talks with Russian President Vladimir Putin, meeting General Secretary To Lam was the next step.';
    expect(rows(analyse('2025-05-10', 'News', sentence)).map((r) => r.participants).filter((p) => p.length === 2 && p.includes('to-lam') && !p.includes('vladimir-putin'))).toEqual([]);
  });
});

describe('a visit at the invitation of a host, with words between the visit and the invitation', () => {
  it.each([
    'Lao Prime Minister Sonexay Siphandone is on a state visit to Vietnam at the invitation of Prime Minister Pham Minh Chinh.',
    'Lao Prime Minister Sonexay Siphandone is in Hanoi for a two-day official visit at the invitation of Prime Minister Pham Minh Chinh.',
  ])('gives the visit its visitor and its host: %j', (sentence) => {
    const facts = analyse('2025-05-10', 'News', sentence);
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([['visit', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });
});

describe('a date after the words of a plan', () => {
  it('is the plan\'s, not the meeting\'s ("had a meeting with Y, ahead of the formal events on Thursday")', () => {
    const sentence = 'Prime Minister Pham Minh Chinh then had a one-on-one meeting with Lao Prime Minister Sonexay Siphandone, ahead of the formal events on Thursday.';
    expect(rows(analyse('2025-05-10', 'News', sentence)).map((r) => [r.participants, r.date])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], null]]);
  });

  it('still dates the meeting told right before it', () => {
    const sentence = 'Prime Minister Pham Minh Chinh had a one-on-one meeting with Lao Prime Minister Sonexay Siphandone on Thursday.';
    expect(rows(analyse('2025-05-10', 'News', sentence)).map((r) => r.date)).toEqual(['2025-05-08']);
  });
});
