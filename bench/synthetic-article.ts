/**
 * One synthetic Vietnamese news article about a meeting between leaders, written to look like the
 * seed articles in corpus/articles/: a headline naming "title + name", a dateline ("Chiều 8/11",
 * "từ ngày 1 đến 2/12", "2-12"), reported statements, direct quotes, "Hai nhà lãnh đạo…" sentences,
 * recalls of earlier visits, and the site furniture the cleaner must drop (menus, "Tin liên quan",
 * repeated photo captions, tag lists, payment blocks). The pipeline's cost depends on all of these,
 * so a bench over plain lorem ipsum would measure a different program.
 */
import type { Rng } from './synthetic-random';
import { isoFromDay, SYNTHETIC_TITLES, type SyntheticLeader } from './synthetic-registry';

export type SyntheticKind = 'talks' | 'online_talks' | 'phone_call' | 'courtesy_call' | 'reception' | 'summit' | 'visit';

/** A meeting in the synthetic world; several articles may tell of the same one. */
export interface SyntheticEvent {
  kind: SyntheticKind;
  /** The Vietnamese side, who leads the article. */
  host: SyntheticLeader;
  guest: SyntheticLeader;
  /** Day number (days since 1970-01-01) of the meeting. */
  day: number;
  /** Last day of a multi-day visit (equal to `day` otherwise). */
  lastDay: number;
  /** True when the meeting happens in the guest's country. */
  abroad: boolean;
}

export interface ArticleContext {
  rng: Rng;
  event: SyntheticEvent;
  /** Earlier meetings of the same host or guest the article may recall ("vào tháng 6/2024"). */
  earlier: SyntheticEvent[];
  /** Leaders holding an office on the event's day, for "Tin liên quan" teasers. */
  bystanders: SyntheticLeader[];
  /**
   * A name not in the registry, given an office, for the `unknown` list (and, titled with an office
   * the registry knows, a person the build finds). `received`: a leader of the article receives them.
   */
  outsider: { name: string; title: string; countryVi: string; received?: boolean } | null;
  /** Approximate size of the file in bytes (UTF-8). */
  targetBytes: number;
}

export interface SyntheticArticle {
  text: string;
  /** What the article tells, for tests and sanity checks (never written to disk). */
  facts: { kind: SyntheticKind; date: string; host: string; guest: string; headerDate: boolean };
}

const VERB: Record<SyntheticKind, string[]> = {
  talks: ['hội đàm với'],
  online_talks: ['hội đàm trực tuyến với'],
  phone_call: ['điện đàm với'],
  courtesy_call: ['hội kiến', 'hội kiến với'],
  reception: ['tiếp'],
  summit: ['có cuộc gặp cấp cao với'],
  visit: ['hội đàm với'],
};
const NOUN: Record<SyntheticKind, string> = {
  talks: 'hội đàm',
  online_talks: 'hội đàm trực tuyến',
  phone_call: 'điện đàm',
  courtesy_call: 'hội kiến',
  reception: 'buổi tiếp',
  summit: 'cuộc gặp cấp cao',
  visit: 'hội đàm',
};

