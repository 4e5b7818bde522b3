/**
 * Local news pages for tests/e2e/saved-articles.test.ts, each saying what saving it must give.
 * Laid out as news sites are (menus, a headline, a byline, captions, related links, a footer) so
 * that reader mode has something to take out.
 */

const shell = (lang: string, title: string, published: string | null, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title} | Báo Tin Tức</title>
${published ? `<meta property="article:published_time" content="${published}T08:00:00+07:00">` : ''}
<meta property="og:site_name" content="Tin Tức Thử">
</head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/the-gioi">Thế giới</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<main>${body}</main>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Giá vàng hôm nay</a></li><li><a href="/b">Thời tiết cuối tuần</a></li></ul></aside>
<footer><p>© Báo Tin Tức Thử. Giấy phép số 123/GP-BTTTT.</p></footer>
</body></html>`;

/**
 * Vietnamese: Phạm Minh Chính held talks with Lawrence Wong on 9/4/2025 (a meeting the bundled
 * corpus does not hold), each with a statement. Saved: 1 meeting (talks, 2025-04-09), 2 quotes.
 */
export const VI_ARTICLE = shell(
  'vi',
  'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lawrence Wong',
  '2025-04-10',
  `<article>
<h1>Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lawrence Wong</h1>
<p class="byline">Minh Anh - 10/04/2025 08:00</p>
<p>Chiều 9/4, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Singapore Lawrence Wong.</p>
<figure><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><figcaption>Hai Thủ tướng tại lễ đón.</figcaption></figure>
<p>Tại hội đàm, Thủ tướng Phạm Minh Chính khẳng định Việt Nam luôn coi trọng quan hệ Đối tác Chiến lược Toàn diện với Singapore và mong muốn hai nước tiếp tục phối hợp chặt chẽ tại các diễn đàn khu vực.</p>
<p>Thủ tướng Lawrence Wong cho biết Singapore mong muốn mở rộng hợp tác với Việt Nam về kinh tế số, năng lượng xanh và đào tạo nguồn nhân lực chất lượng cao trong thời gian tới.</p>
<p>Hai bên nhất trí thúc đẩy thương mại song phương, tăng cường kết nối giữa doanh nghiệp hai nước và phát triển các khu công nghiệp Việt Nam - Singapore thế hệ mới.</p>
</article>`,
);

/**
 * English: Luong Cuong held talks with Prabowo Subianto on 20 May 2025. Saved: 1 meeting (talks,
 * 2025-05-20), 2 quotes.
 */
export const EN_ARTICLE = shell(
  'en',
  'Vietnamese President Luong Cuong holds talks with Indonesian President Prabowo Subianto',
  '2025-05-21',
  `<article>
<h1>Vietnamese President Luong Cuong holds talks with Indonesian President Prabowo Subianto</h1>
<p class="byline">By staff writers, May 21, 2025</p>
<p>On May 20, President Luong Cuong held talks with Indonesian President Prabowo Subianto in Hanoi, during the Indonesian leader's state visit to Vietnam.</p>
<p>President Luong Cuong said Vietnam values its comprehensive strategic partnership with Indonesia and wants the two countries to work closely together within ASEAN.</p>
<p>President Prabowo Subianto affirmed that Indonesia wants to expand trade and investment with Vietnam and to cooperate on food security and energy.</p>
<p>The two sides agreed to raise bilateral trade and to strengthen maritime cooperation in the coming years.</p>
</article>`,
);

/**
 * Another page, later than both: naming Phạm Minh Chính and Lương Cường, so their cards, as of
 * 2025-06-15, show the saved meetings as prior.
 */
export const LATER_PAGE = shell(
  'vi',
  'Điểm tin ngoại giao tháng 6',
  '2025-06-15',
  `<article><h1>Điểm tin ngoại giao tháng 6</h1>
