import { ALL_HONORIFICS, LANGUAGES, wordAlternation } from '../lang';
import { findDatePhrases } from './date-phrases';
import { endsWithMatch, replaceAtEnd } from './end-anchored';
import { quotesName } from './speech-verbs';
import type { Mention } from './find-mentions';
import { BRACKETED_ACRONYM, type LanguageRules } from './language-rules';

// Honorifics split into words ("đồng chí" → "đồng", "chí"): a gap of only these holds no content.
const ALL_HONORIFIC_WORDS = new Set(ALL_HONORIFICS.flatMap((h) => h.toLowerCase().split(/\s+/u)));

/** A short parenthesis with no digits and no nested one, at the end of a text: "(right)", "(thứ hai từ trái)". */
const SHORT_ASIDE_AT_END = /\s*\([^()\d]{1,24}\)\s*$/u;

/**
 * A short parenthesis opening the gap between two people: "X (R) and Y (L) shake hands", "X (phải)
 * và Y": a photo's direction beside a name, not something that ends the list.
 */
const SHORT_ASIDE_AT_START = /^\s*\([^()\d]{1,24}\)/u;

/** Whether `m` follows an earlier mention across a joiner that ends in a comma ("… and his Lao counterpart, Mr "). */
function setOffInChain(sentence: string, m: Mention, mentions: readonly Mention[], rules: LanguageRules): boolean {
  const prev = mentions.filter((x) => x.end <= m.start).at(-1);
  if (!prev) return false;
  const gap = joinGap(sentence, prev.end, m.start, rules);
  return /,\s*(?:\S+\s*)?$/u.test(gap) && rules.chainJoiner.test(gap);
}

/**
 * Whether the name `m` ends a list of names joined by a conjunction ("Sergey Lavrov and Wang Yi")
 * that stands right after a comma closing a title ("Russian and Chinese Foreign Ministers, "): the
 * titled people's names, set off as they are.
 */
function namesAfterTitles(sentence: string, m: Mention, mentions: readonly Mention[], rules: LanguageRules): boolean {
  const named = (x: Mention) => (x.kind === 'named' || x.kind === 'short') && x.titles.length === 0;
  if (!named(m)) return false;
  let first = m;
  for (;;) {
    const prev = mentions.filter((x) => x.end <= first.start).at(-1);
    if (!prev) return false;
    const gap = sentence.slice(prev.end, first.start);
    if (named(prev) && rules.chainJoiner.test(gap) && !gap.includes(',')) {
      first = prev;
      continue;
    }
    return first !== m && prev.kind === 'title' && /^\s*,\s*$/u.test(gap);
  }
}

/**
 * Whether a mention holds a name and its title set off by a comma, either way round ("Mr. Motegi,
 * Minister for Foreign Affairs of Japan", "Prime Minister of Malaysia, Muhyiddin Yassin").
 */
function carriesApposition(sentence: string, m: Mention): boolean {
  return m.apposition === true || sentence.slice(m.start, m.end).includes(',');
}

/** How many words may stand between the comma of a description and the name it describes ("…, tướng 4 sao X"). */
const DESCRIBED_WORDS = 4;

/**
 * Whether the name `m` follows a description set off by a comma, a few words after it ("Thủ tướng
 * sắp tới của Campuchia, tướng 4 sao Hun Manet"), not the words of a clause ("X bày tỏ vinh dự được
 * tiếp kiến Y").
 */