const PARTS_OF_DAY = ['Sáng', 'Chiều', 'Tối', 'Trưa', 'Ngày'] as const;
const VN_PLACES = ['Phủ Chủ tịch', 'Trụ sở Trung ương Đảng', 'Nhà Quốc hội', 'Trụ sở Chính phủ', 'Nhà khách Chính phủ'];
const RELATIONS = [
  'hữu nghị truyền thống',
  'Đối tác chiến lược toàn diện',
  'Đối tác toàn diện',
  'hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện',
  'Đối tác chiến lược',
  'hợp tác nhiều mặt',
];
const AREAS = [
  'quốc phòng - an ninh', 'kinh tế - thương mại', 'đầu tư', 'giáo dục - đào tạo', 'khoa học - công nghệ',
  'năng lượng', 'dầu khí', 'du lịch', 'giao lưu nhân dân', 'nông nghiệp', 'chuyển đổi số', 'logistics',
  'văn hóa', 'y tế', 'hạ tầng giao thông', 'tài chính - ngân hàng', 'lao động', 'an ninh mạng',
  'nghiên cứu khoa học biển', 'điện hạt nhân', 'công nghiệp bán dẫn', 'biến đổi khí hậu',
];
const ACHIEVEMENTS = [
  'những thành tựu to lớn, có ý nghĩa lịch sử', 'những kết quả quan trọng trong phát triển kinh tế - xã hội',
  'vị thế và uy tín ngày càng cao trên trường quốc tế', 'những bước tiến vững chắc trong công cuộc đổi mới',
  'thành công của các sự kiện đa phương do nước này tổ chức',
];
const QUOTES = [
  '{C} luôn coi {OC} là đối tác quan trọng hàng đầu',
  'Chúng tôi sẵn sàng cùng {OC} đưa quan hệ hai nước lên tầm cao mới',
  'Quan hệ {REL} giữa hai nước là tài sản vô giá mà các thế hệ lãnh đạo đã dày công vun đắp',
  'hạt gạo cắn đôi, cọng rau bẻ nửa',
  'Không có lý do gì để hai nước không đạt mục tiêu {N} tỷ USD kim ngạch thương mại',
  'Hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện, gắn kết chiến lược',
  '{C} trước sau như một luôn ủng hộ công cuộc phát triển của {OC}',
  'Hợp tác {AREA} phải trở thành trụ cột mới trong quan hệ hai nước',
];
const FILLERS = [
  'Quan hệ hợp tác giữa các bộ, ngành, địa phương hai nước tiếp tục được tăng cường, đi vào chiều sâu, thiết thực và hiệu quả.',
  'Kim ngạch thương mại song phương năm qua đạt khoảng {N} tỷ USD, tăng {P}% so với cùng kỳ.',
  'Đây là cơ chế hợp tác cao nhất và có ý nghĩa đặc biệt quan trọng, đóng vai trò định hướng cho quan hệ hai nước.',
  'Hợp tác giữa các địa phương, đặc biệt là các tỉnh biên giới, ngày càng mở rộng, phối hợp bảo đảm tốt an ninh, trật tự.',
  'Năm nay, hai nước kỷ niệm {Y} năm thiết lập quan hệ ngoại giao, một dấu mốc quan trọng trong quan hệ song phương.',
  'Các lĩnh vực {AREA}, {AREA2} tiếp tục được quan tâm, thúc đẩy và đạt nhiều kết quả thiết thực.',
  'Đồng thời, đẩy nhanh việc tháo gỡ những khó khăn vướng mắc của một số dự án trọng điểm nhằm đưa hợp tác kinh tế hai nước phát triển bền vững.',
  'Trên cơ sở đó, hai nước sẽ xem xét xây dựng các cơ chế hợp tác mới phù hợp, mang lại lợi ích thiết thực cho nhân dân mỗi nước.',
];
const TAIL_WORDS = ['Quốc tế', 'Thời sự', 'Chính trị', 'Đối ngoại', 'Ngoại giao', 'Hợp tác', 'Kinh tế', 'ASEAN'];
const OUTLETS = [
  { prefix: '(NLĐO)- ', credit: 'Theo nld.com.vn' },
  { prefix: 'GDVN- ', credit: 'Theo vov.vn' },
  { prefix: '(Chinhphu.vn) - ', credit: 'Theo Chinhphu.vn' },
  { prefix: '(Dân trí) - ', credit: 'Theo Dân trí' },
  { prefix: 'TTXVN - ', credit: 'Theo TTXVN' },
  { prefix: '', credit: 'Theo Báo Nhân Dân' },
];

/** A participant with the office and country words the article uses for them. */
interface Side {
  leader: SyntheticLeader;
  title: string;
  /** The formal title for the first mention ("Tổng Bí thư Ban Chấp hành Trung ương Đảng"). */
  firstTitle: string;
  countryVi: string;
  vn: boolean;
  mentioned: boolean;
}

