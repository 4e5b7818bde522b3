import { describe, expect, test } from 'vitest';
import {
  withoutCellBar,
  isByline,
  isDateStamp,
  isHeadlineLike,
  isLeadProse,
  isPhotoPlaceholder,
  isPlayerWidget,
  isProse,
  isRelatedHeading,
  isTagList,
  lowerWordsPadded,
  stripPhotoCredit,
  stripSourcePrefix,
  uiEvidence,
} from '../../src/corpus/clean-shapes';

describe('uiEvidence', () => {
  test.each([
    ['Đăng nhập', true],
    ['Mua gói Premium chỉ 39.000đ/tháng', true],
    ['Vui lòng đăng nhập để gửi ý kiến', true],
    ['Hotline đặt báo: 1900 1234', true],
    ['Sign in to keep reading', true],
  ])('%s is strong furniture', (line, strong) => {
    expect(uiEvidence(line).strong).toBe(strong);
  });

  test.each([
    ['Hai bên thúc đẩy thanh toán bằng nội tệ.'],
    ['Doanh nghiệp đăng ký kinh doanh tại hai nước.'],
    ['Hai bên chia sẻ thông tin và thông báo cho nhau.'],
    ['Lãnh đạo hai nước và bạn bè quốc tế.'],
  ])('%s has no strong furniture word', (line) => {
    expect(uiEvidence(line).strong).toBe(false);
  });

  test.each([
    ['Gửi bình luận', 2],
    ['Bình luận', 1],
    ['bình luận bình luận gửi bình luận', 3],
    ['Bạn có thể đọc tiếp. Bạn có', 2],
    ['ePaper | e-paper | e paper', 4],
    ['Hai bên: đăng ký, đăng kí; tài khoản!', 3],
    ['...', 0],
    ['', 0],
  ])('%s weighs %i: each phrase once, the longest at its word, whole words only', (line, score) => {
    expect(uiEvidence(line).score).toBe(score);
  });
});

