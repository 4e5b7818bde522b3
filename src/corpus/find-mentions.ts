import { holderOf, officesOn, type Registry } from '../registry';
import type { LoadedNameTable, PatternMeaning } from './name-table';

/**
 * A reference to one or more leaders inside a sentence: a name ("Tổng Bí thư Tô Lâm"), a short
 * form after the name ("ông Cường", "Putin"), a bare title ("Chủ tịch nước Lào"), a pronoun
 * ("Ông") or a group ("Hai nhà lãnh đạo"). Pronouns and groups are resolved by the caller, which
 * knows the previous subject and the meeting being told.
 */
export interface Mention {
  start: number;
  end: number;
  kind: 'named' | 'short' | 'title' | 'pronoun' | 'group';
  /** Resolved leader ids; empty when the reference cannot be resolved (or for pronouns and groups). */
  leaderIds: string[];
  titles: { office: string; form: string }[];
  /** The country a title was qualified with ("Chủ tịch nước Lào" → LA). */
  country: string | null;
  /** A person named after a title whom the registry does not know ("Hun Manet"). */
  stranger?: string;
}

/** Someone named after a title who is not in the registry ("Thủ tướng Campuchia Hun Manet"). */
export interface UnknownHolder {
  name: string;
  title: string;
  start: number;
  end: number;
}

/** What earlier sentences of the same article established. Mutated as the article is read. */
export interface MentionContext {
  registry: Registry;
  /** The article's date: bare titles mean whoever held the office on this day. */
  date: string | null;
  /** Leaders named in full so far, in order of their latest full mention. */
  named: string[];
  /** Folded title form → leaders named with it and no country qualifier, most recent last. */
  titleUse: Map<string, string[]>;
}

export function newMentionContext(registry: Registry, date: string | null): MentionContext {
  return { registry, date, named: [], titleUse: new Map() };
}

// Titles that Vietnamese uses only for foreign heads of state: a bare "Tổng thống" is never
// Vietnam's president (who is "Chủ tịch nước").
const FOREIGN_ONLY_TITLES = new Set(['tổng thống', 'quốc vương', 'nhà vua', 'thủ tướng nga']);

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const ENGLISH_WORD = /\b(?:the|and|of|to|said|with|in|on|at|has|had|was|is|also)\b/iu;
const HONORIFIC_BEFORE = /(?:^|[\s,(])(?:ông|bà|đồng chí|ngài|mr\.?|mrs\.?|ms\.?|dr\.?|comrade)\s+$/iu;
const HONORIFIC_GAP = /^\s*(?:,\s*)?(?:(?:ông|bà|đồng chí|ngài|mr\.?|mrs\.?|ms\.?|comrade)\s+)?$/iu;
// Capitalised words between a title and its country ("Tổng Bí thư Ban Chấp hành Trung ương Đảng
// Nhân dân Cách mạng Lào") or between a qualified title and the name.
// Vietnamese capitalises only the first syllable of each word: "Nhân dân Cách mạng".
const QUALIFIER_GAP = /^\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Ll}][\p{L}\p{M}]*)?\s+){0,6}$/u;
const TITLE_JOIN_GAP = /^\s*(?:,|\s|kiêm|and|&)?\s*$/iu;

// Words that begin institution names, never a person's name after a title ("Chủ tịch Hội đồng …").
const INSTITUTION_WORDS = new Set([
  'hội', 'đảng', 'nhà', 'nước', 'quốc', 'ủy', 'uỷ', 'ban', 'văn', 'trung', 'bộ', 'chính', 'mặt', 'liên', 'viện', 'tòa',
  'toà', 'ngân', 'tổng', 'thường', 'hiệp', 'phủ', 'thành', 'tỉnh', 'hđnd', 'ubnd', 'asean', 'aipa', 'đoàn', 'phu', 'the',
  'party', 'state', 'national', 'central', 'committee', 'government', 'of', 'and', 'council', 'assembly', 'cộng', 'việt',
  'lào', 'nga', 'campuchia', 'trung quốc', 'chủ', 'thủ', 'đại', 'công', 'tập', 'sở', 'cục', 'học', 'trường', 'bệnh',
]);

