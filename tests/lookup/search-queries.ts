/**
 * What a reader types into the popup, and what must come first: the query table that
 * search-queries.test.ts runs against the index of the real seed corpus (corpus/), in the popup's
 * order (leaders, then meetings, then quotes). `nothing` means no result of any kind: a name the
 * index does not have (a footballer, a singer, a made-up name, someone outside the registry) must
 * not turn into whoever shares a syllable with it.
 *
 * Meetings are named by who met and how, quotes by words they say, so the table stays true across
 * rebuilds that renumber ids. Queries whose right first answer is a tie between equals (any of the
 * four general secretaries of Laos) are left out: the table pins what is right, not a tie order.
 */
export type Expected =
  | { leader: string }
  | { meeting: { participants: string[]; kind: string } }
  | { quote: string }
  | 'nothing';

export interface QueryCase {
  query: string;
  lang: 'vi' | 'en';
  first: Expected;
  /** Why the case is in the table, when the query alone does not say. */
  why?: string;
}

export const SEARCH_QUERIES: readonly QueryCase[] = [
  // Vietnamese: names with and without diacritics, Sino-Vietnamese and transliterated forms.
  { query: 'Tô Lâm', lang: 'vi', first: { leader: 'to-lam' } },
  { query: 'to lam', lang: 'vi', first: { leader: 'to-lam' } },
  { query: 'Tổng Bí thư Tô Lâm', lang: 'vi', first: { leader: 'to-lam' } },
  { query: 'Lương Cường', lang: 'vi', first: { leader: 'luong-cuong' } },
  { query: 'Chủ tịch nước Lương Cường', lang: 'vi', first: { leader: 'luong-cuong' } },
  { query: 'Trần Thanh Mẫn', lang: 'vi', first: { leader: 'tran-thanh-man' }, why: 'issue 11: gave Thongsalith Mangnomek' },
  { query: 'tran thanh man', lang: 'vi', first: { leader: 'tran-thanh-man' } },
  { query: 'Chủ tịch Quốc hội Trần Thanh Mẫn', lang: 'vi', first: { leader: 'tran-thanh-man' } },
  { query: 'Mẫn', lang: 'vi', first: { leader: 'tran-thanh-man' }, why: 'a whole short form outranks the start of longer names (Manet, Mangnomek)' },
  { query: 'Tập Cận Bình', lang: 'vi', first: { leader: 'xi-jinping' } },
  { query: 'tap can binh', lang: 'vi', first: { leader: 'xi-jinping' }, why: 'issue 11: nine unrelated hits' },
  { query: 'Nguyễn Phú Trọng', lang: 'vi', first: { leader: 'nguyen-phu-trong' } },
  { query: 'nguyen phu tr', lang: 'vi', first: { leader: 'nguyen-phu-trong' }, why: 'the last word is still being typed' },
  { query: 'Thủ tướng Phạm Minh Chính', lang: 'vi', first: { leader: 'pham-minh-chinh' } },
  { query: 'Thoong-lun Xi-xu-lít', lang: 'vi', first: { leader: 'thongloun-sisoulith' } },
  { query: 'Xỏn-xay Xỉ-phăn-đon', lang: 'vi', first: { leader: 'sonexay-siphandone' } },
  { query: 'Pu-tin', lang: 'vi', first: { leader: 'vladimir-putin' } },
  { query: 'Tổng thống Putin', lang: 'vi', first: { leader: 'vladimir-putin' } },
  { query: 'Lý Hy', lang: 'vi', first: { leader: 'li-xi' } },
  { query: 'Lê Minh Hưng', lang: 'vi', first: { leader: 'le-minh-hung' } },
  { query: 'Vla-đi-mia Pu-tin', lang: 'vi', first: { leader: 'vladimir-putin' } },
  { query: 'Đinh Tiết Tường', lang: 'vi', first: { leader: 'ding-xuexiang' } },
  { query: 'Võ Văn Thưởng', lang: 'vi', first: { leader: 'vo-van-thuong' } },
  { query: 'Tổng thống của Nga Putin', lang: 'vi', first: { leader: 'vladimir-putin' }, why: '"của" joins a title to its country' },
  // Vietnamese: meetings and quotes by what they say.
  { query: 'hội đàm trực tuyến', lang: 'vi', first: { meeting: { participants: ['luong-cuong', 'thongloun-sisoulith'], kind: 'online_talks' } } },
  { query: 'hội kiến Putin', lang: 'vi', first: { meeting: { participants: ['luong-cuong', 'vladimir-putin'], kind: 'courtesy_call' } } },
  { query: 'tín nhiệm bầu giữ chức', lang: 'vi', first: { quote: 'được tín nhiệm bầu giữ chức Chủ tịch nước' } },
  { query: 'hạt gạo cắn đôi', lang: 'vi', first: { quote: 'hạt gạo cắn đôi' } },
  { query: 'Huy hiệu 55 năm tuổi Đảng', lang: 'vi', first: { quote: 'Huy hiệu 55 năm tuổi Đảng' } },
  { query: 'tội phạm mạng', lang: 'vi', first: { quote: 'Công ước chống tội phạm mạng' } },
  { query: 'thu xếp qua đường ngoại giao', lang: 'vi', first: { quote: 'thu xếp qua đường ngoại giao' } },
  // Vietnamese: names the index does not have.
  { query: 'Nguyễn Văn A', lang: 'vi', first: 'nothing', why: '"Văn" of "Chánh Văn phòng" and a Nguyễn made a leader of it' },
  { query: 'Nguyễn Quang Hải', lang: 'vi', first: 'nothing', why: 'a footballer; every syllable is in some leader’s name' },
  { query: 'Sơn Tùng', lang: 'vi', first: 'nothing', why: 'a singer' },
  { query: 'Trần Văn Bình', lang: 'vi', first: 'nothing', why: 'made up of syllables of three different leaders' },
  { query: 'Hoàng Xuân Vinh', lang: 'vi', first: 'nothing', why: 'an Olympic shooter' },
  { query: 'Hồ Văn Xoài', lang: 'vi', first: 'nothing', why: 'made up' },
  { query: 'Lê Văn Thành Nam', lang: 'vi', first: 'nothing', why: 'a registry name plus a word' },
  { query: 'Phạm Nhật Vượng', lang: 'vi', first: 'nothing', why: 'a businessman' },
  { query: 'Lê Công Vinh', lang: 'vi', first: 'nothing', why: 'a footballer' },

  // English: names without diacritics, pinyin, with English titles.
  { query: 'Xi Jinping', lang: 'en', first: { leader: 'xi-jinping' } },
  { query: 'xi jinping', lang: 'en', first: { leader: 'xi-jinping' }, why: 'issue 11: gave Thongloun Sisoulith and Sonexay Siphandone' },
  { query: 'President Xi Jinping', lang: 'en', first: { leader: 'xi-jinping' } },
  { query: 'xi', lang: 'en', first: { leader: 'xi-jinping' }, why: 'his whole short form, before the Xi- of transliterated Lao names' },
  { query: 'jinping', lang: 'en', first: { leader: 'xi-jinping' } },
  { query: 'xi jinpin', lang: 'en', first: { leader: 'xi-jinping' }, why: 'still typing' },
  { query: 'xi jingping ', lang: 'en', first: { leader: 'xi-jinping' }, why: 'one typo in an eight-letter word' },
  { query: 'Vladimir Putin', lang: 'en', first: { leader: 'vladimir-putin' } },
  { query: 'President Putin', lang: 'en', first: { leader: 'vladimir-putin' } },
  { query: 'vladimr putin', lang: 'en', first: { leader: 'vladimir-putin' } },
  { query: 'Thongloun Sisoulith', lang: 'en', first: { leader: 'thongloun-sisoulith' } },
  { query: 'thonglon ', lang: 'en', first: { leader: 'thongloun-sisoulith' } },
  { query: 'Sonexay Siphandone', lang: 'en', first: { leader: 'sonexay-siphandone' } },
  { query: 'General Secretary To Lam', lang: 'en', first: { leader: 'to-lam' } },
  { query: 'Luong Cuong', lang: 'en', first: { leader: 'luong-cuong' } },
  { query: 'National Assembly Chairman Tran Thanh Man', lang: 'en', first: { leader: 'tran-thanh-man' } },
  { query: 'Prime Minister Pham Minh Chinh', lang: 'en', first: { leader: 'pham-minh-chinh' } },
  { query: 'French President Macron', lang: 'en', first: { leader: 'emmanuel-macron' } },
  { query: 'Donald Trump', lang: 'en', first: { leader: 'donald-trump' } },
  { query: 'Narendra Modi', lang: 'en', first: { leader: 'narendra-modi' } },
  { query: 'Kishida', lang: 'en', first: { leader: 'fumio-kishida' } },
  { query: 'Hun Sen', lang: 'en', first: { leader: 'hun-sen' }, why: 'not Hun Manet, who shares "Hun"' },
  { query: 'Hun Manet', lang: 'en', first: { leader: 'hun-manet' } },
  { query: 'Li Xi', lang: 'en', first: { leader: 'li-xi' } },
  { query: 'Antonio Guterres', lang: 'en', first: { leader: 'antonio-guterres' } },
  { query: 'the President of Russia Vladimir Putin', lang: 'en', first: { leader: 'vladimir-putin' }, why: '"the" and "of" join, and are never looked for in quotes' },
  { query: 'President of France Lula', lang: 'en', first: 'nothing', why: 'a title, a country and a name the registry does not have' },
  // English: meetings by kind and who met.
  { query: 'online talks', lang: 'en', first: { meeting: { participants: ['luong-cuong', 'thongloun-sisoulith'], kind: 'online_talks' } } },
  { query: 'courtesy call Putin', lang: 'en', first: { meeting: { participants: ['luong-cuong', 'vladimir-putin'], kind: 'courtesy_call' } } },
  { query: 'summit Vientiane', lang: 'en', first: { meeting: { participants: ['to-lam', 'thongloun-sisoulith'], kind: 'summit' } } },
  { query: 'talks Le Minh Hung', lang: 'en', first: { meeting: { participants: ['thongsalith-mangnomek', 'le-minh-hung'], kind: 'talks' } } },
  // English: names (and things) the index does not have.
  { query: 'Lionel Messi', lang: 'en', first: 'nothing', why: 'a footballer' },
  { query: 'Cristiano Ronaldo', lang: 'en', first: 'nothing', why: 'a footballer' },
  { query: 'Taylor Swift', lang: 'en', first: 'nothing', why: 'a singer' },
  { query: 'John Smith', lang: 'en', first: 'nothing', why: '"John" is John Kerry’s first name, and nothing more' },
  { query: 'Kim Jong Un', lang: 'en', first: 'nothing', why: 'outside the registry; "Kim" is in South Korean names' },
  { query: 'Tran Van Binh', lang: 'en', first: 'nothing', why: 'made up' },
  { query: 'Elon Musk', lang: 'en', first: 'nothing' },
  { query: 'putn', lang: 'en', first: 'nothing', why: 'no typo is forgiven in a four-letter word' },
  { query: 'phone call', lang: 'en', first: 'nothing', why: 'the corpus has no phone call' },
];