export function writeArticle(ctx: ArticleContext): SyntheticArticle {
  const { rng, event } = ctx;
  const host = side(rng, event.host);
  const guest = side(rng, event.guest);
  const outlet = rng.pick(OUTLETS);
  const pubDay = event.lastDay + (rng.chance(0.3) ? 1 : 0);
  const headerDate = rng.chance(0.45);
  const blankLines = rng.chance(0.6);

  const top: string[] = [];
  const body: string[] = [];
  const bottom: string[] = [];

  if (rng.chance(0.15)) top.push(...menuBlock(rng));
  const headline = headlineFor(rng, event, host, guest);
  top.push(headline);
  if (rng.chance(0.3)) top.push(timestamp(rng, pubDay));
  if (rng.chance(0.15)) top.push('0:00 / 0:00', '0:00');
  if (rng.chance(0.3)) top.push(bylineName(rng));

  body.push(outlet.prefix + leadSentence(rng, event, host, guest));
  if (event.kind === 'visit') body.push(visitTalksSentence(rng, event, host, guest));

  const captionText = `${full(rng, host)} ${rng.pick(VERB[event.kind])} ${full(rng, guest)}`;
  let recalled = 0;
  let captions = 0;
  let last: Side | null = null;
  const bottomBytes = estimateBottom(rng, ctx, bottom, outlet.credit);
  const budget = Math.max(600, ctx.targetBytes - bytes(top.join('\n')) - bottomBytes);
  while (bytes(body.join('\n')) < budget) {
    const r = rng.next();
    const speaker = rng.chance(0.55) ? host : guest;
    const other = speaker === host ? guest : host;
    let sentence: string;
    if (r < 0.4) sentence = reported(rng, speaker, other, last);
    else if (r < 0.46) sentence = fronted(rng, speaker, other);
    else if (r < 0.56) sentence = directQuote(rng, speaker, other, last);
    else if (r < 0.62) sentence = joined(rng, speaker, other, last);
    else if (r < 0.8) sentence = joint(rng, host, guest);
    else if (r < 0.93) sentence = fill(rng, rng.pick(FILLERS), host, guest);
    else if (r < 0.97 && recalled < 2 && ctx.earlier.length > 0) {
      recalled++;
      sentence = recall(rng, rng.pick(ctx.earlier), host, guest);
    } else if (captions >= 3) {
      sentence = fill(rng, rng.pick(FILLERS), host, guest);
    } else {
      captions++;
      // Sites print a photo's caption twice (image alt text and caption); the cleaner must not
      // count the meeting twice.
      const caption = `${captionText}. Ảnh: ${rng.pick(['TTXVN', 'Thống Nhất/TTXVN', 'VGP', 'Đăng Khoa/Nhân dân'])}`;
      body.push(caption);
      sentence = caption;
    }
    // "Ông …" may only continue a sentence whose subject was this speaker.
    last = r < 0.62 ? speaker : null;
    body.push(sentence);
    if (ctx.outsider && rng.chance(0.04)) {
      const o = ctx.outsider;
      body.push(`Cùng dự có ${o.title} ${o.countryVi} ${o.name} và đại diện các bộ, ngành hai nước.`);
    }
  }
  if (ctx.outsider?.received) {
    // A second meeting in the article, with a person the registry lacks: the build reads the article
    // again once it has found them in the corpus, and the meeting becomes theirs.
    const o = ctx.outsider;
    body.push(`Cùng ngày, ${subject(rng, host, null)} đã tiếp ${o.title} ${o.countryVi} ${o.name}.`);
    body.push(`${o.title} ${o.name} cảm ơn sự đón tiếp trọng thị và khẳng định mong muốn thúc đẩy hợp tác giữa hai nước.`);
  }
  body.push(closing(rng, event, host, guest));

  const lines = [...top, ...body, ...bottom];
  if (headerDate) lines[0] = ` date ${isoFromDay(pubDay)} ${lines[0] ?? ''}`;
  const text = lines.join(blankLines ? '\n\n' : '\n') + '\n';
  return {
    text,
    facts: { kind: event.kind, date: isoFromDay(event.day), host: event.host.id, guest: event.guest.id, headerDate },
  };
}

