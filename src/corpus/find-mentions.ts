import { foldName, holderOf, leaderById, registryCoversOffice, officesHeldOnOrEver, officesOn, type Leader, type Registry } from '../registry';
import type { LoadedNameTable, PatternMeaning } from '../names/name-table';
import { isFunctionWord, LANGUAGES, wordAlternation } from '../lang';
import { acceptsShortForm, honorificLengthBefore, isGluedGap, isHonorificGap, isPlaceNamedAfter, isUpperInitial } from '../names/short-form-rule';
import { hasEvidenceAround } from '../names/name-evidence';
import { BRACKETED_ACRONYM, bothCases, type LanguageRules } from './language-rules';
import { matchesOf } from '../text/matches-of';
import { withoutNameAsides } from '../names/text-asides';
import { titlesOverCountries } from './titles-over-countries';
import { closeSpelling, isShortenedName, sameWordsLoosely } from './name-spelling';
import { forEachCapitalisedWord } from '../text/capitalised-words';

/**
 * A reference to one or more leaders inside a sentence: a name ("Tổng Bí thư Tô Lâm"), a short
 * form after the name ("ông Cường", "Putin"), a bare title ("Chủ tịch nước Lào"), a pronoun
 * ("Ông") or a group ("Hai nhà lãnh đạo"). Pronouns and groups are resolved by the caller, which
 * knows the previous subject and the meeting being told.
 */
export interface Mention {
  start: number;
  end: number;
  kind: 'named' | 'short' | 'title' | 'pronoun' | 'group' | 'host' | 'guest';
  /** Resolved leader ids; empty when the reference cannot be resolved (or for pronouns and groups). */
  leaderIds: string[];
  titles: { office: string; form: string }[];
  /** The country a title was qualified with ("Chủ tịch nước Lào" → LA). */
  country: string | null;
  /** A person named after a title whom the registry does not know ("Hun Manet"). */
  stranger?: string;
  /** The titles follow the name after a comma ("Mr. Motegi, Minister for Foreign Affairs of Japan"). */
  apposition?: boolean;
  /** A leader told by country ("the Vietnamese leader"), read as the one of that country named last. */
  leaderNoun?: boolean;
}

/** Someone named after a title who is not in the registry ("Thủ tướng Campuchia Hun Manet"). */
export interface UnknownHolder {
  name: string;
  title: string;
  /** The offices the title names, and the country it was qualified with, if any. */
  offices: string[];
  country: string | null;
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
  /**
   * Leaders a bare title in this article meant ("NA Chairwoman receives …"): their own short forms
   * ("Ms. Ngan") name them afterwards, as after their full name.
   */
  titled?: Set<string>;
  /** Office → leaders named with a title of it in this article, most recent last. */
  titleUse: Map<string, string[]>;
  /**
   * Office → people the registry does not know whom this article titled with it ("Minister of
   * Foreign Affairs Ali Sabry"): a generic noun ("the minister") may mean them too.
   */
  strangerTitleUse?: Map<string, Set<string>>;
  /** Whose office-holder a title without a country means: the press's country (press-home.ts). */
  home: string;
  /** The article's language rules: honorifics, pronouns, groups. */
  rules: LanguageRules;
  /** Title forms never used for the home country's office-holders (folded). */
  foreignOnly: ReadonlySet<string>;
  /** Given names of the home leaders named so far, for the `named` list they were built from. */
  givenNames?: GivenNames;
  /**
   * People the article names somewhere with the evidence a name ordinary people also bear needs
   * (a title, their country): their name counts before that place too, as on the page (src/names/),
   * so a caption or headline above the story names them. Set when the article is read again.
   */
  evidenced?: ReadonlySet<string>;
  /** Filled as the article is read: people whose name was passed over for want of evidence. */
  unevidenced?: Set<string>;
  /**
   * The one person the story was last about (the last single subject), set by the caller before
   * each sentence: who a bare title several people were given means, where the language says so.
   */
  focus?: string | null;
}

/**
 * A fresh context for one article. `rules` is the article's language; `home` (the registry's
 * `home` unless the article's press is another country's) is whose holder a bare title means, and
 * the registry's titles' `foreignOnly` forms (or offices no
 * home-country person ever held, such as a king) never mean the home country's holder.
 */
export function newMentionContext(registry: Registry, date: string | null, rules: LanguageRules, home: string = registry.home): MentionContext {
  // The forms the registry marks (and those only other countries' parts give) are the registry's
  // home press's usage: "the EAM" on an Indian site is India's own minister.
  return { registry, date, named: [], titleUse: new Map(), rules, foreignOnly: home === registry.home ? foreignOnlyForms(registry) : NO_FORMS, home };
}

const foreignOnlyCache = new WeakMap<Registry, ReadonlySet<string>>();
const NO_FORMS: ReadonlySet<string> = new Set();

function foreignOnlyForms(registry: Registry): ReadonlySet<string> {
  let forms = foreignOnlyCache.get(registry);
  if (forms) return forms;
  const homeOffices = new Set(registry.leaders.flatMap((l) => l.offices.filter((o) => o.country === registry.home).map((o) => o.office)));
  const set = new Set<string>();
  for (const [office, title] of Object.entries(registry.titles)) {
    for (const form of title.foreignOnly ?? []) set.add(fold(form));
    if (!homeOffices.has(office)) for (const form of [...title.vi, ...title.en]) set.add(fold(form));
  }
  foreignOnlyCache.set(registry, set);
  forms = set;
  return forms;
}
// Capitalised words between a title and its country ("Tổng Bí thư Ban Chấp hành Trung ương Đảng
// Nhân dân Cách mạng Lào") or between a qualified title and the name.
// Vietnamese capitalises only the first syllable of each word: "Nhân dân Cách mạng".

/** ", Chủ tịch " / ", Chủ tịch Trung Quốc ": a comma, then capitalised words the registry does not list as a title. */
// Vietnamese capitalises a word's first syllable only ("Chủ tịch"), and an institution's name
// only its first word's ("Ủy ban Công tác đối ngoại Trung ương": three small syllables after "Công").
const UNLISTED_TITLE_GAP = /^\s*,\s*(?:[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Ll}][\p{L}\p{M}]*){0,3}\s+){1,10}$/u;

/**
 * "Chủ tịch Quốc hội Chính quyền nhân dân, Chủ tịch Hội đồng Nhà nước Cuba X": an institution the
 * table does not know qualifying the first title, then the comma before the next one. Its first
 * word capitalised and a lowercase word inside it, as an institution's name is written and a
 * person's is not ("Thủ tướng Hun Manet, Chủ tịch …" is two people).
 */
const QUALIFIER_BEFORE_COMMA = /^\s+(?=[^,]*\s[\p{Ll}])[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){0,5}\s*,\s*$/u;

/**
 * "Xi Jinping, General Secretary of the Communist Party of China (CPC) Central Committee, held …":
 * the rest of an apposition's title the table does not know (an acronym in brackets, an
 * institution's capitalised name), up to the comma that closes the apposition.
 */
const APPOSITION_TITLE_TAIL = new RegExp(`^(?:\\s*${BRACKETED_ACRONYM})?(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{L}\\p{M}'’-]+){0,5})?(?=\\s*,)`, 'u');

/**
 * ", Chủ nhiệm Văn phòng Ủy ban Công tác đối ngoại Trung ương, " between two titles the table
 * knows: a role it does not list, one of the roles a list gives one person ("Ủy viên Bộ Chính
 * trị, Chủ nhiệm …, Bộ trưởng Bộ Ngoại giao Trung Quốc Vương Nghị"). Capitalised words with a
 * lowercase one among them, as a role or an institution is written and a name is not
 * ("Thủ tướng Nepal, Khadga Prasad Sharma Oli, Bộ trưởng …" names a person between).
 */
const UNLISTED_ROLE_BETWEEN = /^\s*,\s*(?=[^,]*\s[\p{Ll}])(?:[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Ll}][\p{L}\p{M}]*){0,3}\s+){0,9}[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Ll}][\p{L}\p{M}]*){0,3}\s*,\s*$/u;

