import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang';
import { vi } from '../../src/lang/vi';
import { rulesFor } from '../../src/corpus/language-rules';
import { analyse, meetingPairs, quoteRows } from '../corpus/statement-fixture';

// The Vietnamese descriptor's test table: constructed text in the shapes of the Vietnamese press,
// read by the one engine with the Vietnamese rules. People are those of the frozen ten-person
// registry (tests/fixtures/registry-ten).
const meetings = (date: string, ...text: string[]) => analyse(date, 'Tin', ...text).meetings;

describe('the Vietnamese descriptor', () => {
  it('reads "người đứng đầu nước Nga" (the head of Russia), a qualifier word before the country, as the Russian leader the article named', () => {
    const rows = quoteRows(
      analyse('2025-12-02', 'Tin', 'Chủ tịch nước Lương Cường hội đàm với Tổng thống Nga Vladimir Putin ngày 1/12.', 'Trong cuộc hội đàm, người đứng đầu nước Nga khẳng định coi trọng quan hệ với Việt Nam.'),
      2,
    );
    expect(rows.at(-1)).toEqual(['vladimir-putin', 'reported', 'khẳng định']);
  });

  it('reads a pointer to "a similar call" ("Trong cuộc điện đàm tương tự") as another meeting than the one told, with the sides its clause names', () => {
    const found = meetings(
      '2025-12-02',
      'Trong cuộc điện đàm hôm 1/12, Chủ tịch nước Lương Cường đã trao đổi với Tổng thống Nga Vladimir Putin về nhiều vấn đề.',
      'Trong cuộc điện đàm tương tự cùng ngày, Thủ tướng Lào Sonexay Siphandone cho biết ông và Chủ tịch nước Lương Cường đã thảo luận về hợp tác.',
    );
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([
      ['phone_call', ['luong-cuong', 'vladimir-putin']],
      ['phone_call', ['luong-cuong', 'sonexay-siphandone']],
    ]);
  });

  it('passes over a party secretary-general\'s role with its acronym before the person\'s state title ("với Tổng Thư ký Đảng X (ABC), Thủ tướng Y")', () => {
    const found = meetings('2025-12-02', 'Chiều 30/11, Tổng Bí thư Tô Lâm đã điện đàm với Tổng Thư ký Đảng Đoàn kết Nhân dân (PSP), Thủ tướng Lào Sonexay Siphandone.');
    expect(found.map((m) => [m.kind, m.participants])).toEqual([['phone_call', ['to-lam', 'sonexay-siphandone']]]);
  });

  it('reads "Ông" after a sentence opened by a person the index does not hold ("Đại sứ Campuchia X chúc mừng …") as that person, not the last one named', () => {
    const found = analyse('2025-12-02', 'Tin', 'Tổng Bí thư Tô Lâm tiếp Đại sứ Campuchia tại Hà Nội.', 'Đại sứ Campuchia Chay Navuth chúc mừng thành công của Đại hội.', 'Ông cảm ơn sự ủng hộ quý báu của Việt Nam.');
    expect(found.quotes.filter((q) => q.evidence.startsWith('Ông cảm ơn'))).toEqual([]);
  });

  it('reads a call placed to someone ("gọi cho Y", "gọi điện đến cho Y") as a call, and an appeal made for someone ("kêu gọi cho", a speech verb) as none', () => {
    expect(meetings('2025-12-02', 'Tối 1/12, Tổng thống Nga Vladimir Putin gọi cho Tổng Bí thư Tô Lâm.').map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['to-lam', 'vladimir-putin']]]);
    expect(meetings('2025-12-02', 'Tối 1/12, Tổng thống Nga Vladimir Putin gọi điện đến cho Tổng Bí thư Tô Lâm.').map((m) => [m.kind, [...m.participants].sort()])).toEqual([['phone_call', ['to-lam', 'vladimir-putin']]]);
    expect(meetings('2025-12-02', 'Tổng thống Nga Vladimir Putin kêu gọi cho Tổng Bí thư Tô Lâm một cơ hội.')).toEqual([]);
  });

  it('looks for no place inside a meeting phrase, whose words nothing splits (the pattern only ever met a syllable of something else)', () => {
    expect(vi.adjunctsInsidePhrases).toBe(false);
    expect('Đại sứ Trung Quốc tại Việt Nam đến thăm Tổng Bí thư Tô Lâm.'.match(rulesFor('vi').meetingWordGapped)).toBeNull();
    expect('President Vladimir Putin spoke on Monday with General Secretary To Lam.'.match(rulesFor('en').meetingWordGapped)).not.toBeNull();
  });

  it('is what the engine detects for Vietnamese text, with or without diacritics in names', () => {
    expect(detectLanguage('Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.')).toBe('vi');
    expect(vi.shortFormNeedsHonorific).toBe(true);
  });

  it.each([
    ['Chiều 1/12, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith tại Vientiane.', 'talks', '2025-12-01', 'Vientiane'],
    ['Tối 1/12, Chủ tịch nước Lương Cường điện đàm với Tổng thống Nga Vladimir Putin.', 'phone_call', '2025-12-01', null],
    ['Sáng 1/12, Thủ tướng Phạm Minh Chính hội đàm trực tuyến với Thủ tướng Lào Sonexay Siphandone.', 'online_talks', '2025-12-01', null],
    ['Chiều 1/12, tại Hà Nội, Thủ tướng Lào Sonexay Siphandone hội kiến Tổng Bí thư Tô Lâm.', 'courtesy_call', '2025-12-01', 'Hà Nội'],
    ['Sáng 1/12, Thủ tướng Phạm Minh Chính tiếp đồng chí Thongsalith Mangnomek.', 'reception', '2025-12-01', null],
    ['Ngày 1/12, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã tiến hành hội đàm.', 'talks', '2025-12-01', null],
    ['Hôm 1/12, Thủ tướng Phạm Minh Chính đã có cuộc trao đổi với Thủ tướng Lào Sonexay Siphandone.', 'other', '2025-12-01', null],
    ['Hôm 1/12, Thủ tướng Phạm Minh Chính đã có cuộc trao đổi trực tuyến với Thủ tướng Lào Sonexay Siphandone.', 'online_talks', '2025-12-01', null],
    ['Tối 1/12, Chủ tịch nước Lương Cường đã có cuộc điện đàm đầu tiên với Tổng thống Nga Vladimir Putin.', 'phone_call', '2025-12-01', null],
    ['Nhận lời mời của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Lào từ ngày 1 đến 2/12.', 'visit', '2025-12-01', 'Lào'],
  ])('reads %j as %s on %s at %s', (sentence, kind, date, place) => {
    const found = meetings('2025-12-02', sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind, when: expect.objectContaining({ date }), place });
    expect(found[0]!.participants).toHaveLength(2);
  });

  it.each([
    ['khẳng định', 'Thủ tướng Phạm Minh Chính khẳng định Việt Nam coi trọng quan hệ với Lào.'],
    ['tái khẳng định', 'Thủ tướng Phạm Minh Chính tái khẳng định Việt Nam coi trọng quan hệ với Lào.'],
    ['nhấn mạnh', 'Thủ tướng Phạm Minh Chính nhấn mạnh tầm quan trọng của kết nối.'],
    ['cảm ơn', 'Thủ tướng Lào Sonexay Siphandone cảm ơn Việt Nam đã hỗ trợ.'],
    ['đề nghị', 'Thủ tướng Lào Sonexay Siphandone đề nghị hai bên tăng cường đầu tư.'],
    ['bày tỏ', 'Thủ tướng Lào Sonexay Siphandone bày tỏ vui mừng trước kết quả hợp tác.'],
    ['nêu rõ', 'Thủ tướng Phạm Minh Chính nêu rõ, chuyến thăm là cột mốc quan trọng của quan hệ hai nước.'],
    ['mô tả', 'Thủ tướng Phạm Minh Chính mô tả chuyến thăm là cột mốc quan trọng của quan hệ hai nước.'],
    ['nhận lời mời', 'Thủ tướng Lào Sonexay Siphandone vui vẻ nhận lời mời thăm Việt Nam vào thời gian thích hợp.'],
  ])('attributes a statement introduced by "%s"', (_verb, sentence) => {
    const facts = analyse('2025-12-02', 'Tin', sentence);
    expect(facts.quotes).toHaveLength(1);
  });

  it.each([
    '“Tôi mong muốn hợp tác chặt chẽ với ngài để tăng cường tình hữu nghị giữa hai nước”, Thủ tướng Phạm Minh Chính viết.',
    'Trên trang cá nhân, Thủ tướng Phạm Minh Chính viết: “Tôi rất vui được làm việc với ngài trong nhiệm kỳ mới”.',
  ])('reads a post quoted, "viết" closing or opening the quotation, as a statement: %j', (sentence) => {
    expect(analyse('2025-12-02', 'Tin', sentence).quotes.map((q) => q.speakers)).toEqual([['pham-minh-chinh']]);
  });

  it('does not read a letter written, which quotes nothing, as a statement', () => {
    expect(analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính viết thư gửi Thủ tướng Lào Sonexay Siphandone.').quotes).toEqual([]);
  });

  it.each([
    ['"Ông" after a single subject', 'Ông cho biết hai bên sẽ tăng cường hợp tác.', ['sonexay-siphandone']],
    ['"ông" + the last syllable', 'Ông Chính khẳng định hai bên sẽ tăng cường hợp tác.', ['pham-minh-chinh']],
    ['"hai nhà lãnh đạo"', 'Hai nhà lãnh đạo nhất trí tăng cường hợp tác.', ['pham-minh-chinh', 'sonexay-siphandone']],
    ['"hai Thủ tướng"', 'Hai Thủ tướng nhất trí tăng cường hợp tác.', ['pham-minh-chinh', 'sonexay-siphandone']],
  ])('follows a later reference by %s', (_what, later, speakers) => {
    const facts = analyse(
      '2025-12-02',
      'Tin',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.',
      'Thủ tướng Lào Sonexay Siphandone cảm ơn sự đón tiếp.',
      later,
    );
    expect(facts.quotes.at(-1)?.speakers.sort()).toEqual([...speakers].sort());
  });

  it.each([
    ['one role', 'Chiều 1/12, Thủ tướng Phạm Minh Chính điện đàm với Ủy viên Bộ Chính trị, Thủ tướng Lào Sonexay Siphandone.'],
    ['two roles', 'Chiều 1/12, Thủ tướng Phạm Minh Chính hội đàm với Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Thành ủy Viêng Chăn, Thủ tướng Lào Sonexay Siphandone.'],
  ])('takes the other side past %s listed before their title ("với Ủy viên Bộ Chính trị, Thủ tướng Lào Y")', (_what, sentence) => {
    expect(meetings('2025-12-02', sentence).map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it.each([
    ['Tại cuộc điện đàm, 2 bên nhất trí tăng cường hợp tác kinh tế và thương mại trong thời gian tới.'],
    ['2 Thủ tướng nhất trí tăng cường hợp tác kinh tế và thương mại trong thời gian tới.'],
  ])('reads a group written with a digit (%j) as the two sides of the call', (sentence) => {
    const facts = analyse('2025-12-02', 'Tin', 'Chiều 1/12, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Lào Sonexay Siphandone.', sentence);
    expect(quoteRows(facts, 3)).toEqual([['pham-minh-chinh+sonexay-siphandone', 'joint', 'nhất trí tăng']]);
  });

  it('reads a host inviting a guest to a tea party as that reception ("X mời Y dự tiệc trà"), an invitation to visit as none', () => {
    for (const sentence of ['Trưa 1/12, Thủ tướng Lào Sonexay Siphandone thân mật mời Tổng Bí thư Tô Lâm dự tiệc trà.', 'Trưa 1/12, Thủ tướng Lào Sonexay Siphandone chủ trì tiệc trà chiêu đãi Tổng Bí thư Tô Lâm.']) {
      const found = meetings('2025-12-02', sentence);
      expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['sonexay-siphandone', 'to-lam'], 'reception']]);
    }
    expect(meetings('2025-12-02', 'Thủ tướng Lào Sonexay Siphandone mời Tổng Bí thư Tô Lâm sang thăm Lào vào năm tới.')).toEqual([]);
  });

  it.each([
    ['đã có cuộc nói chuyện với', 'other'],
    ['đã có cuộc trò chuyện với', 'other'],
    ['đã có buổi trò chuyện với', 'other'],
    ['đã gặp gỡ và dùng tiệc tối với', 'reception'],
    ['đã có cuộc hội đàm thượng đỉnh với', 'talks'],
  ])('reads "X %s Y" as %s', (phrase, kind) => {
    const found = meetings('2025-12-02', `Trưa 1/12, Tổng Bí thư Tô Lâm ${phrase} Thủ tướng Lào Sonexay Siphandone tại Phủ Chủ tịch.`);
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['sonexay-siphandone', 'to-lam'], kind]]);
  });

  it('passes over a word of order between the subject and its verb ("X trước hết được Y tiếp đón", "X sau đó hội kiến Y")', () => {
    for (const sentence of ['Trưa 1/12, Tổng Bí thư Tô Lâm trước hết được Thủ tướng Lào Sonexay Siphandone tiếp đón tại Viêng Chăn.', 'Trưa 1/12, Thủ tướng Lào Sonexay Siphandone sau đó hội kiến Tổng Bí thư Tô Lâm tại Viêng Chăn.']) {
      expect(meetings('2025-12-02', sentence).map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'to-lam']]);
    }
  });

  it('reads a pair group after a linker ("cuộc gặp thường niên giữa hai Thủ tướng") as the meeting being told, no second meeting of the two named before it', () => {
    const found = meetings('2025-12-02', 'Ngày 1/12, tại Viêng Chăn, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã hội đàm trong khuôn khổ cuộc gặp thường niên giữa hai Thủ tướng, nhân dịp dự Hội nghị cấp cao ASEAN.');
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'talks']]);
  });

  it('reads an ordinal between a title and its country as the title\'s ("Phó Thủ tướng thứ nhất Lào Y")', () => {
    const found = meetings('2025-12-02', 'Chiều 1/12, Thủ tướng Phạm Minh Chính điện đàm với Phó Thủ tướng thứ nhất Lào Sonexay Siphandone.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads a message of congratulation sent and a joint statement issued as statements', () => {
    const sent = analyse('2025-12-02', 'Tin', 'Ngày 18/8, Thủ tướng Lào Sonexay Siphandone đã gửi điện mừng tới Thủ tướng Phạm Minh Chính nhân dịp được bầu lại.');
    expect(quoteRows(sent, 3)).toEqual([['sonexay-siphandone', 'reported', 'gửi điện mừng']]);
    const joint = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.', 'Sau buổi gặp, hai bên đã ra tuyên bố chung nhất trí nâng cấp quan hệ song phương.');
    expect(quoteRows(joint, 4)).toEqual([['pham-minh-chinh+sonexay-siphandone', 'joint', 'ra tuyên bố chung']]);
  });

  it('reads "Trong cuộc điện đàm với X, hai nhà lãnh đạo …" as X and the one the story is about, unless a second side stands after X', () => {
    const lead = 'Thủ tướng Lào Sonexay Siphandone cảm ơn Việt Nam về sự giúp đỡ.';
    const withX = meetings('2025-12-02', lead, 'Trong cuộc điện đàm với Tổng Bí thư Tô Lâm chiều 1/12, hai nhà lãnh đạo đã đánh giá kết quả hợp tác.');
    expect(withX.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['sonexay-siphandone', 'to-lam'], 'phone_call']]);
    const between = meetings('2025-12-02', lead, 'Trong cuộc điện đàm giữa Tổng Bí thư Tô Lâm và Thượng tướng Nguyễn Văn Khang chiều 1/12, hai bên đã đánh giá kết quả hợp tác.');
    expect(between).toEqual([]);
  });

  it('reads the other side of a fronted meeting past the day told between the noun and "với" ("Sau cuộc gặp hôm thứ Sáu (10/12) với Y, X …")', () => {
    const found = meetings('2025-12-14', 'Sau cuộc gặp hôm thứ Sáu (12/12) với Thủ tướng Lào Sonexay Siphandone tại Hà Nội, Thủ tướng Phạm Minh Chính khẳng định quan hệ hai nước rất tốt đẹp.');
    expect(found.map((m) => [[...m.participants].sort(), m.when.date])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], '2025-12-12']]);
  });

  it.each(['long trọng', 'trọng thể'])('passes over a manner word between the subject and its verb ("X đã %s tổ chức lễ đón Y")', (manner) => {
    const found = meetings('2025-12-02', `Ngày 1/12, Thủ tướng Phạm Minh Chính đã ${manner} tổ chức lễ đón chính thức Thủ tướng Lào Sonexay Siphandone.`);
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'reception']]);
  });

  it('reads a meeting with someone told as "cuộc họp với Y" as a meeting, and a session alone ("chủ trì cuộc họp") as none', () => {
    const withY = meetings('2025-12-02', 'Thủ tướng Phạm Minh Chính phát biểu trong cuộc họp với Thủ tướng Lào Sonexay Siphandone ngày 1/12.');
    expect(withY.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'other']]);
    expect(meetings('2025-12-02', 'Thủ tướng Phạm Minh Chính chủ trì cuộc họp Chính phủ ngày 1/12.')).toEqual([]);
  });

  it.each([
    'Thủ tướng Phạm Minh Chính tiếp Tổng Bí thư Đảng Lao động Triều Tiên Kim Jong Un ngày 1/12.',
    'Thủ tướng Phạm Minh Chính tiếp Tổng Bí thư Đảng Lao Động Mexico ngày 1/12.',
  ])('reads no country of Laos in "Lao động" (labour, a party\'s name): %j', (sentence) => {
    expect(meetings('2025-12-02', sentence).flatMap((m) => m.participants)).not.toContain('thongloun-sisoulith');
  });

  it('reads "X bày tỏ vui mừng gặp lại Y" (glad to meet again, without "được") as X meeting Y', () => {
    const found = meetings('2025-12-02', 'Thủ tướng Phạm Minh Chính bày tỏ vui mừng gặp lại Thủ tướng Lào Sonexay Siphandone.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('dates a meeting by "hôm 28/11" after its place, and ends the place before it ("tại Viêng Chăn hôm 28/11")', () => {
    const found = meetings('2025-12-02', 'Thủ tướng Phạm Minh Chính gặp Thủ tướng Lào Sonexay Siphandone tại Viêng Chăn hôm 28/11.');
    expect(found.map((m) => [m.when.date, m.place])).toEqual([['2025-11-28', 'Viêng Chăn']]);
  });

  it('reads no statement in a caption that only says where someone spoke ("X phát biểu tại hội đàm."), but keeps one with words', () => {
    expect(analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính phát biểu tại hội đàm.').quotes).toEqual([]);
    expect(analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính phát biểu tại hội đàm rằng quan hệ hai nước rất tốt đẹp.').quotes.map((q) => q.speakers)).toEqual([['pham-minh-chinh']]);
  });

  it('reads a title to come with no name ("Tổng thống đắc cử Nga") as no one, not that day\'s holder', () => {
    const found = meetings('2025-12-02', 'Thủ tướng Phạm Minh Chính điện đàm với Tổng thống đắc cử Nga ngày 1/12.');
    expect(found.flatMap((m) => m.participants)).not.toContain('vladimir-putin');
  });

  it('never reads a family name alone as a leader: the Vietnamese press does not write so', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone tại Hà Nội.', 'Ông Phạm cho biết quan hệ hai nước đang phát triển tốt đẹp trong nhiều lĩnh vực.');
    expect(facts.quotes).toEqual([]);
  });

  it.each([
    ['hội kiến', 'courtesy_call'],
    ['đến chào', 'courtesy_call'],
    ['tiếp', 'reception'],
  ])('gives the visit of "X %s Y nhân dịp thăm …" to the guest, not the host', (verb, kind) => {
    const found = meetings('2025-12-02', `Chiều 1/12, Thủ tướng Lào Sonexay Siphandone ${verb === 'tiếp' ? 'được Tổng Bí thư Tô Lâm tiếp' : `${verb} Tổng Bí thư Tô Lâm`} nhân dịp thăm chính thức Việt Nam.`);
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([
      [['sonexay-siphandone', 'to-lam'], kind],
      [['sonexay-siphandone'], 'visit'],
    ]);
  });

  it.each([
    'Phát ngôn viên Văn phòng Tổng thống Nga cho biết hai nước sẽ tăng cường hợp tác thương mại.',
    'Người phát ngôn Phủ Tổng thống Nga Kang Min-seok cho biết hai nước sẽ tăng cường hợp tác thương mại.',
  ])('reads a title inside an office\'s name ("Phủ/Văn phòng Tổng thống") as no person: %j', (sentence) => {
    const facts = analyse('2025-12-02', 'Tin', sentence);
    expect(quoteRows(facts)).toEqual([]);
    expect(facts.unknown).toEqual([]);
  });

  it('reads "trao đổi với Y qua điện thoại" as a phone call, "trao đổi về …" with no phone as no meeting', () => {
    const call = meetings('2025-12-02', 'Chiều 1/12, Tổng Bí thư Tô Lâm đã trao đổi với Tổng thống Nga Vladimir Putin qua điện thoại.');
    expect(call.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['to-lam', 'vladimir-putin'], 'phone_call']]);
    expect(meetings('2025-12-02', 'Chiều 1/12, Tổng Bí thư Tô Lâm và Tổng thống Nga Vladimir Putin trao đổi về quan hệ song phương.')).toEqual([]);
  });

  it('reads "tiến hành thảo luận song phương" as talks, as English "held bilateral discussions"', () => {
    const found = meetings('2025-12-02', 'Ngày 1/12, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã tiến hành thảo luận song phương tại Hà Nội.');
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'talks']]);
  });

  it('dates a meeting by its own fronted day, not by a day past an occasion after it ("Chiều 1/12, X tiếp Y nhân dịp … từ ngày 29/11")', () => {
    const found = meetings('2025-12-02', 'Chiều 1/12, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Thủ tướng Lào Sonexay Siphandone nhân dịp sang Việt Nam dự Hội nghị được tổ chức tại Hà Nội từ ngày 29/11.');
    expect(found.map((m) => [m.kind, m.when.date])).toEqual([['reception', '2025-12-01']]);
  });

  it('reads an unnamed counterpart in a fronted phrase as that of the subject after it ("Trong cuộc điện đàm với người đồng cấp Lào …, Thủ tướng X …")', () => {
    const found = meetings('2025-12-02', 'Trong cuộc điện đàm với người đồng cấp Lào ngày 1/12, Thủ tướng Phạm Minh Chính khẳng định quan hệ rất tốt đẹp.');
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['pham-minh-chinh', 'sonexay-siphandone'], 'phone_call']]);
  });

  it.each([
    'Ngày 1/12, đã diễn ra cuộc hội đàm giữa Tổng Bí thư Tô Lâm và người đồng cấp Lào, ông Thongloun Sisoulith.',
    'Ngày 1/12, Tổng Bí thư Tô Lâm hội đàm với người đồng cấp Lào, ông Thongloun Sisoulith.',
  ])('reads the person named after "người đồng cấp Lào, ông" as the other side: %j', (sentence) => {
    // In 2019 the noun alone names nobody (Laos' General Secretary then is not in the registry): the name does.
    const found = meetings('2019-12-02', sentence);
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['thongloun-sisoulith', 'to-lam'], 'talks']]);
  });

  it('reads "chào mừng Y trong chuyến thăm …" as a reception and no statement, "hoan nghênh Y thăm …" as a statement and no reception', () => {
    const welcome = analyse('2025-12-02', 'Tin', 'Ngày 1/12, Tổng Bí thư Tô Lâm chào mừng Tổng thống Nga Vladimir Putin trong chuyến thăm Hà Nội.');
    expect(welcome.meetings.map((m) => [[...m.participants].sort(), m.kind, m.host])).toEqual([
      [['to-lam', 'vladimir-putin'], 'reception', ['to-lam']],
      [['vladimir-putin'], 'visit', []],
    ]);
    expect(quoteRows(welcome)).toEqual([]);
    const statement = analyse('2025-12-02', 'Tin', 'Tổng Bí thư Tô Lâm hoan nghênh Tổng thống Nga Vladimir Putin thăm chính thức Việt Nam.');
    expect(statement.meetings.filter((m) => m.kind !== 'visit')).toEqual([]);
    expect(quoteRows(statement)).toEqual([['to-lam', 'reported', 'hoan nghênh Tổng']]);
  });

  it('dates a welcome told with its occasion by the date its clause gives ("chào mừng Y trong chuyến thăm tới Hà Nội ngày 12/11/2013")', () => {
    const found = meetings('2024-03-26', 'Tổng Bí thư Nguyễn Phú Trọng chào mừng Tổng thống Nga Vladimir Putin trong chuyến thăm tới Hà Nội ngày 12/11/2013.');
    expect(found.map((m) => [m.kind, m.when.date])).toEqual([
      ['reception', '2013-11-12'],
      ['visit', '2013-11-12'],
    ]);
  });

  it('gives no quote for inviting the guest to an act of the welcome ceremony ("mời Y bước lên bục danh dự"), one for inviting to visit', () => {
    expect(quoteRows(analyse('2025-12-02', 'Tin', 'Tổng Bí thư Tô Lâm mời Thủ tướng Lào Sonexay Siphandone bước lên bục danh dự.'))).toEqual([]);
    expect(quoteRows(analyse('2025-12-02', 'Tin', 'Tổng Bí thư Tô Lâm mời Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith bước lên bục danh dự.'))).toEqual([]);
    expect(quoteRows(analyse('2025-12-02', 'Tin', 'Tổng Bí thư Tô Lâm mời Thủ tướng Lào Sonexay Siphandone thăm lại Việt Nam.'))).toEqual([['to-lam', 'reported', 'mời Thủ tướng']]);
  });

  it('reads "cuộc điện đàm của X với Y" as a call of X and Y', () => {
    const found = meetings('2025-12-02', 'Cuộc điện đàm của Tổng Bí thư Tô Lâm với Tổng thống Nga Vladimir Putin diễn ra chiều 1/12.');
    expect(found.map((m) => [[...m.participants].sort(), m.kind])).toEqual([[['to-lam', 'vladimir-putin'], 'phone_call']]);
  });

  it('reads a pointer back naming a side of its own ("Tại cuộc gặp Y, X …") after X met Z as a meeting of X and Y, not the one with Z', () => {
    const found = meetings(
      '2025-12-02',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Nga Vladimir Putin.',
      'Tại cuộc gặp Thủ tướng Lào Sonexay Siphandone, Thủ tướng Phạm Minh Chính vui mừng nhận thấy quan hệ phát triển tốt đẹp.',
    );
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'vladimir-putin'], ['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads a title through a gloss in parentheses ("Thủ tướng (người đứng đầu Chính phủ) Lào Y") as Y\'s, not a bare title of Vietnam\'s', () => {
    const found = meetings('2025-12-02', 'Chiều 1/12, Tổng Bí thư Tô Lâm hội kiến Thủ tướng (người đứng đầu Chính phủ) Lào Sonexay Siphandone.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'to-lam']]);
  });

  it('passes over the delegation a leader heads: "X và đoàn hội đàm với Y"', () => {
    const found = meetings('2025-12-02', 'Bộ trưởng Tô Lâm và đoàn hội đàm với Thủ tướng Lào Sonexay Siphandone tại Viêng Chăn.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'to-lam']]);
  });

  it('reads the head of a delegation whose roles stand between the name and "dẫn đầu"', () => {
    const found = meetings(
      '2025-12-02',
      'Bộ trưởng Tô Lâm hội đàm với đoàn đại biểu cấp cao Lào do Đại tướng Sonexay Siphandone, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Lào dẫn đầu.',
    );
    expect(found.map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'to-lam']]);
  });

  it('reads the host of a welcome "với sự chủ trì của X", said before the person alone', () => {
    const found = meetings('2025-12-02', 'Sáng 1/12, lễ đón Thủ tướng Lào Sonexay Siphandone diễn ra trọng thể tại Phủ Chủ tịch với sự chủ trì của Thủ tướng Phạm Minh Chính.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('reads "gặp A cũng như B" as two meetings, "gặp A và B" as one (unless each is a holder of another office, met in turn)', () => {
    const sorted = (found: { participants: readonly string[] }[]) => found.map((m) => [...m.participants].sort()).sort();
    expect(sorted(meetings('2025-12-02', 'Thủ tướng Lào Sonexay Siphandone đã gặp Chủ tịch nước Lương Cường cũng như Tổng Bí thư Tô Lâm trước khi dự tiệc.'))).toEqual([
      ['luong-cuong', 'sonexay-siphandone'],
      ['sonexay-siphandone', 'to-lam'],
    ]);
    // The preposition said again after the joiner: "cũng như với".
    expect(sorted(meetings('2025-12-02', 'Thủ tướng Lào Sonexay Siphandone đã gặp gỡ với Chủ tịch nước Lương Cường cũng như với Tổng Bí thư Tô Lâm trước khi dự tiệc.'))).toEqual([
      ['luong-cuong', 'sonexay-siphandone'],
      ['sonexay-siphandone', 'to-lam'],
    ]);
    expect(sorted(meetings('2025-12-02', 'Thủ tướng Lào Sonexay Siphandone đã gặp ông Lương Cường và ông Tô Lâm trước khi dự tiệc.'))).toEqual([
      ['luong-cuong', 'sonexay-siphandone', 'to-lam'],
    ]);
  });

  it('takes the members a group is told with ("chào xã giao các nhà lãnh đạo Việt Nam, trong đó có X") for the ones met', () => {
    const pairs = (text: string) => meetings('2025-12-02', text).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('Thủ tướng Lào Sonexay Siphandone đã chào xã giao các nhà lãnh đạo Việt Nam, trong đó có Tổng Bí thư Tô Lâm.')).toEqual([['courtesy_call', ['sonexay-siphandone', 'to-lam']]]);
  });

  it('gives bilateral talks with two others a meeting with each ("hội đàm song phương với A và B")', () => {
    const pairs = (text: string) => meetings('2025-12-02', text).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('Tổng Bí thư Tô Lâm hội đàm song phương với Thủ tướng Lào Sonexay Siphandone và Tổng thống Nga Vladimir Putin.')).toEqual([
      ['talks', ['sonexay-siphandone', 'to-lam']],
      ['talks', ['to-lam', 'vladimir-putin']],
    ]);
  });

  it('takes a subject with a modifier of its title before it ("Tân Thủ tướng X") for a meeting told far from it', () => {
    const pairs = (text: string) => meetings('2025-12-02', text).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('Ngày 1/12, tân Thủ tướng Lào Sonexay Siphandone đã bắt đầu ngày làm việc chính thức đầu tiên của mình bằng cuộc điện đàm với Thủ tướng Phạm Minh Chính.')).toEqual([['phone_call', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads "X và Y đã gặp nhau" (met each other) as their meeting, and interests that "gặp nhau" as none', () => {
    const pairs = (text: string) => meetings('2025-12-02', text).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã gặp nhau tại Viêng Chăn.')).toEqual([['other', ['pham-minh-chinh', 'sonexay-siphandone']]]);
    expect(pairs('Lợi ích của Việt Nam và Lào gặp nhau ở nhiều điểm, Thủ tướng Phạm Minh Chính nói.')).toEqual([]);
  });

  it('gives a meeting told with its other side alone to the one person named before it as an owner', () => {
    const pairs = (text: string) => meetings('2025-12-02', text).map((m) => [m.kind, [...m.participants].sort()]);
    expect(pairs('Bài đăng của Tổng thống Nga Vladimir Putin sau cuộc điện đàm với Tổng Bí thư Tô Lâm thu hút sự chú ý.')).toEqual([['phone_call', ['to-lam', 'vladimir-putin']]]);
    expect(pairs('Bài đăng của Tổng thống Nga Vladimir Putin về Thủ tướng Phạm Minh Chính sau cuộc điện đàm với Tổng Bí thư Tô Lâm thu hút sự chú ý.')).toEqual([]);
    // The owner's phrase fronted and closed by a comma: the clause after it has its own subject, one
    // the registry does not know.
    expect(pairs('Thừa ủy quyền của Tổng Bí thư Tô Lâm, Thứ trưởng Ngoại giao Nguyễn Văn Hùng có cuộc gặp với Tổng thống Nga Vladimir Putin.')).toEqual([]);
  });

  it.each([
    ['Chủ tịch nước Lương Cường hội đàm với Tổng thống Nga Vladimir Putin tại Điện Kremlin ngày 1/12.', '2025-12-01'],
    ['Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone tại Trụ sở Chính phủ chiều 1/12.', '2025-12-01'],
    ['Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone tại Trụ sở Chính phủ sáng ngày 30/11.', '2025-11-30'],
  ])('dates %j by the day that trails it, its own words saying it is the time (ngày, sáng, chiều)', (sentence, date) => {
    const found = meetings('2025-12-02', sentence);
    expect(found).toHaveLength(1);
    expect(found[0]!.when).toMatchObject({ date });
  });

  it('leaves a day past a comma after an occasion\'s visit to the meeting the next clause tells', () => {
    const found = meetings(
      '2025-12-02',
      'Trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Nga Vladimir Putin, sáng 1/12, sau Lễ đón chính thức, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Nga Vladimir Putin tại Phủ Chủ tịch.',
    );
    expect(found.find((m) => m.kind === 'talks')?.when).toMatchObject({ date: '2025-12-01' });
  });

  it('dates a meeting after a pointer to a sit-down told the sentence before with its day but one side only ("Sáng 25/11, lễ đón X đã được tổ chức … Ngay sau lễ đón, X hội đàm với Y")', () => {
    const found = meetings(
      '2025-12-02',
      'Sáng 25/11, lễ đón chính thức Thủ tướng Phạm Minh Chính đã được tổ chức trọng thể tại Phủ Chủ tịch Lào.',
      'Ngay sau lễ đón, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone.',
    );
    expect(found.map((m) => [m.kind, m.when.date])).toEqual([['talks', '2025-11-25']]);
  });

  it('dates a meeting by its own day, not by a day after "liên quan đến" in its clause (the topic\'s)', () => {
    const found = meetings(
      '2025-12-02',
      'Chiều 28/11, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Lào Sonexay Siphandone liên quan đến phát biểu của Tổng Bí thư Tô Lâm tại diễn đàn ngày 20/11 vừa qua.',
    );
    expect(found.map((m) => m.when.date)).toEqual(['2025-11-28']);
  });

  it('does not date a meeting by the day office was taken ("lần đầu tiên sau khi nhậm chức ngày 20/11")', () => {
    const found = meetings('2025-12-02', 'Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Lào Sonexay Siphandone lần đầu tiên sau khi nhậm chức ngày 20/11.');
    expect(found.map((m) => m.when.date)).toEqual([null]);
  });

  it('reads "X cùng Y chủ trì Hội nghị trực tuyến giữa hai Đảng" as an online meeting of the two who chaired it', () => {
    const found = meetings(
      '2025-12-02',
      'Ngày 1/12, Thủ tướng Phạm Minh Chính cùng Thủ tướng Lào Sonexay Siphandone đã chủ trì Hội nghị trực tuyến giữa Chính phủ Việt Nam và Chính phủ Lào.',
    );
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([['online_talks', ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it.each([
    'Cùng ngày, Thủ tướng Lào Sonexay Siphandone tới chào Tổng Bí thư, Chủ tịch nước Tô Lâm, hội kiến Chủ tịch nước Lương Cường.',
    'Cùng ngày, Thủ tướng Lào Sonexay Siphandone tới chào Tổng Bí thư Tô Lâm, thăm Lăng Chủ tịch Hồ Chí Minh, hội kiến Chủ tịch nước Lương Cường.',
  ])('gives predicates listed with commas their first one\'s subject, not the one the predicate before met: %s', (sentence) => {
    const found = meetings('2025-12-02', sentence);
    expect(found.filter((m) => m.participants.length >= 2).map((m) => [...m.participants].sort())).toEqual([
      ['sonexay-siphandone', 'to-lam'],
      ['luong-cuong', 'sonexay-siphandone'],
    ]);
  });

  it('takes no day for a pointer from a sit-down told further back than the sentence before', () => {
    const found = meetings(
      '2025-12-02',
      'Sáng 25/11, lễ đón chính thức Thủ tướng Phạm Minh Chính đã được tổ chức trọng thể tại Phủ Chủ tịch Lào.',
      'Hai nước có quan hệ hữu nghị truyền thống đặc biệt.',
      'Ngay sau lễ đón, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone.',
    );
    expect(found.map((m) => [m.kind, m.when.date])).toEqual([['talks', null]]);
  });

  it('dates a meeting told with a day counted back from the article\'s (yesterday, chiều qua) by that day', () => {
    const found = meetings('2025-12-02', 'Chiều qua, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone tại Hà Nội.');
    expect(found).toHaveLength(1);
    expect(found[0]!.when).toMatchObject({ date: '2025-12-01' });
  });

  it('dates a meeting a few days after its page\'s day rather than a year before, when its people held no office then', () => {
    // Lương Cường's first office starts in May 2024: "13/1" under a page of 7 January 2025 is 13 January 2025.
    const found = meetings('2025-01-07', 'Chủ tịch nước Lương Cường hội đàm với Tổng thống Nga Vladimir Putin sáng ngày 13/1 tại Moskva.');
    expect(found.map((m) => m.when.date)).toEqual(['2025-01-13']);
  });

  it('gives the verb after an aside saying whose relation the subject is to the subject, not to the person inside it', () => {
    // Constructed: the relation is not a fact, only the shape of the sentence.
    expect(quoteRows(analyse('2025-12-02', 'News', 'Thủ tướng Lào Sonexay Siphandone, con trai cả của Chủ tịch nước Lào Thongloun Sisoulith, bày tỏ lòng biết ơn sự giúp đỡ của Việt Nam.')).map((r) => r[0])).toEqual(['sonexay-siphandone']);
  });

  it('makes no meeting of the people a title the registry cannot resolve met one by one: they did not meet one another', () => {
    const text = 'Thủ tướng Campuchia điện đàm với Thủ tướng Lào Sonexay Siphandone và Tổng thống Nga Vladimir Putin.';
    expect(meetings('2025-12-02', text)).toEqual([]);
    // The same calls told by someone the registry knows: one meeting with each.
    const known = meetings('2025-12-02', text.replace('Thủ tướng Campuchia', 'Thủ tướng Phạm Minh Chính'));
    expect(known.map((m) => [...m.participants].sort()).sort()).toEqual([
      ['pham-minh-chinh', 'sonexay-siphandone'],
      ['pham-minh-chinh', 'vladimir-putin'],
    ]);
  });

  it('gives the people met separately by someone the registry does not know a meeting each with that person, none together', () => {
    const text = 'Thủ tướng Campuchia Hun Manet đã có các cuộc gặp với Thủ tướng Lào Sonexay Siphandone và Tổng thống Nga Vladimir Putin tại Viêng Chăn.';
    expect(meetings('2025-12-02', text).map((m) => [m.participants, m.others])).toEqual([
      [['sonexay-siphandone'], ['Hun Manet']],
      [['vladimir-putin'], ['Hun Manet']],
    ]);
    // Not even a person the corpus found: no meeting at all.
    expect(meetings('2025-12-02', text.replace('Thủ tướng Campuchia Hun Manet', 'Manet'))).toEqual([]);
    // Told by someone the registry knows, one meeting of them with each.
    const known = meetings('2025-12-02', text.replace('Thủ tướng Campuchia Hun Manet', 'Thủ tướng Phạm Minh Chính'));
    expect(known.map((m) => [...m.participants].sort()).sort()).toEqual([
      ['pham-minh-chinh', 'sonexay-siphandone'],
      ['pham-minh-chinh', 'vladimir-putin'],
    ]);
  });

  it('reads "các cuộc … với X, Y và Z" as one meeting with each of them', () => {
    const found = meetings(
      '2025-12-02',
      'Chiều 1/12, Tổng Bí thư Tô Lâm đã có các cuộc điện đàm với Tổng thống Nga Vladimir Putin, Thủ tướng Lào Sonexay Siphandone và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.',
    );
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([
      ['phone_call', ['to-lam', 'vladimir-putin']],
      ['phone_call', ['sonexay-siphandone', 'to-lam']],
      ['phone_call', ['thongloun-sisoulith', 'to-lam']],
    ]);
  });

  it('takes the subject of a verb about the results of a meeting for one side of it ("đánh giá cao kết quả điện đàm với Y")', () => {
    const found = meetings('2025-12-02', 'Tổng thống Nga Vladimir Putin đánh giá cao kết quả điện đàm với Tổng Bí thư Tô Lâm.');
    expect(found.map((m) => [m.kind, [...m.participants].sort(), m.status])).toEqual([['phone_call', ['to-lam', 'vladimir-putin'], 'referenced']]);
  });

  it('reads a bare "Thủ tướng" as Vietnam\'s Prime Minister even right after the Lao one spoke', () => {
    const facts = analyse(
      '2025-12-02',
      'Tin',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.',
      'Thủ tướng Lào Sonexay Siphandone cảm ơn sự đón tiếp.',
      'Thủ tướng khẳng định Việt Nam luôn coi trọng quan hệ với Lào.',
    );
    expect(facts.quotes.at(-1)?.speakers).toEqual(['pham-minh-chinh']);
  });

  it.each([
    ['the host', 'Chủ nhà khẳng định Việt Nam luôn coi trọng quan hệ với Lào.', ['pham-minh-chinh']],
    ['the host with a leader noun before it', 'Nhà lãnh đạo chủ nhà khẳng định Việt Nam luôn coi trọng quan hệ với Lào.', ['pham-minh-chinh']],
  ])('follows %s of the meeting being told', (_what, later, speakers) => {
    // The guest spoke last: only the host noun points back to the host.
    const facts = analyse('2025-12-02', 'Tin', 'Chiều 1/12, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone.', 'Thủ tướng Sonexay Siphandone cảm ơn sự đón tiếp.', later);
    expect(facts.quotes.at(-1)?.speakers).toEqual(speakers);
  });

  it('joins a person named after a bare rank word ("và Bộ trưởng X") to the subject before it', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính và Bộ trưởng Sonexay Siphandone cũng nhất trí tăng cường hợp tác.');
    expect(facts.quotes.map((q) => [...q.speakers].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('tells no meeting for greetings conveyed ("chuyển lời hỏi thăm của X và Y"): a false friend that ends with a meeting word', () => {
    expect(meetings('2025-12-02', 'Thủ tướng Phạm Minh Chính chuyển lời hỏi thăm của Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường.')).toEqual([]);
  });

  it('reads "các chuyến thăm của A, B" as a visit of each, not one meeting of the two', () => {
    const found = meetings('2025-12-02', 'Chuyến thăm diễn ra sau các chuyến thăm của Tổng thống Nga Vladimir Putin, Thủ tướng Lào Sonexay Siphandone.');
    expect(found.map((m) => m.participants)).toEqual([['vladimir-putin'], ['sonexay-siphandone']]);
  });

  it('gives no quote to a visitor for the invitation phrase fronting the visit ("Nhận lời mời của X, Y thăm …")', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Nhận lời mời của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Lào từ ngày 1 đến 2/12.');
    expect(facts.quotes).toEqual([]);
  });

  it('reads "Phía Lào" as the Lao people of the meeting being told', () => {
    const facts = analyse(
      '2025-12-02',
      'Tin',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.',
      'Phía Lào cảm ơn sự hỗ trợ quý báu của Việt Nam.',
    );
    expect(facts.quotes.map((q) => q.speakers)).toEqual([['sonexay-siphandone']]);
  });

  it('keeps the object of a fronted meeting clause out of the subject ("Gặp X, Y đề nghị …")', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Gặp Thủ tướng Lào Sonexay Siphandone, Thủ tướng Phạm Minh Chính đề nghị hai bên tăng cường hợp tác.');
    expect(facts.quotes.map((q) => q.speakers)).toEqual([['pham-minh-chinh']]);
  });

  it('gives the words one leader asks another to convey to the one who asks ("nhờ X chuyển lời")', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Tổng thống Putin nhờ Thủ tướng Phạm Minh Chính chuyển lời chào tới nhân dân Việt Nam.');
    expect(facts.quotes.map((q) => q.speakers)).toEqual([['vladimir-putin']]);
  });

  it('gives words conveyed on another leader\'s behalf to the one who conveys them ("chuyển lời mời của X mời …")', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính chuyển lời mời của Tổng Bí thư Tô Lâm mời Thủ tướng Lào Sonexay Siphandone thăm Việt Nam.');
    expect(facts.quotes.map((q) => q.speakers)).toEqual([['pham-minh-chinh']]);
  });

  it('gives no quote for speaking to the press with nothing said, and one when something is ("phát biểu với báo chí rằng …")', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính phát biểu với báo chí sau hội đàm chiều 1/12.', 'Thủ tướng Phạm Minh Chính phát biểu với báo chí rằng hai nước sẽ tăng cường hợp tác.');
    expect(facts.quotes.map((q) => q.text)).toEqual(['phát biểu với báo chí rằng hai nước sẽ tăng cường hợp tác']);
  });

  it('reads gladness voiced ("X vui mừng trước …") as a statement', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính vui mừng trước những bước phát triển của quan hệ hai nước.');
    expect(facts.quotes.map((q) => [q.speakers, q.text])).toEqual([[['pham-minh-chinh'], 'vui mừng trước những bước phát triển của quan hệ hai nước']]);
  });

  it('does not take a bare syllable for the leader without an honorific or title', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.', 'Chính sách mới được nhất trí.');
    expect(facts.quotes).toEqual([]);
  });

  it('takes "người đồng cấp Lào" without a name for the holder of the same office in Laos on the day', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Chiều 1/12, Thủ tướng Phạm Minh Chính hội đàm với người đồng cấp Lào tại Hà Nội.');
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it.each([
    ['tham dự … theo lời mời của Y: a visit to the host who invited', 'Ngày 1/12, Thủ tướng Phạm Minh Chính tham dự Diễn đàn Kinh tế tại Viêng Chăn theo lời mời của Thủ tướng Lào Sonexay Siphandone.', 'visit'],
    ['thăm … theo lời mời của Y: the host who invited', 'Thủ tướng Phạm Minh Chính thăm chính thức Lào từ ngày 1 đến 2/12 theo lời mời của Thủ tướng Lào Sonexay Siphandone.', 'visit'],
    ['dự chiêu đãi … do Y và Phu nhân chủ trì', 'Tối 1/12, Thủ tướng Phạm Minh Chính dự chiêu đãi chào mừng Diễn đàn do Thủ tướng Lào Sonexay Siphandone và Phu nhân chủ trì.', 'reception'],
    ['thăm … theo lời mời của người đồng cấp Lào Y', 'Thủ tướng Phạm Minh Chính thăm chính thức Lào từ ngày 1 đến 2/12 theo lời mời của người đồng cấp Lào Sonexay Siphandone.', 'visit'],
    ['chủ trì Lễ đón chính thức Y: the host of the welcome', 'Sáng 1/12, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính chủ trì Lễ đón chính thức Thủ tướng Lào Sonexay Siphandone.', 'reception'],
    ['a joint press conference ("họp báo chung")', 'Chiều 1/12, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone họp báo chung tại Hà Nội.', 'other'],
    ['a setting with its noun marker ("trong cuộc gặp Y")', 'Thủ tướng Lào Sonexay Siphandone cho biết điều này trong cuộc gặp Thủ tướng Phạm Minh Chính ngày 1/12.', 'other'],
  ])('finds both sides of %s', (_what, sentence, kind) => {
    const found = meetings('2025-12-02', sentence);
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([[kind, ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('reads what follows a meeting clause after ", nhất trí" as both sides\' joint statement, and nothing without the meeting', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone, nhất trí nâng cấp quan hệ hai nước.');
    expect(facts.quotes.map((q) => [q.kind, [...q.speakers].sort(), q.text])).toEqual([['joint', ['pham-minh-chinh', 'sonexay-siphandone'], 'nhất trí nâng cấp quan hệ hai nước']]);
    const none = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính phát biểu tại Hà Nội, nhất trí với các đề xuất của Lào.');
    expect(none.quotes.filter((q) => q.kind === 'joint')).toEqual([]);
  });

  it('gives a second predicate after ";" the subject of the first ("X hội kiến Y; gặp Z")', () => {
    const found = meetings('2025-12-02', 'Chiều 1/12, Tổng Bí thư Tô Lâm hội kiến Tổng thống Nga Vladimir Putin; gặp Thủ tướng Lào Sonexay Siphandone.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['to-lam', 'vladimir-putin'], ['sonexay-siphandone', 'to-lam']]);
  });

  it('leaves the opening date to the main clause past a pointer clause ("Sáng 1/12, sau lễ đón …, X hội đàm …")', () => {
    const found = meetings(
      '2025-12-02',
      'Sáng 1/12, sau lễ đón chính thức tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.',
    );
    expect(found.filter((m) => m.kind === 'talks').map((m) => m.when.date)).toEqual(['2025-12-01']);
  });

  it('reads every further person of a ";" list, past an item whose title and name the registry does not know', () => {
    const found = meetings(
      '2025-12-02',
      'Bên lề hội nghị, Tổng Bí thư Tô Lâm đã gặp Tổng thống Nga Vladimir Putin; Tổng Bí thư, Chủ tịch Triều Tiên Kim Jong Un; Thủ tướng Lào Sonexay Siphandone;',
    );
    expect(found.map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'to-lam'], ['to-lam', 'vladimir-putin']]);
  });

  it('does not take meetings the leaders agree to keep up ("duy trì thường xuyên gặp gỡ cấp cao") for one held', () => {
    const facts = analyse(
      '2025-12-02',
      'Tin',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.',
      'Hai nhà lãnh đạo nhất trí duy trì thường xuyên gặp gỡ cấp cao và các cấp.',
    );
    expect(facts.meetings.map((m) => m.kind)).toEqual(['talks']);
  });

  it('does not take a plan or an invitation for a meeting', () => {
    expect(meetings('2025-12-02', 'Thủ tướng Phạm Minh Chính sẽ hội đàm với Thủ tướng Lào Sonexay Siphandone.')).toEqual([]);
    expect(meetings('2025-12-02', 'Dự kiến Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.')).toEqual([]);
    expect(meetings('2025-12-02', 'Hai nước đang thu xếp cuộc gặp giữa Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone.')).toEqual([]);
  });

  it('reads a plan word written as part of a name ("Bộ Kế hoạch và Đầu tư") as a name, not a plan', () => {
    const found = meetings('2025-12-02', 'Tại trụ sở Bộ Kế hoạch và Đầu tư Thủ tướng Phạm Minh Chính gặp Thủ tướng Lào Sonexay Siphandone.');
    expect(found.map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });
  it.each([
    ['a manner ("trực tuyến")', 'Chiều 1/12, Thủ tướng Phạm Minh Chính có cuộc điện đàm trực tuyến với Thủ tướng Lào Sonexay Siphandone.'],
    ['a length of time ("kéo dài 20 phút")', 'Chiều 1/12, Thủ tướng Phạm Minh Chính có cuộc điện đàm kéo dài 20 phút với Thủ tướng Lào Sonexay Siphandone.'],
    ['a length of time after a verb ("điện đàm 20 phút")', 'Chiều 1/12, Thủ tướng Phạm Minh Chính điện đàm 20 phút với Thủ tướng Lào Sonexay Siphandone.'],
  ])('passes over %s between a meeting word and its other side', (_what, sentence) => {
    expect(meetings('2025-12-02', sentence).map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it.each([
    ['right after the one received', 'Chiều 1/12, Tổng thống Nga Vladimir Putin được Tổng Bí thư Tô Lâm đón tiếp tại sân bay.'],
    ['in a second predicate of the subject the sentence opens with', 'Tổng thống Nga Vladimir Putin đến Hà Nội chiều 1/12 và được Tổng Bí thư Tô Lâm đón tiếp ngay tại sân bay.'],
  ])('reads "Y được X đón tiếp" (%s) as X receiving Y', (_where, sentence) => {
    const found = meetings('2025-12-02', sentence).filter((m) => m.kind === 'reception');
    expect(found.map((m) => [[...m.participants].sort(), m.host])).toEqual([[['to-lam', 'vladimir-putin'], ['to-lam']]]);
  });

  it('reads "X tiếp đón Y" (the two words of "đón tiếp" the other way round) as X receiving Y', () => {
    const found = meetings('2025-12-02', 'Trưa 1/12, Tổng Bí thư Tô Lâm đã tiếp đón Tổng thống Nga Vladimir Putin tại Phủ Chủ tịch.');
    expect(found.map((m) => [m.kind, [...m.participants].sort(), m.host])).toEqual([['reception', ['to-lam', 'vladimir-putin'], ['to-lam']]]);
  });

  it('does not give a visit joined by "và" to a noun phrase the subject the sentence opens with', () => {
    const found = meetings(
      '2025-12-02',
      'Chiều 1/12, Chủ tịch nước Lương Cường hội kiến Tổng thống Nga Vladimir Putin.',
      'Hai nhà lãnh đạo nhất trí triển khai các thỏa thuận đạt được trong chuyến thăm của Tổng thống Putin đến Việt Nam và chuyến thăm chính thức Lào của Tổng Bí thư Tô Lâm vào tháng 5/2025.',
    );
    expect(found.filter((m) => m.participants.includes('to-lam')).map((m) => m.participants.includes('luong-cuong'))).not.toContain(true);
  });

  it('reads a call with a list of people as one call with each, unless it joined them all ("ba bên")', () => {
    const each = meetings('2025-12-02', 'Chiều 1/12, Tổng Bí thư Tô Lâm điện đàm với Tổng thống Nga Vladimir Putin và Thủ tướng Lào Sonexay Siphandone.');
    expect(each.map((m) => [...m.participants].sort())).toEqual([
      ['to-lam', 'vladimir-putin'],
      ['sonexay-siphandone', 'to-lam'],
    ]);
    const all = meetings('2025-12-02', 'Chiều 1/12, Tổng Bí thư Tô Lâm điện đàm ba bên với Tổng thống Nga Vladimir Putin và Thủ tướng Lào Sonexay Siphandone.');
    expect(all.map((m) => [...m.participants].sort())).toEqual([['sonexay-siphandone', 'to-lam', 'vladimir-putin']]);
  });
  it.each([
    ['Thủ tướng Phạm Minh Chính tiếp xã giao Thủ tướng Lào Sonexay Siphandone.', 'courtesy_call'],
    ['Thủ tướng Lào Sonexay Siphandone đến chào xã giao Thủ tướng Phạm Minh Chính.', 'courtesy_call'],
    ['Thủ tướng Lào Sonexay Siphandone đến chào Thủ tướng Phạm Minh Chính.', 'courtesy_call'],
    ['Thủ tướng Lào Sonexay Siphandone thăm chào Thủ tướng Phạm Minh Chính.', 'courtesy_call'],
    ['Thủ tướng Phạm Minh Chính tiếp thân mật Thủ tướng Lào Sonexay Siphandone.', 'reception'],
    ['Thủ tướng Phạm Minh Chính mở tiệc chiêu đãi Thủ tướng Lào Sonexay Siphandone.', 'reception'],
    ['Thủ tướng Phạm Minh Chính thết tiệc Thủ tướng Lào Sonexay Siphandone.', 'reception'],
    ['Thủ tướng Phạm Minh Chính có cuộc gặp trực tuyến với Thủ tướng Lào Sonexay Siphandone.', 'online_talks'],
    ['Thủ tướng Phạm Minh Chính điện đàm trực tuyến với Thủ tướng Lào Sonexay Siphandone.', 'online_talks'],
    ['Thủ tướng Phạm Minh Chính có cuộc họp trực tuyến với Thủ tướng Lào Sonexay Siphandone.', 'online_talks'],
    ['Thủ tướng Phạm Minh Chính nói chuyện điện thoại với Thủ tướng Lào Sonexay Siphandone.', 'phone_call'],
    ['Thủ tướng Phạm Minh Chính gọi điện cho Thủ tướng Lào Sonexay Siphandone.', 'phone_call'],
    ['Thủ tướng Phạm Minh Chính có cuộc điện thoại với Thủ tướng Lào Sonexay Siphandone.', 'phone_call'],
    ['Thủ tướng Phạm Minh Chính có cuộc gặp song phương với Thủ tướng Lào Sonexay Siphandone.', 'talks'],
    ['Thủ tướng Phạm Minh Chính ăn trưa làm việc với Thủ tướng Lào Sonexay Siphandone.', 'other'],
    ['Thủ tướng Phạm Minh Chính có cuộc gặp gỡ thân mật với Thủ tướng Lào Sonexay Siphandone.', 'other'],
    ['Thủ tướng Phạm Minh Chính đã trao đổi điện thoại với Thủ tướng Lào Sonexay Siphandone.', 'phone_call'],
    ['Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã có cuộc trao đổi điện thoại.', 'phone_call'],
  ])('reads %j as a meeting of kind %s', (sentence, kind) => {
    expect(meetings('2025-12-02', `Chiều 1/12, ${sentence}`).map((m) => [m.kind, [...m.participants].sort()])).toEqual([[kind, ['pham-minh-chinh', 'sonexay-siphandone']]]);
  });

  it('tells no call for coming to celebrate ("đến chào mừng")', () => {
    expect(meetings('2025-12-02', 'Chiều 1/12, Thủ tướng Lào Sonexay Siphandone đến chào mừng Thủ tướng Phạm Minh Chính.')).toEqual([]);
  });

  it.each([
    ['hy vọng', 'Thủ tướng Phạm Minh Chính hy vọng hai nước sẽ tăng cường hợp tác.'],
    ['thông tin', 'Thủ tướng Lào Sonexay Siphandone thông tin tới Thủ tướng một số kết quả hợp tác.'],
    ['đồng tình', 'Thủ tướng Phạm Minh Chính đồng tình với các đề xuất của Lào.'],
    ['tán thành', 'Thủ tướng Phạm Minh Chính tán thành các đề xuất của Lào.'],
    ['cảm kích', 'Thủ tướng Phạm Minh Chính cảm kích trước sự hỗ trợ của Lào.'],
    ['biểu dương', 'Thủ tướng Phạm Minh Chính biểu dương cộng đồng người Việt tại Lào.'],
    ['ca ngợi', 'Thủ tướng Phạm Minh Chính ca ngợi tình đoàn kết hai nước.'],
    ['khen ngợi', 'Thủ tướng Phạm Minh Chính khen ngợi thành tựu của Lào.'],
    ['chúc', 'Thủ tướng Phạm Minh Chính chúc Lào đạt nhiều thành tựu.'],
    ['nhắn nhủ', 'Thủ tướng Phạm Minh Chính nhắn nhủ thanh niên hai nước giữ gìn tình đoàn kết.'],
    ['gợi ý', 'Thủ tướng Phạm Minh Chính gợi ý hai nước mở thêm đường bay.'],
    ['cảnh báo', 'Thủ tướng Phạm Minh Chính cảnh báo nguy cơ suy giảm thương mại.'],
    ['giải thích', 'Thủ tướng Phạm Minh Chính giải thích chính sách đầu tư mới.'],
    ['thừa nhận', 'Thủ tướng Phạm Minh Chính thừa nhận hợp tác còn hạn chế.'],
    ['quả quyết', 'Thủ tướng Phạm Minh Chính quả quyết hai nước sẽ vượt qua khó khăn.'],
    ['nhận xét', 'Thủ tướng Phạm Minh Chính nhận xét hợp tác hai nước ngày càng hiệu quả.'],
    ['bình luận', 'Thủ tướng Phạm Minh Chính bình luận về tình hình khu vực.'],
    ['khuyến nghị', 'Thủ tướng Phạm Minh Chính khuyến nghị doanh nghiệp hai nước tăng đầu tư.'],
    ['nêu bật', 'Thủ tướng Phạm Minh Chính nêu bật những thành tựu của Lào.'],
    ['nêu ý kiến', 'Thủ tướng Phạm Minh Chính nêu ý kiến về hợp tác kinh tế.'],
    ['phân tích', 'Thủ tướng Phạm Minh Chính phân tích những thách thức của khu vực.'],
  ])('attributes a statement introduced by "%s"', (_verb, sentence) => {
    expect(analyse('2025-12-02', 'Tin', sentence).quotes.map((q) => q.speakers.length)).toEqual([1]);
  });

  it.each([
    [
      '"các nhà lãnh đạo Lào" as all the Lao leaders who spoke, not the one named last',
      'Ngày 2/12, Chủ tịch nước Lào Thongloun Sisoulith và Thủ tướng Lào Sonexay Siphandone gửi điện mừng tới Tổng Bí thư Tô Lâm.',
      'Trong các bức điện, các nhà lãnh đạo Lào khẳng định quan hệ hai nước gắn bó.',
    ],
    [
      'a country name with lowercase words inside after a group noun ("các nhà lãnh đạo Cộng hòa Dân chủ Nhân dân Lào")',
      'Ngày 2/12, Chủ tịch nước Lào Thongloun Sisoulith, Thủ tướng Lào Sonexay Siphandone và Tổng thống Nga Vladimir Putin gửi điện mừng tới Tổng Bí thư Tô Lâm.',
      'Trong các bức điện, các nhà lãnh đạo Cộng hòa Dân chủ Nhân dân Lào khẳng định quan hệ hai nước gắn bó.',
    ],
  ])('reads %s', (_, sent, said) => {
    const facts = analyse('2025-12-02', 'Tin', sent, said);
    expect(facts.quotes.at(-1)!.speakers.sort()).toEqual(['sonexay-siphandone', 'thongloun-sisoulith']);
  });

  it('reads a predicate sharing the subject of a planned one as planned too ("X sẽ hội đàm với Y; hội kiến Z")', () => {
    const pairs = (sentence: string) => meetingPairs(analyse('2025-12-02', 'Tin', sentence));
    expect(pairs('Trong chuyến thăm, Thủ tướng Lào Sonexay Siphandone sẽ hội đàm với Thủ tướng Phạm Minh Chính; hội kiến Tổng Bí thư Tô Lâm.')).toEqual([]);
    expect(pairs('Trong chuyến thăm, Thủ tướng Lào Sonexay Siphandone đã hội đàm với Thủ tướng Phạm Minh Chính; hội kiến Tổng Bí thư Tô Lâm.')).toEqual([
      'pham-minh-chinh+sonexay-siphandone',
      'sonexay-siphandone+to-lam',
    ]);
  });

  it.each([
    ['was called off ("cuộc hội đàm … đã bị hoãn")', 'Cuộc hội đàm giữa Chủ tịch nước Lương Cường và Tổng thống Nga Vladimir Putin chiều 1/12 đã bị hoãn.', 'Cuộc hội đàm giữa Chủ tịch nước Lương Cường và Tổng thống Nga Vladimir Putin chiều 1/12 diễn ra tốt đẹp.'],
    ['is a condition ("cuộc điện đàm … nếu diễn ra sẽ …")', 'Cuộc điện đàm giữa Chủ tịch nước Lương Cường và Tổng thống Nga Vladimir Putin nếu diễn ra sẽ bàn về thương mại.', 'Cuộc điện đàm giữa Chủ tịch nước Lương Cường và Tổng thống Nga Vladimir Putin đã bàn về thương mại.'],
  ])('tells no meeting that %s, and one that took place', (_what, notHeld, held) => {
    const pairs = (sentence: string) => meetingPairs(analyse('2025-12-02', 'Tin', sentence));
    expect(pairs(notHeld)).toEqual([]);
    expect(pairs(held)).toHaveLength(1);
  });

  it('reads a reception of "người đồng cấp" and a name ("tiếp người đồng cấp Lào X")', () => {
    expect(meetingPairs(analyse('2025-12-02', 'Tin', 'Chiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp người đồng cấp Lào Sonexay Siphandone.'))).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });

  it.each([
    ['a welcome in person, passive ("Y được X chào đón")', 'Tại sân bay, Tổng thống Nga Vladimir Putin được Thủ tướng Phạm Minh Chính chào đón.', ['pham-minh-chinh+vladimir-putin']],
    ['a welcome at the airport', 'Chiều 1/12, Thủ tướng Phạm Minh Chính chào đón Tổng thống Nga Vladimir Putin tại sân bay.', ['pham-minh-chinh+vladimir-putin']],
    ['no welcome yet, the guest to attend something ("mong được chào đón Y tham dự")', 'Thủ tướng Phạm Minh Chính mong được chào đón Tổng thống Nga Vladimir Putin tham dự Hội nghị.', []],
  ])('reads "chào đón" as a welcome verb: %s', (_, sentence, pairs) => {
    expect(meetingPairs(analyse('2025-12-02', 'Tin', sentence))).toEqual(pairs);
  });

  it.each(['gần đây', 'vừa qua', 'mới đây'])('passes over "%s" (recent) between a meeting noun and its other side', (recent) => {
    expect(meetingPairs(analyse('2025-12-02', 'Tin', `Tổng thống Nga Vladimir Putin nói về cuộc điện đàm ${recent} với Tổng Bí thư Tô Lâm.`))).toEqual(['to-lam+vladimir-putin']);
  });

  it('reads a call told with its purpose ("gọi điện chúc mừng Y") as a phone call with Y', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Chiều 1/12, Thủ tướng Phạm Minh Chính đã gọi điện chúc mừng Thủ tướng Lào Sonexay Siphandone.');
    expect(facts.meetings.map((m) => [m.kind, [...m.participants].sort().join('+')])).toEqual([['phone_call', 'pham-minh-chinh+sonexay-siphandone']]);
  });

  it('gives the words after "X cảm ơn Y đã gọi điện chúc mừng," to X: the call is what X thanks Y for', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Tổng Bí thư Tô Lâm cảm ơn Tổng thống Nga Vladimir Putin đã gọi điện chúc mừng, khẳng định Việt Nam luôn coi trọng quan hệ với Nga.');
    expect(quoteRows(facts).map(([speaker]) => speaker)).toEqual(['to-lam', 'to-lam']);
  });

  it('makes one call of each caller of several countries with one person ("A, B và C đã gọi điện chúc mừng Y")', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Ngày 1/12, Thủ tướng Lào Sonexay Siphandone và Tổng thống Nga Vladimir Putin đã gọi điện chúc mừng Tổng Bí thư Tô Lâm.');
    expect(meetingPairs(facts).sort()).toEqual(['sonexay-siphandone+to-lam', 'to-lam+vladimir-putin']);
  });

  it('reads the two sides a meeting noun names after "giữa", joined by "với" as by "và" ("hội đàm giữa X với Y")', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính đánh giá cao kết quả cuộc hội đàm giữa Tổng Bí thư Tô Lâm với Tổng thống Nga Vladimir Putin ngày 1/12.');
    expect(facts.meetings.map((m) => [...m.participants].sort().join('+'))).toEqual(['to-lam+vladimir-putin']);
  });

  it('ends the sides after "giữa" with the one the conjunction joined: the subject after the comma speaks of the talks, not in them', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Đánh giá cao kết quả hội đàm giữa Tổng Bí thư Tô Lâm và Tổng thống Nga Vladimir Putin, Thủ tướng Phạm Minh Chính đề nghị hai bên tăng cường hợp tác.');
    expect(facts.meetings.map((m) => [...m.participants].sort().join('+'))).toEqual(['to-lam+vladimir-putin']);
  });

  it('leaves the subject after a fronted clause out of a meeting that named both its sides ("Phát biểu sau cuộc gặp giữa X và Y tại Hà Nội, Z cho biết")', () => {
    const facts = analyse('2025-12-02', 'Tin', 'Phát biểu với báo giới sau cuộc gặp giữa Tổng Bí thư Tô Lâm và Tổng thống Nga Vladimir Putin tại Hà Nội, Thủ tướng Phạm Minh Chính cho biết hai bên đạt nhiều đồng thuận.');
    expect(facts.meetings.map((m) => [...m.participants].sort().join('+'))).toEqual(['to-lam+vladimir-putin']);
  });

  it('reads a leader told by country with the name right after ("gọi cho nhà lãnh đạo Việt Nam X") as X, not the country\'s leaders as a group', () => {
    expect(meetingPairs(analyse('2025-12-02', 'Tin', 'Chiều 1/12, Tổng thống Nga Vladimir Putin đã gọi cho nhà lãnh đạo Việt Nam Tô Lâm.'))).toEqual(['to-lam+vladimir-putin']);
  });

  it.each([
    'Tại cuộc hội đàm chiều 1/12 với Thủ tướng Lào Sonexay Siphandone, Thủ tướng Phạm Minh Chính khẳng định hai nước sẽ tăng cường thương mại.',
    'Trong cuộc điện đàm chiều 1/12 với người đồng cấp Lào Sonexay Siphandone, Thủ tướng Phạm Minh Chính cảm ơn Lào.',
  ])('passes over a date between a meeting noun and the other side: "%s"', (sentence) => {
    expect(meetingPairs(analyse('2025-12-02', 'Tin', sentence))).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });

  it('reads a title with the time of its holding after it ("Thủ tướng sắp mãn nhiệm X") as naming X, not the home holder', () => {
    expect(meetingPairs(analyse('2023-08-14', 'Tin', 'Ngày 13/8, Tổng thống Nga Vladimir Putin đã gặp Thủ tướng sắp mãn nhiệm Sonexay Siphandone.'))).toEqual(['sonexay-siphandone+vladimir-putin']);
  });

  it('passes over a word of manner between subject and verb to the speaker ("X nồng nhiệt chúc mừng")', () => {
    expect(analyse('2025-12-02', 'Tin', 'Thủ tướng Lào Sonexay Siphandone nồng nhiệt chúc mừng Thủ tướng Phạm Minh Chính được bầu vào trọng trách mới.').quotes.map((q) => q.speakers)).toEqual([['sonexay-siphandone']]);
  });

  it('passes over a day word between subject and verb to the speaker ("X hôm nay khẳng định")', () => {
    expect(analyse('2025-12-02', 'Tin', 'Thủ tướng Phạm Minh Chính hôm nay khẳng định Việt Nam coi trọng quan hệ với Lào.').quotes.map((q) => q.speakers)).toEqual([['pham-minh-chinh']]);
  });

  it.each(['Thủ tướng hai nước', 'Hai vị Thủ tướng'])('reads "%s" as the two prime ministers of the story', (group) => {
    const facts = analyse(
      '2025-12-02',
      'Tin',
      'Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam từ ngày 1/12.',
      `Sáng 2/12, ${group} đã hội đàm tại Trụ sở Chính phủ.`,
    );
    expect(facts.meetings.filter((m) => m.kind === 'talks').map((m) => [...m.participants].sort())).toEqual([['pham-minh-chinh', 'sonexay-siphandone']]);
  });

  it('passes over the country a named subject is "của" to the verb ("Thủ tướng X của Lào đã hội đàm với Y")', () => {
    expect(meetingPairs(analyse('2025-12-02', 'Tin', 'Chiều 1/12, Thủ tướng Sonexay Siphandone của Lào đã hội đàm với Thủ tướng Phạm Minh Chính.'))).toEqual(['pham-minh-chinh+sonexay-siphandone']);
  });

  it('does not date a meeting by the bound after "kể từ" ("lần đầu tiên … hội đàm kể từ tháng 12/2019"): it is the talks just told', () => {
    const facts = analyse(
      '2025-12-02',
      'Tin',
      'Chiều 1/12, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone tại Hà Nội.',
      'Đây là lần đầu tiên hai Thủ tướng hội đàm trực tiếp kể từ tháng 12/2019.',
    );
    expect(facts.meetings.map((m) => [m.kind, m.status, m.when.date])).toEqual([['talks', 'reported', '2025-12-01']]);
  });
  it('reads a summit named as still to come ("ngay trước khi diễn ra Hội nghị thượng đỉnh …", "trước thềm …") and a noun joined to a planned one as no meeting', () => {
    const pairs = (sentence: string) => meetingPairs(analyse('2025-12-03', 'Tin', sentence));
    expect(pairs('Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã trao đổi riêng ngay trước khi diễn ra Hội nghị thượng đỉnh Mê Công.')).toEqual([]);
    expect(pairs('Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã trao đổi riêng trước thềm Hội nghị thượng đỉnh Mê Công.')).toEqual([]);
    expect(pairs('Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone nhất trí chuẩn bị tốt các chuyến thăm, đặc biệt là các cuộc gặp cấp cao bên lề Hội nghị ASEAN.')).toEqual([]);
  });
  it('reads what a leader pointed out or revealed as a statement ("Ông X chỉ ra rằng …", "X tiết lộ …")', () => {
    const rows = (...text: string[]) => quoteRows(analyse('2025-12-02', 'Tin', ...text));
    expect(rows('Thủ tướng Phạm Minh Chính chỉ ra rằng các nước cần giữ vững trật tự thương mại tự do.')).toEqual([['pham-minh-chinh', 'reported', 'chỉ ra rằng']]);
    expect(rows('Thủ tướng Phạm Minh Chính tiết lộ rằng hai bên sắp ký hiệp định.')).toEqual([['pham-minh-chinh', 'reported', 'tiết lộ rằng']]);
  });
  it('reads two office-holders of two countries met by a visitor come to a gathering ("để tham dự …") as two meetings, one each', () => {
    const pairs = (text: string) => meetingPairs(analyse('2024-10-24', 'Tin', text));
    expect(pairs('Thủ tướng Phạm Minh Chính đã gặp Chủ tịch nước Lào Thongloun Sisoulith và Tổng thống Nga Vladimir Putin tại Kazan, nơi ông đến để tham dự Hội nghị Thượng đỉnh BRICS.')).toEqual([
      'pham-minh-chinh+thongloun-sisoulith',
      'pham-minh-chinh+vladimir-putin',
    ]);
  });

  it('reads a host named with a consort ("X và Hoàng hậu Y chủ trì lễ đón Z") as the host of that reception', () => {
    // Constructed: the consort is no fact, only the shape of the sentence.
    const found = analyse('2025-12-02', 'Tin', 'Tổng thống Nga Vladimir Putin và Hoàng hậu Anna chủ trì lễ đón Tổng Bí thư Tô Lâm.').meetings;
    expect(found.map((m) => [m.kind, [...m.participants].sort(), m.host])).toEqual([['reception', ['to-lam', 'vladimir-putin'], ['vladimir-putin']]]);
  });

  it('reads those who went out to welcome a guest, listed after "có" ("Ra tận sân bay đón Y và đoàn có A, B")', () => {
    const found = analyse('2025-12-02', 'Tin', 'Ra tận sân bay đón Tổng thống Nga Vladimir Putin và đoàn có Tổng Bí thư Tô Lâm, Thủ tướng Phạm Minh Chính.').meetings;
    expect(found.map((m) => [m.kind, [...m.participants].sort(), [...m.host].sort()])).toEqual([['reception', ['pham-minh-chinh', 'to-lam', 'vladimir-putin'], ['pham-minh-chinh', 'to-lam']]]);
  });

  it('reads a visit whose only sides are those who invited it ("Chuyến thăm được thực hiện theo lời mời của X và Y") as no meeting of theirs', () => {
    expect(meetings('2025-12-02', 'Chuyến thăm được thực hiện theo lời mời của Tổng Bí thư Tô Lâm và Phu nhân, Thủ tướng Phạm Minh Chính và Phu nhân.')).toEqual([]);
    // The visitor named, the visit is theirs with the one who invited it.
    expect(meetings('2025-12-02', 'Tổng thống Nga Vladimir Putin thăm Việt Nam theo lời mời của Tổng Bí thư Tô Lâm.').map((m) => [m.kind, [...m.participants].sort()])).toEqual([['visit', ['to-lam', 'vladimir-putin']]]);
  });

  it('reads "đang" between a person and a verb as English "is -ing" ("Y đang thăm Việt Nam"): the visit is Y\'s, not that of the one who received Y', () => {
    const found = meetings('2025-12-02', 'Chủ tịch nước Lương Cường hội kiến Tổng thống Nga Vladimir Putin đang thăm Việt Nam theo lời mời của Tổng Bí thư Tô Lâm.');
    expect(found.map((m) => [m.kind, [...m.participants].sort()])).toEqual([
      ['courtesy_call', ['luong-cuong', 'vladimir-putin']],
      ['visit', ['to-lam', 'vladimir-putin']],
    ]);
  });

  it('reads a summit two leaders spoke of as a goal ("hướng tới việc tổ chức thành công Hội nghị thượng đỉnh …") as no meeting of theirs', () => {
    expect(meetings('2025-12-02', 'Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith cam kết hướng tới việc tổ chức thành công Hội nghị thượng đỉnh ASEAN.')).toEqual([]);
    expect(meetings('2025-12-02', 'Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith cam kết đảm bảo Hội nghị thượng đỉnh ASEAN thành công.')).toEqual([]);
  });

  it('reads meeting words made a practice ("tăng cường các chuyến thăm và tiếp xúc", "thường xuyên có các cuộc tiếp xúc") as no meeting', () => {
    expect(meetings('2025-12-02', 'Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith nhất trí tăng cường các chuyến thăm và tiếp xúc cấp cao.')).toEqual([]);
    expect(meetings('2025-12-02', 'Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith thường xuyên có các cuộc tiếp xúc tại các diễn đàn khu vực.')).toEqual([]);
  });

  it('reads every meeting of a sentence opened by a plan ("Dự kiến trong thời gian ở Việt Nam lần này, X hội kiến Y, Z") as still to come', () => {
    expect(meetings('2025-12-02', 'Dự kiến trong thời gian ở Việt Nam lần này, Thủ tướng Lào Sonexay Siphandone hội kiến Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường.')).toEqual([]);
    expect(meetings('2025-12-02', 'Trong thời gian ở Việt Nam, Thủ tướng Lào Sonexay Siphandone đã hội kiến Tổng Bí thư Tô Lâm.').map((m) => [m.kind, [...m.participants].sort()])).toEqual([['courtesy_call', ['sonexay-siphandone', 'to-lam']]]);
  });
});