function side(rng: Rng, leader: SyntheticLeader): Side {
  const forms = SYNTHETIC_TITLES[leader.office.office]?.vi ?? ['Lãnh đạo'];
  let title = forms[0] ?? 'Lãnh đạo';
  let firstTitle = title;
  if (leader.office.office === 'president') {
    // Vietnam and Laos have a "Chủ tịch nước"; elsewhere the Vietnamese press writes "Tổng thống".
    title = leader.country.code === 'VN' || leader.country.code === 'LA' ? 'Chủ tịch nước' : 'Tổng thống';
    firstTitle = title;
  } else if (forms.length > 1 && rng.chance(0.25)) {
    // Articles give the formal title once, then the usual one.
    firstTitle = forms[1] ?? title;
  }
  const countryVi = rng.chance(0.8) ? (leader.country.vi[0] ?? '') : (leader.country.vi[1] ?? leader.country.vi[0] ?? '');
  return { leader, title, firstTitle, countryVi, vn: leader.country.code === 'VN', mentioned: false };
}

/** "Tổng thống Nga Ivan Kellerov" / "Thủ tướng Trần Văn Hùng". */
function full(rng: Rng, s: Side): string {
  const title = s.mentioned ? s.title : s.firstTitle;
  s.mentioned = true;
  if (s.vn) return `${title} ${s.leader.name.full}`;
  return `${title} ${rng.chance(0.7) ? s.countryVi : s.leader.country.vi[0]} ${s.leader.name.full}`;
}

/** How a sentence names its subject: full at first, then the shorter forms real articles use. */
function subject(rng: Rng, s: Side, last: Side | null): string {
  if (!s.mentioned) return full(rng, s);
  const r = rng.next();
  if (last === s && r < 0.18) return s.leader.name.gender === 'f' ? 'Bà' : 'Ông';
  if (r < 0.5) return s.vn || s.leader.country.names !== 'western' || s.leader.short === null
    ? `${s.title} ${s.leader.name.full}`
    : `${s.title} ${s.leader.short}`;
  if (r < 0.75) return s.vn ? s.title : `${s.title} ${s.countryVi}`;
  if (r < 0.85 && s.leader.short !== null) return `${s.leader.name.gender === 'f' ? 'Bà' : 'Ông'} ${s.leader.short}`;
  if (r < 0.9 && comrade(s)) return `Đồng chí ${s.leader.name.full}`;
  return full(rng, s);
}

/** The other side as an object inside a sentence. */
function object(rng: Rng, s: Side): string {
  if (!s.mentioned) return full(rng, s);
  const r = rng.next();
  if (r < 0.5) return `${s.title} ${s.leader.name.full}`;
  if (r < 0.75) return s.vn ? s.title : `${s.title} ${s.countryVi}`;
  if (r < 0.88 && s.leader.short !== null) return `${s.leader.name.gender === 'f' ? 'bà' : 'ông'} ${s.leader.short}`;
  return comrade(s) ? `đồng chí ${s.leader.name.full}` : `${s.title} ${s.leader.name.full}`;
}

/** "Đồng chí" is how the press addresses leaders of fellow communist parties, not others. */
function comrade(s: Side): boolean {
  return s.leader.country.code === 'VN' || s.leader.country.code === 'LA';
}

function areas(rng: Rng): string {
  const n = rng.int(2, 4);
  const picked: string[] = [];
  while (picked.length < n) {
    const a = rng.pick(AREAS);
    if (!picked.includes(a)) picked.push(a);
  }
  return `${picked.slice(0, -1).join(', ')} và ${picked[picked.length - 1] ?? ''}`;
}

function fill(rng: Rng, template: string, speaker: Side, other: Side): string {
  return template
    .replace(/\{C\}/g, speaker.leader.country.vi[0] ?? '')
    .replace(/\{OC\}/g, other.leader.country.vi[0] ?? '')
    .replace(/\{REL\}/g, () => rng.pick(RELATIONS))
    .replace(/\{AREA2\}/g, () => rng.pick(AREAS))
    .replace(/\{AREA\}/g, () => rng.pick(AREAS))
    .replace(/\{N\}/g, () => String(rng.int(2, 30)))
    .replace(/\{P\}/g, () => String(rng.int(3, 40)))
    .replace(/\{Y\}/g, () => String(rng.int(3, 15) * 5));
}

