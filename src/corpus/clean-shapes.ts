/**
 * The shapes of lines on Vietnamese news pages, used by clean-article.ts to tell article text from
 * site furniture. Everything here is generic to the genre — word families every news site uses
 * for login, payment, sharing and comments, and the form of menus, bylines, captions and stamps —
 * never one site's name, slogan or phone number. Pure: runs in the extension too.
 */
import { LANGUAGES } from '../lang';
import { wordAlternation } from '../lang/word-pattern';

/**
 * Lowercase, punctuation turned to spaces, padded with spaces, for whole-word phrase tests. Expects
 * NFC text (cleanArticle normalises each line once; doing it here cost a fifth of the build).
 */
export function words(line: string): string {
  let w = wordsCache.get(line);
  if (w === undefined) {
    w = lowerWordsPadded(line);
    // The cleaner keys each line three times (title, repeats, body) and weighs it twice more, all
    // within one article: a few thousand lines are enough (each worker keeps its own).
    if (wordsCache.size >= WORDS_CACHE_MAX) wordsCache.clear();
    wordsCache.set(line, w);
  }
  return w;
}

const wordsCache = new Map<string, string>();
const WORDS_CACHE_MAX = 2000;

/**
 * `` ` ${line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} ` ``, by one pass over the
 * code points: the runs of letters and numbers, lowercase, each followed by one space. The global
 * replace ran the class once per gap between words, and was a fiftieth of the build. Exported
 * for its test, which holds it to that replace.
 */
