/**
 * Typical news articles about real leaders of the project's registry, for
 * `bench/saved-article.bench.ts`: what a reader saves is a news report of a few kilobytes naming
 * leaders the packaged index knows, so the engine does its real work (titles, names, dates,
 * meetings, statements), about 3–4 KB of text. Deterministic: article `n` is always the same text. Half Vietnamese,
 * half English, as the held-out real articles are.
 */
import { createRng } from './synthetic-random';

interface Person {
  vi: string;
  en: string;
}

/** Vietnamese hosts, titled as the press titles them on dates from 2024-11 to 2025-09. */
const HOSTS: Person[] = [
  { vi: 'Tổng Bí thư Tô Lâm', en: 'General Secretary To Lam' },
  { vi: 'Chủ tịch nước Lương Cường', en: 'President Luong Cuong' },
  { vi: 'Thủ tướng Phạm Minh Chính', en: 'Prime Minister Pham Minh Chinh' },
  { vi: 'Chủ tịch Quốc hội Trần Thanh Mẫn', en: 'National Assembly Chairman Tran Thanh Man' },
];

/** Foreign leaders in office over the same dates; the last two are not in the registry. */
const GUESTS: Person[] = [
  { vi: 'Thủ tướng Singapore Lawrence Wong', en: 'Singapore Prime Minister Lawrence Wong' },
  { vi: 'Tổng thống Indonesia Prabowo Subianto', en: 'Indonesian President Prabowo Subianto' },
  { vi: 'Tổng thống Nga Vladimir Putin', en: 'Russian President Vladimir Putin' },
  { vi: 'Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình', en: 'Chinese General Secretary and President Xi Jinping' },
  { vi: 'Thủ tướng Australia Anthony Albanese', en: 'Australian Prime Minister Anthony Albanese' },
  { vi: 'Thủ tướng Malaysia Anwar Ibrahim', en: 'Malaysian Prime Minister Anwar Ibrahim' },
  { vi: 'Thủ tướng Campuchia Hun Manet', en: 'Cambodian Prime Minister Hun Manet' },
  { vi: 'Thủ tướng Lào Sonexay Siphandone', en: 'Lao Prime Minister Sonexay Siphandone' },
  { vi: 'Tổng thống Philippines Ferdinand Marcos Jr.', en: 'Philippine President Ferdinand Marcos Jr.' },
  { vi: 'Tổng thống Pháp Emmanuel Macron', en: 'French President Emmanuel Macron' },
  // Office-holders the registry lacks: saved articles make them people (src/saved/saved-people.ts).
  { vi: 'Bộ trưởng Quốc phòng Australia Richard Marles', en: 'Australian Defence Minister Richard Marles' },
  { vi: 'Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen', en: 'Japanese Defence Minister Gen Nakatani' },
];

const KINDS = [
  { vi: 'hội đàm với', en: 'held talks with' },
  { vi: 'tiếp', en: 'received' },
  { vi: 'điện đàm với', en: 'held phone talks with' },
  { vi: 'hội kiến', en: 'had a courtesy call with' },
];

const FILLER_VI = [
  'Hai bên đánh giá cao những kết quả hợp tác đạt được thời gian qua trên các lĩnh vực chính trị, kinh tế, thương mại, đầu tư, giáo dục và giao lưu nhân dân.',
  'Kim ngạch thương mại song phương năm qua tiếp tục tăng trưởng, nhiều dự án đầu tư lớn đã đi vào hoạt động và tạo việc làm cho hàng nghìn lao động.',
  'Hai bên nhất trí tăng cường trao đổi đoàn các cấp, phát huy hiệu quả các cơ chế hợp tác song phương và phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế.',
  'Các bộ, ngành liên quan được giao khẩn trương triển khai các thỏa thuận đã ký, tháo gỡ khó khăn cho doanh nghiệp và thúc đẩy các dự án hợp tác trọng điểm.',
  'Sau cuộc gặp, hai bên đã chứng kiến lễ ký kết và trao các văn kiện hợp tác trong các lĩnh vực chuyển đổi số, năng lượng sạch, y tế và đào tạo nguồn nhân lực.',
];
const FILLER_EN = [
  'The two sides spoke highly of the results of cooperation in politics, the economy, trade, investment, education and people-to-people exchange.',
  'Two-way trade continued to grow last year, and several large investment projects have come into operation, creating thousands of jobs.',
  'They agreed to step up exchanges of delegations at all levels, make the most of bilateral cooperation mechanisms and coordinate closely at regional and international forums.',
  'Ministries and agencies were asked to carry out the signed agreements quickly, remove obstacles for businesses and speed up key cooperation projects.',
  'After the meeting, the two sides witnessed the signing of cooperation documents on digital transformation, clean energy, healthcare and human resources training.',
];

