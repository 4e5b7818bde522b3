import type { Mention } from './find-mentions';
import type { LanguageRules } from './language-rules';
import { findSpeechVerbs, quotationRanges } from './speech-verbs';
import { asideSpeaker, chainFrom, objectAfter, subjectBefore } from './subject-of';
import { endsWithMatch } from './end-anchored';

/** One thing a leader (or several, jointly) said, found in one sentence. */
export interface Statement {
  speakers: string[];
  /** What was said: the quoted words for a direct quotation, else the clause from the verb on. */
  text: string;
  direct: boolean;
  start: number;
  end: number;
}

function clauseStartBefore(sentence: string, pos: number, quotes: readonly [number, number][]): number {
  for (let i = pos - 1; i >= 0; i--) {
    if (sentence[i] === ';' && !quotes.some(([a, b]) => i >= a && i < b)) return i + 1;
  }
  return 0;
}

function clauseEndAfter(sentence: string, pos: number, quotes: readonly [number, number][]): number {
  for (let i = pos; i < sentence.length; i++) {
    if (sentence[i] === ';' && !quotes.some(([a, b]) => i >= a && i < b)) return i;
  }
  return sentence.length;
}

/**
 * The clause before the last comma before `at`, when it reads as a statement: a capital, a dozen
 * characters, and not a fronted phrase alone that only says where or when ("At the reception, …").
 */
function saidBefore(sentence: string, at: number, rules: LanguageRules): string | null {
  const comma = sentence.lastIndexOf(',', at);
  const said = comma > 0 ? sentence.slice(0, comma).trim() : '';
  // "At the reception, X said following …": a where or when alone; "In Hanoi, trade rose, he said" is more.
  const onlySetting = rules.frontedPhrase.test(said) && !said.includes(',');
  return said.length < 12 || /^[\p{Ll}]/u.test(said) || onlySetting ? null : said;
}

/** How many words a meeting setting alone after a speech verb may have ("tại hội đàm", "at the welcome ceremony"). */
const SETTING_WORDS = 5;

/** Whether `tail` is only where something was said, a meeting told by its noun ("tại hội đàm.", "at the talks."), to the sentence's end. */
function onlyMeetingSetting(tail: string, rules: LanguageRules): boolean {
  const setting = tail.replace(/[\s.!?…]+$/u, '');
  return setting.trim().split(/\s+/u).length <= SETTING_WORDS && rules.settingOnly.test(setting) && setting.search(rules.meetingWord) >= 0;
}

/** A sentence's end followed by a dash: what follows is a byline (". - Bernama", ". — VNA"). */
const BYLINE_AFTER = /[.!?]\s+[-–—]/u;