describe('line shapes', () => {
  test.each([
    ['17/02/2023 19:28', true],
    ['Thứ Hai, 8/11/2024 - 14:05 (GMT+7)', true],
    ['Cập nhật lúc 10:30 ngày 2/12/2025', true],
    ['Thứ Hai, 8/11/2024 - 14:05 (GMT+7) - cập nhật lúc 15:30 ngày 8/11/2024 - đăng lúc 14:05 ngày 8/11/2024', false],
    ['Chiều 8/11, hai bên hội đàm.', false],
    ['Tổng Bí thư Tô Lâm', false],
    ['March 14, 2024 - 09:15', true],
    ['Friday, Oct. 3, 2025 17:40 GMT+7', true],
    ['Talks on March 14, 2024 at 09:15', false],
    // A page's age and a stamp's time zone.
    ['36 phút trước', true],
    ['2 hours ago', true],
    ['Updated - Mar 21, 2022 02:49 pm IST', true],
    ['2 leaders met', false],
    ['36 phút hội đàm trước khi ký kết', false],
  ])('isDateStamp(%s) = %s', (line, yes) => {
    expect(isDateStamp(line)).toBe(yes);
  });

  test.each([
    ['0:00 / 0:00', true],
    ['0:00', true],
    ['1:02:15 / 1:10:41', true],
    ['Hội đàm lúc 9:00', false],
  ])('isPlayerWidget(%s) = %s', (line, yes) => {
    expect(isPlayerWidget(line)).toBe(yes);
  });

  test.each([
    ['Cuộc gặp cấp cao - Ảnh 3.', true],
    ['Thủ tướng thăm Malaysia - Hình 2', true],
    ['Thủ tướng xem ảnh 3 bức.', false],
  ])('isPhotoPlaceholder(%s) = %s', (line, yes) => {
    expect(isPhotoPlaceholder(line)).toBe(yes);
  });

  test.each([
    ['Dương Ngọc', true],
    ['Hà Lê', true],
    ['Theo vov.vn', true],
    ['Nguồn: TTXVN', true],
    ['(Theo Reuters)', true],
    ['Theo đó, hai bên nhất trí.', false],
    ['Thời sự', false],
    ['Ban Biên Tập Báo Ví Dụ Điện Tử', false],
    ['Tổng Bí thư tiếp Đại sứ Nhật Bản tại Hà Nội', false],
    ['Quang Huy - 05/03/2025 17:00', true],
    ['Hà Lê | 08:05 10/4/2025', true],
    // A headline with a date after a dash is no byline: its first part is not a name.
    ['Thủ tướng hội đàm với Thủ tướng Lào - 05/03/2025', false],
    ['Quang Huy - ngày hội lớn', false],
    // A credit, then the time of posting with no mark between them.
    ['By Minh Tran   June 3, 2021 | 09:15 am GMT+7', true],
    ['By the minister June 3, 2021 | 09:15 am GMT+7', false],
  ])('isByline(%s) = %s', (line, yes) => {
    expect(isByline(line)).toBe(yes);
  });

  test.each([
    ['Tin liên quan', true],
    ['Bài cùng chủ đề:', true],
    ['Có thể bạn quan tâm', true],
    ['TIN MỚI NHẤT', true],
    ['Các cơ quan liên quan của hai bên phối hợp.', false],
  ])('isRelatedHeading(%s) = %s', (line, yes) => {
    expect(isRelatedHeading(line)).toBe(yes);
  });

  test.each([
    ['Đảng Cộng sản Việt Nam Tổng Bí thư Việt Nam - Lào Tổng Bí thư Tô Lâm Tổng Bí thư Tô Lâm thăm Lào', true],
    ['Nhật Bản Malaysia Thủ tướng Nhật Bản Thủ tướng Malaysia Kuala Lumpur Năng Lượng Chuyển Đổi Số', true],
    ['Chủ tịch nước Lương Cường hội đàm với Tổng Bí thư, Chủ tịch nước Lào', false],
    // A headline of titles and names, as capitalised as a tag list, with a meeting word as its predicate.
    ['Tổng Bí thư Tô Lâm hội kiến Thủ tướng Lào Sonexay Siphandone, Chủ tịch Quốc hội Lào Saysomphone Phomvihane', false],
    ['President Luong Cuong received Lao President Thongloun Sisoulith, Prime Minister Sonexay Siphandone', false],
    // The two sides of the meeting word bear one ministry's title: each side is read alone.
    ['Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn tiếp Bộ trưởng Bộ Ngoại giao Lào Thongsavanh Phomvihane', false],
    ['Bộ trưởng Bộ Công an Lương Tam Quang hội đàm với Bộ trưởng Bộ Công an Campuchia', false],
    // One side repeating itself is still a tag list's name filed twice.
    ['Bộ Ngoại giao Bộ trưởng Bùi Thanh Sơn Bộ trưởng Bùi Thanh Sơn hội đàm Ngoại giao Lào Thongsavanh', true],
    ['Hà Nội, Vientiane, Phnom Penh, Bangkok, Kuala Lumpur Và Jakarta Cùng Đăng Cai Các Hội Nghị Khu Vực', false],
    ['Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, văn hóa và giáo dục.', false],
  ])('isTagList(%s) = %s', (line, yes) => {
    expect(isTagList(line)).toBe(yes);
  });

  test.each([
    ['Tổng Bí thư Tô Lâm tiếp Đại sứ Nhật Bản Ito Naoki tại Hà Nội.', true],
    ['Âm nhạc Văn học Sân khấu Điện ảnh Nghe - Xem – Đọc gì?', true],
    ['Thời sự Quốc tế Lao động', false],
    ['Bạn cần đăng nhập để thực hiện chức năng này, xin cảm ơn bạn!', false],
    // A long paragraph cut off inside a list is prose; a short line ending in ";" is not.
    ['Bên lề hội nghị, Thủ tướng đã gặp Thủ tướng Lào, Thủ tướng Campuchia, Tổng thống Indonesia và Thủ tướng Malaysia; Tổng thống Philippines;', true],
    ['Chính trị; Kinh tế; Xã hội; Văn hóa; Thế giới;', false],
    ['“We will keep working together on trade and energy,” the minister said. - Bernama', true],
    ['The two sides signed five agreements on trade and investment. — VNA', true],
    // Signatures in brackets, joined by a slash or a hyphen, after a dash with no space before it.
    ['At the talks, the minister also expressed hope for support of the peace process, the ministry added. (Yonhap)', true],
    ['The host went on to propose boosting bilateral cooperation in education and tourism. — VNA/VNS', true],
    ['They also pledged support for each other when Laos chairs the Association (ASEAN).– NNN-KPL', true],
    // A line cut off after a hyphenated name, or ending in a bracketed word after no stop, is no sentence.
    ['The two ministers agreed to deepen cooperation between the U.S.-China', false],
    ['The two ministers agreed to deepen cooperation in trade and investment (ASEAN)', false],
    ['Zhao Leji meets with Cambodian Senate President Hun Sen in Beijing, capital of China, Dec. 4, 2024. (Xinhua/Ju Peng)', false],
    // One furniture word in a long paragraph is the story's own word; in a short line it is a button.
    [
      'The two ministers agreed to step up cooperation in maritime security, fisheries and search and rescue, and to establish a hotline between the two navies to settle incidents arising at sea quickly. They also discussed trade, investment and the coming ASEAN summit in Kuala Lumpur.',
      true,
    ],
    ['Call our hotline now for the latest news and offers.', false],
    ['Sign in or subscribe to read this story and every other story on our site without limits today.', false],
  ])('isProse(%s) = %s', (line, yes) => {
    expect(isProse(line)).toBe(yes);
  });

  test('a lead is prose of 80+ characters, which a menu line ending in "?" is not', () => {
    expect(isLeadProse('Âm nhạc Văn học Sân khấu Điện ảnh Nghe - Xem – Đọc gì?')).toBe(false);
    expect(isLeadProse('Chiều 17/2, Tổng Bí thư Nguyễn Phú Trọng tiếp đồng chí Thongsalith Mangnomek, Chánh Văn phòng.')).toBe(true);
  });

  test.each([
    ['Cuộc gặp cấp cao giữa hai Đảng', true],
    ['Đăng nhập', false],
    ['Đăng nhập để gửi bình luận', false],
    ['0:00', false],
    ['Cập nhật lúc 10:30 ngày 2/12/2025', false],
    ['Cuộc gặp cấp cao - Ảnh 3.', false],
    ['Đảng Cộng sản Việt Nam Tổng Bí thư Việt Nam - Lào Tổng Bí thư Tô Lâm Tổng Bí thư Tô Lâm thăm Lào', false],
  ])('isHeadlineLike(%s) = %s', (line, yes) => {
    expect(isHeadlineLike(line)).toBe(yes);
  });
});