/** One article: its language, the corpus file text (header lines first) and its publication day. */
export interface TypicalArticle {
  lang: 'vi' | 'en';
  title: string;
  paragraphs: string[];
  published: string;
  /** The article as a corpus file, ` date` and ` url` header lines first. */
  fileText(url: string): string;
}

/**
 * Article `n` of the typical set: a host and a guest, a kind of meeting, a day between 2024-11-15
 * and 2025-09-15, two statements and ten paragraphs of the usual reporting (3–4 KB, a news
 * report's length).
 *
 * @example
 * typicalArticle(3).title; // 'President Luong Cuong received Indonesian President Prabowo Subianto'
 */
export function typicalArticle(n: number): TypicalArticle {
  const rng = createRng(`saved-article-${n}`);
  const lang: 'vi' | 'en' = n % 2 === 0 ? 'vi' : 'en';
  const host = rng.pick(HOSTS);
  const guest = rng.pick(GUESTS);
  const kind = rng.pick(KINDS);
  const day = new Date(Date.UTC(2024, 10, 15) + rng.int(0, 299) * 86_400_000);
  const published = day.toISOString().slice(0, 10);
  const met = new Date(day.getTime() - 86_400_000);
  const [d, m, y] = [met.getUTCDate(), met.getUTCMonth() + 1, met.getUTCFullYear()];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const sentences = lang === 'vi' ? FILLER_VI : FILLER_EN;
  // Two sentences a paragraph, as news paragraphs run: about 300 characters.
  const pick = () => `${rng.pick(sentences)} ${rng.pick(sentences)}`;
  const title = lang === 'vi' ? `${host.vi} ${kind.vi} ${guest.vi}` : `${host.en} ${kind.en} ${guest.en}`;
  const paragraphs =
    lang === 'vi'
      ? [
          `Chiều ${d}/${m}/${y}, tại Hà Nội, ${host.vi} đã ${kind.vi} ${guest.vi} nhân dịp chuyến thăm chính thức Việt Nam (bài số ${n}).`,
          pick(),
          `Tại cuộc gặp, ${host.vi} khẳng định Việt Nam luôn coi trọng và mong muốn làm sâu sắc hơn nữa quan hệ hữu nghị và hợp tác nhiều mặt giữa hai nước.`,
          pick(),
          `${guest.vi} cho biết nước bạn mong muốn mở rộng hợp tác với Việt Nam trong các lĩnh vực kinh tế số, năng lượng xanh và đổi mới sáng tạo.`,
          ...Array.from({ length: 8 }, pick),
        ]
      : [
          `On ${months[m - 1]} ${d}, ${host.en} ${kind.en} ${guest.en} in Hanoi during an official visit to Vietnam (article ${n}).`,
          pick(),
          `${host.en} said Vietnam always values and wishes to deepen the friendship and comprehensive cooperation between the two countries.`,
          pick(),
          `${guest.en} affirmed that his country wants to expand cooperation with Vietnam in the digital economy, green energy and innovation.`,
          ...Array.from({ length: 8 }, pick),
        ];
  return {
    lang,
    title,
    paragraphs,
    published,
    fileText: (url) => ` date ${published}\n url ${url}\n${title}\n${paragraphs.join('\n')}\n`,
  };
}

/** Article `n` as a news page: menus, headline, byline, the article, related links, footer. */
export function typicalPage(n: number): string {
  const a = typicalArticle(n);
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="article:published_time" content="${a.published}T08:00:00+07:00"><meta property="og:site_name" content="Tin Thử"></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a> <a href="/kinh-te">Kinh tế</a> <a href="/video">Video</a></nav></header>
<main><article><h1>${esc(a.title)}</h1><p class="byline">PV - ${a.published}</p>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside><h3>Tin liên quan</h3><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/r${i}">Tin khác số ${i}</a></li>`).join('')}</ul></aside></main>
<footer><p>© Báo Tin Thử. Giấy phép số 123/GP-BTTTT.</p></footer></body></html>`;
}
