import { describe, expect, it } from 'vitest';
import { analyse, meetingPairs } from './statement-fixture';
import { read, reading } from './stage-fixture';

const rows = (facts: ReturnType<typeof analyse>) =>
  facts.meetings.map((m) => ({ kind: m.kind, participants: [...m.participants].sort(), date: m.when.date, place: m.place, status: m.status }));

describe('extractMeetingMentions (through analyseArticle)', () => {
  it('takes the subject and the object after "với", the date before and the place after "tại"', () => {
    const facts = analyse('2025-12-01', 'Tin', 'Sáng 1/12, tại Phủ Chủ tịch, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.');
    expect(rows(facts)).toEqual([
      { kind: 'talks', participants: ['thongloun-sisoulith', 'to-lam'], date: '2025-12-01', place: 'Phủ Chủ tịch', status: 'reported' },
    ]);
  });

  it.each(['after', 'following'])('reads a speaker\'s meeting told after the speech verb ("X said %s talks with Y")', (pointer) => {
    const facts = analyse('2025-01-10', 'News', `Cooperation is multifaceted, Russian President Vladimir Putin said ${pointer} talks with his Laotian counterpart Thongloun Sisoulith in the Kremlin.`);
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([['talks', ['thongloun-sisoulith', 'vladimir-putin']]]);
  });

  it.each([
    ['en', 'News', 'Prime Minister Pham Minh Chinh welcomed Lao Prime Minister Sonexay Siphandone on Monday. They agreed to carry out the tasks set in a phone call between General Secretary To Lam and Russian President Vladimir Putin.'],
    ['vi', 'Tin', 'Thủ tướng Phạm Minh Chính đón Thủ tướng Lào Sonexay Siphandone ngày 1/12. Hai bên nhất trí thực hiện các nhiệm vụ đặt ra trong cuộc điện đàm giữa Tổng Bí thư Tô Lâm và Tổng thống Nga Vladimir Putin.'],
  ])('(%s) takes a setting meeting noun naming both its sides after "between" for theirs alone, not also the subject\'s', (_lang, title, text) => {
    const facts = analyse('2025-12-02', title, text);
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([
      ['reception', ['pham-minh-chinh', 'sonexay-siphandone']],
      ['phone_call', ['to-lam', 'vladimir-putin']],
    ]);
  });

  it('reads bilateral meetings with people of several countries as one each, a name without a title being of its registry country', () => {
    const facts = analyse(
      '2025-06-17',
      'Tin',
      'Ngày 16/6, Tổng Bí thư Tô Lâm đã có cuộc gặp song phương với Tổng thống Nga Vladimir Putin và người đồng cấp Lào Thongloun Sisoulith.',
    );
    expect(rows(facts).map((r) => r.participants)).toEqual([
      ['to-lam', 'vladimir-putin'],
      ['thongloun-sisoulith', 'to-lam'],
    ]);
  });

  it.each([
    ['vi', 'Ngày 24-10-2025, nhân dịp tham dự Hội nghị Cấp cao Phong trào Không liên kết tại Baku, Azerbaijan (25 và 26-10-2025), Tổng Bí thư Tô Lâm đã hội kiến Tổng thống Nga Vladimir Putin.', '2025-10-24'],
    ['vi', 'Ngày 16/1, nhân dịp kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam - Nga (30.1.1950 - 30.1.2025), Tổng Bí thư Tô Lâm và Tổng thống Nga Vladimir Putin đã điện đàm.', '2025-01-16'],
    ['en', 'On November 17, on the sidelines of the G20 Summit (November 18-19), General Secretary To Lam met Russian President Vladimir Putin.', '2025-11-17'],
    // A bracket after a person, or after a visit's destination, dates the meeting told.
    ['en', 'General Secretary To Lam met Russian President Vladimir Putin (on November 17) in Rio.', '2025-11-17'],
  ])('takes no meeting day from days in brackets after an event\'s name (%s: %s)', (_language, sentence, day) => {
    const facts = analyse('2025-11-20', 'Tin', sentence);
    expect(rows(facts).map((r) => [r.participants, r.date])).toEqual([[['to-lam', 'vladimir-putin'], day]]);
  });

  it.each([
    ['a summit meeting told as "cuộc họp thượng đỉnh"', 'Ngày 4/12, Tổng thống Nga Vladimir Putin đã có cuộc họp thượng đỉnh với Tổng Bí thư Tô Lâm.', 'summit'],
    ['"since taking office" between the meeting and its linker', 'Ngày 4/12, Tổng thống Nga Vladimir Putin đã có cuộc hội đàm đầu tiên kể từ khi nhậm chức với Tổng Bí thư Tô Lâm.', 'talks'],
  ])('reads %s', (_what, sentence, kind) => {
    const facts = analyse('2025-12-05', 'Tin', sentence);
    expect(rows(facts).map((r) => [r.kind, r.participants, r.date])).toEqual([[kind, ['to-lam', 'vladimir-putin'], '2025-12-04']]);
  });

  it.each(['"wide-ranging"', '“wide-ranging”'])('reads a quoted modifier between a light verb and its meeting noun (held %s talks with Y)', (modifier) => {
    const facts = analyse('2025-11-20', 'News', `On Sunday, General Secretary To Lam held ${modifier} talks with Russian President Vladimir Putin.`);
    expect(rows(facts).map((r) => [r.kind, r.participants, r.date])).toEqual([['talks', ['to-lam', 'vladimir-putin'], '2025-11-16']]);
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

  it('keeps a meeting of the same pair recalled from last month apart from the one reported, with its month, however far its time is told', () => {
    const facts = analyse(
      '2025-10-05',
      'News',
      'General Secretary To Lam held talks with Russian President Vladimir Putin in Moscow on Saturday.',
      'The two leaders had previously met on the margins of the Eastern Economic Forum in Vladivostok last month.',
    );
    expect(facts.meetings.map((m) => [m.kind, m.status, m.when.date, m.when.approx])).toEqual([
      ['talks', 'reported', '2025-10-04', null],
      ['other', 'referenced', null, '2025-09'],
    ]);
  });

  it('reads two meeting words of one sentence telling the same pair as one meeting, at the time told with the second', () => {
    const facts = analyse(
      '2025-11-20',
      'News',
      'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone met on the sidelines of the APEC meeting in Gyeongju earlier this month.',
    );
    expect(facts.meetings.map((m) => [m.participants.length, m.status, m.when.approx])).toEqual([[2, 'referenced', '2025-11']]);
  });

  it('reads past "here" and a day between the subject and the verb, as the wires write them ("X here on Friday met Y")', () => {
    const facts = analyse('2025-09-20', 'News', 'New Delhi, Sept 20 (ANI): Russian President Vladimir Putin here on Friday met Lao President Thongloun Sisoulith.');
    expect(rows(facts)).toEqual([{ kind: 'other', participants: ['thongloun-sisoulith', 'vladimir-putin'], date: '2025-09-19', place: null, status: 'reported' }]);
  });

  it('reads past a title word the name table did not take with the name after the verb ("gặp Chủ tịch Thongloun Sisoulith")', () => {
    const facts = analyse('2025-12-04', 'Tin', 'Sáng 4/12, Tổng thống Nga Vladimir Putin đã có cuộc gặp Chủ tịch Thongloun Sisoulith tại Viêng Chăn.');
    expect(rows(facts)).toEqual([{ kind: 'other', participants: ['thongloun-sisoulith', 'vladimir-putin'], date: '2025-12-04', place: 'Viêng Chăn', status: 'reported' }]);
  });

  it.each([
    'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone discussed relations between the two countries over the phone on Monday.',
    'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone discussed energy cooperation by phone on Monday.',
  ])('reads what two people discussed, a phone marker after it, as a call: %s', (sentence) => {
    const facts = analyse('2025-06-03', 'News', sentence);
    expect(rows(facts)).toEqual([{ kind: 'phone_call', participants: ['pham-minh-chinh', 'sonexay-siphandone'], date: '2025-06-02', place: null, status: 'reported' }]);
    // Without the marker, what they discussed is no meeting of its own.
    expect(analyse('2025-06-03', 'News', sentence.replace(/ (over the phone|by phone)/u, '')).meetings).toEqual([]);
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

  it.each([
    ['vi', 'Tin', 'Thủ tướng Phạm Minh Chính thăm Lào vào tháng 11 năm 2024 và gặp Thủ tướng Sonexay Siphandone.'],
    ['en', 'News', 'Prime Minister Pham Minh Chinh visited Laos in November 2024 and met with Prime Minister Sonexay Siphandone.'],
  ])('gives a meeting verb after "và"/"and" past a first predicate\'s object the sentence\'s opening subject (%s)', (_language, title, sentence) => {
    const facts = analyse('2025-03-24', title, sentence);
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([
      ['visit', ['pham-minh-chinh']],
      ['other', ['pham-minh-chinh', 'sonexay-siphandone']],
    ]);
  });

  it.each([
    ['vi', 'Tin', 'Ngày 30/11, Thủ tướng Phạm Minh Chính tiếp nguyên Thủ tướng Lào Thongloun Sisoulith.'],
    ['en', 'News', 'On November 30, Prime Minister Pham Minh Chinh received former Lao Prime Minister Thongloun Sisoulith.'],
    ['vi', 'Tin', 'Ngày 30/11, Thủ tướng Phạm Minh Chính gặp Tổng Bí thư Tô Lâm và nguyên Thủ tướng Lào Thongloun Sisoulith.'],
    ['en', 'News', 'On November 30, Prime Minister Pham Minh Chinh met General Secretary To Lam and former Lao Prime Minister Thongloun Sisoulith.'],
  ])('takes a person met with a former word before their title (%s: %s)', (_language, title, sentence) => {
    const facts = analyse('2025-12-01', title, sentence);
    expect(facts.meetings.flatMap((m) => m.participants)).toContain('thongloun-sisoulith');
  });

  it('reads "had a conversation with" as a meeting (English, as "cuộc nói chuyện")', () => {
    const facts = analyse('2025-12-01', 'News', 'On November 30, Prime Minister Pham Minh Chinh had a conversation with Lao Prime Minister Sonexay Siphandone in Hanoi.');
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([['other', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    ['en', 'News', 'Lao Prime Minister Sonexay Siphandone arrived at the Presidential Palace on Sunday to meet with President Luong Cuong.'],
    ['vi', 'Tin', 'Thủ tướng Lào Sonexay Siphandone đã tới Phủ Chủ tịch chiều 30/11 để hội đàm với Chủ tịch nước Lương Cường.'],
  ])('gives a meeting word opening a purpose clause the sentence\'s opening subject (%s)', (_language, title, sentence) => {
    const facts = analyse('2025-12-01', title, sentence);
    expect(rows(facts).map((r) => r.participants)).toEqual([['luong-cuong', 'sonexay-siphandone']]);
  });

  it.each([
    // Someone between the subject and "to": the one urged is the one to meet.
    'President Luong Cuong urged Lao Prime Minister Sonexay Siphandone to meet with President Vladimir Putin.',
    // A plan as it stood, a filler inside it.
    'Lao Prime Minister Sonexay Siphandone was also scheduled to meet with President Luong Cuong.',
  ])('takes no meeting of the opening subject from "%s"', (sentence) => {
    const facts = analyse('2025-12-01', 'News', sentence);
    expect(rows(facts).filter((r) => r.participants.length >= 2 && !(r.participants.includes('sonexay-siphandone') && r.participants.includes('vladimir-putin')))).toEqual([]);
  });

  it('keeps the day after a planned meeting\'s word for the plan, not for a meeting told after a comma', () => {
    const facts = analyse(
      '2025-12-03',
      'News',
      'While he was due to meet with Lao Prime Minister Sonexay Siphandone for formal talks on Thursday, President Luong Cuong was greeted by Sonexay Siphandone at his hotel.',
    );
    expect(rows(facts).map((r) => [r.kind, r.date])).toEqual([['reception', null]]);
  });

  it.each([
    ['vi', 'Tin', 'Ngày 30/11, Thủ tướng sắp tới của Lào, tướng 4 sao Sonexay Siphandone, đã gặp Chủ tịch nước Lương Cường.'],
    ['en', 'News', 'On November 30, the incoming leader of Laos, four-star general Sonexay Siphandone, met President Luong Cuong.'],
  ])('takes a name set off by commas after words describing it as the subject, the only person before the verb (%s)', (_language, title, sentence) => {
    const facts = analyse('2025-12-01', title, sentence);
    expect(rows(facts).map((r) => r.participants)).toEqual([['luong-cuong', 'sonexay-siphandone']]);
  });

  it('does not take a person named inside a clause, before a comma, as the subject of the verb after it', () => {
    const facts = analyse('2025-12-01', 'Tin', 'Đại sứ Hồng Tiểu Dũng bày tỏ vinh dự được tiếp kiến Chủ tịch nước Lương Cường, chân thành cảm ơn lãnh đạo Việt Nam.');
    expect(facts.quotes.map((q) => q.speakers)).toEqual([]);
  });

  it('reads a meal two leaders share as a meeting in Vietnamese too ("bữa tối", as English "dinner")', () => {
    const facts = analyse('2025-12-01', 'Tin', 'Tối 30/11, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone dự bữa tối thân mật tại Hà Nội.');
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([['reception', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('passes over a place told by a common noun between the verb and its object ("met in the Vietnamese capital with Y")', () => {
    for (const place of ['in the Vietnamese capital', 'in the capital', 'at the presidential palace']) {
      const facts = analyse('2025-12-01', 'News', `On November 30, Lao Prime Minister Sonexay Siphandone met ${place} with President Luong Cuong.`);
      expect(rows(facts).map((r) => r.participants)).toEqual([['luong-cuong', 'sonexay-siphandone']]);
    }
  });

  it('gives one meeting each to office-holders of one country a visitor met in turn, each with a title of their own', () => {
    const facts = analyse('2025-12-01', 'News', 'On November 30, Lao Prime Minister Sonexay Siphandone met with General Secretary To Lam and President Luong Cuong in Hanoi.');
    expect(rows(facts).map((r) => r.participants)).toEqual([
      ['sonexay-siphandone', 'to-lam'],
      ['luong-cuong', 'sonexay-siphandone'],
    ]);
    // Titles of two countries: the three of them met.
    const three = analyse('2025-12-01', 'News', 'On November 30, President Luong Cuong met with Lao Party General Secretary Thongloun Sisoulith and Russian President Vladimir Putin.');
    expect(rows(three).map((r) => r.participants)).toEqual([['luong-cuong', 'thongloun-sisoulith', 'vladimir-putin']]);
  });

  it('reads a welcome as a reception when its clause names an occasion by a meeting word of its own', () => {
    const held = analyse('2025-12-01', 'News', 'On November 30, President Luong Cuong welcomed Sonexay Siphandone in what was a grand state banquet.');
    expect(rows(held).map((r) => [r.kind, r.participants])).toEqual([['reception', ['luong-cuong', 'sonexay-siphandone']]]);
    for (const tail of ["'s remarks at the state banquet.", ' for choosing Vietnam as the first country to visit.']) {
      const said = analyse('2025-12-01', 'News', `On November 30, President Luong Cuong welcomed Lao Prime Minister Sonexay Siphandone${tail}`);
      expect(rows(said).filter((r) => r.participants.length === 2)).toEqual([]);
    }
  });

  it('takes the co-chairs after "co-chaired by the …", a bare title among them', () => {
    const facts = analyse('2025-12-01', 'News', 'On November 30, the talks in Hanoi were co-chaired by the Lao Prime Minister and President Luong Cuong.');
    expect(rows(facts).map((r) => r.participants)).toEqual([['luong-cuong', 'sonexay-siphandone']]);
  });

  it('keeps a Vietnamese meeting noun after "và" from taking the opening subject ("và cuộc gặp của Y")', () => {
    const facts = analyse('2025-03-24', 'Tin', 'Thủ tướng Phạm Minh Chính nhắc lại chuyến đi Lào năm 2024 và cuộc gặp của Thủ tướng Sonexay Siphandone với doanh nghiệp.');
    expect(rows(facts).filter((r) => r.participants.length === 2)).toEqual([]);
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
    // The inviters host the visit; the guest the list runs on to does not.
    expect([...facts.meetings[0]!.host].sort()).toEqual(['luong-cuong', 'to-lam']);
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

  it('does not take an invitation for a meeting across the comma between one person\'s titles', () => {
    for (const sentence of [
      'Tổng Bí thư Tô Lâm đã trân trọng mời Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith và Phu nhân sang thăm Việt Nam vào thời gian thích hợp.',
      'Tổng Bí thư Tô Lâm mời Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith sang thăm Việt Nam.',
    ]) {
      expect(analyse('2025-12-02', 'Tin', sentence).meetings, sentence).toEqual([]);
    }
  });

  it('still reads a visit after a comma that ends the invitation\'s clause ("X mời Y, Z thăm …" is no plan of Z)', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Theo lời mời, Tổng Bí thư Tô Lâm thăm cấp Nhà nước Lào từ ngày 1 đến 2/12.');
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([['visit', ['to-lam']]]);
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
    expect(facts.meetings[0]!.host).toEqual(['thongloun-sisoulith']);
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

describe('extractMeetings: a meeting clause after fronted pieces of time and place', () => {
  it.each([
    ['Chiều 6/5, tại Phủ Chủ tịch, tiếp Tổng thống Nga Vladimir Putin đang thăm cấp Nhà nước Việt Nam, Tổng Bí thư Tô Lâm khẳng định quan hệ hai nước rất tốt đẹp.'],
    ['On Tuesday afternoon, in Hanoi, receiving Russian President Vladimir Putin on a state visit to Vietnam, General Secretary To Lam said the ties were strong.'],
  ])('takes the subject after the clause for its side: %s', (sentence) => {
    expect(rows(analyse('2025-05-10', 'News', sentence))).toContainEqual(expect.objectContaining({ kind: 'reception', participants: ['to-lam', 'vladimir-putin'] }));
  });
});

describe('extractMeetings: a Vietnamese passive with several doers', () => {
  it('finds the reception when the doers\' titles and names stand far from the marker', () => {
    const sentence = 'Sáng 1/12, Thủ tướng Phạm Minh Chính đã được Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith và Thủ tướng Chính phủ Lào Sonexay Siphandone đón tiếp.';
    expect(rows(analyse('2025-12-02', 'Tin', sentence))).toEqual([
      expect.objectContaining({ kind: 'reception', participants: ['pham-minh-chinh', 'sonexay-siphandone', 'thongloun-sisoulith'] }),
    ]);
  });

  it('reads "lần lượt được A và B tiếp" as one reception by each in turn', () => {
    const sentence = 'Sáng 1/12, Thủ tướng Phạm Minh Chính đã lần lượt được Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith và Thủ tướng Lào Sonexay Siphandone tiếp thân mật.';
    expect(rows(analyse('2025-12-02', 'Tin', sentence)).map((m) => [m.kind, m.participants])).toEqual([
      ['reception', ['pham-minh-chinh', 'thongloun-sisoulith']],
      ['reception', ['pham-minh-chinh', 'sonexay-siphandone']],
    ]);
  });
});

describe('extractMeetings: a date in brackets after the meeting', () => {
  it('dates the meeting it follows, so a call recalled weeks before is referenced', () => {
    const sentence = 'Prime Minister Pham Minh Chinh welcomed the success of the phone call between General Secretary To Lam and Russian President Vladimir Putin (March 3, 2025).';
    expect(rows(analyse('2025-05-10', 'News', sentence))).toEqual([expect.objectContaining({ kind: 'phone_call', participants: ['to-lam', 'vladimir-putin'], date: '2025-03-03', status: 'referenced' })]);
  });
});

describe('extractMeetings: a date in a relative clause', () => {
  it('is the date of what the clause tells, not of the meeting', () => {
    const sentence = 'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone held talks to review relations, which were elevated to a strategic partnership in November 2019.';
    expect(rows(analyse('2025-05-10', 'News', sentence))).toEqual([expect.objectContaining({ kind: 'talks', date: null, status: 'reported' })]);
  });
});

describe('extractMeetings: a delegation led by someone in a fronted clause', () => {
  it.each([
    ['Nhân dịp tham gia đoàn đại biểu cấp cao do Tổng Bí thư Tô Lâm dẫn đầu thăm Nga, Thủ tướng Phạm Minh Chính đã hội đàm với Tổng thống Nga Vladimir Putin.', ['pham-minh-chinh', 'vladimir-putin']],
    ['As part of the delegation led by General Secretary To Lam to Russia, Prime Minister Pham Minh Chinh held talks with Russian President Vladimir Putin.', ['pham-minh-chinh', 'vladimir-putin']],
    // The delegation the sentence opens with, its leader before the verb, is a side.
    ['Đoàn đại biểu cấp cao do Tổng Bí thư Tô Lâm dẫn đầu đã hội đàm với Tổng thống Nga Vladimir Putin.', ['to-lam', 'vladimir-putin']],
  ])('is the setting when the verb has a subject of its own after the comma: %s', (sentence, participants) => {
    expect(rows(analyse('2025-05-10', 'Tin', sentence)).filter((m) => m.kind === 'talks')).toEqual([expect.objectContaining({ participants })]);
  });
});

describe('extractMeetings: the other delegation led by someone whose roles come first', () => {
  it.each([
    'Đoàn đại biểu cấp cao Việt Nam do Thủ tướng Phạm Minh Chính dẫn đầu đã hội đàm với Đoàn đại biểu cấp cao Lào do Ủy viên Bộ Chính trị, Thủ tướng Lào Sonexay Siphandone dẫn đầu.',
    'Đoàn đại biểu cấp cao Việt Nam do Thủ tướng Phạm Minh Chính dẫn đầu đã hội đàm với Đoàn đại biểu cấp cao Lào do Ủy viên Bộ Chính trị, Ủy viên Ban Thường vụ Trung ương Đảng, Thủ tướng nước Cộng hòa Dân chủ Nhân dân Lào Sonexay Siphandone dẫn đầu.',
  ])('takes that leader as the other side: %s', (sentence) => {
    expect(rows(analyse('2025-05-10', 'Tin', sentence)).filter((m) => m.kind === 'talks')).toEqual([expect.objectContaining({ participants: ['pham-minh-chinh', 'sonexay-siphandone'] })]);
  });
});

describe('extractMeetings: a subject who leads a delegation to the meeting', () => {
  it.each([
    'Ngay sau lễ đón, Thủ tướng Phạm Minh Chính đã dẫn đầu Đoàn đại biểu cấp cao Việt Nam hội đàm với Thủ tướng Lào Sonexay Siphandone.',
    'Ngay sau lễ đón, Thủ tướng Phạm Minh Chính dẫn đầu đoàn đại biểu cấp cao nước ta hội đàm với Đoàn đại biểu Lào do Thủ tướng Lào Sonexay Siphandone dẫn đầu.',
  ])('is a side of it ("X đã dẫn đầu Đoàn … hội đàm với …"): %s', (sentence) => {
    expect(rows(analyse('2025-05-10', 'Tin', sentence)).filter((m) => m.kind === 'talks')).toEqual([expect.objectContaining({ participants: ['pham-minh-chinh', 'sonexay-siphandone'] })]);
  });
});

describe('extractMeetings: a subject with the delegation that goes with them', () => {
  it.each([
    ['Chiều 27/8, tại Viêng Chăn, Đại tướng Tô Lâm và Đoàn đại biểu cấp cao Bộ Công an Việt Nam tới chào xã giao Thủ tướng Lào Sonexay Siphandone.', 'to-lam'],
    ['Chiều 27/8, Thủ tướng Phạm Minh Chính cùng đoàn đại biểu Chính phủ Việt Nam hội đàm với Thủ tướng Lào Sonexay Siphandone.', 'pham-minh-chinh'],
  ])('is a side of it however the delegation\'s body is written ("X và Đoàn đại biểu … Bộ Công an …"): %s', (sentence, id) => {
    expect(rows(analyse('2025-05-10', 'Tin', sentence)).map((m) => m.participants)).toEqual([[id, 'sonexay-siphandone'].sort()]);
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

describe('extractMeetings: a meeting its subject holds ("tổ chức")', () => {
  it.each([
    ['Chiều 4/3, Thủ tướng Phạm Minh Chính tổ chức hội nghị trực tuyến với Thủ tướng Lào Sonexay Siphandone.', 'online_talks'],
    ['Tối 4/3, Thủ tướng Phạm Minh Chính đã tổ chức tiệc chiêu đãi Thủ tướng Lào Sonexay Siphandone.', 'reception'],
  ])('takes the holder as a side: %s', (sentence, kind) => {
    expect(rows(analyse('2025-03-05', 'Tin', sentence))).toEqual([expect.objectContaining({ kind, participants: ['pham-minh-chinh', 'sonexay-siphandone'], date: '2025-03-04' })]);
  });

  it('takes no meeting from a video conference with no person after "với"', () => {
    const sentence = 'Chiều 4/3, Thủ tướng Phạm Minh Chính chủ trì hội nghị trực tuyến với các địa phương về phòng chống dịch.';
    expect(rows(analyse('2025-03-05', 'Tin', sentence))).toEqual([]);
  });
});

describe('extractMeetings: modifiers after a meeting noun, before "với"', () => {
  it.each(['chính thức', 'thượng đỉnh'])('are passed over when the subject opens the sentence with a setting before the noun: "cuộc hội đàm %s với Y"', (modifier) => {
    const sentence = `Tổng thống Nga Vladimir Putin trong chuyến thăm cấp Nhà nước tới Lào ngày 4/3 đã có cuộc hội đàm ${modifier} với Chủ tịch nước Lào Thongloun Sisoulith.`;
    expect(rows(analyse('2025-03-05', 'Tin', sentence)).filter((m) => m.kind === 'talks')).toEqual([
      expect.objectContaining({ participants: ['thongloun-sisoulith', 'vladimir-putin'], date: '2025-03-04' }),
    ]);
  });
});

describe('extractMeetings: the same day, with a part of the day before it', () => {
  it('takes "Chiều cùng ngày, …" as the day just told', () => {
    const facts = analyse(
      '2025-03-05',
      'Tin',
      'Sáng 4/3, Tổng Bí thư Tô Lâm tiếp Thủ tướng Lào Sonexay Siphandone.',
      'Chiều cùng ngày, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.',
    );
    expect(rows(facts).map((r) => [r.kind, r.date])).toEqual([
      ['reception', '2025-03-04'],
      ['talks', '2025-03-04'],
    ]);
  });
});

describe('extractMeetings: the date before an occasion clause', () => {
  it.each([
    ['Chiều 4/3, nhân dịp thăm chính thức Lào, Thủ tướng Phạm Minh Chính hội kiến Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.', 'Tin', 'courtesy_call', ['pham-minh-chinh', 'thongloun-sisoulith']],
    ['Chiều 4/3, nhân dịp tham dự Hội nghị Cấp cao ASEAN, Thủ tướng Phạm Minh Chính gặp Tổng thống Nga Vladimir Putin.', 'Tin', 'other', ['pham-minh-chinh', 'vladimir-putin']],
    ['Chiều 4/3, nhân dịp dự Hội nghị Cấp cao ASEAN lần thứ 46 và các Hội nghị Cấp cao liên quan tại Kuala Lumpur, Thủ tướng Phạm Minh Chính gặp Tổng thống Nga Vladimir Putin.', 'Tin', 'other', ['pham-minh-chinh', 'vladimir-putin']],
    ['On March 4, on the occasion of attending the ASEAN Summit, Prime Minister Pham Minh Chinh met Russian President Vladimir Putin.', 'News', 'other', ['pham-minh-chinh', 'vladimir-putin']],
  ])('is the date of the meeting told after it: %s', (sentence, title, kind, participants) => {
    expect(rows(analyse('2025-03-05', title, sentence)).filter((m) => m.kind === kind)).toEqual([expect.objectContaining({ participants, date: '2025-03-04' })]);
  });
});

describe('extractMeetings: a meeting told right after a sit-down just told', () => {
  it.each([
    ['Tin', 'Sáng 4/3, Tổng Bí thư Tô Lâm chủ trì lễ đón Tổng thống Nga Vladimir Putin.', 'Ngay sau lễ đón, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Vladimir Putin.'],
    ['News', 'On March 4, General Secretary To Lam hosted a welcome ceremony for Russian President Vladimir Putin.', 'Following the welcome ceremony, Prime Minister Pham Minh Chinh met President Vladimir Putin.'],
  ])('took place that day (%s)', (title, first, second) => {
    const facts = analyse('2025-03-05', title, first, second);
    expect(rows(facts).filter((m) => m.participants.includes('pham-minh-chinh')).map((m) => m.date)).toEqual(['2025-03-04']);
  });

  it('leaves undated a meeting named at a meeting ("At the talks, … the phone call between …")', () => {
    const facts = analyse(
      '2025-03-05',
      'News',
      'On March 4, General Secretary To Lam held talks with Russian President Vladimir Putin.',
      'At the talks, Putin recalled the phone call between Prime Minister Pham Minh Chinh and President Vladimir Putin.',
    );
    expect(rows(facts).filter((m) => m.participants.includes('pham-minh-chinh')).map((m) => m.date)).toEqual([null]);
  });
});

describe('extractMeetings: the host who invited a visit is not whom it visits', () => {
  it.each([
    ['Tin', 'Sáng 12/7, Tổng Bí thư Tô Lâm lên đường thăm chính thức Lào theo lời mời của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.'],
    ['Tin', 'Tối 12/7, Tổng Bí thư Tô Lâm kết thúc chuyến thăm chính thức Lào theo lời mời của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.'],
    ['Tin', 'Sáng 12/7, Tổng Bí thư Tô Lâm đã đến Viêng Chăn, bắt đầu chuyến thăm chính thức Lào theo lời mời của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.'],
    ['News', 'On July 12, General Secretary To Lam began an official visit to Laos at the invitation of Lao General Secretary and President Thongloun Sisoulith.'],
  ])('gives the visit to the visitor named before it, with the host (%s): %s', (title, sentence) => {
    const facts = analyse('2025-07-13', title, sentence);
    expect(rows(facts)).toEqual([expect.objectContaining({ kind: 'visit', participants: ['thongloun-sisoulith', 'to-lam'], date: '2025-07-12' })]);
    expect(facts.meetings[0]!.host).toEqual(['thongloun-sisoulith']);
  });
});

describe('extractMeetings: a visit owned by a pronoun after a reception', () => {
  it('is the visit of the one received ("X received Y during his visit")', () => {
    const sentence = 'On July 12, Lao President Thongloun Sisoulith received Prime Minister Pham Minh Chinh during his official visit to Laos.';
    expect(rows(analyse('2025-07-13', 'News', sentence)).filter((m) => m.kind === 'visit')).toEqual([expect.objectContaining({ participants: ['pham-minh-chinh'], place: 'Laos' })]);
  });

  it('is still the subject\'s after a courtesy call the subject paid ("X paid a courtesy call on Y during his visit")', () => {
    const sentence = 'On July 12, Prime Minister Pham Minh Chinh paid a courtesy call on Lao President Thongloun Sisoulith during his official visit to Laos.';
    expect(rows(analyse('2025-07-13', 'News', sentence)).filter((m) => m.kind === 'visit')).toEqual([expect.objectContaining({ participants: ['pham-minh-chinh'], place: 'Laos' })]);
  });
});

describe('extractMeetings: a country after a delegation word, before the one received', () => {
  it.each([
    'Chiều 18/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào Sonexay Siphandone.',
    'Chiều 18/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ Sonexay Siphandone.',
    'Chiều 18/3, Thủ tướng Phạm Minh Chính tiếp ông Sonexay Siphandone.',
  ])('reads the one received after it: %s', (sentence) => {
    expect(rows(analyse('2025-03-19', 'Tin', sentence))).toEqual([expect.objectContaining({ kind: 'reception', participants: ['pham-minh-chinh', 'sonexay-siphandone'] })]);
  });

  it('passes over no more than the country: other words still end the object\'s reach', () => {
    expect(analyse('2025-03-19', 'Tin', 'Chiều 18/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào và nhắc tới Sonexay Siphandone.').meetings).toEqual([]);
  });
});

describe('extractMeetings: a plural meeting noun with several people after it', () => {
  it('is one meeting with each of them ("held bilateral meetings with A and B")', () => {
    const facts = analyse('2025-03-19', 'News', 'Prime Minister Pham Minh Chinh held bilateral meetings with Lao Prime Minister Sonexay Siphandone and Lao President Thongloun Sisoulith.');
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+sonexay-siphandone', 'pham-minh-chinh+thongloun-sisoulith']);
  });

  it('keeps a singular one of all of them', () => {
    const facts = analyse('2025-03-19', 'News', 'Prime Minister Pham Minh Chinh held a bilateral meeting with Lao Prime Minister Sonexay Siphandone and Lao President Thongloun Sisoulith.');
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+sonexay-siphandone+thongloun-sisoulith']);
  });
});

describe('extractMeetings: calls told with "made" and in the plural', () => {
  it('takes "made" as a light verb ("made his first phone call to Y")', () => {
    const facts = analyse('2025-03-19', 'News', 'Prime Minister Pham Minh Chinh made his first phone call to Lao Prime Minister Sonexay Siphandone.');
    expect(rows(facts)).toEqual([expect.objectContaining({ kind: 'phone_call', participants: ['pham-minh-chinh', 'sonexay-siphandone'] })]);
  });

  it.each([['for the first time'], ['in person'], ['face to face']])('passes over "%s" between a meeting verb and its object', (how) => {
    const facts = analyse('2025-03-19', 'News', `Prime Minister Pham Minh Chinh met ${how} with Lao Prime Minister Sonexay Siphandone in Vientiane.`);
    expect(rows(facts)).toEqual([expect.objectContaining({ participants: ['pham-minh-chinh', 'sonexay-siphandone'] })]);
  });

  it('takes the doer inside a Vietnamese passive that opens the sentence for a side of the meeting it was said at ("Thông báo trên được X đưa ra tại cuộc gặp với Y")', () => {
    const facts = analyse('2025-03-19', 'Tin', 'Thông báo trên được Thủ tướng Phạm Minh Chính đưa ra tại cuộc gặp với Thủ tướng Lào Sonexay Siphandone ngày 18/3.');
    expect(rows(facts).map((r) => [...r.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it.each([
    ['vi', 'Tin', 'Tổng thống Nga Vladimir Putin đã điện đàm với ứng cử viên tổng thống Lào Thongloun Sisoulith.'],
    ['en', 'News', 'Russian President Vladimir Putin spoke by phone with presidential candidate Thongloun Sisoulith.'],
  ])('passes over a candidacy before the side met (%s)', (_lang, title, sentence) => {
    const facts = analyse('2016-03-10', title, sentence);
    expect(rows(facts).map((r) => [...r.participants].sort())).toEqual([['thongloun-sisoulith', 'vladimir-putin']]);
  });

  it.each([['briefly'], ['privately'], ['virtually']])('reads a phrase of two words with "%s" inside it ("spoke briefly with Y")', (how) => {
    const facts = analyse('2025-03-19', 'News', `Prime Minister Pham Minh Chinh also spoke ${how} with Lao Prime Minister Sonexay Siphandone.`);
    expect(rows(facts).map((r) => [...r.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads "had interactions with Y" as a meeting, as the Indian press tells a leader\'s round at a summit', () => {
    const facts = analyse('2025-03-19', 'News', 'Prime Minister Pham Minh Chinh had informal interactions with Lao Prime Minister Sonexay Siphandone on the sidelines of the summit.');
    expect(rows(facts).map((r) => [r.kind, [...r.participants].sort()])).toEqual([['other', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    ['Thủ tướng Lào Sonexay Siphandone bày tỏ vui mừng được gặp lại Thủ tướng Phạm Minh Chính tại Hà Nội.'],
    ['Thủ tướng Lào Sonexay Siphandone rất vinh dự được đón Thủ tướng Phạm Minh Chính tại Viêng Chăn.'],
  ])('reads the one glad or honoured to meet someone as a side of that meeting: %s', (sentence) => {
    const facts = analyse('2025-03-19', 'Tin', sentence);
    expect(rows(facts).map((r) => [...r.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it.each([['to welcome'], ['to honour']])('reads the guest of a banquet after "%s" as after "for"', (linker) => {
    const facts = analyse('2025-03-19', 'News', `Prime Minister Pham Minh Chinh hosted a banquet on March 18 ${linker} Lao Prime Minister Sonexay Siphandone and his wife.`);
    expect(rows(facts).map((r) => [r.kind, [...r.participants].sort()])).toEqual([['reception', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    ['en', 'News', 'Prime Minister Pham Minh Chinh received a call from Lao Prime Minister Sonexay Siphandone on Monday.', 'phone_call'],
    ['vi', 'Tin', 'Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã có cuộc trò chuyện qua liên kết video.', 'online_talks'],
    ['vi', 'Tin', 'Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã họp song phương.', 'talks'],
  ])('reads a call received, a talk over a video link and a bilateral meeting told as "họp" (%s: %s)', (_lang, title, sentence, kind) => {
    const facts = analyse('2025-03-19', title, sentence);
    expect(rows(facts).map((r) => [r.kind, [...r.participants].sort()])).toEqual([[kind, ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    ['en', 'News', 'General Secretary To Lam and Prime Minister Pham Minh Chinh received the visiting delegation at the Presidential Palace.'],
    ['vi', 'Tin', 'Tổng Bí thư Tô Lâm và Thủ tướng Phạm Minh Chính tiếp đoàn đại biểu tại Phủ Chủ tịch.'],
  ])('reads no meeting between hosts of one country who received someone not named (%s)', (_lang, title, sentence) => {
    expect(rows(analyse('2025-03-19', title, sentence))).toEqual([]);
    // Someone named received by them is met by both.
    const named = analyse('2025-03-19', title, sentence.replace(/the visiting delegation|đoàn đại biểu/u, _lang === 'en' ? 'Lao Prime Minister Sonexay Siphandone' : 'Thủ tướng Lào Sonexay Siphandone'));
    expect(rows(named).map((r) => [...r.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone', 'to-lam']]);
  });

  it('takes "began" as a light verb ("began talks with Y")', () => {
    const facts = analyse('2025-03-19', 'News', 'On Tuesday, state media reported that Prime Minister Pham Minh Chinh began talks with Lao Prime Minister Sonexay Siphandone.');
    expect(rows(facts)).toEqual([expect.objectContaining({ kind: 'talks', participants: ['pham-minh-chinh', 'sonexay-siphandone'] })]);
  });

  it('passes over "bắt đầu" before a meeting noun ("X đã bắt đầu cuộc điện đàm với Y")', () => {
    const facts = analyse('2025-03-19', 'Tin', 'Ngày 18/3, hãng thông tấn KPL cho biết Thủ tướng Lào Sonexay Siphandone đã bắt đầu cuộc điện đàm với Thủ tướng Phạm Minh Chính.');
    expect(rows(facts).map((r) => [r.kind, [...r.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads calls in the plural as one call with each ("received telephone calls from A and B")', () => {
    const facts = analyse('2025-03-19', 'News', 'Prime Minister Pham Minh Chinh received telephone calls from Lao Prime Minister Sonexay Siphandone and Lao President Thongloun Sisoulith.');
    expect(rows(facts).map((r) => [r.kind, r.participants])).toEqual([
      ['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']],
      ['phone_call', ['pham-minh-chinh', 'thongloun-sisoulith']],
    ]);
  });
});

describe('extractMeetings: people after the object, each with a day of their own', () => {
  it('gives each of them a meeting on their day ("spoke with A on Thursday, B on Friday and C on Monday")', () => {
    const facts = analyse(
      '2025-03-19',
      'News',
      'Prime Minister Pham Minh Chinh spoke with Lao Prime Minister Sonexay Siphandone on Thursday, Lao President Thongloun Sisoulith on Friday and General Secretary To Lam on Monday.',
    );
    expect(rows(facts).map((r) => [r.participants.join('+'), r.date]).sort()).toEqual([
      ['pham-minh-chinh+sonexay-siphandone', '2025-03-13'],
      ['pham-minh-chinh+thongloun-sisoulith', '2025-03-14'],
      ['pham-minh-chinh+to-lam', '2025-03-17'],
    ]);
  });

  it('gives a day after the last of a list to every one of them', () => {
    const facts = analyse('2025-03-19', 'News', 'Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone and Lao President Thongloun Sisoulith on Monday.');
    expect(rows(facts).map((r) => [r.participants.join('+'), r.date])).toEqual([
      ['pham-minh-chinh+sonexay-siphandone', '2025-03-17'],
      ['pham-minh-chinh+thongloun-sisoulith', '2025-03-17'],
    ]);
  });
});

describe('analyseArticle: a day inside the meeting\'s phrase', () => {
  it('dates the meeting by it ("spoke on Monday with Y")', () => {
    const facts = analyse('2025-03-13', 'News', 'Prime Minister Pham Minh Chinh spoke on Monday with Lao Prime Minister Sonexay Siphandone.');
    expect(rows(facts)).toEqual([expect.objectContaining({ kind: 'other', participants: ['pham-minh-chinh', 'sonexay-siphandone'], date: '2025-03-10' })]);
  });
});

describe('analyseArticle: a sentence saying on which day the meeting took place', () => {
  it.each([
    ['Tin', 'Ngày 5/3, theo báo chí Lào, Thủ tướng Phạm Minh Chính có cuộc điện đàm với Thủ tướng Lào Sonexay Siphandone.', 'Cuộc điện đàm diễn ra ngày 4/3.'],
    ['News', 'On March 5, Prime Minister Pham Minh Chinh held a phone call with Lao Prime Minister Sonexay Siphandone, Lao media reported.', 'The phone call took place on March 4.'],
  ])('dates the meeting being told (%s)', (title, lead, heldOn) => {
    expect(rows(analyse('2025-03-06', title, lead, heldOn)).map((m) => [m.kind, m.date])).toEqual([['phone_call', '2025-03-04']]);
  });

  it('does not move it to a recalled meeting\'s day, or far', () => {
    const recalled = analyse('2025-03-06', 'News', 'On March 5, Prime Minister Pham Minh Chinh held a phone call with Lao Prime Minister Sonexay Siphandone.', 'The previous phone call took place on March 4.');
    expect(rows(recalled).map((m) => m.date)).toEqual(['2025-03-05']);
    const far = analyse('2025-03-06', 'Tin', 'Ngày 5/3, Thủ tướng Phạm Minh Chính có cuộc điện đàm với Thủ tướng Lào Sonexay Siphandone.', 'Cuộc điện đàm diễn ra ngày 20/2.');
    expect(rows(far).map((m) => m.date)).toEqual(['2025-03-05']);
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

  it('reads the UN Secretary-General\'s title in the older spelling "Liên Hiệp Quốc" as the registry\'s title', () => {
    const text = 'Cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã có cuộc hội kiến với Tổng Thư ký Liên Hiệp Quốc Ban Ki-moon.';
    expect(meetingPairs(reading(read(` date 2016-05-27\nTin\n${text}\n`)).facts)).toEqual(['ban-ki-moon+nguyen-xuan-phuc']);
  });

  it('takes "the two kings" for the two monarchs named before it, whatever each is styled (a sultan and a king)', () => {
    const text = 'Sultan Hassanal Bolkiah and Al-Sultan Abdullah then planted a tree in the palace grounds. The two kings then held a meeting, during which they discussed bilateral relations.';
    expect(meetingPairs(reading(read(` date 2023-03-08\nState visit\n${text}\n`)).facts)).toEqual(['abdullah-of-pahang+hassanal-bolkiah']);
  });

  it('gives the subject a meeting with each of three or more people met of three countries or more, unless the telling joined them', () => {
    const pairs = (text: string) =>
      meetingPairs(reading(read(` date 2019-06-23\nLeaders meet\n${text}\n`)).facts);
    expect(
      pairs('Indonesian President Joko Widodo also met Thai Prime Minister Prayut Chan-o-cha, Vietnamese Prime Minister Nguyen Xuan Phuc and Singaporean Prime Minister Lee Hsien Loong during the summit.'),
    ).toEqual(['joko-widodo+prayut-chan-o-cha', 'joko-widodo+nguyen-xuan-phuc', 'joko-widodo+lee-hsien-loong']);
    // Two people met, or a meeting the telling calls trilateral, stay one meeting.
    expect(pairs('Lao President Bounnhang Vorachith met with Vietnamese Prime Minister Nguyen Xuan Phuc and Cambodian Prime Minister Hun Sen in Hanoi.')).toEqual([
      'bounnhang-vorachith+hun-sen+nguyen-xuan-phuc',
    ]);
  });

  it.each([
    ['Malaysian and Lao counterparts Mohamad Hasan and Thongsavanh Phomvihane', ['le-hoai-trung+mohamad-hasan', 'le-hoai-trung+thongsavanh-phomvihane']],
    ['Malaysian, Lao and Thai counterparts Mohamad Hasan, Thongsavanh Phomvihane and Sihasak Phuangketkeow', ['le-hoai-trung+mohamad-hasan', 'le-hoai-trung+sihasak-phuangketkeow', 'le-hoai-trung+thongsavanh-phomvihane']],
    // Malaysia's government styles its ministers with the higher grade of "Dato' Seri" and the pilgrim's "Haji".
    ['Malaysian and Lao counterparts Dato’ Seri Utama Haji Mohamad bin Haji Hasan and Thongsavanh Phomvihane', ['le-hoai-trung+mohamad-hasan', 'le-hoai-trung+thongsavanh-phomvihane']],
  ])('gives a call with each person after a plural counterpart noun of several countries: %s', (object, pairs) => {
    const text = `Foreign Minister Le Hoai Trung held separate phone conversations with ${object} on December 12.`;
    expect(meetingPairs(reading(read(` date 2025-12-13\nCalls\n${text}\n`)).facts).sort()).toEqual(pairs);
  });

  it.each(['paid separate courtesy calls on', 'paid separate courtesy visits to'])('gives a courtesy call with each person after the plural noun ("%s A and B")', (phrase) => {
    const text = `Prime Minister Pham Minh Chinh ${phrase} Lao President Thongloun Sisoulith and National Assembly Chairman Saysomphone Phomvihane on December 12.`;
    expect(meetingPairs(reading(read(` date 2025-12-13\nCalls\n${text}\n`)).facts).sort()).toEqual(['pham-minh-chinh+saysomphone-phomvihane', 'pham-minh-chinh+thongloun-sisoulith']);
  });

  it.each(['Madam', 'Mdm'])('reads "%s" before a woman\'s short name as her style, so she is the subject of a second predicate', (style) => {
    const text = `Singaporean President Halimah Yacob welcomed Vice President Vo Thi Anh Xuan.\n${style} Xuan arrived in Singapore on Sunday and called on Prime Minister Lee Hsien Loong on Monday.`;
    expect(meetingPairs(reading(read(` date 2023-08-14\nLeaders meet\n${text}\n`)).facts)).toContain('lee-hsien-loong+vo-thi-anh-xuan');
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

describe('extractMeetings: the sides after a fronted meeting, counted ("hai Thủ tướng A và B", "both A and B")', () => {
  it.each([
    'Trong cuộc hội đàm tại Hà Nội chiều 13/11, hai Thủ tướng Phạm Minh Chính và Sonexay Siphandone đã bàn về hợp tác kinh tế.',
    'During the talks in Hanoi on November 13, both Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone stressed economic ties.',
  ])('are the sides of the meeting: %s', (sentence) => {
    expect(rows(analyse('2025-11-14', 'Tin', sentence)).map((m) => [m.kind, m.participants])).toEqual([['talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });
});

describe('extractMeetings: a list whose first person carries a role set off by commas', () => {
  it('goes on past the comma that closes the role, before "and"', () => {
    const sentence = 'Prime Minister Pham Minh Chinh met Sonexay Siphandone, Prime Minister of Laos, and Thongloun Sisoulith.';
    expect(meetingPairs(analyse('2025-03-19', 'News', sentence))).toEqual(['pham-minh-chinh+sonexay-siphandone+thongloun-sisoulith']);
  });

  it('reaches a titled person after it too, met in turn as any two office-holders of one country are', () => {
    const sentence = 'Prime Minister Pham Minh Chinh met Sonexay Siphandone, the Lao Prime Minister, and Lao President Thongloun Sisoulith.';
    expect(meetingPairs(analyse('2025-03-19', 'News', sentence))).toEqual(['pham-minh-chinh+sonexay-siphandone', 'pham-minh-chinh+thongloun-sisoulith']);
  });

  it('still ends at ", and" after a name with no role ("met A, and B said …")', () => {
    const facts = analyse('2025-03-19', 'News', 'Prime Minister Pham Minh Chinh met Sonexay Siphandone, and Thongloun Sisoulith said the talks went well.');
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });
});

describe('extractMeetings: two people after "A, và B" that ends the sentence', () => {
  it.each([
    ['vi', 'Chiều 1/12, Thủ tướng Phạm Minh Chính điện đàm với Tổng thống Nga Vladimir Putin, và Thủ tướng Lào Sonexay Siphandone.'],
    ['en', 'On December 1, Prime Minister Pham Minh Chinh spoke by phone with Russian President Vladimir Putin, and Lao Prime Minister Sonexay Siphandone.'],
  ])('reaches the second, the sentence\'s last words (%s)', (_language, sentence) => {
    expect(meetingPairs(analyse('2025-12-02', 'Tin', sentence))).toEqual(['pham-minh-chinh+vladimir-putin', 'pham-minh-chinh+sonexay-siphandone']);
  });

  it('does not reach a person after the comma who starts a clause of their own', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Chiều 1/12, Thủ tướng Phạm Minh Chính điện đàm với Tổng thống Nga Vladimir Putin, và Thủ tướng Lào Sonexay Siphandone cho biết sẽ thăm Nga.');
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+vladimir-putin']);
  });
});

describe('extractMeetings: leaders of two countries met at a gathering', () => {
  it.each([
    ['en', 'Prime Minister Pham Minh Chinh met Russian President Vladimir Putin and Lao Prime Minister Sonexay Siphandone on the sidelines of the summit.'],
    ['vi', 'Nhân dịp dự Hội nghị cấp cao, Thủ tướng Phạm Minh Chính đã gặp Tổng thống Nga Vladimir Putin và Thủ tướng Lào Sonexay Siphandone.'],
  ])('are met one by one (%s)', (_language, sentence) => {
    expect(meetingPairs(analyse('2025-12-02', 'News', sentence))).toEqual(['pham-minh-chinh+vladimir-putin', 'pham-minh-chinh+sonexay-siphandone']);
  });

  it('are met together where no gathering is told (a meeting of three leaders in a capital)', () => {
    const sentence = 'Prime Minister Pham Minh Chinh met Russian President Vladimir Putin and Lao Prime Minister Sonexay Siphandone in Hanoi.';
    expect(meetingPairs(analyse('2025-12-02', 'News', sentence))).toEqual(['pham-minh-chinh+sonexay-siphandone+vladimir-putin']);
  });
});

describe('analyseArticle: a meeting told as one, then one by one', () => {
  it('keeps the meetings one by one ("X gặp A và B" above "X đã có các cuộc gặp A và B")', () => {
    const facts = analyse(
      '2025-12-02',
      'Thủ tướng Phạm Minh Chính gặp Tổng thống Nga và Thủ tướng Lào',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính đã có các cuộc gặp Tổng thống Nga Vladimir Putin và Thủ tướng Lào Sonexay Siphandone.',
    );
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+vladimir-putin', 'pham-minh-chinh+sonexay-siphandone']);
  });
});

describe('analyseArticle: people who also attended a meeting just told', () => {
  it.each([
    ['en', 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone on December 1.', 'Party General Secretary To Lam and Lao President Thongloun Sisoulith also attended the talks.'],
    ['vi', 'Ngày 1/12, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.', 'Tổng Bí thư Tô Lâm và Chủ tịch nước Lào Thongloun Sisoulith cũng tham dự cuộc hội đàm.'],
  ])('join it, not a meeting of their own (%s)', (_language, talks, attended) => {
    expect(meetingPairs(analyse('2025-12-02', 'News', talks, attended))).toEqual(['pham-minh-chinh+sonexay-siphandone+thongloun-sisoulith+to-lam']);
  });
});

describe('extractMeetings: a meeting noun in a setting, its other side shared "with" before it', () => {
  it.each([
    ['en', 'Prime Minister Pham Minh Chinh discussed with Lao Prime Minister Sonexay Siphandone regional developments at a bilateral meeting on December 1.'],
    ['vi', 'Thủ tướng Phạm Minh Chính đã trao đổi với Thủ tướng Lào Sonexay Siphandone về tình hình khu vực tại cuộc gặp ngày 1/12.'],
  ])('is a meeting of the subject and that side (%s)', (_language, sentence) => {
    expect(meetingPairs(analyse('2025-12-02', 'News', sentence))).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });
});

describe('extractMeetings: a list with a person the registry does not know, titled by a title it does not list', () => {
  it('goes on past them, and at a gathering meets each on their own (the stranger too, as someone found)', () => {
    const facts = analyse(
      '2025-12-02',
      'News',
      'Prime Minister Pham Minh Chinh met Russian President Vladimir Putin, Saudi Crown Prince and Prime Minister Mohammed bin Salman and Lao Prime Minister Sonexay Siphandone on the sidelines of the summit.',
    );
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.others])).toEqual([
      [['pham-minh-chinh', 'vladimir-putin'], []],
      [['pham-minh-chinh'], ['Mohammed bin Salman']],
      [['pham-minh-chinh', 'sonexay-siphandone'], []],
    ]);
  });
});

describe('analyseArticle: people of one country who travelled abroad together', () => {
  it.each([
    ['en', 'Prime Minister Pham Minh Chinh accompanied General Secretary To Lam in a courtesy visit to Laos on December 1.'],
    ['en', 'Prime Minister Pham Minh Chinh and General Secretary To Lam visited Laos on December 1.'],
    ['vi', 'Ngày 1/12, Thủ tướng Phạm Minh Chính và Tổng Bí thư Tô Lâm thăm Lào.'],
  ])('are each a visitor, not a meeting of the two (%s)', (_language, sentence) => {
    expect(analyse('2025-12-02', 'News', sentence).meetings.map((m) => [m.kind, m.participants])).toEqual([
      ['visit', ['pham-minh-chinh']],
      ['visit', ['to-lam']],
    ]);
  });

  it('still meet when one of them is of the country they went to', () => {
    const facts = analyse('2025-12-02', 'News', 'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone visited Laos on December 1.');
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });
});

describe('extractMeetings: a call with no other side in its clause, the other side named in a fronted occasion clause', () => {
  it('"Nhân dịp đồng chí Y được bầu …, X đã điện đàm chúc mừng" is a call with Y, named again by a title in the clause or not', () => {
    for (const clause of ['Nhân dịp đồng chí Phạm Minh Chính được bầu làm Thủ tướng Chính phủ nước CHXHCN Việt Nam', 'Nhân dịp đồng chí Phạm Minh Chính được bầu']) {
      const facts = analyse('2025-12-02', 'Tin', `${clause}, ngày 1/12, Thủ tướng Lào Sonexay Siphandone đã điện đàm chúc mừng.`);
      expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
    }
  });

  it.each(['điện đàm chúc mừng', 'điện đàm để chúc mừng'])('"X đã %s Y": the one congratulated is the call\'s other side', (words) => {
    const facts = analyse('2025-12-02', 'Tin', `Sau khi Quốc hội bầu ông Phạm Minh Chính làm Thủ tướng, Thủ tướng Lào Sonexay Siphandone đã ${words} ông Phạm Minh Chính.`);
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('takes nobody from a fronted clause that is no occasion, or that names two people', () => {
    expect(analyse('2025-12-02', 'Tin', 'Sau khi đồng chí Phạm Minh Chính phát biểu, Thủ tướng Lào Sonexay Siphandone đã điện đàm chúc mừng.').meetings.filter((m) => m.participants.length >= 2)).toEqual([]);
    expect(
      analyse('2025-12-02', 'Tin', 'Nhân dịp đồng chí Phạm Minh Chính và đồng chí Tô Lâm được bầu, Thủ tướng Lào Sonexay Siphandone đã điện đàm chúc mừng.').meetings.filter((m) => m.participants.length >= 2),
    ).toEqual([]);
  });
});

describe('extractMeetings: handshakes with several people', () => {
  it('are one with each ("X shook hands with A and B")', () => {
    const facts = analyse('2025-12-02', 'News', 'On December 1, Prime Minister Pham Minh Chinh shook hands with Russian President Vladimir Putin and Lao President Thongloun Sisoulith.');
    expect(meetingPairs(facts)).toEqual(['pham-minh-chinh+vladimir-putin', 'pham-minh-chinh+thongloun-sisoulith']);
  });
});

describe('a list whose next person has a modifier before the title ("and new UK Prime Minister Y", "và tân Thủ tướng Y")', () => {
  it('reads the person after the modifier as one more item of the object, so three countries are three meetings', () => {
    const text = 'Prime Minister Pham Minh Chinh met with French President Emmanuel Macron, Indian Prime Minister Narendra Modi and new UK Prime Minister Rishi Sunak.';
    expect(meetingPairs(reading(read(` date 2022-11-17\nTalks\n${text}\n`)).facts).sort()).toEqual([
      'emmanuel-macron+pham-minh-chinh',
      'narendra-modi+pham-minh-chinh',
      'pham-minh-chinh+rishi-sunak',
    ]);
  });

  it('reads a joint subject whose second person is "tân" (new) as both parties of the call', () => {
    const text = 'Thủ tướng Campuchia Hun Manet và tân Thủ tướng Thái Lan Srettha Thavisin có cuộc điện đàm ngày 5/9.';
    expect(meetingPairs(reading(read(` date 2023-09-06\nĐiện đàm\n${text}\n`)).facts)).toEqual(['hun-manet+srettha-thavisin']);
  });
});

describe('a person named in an "including" aside before the subject', () => {
  it.each([
    'As some leaders headed to the airport, including Indonesian President Joko Widodo, Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone.',
    'Khi các nhà lãnh đạo ra sân bay, bao gồm Tổng thống Indonesia Joko Widodo, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Lào Sonexay Siphandone.',
  ])('is not a co-subject of the person after its comma: %s', (text) => {
    expect(meetingPairs(reading(read(` date 2022-11-17\nTalks\n${text}\n`)).facts)).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });
});

describe('a time still to come in a meeting word\'s own phrase ("later this year", "trong tháng tới")', () => {
  it.each([
    "Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone on Monday, discussing General Secretary To Lam's state visit to Laos later this year.",
    'Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone ngày 5/5, trao đổi về chuyến thăm Lào của Tổng Bí thư Tô Lâm trong tháng tới.',
  ])('makes that meeting planned, not held, and keeps the one told before it: %s', (sentence) => {
    expect(analyse('2025-05-06', 'News', sentence).meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['reception', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('does not reach past a comma: a time after the clause is not the meeting\'s', () => {
    const sentence = 'Prime Minister Pham Minh Chinh met Sonexay Siphandone, who flies to Tokyo next week.';
    expect(meetingPairs(analyse('2025-05-06', 'News', sentence))).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });
});

describe('another verb told with the phone ("discussed on the phone with Y")', () => {
  it.each(['discussed on the phone with', 'discussed by phone with', 'conferred by telephone with', 'chatted on the phone with', 'has spoken by phone to'])('reads "X %s Y" as a phone call', (phrase) => {
    const sentence = `Prime Minister Pham Minh Chinh on May 29 ${phrase} his Lao counterpart Sonexay Siphandone bilateral ties and the pandemic.`;
    expect(analyse('2025-05-30', 'News', sentence).meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });
});

describe('"the visits of A and B"', () => {
  it('are a visit of each, not a meeting of the two', () => {
    const sentence = 'He affirmed that the recent visits of General Secretary Thongloun Sisoulith and Prime Minister Sonexay Siphandone showed the special relations.';
    const facts = analyse('2025-05-30', 'News', sentence);
    expect(meetingPairs(facts)).toEqual([]);
    expect(facts.meetings.map((m) => [m.kind, m.participants])).toEqual([
      ['visit', ['thongloun-sisoulith']],
      ['visit', ['sonexay-siphandone']],
    ]);
  });
});

describe('a date far into what a speech verb says after the meeting word', () => {
  it.each([
    ['2026-02-08', { date: '2026-02-07', approx: null }],
    [null, { date: null, approx: null }],
  ])('is the content\'s, not the meeting\'s (article date %s)', (articleDate, when) => {
    const sentence =
      'Chiều 7/2, tại cuộc gặp giữa Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone tại Viêng Chăn, hai bên đã tái khẳng định cam kết tăng cường hợp tác nhằm đạt kim ngạch 700 triệu USD vào năm 2030.';
    expect(analyse(articleDate, 'Tin', sentence).meetings.map((m) => ({ date: m.when.date, approx: m.when.approx }))).toEqual([when]);
  });

  it('leaves the day right after the verb to the saying and the meeting it tells', () => {
    const sentence = 'Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone, the ministry said on Monday.';
    expect(analyse('2025-12-03', 'News', sentence).meetings.map((m) => m.when.date)).toEqual(['2025-12-01']);
  });
});

describe('the Commonwealth style "the Hon." before a name', () => {
  it.each(['the Hon.', 'Hon.'])('reads "held a telephone talk with %s Y, MP, Prime Minister of …" as a call with Y', (style) => {
    const sentence = `On March 6, Mr. Pham Minh Chinh, Prime Minister of Viet Nam, held a telephone talk with ${style} Sonexay Siphandone, MP, Prime Minister of the Lao PDR.`;
    expect(analyse('2025-03-07', 'News', sentence).meetings.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });
});

describe('a day told with a news report before the meeting ("Tờ X ngày 19/8 đưa tin, …")', () => {
  it.each([
    'Tờ Times of India ngày 19/8 đưa tin, Thủ tướng Phạm Minh Chính mới đây đã có cuộc gặp song phương với Thủ tướng Lào Sonexay Siphandone.',
    'The Times of India on August 19 reported that Prime Minister Pham Minh Chinh had recently met Lao Prime Minister Sonexay Siphandone.',
    'Tờ Vientiane Times ngày 19/8 đăng bài về cuộc gặp giữa Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone.',
  ])('dates the report, not the meeting: %s', (sentence) => {
    expect(analyse('2025-08-20', 'News', sentence).meetings.map((m) => [[...m.participants].sort(), m.when.date])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], null]]);
  });

  it('leaves a day after the report\'s verb to the meeting ("AKP đưa tin, chiều 7/2, …")', () => {
    const sentence = 'Thông tấn xã Campuchia đưa tin, chiều 7/2, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Lào Sonexay Siphandone.';
    expect(analyse('2025-02-08', 'News', sentence).meetings.map((m) => m.when.date)).toEqual(['2025-02-07']);
  });
});