describe('stripPhotoCredit', () => {
  test.each([
    ['Hai nhà lãnh đạo hội đàm. Ảnh: TTXVN', 'Hai nhà lãnh đạo hội đàm.'],
    ['Tổng Bí thư hội đàm với Chủ tịch nước Lào (Ảnh: Thống Nhất/TTXVN).', 'Tổng Bí thư hội đàm với Chủ tịch nước Lào'],
    ['Quang cảnh buổi tiếp. Ảnh Đăng Khoa/Nhân dân', 'Quang cảnh buổi tiếp.'],
    ['Thủ tướng phát biểu. (Ảnh: Reuters)', 'Thủ tướng phát biểu.'],
    ['Thủ tướng phát biểu. Photo: AFP', 'Thủ tướng phát biểu.'],
    ['The ministers shake hands in Hanoi, May 2, 2024. Jane Doe/Pool via REUTERS', 'The ministers shake hands in Hanoi, May 2, 2024.'],
    ['The leaders meet in Jakarta. REUTERS/Willy Kurniawan', 'The leaders meet in Jakarta.'],
    ['The leaders meet in Jakarta (AFP).', 'The leaders meet in Jakarta'],
    ['Two prime ministers enjoy coffee in Hanoi. Photo: VNA |', 'Two prime ministers enjoy coffee in Hanoi.'],
    // A caption scraped from a table cell keeps the cell's closing bar.
    ['Hai Thủ tướng tại buổi gặp - Ảnh: VGP/Nhật Bắc |', 'Hai Thủ tướng tại buổi gặp'],
    ['The two ministers meet in Hanoi on May 2, 2024. -- PHOTO: ST FILE', 'The two ministers meet in Hanoi on May 2, 2024.'],
    // The photographer before a comma, the pool and a file photo after the agency.
    ['The two presidents meet in Bogor on May 2, 2022. Jane Doe, EPA-EFE/Pool/file', 'The two presidents meet in Bogor on May 2, 2022.'],
    ['The two presidents meet in Bogor. John Roe, EFE', 'The two presidents meet in Bogor.'],
    // A source in brackets after the caption's sentence.
    ['Thủ tướng vẫy chào khi ngồi trên xe buýt ở sân bay. (Nguồn: PTI)', 'Thủ tướng vẫy chào khi ngồi trên xe buýt ở sân bay.'],
    ['The two ministers meet in Hanoi on Monday. (Source: Kyodo)', 'The two ministers meet in Hanoi on Monday.'],
  ])('%s', (line, caption) => {
    expect(stripPhotoCredit(line)).toBe(caption);
  });

  test.each([['Ảnh: TTXVN'], ['Hai bên trao đổi ảnh tư liệu về lịch sử quan hệ hai nước.'], ['Hai bên trao đổi về vấn đề (nguồn: báo cáo của Bộ) và nhiều nội dung khác.'], ['Tổng Bí thư Tô Lâm'], ['The minister told Reuters on Monday the talks went well.']])(
    'no credit in %s',
    (line) => {
      expect(stripPhotoCredit(line)).toBeNull();
    },
  );
});

