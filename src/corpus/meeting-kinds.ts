import type { MeetingKind } from '../model/export-types';
import type { LanguageRules } from './language-rules';
import { replaceAtEnd } from './end-anchored';
import { matchesOf } from '../text/matches-of';

export interface KindHit {
  kind: MeetingKind;
  start: number;
  end: number;
  /** "Y was received by X": the doer follows the word, its subject is the one received. */
  passive?: boolean;
  /** Of a passive word, where its agent marker ends ("was hosted to lunch by| X"): the doer's place. */
  agentEnd?: number;
}

/**
 * Meeting words in `sentence` outside the `skip` ranges (quotations), leftmost-longest, with the
 * kind the language's descriptor gives them (`meetingPhrases`). A meeting word inside a false friend
 * ("thăm hỏi", "hỏi thăm", "tiếp tục", "visitors") is not one; a reception word the descriptor
 * marks (`receptionNeedsPerson`: "tiếp", "received") counts only with a person after it, or
 * with its doer after an agent marker ("was received by X").
 *
 * @example findMeetingWords('X hội đàm trực tuyến với Y', [], rulesFor('vi'))[0].kind // 'online_talks'
 */
export function findMeetingWords(sentence: string, skip: readonly [number, number][], rules: LanguageRules, people: readonly Span[] = []): KindHit[] {
  const hits: KindHit[] = [];
  for (const { start, end, word, kind } of meetingWordsIn(sentence, rules)) {
    if (skip.some(([a, b]) => start >= a && start < b)) continue;
    // "Y was received by X": a passive reception word has its doer after the agent marker.
    const agent = rules.agentAfter.exec(sentence.slice(end));
    // "This image shows X received by Y at a reception": a participle right after the one received,
    // its doer named right after the agent marker, is a passive without its marker ("X received a
    // delegation led by Y" is no passive).
    const passive =
      agent !== null &&
      (passiveMarkerBefore(sentence, start, rules) || (rules.agentRightAfter.test(sentence.slice(end)) && people.some((p) => p.end <= start && sentence.slice(p.end, start).trim() === '')));
    // "Y được X đón tiếp": the one received stands before the marker, the doer before the verb.
    const doerFirst = () =>
      rules.passiveDoerBeforeVerb && (rules.passiveMarkerInClause.test(sentence.slice(Math.max(0, start - PASSIVE_REACH), start)) || doersAfterMarker(sentence, start, people, rules));
    if (rules.receptionNeedsPerson.has(word.toLowerCase()) && !passive && !doerFirst() && !rules.receivedFollows.test(sentence.slice(end))) continue;
    hits.push(passive ? { kind, start, end, passive, agentEnd: end + agent[0].length } : { kind, start, end });
  }
  // "trao đổi với Y qua điện thoại", "spoke to Y by phone": a call told by a verb that is no
  // meeting word alone, with a phone marker after it in its clause.
  const calls: KindHit[] = [];
  for (const m of matchesOf(sentence, rules.phoneOnlyVerb)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some(([a, b]) => start >= a && start < b) || hits.some((h) => start < h.end && end > h.start)) continue;
    const clause = sentence.slice(end, end + PHONE_REACH).split(/[;.!?]/u)[0]!;
    const next = hits.find((h) => h.start >= end);
    if (rules.phoneMarker.test(next ? clause.slice(0, next.start - end) : clause)) calls.push({ kind: 'phone_call', start, end });
  }
  // "Abe called Modi to thank him", "Xi called his US counterpart, Donald Trump, on Sunday": a
  // bare call verb, the person called right after it, then a purpose or a day.
  for (const m of matchesOf(sentence, rules.bareCallVerb)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some(([a, b]) => start >= a && start < b) || hits.some((h) => start < h.end && end > h.start)) continue;
    const called = people.find((p) => p.start >= end);
    if (!called) continue;
    // "called his US counterpart, Donald Trump, …": the counterpart noun before the name.
    const gap = sentence.slice(end, called.start);
    if (!(CALLED_GAP.test(gap) || (rules.counterpartWord.test(gap) && gap.trim().split(/\s+/u).length <= COUNTERPART_GAP_WORDS))) continue;
    // The person's name set off by commas after a noun ("his US counterpart, Donald Trump,").
    let last = called;
    for (let next = people.find((p) => p.start >= last.end); next && /^\s*,\s*$/u.test(sentence.slice(last.end, next.start)); next = people.find((p) => p.start >= last.end)) last = next;
    if (rules.bareCallFollower.test(sentence.slice(last.end))) calls.push({ kind: 'phone_call', start, end });
  }
  return calls.length === 0 ? hits : [...hits, ...calls].sort((a, b) => a.start - b.start);
}

/** How many words a counterpart noun phrase between a call verb and the name may take ("his US counterpart,"). */
const COUNTERPART_GAP_WORDS = 4;

/** Between a bare call verb and the person called: nothing, or a determiner or possessive ("called his …"). */
const CALLED_GAP = /^\s+(?:\p{Ll}+\s+)?$/u;

/** A meeting word as the descriptor's phrases find it, before the sentence's quotations and people are looked at. */
interface WordHit {
  start: number;
  end: number;
  word: string;
  kind: MeetingKind;
}

/** The last sentence scanned per language, with its words: one sentence is asked about several times in a row. */
const lastScan = new WeakMap<LanguageRules, { sentence: string; words: readonly WordHit[] }>();