const PRONOUN = /(?<![\p{L}\p{M}])(ông|bà|đồng chí|he|she)(?![\p{L}\p{M}])/giu;
const GROUP =
  /(?<![\p{L}\p{M}])(hai nhà lãnh đạo|lãnh đạo hai nước|lãnh đạo hai bên|lãnh đạo hai đảng(?:, hai nhà nước)?|hai lãnh đạo|hai bên|hai (?:vị )?(?:thủ tướng|tổng bí thư|chủ tịch nước|chủ tịch|tổng thống|nguyên thủ|bộ trưởng)|the two leaders|both leaders|both sides|the two sides|the two (?:prime ministers|presidents|general secretaries))(?![\p{L}\p{M}])/giu;

function fold(form: string): string {
  return form.normalize('NFC').toLowerCase();
}

function isUpperInitial(text: string): boolean {
  const first = text.trimStart()[0] ?? '';
  return first !== first.toLowerCase();
}

/**
 * Finds the leader references in `sentence` and resolves names and titles against the registry
 * and what `ctx` knows; records full names and title uses in `ctx` for later sentences.
 *
 * @example
 * findMentions('Chủ tịch nước Lào khẳng định …', ctx, table).mentions[0].leaderIds; // ['thongloun-sisoulith'] in 2024
 */