/** ", Chủ tịch Triều Tiên Kim Jong Un;" to the end of a list item: capitalised words only, after a comma. */
const UNLISTED_TAIL = /^\s*,\s*(?:[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Ll}][\p{L}\p{M}]*)?\s+){1,8}[\p{Lu}][\p{L}\p{M}'’-]*\s*(?:[;.]|$)/u;

function fold(form: string): string {
  return form.normalize('NFC').toLowerCase();
}

/** How far before a title an office noun may start ("the Office of the "). */
const OFFICE_REACH = 24;

/** "12:32 PM", "11 a.m.": a clock time, then a half-day word of any language (descriptor `clockSuffixes`). */
const CLOCK_TITLE_WORDS = new Set(LANGUAGES.flatMap((l) => l.dates.clockSuffixes).map((w) => w.toLowerCase()));
const TIME_BEFORE = /(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?\s*$/u;

/**
 * The matcher's answers without the titles that are a clock's half-day word ("Published: 20 Mar
 * 2021 12:32 PM BdST": "PM" is the hour's, not a Prime Minister, whom it would name in the home
 * country's holder).
 */
function withoutClockTitles<T extends { id: number; start: number; text: string }>(sentence: string, found: T[], table: LoadedNameTable): T[] {
  if (CLOCK_TITLE_WORDS.size === 0) return found;
  return found.filter((m) => !((table.meanings[m.id] as PatternMeaning).kind === 'title' && CLOCK_TITLE_WORDS.has(m.text.toLowerCase()) && TIME_BEFORE.test(sentence.slice(Math.max(0, m.start - 8), m.start))));
}

/** `found` without the country matches that open a word naming no country ("Lao động", "Lào Cai"). */
function withoutCountryFalseFriends<T extends { id: number; start: number }>(sentence: string, found: T[], table: LoadedNameTable, rules: LanguageRules): T[] {
  return found.filter((m) => !((table.meanings[m.id] as PatternMeaning).kind === 'country' && rules.countryFalseFriendOpening.test(sentence.slice(m.start, m.start + FALSE_FRIEND_REACH))));
}

/** How far into a sentence from a country's match its false friend may run. */
const FALSE_FRIEND_REACH = 24;

/**
 * Finds the leader references in `text` and resolves names and titles against the registry
 * and what `ctx` knows; records full names and title uses in `ctx` for later sentences.
 *
 * @example
 * findMentions('Chủ tịch nước Lào khẳng định …', ctx, table).mentions[0].leaderIds; // ['thongloun-sisoulith'] in 2024
 */
export function findMentions(
  text: string,
  ctx: MentionContext,
  table: LoadedNameTable,
  /** Only names and titles (no pronouns, groups, given names or leader nouns): what dating an article needs. */
  namesOnly = false,
): { mentions: Mention[]; unknown: UnknownHolder[] } {
  const sentence = withoutNameAsides(text);
  const rules = ctx.rules;
  const matches = countriesBeforeTitles(
    sentence,
    withoutCountryFalseFriends(sentence, withoutClockTitles(sentence, table.matcher.find(sentence), table), table, rules).map((m) => {
      const meaning = table.meanings[m.id] as PatternMeaning;
      // "Tổng thống Pháp", a title form the registry lists with its country: that country's.
      // (A match's four fields by name, not spread: the spread was a fiftieth of the build.)
      const { id, start, end, text: written } = m;
      return meaning.kind === 'title' && meaning.country !== undefined
        ? { id, start, end, text: written, meaning, country: meaning.country }
        : { id, start, end, text: written, meaning };
    }),
    rules,
  );
  const mentions: Mention[] = [];
  const unknown: UnknownHolder[] = [];
  const namedHere = new Set<string>();
  const isNamed = (id: string): boolean => namedHere.has(id) || ctx.named.includes(id);

  let i = 0;
  while (i < matches.length) {
    const m = matches[i]!;
    const meaning = m.meaning;
    // "Phó Chủ tịch Duma Quốc gia Nga Olga Epifanova": a deputy is not the office-holder and holds
    // no office we know; a name after it is a person the registry lacks, with that title.
    const deputy = meaning.kind === 'title' ? rules.deputyBefore.exec(sentence.slice(Math.max(0, m.start - 12), m.start)) : null;
    if (deputy !== null) {
      const start = m.start - deputy[0].trimStart().length;
      let end = m.end;
      let country = m.country ?? null;
      let j = i + 1;
      for (; j < matches.length; j++) {
        const next = matches[j]!;
        if (next.meaning.kind !== 'country' || !(sentence.slice(end, next.start).trim() === '' || rules.qualifierGap.test(sentence.slice(end, next.start)))) break;
        country ??= next.meaning.country;
        end = next.end;
      }
      const named = matches[j];
      if (named !== undefined && named.meaning.kind === 'leader' && isHonorificGap(sentence.slice(end, named.start))) {
        // A person the index knows under a deputy title: the title is part of the mention (so
        // "tiếp Phó Chủ tịch … X" has X right after its verb), and tells no office.
        mentions.push({ start, end: named.end, kind: 'named', leaderIds: [named.meaning.leaderId], titles: [], country });
        namedHere.add(named.meaning.leaderId);
        recordTitleUse(ctx, deputyKey(sentence.slice(start, end)), named.meaning.leaderId);
        i = j + 1;
        continue;
      }
      const stranger = unknownNameAfter(sentence, end, rules);
      if (stranger) {
        unknown.push({ name: stranger.name, title: sentence.slice(start, end), offices: [], country, start, end: stranger.end });
        mentions.push({ start, end: stranger.end, kind: 'title', leaderIds: [], titles: [], country, stranger: stranger.name });
      } else {
        // "Phó chủ tịch Duma Quốc gia Nga cho biết": the deputy the article named with this very title.
        const users = ctx.titleUse.get(deputyKey(sentence.slice(start, end))) ?? [];
        mentions.push({ start, end, kind: 'title', leaderIds: users.length === 1 ? [users[0]!] : [], titles: [], country });
      }
      i = j;
      continue;
    }
    if (meaning.kind === 'title') {
      const titles = [{ office: meaning.office, form: m.text.slice(m.titleAt ?? 0) }];
      let country: string | null = m.country ?? null;
      let end = m.end;
      let leaderId: string | null = null;
      let short = false;
      let j = i + 1;
      // "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình": a second title the registry does not
      // list, after a comma, passed over only if the name after it held the first title.
      let passed: { country: string | null; end: number; j: number } | null = null;
      // Where titles were joined by a conjunction ("the Malaysian Foreign Minister and Deputy Prime
      // Minister, Foreign Minister X"): the first part may be another person's title.
      const joins: { end: number; j: number; titles: number; country: string | null }[] = [];
      // Where the last country word taken ends ("… Hàn Quốc|"), or -1.
      let countryEnd = m.country !== undefined ? m.end : -1;
      // The title is one to come, said before its country ("Tổng thống đắc cử Indonesia X").
      let toCome = false;
      for (; j < matches.length; j++) {
        // A syllable that is someone's short form only after an honorific, inside an institution's
        // name qualifying the title ("Chủ tịch Quốc hội Chính quyền nhân dân, Chủ tịch …"), is part of it.
        let k = j;
        while (matches[k]?.meaning.kind === 'short' && (matches[k]!.meaning as { needsHonorific?: boolean }).needsHonorific === true) k++;
        if (k > j && matches[k]?.meaning.kind === 'title' && QUALIFIER_BEFORE_COMMA.test(sentence.slice(end, matches[k]!.start))) j = k;
        const next = matches[j]!;
        const gap = sentence.slice(end, next.start);
        const nm = next.meaning;
        if (passed === null && (nm.kind === 'country' || nm.kind === 'leader') && UNLISTED_TITLE_GAP.test(gap)) {
          passed = { country, end, j };
          if (nm.kind === 'country') {
            country ??= nm.country;
            end = next.end;
            continue;
          }
        }
        // "Tổng Bí thư Ban Chấp hành … Lào, Chủ tịch nước Cộng hòa … Lào Thongloun Sisoulith":
        // titles joined by commas, each with its own qualifier, describe one person.
        // (Not past a person's name: "Prime Minister Mohammed bin Salman, New Zealand Prime Minister X" are two people.)
        if (
          nm.kind === 'title' &&
          (rules.titleJoinGap.test(gap) || ((QUALIFIER_BEFORE_COMMA.test(gap) || UNLISTED_ROLE_BETWEEN.test(gap)) && !nameFillsGap(sentence, end, next.start, rules))) &&
          (next.country === undefined || country === null || next.country === country)
        ) {
          // (Or by a bare comma: "In a meeting with the Malaysian Foreign Minister, President Jokowi …".)
          if (rules.conjunctionGap.test(gap) || /^\s*,\s*$/u.test(gap)) joins.push({ end, j, titles: titles.length, country });
          titles.push({ office: nm.office, form: next.text.slice(next.titleAt ?? 0) });
          country ??= next.country ?? null;
          end = next.end;
        } else if (
          nm.kind === 'country' &&
          // "Tổng thống đắc cử Indonesia Prabowo Subianto": the word of a title to come before the country.
          // Right after the title only where the language puts the country after it ("Thủ tướng Lào",
          // not "Acting President Han": there "Han" is a name, though it folds as Vietnamese "Hàn").
          (gap.trim() === '' ? rules.descriptor.countryAfterLeaderNoun : rules.qualifierGap.test(gap) || rules.designateGap.test(gap)) &&
          // "Chủ tịch Quốc hội Hàn Quốc Han Myeong Hee": the country said again right after itself is a name's word.
          !(countryEnd === end && nm.country === country && gap.trim() === '')
        ) {
          if (rules.designateGap.test(gap)) toCome = true;
          country ??= nm.country;
          end = next.end;
          countryEnd = end;
        } else if (
          (nm.kind === 'leader' && passed !== null && UNLISTED_TITLE_GAP.test(sentence.slice(passed.end, next.start))) ||
          (nm.kind === 'leader' ||
            (nm.kind === 'short' &&
              isUpperInitial(next.text) &&
              // "PM Chinh" in a headline: a short form right after a title its person held that day,
              // or ever, when the article's day is not known ("…: President Prabowo" above an undated story).
              (isNamed(nm.leaderId) || leaderHoldsAsTitled(ctx, nm.leaderId, titles.map((t) => t.office), country)))) &&
          (isHonorificGap(gap) || rules.qualifierGap.test(gap) || (passed !== null && UNLISTED_TITLE_GAP.test(sentence.slice(passed.end, next.start))))
        ) {
          leaderId = nm.leaderId;
          short = nm.kind === 'short';
          end = next.end;
          j++;
          break;
        } else break;
      }
      // "Tổng Bí thư, Chủ tịch Triều Tiên Kim Jong Un": a stranger named after both titles keeps them.
      const strangerAfter = passed !== null && leaderId === null && country !== passed.country && unknownNameAfter(sentence, end, rules) !== null;
      if (passed !== null && !strangerAfter && (leaderId === null || !leaderHolds(ctx, leaderId, titles.map((t) => t.office), null))) {
        ({ country, end, j } = passed);
        leaderId = null;
        short = false;
      }
      // "Phu nhân Tổng thống Pháp Brigitte Macron": the name after a title a spouse word stands
      // before is the spouse's, and the holder is not there; nobody is named.
      if (rules.spouseBefore.test(sentence.slice(Math.max(0, m.start - OFFICE_REACH), m.start))) {
        i = j;
        continue;
      }
      // "Người phát ngôn Phủ Tổng thống Hàn Quốc Kang Min-seok cho biết", "a spokesperson for the
      // President's Office said": the title names an office, not its holder; the name after it is its staff's.
      if (leaderId === null && (rules.officeBefore.test(sentence.slice(Math.max(0, m.start - OFFICE_REACH), m.start)) || rules.officeAfter.test(sentence.slice(end)))) {
        i = j;
        continue;
      }
      const previous = mentions.at(-1);
      if (
        leaderId === null &&
        previous !== undefined &&
        (previous.kind === 'named' || previous.kind === 'short') &&
        rules.appositionGap.test(sentence.slice(previous.end, m.start)) &&
        // "… Nga S. Lavrov, Bộ trưởng Ngoại giao Na Uy E. Soreide": a title of another country than
        // the person before it is the next person's, named in a form the registry lacks.
        !(country !== null && previous.leaderIds.length > 0 && previous.leaderIds.every((id) => { const own = leaderById(ctx.registry, id)?.country; return own !== undefined && own !== country; }))
      ) {
        // An apposition: "đồng chí Thongsalith Mangnomek, Bí thư Trung ương Đảng, Chánh Văn phòng …",
        // "Anutin Charnvirakul, the Prime Minister of Thailand" describes the person just named; it is
        // not another person.
        previous.titles.push(...titles);
        previous.country ??= country;
        previous.end = end + (APPOSITION_TITLE_TAIL.exec(sentence.slice(end))?.[0].length ?? 0);
        previous.apposition = true;
        i = j;
        continue;
      }
      // The name after the titles is of another country than the titles before the conjunction gave
      // them: those titles are another person's, resolved alone, and the rest is read afresh.
      const split = leaderId !== null ? joins.find((k) => k.country !== null && leaderById(ctx.registry, leaderId!)?.country !== k.country) : undefined;
      if (split) {
        const own = titles.slice(0, split.titles);
        mentions.push({ start: m.start, end: split.end, kind: 'title', leaderIds: resolveTitles(own, split.country, ctx), titles: own, country: split.country });
        i = split.j;
        continue;
      }
      if (leaderId !== null && toCome) {
        // As "President-elect Donald Trump" below: the person, with the title to come in the mention, not given it.
        mentions.push({ start: m.start, end, kind: short ? 'short' : 'named', leaderIds: [leaderId], titles: [], country });
        namedHere.add(leaderId);
      } else if (leaderId !== null) {
        mentions.push({ start: m.start, end, kind: short ? 'short' : 'named', leaderIds: [leaderId], titles, country });
        namedHere.add(leaderId);
        for (const t of titles) {
          recordTitleUse(ctx, t.office, leaderId);
          recordTitleUse(ctx, `form:${fold(t.form)}`, leaderId);
        }
      } else {
        // "Foreign Minister-designate Sok Chenda Sophea", "Tổng thống đắc cử X": the name stands after
        // the word that makes the title one to come; that person is no misspelt holder of the office.
        const designate = rules.designateAfter.exec(sentence.slice(end));
        let stranger = unknownNameAfter(sentence, designate ? end + designate[0].length : end, rules);
        // "President of Serbia, Aleksandar Vučić, met …": a title that names its country, then the name in commas.
        if (!stranger && !designate && country !== null && !rules.ownerBeforeTitle.test(sentence.slice(0, m.start))) stranger = appositiveNameAfter(sentence, end, matches, rules);
        // "President-elect Donald Trump": a person the registry knows is read as such, not a stranger.
        if (designate && stranger && matches.some((x) => x.start >= end && x.start < stranger!.end && (x.meaning.kind === 'leader' || x.meaning.kind === 'short'))) stranger = null;
        const misspelt = stranger && !designate ? misspeltHolder(stranger.name, titles, country, ctx) : null;
        if (stranger && misspelt) {
          // "Phó Tổng thống Hoa Kỳ Kamala Haris": the office's holder that day, one letter off.
          mentions.push({ start: m.start, end: stranger.end, kind: 'named', leaderIds: [misspelt], titles, country });
          namedHere.add(misspelt);
        } else if (stranger) {
          unknown.push({
            name: stranger.name,
            title: sentence.slice(m.start, end),
            offices: [...new Set(titles.map((t) => t.office))],
            country,
            start: m.start,
            end: stranger.end,
          });
          ctx.strangerTitleUse ??= new Map();
          for (const t of titles) ctx.strangerTitleUse.set(t.office, (ctx.strangerTitleUse.get(t.office) ?? new Set()).add(stranger.name));
          // A named stranger is a person the registry does not know: never resolve it to an office-holder.
          mentions.push({ start: m.start, end: stranger.end, kind: 'title', leaderIds: [], titles, country, stranger: stranger.name });
        } else if (designate) {
          // "President-elect Donald Trump", "Foreign Minister-designate Sok Chenda Sophea": the title
          // to come qualifies the name after it; it names neither today's holder nor anyone else.
          // A person the registry knows right after it is the mention, the title to come included
          // (so nothing stands between a meeting word and its object), but not given that title.
          const next = matches[j];
          if (next !== undefined && next.meaning.kind === 'leader' && sentence.slice(end + designate[0].length, next.start).trim() === '') {
            mentions.push({ start: m.start, end: next.end, kind: 'named', leaderIds: [next.meaning.leaderId], titles: [], country });
            namedHere.add(next.meaning.leaderId);
            j++;
          }
        } else {
          // "Tổng Bí thư, Chủ tịch Triều Tiên Kim Jong Un;": a bare title followed by more titles and a
          // name the registry does not know is that person, not the office's holder here.
          const unlisted = UNLISTED_TAIL.test(sentence.slice(end));
          // "the former Prime Minister said": someone the article named who held it, not its holder that day.
          const former = formerLengthBefore(sentence, m.start, rules) > 0;
          // "Prime Minister and Minister for Finance Lawrence Wong": joined to a second title the
          // table does not list, the first is the named person's where they hold its office, not
          // the holder the article's country or date would give it.
          const next = matches[j];
          const owner =
            !unlisted && !former && next !== undefined && next.meaning.kind === 'leader' && rules.joinedTitleBeforeName.test(sentence.slice(end, next.start)) &&
            leaderHoldsAsTitled(ctx, next.meaning.leaderId, titles.map((t) => t.office), country)
              ? next.meaning.leaderId
              : null;
          // "met Y for the first time as prime minister", "trên cương vị Thủ tướng": a role, nobody named.
          if (owner === null && !/^\s+\p{Lu}/u.test(sentence.slice(end)) && rules.capacityBefore.test(sentence.slice(Math.max(0, m.start - CAPACITY_REACH), m.start))) {
            i = j;
            continue;
          }
          // "Tổng thống đắc cử Mỹ" with no name: a title to come names no holder that day.
          const holders = owner !== null ? [owner] : unlisted || toCome ? [] : former ? formerHolders(titles, country, ctx) : resolveTitles(titles, country, ctx);
          // "NA Chairwoman receives …", then "Ms. Ngan said …": the title identified her.
          if (holders.length === 1) (ctx.titled ??= new Set()).add(holders[0]!);
          mentions.push({ start: m.start, end, kind: 'title', leaderIds: holders, titles, country });
        }
      }
      i = j;
      continue;
    }
    // The rules the page applies too (src/names/): "đường Lê Duẩn" is a street; a form ordinary
    // people also bear needs evidence (a title is taken above; here the country, a title after it,
    // or the person named unambiguously earlier in the article).
    if ((meaning.kind === 'leader' || meaning.kind === 'short') && isPlaceNamedAfter(sentence, m.start, m.end)) {
      i++;
      continue;
    }
    if (meaning.kind === 'leader') {
      if (
        meaning.commonIn === undefined ||
        isNamed(meaning.leaderId) ||
        ctx.evidenced?.has(meaning.leaderId) ||
        hasEvidenceAround(sentence, matches, table.meanings, i, meaning.commonIn)
      ) {
        mentions.push({ start: m.start, end: m.end, kind: 'named', leaderIds: [meaning.leaderId], titles: [], country: null });
        namedHere.add(meaning.leaderId);
      } else (ctx.unevidenced ??= new Set()).add(meaning.leaderId);
    } else if (meaning.kind === 'short') {
      if (isNamed(meaning.leaderId) || ctx.titled?.has(meaning.leaderId) || standsAlone(meaning, ctx) || ctx.evidenced?.has(meaning.leaderId)) {
        const before = matches[i - 1];
        const gluedToMatch = before !== undefined && isGluedGap(sentence, before.end, m.start);
        if (acceptsShortForm(sentence, m.start, m.end, meaning.needsHonorific, false, gluedToMatch, ctx.rules.code)) {
          mentions.push({ start: m.start, end: m.end, kind: 'short', leaderIds: [meaning.leaderId], titles: [], country: null });
        }
      } else if (ctx.date === null && !meaning.needsHonorific) {
        // An article with no date ("Srettha met Prime Minister Christopher Luxon …", the full name
        // only further on): the later name counts once the article names its person in full anywhere,
        // read again then as a name with its evidence elsewhere is.
        (ctx.unevidenced ??= new Set()).add(meaning.leaderId);
      }
    }
    i++;
  }

  // "Đồng chí Thongsalith", "ông Lương Cường", "đồng chí Tổng Bí thư …": the honorific belongs to
  // the mention, so a sentence opening with it opens with its subject.
  // "received former Lao PM X", "tiếp nguyên Thủ tướng Lào X": so does the word that puts it in the past.
  for (const m of mentions) {
    m.start -= formerLengthBefore(sentence, m.start, rules);
    const honorific = honorificLengthBefore(sentence, m.start, 20);
    // "Senior General Min Aung Hlaing": the rank may later stand alone for them (addRankAnaphors).
    if (m.leaderIds.length === 1 && (m.kind === 'named' || m.kind === 'short')) {
      const rank =
        honorific > 0 && rules.rankOnly.test(sentence.slice(m.start - honorific, m.start).trim())
          ? sentence.slice(m.start - honorific, m.start)
          : rankInside(sentence.slice(m.start, m.end), leaderById(ctx.registry, m.leaderIds[0]!), rules);
      if (rank !== undefined) recordTitleUse(ctx, rankKey(rank), m.leaderIds[0]!);
    }
    m.start -= honorific;
  }
  const namedBefore = ctx.named;
  for (const id of namedHere) {
    ctx.named = ctx.named.filter((n) => n !== id);
    ctx.named.push(id);
  }
  if (!namesOnly) {
    addGivenNames(sentence, mentions, ctx);
    addPronounsAndGroups(sentence, mentions, rules);
    addLeaderNouns(sentence, mentions, matches, ctx, namedBefore);
    addCountryGroups(sentence, mentions, matches, ctx);
    addCounterparts(sentence, mentions, matches, ctx, unknown);
    addRankAnaphors(sentence, mentions, ctx);
    addGenericOfficeAnaphors(sentence, mentions, ctx);
    addTitlesOverCountries(sentence, mentions, matches, ctx);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, unknown };
}

type MeaningMatch = ReturnType<LoadedNameTable['matcher']['find']>[number] & {
  meaning: PatternMeaning;
  /** For a country fused with the title after it ("Chinese President"): the country. */
  country?: string;
  /** Where the title starts inside the fused text. */
  titleAt?: number;
};

/**
 * In languages that put the country first ("Chinese President Xi Jinping", "the Lao Prime
 * Minister"), a country right before a title qualifies it: the two become one title match that
 * carries the country, as "Chủ tịch Trung Quốc" does in Vietnamese word order.
 */
function countriesBeforeTitles(sentence: string, matches: MeaningMatch[], rules: LanguageRules): MeaningMatch[] {
  if (!rules.countryBeforeTitle) return matches;
  const out: MeaningMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const next = matches[i + 1];
    if (m.meaning.kind === 'country' && next?.meaning.kind === 'title' && rules.countryTitleGap.test(sentence.slice(m.end, next.start))) {
      out.push({ ...next, start: m.start, text: sentence.slice(m.start, next.end), country: m.meaning.country, titleAt: next.start - m.start });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * Remembers who was named with an office (key: the office) or with a title form (key:
 * `form:<folded form>`), so a later bare title ("the PM") can mean them.
 */
/** The title-use key of a deputy title as written ("Phó Chủ tịch Duma Quốc gia Nga"), folded. */
function deputyKey(title: string): string {
  return `deputy:${fold(title).replace(/\s+/gu, ' ')}`;
}

function recordTitleUse(ctx: MentionContext, office: string, leaderId: string): void {
  const key = office;
  const users = (ctx.titleUse.get(key) ?? []).filter((id) => id !== leaderId);
  users.push(leaderId);
  ctx.titleUse.set(key, users);
}

/**
 * A foreign leader's own later name ("Putin", "Macron"; the registry's `short`, never a shared one
 * such as "Wang") stands for them without their full name earlier in the article while they hold
 * an office on its date, as the press writes "Putin arrives in Hanoi". A home-country syllable
 * never does ("Cường" is an ordinary word).
 */
function standsAlone(meaning: Extract<PatternMeaning, { kind: 'short' }>, ctx: MentionContext): boolean {
  if (meaning.needsHonorific || ctx.date === null) return false;
  const leader = leaderById(ctx.registry, meaning.leaderId);
  return leader !== undefined && officesOn(leader, ctx.date).length > 0;
}

function leaderHolds(ctx: MentionContext, leaderId: string, offices: string[], country: string | null): boolean {
  const leader = leaderById(ctx.registry, leaderId);
  if (!leader) return false;
  const held = officesHeldOnOrEver(leader, ctx.date);
  return offices.every((office) => held.some((o) => o.office === office && (country === null || o.country === country)));
}

/**
 * Whether no registry fact says the leader no longer held these offices on the article's date: a
 * term that started by then and has no end day (still held, or ended on a day no source fixes).
 */
function leaderMayHold(ctx: MentionContext, leaderId: string, offices: string[]): boolean {
  const leader = leaderById(ctx.registry, leaderId);
  if (!leader || ctx.date === null) return false;
  const date = ctx.date;
  return offices.every((office) => leader.offices.some((o) => o.office === office && (o.start === undefined || o.start <= date) && (o.end === undefined || o.end === null || o.end >= date)));
}

/**
 * Whether the leader held (that day, or ever when it is not known) one of the offices a run of
 * titles names, and each of the others too or none the registry records for them ("Thai Prime
 * Minister and Defense Minister Prayut": the registry lists his premiership, not the ministry he
 * held beside it).
 */
function leaderHoldsAsTitled(ctx: MentionContext, leaderId: string, offices: string[], country: string | null): boolean {
  return holdsAsTitled(ctx, leaderId, offices, (office) => leaderHolds(ctx, leaderId, [office], country));
}

/**
 * Whether `holds` is true of one of a run of titles' offices, and of each of the others too or the
 * registry records no term of it for the leader: the test of {@link leaderHoldsAsTitled}, whatever
 * "held" means (that day, or on any day for a misspelt name's holder).
 */
function holdsAsTitled(ctx: MentionContext, leaderId: string, offices: readonly string[], holds: (office: string) => boolean): boolean {
  return offices.some(holds) && offices.every((office) => holds(office) || registrySilentOn(ctx, leaderId, [office]));
}

/** Whether the registry records no term of any of these offices for the leader. */
function registrySilentOn(ctx: MentionContext, leaderId: string, offices: string[]): boolean {
  const leader = leaderById(ctx.registry, leaderId);
  return leader !== undefined && !leader.offices.some((o) => offices.includes(o.office));
}

/**
 * Whoever a title without a name refers to. "Tổng Bí thư, Chủ tịch nước Lào": the holder of both
 * offices in Laos on the article's date. Unqualified "Chủ tịch nước": a leader this article already
 * named with that title (preferring the Vietnamese one, as Vietnamese press leaves its own country
 * implicit), else Vietnam's holder on that date.
 */
function resolveTitles(titles: { office: string; form: string }[], country: string | null, ctx: MentionContext): string[] {
  const offices = [...new Set(titles.map((t) => t.office))];
  const countryOf = (id: string): string | undefined => leaderById(ctx.registry, id)?.country;
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
  const foreignOnly = titles.some((t) => ctx.foreignOnly.has(fold(t.form)));
  const home = ctx.home;
  // Named with this very form first ("Ngoại trưởng Pompeo" … "Ngoại trưởng nhấn mạnh"), else with
  // any form of the office ("Prime Minister Phuc" … "The PM lauded").
  const sameForm = titles.map((t) => ctx.titleUse.get(`form:${fold(t.form)}`) ?? []).reduce((a, b) => a.filter((id) => b.includes(id)));
  const users = (sameForm.length > 0 ? titles.map(() => sameForm) : titles.map((t) => ctx.titleUse.get(t.office) ?? []))
    .reduce((a, b) => a.filter((id) => b.includes(id)))
    // The article titled them so itself: enough where the registry only knows the term ended some
    // day after its last attested one ("Thủ tướng Phạm Minh Chính" … "Thủ tướng nhấn mạnh").
    // So too where the registry records no term of the office for them at all (it lists leaders'
    // top offices, seldom a Deputy Prime Minister's): the article's own title is the only word.
    .filter((id) => leaderHolds(ctx, id, offices, null) || leaderMayHold(ctx, id, offices) || registrySilentOn(ctx, id, offices));
  if (users.length > 0) {
    // "Indonesian President Prabowo … President Luong Cuong … The President also expressed …".
    const focus = ctx.focus;
    if (ctx.rules.bareTitleFollowsFocus && focus && users.includes(focus) && !(foreignOnly && countryOf(focus) === home)) return [focus];
    const atHome = users.filter((id) => countryOf(id) === home);
    if (!foreignOnly && atHome.length > 0) return [atHome[atHome.length - 1]!];
    const foreign = users.filter((id) => countryOf(id) !== home);
    const pick = foreignOnly ? foreign : users;
    if (pick.length > 0) return [pick[pick.length - 1]!];
  }
  // "Samdech Techo Hun Sen received …", then "The Prime Minister said …": people the article named
  // without this title, holding the office that day, come before the home country's holder, whom
  // the article has not named. Several such people, none of them at home: no one can be told.
  if (ctx.date) {
    const holding = ctx.named.filter((id) => leaderHolds(ctx, id, offices, null) && !(foreignOnly && countryOf(id) === home));
    if (holding.length === 1) return holding;
    if (holding.length > 1 && !holding.some((id) => countryOf(id) === home)) return [];
  }
  // The home country's holder, whom the article never named, only where it is news of home: no
  // one named yet (a headline "Thủ tướng tiếp …"), or someone of home among those named. A story
  // about other countries' leaders ("Prayut … Thongloun … The Deputy Prime Minister and Minister of
  // Foreign Affairs has confirmed …") means one of theirs, whom the registry cannot tell.
  const newsOfHome = ctx.named.length === 0 || ctx.named.some((id) => countryOf(id) === home);
  if (!foreignOnly && ctx.date && newsOfHome) {
    const holders = offices
      .map((office) => new Set(holderOf(ctx.registry, office, home, ctx.date!).map((l) => l.id)))
      .reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
    if (holders.size === 1) return [...holders];
  }
  // No date: a named leader who held these offices, if exactly one.
  const named = ctx.named.filter(
    (id) => leaderHolds(ctx, id, offices, null) && (foreignOnly ? countryOf(id) !== home : true),
  );
  if (named.length === 1) return named;
  if (!foreignOnly) {
    const homeNamed = named.filter((id) => countryOf(id) === home);
    if (homeNamed.length === 1) return homeNamed;
  }
  return [];
}

/** How many characters before `start` a former word ("former ", "nguyên ", "ex-") takes, or 0. */
function formerLengthBefore(sentence: string, start: number, rules: LanguageRules): number {
  const m = rules.formerBefore.exec(sentence.slice(Math.max(0, start - FORMER_REACH), start));
  return m ? m[0].length - (/^[^\p{L}\p{M}-]/u.test(m[0]) ? 1 : 0) : 0;
}

/** How far before a bare title its capacity words may start ("in her capacity as ", "trên cương vị là "). */
const CAPACITY_REACH = 24;

/** How far before a mention its former word may start ("former ", "nguyên "). */
const FORMER_REACH = 12;

/**
 * Whom a bare title after a former word means: the one leader this article has named who held the
 * offices (of the country, where the title gives it) and, on a known date, no longer did.
 */
function formerHolders(titles: { office: string; form: string }[], country: string | null, ctx: MentionContext): string[] {
  const offices = [...new Set(titles.map((t) => t.office))];
  const held = ctx.named.filter((id) => {
    const leader = leaderById(ctx.registry, id);
    const holds = (o: { office: string; country: string }): boolean => offices.includes(o.office) && (country === null || o.country === country);
    return leader !== undefined && heldEver(leader, offices, country) && !(ctx.date !== null && officesOn(leader, ctx.date).some(holds));
  });
  return held.length === 1 ? held : [];
}

/** Whether the registry gives `leader` a term, on any day, of each of `offices` (of `country`, where given). */
function heldEver(leader: Leader, offices: readonly string[], country: string | null): boolean {
  return offices.every((office) => leader.offices.some((o) => o.office === office && (country === null || o.country === country)));
}

/**
 * The holder of a title on the article's date when the name written after it is theirs but for a
 * letter or two ("Kamala Haris", "Thoongsavanh Phomvihane"), or but for words the press left out
 * ("Salvador Valdés" for Salvador Valdés Mesa): the press misspells and shortens foreign names.
 * Misspelt, only under a title qualified by a country, so the holder is fixed by the registry, not
 * by a guess; shortened, under any title whose office only one such name ever held.
 */
function misspeltHolder(name: string, titles: { office: string; form: string }[], country: string | null, ctx: MentionContext): string | null {
  // "Johari Bin Abdul" for the registry's "Johari Abdul": a name particle the form leaves out.
  const written = withoutParticles(foldName(name), ctx.rules);
  if (country === null) {
    // "Vice President Salvador Valdés" for Salvador Valdés Mesa: a name the press shortened (a
    // second surname, a middle name left out), of the one person who ever held the office.
    const offices = [...new Set(titles.map((t) => t.office))];
    const shortenedHolders = ctx.registry.leaders.filter((l) => heldEver(l, offices, null) && l.forms.some((f) => isShortenedName(foldName(f), written)));
    return shortenedHolders.length === 1 ? shortenedHolders[0]!.id : null;
  }
  const close = (leader: Leader): boolean => leader.forms.some((f) => closeSpelling(foldName(f), written));
  const ids = resolveTitles(titles, country, ctx);
  const leader = ids.length === 1 ? leaderById(ctx.registry, ids[0]!) : undefined;
  // The one holder that day (or, that day unknown, the one holder ever) may be spelt further off,
  // word by word ("Lao PDR President Thongla Sisolith" for Thongloun Sisoulith): each word begun
  // alike and a third of it at most changed.
  const loosely = (l: Leader): boolean => l.forms.some((f) => sameWordsLoosely(foldName(f), written) || isShortenedName(foldName(f), written));
  if (leader && (close(leader) || loosely(leader))) return leader.id;
  // "former Lao PM Thoongsinh Thammavong": a holder of that office of that country on another day
  // (the title is also written of those who held it), when no other one's name is that close.
  const offices = [...new Set(titles.map((t) => t.office))];
  // "Phó Thủ tướng, Bộ trưởng Ngoại giao Thái Lan Don Pramudwina": one of the titles, and each of
  // the others too or none the registry records for them (it lists a foreign minister's post,
  // seldom the deputy premiership beside it).
  const ever = ctx.registry.leaders.filter((l) => holdsAsTitled(ctx, l.id, offices, (office) => heldEver(l, [office], country)));
  const holders = ever.filter(close);
  if (holders.length === 1) return holders[0]!.id;
  if (holders.length > 1) return null;
  const loose = ever.filter(loosely);
  if (loose.length > 0) return loose.length === 1 ? loose[0]!.id : null;
  // "… giữ chức Chủ tịch nước CHXHCN Việt Nam, Tổng Bí thư, Chủ tịch nước CHDCND Lào Thounglun
  // Sisolith": titles of two countries chained by commas give the chain the first one's country;
  // the one holder of those offices anywhere whose name is that close, word by word.
  const anywhere = ctx.registry.leaders.filter((l) => l.country !== country && heldEver(l, offices, null) && l.forms.some((f) => sameWordsLoosely(foldName(f), written)));
  return anywhere.length === 1 ? anywhere[0]!.id : null;
}

/** A folded name without the language's name particles ("johari bin abdul" → "johari abdul"). */
function withoutParticles(folded: string, rules: LanguageRules): string {
  const words = folded.split(/\s+/u);
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !rules.nameParticleWords.has(w));
  return kept.join(' ');
}

/** Whether the words between a title and the next one are a person's name and its comma ("… Mohammed bin Salman, "). */
function nameFillsGap(sentence: string, end: number, nextStart: number, rules: LanguageRules): boolean {
  const name = unknownNameAfter(sentence, end, rules);
  return name !== null && /^\s*,\s*$/u.test(sentence.slice(name.end, nextStart));
}

/**
 * The name set off by a comma after a title that names its country ("the Prime Minister of Solomon
 * Islands, Jeremiah Manele, met …", "Chủ tịch Quốc hội Phần Lan, bà Maria Lohela"): the apposition
 * the press writes when the title comes first in full. Only a name of two words or more besides
 * its styles, ending at a comma, the sentence's end or a word in lower case, and holding nothing
 * the tables know (a title, a country, a leader): "President of Vietnam, Prime Minister X" is two
 * people, "Prime Minister of Japan, Australia and …" a list.
 */
function appositiveNameAfter(sentence: string, end: number, matches: readonly MeaningMatch[], rules: LanguageRules): { name: string; end: number } | null {
  const comma = /^\s*,(?=\s)/u.exec(sentence.slice(end));
  if (!comma) return null;
  const at = end + comma[0].length;
  const stranger = unknownNameAfter(sentence, at, rules);
  // "the Indonesian president, Mr Lee expressed …": a style and one word is no name set off so.
  if (!stranger || stranger.name.split(/\s+/u).filter((w) => !rules.honorificWords.has(foldName(w))).length < 2) return null;
  if (matches.some((x) => x.start >= at && x.start < stranger.end)) return null;
  if (!/^(?:\s*[,.;:)]|\s*$|\s+\p{Ll})/u.test(sentence.slice(stranger.end))) return null;
  return stranger;
}

function unknownNameAfter(sentence: string, end: number, rules: LanguageRules): { name: string; end: number } | null {
  // "Prime Minister Mohammed bin Salman": one word, then the particles that join the rest of the name.
  const m = rules.nameAfterTitle.exec(sentence.slice(end)) ?? rules.nameBeforeParticle.exec(sentence.slice(end));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (words.some((w) => rules.institutionWords.has(fold(w)))) return null;
  // "Malaysian President Dato’ Seri and Prime Minister …" (a garbled page): a style without its name.
  if (words.every((w) => rules.honorificWords.has(foldName(w)))) return null;
  // "Lao President Visits Senior Member of CCP": a Title Case headline's verb ends the name, and
  // what stands before it must still be a name of two words.
  const verbAt = words.findIndex((w) => rules.headlineWords.has(w.toLowerCase()));
  if (verbAt >= 0 && verbAt < 2) return null;
  if (verbAt >= 2) {
    const name = words.slice(0, verbAt).join(' ');
    return { name, end: end + m[0].length - m[1]!.length + name.length };
  }
  let name = m[1]!;
  let length = m[0].length;
  // "Ahmad Bin Abdullah Bin Zaid Al-Mahmoud": the words a name takes ended on a particle, which
  // goes on with the rest of the name below.
  const last = words.at(-1)!;
  if (words.length > 2 && rules.nameParticleWords.has(fold(last))) {
    name = name.slice(0, -last.length).trimEnd();
    length -= m[1]!.length - name.length;
  }
  // "Sheikh Abdullah bin Nasser bin Khalifa Al Thani", "Luiz Inácio Lula da Silva": particles join
  // further parts of the one name.
  for (let more = rules.nameParticleAfter.exec(sentence.slice(end + length)); more; more = rules.nameParticleAfter.exec(sentence.slice(end + length))) {
    name += more[0];
    length += more[0].length;
  }
  // "Speaker Nancy Pelosi’s visit", "President Marcelo Rebelo de Sousa’s …": a possessive ending
  // is not the name's (it would make a second person of the one named without it).
  const owner = rules.possessiveEnding.exec(name);
  if (owner !== null && owner.index > 0) {
    length -= name.length - owner.index;
    name = name.slice(0, owner.index);
  }
  return { name, end: end + length };
}


/**
 * "Binh said", "Deputy PM Binh", "ông Bình": the given name (last syllable) of a home-country
 * leader this article has named in full, and the registry's `sharedShort` forms of any leader it
 * has named ("Li said" after "Premier Li Keqiang"). Shared syllables never make registry short
 * forms (many leaders are "Minh" or "Bình", many Chinese leaders "Li"), but inside one article a
 * form that belongs to exactly one named leader means that leader; a second named leader with the
 * same form makes it mean nobody. The short-form rule (an honorific or title in Vietnamese)
 * applies as to any short form.
 */
function addGivenNames(sentence: string, mentions: Mention[], ctx: MentionContext): void {
  if (ctx.named.length === 0) return;
  // The owners change only when someone new is named (`named` only grows): build them then, not
  // per sentence, with one pattern that tells at once whether the sentence holds any of them.
  const key = ctx.named.length;
  if (ctx.givenNames?.key !== key) {
    const owners = givenNameOwners(ctx);
    ctx.givenNames = { key, owners, plain: [...owners.keys()].every(isPlainKey) };
  }
  const names = ctx.givenNames;
  const { owners } = names;
  if (owners.size === 0) return;
  for (const w of givenNameCandidates(sentence, names)) {
    // Only a name written as a name: a capital first ("Bình", not "bình").
    if (!CAPITALISED_WORD_AT.test(w[0])) continue;
    const start = w.index;
    const end = start + w[0].length;
    if (mentions.some((m) => start < m.end && end > m.start)) continue;
    const prev = mentions.filter((m) => m.end <= start).at(-1);
    const afterTitle = prev !== undefined && prev.kind === 'title' && !prev.stranger && /^\s+$/u.test(sentence.slice(prev.end, start));
    const honorific = honorificLengthBefore(sentence, start);
    const ids = owners.get(w[0].toLowerCase());
    if (!ids || ids.size !== 1) continue;
    const id = [...ids][0]!;
    if (!acceptsShortForm(sentence, start, end, true, afterTitle, afterTitle, ctx.rules.code)) continue;
    if (afterTitle) {
      prev.end = end;
      prev.kind = 'short';
      prev.leaderIds = [id];
    } else {
      mentions.push({ start: start - honorific, end, kind: 'short', leaderIds: [id], titles: [], country: null });
    }
  }
}

const CAPITALISED_WORD_AT = /^[\p{Lu}][\p{Ll}\p{M}]+$/u;

/** The given names of the leaders an article has named so far (`named` had `key` people then). */
interface GivenNames {
  key: number;
  owners: Map<string, Set<string>>;
  /** Every key is one word of letters (see {@link isPlainKey}): candidates are found without a pattern. */
  plain: boolean;
  /** The pattern of all keys, compiled only for key sets that are not plain. */
  any?: RegExp;
}

/**
 * The words of `sentence` addGivenNames may take, in text order. Only a capitalised word standing
 * alone is ever taken, with an owner under its lowercase form; with plain keys those are exactly
 * the capitalised words whose lowercase form is a key, found with one fixed pattern. Compiling a
 * case-insensitive alternation for each set of named leaders cost ~2 ms a set, a twentieth of
 * the build. Keys that are not plain take the alternation, as before.
 */
function givenNameCandidates(sentence: string, names: GivenNames): Iterable<{ 0: string; index: number }> {
  if (names.plain) {
    // The whole capitalised words (src/text/capitalised-words.ts), keeping only those with an owner.
    const found: { 0: string; index: number }[] = [];
    forEachCapitalisedWord(sentence, (start, end) => {
      const word = sentence.slice(start, end);
      if (names.owners.has(word.toLowerCase())) found.push({ 0: word, index: start });
    });
    return found;
  }
  names.any ??= givenNamePattern(wordAlternation(names.owners.keys()));
  names.any.lastIndex = 0;
  return matchesOf(sentence, names.any);
}

/**
 * A key the alternation would match only as a whole word of letters, and only where the word's
 * lowercase form is the key: letters and marks only, lowercase, and without the combining dot
 * (U+0307) that "İ".toLowerCase() adds, the one lowercase mapping that changes a word's length.
 */
function isPlainKey(key: string): boolean {
  return PLAIN_KEY.test(key) && key === key.toLowerCase() && !key.includes('\u0307');
}

const PLAIN_KEY = /^[\p{L}\p{M}]+$/u;

/**
 * Last syllable → the home-country leaders named so far in this article who have it, keyed both
 * as written (lowercase) and folded, so most words are looked up without folding them.
 */
// Articles name the same few home leaders: their patterns are compiled once for the whole build,
// not each time an article names someone new (compiling them was a twentieth of the build).
// Bounded, for a long build over a large registry.
const givenNamePatterns = new Map<string, RegExp>();

function givenNamePattern(alternation: string): RegExp {
  let pattern = givenNamePatterns.get(alternation);
  if (!pattern) {
    if (givenNamePatterns.size >= 4096) givenNamePatterns.clear();
    pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation})(?![\\p{L}\\p{M}])`, 'giu');
    givenNamePatterns.set(alternation, pattern);
  }
  return pattern;
}

function givenNameOwners(ctx: MentionContext): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    const set = owners.get(key) ?? new Set<string>();
    set.add(id);
    owners.set(key, set);
  };
  for (const id of ctx.named) {
    const leader = leaderById(ctx.registry, id);
    if (!leader) continue;
    // "Li", "Wang", "Wong": short forms the registry says several leaders bear.
    for (const form of leader.sharedShort ?? []) {
      add(form.normalize('NFC').toLowerCase(), id);
      add(foldName(form), id);
    }
    if (leader.country !== ctx.registry.home) continue;
    for (const form of leader.forms) {
      const parts = form.trim().split(/\s+/u);
      if (parts.length < 2) continue;
      const last = parts.at(-1)!.normalize('NFC').toLowerCase();
      add(last, id);
      add(foldName(last), id);
      // "Pham said" after "Pham Minh Chinh", where the language's press writes so; never a
      // function word of the language ("To" of To Lam).
      const first = parts[0]!.normalize('NFC').toLowerCase();
      // Folded too: "Tô" of Tô Lâm is "To" in English text.
      if (ctx.rules.descriptor.familyNameLater && !isFunctionWord(first, ctx.rules.code) && !isFunctionWord(foldName(first), ctx.rules.code)) {
        add(first, id);
        add(foldName(first), id);
      }
    }
  }
  return owners;
}

/**
 * The matches of `pattern` (a leader noun, a group or a counterpart noun, whose noun `noun`
 * finds; group 1 or else 2 the country word) that overlap no mention found so far and whose country word the name table read as a
 * country: where "the Lao leader", "the Lao side" and "his Lao counterpart" each stand, with the
 * country. Lazy: a mention pushed for one match is seen by the overlap check of the next.
 */
function* countryNounPhrases(
  sentence: string,
  pattern: RegExp,
  noun: RegExp,
  mentions: readonly Mention[],
  matches: readonly MeaningMatch[],
): Generator<{ start: number; end: number; country: string; countryEnd: number }> {
  // Only a sentence that names a country, and has the pattern's noun (`noun`), can hold one.
  if (!matches.some((m) => m.meaning.kind === 'country') || !noun.test(sentence)) return;
  for (const g of matchesOf(sentence, pattern)) {
    const start = g.index;
    const end = start + g[0].length;
    if (mentions.some((m) => start < m.end && end > m.start)) continue;
    // The country word: group 1, or group 2 where the pattern has a second shape ("his counterpart from X").
    const word = g[1] ?? g[2]!;
    const wordAt = start + g[0].indexOf(word);
    const wordEnd = wordAt + word.length;
    // "các nhà lãnh đạo Liên bang Nga": a country name with lowercase words inside, longer than the
    // capitalised words the pattern takes, when it ends the phrase: the phrase runs to its end.
    const country = matches.find((m) => m.meaning.kind === 'country' && m.start >= wordAt && (m.end <= wordEnd || (m.start === wordAt && wordEnd === end)));
    if (country?.meaning.kind === 'country') yield { start, end: Math.max(end, country.end), country: country.meaning.country, countryEnd: country.end };
  }
}

/**
 * "the Lao leader", "China's top leader", "nhà lãnh đạo Lào": the leader of that country this
 * article has named most recently. Unresolved (nobody of that country named yet) it is left out:
 * the registry's office-holder would be a guess.
 */
function addLeaderNouns(sentence: string, mentions: Mention[], matches: readonly MeaningMatch[], ctx: MentionContext, namedBefore: readonly string[]): void {
  let groups: { start: number; end: number }[] | null = null;
  for (const { start, end, country: code } of countryNounPhrases(sentence, ctx.rules.leaderNoun, ctx.rules.leaderNounWord, mentions, matches)) {
    // "các nhà lãnh đạo Nga", "the Russian leaders": a longer group phrase around it is plural,
    // all those of that country (addCountryGroups), not the one named last.
    groups ??= [...countryNounPhrases(sentence, ctx.rules.countryGroup, ctx.rules.countryGroupWord, mentions, matches)];
    if (groups.some((g) => g.start <= start && g.end >= end && g.end - g.start > end - start)) continue;
    // Those named before it, latest last: someone first named later in this sentence ("The Indian
    // minister … conveyed the greetings of Prime Minister Modi") is not whom it refers back to.
    const here = mentions.filter((m) => m.end <= start && (m.kind === 'named' || m.kind === 'short')).flatMap((m) => m.leaderIds);
    const order = [...namedBefore.filter((n) => !here.includes(n)), ...here];
    const id = [...order].reverse().find((n) => leaderById(ctx.registry, n)?.country === code);
    if (id) mentions.push({ start, end, kind: 'title', leaderIds: [id], titles: [], country: code, leaderNoun: true });
  }
}

/**
 * The rank right before the name that ends a mention ("Commander-in-Chief of Defence Services
 * Senior General Min Aung Hlaing", a registry form "Senior General Min Aung Hlaing"): the last rank
 * inside it followed by the person's name.
 */
function rankInside(written: string, leader: Leader | undefined, rules: LanguageRules): string | undefined {
  if (!leader) return undefined;
  // The person's names, folded, only once a rank is found: asked for every named mention of every sentence.
  let names: Set<string> | undefined;
  let rank: string | undefined;
  // Only a rank the person's own name follows ("General Secretary Nguyen Phu Trong" is a title's word).
  for (const g of matchesOf(written, rules.rankBeforeCapital)) {
    names ??= new Set([leader.name, ...leader.forms, ...leader.short].map((n) => foldName(n)));
    if (names.has(foldName(written.slice(g.index + g[0].length)))) rank = g[1];
  }
  return rank;
}

/** The title-use key of a rank as written before a name ("Senior General"), folded. */
function rankKey(rank: string): string {
  return `rank:${fold(rank.trim()).replace(/\s+/gu, ' ')}`;
}

/**
 * "the Senior General met …", "Đại tướng nhấn mạnh …": a rank standing alone (no name after it)
 * for the one person this article named with that rank before their name. Nobody, or two people
 * of that rank, and it is left out.
 */
function addRankAnaphors(sentence: string, mentions: Mention[], ctx: MentionContext): void {
  if (ctx.titleUse.size === 0) return;
  for (const g of matchesOf(sentence, ctx.rules.rankAnaphor)) {
    const start = g.index;
    const end = start + g[0].length;
    if (mentions.some((m) => start < m.end && end > m.start)) continue;
    const users = ctx.titleUse.get(rankKey(g[1]!)) ?? [];
    if (users.length === 1) mentions.push({ start, end, kind: 'title', leaderIds: [users[0]!], titles: [], country: null });
  }
}

/** A language's generic office nouns in a registry: the pattern finding one, and the offices each covers. */
interface GenericOfficeNouns {
  pattern: RegExp;
  offices: ReadonlyMap<string, readonly string[]>;
}

const genericNounsCache = new WeakMap<Registry, Map<string, GenericOfficeNouns | null>>();

/**
 * The registry's titles' `generic` nouns in the rules' language, each with the offices it covers,
 * and the pattern that finds one standing alone: after one of the language's determiners ("the
 * minister"), no capitalised word after it ("the Minister of Foreign Affairs" is a title). Made
 * once per registry and language.
 */
function genericOfficeNouns(registry: Registry, rules: LanguageRules): GenericOfficeNouns | null {
  const code = rules.descriptor.code;
  let byLanguage = genericNounsCache.get(registry);
  if (!byLanguage) genericNounsCache.set(registry, (byLanguage = new Map()));
  if (byLanguage.has(code)) return byLanguage.get(code)!;
  const offices = new Map<string, string[]>();
  for (const [office, title] of Object.entries(registry.titles)) {
    for (const noun of title.generic?.[code] ?? []) offices.set(fold(noun), [...(offices.get(fold(noun)) ?? []), office]);
  }
  const determiners = rules.descriptor.rankAnaphors.determiners;
  const found =
    offices.size === 0
      ? null
      : {
          pattern: new RegExp(`(?<![\\p{L}\\p{M}-])${determiners.length === 0 ? '' : `(?:${wordAlternation(determiners)})\\s+`}(${wordAlternation(bothCases([...offices.keys()]))})(?![\\p{L}\\p{M}-])(?!\\s+[\\p{Lu}])`, 'gu'),
          offices,
        };
  byLanguage.set(code, found);
  return found;
}

/**
 * "Foreign Minister Bui Thanh Son …", then "the minister agreed …": a generic office noun standing
 * alone (the registry's titles' `generic`) for the one person this article named with an office
 * it covers. Nobody, or two such people (one the registry does not know), and it is left out.
 */
function addGenericOfficeAnaphors(sentence: string, mentions: Mention[], ctx: MentionContext): void {
  if (ctx.titleUse.size === 0) return;
  const nouns = genericOfficeNouns(ctx.registry, ctx.rules);
  if (nouns === null) return;
  for (const g of matchesOf(sentence, nouns.pattern)) {
    const start = g.index;
    const end = start + g[0].length;
    if (mentions.some((m) => start < m.end && end > m.start)) continue;
    const offices = nouns.offices.get(fold(g[1]!)) ?? [];
    const users = new Set(offices.flatMap((office) => ctx.titleUse.get(office) ?? []));
    // Someone the registry does not know, titled so too, may be the one meant.
    const strangers = offices.some((office) => (ctx.strangerTitleUse?.get(office)?.size ?? 0) > 0);
    if (users.size === 1 && !strangers) mentions.push({ start, end, kind: 'title', leaderIds: [...users], titles: [], country: null });
  }
}

/**
 * "the Lao side", "the Lao leaders", "phía Lào": a group of that country's people, resolved by
 * the caller against the meeting being told (analyse-article.ts keeps those of that country).
 */
function addCountryGroups(sentence: string, mentions: Mention[], matches: readonly MeaningMatch[], ctx: MentionContext): void {
  for (const { start, end, country } of countryNounPhrases(sentence, ctx.rules.countryGroup, ctx.rules.countryGroupWord, mentions, matches)) {
    // "điện đàm với nhà lãnh đạo Nhật Bản Yoshihide Suga": a name right after it says who; the
    // phrase is that person's title, not a group.
    if (nameRightAfter(sentence, end, mentions, false)) continue;
    mentions.push({ start, end, kind: 'group', leaderIds: [], titles: [], country });
  }
}

/** Whether a mention stands right after `end`: nothing but spaces between, or a comma too when `comma`. */
function nameRightAfter(sentence: string, end: number, mentions: readonly Mention[], comma: boolean): boolean {
  return mentions.some((m) => m.start >= end && (comma ? /^\s*,?\s*$/u : /^\s*$/u).test(sentence.slice(end, m.start)));
}

/**
 * "X met with his Vietnamese counterpart on Monday", "X hội đàm với người đồng cấp Lào": with no
 * name of the registry's after it, the holder of X's office in that country on the article's date,
 * X being the person named last before it; else a name the registry lacks after it, where the
 * registry covers no holder of that office there, is a stranger of that country (in `unknown`).
 * Unresolved (no date, no single holder, no such name) it is left out.
 */
function addCounterparts(sentence: string, mentions: Mention[], matches: readonly MeaningMatch[], ctx: MentionContext, unknown: UnknownHolder[]): void {
  for (const { start, end, country: code, countryEnd } of countryNounPhrases(sentence, ctx.rules.counterpartNoun, ctx.rules.counterpartWord, mentions, matches)) {
    // "his Lao counterpart Sonexay Siphandone", "his Brunei counterpart, Second Minister of Foreign
    // Affairs Erywan Yusof": the name right after it, or set off by a comma, says who.
    if (nameRightAfter(sentence, end, mentions, true)) continue;
    const owner = mentions.filter((m) => m.end <= start && m.leaderIds.length === 1).at(-1) ?? frontedPhraseOwner(sentence, start, end, mentions, ctx.rules);
    const leader = owner && owner.leaderIds[0] !== undefined ? leaderById(ctx.registry, owner.leaderIds[0]) : undefined;
    const holders = new Set(
      leader && ctx.date
        ? officesOn(leader, ctx.date)
            .filter((o) => o.country === leader.country)
            .flatMap((o) => {
              const h = holderOf(ctx.registry, o.office, code, ctx.date!);
              return h.length === 1 ? [h[0]!.id] : [];
            })
        : [],
    );
    // The registry's one holder of the owner's office there that day, whatever name follows ("his
    // Vietnamese counterpart, Boy Thanh Son": a misspelling of the holder's name).
    if (holders.size === 1) {
      mentions.push({ start, end, kind: 'title', leaderIds: [...holders], titles: [], country: code });
      continue;
    }
    // "his Belarusian counterpart Ravkov Andrei Alekseevich", "người đồng cấp Na Uy X": else a name
    // the registry lacks right after it (or after a comma) is a person of that country holding the
    // office the sentence titled its owner with: the same office, as the noun says. Where the
    // country ends the phrase ("người đồng cấp Belarus Andrei Ravkov"), the capitalised words the
    // phrase took after it are the name's.
    const nameFrom = countryEnd < end && /^(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*)+$/u.test(sentence.slice(countryEnd, end)) ? countryEnd : end;
    const comma = /^\s*,(?=\s)/u.exec(sentence.slice(nameFrom))?.[0].length ?? 0;
    const stranger = unknownNameAfter(sentence, nameFrom + comma, ctx.rules);
    // Whose counterpart must be told first: with no one before it, the office is unknown.
    if (!stranger || !leader) continue;
    // "những người đồng cấp Pháp, Thổ Nhĩ Kỳ và Anh": a country set off after it is one more
    // country of a plural noun, never a name.
    if (matches.some((m) => m.meaning.kind === 'country' && m.start >= nameFrom + comma && m.start < stranger.end)) continue;
    const offices = [...new Set((owner?.titles ?? []).map((t) => t.office))];
    // An office of that country the registry covers ("Lavrov … his Vietnamese counterpart, Boy
    // Thanh Son", the article undated): the name is the holder's misspelt, not a new person.
    const ownerOffices = [...offices, ...leader.offices.filter((o) => o.country === leader.country).map((o) => o.office)];
    if (ownerOffices.some((office) => registryCoversOffice(ctx.registry, office, code))) continue;
    // The title as a card shows it: "Belarusian counterpart", not "his Belarusian counterpart".
    const title = sentence.slice(start, nameFrom).replace(ctx.rules.possessiveOpening, '');
    unknown.push({ name: stranger.name, title, offices, country: code, start, end: stranger.end });
    mentions.push({ start, end: stranger.end, kind: 'title', leaderIds: [], titles: [], country: code, stranger: stranger.name });
  }
}

/**
 * "In a phone talk with his Vietnamese counterpart on April 9, Lao Foreign Minister X said …",
 * "After talks with his Vietnamese counterpart, Y, in Hanoi, Minister Z said …": a counterpart
 * inside a fronted phrase, no one named before it, is that of the clause's subject after the
 * phrase: the first person named (of one leader) past the phrase's commas, when nothing but the
 * phrase stands before the counterpart noun. None when the sentence opens otherwise.
 */
function frontedPhraseOwner(sentence: string, start: number, end: number, mentions: readonly Mention[], rules: LanguageRules): Mention | undefined {
  if (!rules.frontedPhrase.test(sentence) || /[,;:“”"«»]/u.test(sentence.slice(0, start))) return undefined;
  // The phrase ends at the last comma before the first person named after the noun who is not set
  // off as the counterpart's own name ("his Vietnamese counterpart, Y, in Hanoi, Z said").
  return mentions.find((m) => m.start >= end && m.leaderIds.length === 1 && /,\s*$/u.test(sentence.slice(0, m.start)) && !/^\s*,?\s*$/u.test(sentence.slice(end, m.start)));
}

/**
 * "The prime ministers of Vietnam and India …", "the Vietnamese and Indian prime ministers …":
 * each country's holder of the title, resolved as a bare title of that country is
 * (`resolveTitles`); both or neither, so a pair is never half a pair.
 */
function addTitlesOverCountries(sentence: string, mentions: Mention[], matches: readonly MeaningMatch[], ctx: MentionContext): void {
  const countries = matches.flatMap((m) => (m.meaning.kind === 'country' ? [{ start: m.start, end: m.end, country: m.meaning.country }] : []));
  const spread = titlesOverCountries(sentence, countries, ctx.rules, ctx.registry);
  for (let k = 0; k + 1 < spread.length; k += 2) {
    const pair = [spread[k]!, spread[k + 1]!];
    // "The prime ministers of Vietnam and Laos": the plural title over its countries names its
    // people; the group its first words would be ("the prime ministers") gives way to it.
    const overlaps = (m: Mention): boolean => pair.some((t) => t.start < m.end && t.end > m.start);
    if (mentions.some((m) => m.kind !== 'group' && overlaps(m))) continue;
    const titles = pair.map((t) => t.offices.map((office) => ({ office, form: t.form })));
    const holders = pair.map((t, n) => resolveTitles(titles[n]!, t.country, ctx));
    if (holders.some((h) => h.length !== 1)) continue;
    for (let i = mentions.length - 1; i >= 0; i--) if (overlaps(mentions[i]!)) mentions.splice(i, 1);
    pair.forEach((t, n) => mentions.push({ start: t.start, end: t.end, kind: 'title', leaderIds: holders[n]!, titles: titles[n]!, country: t.country }));
  }
}

function addPronounsAndGroups(sentence: string, mentions: Mention[], rules: LanguageRules): void {
  const covered = (start: number, end: number): boolean => mentions.some((m) => start < m.end && end > m.start);
  for (const g of matchesOf(sentence, rules.group)) {
    const start = g.index;
    const end = start + g[0].length;
    // "Hai Thủ tướng" contains a title; the group, not one office-holder, is meant.
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.kind === 'title' && m.start < end && m.end > start) mentions.splice(k, 1);
    }
    if (!covered(start, end)) mentions.push({ start, end, kind: 'group', leaderIds: [], titles: [], country: null });
  }
  // "The two last met in 2014", "Both agreed …": a counter alone before a verb of theirs is the pair.
  for (const g of matchesOf(sentence, rules.counterSubject)) {
    const start = g.index;
    const end = start + g[0].length;
    if (!covered(start, end)) mentions.push({ start, end, kind: 'group', leaderIds: [], titles: [], country: null });
  }
  // "The host noted …", "vị khách cảm ơn …": the sides of the meeting being told, resolved by the caller.
  for (const h of matchesOf(sentence, rules.hostOrGuest)) {
    const start = h.index;
    const end = start + h[0].length;
    // "had talks with his host Nguyen Phu Trong": the noun before a name is that name's title.
    if (nameFollows(sentence, end, mentions)) continue;
    if (!covered(start, end)) mentions.push({ start, end, kind: h[1] !== undefined ? 'host' : 'guest', leaderIds: [], titles: [], country: null });
  }
  for (const p of matchesOf(sentence, rules.pronoun)) {
    const start = p.index;
    const end = start + p[0].length;
    if (covered(start, end)) continue;
    // "ông Lương Cường", "ông Nguyễn Văn A": an honorific before a name, not a pronoun.
    if (nameFollows(sentence, end, mentions)) continue;
    if (/^\s+[\p{Lu}]/u.test(sentence.slice(end)) && start > 0) continue;
    mentions.push({ start, end, kind: 'pronoun', leaderIds: [], titles: [], country: null });
  }
}

/**
 * Whether a mention starts at `end` or after nothing but spaces: some mention's gap from `end` is
 * blank exactly when the gap to the nearest mention starting there or later is, so only that one
 * gap is read (the mentions are not yet in order here).
 */
function nameFollows(sentence: string, end: number, mentions: readonly Mention[]): boolean {
  let nearest = -1;
  for (const m of mentions) if (m.start >= end && (nearest < 0 || m.start < nearest)) nearest = m.start;
  return nearest >= 0 && sentence.slice(end, nearest).trim() === '';
}