export function lowerWordsPadded(line: string): string {
  const lower = line.toLowerCase();
  let out = ' ';
  let run = -1;
  for (let i = 0; i < lower.length; ) {
    const cp = lower.codePointAt(i)!;
    if (isLetterOrNumber(cp)) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out += `${lower.slice(run, i)} `;
      run = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (run >= 0) out += `${lower.slice(run)} `;
  return out.length === 1 ? '  ' : out;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** The class's answers for the BMP: 0 not yet asked, 1 no, 2 yes. */
const letterOrNumberBmp = new Uint8Array(0x10000);

/** Whether the code point is in `[\p{L}\p{N}]` (a lone surrogate is not). */
function isLetterOrNumber(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  if (cp > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
  let answer = letterOrNumberBmp[cp]!;
  if (answer === 0) letterOrNumberBmp[cp] = answer = LETTER_OR_NUMBER.test(String.fromCodePoint(cp)) ? 2 : 1;
  return answer === 2;
}

function hasPhrase(w: string, phrase: string): boolean {
  return w.includes(` ${phrase} `);
}

/**
 * Keyword families of site furniture, matched as whole words. Weight 2: phrases news prose does not
 * use ("đăng nhập", "hotline", "VIP", "quét mã"). Weight 1: phrases that are furniture on a short
 * line but ordinary words in a sentence ("đăng ký kinh doanh", "thanh toán bằng nội tệ", "tài
 * khoản"), so they count only together with other evidence.
 */
const UI_PHRASES: [phrase: string, weight: 1 | 2][] = [
  // login / account
  ...(['đăng nhập', 'đăng xuất', 'mật khẩu', 'login', 'log in', 'sign in', 'sign up'] as const).map((p) => [p, 2] as [string, 2]),
  ...(['đăng ký', 'đăng kí', 'tài khoản', 'register'] as const).map((p) => [p, 1] as [string, 1]),
  // payment / subscription
  ...(['mua bài', 'gói cước', 'gói bạn đọc', 'premium', 'vip', 'quét mã', 'qr', 'qrcode', 'e paper', 'epaper', 'subscribe', 'subscription', 'mở khóa bài', 'mở khoá bài', 'phương thức thanh toán', 'ủng hộ tòa soạn', 'ủng hộ toà soạn'] as const).map((p) => [p, 2] as [string, 2]),
  ...(['thanh toán', 'chuyển khoản', 'ví điện tử', 'thuê bao', 'gia hạn', 'đặt mua', 'đọc tiếp'] as const).map((p) => [p, 1] as [string, 1]),
  // hotline / contact
  ...(['hotline', 'đường dây nóng', 'liên hệ quảng cáo'] as const).map((p) => [p, 2] as [string, 2]),
  ...(['tổng đài', 'email', 'fax'] as const).map((p) => [p, 1] as [string, 1]),
  // comments / sharing
  ...(['ý kiến bạn đọc', 'gửi ý kiến', 'gửi bình luận', 'viết bình luận', 'comment', 'comments', 'copy link', 'sao chép liên kết'] as const).map((p) => [p, 2] as [string, 2]),
  ...(['bình luận', 'facebook', 'zalo', 'youtube', 'twitter', 'tiktok', 'rss', 'in bài'] as const).map((p) => [p, 1] as [string, 1]),
  // navigation
  ...(['lên đầu', 'về đầu trang', 'trang chủ', 'tải ứng dụng', 'tải app', 'cookie', 'cookies'] as const).map((p) => [p, 2] as [string, 2]),
  ...(['xem thêm', 'đọc thêm', 'tìm kiếm', 'menu', 'cỡ chữ', 'quay lại'] as const).map((p) => [p, 1] as [string, 1]),
  // The reader addressed as "bạn" / "quý độc giả": news prose reports, site furniture talks to you.
  ...(['bạn cần', 'mời bạn', 'quý độc giả', 'vui lòng', 'xin hãy', 'bạn đọc vip'] as const).map((p) => [p, 2] as [string, 2]),
  ...(['của bạn', 'bạn không', 'bạn đã', 'bạn có thể', 'quý vị'] as const).map((p) => [p, 1] as [string, 1]),
];

export interface UiEvidence {
  /** Sum of the weights of the furniture phrases in the line. */
  score: number;
  /** At least one phrase that news prose does not use (weight 2, or a price). */
  strong: boolean;
}

// The cleaner asks about the same line several times (title search, gap, body, footer); a bounded
// cache keeps that from dominating a 10k-article build.
const uiCache = new Map<string, UiEvidence>();
const UI_CACHE_MAX = 20000;

/** Furniture phrases in a line, weighed. */
export function uiEvidence(line: string): UiEvidence {
  const cached = uiCache.get(line);
  if (cached) return cached;
  const result = computeUiEvidence(line);
  if (uiCache.size >= UI_CACHE_MAX) uiCache.clear();
  uiCache.set(line, result);
  return result;
}

const UI_WEIGHT = new Map(UI_PHRASES);
/** The phrases by their first word, each list longest first: a line is read word by word, and only a word that opens a phrase is looked at further. */
const UI_BY_FIRST_WORD = new Map<string, string[]>();
for (const phrase of [...UI_WEIGHT.keys()].sort((a, b) => b.length - a.length)) {
  const first = phrase.split(' ')[0]!;
  UI_BY_FIRST_WORD.set(first, [...(UI_BY_FIRST_WORD.get(first) ?? []), phrase]);
}

function computeUiEvidence(line: string): UiEvidence {
  let score = 0;
  let strong = false;
  const seen = new Set<string>();
  for (const phrase of uiPhrasesIn(words(line))) {
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    const weight = UI_WEIGHT.get(phrase) ?? 0;
    score += weight;
    if (weight === 2) strong = true;
  }
  // A price ("5000đ", "2.000 đồng/tháng") in a short line is a paywall offer.
  if (line.length < 80 && /\d[\d.,]*\s?(?:đ|đồng|vnđ|vnd)(?![\p{L}])/iu.test(line)) {
    score += 2;
    strong = true;
  }
  return { score, strong };
}

/**
 * The furniture phrases in `w` (a line as {@link words} gives it: single spaces, padded), in order,
 * each the longest that opens at its word, the next looked for after it: what one scan of the
 * alternation of all phrases, longest first and between spaces, would find. A lookup per word
 * instead of that scan, which cost a twentieth of the build.
 */
function uiPhrasesIn(w: string): string[] {
  const found: string[] = [];
  let at = 1;
  while (at < w.length) {
    const wordEnd = w.indexOf(' ', at);
    if (wordEnd < 0) break;
    const candidates = UI_BY_FIRST_WORD.get(w.slice(at, wordEnd));
    const phrase = candidates?.find((p) => w.startsWith(p, at) && w[at + p.length] === ' ');
    if (phrase !== undefined) found.push(phrase);
    at = (phrase !== undefined ? at + phrase.length : wordEnd) + 1;
  }
  return found;
}

/** UI evidence in a line: the sum of the weights of the furniture phrases it contains. */
export function uiScore(line: string): number {
  return uiEvidence(line).score;
}

const SENTENCE_END_RE = /[.!?…]["'”’»)\]]*$/u;

/** Ends like a sentence (".", "!", "?", "…", optionally followed by closing quotes/brackets). */
export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END_RE.test(line.trim());
}

export function wordCount(line: string): number {
  // The runs of non-space characters, counted without splitting: the cleaner counts the words of
  // every line several times, and the arrays `split` made were a fiftieth of the build.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isJsSpace(line.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Exactly the characters `\s` and `trim()` take: ECMAScript's WhiteSpace and LineTerminator. */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Share of words that start with a capital letter (menus and tag lists are mostly capitalised). */
export function capitalRatio(line: string): number {
  const ws = line.trim().split(/\s+/u).filter((x) => /\p{L}/u.test(x));
  if (ws.length === 0) return 0;
  const caps = ws.filter((x) => /^[("“'"]?\p{Lu}/u.test(x)).length;
  return caps / ws.length;
}

const PHOTO_WORD = /ảnh|photo/iu;
/** A caption's source in brackets at its end, after its sentence: "… New Delhi. (Nguồn: PTI)". */
const SOURCE_IN_BRACKETS = /(?<=[.!?…]["”’]?)\s*[(]\s*(?:nguồn|source)\s*:[^()]{1,60}[)]\s*\.?$/iu;
const AGENCY_WORD = /REUTERS|AFP|AP|EPA|EFE|Getty Images|XINHUA|Xinhua|VNA|TTXVN|Bernama|ANTARA/u;

/**
 * Photo credit at the end of a caption: "Ảnh: TTXVN", "(Ảnh: Thống Nhất/TTXVN).", "Ảnh Đăng
 * Khoa/Nhân dân", "Ảnh minh họa", "Photo: Reuters". Returns the caption without it, or null.
 */
export function stripPhotoCredit(line: string): string | null {
  // "… - Ảnh: VGP/Nhật Bắc |": a caption scraped from a table cell keeps the cell's bar.
  const t = withoutCellBar(line.trim());
  // "… ở sân bay New Delhi. (Nguồn: PTI)", "(Source: Reuters)": a caption's source in brackets
  // (tried only on a line that ends with the bracket, as few do).
  const source = t.endsWith(')') || t.endsWith(').') ? SOURCE_IN_BRACKETS.exec(t) : null;
  if (source) {
    const before = t.slice(0, source.index).trim();
    return before === '' ? null : before;
  }
  // Every pattern below names a photo ("ảnh", "photo", any case) and agencyCredit's name an agency
  // or a photo too: a line without any of them (most lines) skips the seven end-anchored patterns,
  // each of which would otherwise be tried at every position of the line.
  const photo = PHOTO_WORD.test(t);
  if (!photo && !AGENCY_WORD.test(t)) return null;
  if (!photo) return agencyCredit(t);
  const m =
    // "(Ảnh: Thống Nhất/TTXVN).", "(Ảnh minh họa)"
    /\s*[(]\s*(?:ảnh|nguồn ảnh|photo|ảnh minh họa|ảnh minh hoạ)\s*:?[^()]{0,60}[)]\s*\.?$/iu.exec(t) ??
    // "… Photo: Reuters", "… 2025. -- PHOTO: ST FILE" (a doubled dash where a dash cannot be typed).
    /\s*[-–—]{0,2}\s*(?:ảnh|nguồn ảnh|photo)\s*:\s*[^.!?:]{1,60}\.?$/iu.exec(t) ??
    // "… hội đàm. Ảnh Đăng Khoa/Nhân dân": no colon, so only after a full stop and before a
    // capitalised name (case-sensitive: "trao đổi ảnh tư liệu" is prose, not a credit).
    /(?<=[.!?…])\s*(?:Ảnh|ẢNH|Photo)\s+\p{Lu}[^.!?]{0,60}\.?$/u.exec(t) ??
    /\s*[-–—.]?\s*ảnh minh (?:họa|hoạ)\s*\.?$/iu.exec(t);
  if (!m) return agencyCredit(t);
  // A line that is nothing but a credit has no caption to keep.
  const before = t.slice(0, m.index).trim();
  if (before === '') return null;
  return before;
}

/**
 * A table cell's closing bar at the end of a scraped line ("caption |"), which is not part of its
 * text; a row of one cell ("| caption |") loses its opening bar too. A row of several cells keeps
 * the bars between them.
 */
export function withoutCellBar(line: string): string {
  if (!line.endsWith('|')) return line;
  const text = line.replace(/\s*\|+$/u, '');
  const oneCell = /^\|\s*([^|]+)$/u.exec(text);
  return oneCell ? oneCell[1]! : text;
}

/**
 * A wire photo's credit ending a caption: "… 2023. Mast Irham/Pool via REUTERS", "… Hanoi.
 * REUTERS/Kham", "… (AFP)", "Photo: VNA |", "… 2022. Achmad Ibrahim, EPA-EFE/Pool/file" (the
 * photographer before a comma, the pool and "file" after the agency). Returns the caption without it, or null.
 */
function agencyCredit(line: string): string | null {
  const m =
    /(?<=[.!?…)])\s*(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*[\/,]\s*)?(?:Pool\s+via\s+|via\s+)?(?:REUTERS|AFP|AP|EPA-EFE|EPA|EFE|Getty Images|XINHUA|Xinhua|VNA|TTXVN|Bernama|ANTARA)(?:\s*\/\s*(?:[Ff]ile|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})){0,2}\s*\.?$/u.exec(line) ??
    /\s*[(]\s*(?:REUTERS|AFP|AP|EPA|Xinhua|VNA|TTXVN)\s*[)]\s*\.?$/u.exec(line) ??
    /\s*(?:Photo|Ảnh)\s*:\s*[^.!?:|]{1,60}\s*\|\s*$/iu.exec(line);
  if (!m) return null;
  const before = line.slice(0, m.index).trim();
  return before === '' ? null : before;
}

/** "Tiêu đề bài - Ảnh 3." — the alt-text a page leaves where a photo was. */
export function isPhotoPlaceholder(line: string): boolean {
  return /[-–—:]\s*(?:ảnh|hình|photo|video|clip)\s*\d+\s*\.?$/iu.test(line.trim());
}

/** "0:00 / 0:00", "0:00", "02:15 / 10:41": an audio or video player's clock. */
export function isPlayerWidget(line: string): boolean {
  return /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$/u.test(line.trim());
}

const STAMP_WORDS = new Set([
  'thứ', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'chủ', 'nhật', 'cn', 'gmt', 'ngày', 'tháng', 'lúc', 'giờ',
  'cập', 'đăng', 'lúc', 'sáng', 'chiều', 'tối', 'am', 'pm', 'h', 'updated', 'published', 't2', 't3', 't4',
  't5', 't6', 't7', 'hôm', 'nay', 'phút', 'trước',
  // Every language's month and weekday names and stamp words: "June 07, 2019 - 08:38", "Monday, Dec. 1, 2025 10:30".
  ...LANGUAGES.flatMap((l) => [...l.dates.monthNames.flat(), ...l.dates.weekdays.flat(), ...l.dates.stampWords]).flatMap((w) => words(w).trim().split(' ')),
]);

/**
 * A line that is only a date/time stamp: "17/02/2023 19:28", "Thứ Hai, 8/11/2024 - 14:05
 * (GMT+7)", "Cập nhật lúc 10:30 ngày 2/12/2025", "36 phút trước". The date extractor reads the raw text, so it still
 * sees these.
 */
export function isDateStamp(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 70) return false;
  // A day or a time, or a count opening an age ("36 phút trước", "2 hours ago").
  if (!/\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d{2}|^\d{1,3}\s/u.test(t)) return false;
  const rest = words(t)
    .split(' ')
    .filter((x) => x !== '' && !/^\d+$/u.test(x) && !/^\d+h\d*$/u.test(x));
  return rest.every((x) => STAMP_WORDS.has(x));
}

/** A source credit's opening word ("Theo", "Nguồn:", "Source", "By") and what follows it. */
const CREDIT_OPENING = /^(?:theo|nguồn|source|by)\s*:?\s+\S/iu;
/** Most words a credit before a time of posting has ("By" and a name or an outlet). */
const CREDIT_WORDS = 6;

/**
 * A byline: a name on its own ("Dương Ngọc", "Hà Lê", "Nhóm PV"), with the time of posting after
 * it ("Minh Anh - 10/04/2025 08:00"), or a source credit ("Theo vov.vn", "Nguồn: TTXVN", "(Theo
 * Reuters)"). Only trusted at the edges of the body.
 */
export function isByline(line: string): boolean {
  const t = line.trim().replace(/^[(]|[)]$/gu, '');
  if (t === '' || t.length > 60) return false;
  // The name with the time of posting on one line ("Minh Anh - 10/04/2025 08:00", "Hà Lê | 8:05 10/4/2025").
  const stamped = /^(.+?)\s+[-–|]\s+(.+)$/u.exec(t);
  if (stamped && isDateStamp(stamped[2]!) && isByline(stamped[1]!)) return true;
  // "By Toan Dao   May 16, 2016 | 08:31 am GMT+7": a credit, then the time of posting with no mark between.
  const ws = t.split(/\s+/u);
  const credited = CREDIT_OPENING.test(t);
  // The credit's words after its opening are capitalised: stop at the first that is not.
  for (let k = 2; credited && k < ws.length && k <= CREDIT_WORDS && /^\p{Lu}/u.test(ws[k - 1]!); k++) {
    if (isDateStamp(ws.slice(k).join(' ')) && isByline(ws.slice(0, k).join(' '))) return true;
  }
  if (credited && wordCount(t) <= 6 && !/[,;]/u.test(t) && !endsLikeSentence(t.replace(/\.\p{L}+$/u, ''))) {
    return true;
  }
  if (/\d|[,;:!?"“”]/u.test(t)) return false;
  if (ws.length < 1 || ws.length > 5 || t.length > 40) return false;
  // Every word capitalised (names, "PV", "TTXVN"), or joined by "-", "/", "và" between names.
  return ws.every((x) => /^\p{Lu}[\p{L}.'-]*$/u.test(x) || x === '-' || x === '/' || x === 'và');
}

/** "Tin liên quan", "Bài cùng chủ đề:", "Có thể bạn quan tâm", "Đọc thêm" — a teaser box heading. */
export function isRelatedHeading(line: string): boolean {
  const t = line.trim();
  if (t.length > 50 || wordCount(t) > 6 || endsLikeSentence(t)) return false;
  const w = words(t);
  return [
    'liên quan', 'cùng chuyên mục', 'cùng chủ đề', 'cùng danh mục', 'tin khác', 'bài khác', 'tin mới', 'tin mới nhất',
    'tin nổi bật', 'bạn quan tâm', 'đọc thêm', 'xem thêm', 'đọc nhiều', 'xem nhiều', 'tin hay', 'đề xuất cho bạn',
    'related', 'read more', 'more stories',
  ].some((p) => hasPhrase(w, p));
}

/** Every language's meeting phrases as written in lowercase ("hội kiến", "held talks"), as whole words; case-sensitive. */
const LOWERCASE_MEETING_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${wordAlternation(LANGUAGES.flatMap((l) => Object.values(l.meetingPhrases).flat()).filter((p) => p === p.toLowerCase()))})(?![\\p{L}\\p{M}])`,
  'u',
);

/**
 * One long line of keyword phrases with no sentence punctuation: the page's tag list
 * ("Đảng Cộng sản Việt Nam Tổng Bí thư Tô Lâm …"). Prose has stops; a tag list has none, and either
 * repeats itself (the same name filed under two tags) or is almost all capitalised words. A
 * Vietnamese political headline is often half capitalised (titles, names), so half is not enough.
 */
export function isTagList(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  // Web addresses do not count as stops; only a line with one is searched for them.
  const stops = /\.(?:vn|com|net|org)/iu.test(t) ? t.replace(/\b[\p{L}\d-]+\.(?:vn|com|net|org)\b/giu, '') : t;
  if (n < 12 || /[.;:!?…]/u.test(stops)) return false;
  if ((t.match(/,/gu) ?? []).length > 2) return false;
  // "Tổng Bí thư X hội kiến Thủ tướng Y, Chủ tịch QH Z": a headline of titles and names is as
  // capitalised as a tag list, but a meeting word in lowercase between them is its predicate.
  const predicate = LOWERCASE_MEETING_WORD.exec(t);
  if (capitalRatio(t) >= 0.65 && !predicate) return true;
  // A headline's two sides may bear one title ("Bộ trưởng Bộ Quốc phòng X chủ trì lễ đón Bộ trưởng
  // Bộ Quốc phòng Trung Quốc Y"): with a meeting word between them, each side is looked at alone.
  if (predicate) return repeatsFourWords(t.slice(0, predicate.index)) || repeatsFourWords(t.slice(predicate.index + predicate[0].length));
  return repeatsFourWords(t);
}

/** The same four words twice: a tag list files one name under two tags. */
function repeatsFourWords(t: string): boolean {
  const ws = words(t).trim().split(' ');
  const seen = new Set<string>();
  // Four words: a headline may repeat a three-word title ("Chủ tịch nước … Chủ tịch nước Lào").
  for (let i = 0; i + 4 <= ws.length; i++) {
    const g = ws.slice(i, i + 4).join(' ');
    if (seen.has(g)) return true;
    seen.add(g);
  }
  return false;
}

/**
 * A line reading like a sentence of article prose: enough words, ends with a stop, not mostly
 * capitalised, not talking to the reader about the site.
 */
/**
 * A wire agency's signature after the last sentence of a paragraph ("… Anwar said. - Bernama",
 * "… ties. — VNA", "… trade.” – AFP", "… the ministry added. (Yonhap)", "… exchanges. — VNA/VNS",
 * "… (ASEAN).– NNN-KPL"): one to three capitalised words after a dash, joined by spaces, slashes
 * or hyphens (a hyphen only with a space before it, so "U.S.-China" is no signature), or in
 * brackets joined by spaces only (a photo credit, "(Xinhua/Ju Peng)", ends a caption, not a
 * story). The sentence before it still ends the paragraph.
 */
const AGENCY_SIGNATURE_AT_END = new RegExp(
  String.raw`([.!?…]["'”’»)\]]*)\s*(?:(?:\s[-–—]|[–—])\s*\p{Lu}[\p{L}.]*(?:[\s/-]\p{Lu}[\p{L}.]*){0,2}|\(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}\))$`,
  'u',
);

/**
 * Whether a photo caption tells a meeting in a sentence of its own ("State President X had a phone
 * conversation with Y on September 15 – Photo: BNG"): eight words or more with a meeting phrase
 * written in lowercase, as a story's sentence has it. Under a headline it is the story's, not furniture.
 * A line right under a photo's mark (`underPhoto`) is a caption without a credit too ("![]() |" then
 * "| Thủ tướng X điện đàm với Thủ tướng Y |", a caption in the cell under the photo).
 */
export function captionTellsMeeting(line: string, underPhoto = false): boolean {
  const caption = stripPhotoCredit(line) ?? (underPhoto ? line : null);
  return caption !== null && wordCount(caption) >= CAPTION_SENTENCE_WORDS && LOWERCASE_MEETING_WORD.test(caption);
}

/** Fewest words of a caption that is a sentence of the story. */
const CAPTION_SENTENCE_WORDS = 8;

export function isProse(line: string): boolean {
  const t = (stripPhotoCredit(line) ?? line).trim().replace(AGENCY_SIGNATURE_AT_END, '$1');
  if (wordCount(t) < 8) return false;
  // A long paragraph cut off inside a list ("… gặp X; Y; Z;") is prose that ends early.
  const cutList = wordCount(t) >= 20 && t.trimEnd().endsWith(';');
  if (!endsLikeSentence(t) && !cutList && !/[.!?]\s+\p{Lu}/u.test(t)) return false;
  // No capital-ratio test: Vietnamese political prose is two-thirds capitalised titles and names.
  // One furniture word in a long paragraph ("… and establish a hotline to settle issues at sea") is
  // the story's word; a paragraph of that length that is furniture names the site's buttons more.
  return uiScore(t) < (wordCount(t) >= LONG_PROSE_WORDS ? 4 : 2);
}

/** Words from which a paragraph ending in a stop is prose unless it names two strong furniture phrases. */
const LONG_PROSE_WORDS = 40;

/**
 * A lead paragraph: prose long enough that a menu line ending in "?" ("… Nghe - Xem – Đọc gì?")
 * cannot pass for it. Leads run to a full sentence of 80+ characters on every news site.
 */
export function isLeadProse(line: string): boolean {
  const t = line.trim();
  return t.length >= 80 && isProse(t);
}

/** A line that could be a headline: a few words, not a sentence run-on, not furniture. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n < 3 || t.length > 300) return false;
  if (isTagList(t) || isDateStamp(t) || isPlayerWidget(t) || isPhotoPlaceholder(t)) return false;
  if (uiScore(t) >= 2) return false;
  return /\p{L}/u.test(t);
}

/**
 * Strip a dateline/source prefix that some sites glue to the lead: "(NLĐO)- ", "GDVN- ",
 * "HÀ NỘI (TTXVN) - ", "(Dân trí) - ". The site's name is not part of the first sentence.
 */
export function stripSourcePrefix(line: string): string {
  return line.replace(
    /^\s*(?:[(][^()]{2,25}[)]|(?:\p{Lu}[\p{Lu}.]{1,14})(?:\s+\p{Lu}[\p{Lu}.]*){0,2}(?:\s*[(][^()]{2,20}[)])?)\s*[-–—]+\s*(?=\p{L})/u,
    '',
  );
}