<p id="pm">Thủ tướng Phạm Minh Chính tiếp tục chuyến công tác tại châu Âu trong tuần này.</p>
<p id="president">Chủ tịch nước Lương Cường dự hội nghị cấp cao tại Hà Nội.</p>
</article>`,
);

/** A page reader mode finds no article on: a sign-in form and a few links. */
export const NOT_AN_ARTICLE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập</title></head>
<body><form><label>Email <input type="email"></label><label>Mật khẩu <input type="password"></label><button>Đăng nhập</button></form>
<p><a href="/">Trang chủ</a></p></body></html>`;

/**
 * English, for the worker-stop test: Lương Cường and Lawrence Wong, a courtesy call on
 * 2025-07-02 (none in the bundled corpus).
 */
export const EN_ARTICLE_STOPPED = shell(
  'en',
  'Singapore Prime Minister Lawrence Wong pays a courtesy call on President Luong Cuong',
  '2025-07-03',
  `<article>
<h1>Singapore Prime Minister Lawrence Wong pays a courtesy call on President Luong Cuong</h1>
<p>On July 2, President Luong Cuong received Singapore Prime Minister Lawrence Wong in Hanoi, on a visit to Vietnam for the two countries' annual dialogue.</p>
<p>President Luong Cuong said Vietnam wishes to deepen its comprehensive strategic partnership with Singapore in trade, finance and education.</p>
<p>Prime Minister Lawrence Wong said Singapore would keep investing in Vietnam's industrial parks and green energy projects over the coming decade.</p>
</article>`,
);

/**
 * Article files for the import test (a zip laid out like `corpus/`): one tells a meeting the
 * bundled corpus holds (Tô Lâm and Thongloun Sisoulith, talks, 2025-12-01), which must show as one
 * meeting with two sources; one is new; the others are files the CLI refuses.
 */
export const IMPORT_LAOS = ` date 2025-12-02
 url https://news.example/to-lam-thongloun-talks.html
General Secretary To Lam holds talks with Lao leader Thongloun Sisoulith
On December 1, General Secretary To Lam held talks with General Secretary and President of Laos Thongloun Sisoulith in Vientiane.
General Secretary To Lam said Vietnam treasures its special relationship with Laos.
`;

export const IMPORT_PRABOWO_2024 = ` date 2024-03-12
 url https://news.example/prabowo-hanoi-2024.html
Indonesian President-elect Prabowo Subianto meets Prime Minister Pham Minh Chinh
On March 11, Prime Minister Pham Minh Chinh received Indonesian Defence Minister Prabowo Subianto in Hanoi.
Prime Minister Pham Minh Chinh said Vietnam wants closer defence and trade ties with Indonesia.
`;

/**
 * Vietnamese: Phan Văn Giang held talks with Australia's defence minister Richard Marles on
 * 5/3/2025. The registry and the bundled corpus lack Marles: saved, the article makes him a person
 * found in the reader's own articles (src/saved/saved-people.ts), with the talks and his statement.
 */
export const FOUND_ARTICLE = shell(
  'vi',
  'Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Australia',
  '2025-03-05',
  `<article>
<h1>Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Australia</h1>
<p class="byline">Quang Huy - 05/03/2025 17:00</p>
<p>Ngày 5/3, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng Việt Nam, đã hội đàm với Bộ trưởng Quốc phòng Australia Richard Marles đang thăm chính thức Việt Nam.</p>
<p>Tại hội đàm, ông Marles khẳng định Australia coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam và mong muốn mở rộng hợp tác gìn giữ hòa bình, đào tạo và an ninh hàng hải.</p>
<p>Hai bên nhất trí tăng cường trao đổi đoàn các cấp và phối hợp tại các diễn đàn quốc phòng khu vực trong thời gian tới.</p>
</article>`,
);

/** Names Richard Marles, whom only the saved FOUND_ARTICLE makes a person. */
export const FOUND_LATER = shell(
  'vi',
  'Điểm tin quốc phòng',
  '2025-06-20',
  `<article><h1>Điểm tin quốc phòng</h1>
<p id="marles">Bộ trưởng Quốc phòng Australia Richard Marles phát biểu tại Đối thoại Shangri-La.</p>
<p id="pm">Thủ tướng Phạm Minh Chính tiếp tục chuyến công tác tại châu Âu trong tuần này.</p>
</article>`,
);