/** The clause after a reporting verb; `verb` is the verb that precedes it. */
function statement(rng: Rng, speaker: Side, other: Side): { verb: string; rest: string } {
  const C = speaker.leader.country.vi[0] ?? '';
  const OC = other.leader.country.vi[0] ?? '';
  switch (rng.int(0, 13)) {
    case 0: return { verb: 'khẳng định', rest: `${C} luôn coi trọng quan hệ ${rng.pick(RELATIONS)} với ${OC}, coi đây là ưu tiên hàng đầu trong chính sách đối ngoại` };
    case 1: return { verb: 'nhấn mạnh', rest: `tầm quan trọng của việc tăng cường hợp tác trong các lĩnh vực ${areas(rng)}` };
    case 2: return { verb: 'bày tỏ', rest: `vui mừng trước những bước phát triển tích cực của quan hệ ${C} - ${OC} thời gian qua` };
    case 3: return { verb: 'cảm ơn', rest: `${object(rng, other)} đã dành cho Đoàn sự đón tiếp trọng thị, thắm tình hữu nghị` };
    case 4: return { verb: 'đề nghị', rest: `hai bên tiếp tục phối hợp chặt chẽ, tháo gỡ khó khăn cho các dự án hợp tác trọng điểm về ${rng.pick(AREAS)}` };
    case 5: return { verb: 'đánh giá cao', rest: `${rng.pick(ACHIEVEMENTS)} mà nhân dân ${OC} đã đạt được trong ${rng.int(3, 50)} năm qua` };
    case 6: return { verb: 'chúc mừng', rest: `${object(rng, other)} được tín nhiệm giữ cương vị ${other.title}` };
    case 7: return { verb: 'tin tưởng', rest: `quan hệ ${rng.pick(RELATIONS)} giữa hai nước sẽ ngày càng phát triển sâu rộng, thực chất và hiệu quả` };
    case 8: return { verb: 'kêu gọi', rest: `các doanh nghiệp ${OC} tăng cường đầu tư vào ${C}, nhất là trong các lĩnh vực ${areas(rng)}` };
    case 9: return { verb: 'thông báo', rest: `với ${object(rng, other)} về tình hình ${C} gần đây và kết quả triển khai các thỏa thuận cấp cao` };
    case 10: return { verb: 'mời', rest: `${object(rng, other)} sang thăm ${C} vào thời gian thích hợp` };
    case 11: return { verb: 'nhất trí', rest: `với đề nghị của ${object(rng, other)} về việc sớm tổ chức Kỳ họp Ủy ban liên Chính phủ lần thứ ${rng.int(10, 50)}` };
    case 12: return { verb: 'bày tỏ tin tưởng', rest: `dưới sự lãnh đạo của ${object(rng, other)}, nhân dân ${OC} sẽ tiếp tục đạt được nhiều thành tựu to lớn hơn` };
    default: return { verb: 'chúc', rest: `Đảng, Nhà nước và nhân dân ${OC} thực hiện thắng lợi các mục tiêu đề ra` };
  }
}

function reported(rng: Rng, speaker: Side, other: Side, last: Side | null): string {
  const s = statement(rng, speaker, other);
  return `${subject(rng, speaker, last)} ${s.verb} ${s.rest}.`;
}

/** "Cảm ơn …, X nhấn mạnh …": the clause before the subject belongs to the subject. */
function fronted(rng: Rng, speaker: Side, other: Side): string {
  const lead = rng.pick([
    `Cảm ơn ${object(rng, other)} đã dành thời gian điện đàm`,
    `Đánh giá cao kết quả hợp tác giữa hai nước trong thời gian qua`,
    `Bày tỏ vui mừng được gặp lại ${object(rng, other)}`,
    `Nhân dịp này`,
  ]);
  const s = statement(rng, speaker, other);
  return `${lead}, ${subject(rng, speaker, null)} ${s.verb} ${s.rest}.`;
}

