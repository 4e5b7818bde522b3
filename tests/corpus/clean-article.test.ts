import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean-article';
import { readArticles } from '../../src/corpus/read-articles';

const seeds = readArticles(join(import.meta.dirname, '../../corpus/articles')).articles;
const seed = (prefix: string) => {
  const a = seeds.find((x) => x.file.startsWith(prefix));
  if (!a) throw new Error(`seed ${prefix} missing`);
  return { raw: a, clean: cleanArticle(a.text) };
};
const bodyText = (c: ReturnType<typeof cleanArticle>): string => c.paragraphs.map((p) => p.text).join('\n');

describe('cleanArticle on the seed articles', () => {
  test.each([
    ['000', 'Chủ tịch nước Lương Cường hội đàm với Tổng Bí thư, Chủ tịch nước Lào'],
    ['001', 'Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith'],
    ['002', 'Tổng Bí thư tiếp Đoàn đại biểu cấp cao Văn phòng Trung ương Đảng Nhân dân Lào'],
    ['003', 'Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào'],
    ['004', 'Chủ tịch nước Lương Cường hội kiến với Tổng thống Liên bang Nga Vladimir Putin'],
  ])('%s has the title %s', (prefix, title) => {
    expect(seed(prefix).clean.title).toBe(title);
  });

  test.each([
    ['000', 'Chiều 8/11, Chủ tịch nước Lương Cường'],
    ['001', 'Nhận lời mời của Tổng Bí thư'],
    ['002', 'Chiều 17/2, Tổng Bí thư Nguyễn Phú Trọng tiếp'],
    ['003', 'Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đồng chủ trì'],
    ['004', 'Đây là lần đầu tiên Chủ tịch nước Lương Cường'],
  ])('%s starts its body with the lead "%s…"', (prefix, lead) => {
    expect(seed(prefix).clean.paragraphs[0]?.text.startsWith(lead)).toBe(true);
  });

  test.each([
    ['000', 'Kết thúc hội đàm, Tổng Bí thư, Chủ tịch nước Lào đã nhắc lại lời mời'],
    ['001', 'Tổng Bí thư Tô Lâm đã trân trọng mời Tổng Bí thư'],
    ['002', 'Cùng ngày, Đoàn cán bộ Văn phòng Trung ương'],
    ['003', 'Bên cạnh đó, Việt Nam và Lào sẽ mở rộng hợp tác'],
    ['004', 'Cuộc hội kiến giữa Chủ tịch nước Lương Cường và Tổng thống Putin'],
  ])('%s ends its body with its last paragraph "%s…"', (prefix, last) => {
    expect(seed(prefix).clean.paragraphs.at(-1)?.text.startsWith(last)).toBe(true);
  });

  it('003: no boilerplate line survives', () => {
    const { clean } = seed('003');
    const body = bodyText(clean);
    for (const bad of [
      /HOTLINE/i, /đăng nhập/i, /đăng ký/i, /thanh toán/i, /VIP/, /Zalo/, /Lên đầu/, /Tin liên quan/, /- Ảnh \d/,
      /Ảnh: TTXVN/, /Dương Ngọc/, /xem thêm/i, /Thời sự Quốc tế/, /\(NLĐO\)/, /Trưa 2-12/, /Sáng 2-12/,
      /Một số hình ảnh/, /bình luận/i, /Euro 2024/, /Thông báo/,
    ]) {
      expect(body).not.toMatch(bad);
    }
    expect(clean.paragraphs.every((p) => p.line >= 72 && p.line <= 138)).toBe(true);
  });

  it('003: keeps the first caption that is a sentence about people, once, without its credit', () => {
    const caption =
      'Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đồng chủ trì Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào.';
    const captions = seed('003').clean.paragraphs.filter((p) => p.text === caption);
    expect(captions).toHaveLength(1);
    expect(captions[0]?.line).toBe(78);
    expect(captions[0]?.text.endsWith('Cách mạng Lào.')).toBe(true);
  });

  it('002: drops the stamp, player, source byline and repeated captions, keeps the first caption', () => {
    const { clean } = seed('002');
    const removedLines = clean.removed.map((r) => r.line);
    expect(removedLines).toEqual(expect.arrayContaining([3, 4, 5, 6, 13, 23, 35, 49]));
    expect(clean.paragraphs.map((p) => p.line)).toEqual(expect.arrayContaining([11, 21, 33]));
    expect(bodyText(clean)).not.toMatch(/Ảnh Đăng Khoa|Theo vov\.vn|0:00/);
  });

  it('004: drops the closing byline', () => {
    expect(seed('004').clean.removed).toEqual([{ line: 12, reason: 'byline' }]);
  });

  it('000 and 001: remove nothing but blank lines', () => {
    expect(seed('000').clean.removed).toEqual([]);
    expect(seed('001').clean.removed).toEqual([]);
  });

  it('gives each paragraph its line in the text', () => {
    const { raw, clean } = seed('002');
    const lines = raw.text.split('\n');
    for (const p of clean.paragraphs.slice(1)) expect(lines[p.line - 1]).toContain(p.text.slice(0, 30));
  });
});