function describedBefore(head: string, m: Mention): boolean {
  const before = head.slice(0, m.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return false;
  const words = before.slice(comma + 1).trim();
  return words === '' || words.split(/\s+/u).length <= DESCRIBED_WORDS;
}

/**
 * The gap between two mentions, without a short aside right after the first ("(R)", ", left,") or
 * a relative clause about it ("X, who took office last week, and Y held talks").
 */
function joinGap(sentence: string, from: number, to: number, rules: LanguageRules): string {
  const gap = sentence.slice(from, to).replace(SHORT_ASIDE_AT_START, '').replace(rules.directionAsideAtStart, ' ');
  // Only where a conjunction is all that is left: a clause ending in a comma before a name ("…, who
  // came at the invitation of her counterpart, Y") is no aside between two people of one list.
  // The clause's closing comma goes with it, as its opening one does.
  const clauseless = gap.replace(rules.relativeClauseOpening, '');
  return clauseless !== gap && /^\s*,/u.test(clauseless) && rules.conjunctionAtEnd.test(clauseless) ? clauseless.replace(/^\s*,/u, ' ') : gap;
}

/** How far before a verb a date phrase between subject and verb may start ("on Thursday", "chiều 8/11"). */
const DATE_REACH = 40;
/** A date phrase without digits names a weekday ("on Thursday"): only then is a digit-free tail worth a date scan. */
const NAMED_DAY = new RegExp(`(?<![\\p{L}\\p{M}])(?:${wordAlternation(LANGUAGES.flatMap((l) => l.dates.weekdays.flat()))})(?![\\p{L}\\p{M}])`, 'iu');
/** A weekday or a day counted from today ("this morning", "hôm qua"): a gap holding one may hold a date phrase to pass over. */
const NAMED_OR_TOLD_DAY = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${wordAlternation(LANGUAGES.flatMap((l) => [...l.dates.weekdays.flat(), ...Object.keys(l.dates.relativeDays)]))})(?![\\p{L}\\p{M}])`,
  'iu',
);

/** How far before a name its relation noun and linker may stand ("người phát ngôn chính thức của "). */
const RELATION_HEAD_REACH = 40;

/**
 * The mentions that are the grammatical subject of the word starting at `pos`: the mention chain
 * that ends right before it, allowing adverbs between ("X đã chân thành cảm ơn"). Mentions joined
 * by "và"/"," form one joint subject ("X và Y đã hội đàm"). Null when no mention stands there.
 *
 * @example subjectBefore('Ông Putin nói', 10, mentions) // the mention "Ông Putin"
 */
export function subjectBefore(sentence: string, pos: number, mentions: readonly Mention[], rules: LanguageRules): Mention[] | null {
  let head = sentence.slice(0, pos);
  for (;;) {
    // Each pattern is anchored at the end: read from the end, not scanned over the whole head.
    let trimmed = replaceAtEnd(head, rules.subjectVerbFiller, '');
    trimmed = replaceAtEnd(trimmed, rules.parentheticalFiller, ' ');
    // "X, thay mặt Chính phủ, cảm ơn …": the role X speaks in.
    trimmed = replaceAtEnd(trimmed, rules.roleAside, ' ');
    // "X đã thay mặt lãnh đạo Đảng, Nhà nước tiếp Y": the role without commas around it, taken off
    // only where a person ends right before it ("Thay mặt Đảng, Nhà nước, Chủ tịch nước X tiếp Y"
    // keeps X, whom the role would swallow).
    const roleless = replaceAtEnd(trimmed, rules.roleBeforeVerb, ' ');
    if (roleless !== trimmed) {
      const actor = replaceAtEnd(roleless, rules.subjectVerbFiller, '').trimEnd().length;
      if (mentions.some((m) => m.end === actor)) trimmed = roleless;
    }
    // "X, the eldest son of Prime Minister Y, expressed …": whose relation X is; the verb is X's.
    trimmed = replaceAtEnd(trimmed, rules.relationAside, ' ');
    // "President Jokowi, said Retno, welcomed …": the one who relays it, set off by commas.
    trimmed = replaceAtEnd(trimmed, rules.speakerAsideAtEnd, ' ');
    trimmed = replaceAtEnd(trimmed, rules.relativeClause, ' ');
    // "X, who met Y …": the relative clause's subject is the person before it.
    trimmed = replaceAtEnd(trimmed, rules.relativeOpen, '');
    trimmed = replaceAtEnd(trimmed, rules.possessiveEnding, ' ');
    trimmed = replaceAtEnd(trimmed, rules.companionAtEnd, '');
    // "…, in Hanoi on Wednesday, Minister Szijjártó said", "Valdés expressed": a clause opening with
    // a name the index does not hold, right before the verb (its companions set aside: "X and his
    // wife, Mrs. Y visited"); its subject is someone we cannot name, not a person named further
    // back past a date or a place.
    if (unknownNameAtEnd(trimmed, mentions, rules)) return null;
    // "Prime Minister Hun Sen of the Kingdom of Cambodia held …": the country a named person is of.
    const ownless = replaceAtEnd(trimmed, rules.ownCountryAtEnd, '');
    if (ownless !== trimmed && mentions.some((m) => m.end === ownless.length && (m.kind === 'named' || m.kind === 'short'))) trimmed = ownless;
    // "Wong (right) meets …", "Tô Lâm (phải) tiếp …": a short aside (a photo's direction) before the verb.
    trimmed = replaceAtEnd(trimmed, SHORT_ASIDE_AT_END, ' ');
    // "X đã đón, hội đàm với Y", "X welcomed and held talks with Y": verbs that share X.
    trimmed = replaceAtEnd(trimmed, rules.meetingVerbJoinedAtEnd, '');
    // "Xi Jinping on Thursday met …", "X chiều 8/11 đã hội đàm …": a date between subject and verb.
    // Only the tail can hold it: date phrases are short, and reading the whole head each time
    // would make every speech verb cost a full date scan.
    const from = Math.max(0, trimmed.length - DATE_REACH);
    const tail = trimmed.slice(from);
    const date = /\d/u.test(tail) || NAMED_DAY.test(tail) ? findDatePhrases(tail).at(-1) : undefined;
    if (date && trimmed.slice(from + date.end).trim() === '') trimmed = replaceAtEnd(trimmed.slice(0, from + date.start), rules.eventDateBefore, '');
    // "X at Miramonte Resort, Indian Wells had …", "X tại Hà Nội đã hội đàm …": a place between
    // subject and verb, unless it holds a person ("the Ambassador in Laos Nguyen Ba Hung"). Looked
    // for only when nothing else was taken off and nobody is named right there (most heads).
    if (trimmed === head && !mentions.some((m) => m.end === trimmed.trimEnd().length)) {
      const placeless = replaceAtEnd(trimmed, rules.placeAdjunctAtEnd, '');
      // Nor when the person before the place is the object of another word ("Supporters of X in
      // Moscow said", "Đại sứ quán của X tại Hà Nội cho biết"): the place is theirs, the subject someone else.
      const before = mentions.find((m) => m.end === placeless.trimEnd().length);
      const object = before !== undefined && rules.objectLinker.test(/(\S+)\s*$/u.exec(placeless.slice(0, before.start))?.[1] ?? '');
      if (!object && !mentions.some((m) => m.end > placeless.length && m.start < trimmed.length)) trimmed = placeless;
    }
    if (trimmed === head) break;
    head = trimmed;
  }
  const end = head.trimEnd().length;
  // "Mr. Motegi, Minister for Foreign Affairs of Japan, held …": an apposition closes with a comma.
  let last =
    mentions.find((m) => m.end === end) ??
    // 'President Joko "Jokowi" held …': a name alone in quotes is a nickname, and the subject.
    mentions.find((m) => m.end === end - 1 && quotesName(sentence, m)) ??
    // "Prime Minister of Malaysia, Muhyiddin Yassin, held …": a name in apposition to the title before it closes so too.
    mentions.find((m) => carriesApposition(sentence, m) && m.end === end - 1 && head.trimEnd().endsWith(',')) ??
    // "X and his Lao counterpart, Mr Y, held …": a name set off by commas after the counterpart noun that joins it.
    mentions.find((m) => m.end === end - 1 && head.trimEnd().endsWith(',') && setOffInChain(sentence, m, mentions, rules)) ??
    // "Ngày 13/8, Thủ tướng sắp tới của Campuchia, tướng 4 sao Hun Manet, đã gặp …": a name set off
    // by a comma before the verb, the only person the sentence names before it, after words that describe them.
    mentions.find((m) => m.kind === 'named' && m.end === end - 1 && head.trimEnd().endsWith(',') && !mentions.some((o) => o.start < m.start) && describedBefore(head, m)) ??
    // "Russian and Chinese Foreign Ministers, Sergey Lavrov and Wang Yi, met …": the names of the
    // people a title of several named before them, set off by commas.
    mentions.find((m) => m.end === end - 1 && head.trimEnd().endsWith(',') && namesAfterTitles(sentence, m, mentions, rules)) ??
    // "Zhao Leji, a member of … and chairman of …, held talks": roles set off by commas after the subject.
    beforeRoleAside(head, mentions, rules) ??
    // "Anwar, meeting Wong at Seri Perdana, said …": a participle clause set off after the subject
    // ("X, said Putin, welcomed …" is Putin's aside: its speaker follows the verb).
    (opensSpeakerAside(sentence, pos, mentions, rules) ? undefined : openingSubjectBeforeComma(head, mentions, rules));
  if (!last) return null;
  // "a spokesman for Mr Morrison described …", "người phát ngôn của ông Morrison mô tả …": the
  // person named is whose relation the subject is; the subject is the relation, no one we name.
  // (Not when the relation's own name follows a comma inside the mention: "người phát ngôn của
  // Tổng thống Hàn Quốc, bà Kang Yu Jung nêu rõ …" is hers.)
  if (!sentence.slice(last.start, last.end).includes(',') && rules.relationHeadAtEnd.test(sentence.slice(Math.max(0, last.start - RELATION_HEAD_REACH), last.start))) return null;
  const chain: Mention[] = [last];
  for (;;) {
    const current: Mention = last;
    const before = mentions.filter((m) => m.end <= current.start).at(-1);
    const prev: Mention | undefined = before && !joinedTo(sentence, before, current, mentions, rules) ? beforeRelativeClause(sentence, current, mentions, rules) : before;
    if (!prev) break;
    // "Therefore, said Retno, President Jokowi hopes …": the aside's speaker is no co-subject.
    if (asideSpeaker(sentence, prev, rules) && /^\s*,/u.test(sentence.slice(prev.end, last.start))) break;
    // "The two sides, he suggested, should …": a pronoun is joined by a conjunction ("he and Mr
    // Phuc noted"), never as an item of a comma list.
    // ("He and the Singaporean President reaffirmed …": the title's article may follow the conjunction.)
    if ((last.kind === 'pronoun' || prev.kind === 'pronoun') && !rules.conjunctionAtEnd.test(withoutArticleAtEnd(sentence.slice(prev.end, last.start), rules))) break;
    // "Sau cuộc gặp với X, Y hội kiến …", "Gặp X, Y đề nghị …": X is the object of a fronted clause
    // (after a linker or a meeting word), not a co-subject.
    if (/^\s*,/u.test(sentence.slice(prev.end, last.start))) {
      const clause = sentence.slice(Math.max(0, sentence.lastIndexOf(',', prev.start - 1) + 1), prev.start);
      // `search`, not `test`: the pattern is global, and `test` would leave its lastIndex past the
      // match, where the next `matchAll` over it (meeting-kinds.ts), for the next sentence or
      // article, would start: a reading would then depend on which article was read before it.
      if (rules.linkerBefore.test(sentence.slice(Math.max(0, prev.start - 12), prev.start)) || clause.search(rules.meetingWord) >= 0) break;
      // "Besides Lam, Anwar also paid …", "Ngoài X, Y còn …": X stands in a fronted phrase.
      if (rules.frontedPhrase.test(clause)) break;
      // "Talking to UK Foreign Secretary Boris Johnson, Minh highlighted …": X is the object of a
      // fronted participle (its verb's ending, then a lowercase word), not a co-subject.
      if (rules.frontedParticiple.test(clause)) break;
    }
    chain.unshift(prev);
    last = prev;
  }
  return chain;
}

/** `gap` without the article it ends with ("and the " -> "and "), if its last word is one. */
function withoutArticleAtEnd(gap: string, rules: LanguageRules): string {
  const word = /(\S+)\s*$/u.exec(gap);
  return word && rules.determinerOnly.test(`${word[1]!} `) ? gap.slice(0, word.index) : gap;
}

/**
 * Whether `head` ends with a clause of a person's title word or honorific and a capitalised name
 * no mention covers ("…, Minister Szijjártó", "Đại sứ Cáit Moran"): a person the index does not
 * hold, none we can name.
 */
function unknownNameAtEnd(head: string, mentions: readonly Mention[], rules: LanguageRules): boolean {
  const m = rules.personNameAtEnd.exec(head);
  if (!m) return false;
  const end = m.index + m[0].trimEnd().length;
  const start = end - m[1]!.length;
  return !mentions.some((x) => x.start < end && x.end > start);
}

/** How long a role set off by commas between a subject and its verb may be, in characters. */
const ROLE_ASIDE_REACH = 240;

/**
 * The person before a role set off by commas at the end of `head` ("Zhao Leji, a member of the
 * Political Bureau … and chairman of the NPC Standing Committee, "): an aside written in lowercase
 * (roles, "also …", "the Chinese Premier") naming nobody else, which the name finder could not
 * read as one apposition (two roles joined by "and", an office it does not list). The subject
 * stands before it.
 */
function beforeRoleAside(head: string, mentions: readonly Mention[], rules: LanguageRules): Mention | undefined {
  const body = head.trimEnd();
  if (!body.endsWith(',')) return undefined;
  const open = body.lastIndexOf(',', body.length - 2);
  const aside = body.slice(open + 1, -1);
  if (open < 0 || aside.length > ROLE_ASIDE_REACH || !/^\s*[\p{Ll}]/u.test(aside) || /[;:“”"«»]/u.test(aside)) return undefined;
  // The person right before the comma, or an apposition the name finder read across it ("Zhao
  // Leji, chairman of the NPC Standing Committee" and a further role).
  const person = mentions.find(
    (m) => m.leaderIds.length > 0 && m.start < open && (m.end <= open ? body.slice(m.end, open).trim() === '' : m.apposition === true && m.end > open && m.end < body.length),
  );
  if (!person) return undefined;
  // Only the subject the sentence opens with (after nothing, a fronted phrase or a dateline): "X
  // welcomed Y as Special Envoy of Z, leading a delegation, describing …" is X's, not Z's; "X met
  // Y, chairman of …, in Phnom Penh, pledging …" is X's, not Y's.
  const lead = body.slice(0, person.start);
  if (!(lead.trim() === '' || lead.trimEnd().endsWith(',') || rules.datelineLead.test(lead))) return undefined;
  const inside = mentions.filter((m) => m.start >= person.end && m.start < body.length);
  return inside.every((m) => m.leaderIds.every((id) => person.leaderIds.includes(id))) ? person : undefined;
}

/** Whether the verb at `pos` opens a speaker's aside (", said Putin,"): its speaker is the person right after it. */
function opensSpeakerAside(sentence: string, pos: number, mentions: readonly Mention[], rules: LanguageRules): boolean {
  const next = mentions.find((m) => m.start >= pos);
  return next !== undefined && next.start - pos <= ASIDE_REACH && asideSpeaker(sentence, next, rules);
}

/**
 * The person the sentence opens with, when `head` is that person and a comma ("Anwar, " before
 * "meeting Wong at Seri Perdana, said …", "Xi, receiving Lam, said …"): the verb opens a clause
 * set off after its subject.
 */
function openingSubjectBeforeComma(head: string, mentions: readonly Mention[], rules: LanguageRules): Mention | undefined {
  const body = head.trimEnd();
  if (!body.endsWith(',')) return undefined;
  const person = mentions.find((m) => m.leaderIds.length > 0 && m.end <= body.length - 1 && body.slice(m.end, -1).trim() === '');
  if (!person || mentions.some((m) => m.start < person.start)) return undefined;
  const lead = body.slice(0, person.start);
  return lead.trim() === '' || rules.datelineLead.test(lead) ? person : undefined;
}

/**
 * Mentions that follow the word ending at `pos` as its object: "hội đàm với X", "tiếp X",
 * "giữa X và Y", "của X". Joined mentions ("X và Y") are all taken.
 */
export function objectAfter(
  sentence: string,
  pos: number,
  mentions: readonly Mention[],
  rules: LanguageRules,
  maxGapWords = 0,
): Mention[] {
  const next = mentions.find((m) => m.start >= pos);
  if (!next) return [];
  // "met Vietnam’s leader To Lam": a leader noun phrase right before the name describes it.
  // "with his counterpart, Prime Minister Y": the name in apposition to the counterpart noun.
  // "with Vietnam's Communist Party chief X": the country and institution before a matched title qualify it.
  // "cuộc điện đàm đầu tiên với X": a modifier after the meeting noun is passed over.
  // "paid courtesy visits to Cambodian leaders, including X": the group's members named after it
  // (the group itself a mention, "các nhà lãnh đạo Việt Nam, trong đó có X", or words).
  // "held discussions with and vowed to strengthen ties with Y": a linker left without its object
  // before a second verb shares the object that verb's own linker names.
  const shared = sharedLinkerEnd(sentence, pos, next.start, rules);
  if (shared !== null) return objectAfter(sentence, shared, mentions, rules, maxGapWords);
  const member = next.kind === 'group' && next.leaderIds.length === 0 ? mentions.find((m) => m.start >= next.end) : undefined;
  if (member && rules.groupInclusionAtEnd.test(sentence.slice(pos, member.start))) return chainFrom(sentence, member, mentions, rules);
  if (rules.groupInclusionAtEnd.test(sentence.slice(pos, next.start))) return chainFrom(sentence, next, mentions, rules);
  // "visited the Ho Chi Minh Mausoleum, Y said": a holder named after an office in words of its own
  // is the object only where their clause ends with them, not where a verb of theirs follows.
  if (rules.appositionTitleGap.test(sentence.slice(pos, next.start)) && rules.clauseGoesOnAfter.test(sentence.slice(next.end))) return [];
  const raw = sentence
    .slice(pos, next.start)
    // "for Chairwoman of the Lao National Assembly (NA) Y": an acronym aside right before the name
    // belongs to the title before it.
    .replace(ACRONYM_BEFORE_NAME, ' ')
    // "X was present to greet and hug Y": a second verb sharing the object.
    .replace(rules.coordinatedVerbOpening, ' ')
    .replace(rules.meetingModifierAfter, ' ')
    // "the 10th meeting of the Joint Commission on Bilateral Cooperation with Y": the body's name.
    .replace(rules.meetingBodyAfter, ' ')
    .replace(rules.counterpartCommaAtEnd, '$1 ')
    // After the comma's: "with Vietnam's top leader, Y" is "with Vietnam's top leader Y".
    .replace(rules.leaderNounAtEnd, ' ')
    // "met the Chairman of the External Relations Commission of the Party, Y": the office before its holder.
    .replace(rules.appositionTitleGap, ' ')
    .replace(rules.counterpartCountryAtEnd, '$1$2 ')
    // "tiếp Đại sứ Lào Y": the country after a delegation word.
    .replace(rules.delegationCountryAtEnd, '$1 ')
    // "với Ủy viên Bộ Chính trị, Thủ tướng Lào Y": roles listed before the person's title describe them.
    .replace(rules.listedRolesAtEnd, ' ')
    .replace(rules.titleQualifierAtEnd, ' ')
    // "gặp Chủ tịch Tập Cận Bình": a title word the name table did not take with the name.
    .replace(rules.personTitleWordAtEnd, ' ')
    // "spoke with newly sworn-in Malaysian Prime Minister Y": a modifier of the title before it.
    .replace(rules.titleModifierAtEnd, ' ')
    // "met Communist Party of Vietnam General Secretary X": the party's name before a matched title.
    .replace(rules.bodyBeforeTitleAtEnd, ' ');
  // "held a meeting on Monday in the Philippines with Y": where and when are passed over, and then
  // nothing but linkers may stand before the object ("a ceremony in Hanoi attended by Y" has none).
  // "cuộc hội đàm chiều 1/12 với Y", "a phone call on December 1 with Y": a date right after the
  // word is passed over too ("a visit to Vietnam from June 26 to 28 at Y's invitation" keeps it).
  // "chuyến thăm chính thức Việt Nam từ ngày 24 đến 26-10 của X": before the owner of a noun,
  // a date anywhere in its phrase is passed over.
  const undated = /\d/u.test(raw) || NAMED_DAY.test(raw) ? (rules.ownerLinkerAtEnd.test(raw) ? withoutDates(raw) : withoutOpeningDate(raw)) : raw;
  const adjunctless = undated.replace(rules.gapAdjunct, ' ');
  const passedOver = adjunctless !== undated;
  // "đón vợ chồng Tổng thống X": a linker of several words is one linker.
  const gap = adjunctless.replace(rules.objectLinkerPhrases, ' ');
  const words = gap.trim() === '' ? [] : gap.trim().split(/\s+/);
  const honorific = (w: string) => ALL_HONORIFIC_WORDS.has(w.toLowerCase());
  const content = words.filter((w) => !rules.objectLinker.test(w) && !honorific(w));
  if (passedOver && content.length > 0) return [];
  // Punctuation ends the object's reach, except the full stops of honorifics ("H.E. Mr. X").
  const punctuation = words.filter((w) => !honorific(w)).join('').replace(/^,/, '');
  if (content.length > maxGapWords || /[,;:.]/u.test(punctuation)) return [];
  // "her second visit to Cambodia since Hun Manet assumed office": a since-clause's subject is not visited.
  if (endsWithMatch(raw, rules.sinceBefore)) return [];
  // "met the US President’s national security adviser Y": a name owning the noun after it is not
  // the one met, whom the noun names ("Lam’s Lao counterpart Sonexay"); a delegation it owns is its own.
  // ("Khuon Sodary, President of Cambodia’s National Assembly": an apposition's possessive is its country's.)
  const owner = next.apposition === true ? null : rules.possessiveAfterName.exec(sentence.slice(next.end));
  if (owner) {
    const owned = sentence.slice(next.end + owner[0].length);
    const noun = /^\s+([\p{L}][\p{L}\p{M}-]*)/u.exec(owned);
    if (noun && !rules.delegationNoun.test(noun[1]!)) return objectAfter(sentence, next.end + owner[0].length, mentions, rules, maxGapWords);
  }
  return chainFrom(sentence, next, mentions, rules);
}

/** An acronym in brackets at the end of a text, right before a name: "(NA) ". */
const ACRONYM_BEFORE_NAME = new RegExp(`\\s*${BRACKETED_ACRONYM}\\s*$`, 'u');

/** How many words the second verb of a shared object may take before its own linker ("vowed to strengthen ties with"). */
const SHARED_LINKER_REACH = 8;

/**
 * Where the object of a linker shared by two verbs begins: `pos` ends a linker ("… with") and a
 * conjunction and a second verb follow it, in the same clause, up to the same linker again; null
 * otherwise.
 */
function sharedLinkerEnd(sentence: string, pos: number, end: number, rules: LanguageRules): number | null {
  const linker = /(\S+)$/u.exec(sentence.slice(0, pos).trimEnd())?.[1];
  if (linker === undefined || !rules.objectLinker.test(linker)) return null;
  const gap = sentence.slice(pos, end);
  const second = rules.coordinatedVerbOpening.exec(gap);
  if (second === null) return null;
  const rest = gap.slice(second[0].length);
  if (/[,;:.]/u.test(rest)) return null;
  const again = [...rest.matchAll(/\S+/gu)].filter((w) => w[0].toLowerCase() === linker.toLowerCase()).at(-1);
  if (again === undefined || rest.slice(0, again.index).trim().split(/\s+/u).length > SHARED_LINKER_REACH) return null;
  return pos + second[0].length + again.index + again[0].length;
}

/** `text` with every date phrase in it blanked out. */
function withoutDates(text: string): string {
  let out = text;
  for (const d of findDatePhrases(text)) out = out.slice(0, d.start) + ' '.repeat(d.end - d.start) + out.slice(d.end);
  return out;
}

/**
 * The gap after a meeting noun with the day it opens with passed over ("the phone talks this
 * morning with Y", "talks on Monday with Y"), so the linker after it can be read.
 */
export function gapWithoutOpeningDate(gap: string): string {
  return /\d/u.test(gap) || NAMED_OR_TOLD_DAY.test(gap) ? withoutOpeningDate(gap) : gap;
}

/** `text` with the date phrase it opens with blanked out (its introducer included), so what follows it can be read. */
function withoutOpeningDate(text: string): string {
  const d = findDatePhrases(text.slice(0, DATE_REACH))[0];
  if (d === undefined || text.slice(0, d.start).trim() !== '') return text;
  return ' '.repeat(d.end) + text.slice(d.end);
}

function joinedTo(sentence: string, prev: Mention, last: Mention, mentions: readonly Mention[], rules: LanguageRules): boolean {
  // "X and Speaker Y held talks": a subject list read backwards keeps the title words of its next item too.
  const gap = listGap(sentence, prev, last, rules);
  // "The Australian Prime Minister, Anthony Albanese, and the Chinese President, Xi Jinping, held
  // …": the comma after a name set off by commas closes it, and the conjunction joins the next.
  return rules.chainJoiner.test(gap) || listEndBefore(sentence, prev, last, mentions, rules) || (carriesApposition(sentence, prev) && rules.listEndJoiner.test(gap));
}

/** How far back a relative clause between two people of one list may reach. */
const RELATIVE_CLAUSE_REACH = 160;

/**
 * The person joined to `last` across a relative clause that names someone itself ("Takaichi, who
 * became prime minister days ago, and Marcos held talks"): the clause's mentions are about the
 * person before it, not items of the list.
 */
function beforeRelativeClause(sentence: string, last: Mention, mentions: readonly Mention[], rules: LanguageRules): Mention | undefined {
  for (let i = mentions.findLastIndex((m) => m.end <= last.start) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (last.start - m.end > RELATIVE_CLAUSE_REACH) return undefined;
    if (m.end > last.start) continue;
    const gap = sentence.slice(m.end, last.start);
    const joined = joinGap(sentence, m.end, last.start, rules);
    if (joined !== gap && rules.chainJoiner.test(joined)) return m;
  }
  return undefined;
}

/**
 * Whether `prev` and `last` are the last two people of a list with a comma before its conjunction
 * ("A, B, and C"): the person before `prev` is joined to it by a comma.
 */
function listEndBefore(sentence: string, prev: Mention, last: Mention, mentions: readonly Mention[], rules: LanguageRules): boolean {
  if (!rules.listEndJoiner.test(joinGap(sentence, prev.end, last.start, rules))) return false;
  const before = mentions.filter((m) => m.end <= prev.start).at(-1);
  if (!before) return false;
  const gap = joinGap(sentence, before.end, prev.start, rules);
  return /^\s*,/u.test(gap) && rules.chainJoiner.test(gap);
}

/**
 * `first` and the mentions joined to it by "," / "và" / "and" ("X và Y", "X, Y và Z"): one
 * joint subject or object.
 */
export function chainFrom(sentence: string, first: Mention, mentions: readonly Mention[], rules: LanguageRules): Mention[] {
  const chain = [first];
  let last = first;
  // "giữa A và B, X đề nghị …", "between A and B, X said": after a both-sides linker the list ends
  // with the item its conjunction (or joiner) joined; what follows a comma is the sentence's own.
  const bothSides = rules.bothSidesLinkerAtEnd.test(sentence.slice(Math.max(0, first.start - LINKER_REACH), first.start));
  for (;;) {
    const after = mentions.find((m) => m.start >= last.end);
    if (!after) break;
    const gap = listGap(sentence, last, after, rules);
    // "General Secretary of the CPC Central Committee and President of China Xi Jinping": two titles of one person.
    // ("General Secretary of the Lao" + " People’s Revolutionary Party (LPRP) and " + "State President X":
    // the rest of the first title's body, as the table did not take it, before the joiner.)
    const sameHolder =
      last.leaderIds.length === 1 && after.leaderIds.length === 1 && last.leaderIds[0] === after.leaderIds[0] && (rules.sameHolderJoiner.test(gap) || (last.kind === 'title' && rules.sameHolderJoiner.test(gap.replace(TITLE_BODY_OPENING, ' '))));
    // "A, B, and C": a comma before the last conjunction, after a list of two or more.
    const listEnd = chain.length >= 2 && rules.listEndJoiner.test(gap) && /^\s*,/u.test(joinGap(sentence, chain.at(-2)!.end, last.start, rules));
    // "A, the Prime Minister of Thailand; B, the President of the Philippines; and C": a list set
    // off by semicolons once an item of it has carried its role after a comma.
    const semicolonItem = rules.semicolonJoiner.test(gap) && chain.some((m, i) => carriesApposition(sentence, m) || (i > 0 && m.leaderIds.length === 1 && chain[i - 1]!.leaderIds[0] === m.leaderIds[0]));
    // "A, Prime Minister of Laos, and B": the comma that closes the role after a name, then the conjunction.
    const afterApposition = rules.listEndJoiner.test(gap) && carriesApposition(sentence, last);
    // "… với A, và B.": a comma before the conjunction of two, the second the sentence's last words
    // (no clause of its own follows it), but for where and when ("with A, and B on February 11.").
    const lastOfTwo = rules.listEndJoiner.test(gap) && (SENTENCE_END.test(sentence.slice(after.end)) || rules.adjunctsToEnd.test(sentence.slice(after.end)));
    // "met A, Saudi Crown Prince and Prime Minister B, C …": an item whose first title the registry
    // does not list, joined to its listed one by a conjunction.
    const titledItem = after.kind === 'title' && after.titles.length > 0 && rules.titledItemJoiner.test(gap);
    // "cuộc hội đàm giữa ông với Chủ tịch Y": the second of two sides a both-sides linker opened.
    const secondSide = bothSides && chain.length === 1 && rules.bothSidesJoiner.test(gap);
    if (!sameHolder && !listEnd && !semicolonItem && !afterApposition && !lastOfTwo && !titledItem && !secondSide && !rules.chainJoiner.test(gap)) break;
    if (asideSpeaker(sentence, last, rules) && /^\s*,/u.test(gap)) break;
    // "At X's meeting with Y, they reached …": a pronoun, or a group that counts no pair ("they"), is
    // joined by a conjunction, never as an item of a comma list (as subjectBefore reads pronouns);
    // after a comma it opens a clause. ("… meeting with Y, the two leaders announced …": a pair
    // group stays, the meeting's two sides.)
    const pronounLike = after.kind === 'pronoun' || (after.kind === 'group' && !rules.pairGroup.test(sentence.slice(after.start, after.end)));
    if (pronounLike && !rules.conjunctionAtEnd.test(withoutArticleAtEnd(gap, rules))) break;
    chain.push(after);
    last = after;
    if (bothSides && (secondSide || rules.conjunctionAtEnd.test(withoutArticleAtEnd(gap, rules)))) break;
  }
  return chain;
}

/**
 * The words between two items of a list, `last` and the next person `after`, as a joiner reads them.
 * "… and Cambodian People's Party President and Prime Minister Y", "… and Chairman of National
 * Assembly of Vietnam Y", "X and Speaker Y": the body or title words the name table did not take
 * with the next person are theirs, not words between two items of the list. After a bare title,
 * only where it is that person's or no one's ("Senior Minister and Coordinating Minister for
 * National Security Y"): "Prime Minister and Minister for Finance Y" is one person's two titles,
 * the first read alone.
 */
function listGap(sentence: string, last: Mention, after: Mention, rules: LanguageRules): string {
  const rawGap = joinGap(sentence, last.end, after.start, rules);
  const ownTitle = last.kind === 'title' && last.stranger === undefined && (last.leaderIds.length === 0 || (last.leaderIds.length === 1 && last.leaderIds[0] === after.leaderIds[0]));
  const bodyless = byName(after) && (byName(last) || ownTitle) ? rawGap.replace(rules.bodyBeforeTitleAtEnd, ' ') : rawGap;
  return bodyless !== rawGap && /\p{L}/u.test(bodyless) ? bodyless : rawGap;
}

/** One person read by a name of theirs, full or short. */
function byName(m: Mention): boolean {
  return (m.kind === 'named' || m.kind === 'short') && m.leaderIds.length === 1;
}

/** Capitalised words and a bracketed acronym opening a gap: the rest of a body's name a title match stopped short of. */
const TITLE_BODY_OPENING = /^(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*)+(?:\s+\([\p{Lu}\p{N}]{2,10}\))?/u;

/** How far before the first side a both-sides linker is looked for ("giữa "). */
const LINKER_REACH = 12;

/** Nothing but closing punctuation to a sentence's end. */
const SENTENCE_END = /^[\s.!?…"”’)]*$/u;

/** How far before a mention an inverted verb opening an aside may start (", said Foreign Minister "). */
const ASIDE_REACH = 40;

/**
 * Whether `m` is the speaker of an aside opened by an inverted speech verb ("…, said Retno, …"):
 * the aside ends with that person, whoever is named after its comma.
 */
export function asideSpeaker(sentence: string, m: Mention, rules: LanguageRules): boolean {
  return rules.speakerAsideOpen.test(sentence.slice(Math.max(0, m.start - ASIDE_REACH), m.start));
}