function directQuote(rng: Rng, speaker: Side, other: Side, last: Side | null): string {
  const q = fill(rng, rng.pick(QUOTES), speaker, other);
  switch (rng.int(0, 3)) {
    case 0: return `${subject(rng, speaker, last)} nói: “${q}”.`;
    case 1: return `“${capitalise(q)}”, ${subject(rng, speaker, null)} nhấn mạnh.`;
    case 2: return `${subject(rng, speaker, last)} khẳng định: “${q}.”`;
    default: return `Phát biểu tại ${rng.pick(['cuộc gặp', 'buổi tiếp', 'hội đàm'])}, ${subject(rng, speaker, null)} cho biết: "${q}".`;
  }
}

/** Two statements in one sentence: the pipeline must return two quotes. */
function joined(rng: Rng, speaker: Side, other: Side, last: Side | null): string {
  const a = statement(rng, speaker, other);
  let b = statement(rng, speaker, other);
  if (b.verb === a.verb) b = { verb: 'đồng thời nhấn mạnh', rest: `tầm quan trọng của hợp tác ${rng.pick(AREAS)}` };
  return `${subject(rng, speaker, last)} ${a.verb} ${a.rest}; ${b.verb} ${b.rest}.`;
}

function joint(rng: Rng, host: Side, guest: Side): string {
  const who = rng.pick(['Hai nhà lãnh đạo', 'Hai bên', 'Lãnh đạo hai nước', 'Hai nhà lãnh đạo cũng']);
  const C = host.leader.country.vi[0] ?? '';
  const OC = guest.leader.country.vi[0] ?? '';
  return rng.pick([
    `${who} nhất trí tiếp tục đẩy mạnh hợp tác trong các lĩnh vực ${areas(rng)}.`,
    `${who} bày tỏ vui mừng về sự phát triển không ngừng của quan hệ ${rng.pick(RELATIONS)} ${C} - ${OC}.`,
    `${who} nhấn mạnh quyết tâm nâng kim ngạch thương mại song phương lên ${rng.int(5, 50)} tỷ USD trong thời gian tới.`,
    `${who} đánh giá cao kết quả hợp tác ${rng.pick(AREAS)} thời gian qua; nhất trí phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế.`,
    `${who} khẳng định sẽ phối hợp chặt chẽ, ủng hộ lẫn nhau tại Liên hợp quốc, ASEAN và các diễn đàn đa phương.`,
    `${who} đã thông báo cho nhau về tình hình mỗi nước và trao đổi về các vấn đề quốc tế, khu vực cùng quan tâm.`,
  ]);
}