/**
 * The meeting words of `sentence` outside false friends, whatever else the caller skips. The
 * analysis asks about one sentence several times in a row (the kinds a sentence points back at,
 * the meetings it tells, whether it tells one), and the phrase lists are long: the scan is kept
 * for the last sentence of each language.
 */
function meetingWordsIn(sentence: string, rules: LanguageRules): readonly WordHit[] {
  const cached = lastScan.get(rules);
  if (cached?.sentence === sentence) return cached.words;
  // A false friend covers a meeting word it starts with ("thăm hỏi", "tiếp tục") or ends with
  // ("chuyển lời hỏi thăm của X").
  const falseFriends = [...matchesOf(sentence, rules.meetingFalseFriends)].map((f) => [f.index, f.index + f[0].length] as const);
  const words: WordHit[] = [];
  for (const m of matchesOf(sentence, rules.meetingWord)) {
    const start = m.index;
    if (falseFriends.some(([a, b]) => start >= a && start < b)) continue;
    const kind = rules.meetingKindOf(m[0]);
    if (kind) words.push({ start, end: start + m[0].length, word: m[0], kind });
  }
  // "X spoke today with Y": a phrase with a time or place inside it, where no phrase was found.
  const gapped: WordHit[] = [];
  for (const m of matchesOf(sentence, rules.meetingWordGapped)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = `${m[1]} ${m[2]}`;
    const kind = rules.meetingKindOf(word);
    if (!kind || falseFriends.some(([a, b]) => start >= a && start < b) || words.some((w) => w.start < end && w.end > start)) continue;
    gapped.push({ start, end, word, kind });
  }
  if (gapped.length > 0) {
    words.push(...gapped);
    words.sort((a, b) => a.start - b.start);
  }
  lastScan.set(rules, { sentence, words });
  return words;
}

/** How far before a passive meeting word its marker may stand, adverbs between ("was also warmly "). */
const PASSIVE_MARKER_REACH = 40;

/**
 * Whether a passive marker stands right before the word at `start`, with only the words allowed
 * between a subject and its verb between ("was received", "was warmly welcomed", "were also
 * cordially received").
 */
function passiveMarkerBefore(sentence: string, start: number, rules: LanguageRules): boolean {
  let before = sentence.slice(Math.max(0, start - PASSIVE_MARKER_REACH), start);
  for (;;) {
    // The markers are fillers too ("X was in Hanoi"): test before taking the next one off.
    if (rules.passiveBefore.test(`${before} `)) return true;
    const trimmed = replaceAtEnd(before, rules.subjectVerbFiller, '');
    if (trimmed === before) return false;
    before = trimmed;
  }
}

/** How far after a phone-only verb its phone marker may stand ("trao đổi với Thủ tướng Lào Y qua điện thoại"). */
const PHONE_REACH = 160;

/** How far before a reception word a passive marker with the doer between may stand ("được Thủ tướng Ấn Độ Narendra Modi "). */
const PASSIVE_REACH = 80;

/** Where a person is named in the sentence. */
interface Span {
  start: number;
  end: number;
}

/**
 * Whether only people, in a list, stand between a passive marker and the word at `start`: "được
 * Tổng Bí thư, Chủ tịch nước Lào X và Thủ tướng Chính phủ Lào Y tiếp", the doers' titles and
 * names longer than {@link PASSIVE_REACH} and their commas those of a list.
 */
function doersAfterMarker(sentence: string, start: number, people: readonly Span[], rules: LanguageRules): boolean {
  let at = start;
  let doers = 0;
  for (;;) {
    const last = people.filter((p) => p.end <= at && sentence.slice(p.end, at).trim() === '').at(-1);
    if (last === undefined) break;
    doers++;
    at = last.start;
    const before = people.filter((p) => p.end <= at).at(-1);
    if (before === undefined || !rules.chainJoiner.test(sentence.slice(before.end, at))) break;
    at = before.end;
  }
  return doers > 0 && rules.passiveBefore.test(sentence.slice(Math.max(0, at - 12), at));
}

/**
 * Which word names one meeting told twice best. Talks over a reception: "X đón và hội đàm với Y",
 * "Y met with X … X greeted Y at an official ceremony" are talks the welcome opened, one sit-down
 * of the same two people (same-meeting.ts).
 */
const SPECIFICITY: Record<MeetingKind, number> = {
  other: 0, talks: 1.5, visit: 1, summit: 1, reception: 1, courtesy_call: 1, online_talks: 2, phone_call: 2,
};

/** Two words for one meeting: the same kind, a vague "gặp", or talks told as online talks. */
export function kindsCompatible(a: MeetingKind, b: MeetingKind): boolean {
  if (a === b || a === 'other' || b === 'other') return true;
  const pair = new Set([a, b]);
  return pair.has('talks') && (pair.has('online_talks') || pair.has('phone_call'));
}

/** Kinds held at a distance: nobody received anyone, nobody was photographed together. */
const REMOTE_KINDS: ReadonlySet<MeetingKind> = new Set(['phone_call', 'online_talks']);

/** Whether a meeting of this kind is held at a distance (a phone call, online talks), not in person. */
export function isRemote(kind: MeetingKind): boolean {
  return REMOTE_KINDS.has(kind);
}

/** The more specific of two compatible kinds. */
export function moreSpecificKind(a: MeetingKind, b: MeetingKind): MeetingKind {
  return SPECIFICITY[b] > SPECIFICITY[a] ? b : a;
}