describe('withoutCellBar', () => {
  test('drops a cell\'s closing bar, and the opening one of a row of one cell', () => {
    expect(withoutCellBar('Hai nhà lãnh đạo tại buổi tiếp - Ảnh: Nguyễn Hòa |')).toBe('Hai nhà lãnh đạo tại buổi tiếp - Ảnh: Nguyễn Hòa');
    expect(withoutCellBar('| Ngoại trưởng A hội đàm với Ngoại trưởng B |')).toBe('Ngoại trưởng A hội đàm với Ngoại trưởng B');
    expect(withoutCellBar('| Ngày | Sự kiện |')).toBe('| Ngày | Sự kiện');
    expect(withoutCellBar('A | B')).toBe('A | B');
  });
});

describe('stripSourcePrefix', () => {
  test.each([
    ['(NLĐO)- Tổng Bí thư Tô Lâm', 'Tổng Bí thư Tô Lâm'],
    ['GDVN- Chiều 17/2, Tổng Bí thư', 'Chiều 17/2, Tổng Bí thư'],
    ['HÀ NỘI (TTXVN) - Sáng 3/4, Thủ tướng', 'Sáng 3/4, Thủ tướng'],
    ['(Dân trí) - Chiều 5/5, đoàn đến', 'Chiều 5/5, đoàn đến'],
    ['Việt Nam - Lào là hai nước láng giềng', 'Việt Nam - Lào là hai nước láng giềng'],
    ['Chiều 8/11, Chủ tịch nước', 'Chiều 8/11, Chủ tịch nước'],
  ])('%s', (line, rest) => {
    expect(stripSourcePrefix(line)).toBe(rest);
  });
});

describe('lowerWordsPadded', () => {
  /** What it replaces: the regular expression the word tests used to build their text with. */
  const byReplace = (line: string): string => ` ${line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

  test('equals the replace on constructed lines', () => {
    const lines = [
      '',
      '   ',
      '...!?',
      'Đăng nhập | Đăng ký',
      'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào, ngày 12/3/2024.',
      'President Biden said: “We agreed.” — AFP',
      'İstanbul ÇAĞ', // "İ" lowercases to "i" and a combining dot, which is no letter
      'a\ud800b\udc00c', // lone surrogates
      '😀x𝟘𝒜y 😀', // astral letters and numbers, and an astral symbol
      '½ ² Ⅻ ٣', // numbers that are not digits
      '\ufeffabc\u00a0d\u200be\tf\ng',
      'ສະບາຍດີ ທ່ານ', // Lao: vowel signs are marks, not letters
    ];
    for (const line of lines) expect(lowerWordsPadded(line), JSON.stringify(line)).toBe(byReplace(line));
  });

  test('equals the replace on every BMP character between two letters', () => {
    for (let cp = 0; cp <= 0xffff; cp += 1) {
      const line = `a${String.fromCharCode(cp)}B`;
      if (lowerWordsPadded(line) !== byReplace(line)) expect(lowerWordsPadded(line), `U+${cp.toString(16)}`).toBe(byReplace(line));
    }
  });
});