/** An earlier meeting, recalled: the pipeline must mark it `referenced`, dated by month/year. */
function recall(rng: Rng, earlier: SyntheticEvent, host: Side, guest: Side): string {
  const d = new Date(earlier.day * 86_400_000);
  const when = `tháng ${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  const visitor = earlier.abroad ? earlier.host : earlier.guest;
  const visitorSide = visitor.id === host.leader.id ? host : visitor.id === guest.leader.id ? guest : null;
  const visitorText = visitorSide ? object(rng, visitorSide) : `${titleOf(visitor)} ${visitor.name.full}`;
  const where = earlier.abroad ? (earlier.guest.country.vi[0] ?? '') : 'Việt Nam';
  return rng.pick([
    `Hai bên nhất trí triển khai hiệu quả các thỏa thuận đạt được trong chuyến thăm cấp Nhà nước của ${visitorText} tới ${where} vào ${when}.`,
    `Đây là lần gặp thứ hai của hai nhà lãnh đạo, sau cuộc ${NOUN[earlier.kind]} hồi ${when}.`,
    `${when.charAt(0).toUpperCase()}${when.slice(1)}, ${visitorText} đã thăm chính thức ${where}.`,
  ]);
}

function titleOf(leader: SyntheticLeader): string {
  const t = SYNTHETIC_TITLES[leader.office.office]?.vi[0] ?? '';
  if (leader.office.office === 'president' && leader.country.code !== 'VN' && leader.country.code !== 'LA') return `Tổng thống ${leader.country.vi[0] ?? ''}`;
  return leader.country.code === 'VN' ? t : `${t} ${leader.country.vi[0] ?? ''}`;
}

function dayMonth(rng: Rng, day: number, dash: boolean): string {
  const d = new Date(day * 86_400_000);
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth() + 1;
  return dash ? `${dd}-${mm}` : `${dd}/${mm}`;
}

/** "Chiều 8/11", "Sáng 2-12", "Ngày 17/2/2023". */
function when(rng: Rng, day: number): string {
  const part = rng.pick(PARTS_OF_DAY);
  const dash = rng.chance(0.2);
  const base = `${part} ${dayMonth(rng, day, dash)}`;
  if (!dash && rng.chance(0.15)) return `${base}/${new Date(day * 86_400_000).getUTCFullYear()}`;
  return base;
}

function place(rng: Rng, event: SyntheticEvent): string | null {
  if (event.kind === 'phone_call' || event.kind === 'online_talks') return null;
  if (event.abroad) return `thủ đô ${event.guest.country.capital}`;
  return rng.chance(0.7) ? rng.pick(VN_PLACES) : 'Hà Nội';
}

function headlineFor(rng: Rng, event: SyntheticEvent, host: Side, guest: Side): string {
  const hostText = rng.chance(0.3) ? host.title : `${host.title} ${host.leader.name.full}`;
  // Seed 000's headline names the guest by office and country only; the body names them.
  const guestText = rng.chance(0.3) && !guest.vn
    ? `${guest.title} ${guest.countryVi}`
    : guest.vn ? `${guest.title} ${guest.leader.name.full}` : `${guest.title} ${guest.countryVi} ${guest.leader.name.full}`;
  if (event.kind === 'visit') return `${hostText} thăm cấp Nhà nước tới ${event.guest.country.vi[0] ?? ''}, ${VERB.talks[0]} ${guestText}`;
  const line = `${hostText} ${rng.pick(VERB[event.kind])} ${guestText}`;
  return rng.chance(0.15) ? `${line}. Ảnh: TTXVN` : line;
}

function leadSentence(rng: Rng, event: SyntheticEvent, host: Side, guest: Side): string {
  const at = place(rng, event);
  const t = when(rng, event.day);
  switch (event.kind) {
    case 'visit': {
      const first = new Date(event.day * 86_400_000);
      const lastD = new Date(event.lastDay * 86_400_000);
      const range = first.getUTCMonth() === lastD.getUTCMonth()
        ? `từ ngày ${first.getUTCDate()} đến ${lastD.getUTCDate()}/${lastD.getUTCMonth() + 1}`
        : `từ ngày ${first.getUTCDate()}/${first.getUTCMonth() + 1} đến ${lastD.getUTCDate()}/${lastD.getUTCMonth() + 1}`;
      return `Nhận lời mời của ${full(rng, guest)} và Phu nhân, ${full(rng, host)} và Phu nhân dẫn đầu Đoàn đại biểu cấp cao ${host.countryVi} thăm cấp Nhà nước tới ${event.guest.country.vi[0] ?? ''} ${range}.`;
    }
    case 'reception':
      return `${t}, tại ${at ?? 'Hà Nội'}, ${full(rng, host)} đã tiếp ${full(rng, guest)} đang thăm chính thức ${host.countryVi}.`;
    case 'phone_call':
      return `${t}, ${full(rng, host)} đã ${VERB.phone_call[0]} ${full(rng, guest)} để trao đổi về quan hệ song phương và các vấn đề cùng quan tâm.`;
    case 'online_talks':
      return `${t}, ${full(rng, host)} và ${full(rng, guest)} đã có cuộc Hội đàm trực tuyến để trao đổi về tình hình và quan hệ hai nước.`;
    case 'summit':
      return `${t} tại ${at ?? 'Hà Nội'} đã diễn ra cuộc gặp cấp cao do ${full(rng, host)} và ${full(rng, guest)} đồng chủ trì.`;
    case 'courtesy_call':
      return `${t}, tại ${at ?? 'Hà Nội'}, ${full(rng, host)} đã hội kiến ${full(rng, guest)}.`;
    default:
      return `${t}, tại ${at ?? 'Hà Nội'}, ${full(rng, host)} đã hội đàm với ${full(rng, guest)}.`;
  }
}

function visitTalksSentence(rng: Rng, event: SyntheticEvent, host: Side, guest: Side): string {
  return `${when(rng, event.day)}, sau lễ đón chính thức tại thủ đô ${event.guest.country.capital}, ${object(rng, host)} đã hội đàm với ${object(rng, guest)}.`;
}

function closing(rng: Rng, event: SyntheticEvent, host: Side, guest: Side): string {
  return `Kết thúc ${NOUN[event.kind]}, ${object(rng, host)} đã trân trọng mời ${object(rng, guest)} sang thăm ${host.countryVi} vào thời gian thích hợp. ${capitalise(object(rng, guest))} đã vui vẻ nhận lời.`;
}

/** The text with its first letter upper-cased (both generators' sentence openings). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function timestamp(rng: Rng, day: number): string {
  const d = new Date(day * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(rng.int(6, 22))}:${two(rng.int(0, 59))}`;
}