// Boilerplate from imaginary sites, none of whose words appear in the seed: the cleaner must see
// the shapes, not remember strings.
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

describe('cleanArticle on other sites', () => {
  it('site A: finds the title after its own menu and paywall, and drops its footer', () => {
    const c = cleanArticle(SITE_A);
    expect(c.title).toBe('Thủ tướng Nhật Bản thăm chính thức Malaysia');
    expect(c.paragraphs.map((p) => p.text)).toEqual([
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

  it('keeps a body sentence that uses payment or registration words as ordinary words', () => {
    const text = [
      'Việt Nam và Lào thúc đẩy thanh toán bằng nội tệ',
      'Sáng 5/5, hai Thống đốc ngân hàng trung ương đã ký thỏa thuận thúc đẩy thanh toán bằng nội tệ trong thương mại song phương.',
      'Theo thỏa thuận, doanh nghiệp đăng ký kinh doanh tại hai nước có thể mở tài khoản bằng đồng kíp và đồng Việt Nam tại ngân hàng thương mại.',
      'Hai bên cũng nhất trí chia sẻ thông tin và thông báo cho nhau về chính sách tiền tệ.',
    ].join('\n');
    const c = cleanArticle(text);
    expect(c.paragraphs).toHaveLength(3);
    expect(c.removed).toEqual([]);
  });

  it('keeps the article going after a related box in the middle', () => {
    const text = [
      'Thủ tướng dự hội nghị thượng đỉnh ASEAN',
      'Sáng 10/10, Thủ tướng đã tới Vientiane dự Hội nghị Cấp cao ASEAN lần thứ 44 và 45 cùng các hội nghị liên quan.',
      'Tin liên quan',
      'Thủ tướng gặp Thủ tướng Lào bên lề hội nghị',
      'Hội nghị thông qua tuyên bố chung về kết nối',
      'Phát biểu tại phiên toàn thể, Thủ tướng nhấn mạnh vai trò của ASEAN trong duy trì hòa bình và ổn định khu vực. Ông đề nghị các nước tăng cường kết nối hạ tầng.',
      'Chiều cùng ngày, Thủ tướng có các cuộc gặp song phương với lãnh đạo nhiều nước thành viên ASEAN.',
    ].join('\n');
    const c = cleanArticle(text);
    expect(c.paragraphs.map((p) => p.line)).toEqual([2, 6, 7]);
    expect(c.removed.map((r) => r.line)).toEqual([3, 4, 5]);
  });

  it('returns an empty result for empty text', () => {
    expect(cleanArticle('\n \n')).toEqual({ title: '', titleLine: 0, paragraphs: [], removed: [] });
  });

  it('falls back to the first headline-like line when no prose follows a headline', () => {
    const c = cleanArticle('Xem\nLịch làm việc tuần này\nHội đàm cấp cao');
    expect(c.title).toBe('Lịch làm việc tuần này');
    expect(c.paragraphs).toEqual([{ text: 'Hội đàm cấp cao', line: 3 }]);
    expect(c.removed).toEqual([{ line: 1, reason: 'navigation menu before the title' }]);
  });
});
