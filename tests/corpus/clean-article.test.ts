import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { cleanArticle, type CleanedArticle } from '../../src/corpus/clean-article';
import { readArticles } from '../../src/corpus/read-articles';

/**
 * Each cleaning rule pinned on constructed text: the menus, bylines, "Tin liên quan" boxes,
 * captions and tag lists of imaginary sites, none of whose words come from the seed corpus: the
 * cleaner must see the shapes, not remember strings. Lines are given as arrays, so a test reads
 * which line number is which.
 */
const clean = (...lines: string[]): CleanedArticle => cleanArticle(lines.join('\n'));
const texts = (c: CleanedArticle): string[] => c.paragraphs.map((p) => p.text);
const reasonOf = (c: CleanedArticle, line: number): string | undefined => c.removed.find((r) => r.line === line)?.reason;

// Prose an article body is made of: full sentences of 80+ characters.
const TITLE = 'Thủ tướng tiếp Đại sứ Nhật Bản';
const LEAD = 'Sáng 3/4, tại trụ sở Chính phủ, Thủ tướng đã tiếp Đại sứ Nhật Bản nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.';
const P2 = 'Đại sứ cảm ơn sự hỗ trợ quý báu của các bộ, ngành Việt Nam trong suốt nhiệm kỳ công tác tại Hà Nội.';
const P3 = 'Hai bên nhất trí tiếp tục thúc đẩy hợp tác trong các lĩnh vực năng lượng, giáo dục và chuyển đổi số.';
const P4 = 'Thủ tướng đề nghị Đại sứ tiếp tục là cầu nối giữa hai nước trên cương vị mới sau khi về nước.';