/** At most four words, then the end of the sentence: "reporters.", "on Monday.", "in a statement". */
const CLOSING_TAIL = /^(?:\s+[\p{L}\p{M}\p{N}'’-]+){1,4}\s*[.!?]?\s*$/u;

function idsOf(chain: readonly Mention[]): string[] {
  // A loop rather than a Set of a flatMap: chains are one or two people, and this runs for every
  // verb of every sentence. The same ids in the same order (first appearance).
  const ids: string[] = [];
  for (const m of chain) for (const id of m.leaderIds) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** Where a clause's second predicate or the clause itself ends: ";", ".", or ", and discussed", " and held". */
const SECOND_PREDICATE = /[;.]|,?\s+and\s+(?=[\p{Ll}]+(?:ed|ing)\b)/u;

/**
 * Whether a verb at `start` closes a quotation: a closing mark right before it ("“…,” wrote X"), or
 * before its subject ("“…,” he posted").
 */
function closesQuotation(sentence: string, start: number, mentions: readonly Mention[]): boolean {
  const subject = mentions.find((m) => m.end <= start && sentence.slice(m.end, start).trim() === '');
  const before = sentence.slice(0, subject ? subject.start : start).trimEnd();
  return /[”"»]\s*,?$/u.test(before) || /[,.!?]\s*[”"»]$/u.test(before);
}

/** A colon and a quotation after a verb, a few words of where between ("viết trên Facebook: “…”", "wrote: “…”"), or a comma right before one ("wrote, “…”"). */
const OPENS_QUOTATION = /^(?:[^.;:“”"«»]{0,60}:|\s*,)\s*[“"«]/u;

/** Capitalised words alone to the end of the sentence, a final stop aside: a source named after its verb ("reported Xinhua News Agency."). */
const SOURCE_CLOSING = /^\s+[\p{Lu}][\p{L}\p{M}'’.&-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.&-]*){0,5}\s*[.!?]?\s*$/u;

/**
 * The statements in one sentence. `mentions` must already be resolved (pronouns and groups
 * carry leader ids). `previousSubject` speaks for a sentence that starts with a speech verb and
 * names nobody ("Trân trọng chuyển tới …" continuing the previous sentence's speaker).
 *
 * Rules, each from how Vietnamese news reports speech:
 * - a speech verb right after a subject (adverbs allowed) starts a statement by that subject;
 * - a speech verb opening a ";" clause, or after "và" / a bare comma (strong verbs only), continues
 *   the sentence's current speaker: two statements joined in one sentence are two statements;
 * - a strong verb after a comma with nobody speaking yet ("X tiếp Y, khẳng định …", "X received Y,
 *   affirming …", "Hai bên trao đổi, thống nhất …") is the statement of the clause's subject;
 * - a sentence that opens with a speech verb ("Cảm ơn …, X nhấn mạnh …") belongs to the subject
 *   that appears after the fronted clause;
 * - a quotation right after the verb (":", "rằng" allowed) is a direct quote.
 */
export function extractStatements(
  sentence: string,
  mentions: readonly Mention[],
  previousSubject: string[] | null,
  rules: LanguageRules,
): Statement[] {
  const quotes = quotationRanges(sentence);
  const verbs = findSpeechVerbs(sentence, quotes, rules);
  const strong = (verb: string) => rules.strongSpeechVerbs.has(verb);
  const heads: { start: number; end: number; speakers: string[]; stop?: number }[] = [];
  let current: string[] | null = null;
  // "According to the President, …", "Theo ông X, …": the clause after the comma is theirs.
  const source = accordingToSource(sentence, mentions, rules);
  if (source) {
    current = source.speakers;
    heads.push({ start: source.end, end: source.end, speakers: source.speakers });
  }
  for (const v of verbs) {
    // "X called on Y and discussed …": a courtesy call; "called on Y (and his government) to …",
    // with "to" and a verb in its clause before a second predicate, is an appeal, words said.
    if (rules.meetingOrAppealWord.test(v.verb)) {
      const called = objectAfter(sentence, v.end, mentions, rules);
      if (called.length > 0 && !rules.appealIn.test(sentence.slice(called.at(-1)!.end).split(SECOND_PREDICATE)[0]!)) continue;
    }
    // "X wrote a letter to Y", "X posted a photo": these verbs speak only closing a quotation.
    if (rules.quotationOnlyVerbs.has(v.verb) && !closesQuotation(sentence, v.start, mentions) && !OPENS_QUOTATION.test(sentence.slice(v.end))) continue;
    // "…, reported Xinhua News Agency.": a source the registry does not hold names itself after the
    // verb and closes the sentence; the verb is the source's, no one's before it.
    if (
      invertedPlace(sentence, v.start) &&
      SOURCE_CLOSING.test(sentence.slice(v.end)) &&
      !mentions.some((m) => m.start >= v.end)
    ) {
      continue;
    }
    let subject = subjectBefore(sentence, v.start, mentions, rules);
    // "X held bilateral talks with Y asserting that …": a participle right after the one met is
    // the act of the clause's subject, as one set off by a comma is (metObject).
    if (subject && isParticiple(v.verb, rules)) subject = participleSubject(sentence, v.start, subject, mentions, quotes, rules) ?? subject;
    // "Trump nhờ Thủ tướng Phúc chuyển lời chào …": the one asked conveys the asker's words.
    if (subject && rules.requestBefore.test(sentence.slice(Math.max(0, subject[0]!.start - 16), subject[0]!.start))) {
      subject = subjectBefore(sentence, sentence.slice(0, subject[0]!.start).replace(/\s*[\p{L}\p{M}]+\s*$/u, '').length + 1, mentions, rules);
      if (!subject) continue;
    }
    // "Thủ tướng chuyển lời mời của Tổng Bí thư Tô Lâm mời …": a person after a possessive is not
    // the verb's speaker; the statement that named them goes on.
    if (subject && current !== null && endsWithMatch(sentence.slice(0, subject[0]!.start), rules.possessiveBefore)) continue;
    if (subject) {
      const ids = idsOf(subject);
      if (ids.length === 0) continue; // an unresolved or unknown person: not attributable
      current = ids;
      // "X said they reaffirmed …": a subject that is a group or a pronoun, told inside what another said.
      const reported = subject.every((m) => m.kind === 'group' || m.kind === 'pronoun');
      const prior = heads.at(-1);
      if (reported && prior && subject[0]!.start >= prior.end && rules.quoteLead.test(sentence.slice(prior.end, subject[0]!.start))) {
        // What they did is what the speaker before said: one statement, the speaker's, running on.
        current = prior.speakers;
        continue;
      }
      heads.push({ start: v.start, end: v.end, speakers: ids });
      continue;
    }
    // "President Jokowi, said Retno, welcomed …", "Therefore, said Retno, President Jokowi hopes …":
    // the aside's speaker relays the subject's statement; the statement is the subject's alone.
    if (relayAside(sentence, v, mentions, rules)) continue;
    const inverted = invertedSpeaker(sentence, v, mentions, rules);
    if (inverted) {
      if (inverted.ids.length === 0) continue;
      current = inverted.ids;
      heads.push({ start: v.start, end: inverted.end, speakers: inverted.ids });
      continue;
    }
    const clauseStart = clauseStartBefore(sentence, v.start, quotes);
    const before = sentence.slice(clauseStart, v.start);
    if (rules.clauseOpeners.test(before)) {
      if (clauseStart === 0 && current === null) {
        const fronted = frontedSubject(sentence, v.end, mentions, quotes, rules);
        const speakers = fronted?.ids ?? previousSubject;
        // "Phát biểu tại hội đàm, X khẳng định …": the fronted clause only says where; X's own verb follows.
        if (fronted && rules.settingOnly.test(sentence.slice(v.end, fronted.comma))) continue;
        if (speakers && speakers.length > 0) {
          current = speakers;
          // The fronted clause ends at the comma before its subject.
          heads.push({ start: v.start, end: v.end, speakers, ...(fronted ? { stop: fronted.comma } : {}) });
        }
        continue;
      }
      if (current) heads.push({ start: v.start, end: v.end, speakers: current });
      continue;
    }
    const last = heads.at(-1);
    // "X received Y in Hanoi on Monday, affirming …", "X tiếp Y, khẳng định …": a strong verb after
    // a comma, nobody speaking yet, continues the act of the clause's subject.
    const afterComma = /,\s*$/u.test(before) && heads.length === 0;
    // "X opened the meeting by saying …", "X began by noting …": the manner of the clause's own act.
    const manner = isParticiple(v.verb, rules) && rules.mannerAtEnd.test(before);
    if (!current && (((endsWithMatch(before, rules.conjunctionAtEnd) || afterComma) && strong(v.verb)) || manner)) {
      // "X đã vui vẻ nhận lời và đề nghị …": the clause's own subject, with nobody named in between.
      const opener = clauseSubject(sentence, clauseStart, v.start, mentions, rules);
      if (opener) {
        current = opener;
        heads.push({ start: v.start, end: v.end, speakers: opener });
      }
      continue;
    }
    if (current && last && clauseStartBefore(sentence, last.start, quotes) === clauseStart) {
      const joiner = endsWithMatch(before, rules.statementJoiner);
      // "… được phát huy và khẳng định là …": a passive list, not a second statement.
      const passive = rules.passive.test(sentence.slice(last.end, v.start));
      // "X cảm ơn Y đã gọi điện, khẳng định …", "X cảm ơn Y và chúc mừng …": still X speaking (a
      // named subject right before the verb was taken above as a new speaker).
      if (joiner && !passive && strong(v.verb)) heads.push({ start: v.start, end: v.end, speakers: current });
    }
  }

  // "Trade will grow, according to X.": the source closes the sentence; what stands before its comma is X's.
  if (heads.length === 0) {
    const closing = closingSource(sentence, mentions, rules);
    if (closing) return [closing];
  }

  return heads.flatMap((head, i): Statement[] => {
    const next = heads[i + 1];
    const clauseEnd = clauseEndAfter(sentence, head.end, quotes);
    // "… Anwar said. - Bernama": an agency's byline after the sentence's end is not part of it.
    const byline = BYLINE_AFTER.exec(sentence.slice(head.end));
    const end = Math.min(next ? next.start : sentence.length, clauseEnd, head.stop ?? sentence.length, byline ? head.end + byline.index + 1 : sentence.length);
    const span = sentence.slice(head.start, end).replace(rules.statementTail, '');
    // "“…,” Anwar told reporters.", "“…,” he said on Monday.": a verb closing the sentence with
    // only a few words after it; the quotation before is what was said.
    const closing = span.length <= head.end - head.start + 2 || (i === heads.length - 1 && CLOSING_TAIL.test(sentence.slice(head.end)));
    if (closing) {
      // "“…”, Tổng thống Putin nói." — the verb closes the sentence; the quotation before is what was said.
      const q = quotes.find(([, b]) => b <= head.start);
      if (q) return [{ speakers: head.speakers, text: sentence.slice(q[0] + 1, q[1] - 1).trim(), direct: true, start: q[0], end: head.end }];
      // "Chủ tịch Tập Cận Bình phát biểu tại hội đàm." (a caption): where the words were said, and
      // nothing of them, before or after.
      if (heads.length === 1 && saidBefore(sentence, head.start, rules) === null && onlyMeetingSetting(sentence.slice(head.end), rules)) return [];
      if (span.length > head.end - head.start + 2) return [{ speakers: head.speakers, text: span, direct: false, start: head.start, end: head.start + span.length }];
      // "Việt Nam supports Laos, he said." — reported speech before "subject + verb" closing the sentence.
      const said = i === 0 && heads.length === 1 ? saidBefore(sentence, head.start, rules) : null;
      return said ? [{ speakers: head.speakers, text: said, direct: false, start: 0, end: head.end }] : [];
    }
    // "China should …, Premier Li said in a meeting on Monday with …": only where and when follow
    // the verb, so what was said is before it.
    const tail = sentence.slice(head.end);
    if (i === 0 && heads.length === 1 && rules.frontedPhrase.test(tail) && !/[“"«,;]/u.test(tail) && !rules.quoteIntroducer.test(tail)) {
      const said = saidBefore(sentence, head.start, rules);
      if (said) return [{ speakers: head.speakers, text: said, direct: false, start: 0, end: head.end }];
    }
    const afterVerb = sentence.slice(head.end, end);
    const direct = rules.quoteLead.exec(afterVerb.slice(0, Math.max(0, afterVerb.search(/[“"«]/u))));
    const q = quotes.find(([a]) => a >= head.end && a < end);
    if (direct && q && afterVerb.search(/[“"«]/u) >= 0) {
      return [{ speakers: head.speakers, text: sentence.slice(q[0] + 1, q[1] - 1).trim(), direct: true, start: head.start, end: q[1] }];
    }
    return [{ speakers: head.speakers, text: span, direct: false, start: head.start, end: head.start + span.length }];
  });
}

/**
 * What may end the text before an inverted verb, spaces after it aside: a comma or a closing quote
 * mark. Checked on the text's last character after `trimEnd` (which takes what `\s*$` takes),
 * not by a pattern tried at every position of the sentence.
 */
const CLOSES_QUOTE_OR_CLAUSE = [',', '”', '"', '»'];

/** Whether a verb at `start` stands where a speaker may follow it: right after a comma or a closing quote mark. */
function invertedPlace(sentence: string, start: number): boolean {
  return CLOSES_QUOTE_OR_CLAUSE.includes(sentence.slice(0, start).trimEnd().slice(-1));
}

/**
 * "“…,” said Mr Wong.", "…, said Prime Minister Anwar Ibrahim.": a verb the language lets the
 * speaker follow (`invertedSpeechVerbs`), after a quotation or a comma, with the speaker right
 * after it closing the clause. Null when the sentence is not so; ids empty when the speaker is
 * someone the registry does not know.
 */
function invertedSpeaker(
  sentence: string,
  verb: { start: number; end: number; verb: string },
  mentions: readonly Mention[],
  rules: LanguageRules,
): { ids: string[]; end: number } | null {
  if (!rules.invertedSpeechVerbs.has(verb.verb) || !invertedPlace(sentence, verb.start)) return null;
  const first = mentions.find((m) => m.start >= verb.end);
  // "“…,” said the Premier.": a title with its article is the speaker too.
  if (!first || !rules.determinerOnly.test(sentence.slice(verb.end, first.start))) return null;
  const chain = chainFrom(sentence, first, mentions, rules);
  const end = chain.at(-1)!.end;
  // "“…,” said Marcos in his opening statement.": where or when it was said may close the sentence.
  const after = sentence.slice(end);
  if (!/^\s*(?:[,.;!?]|$)/u.test(after) && !(rules.frontedPhrase.test(after) && !/[“"«,;]/u.test(after))) return null;
  return { ids: idsOf(chain), end };
}

/**
 * Whether an inverted verb and its speaker are an aside set off by commas inside another person's
 * statement: the subject's chain right before its comma and the subject's verb (a lowercase word)
 * after it ("President Jokowi, said Retno, welcomed …"), or the subject right after it
 * ("Therefore, said Retno, President Jokowi hopes …").
 */
function relayAside(sentence: string, verb: { start: number; end: number; verb: string }, mentions: readonly Mention[], rules: LanguageRules): boolean {
  if (!rules.invertedSpeechVerbs.has(verb.verb) || !sentence.slice(0, verb.start).trimEnd().endsWith(',')) return false;
  const first = mentions.find((m) => m.start >= verb.end);
  if (!first || sentence.slice(verb.end, first.start).trim() !== '' || !asideSpeaker(sentence, first, rules)) return false;
  const end = chainFrom(sentence, first, mentions, rules).at(-1)!.end;
  const comma = /^\s*,\s*/u.exec(sentence.slice(end));
  if (!comma) return false;
  const rest = end + comma[0].length;
  const subjectBefore = mentions.some((m) => m.end <= verb.start && sentence.slice(m.end, verb.start).trim() === ',');
  return (subjectBefore && /^[\p{Ll}]/u.test(sentence.slice(rest))) || mentions.some((m) => m.start === rest);
}

/**
 * "According to X, …" at the start of the sentence: X's ids and where the statement starts. The
 * source ends at the first comma its chain reaches: "According to X, the two sides …" is X's, though
 * the chain of names runs on through the comma into what X said.
 */
function accordingToSource(sentence: string, mentions: readonly Mention[], rules: LanguageRules): { speakers: string[]; end: number } | null {
  const first = mentions[0];
  if (!first || !rules.accordingTo.test(sentence.slice(0, first.start))) return null;
  const chain = chainFrom(sentence, first, mentions, rules);
  for (let n = chain.length; n >= 1; n--) {
    const source = chain.slice(0, n);
    const comma = /^\s*,\s*/u.exec(sentence.slice(source.at(-1)!.end));
    if (!comma) continue;
    const ids = idsOf(source);
    return ids.length === 0 ? null : { speakers: ids, end: source.at(-1)!.end + comma[0].length };
  }
  return null;
}

/**
 * "…, according to X." (LanguageDescriptor.accordingTo after a comma, the source's chain closing the
 * sentence): the clause before the comma is X's statement, when it reads as one (see saidBefore).
 */
function closingSource(sentence: string, mentions: readonly Mention[], rules: LanguageRules): Statement | null {
  for (const first of mentions) {
    const match = rules.accordingToAtEnd.exec(sentence.slice(0, first.start));
    if (!match) continue;
    const chain = chainFrom(sentence, first, mentions, rules);
    if (!/^\s*[.!?]?\s*$/u.test(sentence.slice(chain.at(-1)!.end))) return null;
    const ids = idsOf(chain);
    const said = saidBefore(sentence, match.index + 1, rules);
    return ids.length > 0 && said ? { speakers: ids, text: said, direct: false, start: 0, end: chain.at(-1)!.end } : null;
  }
  return null;
}

/** The mention chain opening the clause [from, to), when no other mention stands before `to`. */
function clauseSubject(sentence: string, from: number, to: number, mentions: readonly Mention[], rules: LanguageRules): string[] | null {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  const first = inside[0];
  if (!first) return null;
  const lead = sentence.slice(from, first.start);
  // "HANOI, Dec. 3 (VNA) – X met Y, urging …": a wire dateline before the subject opens the clause too.
  if (lead.trim() !== '' && !lead.trimEnd().endsWith(',') && !(from === 0 && rules.datelineLead.test(lead))) return null;
  const chain = chainFrom(sentence, first, inside, rules);
  // Somebody else named before the verb ("X cảm ơn Y và …") makes the subject unclear, unless they
  // are the object of a meeting word right after the subject ("X met with Y and said …", "X hội
  // kiến Y và khẳng định …"): the one met is not a second speaker.
  if (chain.length !== inside.length && !metObject(sentence, chain.at(-1)!.end, to, inside.slice(chain.length), rules)) return null;
  const ids = idsOf(chain);
  return ids.length > 0 ? ids : null;
}

/**
 * Whether `others` (the mentions after a clause's subject, before its speech verb at `to`) are
 * one object chain of a meeting word that follows the subject, with only the conjunction after it.
 */
function metObject(sentence: string, subjectEnd: number, to: number, others: readonly Mention[], rules: LanguageRules): boolean {
  const first = others[0];
  if (!first) return false;
  const object = chainFrom(sentence, first, others, rules);
  if (object.length !== others.length) return false;
  // `search`, not `test`: the pattern is global (see subject-of.ts).
  if (sentence.slice(subjectEnd, first.start).search(rules.meetingWord) < 0) return false;
  // "X received General Y, Deputy Commander of the Cambodian Army, affirming …": a role set off
  // after the one met describes them.
  const objectEnd = object.at(-1)!.end;
  const roleEnd = objectEnd + (rules.roleAppositionAfter.exec(sentence.slice(objectEnd, to))?.[0].length ?? 0);
  const after = sentence.slice(roleEnd, to);
  // "X received Y, affirming …", "X tiếp Y, khẳng định …": a participle set off by a comma right
  // after the one met is the subject's, as one after "and" is; but a joint verb there ("X hội đàm
  // với Y, nhất trí …", LanguageDescriptor.jointAfterMeeting) is both sides' (analyse-article.ts).
  // "X received Y in Hanoi on Monday, urging …": a place or a day may stand between the one met and the comma.
  if (/^\s*,\s*$/u.test(after.replace(rules.gapAdjunct, ' '))) return rules.jointAfterMeeting.exec(sentence.slice(roleEnd).replace(rules.gapAdjunct, ' '))?.index !== 0;
  // "X met with the prime minister of Vietnam, Y, and expressed …": the comma closing an apposition may stand before the conjunction.
  const joiner = after.replace(/^\s*,/u, ' ');
  return joiner.length <= 16 && rules.conjunctionAtEnd.test(` ${joiner}`) && !/[,;:]/u.test(joiner);
}

/** Whether a speech verb is written as its participle (the descriptor's `participleEndings`). */
function isParticiple(verb: string, rules: LanguageRules): boolean {
  const first = verb.split(/\s+/u)[0]!.toLowerCase();
  return rules.descriptor.participleEndings.some((ending) => first.endsWith(ending));
}

/**
 * The subject opening the clause when `object` (right before a participle, nothing between) is
 * the one its meeting word met ("X held talks with Y asserting …"), else null.
 */
function participleSubject(
  sentence: string,
  verbStart: number,
  object: readonly Mention[],
  mentions: readonly Mention[],
  quotes: readonly [number, number][],
  rules: LanguageRules,
): Mention[] | null {
  if (!/^\s+$/u.test(sentence.slice(object.at(-1)!.end, verbStart))) return null;
  const from = clauseStartBefore(sentence, verbStart, quotes);
  const inside = mentions.filter((m) => m.start >= from && m.end <= verbStart);
  const first = inside[0];
  if (!first || first === object[0]) return null;
  const lead = sentence.slice(from, first.start);
  // A lead closed by a comma, a colon or a dash ("New Delhi, April 10: X held …"), or a dateline.
  if (lead.trim() !== '' && !/[,:–—-]\s*$/u.test(lead) && !(from === 0 && rules.datelineLead.test(lead))) return null;
  const chain = chainFrom(sentence, first, inside, rules);
  const others = inside.slice(chain.length);
  if (others.length !== object.length || others[0] !== object[0]) return null;
  // `search`, not `test`: the pattern is global (see subject-of.ts).
  return sentence.slice(chain.at(-1)!.end, object[0]!.start).search(rules.meetingWord) >= 0 ? chain : null;
}

/** Whether `text` (after a comma, up to the next person we know) opens with a capitalised name and a speech verb right after it. */
function unknownSpeakerAfter(text: string, rules: LanguageRules): boolean {
  const name = /^\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*\s+/u.exec(text);
  return name !== null && text.slice(name[0].length).search(rules.speechVerb) === 0;
}

/** "Cảm ơn …, X nhấn mạnh …": the subject standing after the fronted clause, before a verb. */
function frontedSubject(
  sentence: string,
  from: number,
  mentions: readonly Mention[],
  quotes: readonly [number, number][],
  rules: LanguageRules,
): { ids: string[]; comma: number } | null {
  for (let i = from; i < sentence.length; i++) {
    if (sentence[i] === ';') return null;
    if (sentence[i] !== ',' || quotes.some(([a, b]) => i >= a && i < b)) continue;
    const first = mentions.find((m) => m.start > i);
    // "Expressing his honour to return …, Knapper said he was impressed …": a name we do not know
    // speaks after the fronted clause; the clause is theirs, not the previous speaker's.
    if (unknownSpeakerAfter(sentence.slice(i + 1, first?.start ?? sentence.length), rules)) return { ids: [], comma: i };
    if (!first || sentence.slice(i + 1, first.start).trim() !== '') continue;
    const chain = chainFrom(sentence, first, mentions, rules);
    // The chain must be followed by a verb (a lowercase word), not continue a list of names.
    if (/^\s+[\p{Ll}]/u.test(sentence.slice(chain.at(-1)!.end))) {
      const ids = idsOf(chain);
      return ids.length > 0 ? { ids, comma: i } : null;
    }
  }
  return null;
}