export function findMentions(
  sentence: string,
  ctx: MentionContext,
  table: LoadedNameTable,
): { mentions: Mention[]; unknown: UnknownHolder[] } {
  const matches = table.matcher.find(sentence).map((m) => ({ ...m, meaning: table.meanings[m.id] as PatternMeaning }));
  const mentions: Mention[] = [];
  const unknown: UnknownHolder[] = [];
  const namedHere = new Set<string>();
  const isNamed = (id: string): boolean => namedHere.has(id) || ctx.named.includes(id);

  let i = 0;
  while (i < matches.length) {
    const m = matches[i]!;
    const meaning = m.meaning;
    if (meaning.kind === 'title') {
      const titles = [{ office: meaning.office, form: m.text }];
      let country: string | null = null;
      let end = m.end;
      let leaderId: string | null = null;
      let short = false;
      let j = i + 1;
      for (; j < matches.length; j++) {
        const next = matches[j]!;
        const gap = sentence.slice(end, next.start);
        const nm = next.meaning;
        // "Tổng Bí thư Ban Chấp hành … Lào, Chủ tịch nước Cộng hòa … Lào Thongloun Sisoulith":
        // titles joined by commas, each with its own qualifier, describe one person.
        if (nm.kind === 'title' && TITLE_JOIN_GAP.test(gap)) {
          titles.push({ office: nm.office, form: next.text });
          end = next.end;
        } else if (nm.kind === 'country' && (gap.trim() === '' || QUALIFIER_GAP.test(gap))) {
          country ??= nm.country;
          end = next.end;
        } else if (
          (nm.kind === 'leader' || (nm.kind === 'short' && isNamed(nm.leaderId) && isUpperInitial(next.text))) &&
          (HONORIFIC_GAP.test(gap) || QUALIFIER_GAP.test(gap))
        ) {
          leaderId = nm.leaderId;
          short = nm.kind === 'short';
          end = next.end;
          j++;
          break;
        } else break;
      }
      const previous = mentions.at(-1);
      if (
        leaderId === null &&
        previous !== undefined &&
        (previous.kind === 'named' || previous.kind === 'short') &&
        /^\s*,\s*$/u.test(sentence.slice(previous.end, m.start))
      ) {
        // An apposition: "đồng chí Thongsalith Mangnomek, Bí thư Trung ương Đảng, Chánh Văn phòng …"
        // describes the person just named; it is not another person.
        previous.titles.push(...titles);
        previous.country ??= country;
        previous.end = end;
        i = j;
        continue;
      }
      if (leaderId !== null) {
        mentions.push({ start: m.start, end, kind: short ? 'short' : 'named', leaderIds: [leaderId], titles, country });
        namedHere.add(leaderId);
        if (country === null) for (const t of titles) recordTitleUse(ctx, t.form, leaderId);
      } else {
        const stranger = unknownNameAfter(sentence, end);
        if (stranger) {
          unknown.push({ name: stranger.name, title: sentence.slice(m.start, end), start: m.start, end: stranger.end });
          // A named stranger is a person the registry does not know: never resolve it to an office-holder.
          mentions.push({ start: m.start, end: stranger.end, kind: 'title', leaderIds: [], titles, country, stranger: stranger.name });
        } else {
          mentions.push({ start: m.start, end, kind: 'title', leaderIds: resolveTitles(titles, country, ctx), titles, country });
        }
      }
      i = j;
      continue;
    }
    if (meaning.kind === 'leader') {
      mentions.push({ start: m.start, end: m.end, kind: 'named', leaderIds: [meaning.leaderId], titles: [], country: null });
      namedHere.add(meaning.leaderId);
    } else if (meaning.kind === 'short' && isNamed(meaning.leaderId) && isUpperInitial(m.text)) {
      // In an English sentence (no Vietnamese letters) "Lam said" is the leader; in Vietnamese text a
      // bare syllable needs "ông"/"đồng chí"/a title before it.
      const english = !VIETNAMESE_LETTER.test(sentence) && ENGLISH_WORD.test(sentence);
      if (!meaning.needsHonorific || english || HONORIFIC_BEFORE.test(sentence.slice(Math.max(0, m.start - 20), m.start))) {
        mentions.push({ start: m.start, end: m.end, kind: 'short', leaderIds: [meaning.leaderId], titles: [], country: null });
      }
    }
    i++;
  }

  // "Đồng chí Thongsalith", "ông Lương Cường", "đồng chí Tổng Bí thư …": the honorific belongs to
  // the mention, so a sentence opening with it opens with its subject.
  for (const m of mentions) {
    const h = HONORIFIC_BEFORE.exec(sentence.slice(Math.max(0, m.start - 12), m.start));
    if (h) m.start -= h[0].length - (/^[\s,(]/u.test(h[0]) ? 1 : 0);
  }
  for (const id of namedHere) {
    ctx.named = ctx.named.filter((n) => n !== id);
    ctx.named.push(id);
  }
  addPronounsAndGroups(sentence, mentions);
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, unknown };
}

function recordTitleUse(ctx: MentionContext, form: string, leaderId: string): void {
  const key = fold(form);
  const users = (ctx.titleUse.get(key) ?? []).filter((id) => id !== leaderId);
  users.push(leaderId);
  ctx.titleUse.set(key, users);
}

function leaderHolds(ctx: MentionContext, leaderId: string, offices: string[], country: string | null): boolean {
  const leader = ctx.registry.leaders.find((l) => l.id === leaderId);
  if (!leader) return false;
  const held = ctx.date ? officesOn(leader, ctx.date) : leader.offices;
  return offices.every((office) => held.some((o) => o.office === office && (country === null || o.country === country)));
}

/**
 * Whoever a title without a name refers to. "Tổng Bí thư, Chủ tịch nước Lào": the holder of both
 * offices in Laos on the article's date. Unqualified "Chủ tịch nước": a leader this article already
 * named with that title (preferring the Vietnamese one, as Vietnamese press leaves its own country
 * implicit), else Vietnam's holder on that date.
 */