describe('cleanArticle: the title', () => {
  it('is the headline the lead follows, not a menu line above it', () => {
    const c = clean('Báo Ví Dụ Điện Tử', 'Thời sự Thế giới Kinh tế Văn hóa Thể thao', TITLE, LEAD, P2);
    expect(c.title).toBe(TITLE);
    expect(c.titleLine).toBe(3);
    expect(c.paragraphs).toEqual([{ text: LEAD, line: 4 }, { text: P2, line: 5 }]);
  });

  it("keeps a story's opening cut off mid-sentence before a mirror's note, where no headline has its lead after it", () => {
    const opening =
      'Foreign Minister Bui Thanh Son and Lao Foreign Minister Saleumxay Kommasith shake hands before their talks. HÀ NỘI — Foreign Minister Bui Thanh Son and Lao Foreign Minister Saleumxay Kommasith held talks in Hà Nội on Friday, discussing ways to carry forward the special relationship between the two countries and';
    const note = 'Ministers talk special ties have 287 words, post on example.vn at March 5, 2021. This is cached page on Mirror. If you want remove this page, please contact us.';
    expect(clean(opening, '', note).paragraphs).toEqual([{ text: opening, line: 1 }]);
    // A headline with its lead after it: a cut-off line above it is still the site's.
    expect(clean(opening, TITLE, LEAD).paragraphs).toEqual([{ text: LEAD, line: 3 }]);
  });

  it('keeps a photo caption under the headline that tells a meeting, its credit cut off, and drops one that does not', () => {
    const told = 'Prime Minister Pham Minh Chinh held a phone call with Lao Prime Minister Sonexay Siphandone on December 1 – Photo: VNA';
    const c = clean('Lao PM makes first visit abroad to Vietnam', told, LEAD, P2);
    expect(c.title).toBe('Lao PM makes first visit abroad to Vietnam');
    expect(c.paragraphs.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(c.paragraphs[0]!.text).toBe('Prime Minister Pham Minh Chinh held a phone call with Lao Prime Minister Sonexay Siphandone on December 1');
    const pictured = clean('Lao PM makes first visit abroad to Vietnam', 'Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone in Hanoi – Photo: VNA', LEAD, P2);
    expect(pictured.paragraphs.map((p) => p.line)).toEqual([3, 4]);
  });

  it('is the headline above a credit with its time of posting, not the credit', () => {
    const c = clean('Lao PM makes first visit abroad to Vietnam', 'By Minh Tran   June 3, 2021 | 09:15 am GMT+7', LEAD, P2);
    expect(c.title).toBe('Lao PM makes first visit abroad to Vietnam');
    expect(c.paragraphs).toEqual([{ text: LEAD, line: 3 }, { text: P2, line: 4 }]);
  });

  it('is the headline above a standfirst that retells it (a sentence with no stop), which stays the first paragraph', () => {
    const standfirst = 'Thủ tướng đã tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ chiều nay';
    const c = clean('Báo Ví Dụ Điện Tử', TITLE, standfirst, LEAD, P2);
    expect(c.title).toBe(TITLE);
    expect(c.titleLine).toBe(2);
    expect(texts(c)).toEqual([standfirst, LEAD, P2]);
  });

  it('is the headline above a standfirst written as points of a list, which stay the first paragraphs', () => {
    const headline = 'Lao and Thai leaders hold first talks, agree to boost trade';
    const points = ['- The Lao and Thai leaders agreed to boost trade and open a new border crossing next year', '- He also met the Cambodian and Malaysian leaders on the sidelines of the forum in Bangkok'];
    const lead = 'The Lao Prime Minister held his first talks with the Thai Prime Minister in Bangkok on Monday, agreeing to boost trade.';
    const c = clean(headline, ...points, lead, P2);
    expect(c.title).toBe(headline);
    expect(texts(c)).toEqual([...points, lead, P2]);
    // Points that do not retell the headline (links to other stories) are no standfirst.
    const links = clean(headline, '- Flooding closes the main highway north of the capital for two days', '- Central bank keeps interest rates unchanged for the third month running', lead, P2);
    expect(links.title).not.toBe(headline);
  });

  it('is the headline above stamps set out as points of a list ("• 36 phút trước"), not a stamp', () => {
    const c = clean(TITLE, '  • Thứ Hai, 8/11/2024 - 14:05 (GMT+7)', '  • 36 phút trước', LEAD, P2);
    expect(c.title).toBe(TITLE);
    expect(texts(c)).toEqual([LEAD, P2]);
    expect(reasonOf(c, 3)).toBe('date/time stamp between the title and the lead');
  });

  it('takes no stamp or menu line above a headline for the title, the headline not retelling it', () => {
    const c = clean('Thứ Hai, ngày 07 tháng 3 năm 2022, 10 giờ sáng', 'Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ nhân dịp kết thúc nhiệm kỳ', LEAD, P2);
    expect(c.title).toBe('Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ nhân dịp kết thúc nhiệm kỳ');
  });

  it('is the headline above a scraped Markdown image and a caption in a table cell, not that caption', () => {
    const c = clean(TITLE, '![]() |', 'Hai nhà lãnh đạo tại buổi tiếp - Ảnh: Nguyễn Hòa |', LEAD, '![Ảnh](https://example.org/a.jpg)', P2);
    expect(c.title).toBe(TITLE);
    expect(texts(c)).toEqual([LEAD, P2]);
    expect(reasonOf(c, 3)).toBe('photo caption between the title and the lead');
  });

  it('is the headline above scraped Markdown images and a caption under them with no credit, a short sentence, not that caption', () => {
    const c = clean(TITLE, '![]() |', '![]() |', 'Quang cảnh buổi làm việc sáng nay tại Hà Nội. |', LEAD, P2);
    expect(c.title).toBe(TITLE);
    expect(texts(c)).toEqual([LEAD, P2]);
    expect(reasonOf(c, 4)).toBe('photo caption between the title and the lead');
    // The same short line with no photo above it is no caption: the headline has no lead after it.
    expect(clean(TITLE, 'Quang cảnh buổi làm việc sáng nay tại Hà Nội.', LEAD, P2).titleLine).toBe(2);
  });

  it('keeps a caption with no credit in the table cell under a photo when it tells a meeting, without its bars', () => {
    const told = 'Bộ trưởng Ngoại giao Lào điện đàm với Bộ trưởng Ngoại giao Thái Lan về hợp tác biên giới';
    const c = clean(TITLE, '![]() |', `| ${told} |`, LEAD, P2);
    expect(c.title).toBe(TITLE);
    expect(c.paragraphs).toEqual([{ text: told, line: 3 }, { text: LEAD, line: 4 }, { text: P2, line: 5 }]);
    // A caption in a cell under a photo that tells no meeting is still the photo's, not the story's.
    expect(texts(clean(TITLE, '![]() |', '![]() |', 'Quang cảnh buổi họp báo chiều nay ở Viêng Chăn. |', LEAD, P2))).toEqual([LEAD, P2]);
  });

  it('is the headline above a byline with the time of posting on one line, not that byline', () => {
    const c = clean(TITLE, 'Quang Huy - 05/03/2025 17:00', LEAD, P2);
    expect(c.title).toBe(TITLE);
    expect(texts(c)).toEqual([LEAD, P2]);
    expect(reasonOf(c, 2)).toBe('byline between the title and the lead');
  });

  it('is found across up to six lines of furniture before the lead, each removed with its reason', () => {
    const c = clean(
      TITLE,
      'Minh Khang',
      'Thứ Năm, 3/4/2025 - 10:15 (GMT+7)',
      '0:00 / 2:45',
      'Chia sẻ Zalo Facebook',
      'Quang cảnh buổi tiếp - Ảnh 1.',
      'Quang cảnh buổi tiếp. Ảnh: Quang Hiếu',
      LEAD,
    );
    expect(c.title).toBe(TITLE);
    expect(texts(c)).toEqual([LEAD]);
    expect(c.removed).toEqual([
      { line: 2, reason: 'byline between the title and the lead' },
      { line: 3, reason: 'date/time stamp between the title and the lead' },
      { line: 4, reason: 'audio/video player between the title and the lead' },
      { line: 5, reason: 'share/login/subscription buttons between the title and the lead' },
      { line: 6, reason: 'photo placeholder between the title and the lead' },
      { line: 7, reason: 'photo caption between the title and the lead' },
    ]);
  });

  it('needs a lead of 80 characters or more: a short question in a menu does not make the line above it the title', () => {
    const c = clean('Giải trí Thể thao Pháp luật Sức khỏe', 'Cuối tuần này nghe gì, xem gì, đọc gì cùng gia đình?', TITLE, LEAD);
    expect(c.title).toBe(TITLE);
    expect(c.titleLine).toBe(3);
  });

  test.each([
    ['Tổng Bí thư hội đàm với Chủ tịch nước Lào tại Thủ đô Hà Nội (Ảnh: Thống Nhất/TTXVN).', 'Tổng Bí thư hội đàm với Chủ tịch nước Lào tại Thủ đô Hà Nội'],
    ['Hai nhà lãnh đạo hội đàm tại Thủ đô Hà Nội. Ảnh: Văn Điệp', 'Hai nhà lãnh đạo hội đàm tại Thủ đô Hà Nội'],
  ])('keeps the words of a photo caption used as the headline, not its credit: %s', (headline, title) => {
    expect(clean(headline, LEAD).title).toBe(title);
  });

  it('falls back to the first headline-like line when no prose follows a headline', () => {
    const c = clean('Xem', 'Lịch làm việc tuần này', 'Hội đàm cấp cao');
    expect(c.title).toBe('Lịch làm việc tuần này');
    expect(c.paragraphs).toEqual([{ text: 'Hội đàm cấp cao', line: 3 }]);
    expect(c.removed).toEqual([{ line: 1, reason: 'navigation menu before the title' }]);
  });

  it('returns an empty result for empty text', () => {
    expect(cleanArticle('\n \n')).toEqual({ title: '', titleLine: 0, paragraphs: [], removed: [] });
  });
});

describe('cleanArticle: the site header before the title', () => {
  it('removes each line with what it looked like', () => {
    const c = clean(
      'Trang tin của Báo Ví Dụ, cập nhật mỗi ngày.',
      'Đăng nhập | Đăng ký | Quên mật khẩu',
      'Thứ Năm, 3/4/2025',
      'Thời sự Thế giới Kinh tế',
      TITLE,
      LEAD,
    );
    expect(c.title).toBe(TITLE);
    expect(c.removed).toEqual([
      { line: 1, reason: 'site header before the title' },
      { line: 2, reason: 'site header (login/subscription/hotline) before the title' },
      { line: 3, reason: 'date/time stamp before the title' },
      { line: 4, reason: 'navigation menu before the title' },
    ]);
  });

  it('keeps a line of lead prose before the headline (a page copied from its lead) as the first paragraph', () => {
    const c = clean(LEAD, 'Thời sự', TITLE, P2, P3);
    expect(c.title).toBe(TITLE);
    expect(c.paragraphs).toEqual([{ text: LEAD, line: 1 }, { text: P2, line: 4 }, { text: P3, line: 5 }]);
    expect(c.removed).toEqual([{ line: 2, reason: 'navigation menu before the title' }]);
  });

  it('keeps such a line when it ends on a colon that opens what follows, and still drops a menu line', () => {
    const lead =
      'At the Government House, the Prime Minister had a phone conversation with his counterpart. A spokesperson disclosed the gist of the call as follows:';
    const c = clean(lead, 'Home | News | World:', TITLE, P2, P3);
    expect(c.paragraphs).toEqual([{ text: lead, line: 1 }, { text: P2, line: 4 }, { text: P3, line: 5 }]);
    expect(c.removed).toEqual([{ line: 2, reason: 'navigation menu before the title' }]);
  });
});

describe('cleanArticle: the lead', () => {
  test.each([
    [`HÀ NỘI (TTXVN) - ${LEAD}`],
    [`(Báo Ví Dụ) - ${LEAD}`],
    [`VDO- ${LEAD}`],
  ])('loses the dateline or source glued to it: %s', (lead) => {
    expect(texts(clean(TITLE, lead))).toEqual([LEAD]);
  });

  it('is the only paragraph that loses such a prefix', () => {
    const p = 'APEC - diễn đàn của 21 nền kinh tế thành viên - là kênh hợp tác quan trọng của Việt Nam với khu vực.';
    expect(texts(clean(TITLE, LEAD, p))).toEqual([LEAD, p]);
  });
});

describe('cleanArticle: furniture inside the body', () => {
  test.each([
    ['02:15 / 10:41', 'audio/video player'],
    ['Cập nhật lúc 10:30 ngày 3/4/2025', 'date/time stamp'],
    ['Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ - Ảnh 2.', 'photo placeholder'],
    ['Vui lòng đăng nhập để bình luận', 'login/payment/subscription/comment prompt'],
    ['Đọc không giới hạn chỉ với 2.000 đồng/ngày', 'login/payment/subscription/comment prompt'],
    ['Xem thêm: Thủ tướng gặp Đại sứ Hàn Quốc', 'read-more link'],
    ['Also read: Prime Minister receives the Korean Ambassador', 'read-more link'],
    ['Một số hình ảnh tại buổi tiếp:', 'photo gallery heading'],
  ])('drops "%s" between two paragraphs (%s)', (line, reason) => {
    const c = clean(TITLE, LEAD, line, P2, P3, P4);
    expect(reasonOf(c, 3)).toBe(reason);
    expect(texts(c)).toEqual([LEAD, P2, P3, P4]);
  });

  test.each([
    ['Nhật Bản Việt Nam Thủ Tướng Đại Sứ Ngoại Giao Hợp Tác Năng Lượng Giáo Dục Chuyển Đổi Số Nhiệm Kỳ'],
    ['quan hệ việt nam nhật bản hợp tác năng lượng quan hệ việt nam nhật bản đối tác chiến lược'],
  ])('drops a tag list (mostly capitals, or a phrase repeated): %s', (line) => {
    const c = clean(TITLE, LEAD, line, P2, P3, P4);
    expect(reasonOf(c, 3)).toBe('tag list');
  });

  it('keeps a short sentence that merely says "liên quan" (a teaser heading has no full stop)', () => {
    const c = clean(TITLE, LEAD, 'Các bên liên quan đồng ý.', P2, P3);
    expect(texts(c)).toEqual([LEAD, 'Các bên liên quan đồng ý.', P2, P3]);
  });

  it('keeps a subheading that is half names and titles (a tag list is two-thirds capitals)', () => {
    const sub = 'Chủ tịch nước Lương Cường hội kiến Tổng thống Liên bang Nga Vladimir Putin tại Điện Kremlin';
    expect(texts(clean(TITLE, LEAD, sub, P2, P3))).toEqual([LEAD, sub, P2, P3]);
  });

  it('keeps a news sentence that uses payment or registration words as ordinary words', () => {
    const c = clean(
      'Việt Nam và Lào thúc đẩy thanh toán bằng nội tệ',
      'Sáng 5/5, hai Thống đốc ngân hàng trung ương đã ký thỏa thuận thúc đẩy thanh toán bằng nội tệ trong thương mại song phương.',
      'Theo thỏa thuận, doanh nghiệp đăng ký kinh doanh tại hai nước có thể mở tài khoản bằng đồng kíp và đồng Việt Nam tại ngân hàng thương mại.',
      'Hai bên cũng nhất trí chia sẻ thông tin và thông báo cho nhau về chính sách tiền tệ.',
    );
    expect(c.paragraphs).toHaveLength(3);
    expect(c.removed).toEqual([]);
  });

  it('strips WordPress caption shortcodes and keeps the caption inside', () => {
    const c = clean(TITLE, LEAD, '[caption id="attachment_1" align="aligncenter"]Thủ tướng và Đại sứ Nhật Bản trao đổi tại buổi tiếp.[/caption]', P2);
    expect(texts(c)).toEqual([LEAD, 'Thủ tướng và Đại sứ Nhật Bản trao đổi tại buổi tiếp.', P2]);
  });

  it('joins runs of spaces and tabs, and reads decomposed (NFD) letters as composed ones', () => {
    const c = clean(TITLE.normalize('NFD'), `  ${LEAD.replace(/ /g, ' \t ')}  `, P2);
    expect(c.title).toBe(TITLE);
    expect(texts(c)).toEqual([LEAD, P2]);
  });
});

describe('cleanArticle: photo captions and repeats', () => {
  const caption = 'Thủ tướng và Đại sứ Nhật Bản tại buổi tiếp ở trụ sở Chính phủ.';

  it('keeps a caption that is a sentence about people, once, without its credit', () => {
    const c = clean(TITLE, LEAD, `${caption} (Ảnh: Nhật Bắc)`, P2, `${caption} Ảnh: Nhật Bắc`, P3);
    expect(c.paragraphs).toEqual([
      { text: LEAD, line: 2 },
      { text: caption, line: 3 },
      { text: P2, line: 4 },
      { text: P3, line: 6 },
    ]);
    expect(c.removed).toEqual([{ line: 5, reason: 'repeated photo caption (first at line 3)' }]);
  });

  test.each([['Quang cảnh buổi tiếp. Ảnh: VGP'], ['Toàn cảnh hội nghị. Photo: Reuters'], ['Quang cảnh buổi tiếp. Ảnh Đăng Khoa/Báo Ví Dụ']])(
    'drops a short caption (under six words) with its credit: %s',
    (line) => {
      const c = clean(TITLE, LEAD, line, P2);
      expect(reasonOf(c, 3)).toBe('photo caption');
      expect(texts(c)).toEqual([LEAD, P2]);
    },
  );

  it('drops a paragraph that repeats an earlier one, and one that repeats the title', () => {
    const c = clean(TITLE, LEAD, P2, P2, TITLE, P3);
    expect(texts(c)).toEqual([LEAD, P2, P3]);
    expect(c.removed).toEqual([
      { line: 4, reason: 'repeated paragraph (first at line 3)' },
      { line: 5, reason: 'repeats the title' },
    ]);
  });
});

describe('cleanArticle: "Tin liên quan" boxes', () => {
  it('drops the heading, the teaser headlines and a one-sentence summary, and goes on with the article', () => {
    const c = clean(
      'Thủ tướng dự hội nghị thượng đỉnh ASEAN',
      'Sáng 10/10, Thủ tướng đã tới Vientiane dự Hội nghị Cấp cao ASEAN lần thứ 44 và 45 cùng các hội nghị liên quan.',
      'Tin liên quan',
      'Thủ tướng gặp Thủ tướng Lào bên lề hội nghị',
      'Hai Thủ tướng trao đổi về hợp tác năng lượng và kết nối hạ tầng giữa hai nước.',
      'Hội nghị thông qua tuyên bố chung về kết nối',
      'Phát biểu tại phiên toàn thể, Thủ tướng nhấn mạnh vai trò của ASEAN trong duy trì hòa bình và ổn định khu vực. Ông đề nghị các nước tăng cường kết nối hạ tầng.',
      'Chiều cùng ngày, Thủ tướng có các cuộc gặp song phương với lãnh đạo nhiều nước thành viên ASEAN.',
    );
    expect(c.paragraphs.map((p) => p.line)).toEqual([2, 7, 8]);
    expect(c.removed).toEqual([
      { line: 3, reason: 'related-articles heading' },
      { line: 4, reason: 'related-articles teaser' },
      { line: 5, reason: 'related-articles teaser' },
      { line: 6, reason: 'related-articles teaser' },
    ]);
  });

  it('reads a photo caption with its source in brackets after the box as the teaser\'s summary, not a headline, so the story\'s next paragraph is kept', () => {
    const c = clean(
      'Thủ tướng Singapore thăm Ấn Độ',
      'Thủ tướng Singapore đã tới thủ đô New Delhi tối ngày 3/10, bắt đầu chuyến thăm chính thức Ấn Độ kéo dài năm ngày.',
      'Tin liên quan',
      'Thủ tướng Singapore sắp thăm chính thức Nhật Bản',
      'Thủ tướng Singapore vẫy chào khi ngồi trên xe buýt ở sân bay New Delhi. (Nguồn: PTI)',
      'Hôm nay (4/10), Thủ tướng Ấn Độ và Thủ tướng Singapore đã tiến hành hội đàm song phương và chứng kiến lễ ký kết ba thỏa thuận hợp tác.',
    );
    expect(c.paragraphs.map((p) => p.line)).toEqual([2, 6]);
  });

  it('stops the box at two sentences of prose in a row: the article has resumed', () => {
    const c = clean(TITLE, LEAD, 'Bài cùng chủ đề:', P2, P3);
    expect(texts(c)).toEqual([LEAD, P2, P3]);
    expect(c.removed).toEqual([{ line: 3, reason: 'related-articles heading' }]);
  });
});

describe('cleanArticle: the end of the article', () => {
  const TAGS = 'Nhật Bản Việt Nam Thủ Tướng Đại Sứ Ngoại Giao Hợp Tác Năng Lượng Giáo Dục Chuyển Đổi Số Nhiệm Kỳ';
  const COMMENTS = [
    'Tôi rất vui khi thấy quan hệ hai nước ngày càng tốt đẹp hơn trong những năm qua.',
    'Mong rằng hai nước sẽ còn hợp tác nhiều hơn nữa trong lĩnh vực giáo dục và đào tạo.',
    'Cảm ơn tòa soạn đã đưa tin kịp thời về chuyến làm việc quan trọng này của Thủ tướng.',
  ];

  it('ends at a tag list followed by up to three readers\' comments and a comment box', () => {
    const c = clean(TITLE, LEAD, P2, TAGS, ...COMMENTS, 'Gửi bình luận');
    expect(texts(c)).toEqual([LEAD, P2]);
    expect(c.removed).toEqual([
      { line: 4, reason: 'tag list' },
      { line: 5, reason: 'after the article body (footer, comments)' },
      { line: 6, reason: 'after the article body (footer, comments)' },
      { line: 7, reason: 'after the article body (footer, comments)' },
      { line: 8, reason: 'login/payment/subscription/comment prompt' },
    ]);
  });

  it('goes on past a tag-list-like line that four paragraphs follow, even with a comment box after them', () => {
    const c = clean(TITLE, LEAD, TAGS, P2, P3, P4, COMMENTS[0]!, 'Gửi bình luận');
    expect(texts(c)).toEqual([LEAD, P2, P3, P4, COMMENTS[0]]);
  });

  it('does not end a short note at a tag list that comes before any of its prose', () => {
    const c = clean('Lịch tiếp công dân tuần này', TAGS, 'Sáng thứ Hai, lãnh đạo Bộ sẽ tiếp công dân tại trụ sở.', 'Chiều thứ Ba, các vụ, cục tiếp tục làm việc theo lịch.', 'Gửi bình luận');
    expect(c.paragraphs.map((p) => p.line)).toEqual([3, 4]);
  });

  it('goes on past a footer-like line that nothing closes', () => {
    const c = clean(TITLE, LEAD, 'Vui lòng đăng nhập để bình luận', P2, P3);
    expect(c.paragraphs.map((p) => p.line)).toEqual([2, 4, 5]);
  });

  test.each([
    ['a question', 'Liệu hai nước có đạt mục tiêu kim ngạch thương mại 5 tỷ USD vào năm 2030 như kỳ vọng của lãnh đạo hai bên?'],
    ['an exclamation', 'Đó thực sự là một dấu mốc quan trọng trong quan hệ hữu nghị đặc biệt giữa hai nước láng giềng!'],
    ['a closing quote', 'Thủ tướng nhấn mạnh: “Việt Nam luôn coi Nhật Bản là đối tác hàng đầu trong sự nghiệp phát triển.”'],
  ])('keeps a last paragraph that ends with %s', (_, last) => {
    expect(texts(clean(TITLE, LEAD, last, 'Minh Khang'))).toEqual([LEAD, last]);
  });

  it('drops the byline and other short lines after the last paragraph', () => {
    const c = clean(TITLE, LEAD, P2, 'Minh Khang', 'Theo Báo Ví Dụ', 'Thời sự hôm nay');
    expect(texts(c)).toEqual([LEAD, P2]);
    expect(c.removed).toEqual([
      { line: 4, reason: 'byline' },
      { line: 5, reason: 'byline' },
      { line: 6, reason: 'after the article body (not prose)' },
    ]);
  });
});

// Two imaginary sites, end to end.
const SITE_A = `Trang chủ
Thế giới
Kinh doanh
Công nghệ
Xe
Du lịch
Đăng nhập bằng Google
Mua gói Premium chỉ 39.000đ/tháng
Thế giới Châu Á Châu Âu Châu Mỹ Trung Đông Châu Phi Phân tích Hồ sơ
Thủ tướng Nhật Bản thăm chính thức Malaysia
Minh Khang
Thứ Tư, 12/3/2025 - 08:15 (GMT+7)
KUALA LUMPUR - Sáng 11/3, Thủ tướng Nhật Bản đã hội đàm với Thủ tướng Malaysia tại thủ đô Kuala Lumpur, hai bên thống nhất tăng cường hợp tác năng lượng.
Hai nhà lãnh đạo nhất trí thúc đẩy thương mại song phương và hợp tác chuyển đổi số trong những năm tới.
Thủ tướng Nhật Bản phát biểu tại cuộc họp báo chung. (Ảnh: Reuters)
Thủ tướng Nhật Bản phát biểu tại cuộc họp báo chung. (Ảnh: Reuters)
Thủ tướng Nhật Bản thăm chính thức Malaysia - Hình 2.
Phía Malaysia khẳng định coi trọng quan hệ đối tác chiến lược toàn diện với Nhật Bản.
Bài cùng chủ đề
Ngoại trưởng Mỹ công du Đông Nam Á
Sáng 10/3, Ngoại trưởng Mỹ đã tới Jakarta, mở đầu chuyến công du ba nước.
Malaysia đăng cai hội nghị cấp cao khu vực
Nhật Bản Malaysia Thủ tướng Nhật Bản Thủ tướng Malaysia Kuala Lumpur năng lượng chuyển đổi số Nhật Bản Malaysia
Về đầu trang
Ý kiến bạn đọc (0)
Vui lòng đăng nhập để gửi ý kiến
Ủng hộ tòa soạn qua ví điện tử hoặc chuyển khoản
Tổng đài chăm sóc độc giả: 1900 0000`;

const SITE_B = `MENU
Tìm kiếm
Premium
Chủ tịch Quốc hội tiếp Chủ tịch Hạ viện Ấn Độ
Chiều 4/9, tại Nhà Quốc hội, Chủ tịch Quốc hội đã tiếp Chủ tịch Hạ viện Ấn Độ nhân chuyến thăm chính thức Việt Nam.
Chủ tịch Hạ viện Ấn Độ cảm ơn sự đón tiếp trọng thị và mong muốn tăng cường hợp tác nghị viện.
Xem thêm: Việt Nam và Ấn Độ ký kết bản ghi nhớ về giáo dục
Hai bên nhất trí thúc đẩy trao đổi đoàn các cấp và hợp tác giữa các ủy ban chuyên môn.
Nguồn: Báo Điện tử Chính phủ
00:00 / 03:12
Chia sẻ Facebook Twitter Sao chép liên kết`;

// An English-language site: the same shapes in English words.
const SITE_EN = `Home
World
Business
Sign in
Subscribe to Premium for $2.99/month
Vietnam, Laos leaders pledge closer ties
By Minh Anh
Updated 12/1/2025 10:05 am
HANOI (VNA) - General Secretary To Lam held talks with Lao leader Thongloun Sisoulith in Hanoi on Monday, the two sides agreeing to boost trade.
The two leaders agreed to deepen cooperation in energy, transport and education in the coming years.
General Secretary To Lam speaks at the talks in Hanoi on Monday. Photo: Reuters
Lam said the two countries share a special relationship that must be passed on to the next generations.
Related news
Prime Minister visits Vientiane
Laos hosts regional summit
Source: VNA
Vietnam Laos To Lam Thongloun Sisoulith Hanoi Vientiane Energy Transport Education Trade Cooperation
Comments (0)
Please sign in to comment
Share on Facebook Twitter Copy link`;

describe('cleanArticle on whole pages of imaginary sites', () => {
  it('site A: finds the title after its own menu and paywall, and drops its footer', () => {
    const c = cleanArticle(SITE_A);
    expect(c.title).toBe('Thủ tướng Nhật Bản thăm chính thức Malaysia');
    expect(texts(c)).toEqual([
      'Sáng 11/3, Thủ tướng Nhật Bản đã hội đàm với Thủ tướng Malaysia tại thủ đô Kuala Lumpur, hai bên thống nhất tăng cường hợp tác năng lượng.',
      'Hai nhà lãnh đạo nhất trí thúc đẩy thương mại song phương và hợp tác chuyển đổi số trong những năm tới.',
      'Thủ tướng Nhật Bản phát biểu tại cuộc họp báo chung.',
      'Phía Malaysia khẳng định coi trọng quan hệ đối tác chiến lược toàn diện với Nhật Bản.',
    ]);
  });

  it('site B: drops read-more links, source byline, player and share bar', () => {
    const c = cleanArticle(SITE_B);
    expect(c.title).toBe('Chủ tịch Quốc hội tiếp Chủ tịch Hạ viện Ấn Độ');
    expect(c.paragraphs.map((p) => p.line)).toEqual([5, 6, 8]);
    expect(c.removed.map((r) => r.line)).toEqual([1, 2, 3, 7, 9, 10, 11]);
  });

  it('an English site: menu, sign-in and paywall, byline, stamp, credit, related links, source, tags, comments and share bar', () => {
    const c = cleanArticle(SITE_EN);
    expect(c.title).toBe('Vietnam, Laos leaders pledge closer ties');
    expect(texts(c)).toEqual([
      'General Secretary To Lam held talks with Lao leader Thongloun Sisoulith in Hanoi on Monday, the two sides agreeing to boost trade.',
      'The two leaders agreed to deepen cooperation in energy, transport and education in the coming years.',
      'General Secretary To Lam speaks at the talks in Hanoi on Monday.',
      'Lam said the two countries share a special relationship that must be passed on to the next generations.',
    ]);
    expect(c.removed.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 7, 8, 13, 14, 15, 16, 17, 18, 19, 20]);
  });
});