function bylineName(rng: Rng): string {
  return rng.pick(['Hà Lê', 'Dương Ngọc', 'Minh Anh', 'Thu Hằng', 'Quang Huy', 'Vũ Hà', 'Đăng Khoa']);
}

function menuBlock(rng: Rng): string[] {
  const phone = () => `09${rng.int(10, 99)}.${rng.int(100, 999)}.${rng.int(100, 999)}`;
  return [
    `HOTLINE: ${phone()} - HOTLINE Phát hành: ${phone()} - ĐẶT MUA BÁO`,
    'Facebook Youtube Zalo Rss',
    'Tìm kiếm',
    'Đăng nhập',
    'Thời sự Quốc tế Lao động Bạn đọc Kinh tế Sức khỏe Giáo dục Pháp luật Văn hóa - Văn nghệ Giải trí Thể thao',
    'Chính trị Xã hội Đô thị',
    'xem thêm',
    'Người Việt đó đây Hay - lạ Vấn đề nóng Hồ sơ Quân sự - Quốc phòng',
    'xem thêm',
    'Video Photo Longform Infographic',
    `${rng.pick(TAIL_WORDS)} ${rng.pick(TAIL_WORDS)}`,
  ];
}

/** Fills `bottom` with the article's trailing furniture and returns its size in bytes. */
function estimateBottom(rng: Rng, ctx: ArticleContext, bottom: string[], credit: string): number {
  if (rng.chance(0.5)) bottom.push(rng.chance(0.5) ? credit : bylineName(rng));
  if (rng.chance(0.45) && ctx.bystanders.length > 0) {
    bottom.push('Tin liên quan');
    for (let i = rng.int(2, 4); i > 0; i--) {
      const who = rng.pick(ctx.bystanders);
      const head = `${titleOf(who)} ${who.name.full} ${rng.pick(['dự Lễ khánh thành', 'tiếp Đoàn đại biểu', 'làm việc với', 'thăm'])} ${rng.pick(['Công viên Hữu nghị', 'Hội Hữu nghị', 'tỉnh biên giới', 'Đại sứ quán'])}`;
      bottom.push(head);
      if (rng.chance(0.5)) bottom.push(head);
      bottom.push(`(NLĐO)- ${when(rng, ctx.event.day)}, ${titleOf(who)} ${who.name.full} đã có chuyến công tác quan trọng.`);
    }
  }
  if (rng.chance(0.4)) {
    bottom.push(`${titleOf(ctx.event.host)} ${ctx.event.host.name.full} ${ctx.event.guest.name.full} ${rng.pick(TAIL_WORDS)} ${rng.pick(TAIL_WORDS)} ${ctx.event.guest.country.vi[0] ?? ''}`);
  }
  if (rng.chance(0.25)) {
    bottom.push(
      'Lên đầu Top',
      'Bạn cần đăng nhập để thực hiện chức năng này!',
      'Thanh toán và đọc bài viết này',
      `chỉ với (${rng.int(1, 9)}000đ)`,
      'Hoặc thanh toán bằng',
      '    • Bước 1: Mở ứng dụng Zalopay',
      '    • Bước 2: Chọn "Thanh Toán" và quét mã QR',
      'Thông báo',
    );
  }
  return bytes(bottom.join('\n'));
}

/** UTF-8 size of a text, as the corpus reader and the size estimates count it. */
export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