function resolveTitles(titles: { office: string; form: string }[], country: string | null, ctx: MentionContext): string[] {
  const offices = [...new Set(titles.map((t) => t.office))];
  const countryOf = (id: string): string | undefined => ctx.registry.leaders.find((l) => l.id === id)?.country;
  if (country !== null) {
    if (ctx.date) {
      const holders = offices
        .map((office) => new Set(holderOf(ctx.registry, office, country, ctx.date!).map((l) => l.id)))
        .reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
      if (holders.size === 1) return [...holders];
    }
    const named = ctx.named.filter((id) => leaderHolds(ctx, id, offices, country));
    return named.length === 1 ? named : [];
  }
  const foreignOnly = titles.some((t) => FOREIGN_ONLY_TITLES.has(fold(t.form)));
  const users = titles
    .map((t) => ctx.titleUse.get(fold(t.form)) ?? [])
    .reduce((a, b) => a.filter((id) => b.includes(id)))
    .filter((id) => leaderHolds(ctx, id, offices, null));
  if (users.length > 0) {
    const vietnamese = users.filter((id) => countryOf(id) === 'VN');
    if (!foreignOnly && vietnamese.length > 0) return [vietnamese[vietnamese.length - 1]!];
    const foreign = users.filter((id) => countryOf(id) !== 'VN');
    const pick = foreignOnly ? foreign : users;
    if (pick.length > 0) return [pick[pick.length - 1]!];
  }
  if (!foreignOnly && ctx.date) {
    const holders = offices
      .map((office) => new Set(holderOf(ctx.registry, office, 'VN', ctx.date!).map((l) => l.id)))
      .reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
    if (holders.size === 1) return [...holders];
  }
  // No date: a named leader who held these offices, if exactly one.
  const named = ctx.named.filter(
    (id) => leaderHolds(ctx, id, offices, null) && (foreignOnly ? countryOf(id) !== 'VN' : true),
  );
  if (named.length === 1) return named;
  if (!foreignOnly) {
    const vietnamese = named.filter((id) => countryOf(id) === 'VN');
    if (vietnamese.length === 1) return vietnamese;
  }
  return [];
}

const NAME_AFTER_TITLE =
  /^\s+(?:(?:ông|bà|đồng chí|ngài|mr\.?|mrs\.?|ms\.?)\s+)?((?:[\p{Lu}][\p{Ll}\p{M}'’-]*)(?:\s+[\p{Lu}][\p{Ll}\p{M}'’-]*){1,3})/u;

function unknownNameAfter(sentence: string, end: number): { name: string; end: number } | null {
  const m = NAME_AFTER_TITLE.exec(sentence.slice(end));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (words.some((w) => INSTITUTION_WORDS.has(fold(w)))) return null;
  return { name: m[1]!, end: end + m[0].length };
}

function addPronounsAndGroups(sentence: string, mentions: Mention[]): void {
  const covered = (start: number, end: number): boolean => mentions.some((m) => start < m.end && end > m.start);
  for (const g of sentence.matchAll(GROUP)) {
    const start = g.index;
    const end = start + g[0].length;
    // "Hai Thủ tướng" contains a title; the group, not one office-holder, is meant.
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.kind === 'title' && m.start < end && m.end > start) mentions.splice(k, 1);
    }
    if (!covered(start, end)) mentions.push({ start, end, kind: 'group', leaderIds: [], titles: [], country: null });
  }
  for (const p of sentence.matchAll(PRONOUN)) {
    const start = p.index;
    const end = start + p[0].length;
    if (covered(start, end)) continue;
    // "ông Lương Cường", "ông Nguyễn Văn A": an honorific before a name, not a pronoun.
    if (mentions.some((m) => m.start >= end && sentence.slice(end, m.start).trim() === '')) continue;
    if (/^\s+[\p{Lu}]/u.test(sentence.slice(end)) && start > 0) continue;
    mentions.push({ start, end, kind: 'pronoun', leaderIds: [], titles: [], country: null });
  }
}