describe('cleanArticle on the seed corpus (smoke)', () => {
  it('finds in every seed article a title that is one of its lines, and a body of several paragraphs', () => {
    const seeds = readArticles(join(import.meta.dirname, '../../corpus/articles')).articles;
    expect(seeds.length).toBeGreaterThan(0);
    for (const seed of seeds) {
      const c = cleanArticle(seed.text);
      expect(c.title, seed.file).not.toBe('');
      expect(seed.text.split('\n')[c.titleLine - 1], seed.file).toContain(c.title);
      expect(c.paragraphs.length, seed.file).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('cleanArticle: a sentence wrapped across two lines', () => {
  const HEAD = 'Prime Minister concludes official visit to Viet Nam';
  const BROKEN = 'The Prime Minister today concluded his visit to Ha Noi and Ho Chi Minh City, and will now travel to Da Nang to attend the leaders’ meeting of the regional forum on';
  const REST = 'November 10 and 11.';
  const NEXT = 'While in Ha Noi, the Prime Minister met with the Prime Minister of Viet Nam and discussed trade and investment.';

  it('joins a long line that stops on a lowercase word with the short line that ends its sentence', () => {
    const c = clean(HEAD, BROKEN, REST, NEXT);
    expect(c.title).toBe(HEAD);
    expect(texts(c)).toEqual([`${BROKEN} ${REST}`, NEXT]);
    expect(c.paragraphs[0]?.line).toBe(2);
  });

  it('leaves apart a line that ends its sentence, and a short line without a mark', () => {
    expect(texts(clean(HEAD, `${BROKEN} November 10 and 11.`, NEXT))).toEqual([`${BROKEN} November 10 and 11.`, NEXT]);
    const short = 'The Prime Minister will travel to Da Nang on';
    expect(texts(clean(HEAD, BROKEN.replace(/ on$/u, '.'), short, REST, NEXT))).not.toContain(`${short} ${REST}`);
  });
});
