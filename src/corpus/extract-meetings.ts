import type { DatePhrase } from './date-phrases';
import type { MeetingKind } from '../model/export-types';
import type { Mention } from './find-mentions';
import { findMeetingWords, isRemote, type KindHit } from './meeting-kinds';
import { quotationRanges, quotationsOfWords } from './speech-verbs';
import { LED_ROLE_REACH, SINCE_CLAUSE_LOOKBACK, type LanguageRules } from './language-rules';
import { asideSpeaker, chainFrom, gapWithoutOpeningDate, objectAfter, subjectBefore } from './subject-of';
import { endsWithMatch, replaceAtEnd } from './end-anchored';
import { matchesOf } from '../text/matches-of';
import { listedWelcome } from './listed-welcomers';

/** A meeting as one sentence tells it; the article and the corpus merge these into meetings. */
export interface MeetingMention {
  kind: MeetingKind;
  participants: string[];
  /** Office-holders the registry does not know, as written ("Hun Manet"). */
  others: string[];
  /** The date phrase attached to this meeting word, if any. */
  datePhrase: DatePhrase | null;
  place: string | null;
  /** The sentence recalls an earlier meeting ("kết quả chuyến thăm …", a month-only date). */
  recalled: boolean;
  /** "Tại cuộc hội đàm, …": points back at a meeting already told, adds nothing new. */
  anaphoric: boolean;
  /**
   * "X and Y also attended the talks", "X và Y cũng tham dự cuộc hội đàm": those told are present at
   * the meeting pointed at (anaphoric), and join it.
   */
  attends?: boolean;
  /** Who received the others, where the telling says: the subject of "tiếp"/"received", the object of "hội kiến"/"paid a courtesy call on". */
  host: string[];
  /** Where a welcome verb tells this reception ("X welcomed Y in Hanoi"): no statement starts there. */
  welcomeAt?: number;
  /** "Cuộc điện đàm diễn ra ngày 25-10": the date phrase is said to be when the meeting took place. */
  heldOn?: boolean;
  /** A pointer back that names a side of its own right after its word ("Tại cuộc gặp Chủ tịch Quốc hội Thái Lan Y, …", "after the meeting with Y"). */
  namesSide?: boolean;
  /** One of the meetings a telling with several others split one each ("X had meetings with A and B"). */
  oneOfEach?: boolean;
  /** A pair's meeting naming no one ("their talks in Vientiane in October"): whose it is, the story says. */
  pairOwned?: boolean;
  /** A welcome of "the delegation" its welcomers were listed for ("Ra đón đoàn … có A"): the guest is the traveller the story tells of. */
  travellerGuest?: boolean;
}

/** How far before a meeting word an occasion marker may stand, in its clause ("nhân dịp dự Hội nghị Cấp cao … và các "). */
const OCCASION_REACH = 160;

/** Kinds of meeting between two people by nature: a call, or a courtesy call, with a list of people is one each. */
const ONE_TO_ONE_KINDS: ReadonlySet<MeetingKind> = new Set(['phone_call', 'courtesy_call']);

/**
 * The meetings one sentence tells of: for each meeting word, who took part (its subject, its
 * object after "với"/"giữa"/"của", co-chairs after "do … chủ trì", the host who invited a visit),
 * when (the date phrase before the word it introduces, or "vào tháng …" after it) and where.
 */
export function extractMeetingMentions(
  sentence: string,
  mentions: readonly Mention[],
  dates: readonly DatePhrase[],
  rules: LanguageRules,
): MeetingMention[] {
  const quotes = quotationsOfWords(sentence, mentions);
  const outside = mentions.filter((m) => !quotes.some(([a, b]) => m.start >= a && m.start < b));
  // "Ra đón đoàn tại sân bay có: A; B", "Welcoming him were A and B": the welcome's verb tells no other meeting.
  const listed = listedWelcome(sentence, outside, dates, rules);
  const words = withWelcomes(sentence, withAttendance(sentence, findMeetingWords(sentence, quotesHidingMeetings(sentence, quotes, outside, rules), rules, outside), quotes, rules), quotes, rules).filter(
    // "met on the sidelines of the G20 Summit": the summit is where they met, not a meeting of theirs.
    // "discussed the ASEAN Summit slated in November": a summit talked of, not one they held.
    (w) => {
      if (w.kind === 'summit' && [rules.sidelineBefore, rules.summitTopicBefore].some((p) => endsWithMatch(sentence.slice(Math.max(0, w.start - 80), w.start), p))) return false;
      if (listed && w.start < listed.verbEnd && w.end > listed.verbStart) return false;
      // "tighten cooperation through exchanges of visits": a practice, not a meeting; so are
      // "boost all-level visits", "via mutual high-level visits".
      const lead = sentence.slice(Math.max(0, w.start - 60), w.start);
      if (endsWithMatch(lead, rules.practiceBefore)) return false;
      return !(rules.practiceNoun.test(sentence.slice(w.start, w.end)) && endsWithMatch(lead, rules.practiceModifierBefore));
    },
  );
  const eventDates = dates.filter((d) => {
    if (d.holiday || (d.day === null && d.month === null && d.year === null && d.weekday === undefined && d.yearsAgo === undefined && d.monthsAgo === undefined && d.daysAgo === undefined)) return false;
    const before = sentence.slice(0, d.start);
    return (
      // "Quoted from ANTARA, Saturday, November 16, 2024, during a meeting …": the report's date.
      !endsWithMatch(before, rules.sourceBefore) &&
      // "… to review relations, which were elevated to a partnership in November 2024": the date of what the clause tells.
      !endsWithMatch(before, rules.insideRelative) &&
      // "X điện đàm với Y liên quan đến phát biểu của Z tại Đối thoại Shangri-La ngày 31/5": the speech's day.
      !rules.insideTopic.test(before) &&
      // "tham dự Hội nghị Cấp cao … tại Baku, Azerbaijan (25 và 26-10-2019), X hội kiến Y", "the G20
      // Summit (November 18-19)", "kỷ niệm 70 năm … (18.1.1950 - 18.1.2020)": days in brackets after a
      // name, before any meeting word but a summit's, are that event's, not the meeting's. ("met Y (on
      // November 17)": a person's bracket is the meeting's; "chuyến thăm … tới Trung Quốc (tháng 8/2024)": the visit's.)
      !inEventBracket(sentence, before, d, mentions, words) &&
      // "met Y for the first time after assuming office on August 22": the day office was taken.
      !rules.officeTakenBefore.test(before) &&
      // "Vietnam and Chile established diplomatic relations on March 25, 1971": history's day.
      !endsWithMatch(before, rules.foundingBefore) &&
      // "lần đầu tiên hai vị thủ tướng hội đàm kể từ tháng 12/2019", "the first talks since 2019": a
      // bound, not the day; so is a date further inside a since-phrase naming no meeting ("the first
      // state visit since his inauguration on Oct 20 last year": the day of what the phrase names).
      !rules.sinceOpens.test(d.text) &&
      !sinceClauseHolds(before, rules)
    );
  });
  // "Dự kiến trong thời gian ở Việt Nam lần này, X hội kiến Y": a sentence opened by a plan tells only meetings to come.
  const plannedSentence = rules.plannedOpening.test(sentence);
  const result: MeetingMention[] = listed ? [{ ...listed.meeting, ...(listed.delegationGuest ? { travellerGuest: true } : {}) }] : [];
  // The subject of the meeting word before and where its telling ended, for a second predicate.
  // And whether it was still to come ("X sẽ hội đàm với Y; hội kiến Z"): a predicate sharing its subject is too.
  let previous: { subject: Mention[]; object: readonly Mention[]; end: number; notYet: boolean } | null = null;
  // Whether each word has a pointer ("Tại cuộc") right before it: read once, not again for every later word.
  // Dates taken by a meeting word before them (trailing): no word past a comma takes them as its own.
  const claimed = new Set<DatePhrase>();
  // Where the last meeting word still to come ended: a noun joined to it is still to come too.
  let plannedEnd: number | null = null;
  // "Trong cuộc điện đàm tương tự, …": a pointer to another meeting than the one told, so none.
  const anaphorAt = words.map((w) => {
    const before = sentence.slice(0, w.start);
    return (endsWithMatch(before, rules.anaphorBefore) || rules.anaphorOpener.test(before)) && !rules.anotherMeetingAfter.test(sentence.slice(w.end));
  });
  // "Chiều 4/3, nhân dịp thăm chính thức Lào, X hội kiến Y": a word telling the occasion of what follows.
  const occasionAt = words.map((w) => endsWithMatch(sentence.slice(Math.max(0, w.start - OCCASION_REACH), w.start), rules.occasionBefore));
  // Delegations led or meetings chaired by someone ("do X dẫn đầu", "led by X"): the sentence's, read once for all its words.
  const ledChains = ledOrChaired(sentence, outside, rules);
  words.forEach((hit, index) => {
    // "X spoke with Y by phone", "held talks over the phone": a sit-down word told as a call.
    const nextStart = words[index + 1]?.start ?? sentence.length;
    const byPhone = (hit.kind === 'other' || hit.kind === 'talks') && rules.phoneMarker.test(sentence.slice(hit.end, nextStart).split(/[;,]/u)[0]!);
    const word: KindHit = byPhone ? { ...hit, kind: 'phone_call' } : hit;
    const ids = new Set<string>();
    const others = new Set<string>();
    const add = (chain: readonly Mention[] | null): void =>
      chain?.forEach((m) => {
        m.leaderIds.forEach((id) => ids.add(id));
        if (m.stranger) others.add(m.stranger);
      });
    const nextWordStart = words[index + 1]?.start ?? sentence.length;
    // "X held productive talks with Y": the subject stands before the light verb of the noun.
    const predicateStart = replaceAtEnd(sentence.slice(0, word.start), rules.lightVerbNounPhraseAtEnd, '').length;
    let subject = subjectBefore(sentence, predicateStart, outside, rules);
    // "Y được X đón tiếp": a passive whose doer stands between the marker and the verb; the one
    // received stands before the marker.
    const markerStart = subject && rules.passiveDoerBeforeVerb ? replaceAtEnd(sentence.slice(0, subject[0]!.start), rules.passiveBefore, '').length : null;
    const received = markerStart !== null && markerStart < subject![0]!.start ? (subjectBefore(sentence, markerStart, outside, rules) ?? secondPredicateSubject(sentence, markerStart, outside, rules, subject![0]!, word.start)) : null;
    // "X arrived in New Delhi and was welcomed by Y", "X đến New Delhi và được Y đón tiếp": a
    // second predicate of the subject the sentence opens with.
    // Only a word told as a predicate: a passive, a light verb with its noun, or a finite verb ("and
    // met with Y"; "and the visit of Y" joins a noun phrase, not a predicate).
    const predicate =
      word.passive === true || predicateStart < word.start || rules.lightVerbOpens.test(sentence.slice(word.start, word.end)) || rules.finiteMeetingVerb.test(sentence.slice(word.start, word.end));
    if (!subject && !received && predicate) subject = secondPredicateSubject(sentence, predicateStart, outside, rules, undefined, word.start);
    if (!subject && !received) subject = purposeSubject(sentence, predicateStart, outside, rules, word.start);
    // "X đã dẫn đầu Đoàn đại biểu cấp cao nước ta hội đàm với …": the one leading the delegation to it.
    if (!subject && !received) {
      const leader = outside.filter((m) => m.end <= predicateStart).at(-1);
      if (leader && rules.leadsDelegationGap.test(sentence.slice(leader.end, predicateStart))) subject = chainFrom(sentence, leader, outside, rules).filter((m) => m.end <= leader.end);
    }
    let object = objectAfter(sentence, word.agentEnd ?? word.end, outside, rules, word.kind === 'visit' ? 4 : 1);
    // "X lên đường thăm chính thức Lào theo lời mời của Y", "X began an official visit to Laos at
    // the invitation of Y": the one who invited hosts the visit (inviterAfter below), and is not
    // whom it visits; the visitor is then found before the word.
    // `search`, not `test`: the pattern is global (see withAttendance).
    if (word.kind === 'visit' && object.length > 0 && sentence.slice(word.end, object[0]!.start).search(rules.invitedAnywhere) >= 0) object = [];
    // "Nhân dịp đồng chí Y được bổ nhiệm …, X đã gọi điện chúc mừng", "On the occasion of Y's
    // appointment, X phoned to congratulate": a call with no other side in its clause is with the
    // one person the fronted occasion clause names.
    if (isRemote(word.kind) && subject !== null && object.length === 0) object = occasionPerson(sentence, subject[0]!.start, outside, rules) ?? [];
    // "Cuộc điện đàm của X với Y", "the talks of X with Y": the meeting noun's owner, then its other side.
    if (object.length > 0 && endsWithMatch(sentence.slice(word.end, object[0]!.start), rules.possessiveBefore)) {
      const ownerEnd = object.at(-1)!.end;
      const next = outside.find((m) => m.start >= ownerEnd);
      if (next && rules.sharedLinkerAfter.test(`${sentence.slice(ownerEnd, next.start)} `)) object = [...object, ...objectAfter(sentence, ownerEnd, outside, rules)];
    }
    // "X welcomed Y in Hanoi", "X chào mừng Y trong chuyến thăm …": a reception when Y is the whole
    // object; "welcomed Y's proposal", "hoan nghênh Y thăm Việt Nam" are only statements.
    // ("Y được X chào đón": a passive with its doer before the verb welcomes the one received.)
    const welcome = !word.passive && received === null && rules.welcomeVerbWord.test(sentence.slice(word.start, word.end));
    if (welcome && !wholeGuest(sentence, object, dates, rules)) return;
    // "X called on Y to …", "called on the two sides to …": an appeal, not a courtesy call.
    if (rules.meetingOrAppealWord.test(sentence.slice(word.start, word.end)) && (object.length === 0 || rules.appealAfter.test(sentence.slice(object.at(-1)!.end)))) return;
    // "X hosted a welcome ceremony in Hanoi on June 18 for Y": the guest of a reception told as a noun.
    if (object.length === 0 && word.kind === 'reception') object = beneficiaryAfter(sentence, word.end, nextWordStart, outside, rules);
    // "X received a delegation … led by Y", "A and B hosted separate receptions … for a delegation …
    // led by Y": the delegation's leader, in the word's clause, is the other side (of a subject
    // named before the word; "Đoàn … do X dẫn đầu đã hội đàm với Đoàn … do Y dẫn đầu" has both led).
    if (object.length === 0 && subject !== null && word.kind !== 'visit') {
      const led = ledChains.find((c) => {
        const gap = sentence.slice(word.end, c[0]!.start);
        return c[0]!.start >= word.end && c[0]!.start < nextWordStart && !/[;]/u.test(gap) && !outside.some((m) => m.start >= word.end && m.start < c[0]!.start) && rules.delegationNoun.test(gap);
      });
      if (led) object = led;
    }
    // "X invited Y to a tea party", "X mời Y dự tiệc trà": the guest before the noun, the host before the invitation.
    const invited = object.length === 0 && word.kind === 'reception' ? invitedGuest(sentence, word.start, outside, rules) : null;
    if (invited) {
      object = invited.guest;
      subject = subjectBefore(sentence, invited.verbStart, outside, rules);
    }
    // "X đã hội kiến Y; gặp Z", "X met Y and held talks with Z": a second predicate with no
    // subject of its own shares the subject of the one before.
    let sharedWith: typeof previous = null;
    // "X tới chào A, thăm B, hội kiến C": the one the predicate before met, set off by a comma, is
    // no subject of the next predicate; the predicates share X.
    if (subject && previous && subject.every((m) => previous!.object.includes(m)) && /^\s*,\s*$/u.test(sentence.slice(subject.at(-1)!.end, predicateStart))) subject = null;
    // "X tới chào A, thăm Nhà sàn Bác Hồ, hội kiến B": what the predicate before went on with, up to
    // a comma and naming nobody, is that predicate's.
    const afterPrevious = previous ? sentence.slice(previous.end, word.start) : '';
    const lastComma = afterPrevious.lastIndexOf(',');
    const ownComplement = previous !== null && lastComma >= 0 && !/[;:.!?]/u.test(afterPrevious) && !outside.some((m) => m.start >= previous!.end && m.end <= word.start);
    if (!subject && previous && (joinsPredicates(afterPrevious, rules) || (ownComplement && joinsPredicates(afterPrevious.slice(lastComma), rules)))) {
      subject = previous.subject;
      sharedWith = previous;
    }
    previous = subject ? { subject, object, end: Math.max(word.end, object.at(-1)?.end ?? 0), notYet: false } : null;
    add(subject);
    add(object);
    add(received);
    // "X made this statement at a meeting with Y", "X phát biểu tại cuộc gặp với Y": an object
    // with no subject of its own takes the sentence's subject.
    // "in a bilateral meeting with Y": modifiers of the meeting noun may stand after the article.
    // "trong cuộc gặp Y": a noun marker inside the meeting phrase belongs to the setting before it.
    const marker = rules.nounMarkerLead.exec(sentence.slice(word.start, word.end))?.[0] ?? '';
    const lead = sentence.slice(Math.max(0, word.start - 48), word.start) + marker;
    const setting = word.kind !== 'visit' && endsWith(lead, rules.settingBefore, rules);
    // "X valued the recent phone call with Y": a meeting noun the subject's act is about, with the
    // other side after "with" (not "between", which names both sides), modifiers of the noun between
    // ("X đã có cuộc hội đàm chính thức với Y", as objectAfter passes them over).
    // The words between the noun and the side after it, its modifiers taken out.
    // ("the phone talks this morning with Y": a day told between them is passed over too.)
    const linkerGap = object.length > 0 ? gapWithoutOpeningDate(sentence.slice(word.end, object[0]!.start)).replace(rules.meetingModifierAfter, ' ') : '';
    const aboutMeeting =
      word.kind !== 'visit' &&
      object.length > 0 &&
      rules.sharedLinkerAfter.test(linkerGap.replace(rules.meetingBodyAfter, ' ')) &&
      endsWith(lead, rules.meetingNounBefore, rules);
    // "They agreed to fulfil the task set in a telephone conversation between X and Y": a noun
    // that names both its sides after "between" leaves out whoever the sentence is about.
    const bothSidesNamed = () => rules.bothSidesLinkerAfter.test(linkerGap) && new Set(object.flatMap((m) => m.leaderIds)).size >= 2;
    if (!subject && object.length > 0 && (setting || aboutMeeting) && !bothSidesNamed()) add(openingSubject(sentence, outside, rules, object[0]!, word.start) ?? (setting ? invertedSpeaker(sentence, word.start, outside, rules) : null));
    // "X discussed with Y regional developments at a bilateral meeting on Thursday": a meeting
    // noun in a setting with no side after it; the sides are the subject the sentence opens with
    // and the one its verb was shared "with" before the noun.
    else if (!subject && object.length === 0 && setting && word.kind !== 'visit' && word.kind !== 'summit') {
      const opening = openingSubject(sentence, outside, rules, undefined, word.start);
      const other = opening ? sharedWithBefore(sentence, opening.at(-1)!.end, word.start, outside, rules) : null;
      if (opening && other) {
        add(opening);
        add(other);
      }
    }
    // "X arrived home on July 12, concluding their official visit to China": a visit owned by a
    // pronoun is the visit of the subject the sentence opens with.
    // "X welcomed Y on his first official visit", "X received Y during her state visit": after a
    // meeting the sentence told with the opening subject as its host, the visit is the guest's.
    else if (!subject && word.kind === 'visit' && endsWith(lead, rules.ownerPronounBefore, rules)) {
      const opening = openingSubject(sentence, outside, rules, object[0], word.start);
      const guest = opening ? guestOfHost(opening, result) : null;
      if (guest) guest.forEach((id) => ids.add(id));
      else add(opening);
    }
    // "… do X và Y đồng chủ trì", "Đoàn … do X dẫn đầu đã có cuộc hội đàm với Đoàn … do Y dẫn đầu".
    for (const chain of ledChains) {
      // "Nhân dịp tham gia đoàn do X dẫn đầu …, Y đã hội đàm với Z": a delegation in a fronted
      // clause, closed by a comma before the subject the verb has, is the setting, not a side.
      if (subject && chain.at(-1)!.end <= subject[0]!.start && sentence.slice(chain.at(-1)!.end, subject[0]!.start).includes(',')) continue;
      add(chain);
    }
    // "X dẫn đầu Đoàn Việt Nam và Y dẫn đầu Đoàn Trung Quốc đã tiến hành hội đàm": delegation leaders as the subjects.
    if (word.kind !== 'visit') for (const leader of delegationLeaders(sentence, outside, word.start, rules)) add([leader]);
    // "Receiving X in Hanoi, Y said …", "Meeting with X, Y affirmed …", "During his meeting with X
    // in Lima, Peru, Y said …": a meeting word opening the sentence (or a setting or pointer
    // phrase that opens it) has its subject after the comma that ends the fronted clause.
    if (opensSentence(sentence, word.start, outside, rules, dates)) {
      const fronted = subjectAfterFrontedClause(sentence, word.end, outside, rules);
      // "Tại cuộc hội đàm giữa A và B …, hai bên …": a pair group after a meeting that named both its
      // sides is those two, not the pair the article told before.
      const pairOfNamed = fronted !== null && ids.size >= 2 && fronted.every((m) => m.kind === 'group' && rules.pairGroup.test(sentence.slice(m.start, m.end)));
      // "Đánh giá cao kết quả hội đàm giữa A và B, X đề nghị …": a noun that named both its sides
      // leaves out the one the sentence goes on about, as before it.
      if (!pairOfNamed && !bothSidesNamed()) add(fronted);
      // "At the talks, X thanked Y …", "Bước vào cuộc hội đàm, X chào mừng Y …": with nobody named
      // in the fronted clause, the person the subject's verb is about, right after it, is the other side.
      // (A meeting word of its own after the subject, "sau lễ đón, X hội đàm với Y", tells its own meeting.)
      if (fronted && (object.length === 0 || object[0] === fronted[0]) && !outside.some((m) => m.start < fronted[0]!.start)) {
        const other = objectAfter(sentence, fronted.at(-1)!.end, outside, rules, FRONTED_OBJECT_REACH);
        if (other.length > 0 && sentence.slice(fronted.at(-1)!.end, other[0]!.start).search(rules.meetingWord) < 0) add(other);
      }
    }
    // "hai Thủ tướng dẫn đầu đoàn … tiến hành hội đàm": a subject standing far from its meeting word.
    if (ids.size === 0) {
      const main = mainSubject(sentence, outside, word.start, word.kind, rules, setting);
      // "X hội kiến Y nhân dịp thăm Việt Nam", "X tiếp Y nhân dịp thăm …": a visit with no subject
      // of its own, after a meeting this sentence told with its host, is the guest's, not the host's.
      const guest = word.kind === 'visit' && main ? guestOfHost(main, result) : null;
      if (guest) guest.forEach((id) => ids.add(id));
      else add(main);
    }
    // "Bài đăng của Tổng thống Trump sau cuộc điện đàm với Tổng Bí thư Tô Lâm", "Trump's post after
    // the phone call with To Lam": a meeting told with its other side alone takes the one person
    // named before it as the owner of what the sentence is about.
    if (word.kind !== 'visit' && object.length > 0 && [...ids].every((id) => object.some((m) => m.leaderIds.includes(id)))) add(ownerBefore(sentence, word.start, outside, object, rules));
    // Who invited a visit hosts it: another telling's visit of theirs is not this one (same-meeting.ts).
    const inviters: string[] = [];
    if (word.kind === 'visit') {
      // Those of `chain` take part; all but `guests` invited.
      const invitedBy = (chain: readonly Mention[] | null, guests: readonly string[] = []): void => {
        add(chain);
        for (const m of chain ?? []) inviters.push(...m.leaderIds.filter((id) => !guests.includes(id)));
      };
      // "Nhận lời mời của X, Y thăm …": the host who invited.
      if (rules.invitedLead.test(sentence)) {
        const host = outside.find((m) => m.end <= word.start);
        // "Nhận lời mời của X và Phu nhân, Y và Phu nhân, Z thăm …": every inviter of the list,
        // which runs on to the guest, its last.
        if (host && rules.invitedBy.test(sentence.slice(0, host.start).trim())) {
          const chain = chainFrom(sentence, host, outside, rules).filter((m) => m.end <= word.start);
          invitedBy(chain, chain.length >= 2 ? chain.at(-1)!.leaderIds : []);
        }
      }
      // "Y thăm chính thức Hoa Kỳ theo lời mời của X", "Y attended … at the invitation of X".
      invitedBy(inviterAfter(sentence, word.end, outside, rules));
    }
    const before = sentence.slice(0, word.start);
    // "X and Y also attended the bilateral meeting": a meeting already told, with more people at it.
    const attends = !word.passive && rules.attendedBefore.test(sentence.slice(Math.max(0, word.start - 40), word.start) + (rules.nounMarkerLead.exec(sentence.slice(word.start, word.end))?.[0] ?? ''));
    const anaphoric = anaphorAt[index]! || attends;
    // An invitation to a reception told with its guest ("X mời Y dự tiệc trà") is the reception, held.
    // "Mr Obama's meeting with Mr Duterte, set for yesterday afternoon, was off": called off, no meeting.
    const toNextWord = sentence.slice(word.end, nextWordStart);
    if (rules.cancelledAfter.test(toNextWord) || rules.conditionalAfter.test(toNextWord)) return;
    // "the upcoming Leaders' Meeting and the Special Summit": the second noun shares the plan.
    // "is set to make a courtesy call on King X, and meet with Y": a predicate joined to a planned one,
    // its verb not a finite one ("and met with Y" tells a meeting held), shares the plan too.
    const sharesPlan =
      plannedEnd !== null &&
      ((rules.notYetShared.test(sentence.slice(plannedEnd, word.start)) && !outside.some((m) => m.start >= plannedEnd! && m.start < word.start)) ||
        (rules.conjunctionAtEnd.test(sentence.slice(plannedEnd, word.start)) && !/[;:.!?]/u.test(sentence.slice(plannedEnd, word.start)) && !rules.finiteMeetingVerb.test(sentence.slice(word.start, word.end))));
    // "X will meet Y and other leaders during the visit starting Monday": the setting of a meeting
    // still to come, in its clause, is still to come too.
    const settingOfPlan = plannedEnd !== null && !/[,;:]/u.test(sentence.slice(plannedEnd, word.start)) && (endsWith(lead, rules.settingBefore, rules) || endsWithMatch(lead, rules.pointerBefore));
    // "discussing Trump's state visit to China later this year": a time still to come in its phrase.
    const laterInPhrase = rules.laterAfter.test(toNextWord);
    if ((!invited && endsWithMatch(namesAsWords(before, outside), rules.notYetBefore) && !rules.invitedBy.test(before.trim())) || plannedSentence || sharedWith?.notYet || sharesPlan || settingOfPlan || laterInPhrase) {
      if (previous) previous.notYet = true;
      plannedEnd = word.end;
      // "While he was due to meet with Y for formal talks on Thursday, X was greeted by Y": the day
      // after a plan's word is the plan's, as it would be a held meeting's; no word past a comma takes it.
      for (const d of eventDates) if (d.start >= word.end && d.start < nextWordStart && !/[;,]/u.test(sentence.slice(word.end, d.start))) claimed.add(d);
      return;
    }
    // "Sáng 1/12, sau lễ đón …, X hội đàm …": a pointer clause between the opening date and the
    // meeting word does not take the date from it; nor does an occasion ("nhân dịp tham dự Hội nghị
    // Cấp cao ASEAN, X gặp Y").
    const previousTold = words.slice(0, index).filter((_, k) => !anaphorAt[k] && !occasionAt[k]).at(-1);
    // "chào mừng Y trong chuyến thăm tới Hà Nội ngày 12/11/2013": a welcome told with its occasion
    // takes the date its clause gives, after the occasion's words.
    const datePhrase =
      attachDate(sentence, word, nextWordStart, previousTold?.end ?? 0, eventDates.filter((d) => !(claimed.has(d) && sentence.slice(d.end, word.start).includes(','))), rules) ??
      (welcome ? (eventDates.find((d) => d.start >= word.end && !/;/u.test(sentence.slice(word.end, d.start))) ?? null) : null) ??
      occasionMonth(sentence, word, words[index + 1], eventDates, rules);
    // "… for formal bilateral meetings on Thursday, the prime minister was greeted by Y": a date
    // after one meeting word is that word's, not also that of the next one past a comma (in one
    // clause, "chào mừng Y trong chuyến thăm … ngày 12/11/2013", both share it).
    if (datePhrase && datePhrase.start >= word.end) claimed.add(datePhrase);
    const dayGiven = datePhrase !== null && (datePhrase.day !== null || datePhrase.weekday !== undefined || datePhrase.daysAgo !== undefined);
    const recalled =
      endsWithMatch(before.slice(-60), rules.recallBefore) ||
      (datePhrase !== null && !dayGiven) ||
      (!dayGiven && endsWithMatch(before.slice(-60), rules.recallDeterminerBefore));
    // "X đã gặp Y; Z; W", "X met Y as well as Z": each further person of a list after the object is met too, one meeting each.
    for (const { chain: extra, date } of [...objectList(sentence, object, outside, rules).map((chain) => ({ chain, date: null })), ...datedObjectList(sentence, object, outside, eventDates, rules)]) {
      const extraIds = extra.flatMap((m) => m.leaderIds).filter((id) => !ids.has(id));
      const subjectIds = (subject ?? (setting ? openingSubject(sentence, outside, rules, object[0]!, word.start) : null) ?? []).flatMap((m) => m.leaderIds);
      if (extraIds.length === 0 || subjectIds.length === 0) continue;
      result.push({
        host: word.kind === 'reception' ? subjectIds : word.kind === 'courtesy_call' ? extraIds : [],
        kind: word.kind,
        participants: [...new Set([...subjectIds, ...extraIds])],
        others: extra.flatMap((m) => (m.stranger ? [m.stranger] : [])),
        datePhrase: date ?? datePhrase,
        place: placeOf(sentence, word, outside, dates, rules),
        recalled,
        anaphoric: false,
      });
    }
    const idsOf = (chain: readonly Mention[] | null) => (chain ?? []).flatMap((m) => m.leaderIds);
    // "X đã có các cuộc trao đổi trực tuyến với A, B và C", "X held separate talks with A and B":
    // one meeting of X with each of them, not one of all four.
    // The subject is whoever the telling found besides those met (a subject far from the word included).
    const subjectIds = [...ids].filter((id) => !idsOf(object).includes(id));
    // "sau các chuyến thăm của A, B và C": visits of each, on their own (a visit needs no host).
    // "X had phone talks with A and B", "X điện đàm với A và B": a call is between two, so one each,
    // unless the telling says it joined them all ("trilateral", "ba bên").
    const saidSeparate =
      endsWith(lead, rules.separateBefore, rules) ||
      rules.separateAfter.test(sentence.slice(word.end, object[0]?.start ?? word.end)) ||
      // "X met A and B separately", "X received A and B respectively".
      (object.length >= 2 && rules.separateAfterObject.test(sentence.slice(object.at(-1)!.end))) ||
      // "X held bilateral talks with A of one country and B of another": a meeting of two sides, one
      // with each ("a bilateral meeting with the Lao Prime Minister and the Lao President" is one).
      (subjectIds.length >= 1 && ofSeveralCountries(object) && rules.bilateralMarker.test(sentence.slice(Math.max(0, word.start - BILATERAL_REACH), object[0]!.start)));
    const oneEach =
      saidSeparate ||
      // "X had meetings with A, B and C": a plural meeting word, one meeting each.
      (new Set(object.flatMap((m) => m.leaderIds)).size >= 2 && rules.pluralMeetingWord.test(sentence.slice(word.start, word.end))) ||
      ((ONE_TO_ONE_KINDS.has(word.kind) || manyCountries(object, subject, rules.occasionAnywhere.test(sentence) || rules.gatheringAnywhere.test(sentence)) || (word.kind === 'other' && subjectIds.length === 1 && officeHoldersInTurn(object))) &&
        !rules.multilateralMarker.test(sentence.slice(Math.max(0, word.start - 48), object[0]?.start ?? word.end)));
    // "Turkish Foreign Minister Hakan Fidan held separate meetings with A and B", the subject someone
    // the registry does not know: each met that person on their own, not one another (a titled
    // stranger is kept beside each, as a person the corpus found; an untitled one makes no meeting).
    // A pronoun or group before the word is a subject the article resolves later: "He held separate
    // meetings with A and B".
    const strangerSubject =
      saidSeparate &&
      subjectIds.length === 0 &&
      word.kind !== 'visit' &&
      new Set(idsOf(object)).size >= 2 &&
      !outside.some((m) => m.start < word.start && (m.kind === 'pronoun' || m.kind === 'group'));
    const subjectStrangers = strangerSubject ? [...others].filter((name) => !object.some((m) => m.stranger === name)) : [];
    if (strangerSubject && subjectStrangers.length === 0) return;
    // "The Malaysian Prime Minister had phone calls with A and B", its holder that day unknown to the
    // registry: someone met each of them, not they one another.
    const unknownSubject = subject !== null && subjectIds.length === 0 && subject.every((m) => m.kind === 'title' && m.leaderIds.length === 0 && !m.stranger);
    if (unknownSubject && oneEach && new Set(idsOf(object)).size >= 2) return;
    if ((subjectIds.length > 0 || word.kind === 'visit' || strangerSubject) && object.length >= 2 && oneEach) {
      // A person named and then given their role ("A, the Prime Minister of Thailand") is met once.
      const metAlready = new Set<string>();
      for (const one of object) {
        const otherIds = one.leaderIds.filter((id) => !subjectIds.includes(id));
        // A stranger met by a stranger: no meeting of the index's people.
        if (otherIds.length === 0 && (!one.stranger || strangerSubject)) continue;
        const key = one.stranger ?? otherIds.join(',');
        if (metAlready.has(key)) continue;
        metAlready.add(key);
        result.push({
          kind: word.kind,
          participants: [...new Set([...subjectIds, ...otherIds])],
          others: [...subjectStrangers, ...(one.stranger ? [one.stranger] : [])],
          datePhrase,
          place: placeOf(sentence, word, outside, dates, rules),
          recalled,
          anaphoric: false,
          host: word.kind === 'reception' ? subjectIds : word.kind === 'courtesy_call' ? otherIds : [],
          ...(welcome ? { welcomeAt: word.start } : {}),
          oneOfEach: true,
        });
      }
      return;
    }
    // "X đã lần lượt được A, B và C tiếp": received by each in turn, one reception each.
    if (received && subject && subject.length >= 2 && markerStart !== null && endsWith(sentence.slice(0, markerStart), rules.separateBefore, rules)) {
      for (const doer of subject) {
        if (doer.leaderIds.length === 0) continue;
        result.push({
          kind: word.kind,
          participants: [...new Set([...idsOf(received), ...doer.leaderIds])],
          others: [],
          datePhrase,
          place: placeOf(sentence, word, outside, dates, rules),
          recalled,
          anaphoric: false,
          host: word.kind === 'reception' ? [...doer.leaderIds] : [],
        });
      }
      return;
    }
    // "A and B separately received Y", "A and B met with Y respectively": one meeting of each with Y.
    // (Also "A, B và C đã gọi điện chúc mừng Y", callers of several countries: one call each.)
    const eachOfSubject = separateSubjects(sentence, subject, object, lead, word.passive === true, rules, word.kind);
    if (eachOfSubject) {
      const objectIds = idsOf(object);
      for (const one of eachOfSubject) {
        result.push({
          kind: word.kind,
          participants: [one, ...objectIds],
          others: object.flatMap((m) => (m.stranger ? [m.stranger] : [])),
          datePhrase,
          place: placeOf(sentence, word, outside, dates, rules),
          recalled,
          anaphoric: false,
          host: word.kind === 'reception' ? [one] : word.kind === 'courtesy_call' ? objectIds : [],
          ...(welcome ? { welcomeAt: word.start } : {}),
        });
      }
      return;
    }
    // "X said he was glad to see Y following their meeting in Tokyo in February": the owners of the
    // meeting are Y and the one other person the clause named before it, its subject. ("X received
    // Y and his delegation on the occasion of their official visit": a visit's owners are its visitors.)
    if (ids.size === 1 && word.kind !== 'visit' && rules.pairPossessiveBefore.test(before)) {
      const clauseOpen = Math.max(0, ...[';', ':'].map((mark) => before.lastIndexOf(mark) + 1));
      const others = [...new Set(outside.filter((m) => m.start >= clauseOpen && m.end <= word.start && m.leaderIds.length === 1).map((m) => m.leaderIds[0]!))].filter((id) => !ids.has(id));
      if (others.length === 1) ids.add(others[0]!);
    }
    // "Earlier, the prime minister had met A and B": a subject the article could not name met each
    // of them; A and B did not meet each other through this telling.
    const unnamedSubject = subject !== null && subject.length > 0 && subject.every((m) => m.leaderIds.length === 0 && m.stranger === undefined) && received === null;
    if (unnamedSubject && !word.passive && word.kind !== 'visit' && object.length >= 2 && [...ids].every((id) => object.some((m) => m.leaderIds.includes(id)))) return;
    // "Y was received by X": the doer after "by" is the host.
    const host = word.kind === 'reception' ? idsOf(word.passive ? object : subject) : word.kind === 'courtesy_call' ? idsOf(object) : [...new Set(inviters)];
    const heldOn = datePhrase !== null && datePhrase.start >= word.end && rules.heldOnGap.test(sentence.slice(word.end, datePhrase.start));
    result.push({
      kind: word.kind,
      participants: [...ids],
      others: [...others],
      datePhrase,
      place: placeOf(sentence, word, outside, dates, rules),
      recalled,
      anaphoric,
      host,
      ...(welcome ? { welcomeAt: word.start } : {}),
      ...(heldOn ? { heldOn } : {}),
      ...(attends ? { attends } : {}),
      ...(anaphoric && namesOwnSide(sentence, word.end, object) ? { namesSide: true } : {}),
      ...(ids.size === 0 && word.kind !== 'visit' && rules.pairPossessiveBefore.test(before) ? { pairOwned: true } : {}),
    });
  });
  return result;
}

/**
 * The people of a joint subject who each met the object on their own, when the telling says so
 * before the verb ("A and B separately received Y", "A và B lần lượt tiếp Y") or after the object
 * ("A and B met with Y respectively"); null otherwise, or with fewer than two of them.
 */
function separateSubjects(sentence: string, subject: readonly Mention[] | null, object: readonly Mention[], lead: string, passive: boolean, rules: LanguageRules, kind: MeetingKind): string[] | null {
  if (!subject || passive || object.length === 0) return null;
  // "A of one country, B of another and C of a third called Y": a call is between two, so one each.
  const callsOfSeveral = ONE_TO_ONE_KINDS.has(kind) && object.length === 1 && ofSeveralCountries(subject) && !rules.multilateralMarker.test(sentence);
  if (!callsOfSeveral && !endsWith(lead, rules.separateBefore, rules) && !rules.separateAfterObject.test(sentence.slice(object.at(-1)!.end))) return null;
  const objectIds = object.flatMap((m) => m.leaderIds);
  const each = [...new Set(subject.flatMap((m) => m.leaderIds))].filter((id) => !objectIds.includes(id));
  return each.length >= 2 ? each : null;
}

/** How many words a quoted phrase may hold and still be the writer's own words in quotes (a scare quote). */
const SCARE_QUOTE_WORDS = 6;

/**
 * The quotations whose meeting words are someone's speech, not the writer's telling: all but a
 * short quoted phrase with the other side right after its closing mark ("said he had “very
 * productive meetings” with Y", "có “cuộc gặp thân mật” với Y"). Papers quote a leader's own
 * adjectives inside their report of the meeting; the meeting is still told.
 */
function quotesHidingMeetings(sentence: string, quotes: readonly [number, number][], mentions: readonly Mention[], rules: LanguageRules): [number, number][] {
  return quotes.filter(([start, end]) => {
    const short = sentence.slice(start, end).trim().split(/\s+/u).length <= SCARE_QUOTE_WORDS;
    return !(short && rules.sharedLinkerAfter.test(sentence.slice(end)) && objectAfter(sentence, end, mentions, rules).length > 0);
  });
}

/**
 * The guest of the last meeting told before in the sentence whose host is `person` (the one called
 * on, the one who received): the others of that meeting. Null when `person` hosted none of them.
 */
function guestOfHost(person: readonly Mention[], told: readonly MeetingMention[]): string[] | null {
  const ids = person.flatMap((m) => m.leaderIds);
  if (ids.length === 0) return null;
  const hosted = told.filter((t) => ids.every((id) => t.host.includes(id))).at(-1);
  const guest = hosted?.participants.filter((id) => !hosted.host.includes(id)) ?? [];
  return guest.length > 0 ? guest : null;
}

/** Words a verb may take between the subject and the other side after a fronted meeting clause ("hoan nghênh và chào mừng", two syllables a verb). */
const FRONTED_OBJECT_REACH = 5;

/**
 * Two or more people each followed by a leading verb ("dẫn đầu", `ledByAfter`) and standing as
 * subjects (opening the sentence or a clause joined by a comma or a conjunction) before the
 * meeting word: the delegations' leaders, who meet. One alone is left to the other rules (its
 * meeting word may have an object of its own). None in a language whose leading verbs come before
 * the person ("led by X", handled by `ledOrChaired`).
 */
function delegationLeaders(sentence: string, mentions: readonly Mention[], wordStart: number, rules: LanguageRules): Mention[] {
  if (rules.descriptor.ledByAfter.length === 0) return [];
  const leaders = mentions.filter((m, i) => {
    if (m.end > wordStart || m.leaderIds.length === 0 || !rules.ledByAfter.test(sentence.slice(m.end))) return false;
    const lead = sentence.slice(i === 0 ? 0 : mentions[i - 1]!.end, m.start);
    return i === 0 ? lead.trim() === '' || lead.trimEnd().endsWith(',') : rules.chainJoiner.test(lead) || /[,;]\s*$/u.test(lead) || rules.conjunctionAtEnd.test(lead);
  });
  return leaders.length >= 2 ? leaders : [];
}

/** People who co-chair the meeting or lead a delegation to it ("do X dẫn đầu", "do X và Y đồng chủ trì", "với sự chủ trì của X"). */
function ledOrChaired(sentence: string, mentions: readonly Mention[], rules: LanguageRules): Mention[][] {
  const chains: Mention[][] = [];
  for (const m of mentions) {
    // "với sự chủ trì của X": chaired, said before the person alone.
    if (rules.chairedByBefore.test(sentence.slice(Math.max(0, m.start - 40), m.start))) {
      chains.push(chainFrom(sentence, m, mentions, rules));
      continue;
    }
    const reach = 24 + rules.descriptor.ledByRolesBefore * (LED_ROLE_REACH + 3);
    if (!rules.ledByBefore.test(sentence.slice(Math.max(0, m.start - reach), m.start))) continue;
    const chain = chainFrom(sentence, m, mentions, rules);
    // "do X dẫn đầu" needs the verb after the person (their roles may stand between); "led by X" says it before.
    const after = sentence.slice(chain.at(-1)!.end);
    if (rules.descriptor.ledByAfter.length === 0 || rules.ledByAfter.test(after) || rules.ledByAfterRoles.test(after)) chains.push(chain);
  }
  return chains;
}

/**
 * Whether the text ends with `pattern` ("… at a ", "… the "), modifiers of the meeting noun
 * allowed after it ("… in a bilateral ", "… the recent ").
 */
function endsWith(text: string, pattern: RegExp, rules: LanguageRules): boolean {
  for (;;) {
    if (endsWithMatch(text, pattern)) return true;
    const trimmed = replaceAtEnd(text, rules.subjectVerbFiller, ' ');
    if (trimmed === text) return false;
    text = trimmed;
  }
}

/**
 * Whether the meeting word at `start` opens its sentence: nothing before it (but a dateline), or only a setting or
 * pointer phrase opening the last clause before it ("During his ", "…, in a "), with nobody named
 * before it.
 */
function opensSentence(sentence: string, start: number, mentions: readonly Mention[], rules: LanguageRules, dates: readonly DatePhrase[]): boolean {
  const before = sentence.slice(0, start);
  // "TP - Hội đàm hôm qua tại Hà Nội, X và Y …": a dateline or an outlet's tag is not the sentence's.
  if (before.trim() === '' || rules.datelineLead.test(before)) return true;
  if (mentions.some((m) => m.start < start)) return false;
  if (settingPiecesOnly(before, dates, rules)) return true;
  // "In the June 15 telephone conversation, X …": a date inside the setting phrase is passed over.
  let undated = before;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) if (d.end <= start) undated = undated.slice(0, d.start) + undated.slice(d.end);
  const clause = undated.slice(undated.lastIndexOf(',') + 1).trimStart().replace(/\s+$/u, ' ');
  return endsWith(clause, rules.settingBefore, rules) || endsWithMatch(clause, rules.anaphorBefore);
}

/**
 * The one person named in a fronted occasion clause ("Nhân dịp đồng chí Y được bổ nhiệm …, ")
 * closed by a comma before `subjectStart`; null when it names none or several.
 */
function occasionPerson(sentence: string, subjectStart: number, mentions: readonly Mention[], rules: LanguageRules): Mention[] | null {
  // The person may be named again by a title in the clause ("… được bổ nhiệm làm Bộ trưởng Ngoại giao").
  const before = mentions.filter((m) => m.end <= subjectStart);
  if (before.length === 0 || new Set(before.flatMap((m) => m.leaderIds)).size !== 1 || before.some((m) => m.leaderIds.length !== 1)) return null;
  const m = before[0]!;
  if (!rules.occasionOpening.test(sentence.slice(0, m.start)) || !sentence.slice(m.end, subjectStart).includes(',')) return null;
  return [m];
}

/**
 * The side a verb between a subject and a meeting noun was shared "with" ("X discussed with Y …
 * at a bilateral meeting", "X trao đổi với Y … tại cuộc gặp"): the chain after the last such
 * linker in the span, if one stands right after it and ends before the noun.
 */
function sharedWithBefore(sentence: string, from: number, to: number, mentions: readonly Mention[], rules: LanguageRules): Mention[] | null {
  let at = -1;
  for (const m of matchesOf(sentence.slice(from, to), rules.sharedLinkerAnywhere)) at = from + m.index;
  if (at < 0) return null;
  const chain = objectAfter(sentence, at, mentions, rules, 1);
  return chain.length > 0 && chain.at(-1)!.end <= to ? chain : null;
}

/** Words a fronted piece of time may have besides its date phrase ("Chiều 6/8", "On Monday afternoon"). */
const TIME_PIECE_WORDS = 5;

/**
 * Whether `before` (the sentence's start) is only fronted pieces of time and place, each closed by a
 * comma: "Chiều 6/8, tại trụ sở Chính phủ, " before "tiếp X, Thủ tướng Y …", as "On Monday, in
 * Hanoi, " before "receiving X, Y said …". A piece of time holds a date phrase of the sentence
 * (`dates`) and a few words; a piece of place is the language's place phrase alone (`settingOnly`).
 */
function settingPiecesOnly(before: string, dates: readonly DatePhrase[], rules: LanguageRules): boolean {
  if (!/,\s*$/u.test(before)) return false;
  let at = 0;
  for (const piece of before.split(',').slice(0, -1)) {
    const start = at;
    at += piece.length + 1;
    if (rules.settingOnly.test(piece)) continue;
    const dated = dates.some((d) => d.start >= start && d.end <= start + piece.length);
    if (!dated || piece.trim().split(/\s+/u).length > TIME_PIECE_WORDS) return false;
  }
  return true;
}

/**
 * The subject the sentence opens with (after a fronted time or place ending in a comma, or a
 * dateline), when a verb follows it. With `before`, it must stand before that mention; with
 * `wordStart`, it may also be followed by a comma opening the clause of the meeting word
 * ("X, in a phone call with Y, said …").
 */
function openingSubject(sentence: string, mentions: readonly Mention[], rules: LanguageRules, before?: Mention, wordStart?: number): Mention[] | null {
  const first = mentions[0];
  if (!first || first === before || (before && first.start >= before.start)) return null;
  const lead = withoutOpeningQuotation(sentence.slice(0, first.start));
  // Nothing before it but a fronted phrase closed by a comma or a dateline; a bare title's own
  // article may stand there ("In a Facebook post, the Prime Minister said that during …"), and a
  // modifier of the title ("Tân Thủ tướng X …", "the newly elected Prime Minister X …").
  if (!rules.determinerOnly.test(replaceAtEnd(lead.slice(lead.lastIndexOf(',') + 1), rules.titleModifierAtEnd, '')) && !rules.datelineLead.test(lead) && !rules.passiveDoerLead.test(lead)) return null;
  const chain = chainFrom(sentence, first, mentions, rules);
  if (before && chain.includes(before)) return null;
  const end = chain.at(-1)!.end;
  if (/^\s+[\p{Ll}]/u.test(sentence.slice(end))) return chain;
  // "X, who was born in Kota Kinabalu, said it was an honour to represent Australia at talks with Y".
  const rest = wordStart !== undefined && wordStart > end ? sentence.slice(end, wordStart).replace(rules.relativeClauseOpening, '') : null;
  return rest !== null && /^\s*,[^,;]*$/u.test(rest) ? chain : null;
}

/** How many words may stand between an inverted speaker and the meeting noun of their setting ("at a bilateral"). */
const INVERTED_SETTING_WORDS = 5;

/**
 * The speaker of an inverted speech verb right before a setting meeting noun ("…, affirmed
 * Defence Minister X at a meeting with Y"): what they said was said at their meeting.
 */
function invertedSpeaker(sentence: string, wordStart: number, mentions: readonly Mention[], rules: LanguageRules): Mention[] | null {
  const last = mentions.filter((m) => m.end <= wordStart).at(-1);
  if (!last || !asideSpeaker(sentence, last, rules)) return null;
  const gap = sentence.slice(last.end, wordStart);
  return /[,;:]/u.test(gap) || gap.trim().split(/\s+/u).length > INVERTED_SETTING_WORDS ? null : [last];
}

/**
 * Whether the meeting word ending at `wordEnd` is followed by a side of its own (`object`): someone
 * the index knows or a stranger, no comma between ("Tại cuộc gặp Chủ tịch Quốc hội Thái Lan Y, …";
 * not "At the reception, Deputy PM X thanked …").
 */
function namesOwnSide(sentence: string, wordEnd: number, object: readonly Mention[]): boolean {
  return object.length > 0 && !sentence.slice(wordEnd, object[0]!.start).includes(',') && object.some((m) => m.leaderIds.length > 0 || Boolean(m.stranger));
}

/**
 * `lead` without the quotation it opens with when nothing but its closing comma follows it
 * ("“Japan and the Philippines are maritime nations,” Kishida said during a bilateral meeting
 * with Marcos"): the one who says it, right after, is the subject the sentence opens with.
 * Marks, not words: the same in every language.
 */
function withoutOpeningQuotation(lead: string): string {
  const opening = quotationRanges(lead).find(([start]) => lead.slice(0, start).trim() === '');
  return opening && /^[\s,]*$/u.test(lead.slice(opening[1])) && /,\s*[”"»]?\s*$/u.test(lead) ? '' : lead;
}

/**
 * The subject of a predicate joined to the sentence's first one by a conjunction ("X arrived in
 * Hanoi and was received by Y", "X đến Hà Nội và được Y đón tiếp"): the subject the sentence opens
 * with, when the text before `end` (after the fillers between a subject and its verb) ends with a
 * conjunction.
 */
function secondPredicateSubject(sentence: string, end: number, mentions: readonly Mention[], rules: LanguageRules, before: Mention | undefined, wordStart: number): Mention[] | null {
  const head = replaceAtEnd(replaceAtEnd(sentence.slice(0, end), rules.passiveBefore, ' '), rules.subjectVerbFiller, '');
  if (!rules.conjunctionAtEnd.test(head)) return null;
  return openingSubject(sentence, mentions, rules, before, wordStart);
}

/**
 * The subject of a meeting word opening a purpose clause ("X arrived at the palace on Tuesday to
 * meet with Y", "X đã tới Nara để hội đàm với Y"): the subject the sentence opens with, when
 * nobody is named between it and the purpose word ("X urged Y to meet Z": Y would be the one).
 */
function purposeSubject(sentence: string, end: number, mentions: readonly Mention[], rules: LanguageRules, wordStart: number): Mention[] | null {
  const head = sentence.slice(0, end);
  const marker = rules.purposeAtEnd.exec(head);
  if (!marker) return null;
  const opening = openingSubject(sentence, mentions, rules, undefined, wordStart);
  if (!opening) return null;
  const from = opening.at(-1)!.end;
  return mentions.some((m) => m.start >= from && m.start < marker.index) ? null : opening;
}

/**
 * Whether those one person met are office-holders each named with a title of their own, no two of
 * one office ("Wong met in Hanoi with President X, Prime Minister Y and Foreign Minister Z", "X gặp
 * nguyên Tổng Bí thư A và nguyên Thủ tướng B"): a round of calls, one meeting each, as a visitor
 * meets a country's leaders in turn. Not when the titles name two countries: that is a meeting of three.
 */
function officeHoldersInTurn(object: readonly Mention[]): boolean {
  if (object.length < 2 || object.some((m) => m.titles.length === 0 || m.leaderIds.length !== 1)) return false;
  // Of two countries ("X met Vietnamese leader A and Cambodian leader B"): the three of them met.
  if (new Set(object.flatMap((m) => (m.country ? [m.country] : []))).size > 1) return false;
  const offices = object.map((m) => m.titles.map((t) => t.office).sort().join(','));
  return new Set(offices).size === offices.length && new Set(object.map((m) => m.leaderIds[0])).size === object.length;
}

/**
 * Whether those met are of three countries or more, none the subject's, each its country named
 * with the title ("X also met Thai Prime Minister A, Myanmar's State Counsellor B, Vietnamese Prime
 * Minister C and Singaporean Prime Minister D during the summit"): a round of meetings, one each,
 * unless the telling says it joined them ("trilateral").
 */
function manyCountries(object: readonly Mention[], subject: readonly Mention[] | null, occasion: boolean): boolean {
  // A person the registry does not know, with a title of no country it reads ("Saudi Crown Prince
  // and Prime Minister X"), is one more item of the list, not a doubt about the others' countries.
  if (object.length < 2 || object.some((m) => m.country === null && m.stranger === undefined)) return false;
  const known = object.filter((m) => m.country !== null);
  const countries = new Set(known.map((m) => m.country));
  // "X met A of one country and B of another on the sidelines of the summit": at a gathering, two
  // leaders of two countries met are two sit-downs (three or more countries are, wherever told).
  const gathered = countries.size >= 2 && countries.size === known.length && occasion;
  return (countries.size >= 3 || gathered) && !(subject ?? []).some((m) => m.country !== null && countries.has(m.country));
}

/** Whether every person of `object` is told with a country, and not all with the same one. */
function ofSeveralCountries(object: readonly Mention[]): boolean {
  return object.length >= 2 && object.every((m) => m.country !== null) && new Set(object.map((m) => m.country)).size >= 2;
}

/** Whether a gap between two meeting words holds nothing but clause joiners ("; ", ", và ", " and also "). */
function joinsPredicates(gap: string, rules: LanguageRules): boolean {
  return /[,;]|\S/u.test(gap) && rules.predicateJoin.test(gap.replace(rules.subjectVerbFiller, ' '));
}

/** The positions of invitation phrases ("theo lời mời của ", "at the invitation of ") after `from`, in its clause. */
function invitationsAfter(sentence: string, from: number, rules: LanguageRules): number[] {
  const ends: number[] = [];
  for (const m of matchesOf(sentence, rules.invitedAnywhere)) {
    if (m.index < from || /;/u.test(sentence.slice(from, m.index))) continue;
    ends.push(m.index + m[0].length);
  }
  return ends;
}

/** How far before a host who owns the invitation its opening words may stand ("at ", "upon H.E. "). */
const OWNER_INVITATION_REACH = 24;

/** The host named right after an invitation phrase past a visit word, in its clause. */
function inviterAfter(sentence: string, from: number, mentions: readonly Mention[], rules: LanguageRules): Mention[] | null {
  for (const at of invitationsAfter(sentence, from, rules)) {
    const host = mentions.find((m) => m.start >= at);
    if (host && rules.inviterGap.test(` ${sentence.slice(at, host.start)}`)) return chainFrom(sentence, host, mentions, rules);
  }
  // "X paid an official visit to Vietnam at Son's invitation": the host owns the invitation.
  const owner = mentions.find(
    (m) =>
      m.start >= from &&
      !/;/u.test(sentence.slice(from, m.start)) &&
      rules.ownerInvitationAfter.test(sentence.slice(m.end)) &&
      endsWithMatch(sentence.slice(Math.max(0, m.start - OWNER_INVITATION_REACH), m.start), rules.ownerInvitationBefore),
  );
  return owner ? [owner] : null;
}

/**
 * Meeting words with attendance at an invitation added: "X tham dự Lễ duyệt binh … theo lời mời
 * của Y", "X attended the forum at the invitation of Y" is a visit to Y, told by the attend verb.
 * Only when no meeting word stands between the verb and the invitation.
 */
function withAttendance(sentence: string, words: KindHit[], skip: readonly [number, number][], rules: LanguageRules): KindHit[] {
  // `search`, not `test`: a global pattern's `test` moves its lastIndex, which `matchAll` then starts from.
  if (sentence.search(rules.invitedAnywhere) < 0) return words;
  const added: KindHit[] = [];
  for (const m of matchesOf(sentence, rules.invitedAnywhere)) {
    const clauseStart = Math.max(0, sentence.lastIndexOf(';', m.index) + 1);
    const verb = [...matchesOf(sentence.slice(clauseStart, m.index), rules.attendVerb)].at(-1);
    if (!verb) continue;
    const start = clauseStart + verb.index;
    const end = start + verb[0].length;
    if (skip.some(([a, b]) => start >= a && start < b) || words.some((w) => w.start >= start && w.start < m.index)) continue;
    added.push({ kind: 'visit', start, end });
  }
  return added.length === 0 ? words : [...words, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Welcome verbs that are not meeting words of their own ("chào mừng", "hoan nghênh"), as reception
 * words: whether they tell one is decided by their object (see `wholeGuest`).
 */
function withWelcomes(sentence: string, words: KindHit[], skip: readonly [number, number][], rules: LanguageRules): KindHit[] {
  const added: KindHit[] = [];
  for (const m of matchesOf(sentence, rules.welcomeVerb)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some(([a, b]) => start >= a && start < b) || words.some((w) => start < w.end && end > w.start)) continue;
    added.push({ kind: 'reception', start, end });
  }
  return added.length === 0 ? words : [...words, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Whether the person after a welcome verb is its whole object: nothing after them in their clause
 * but a time or place (a date, "in Hanoi") or the occasion ("on his visit", "trong chuyến thăm").
 */
function wholeGuest(sentence: string, object: readonly Mention[], dates: readonly DatePhrase[], rules: LanguageRules): boolean {
  const from = object.at(-1)?.end;
  if (from === undefined) return false;
  let tail = sentence.slice(from).split(/[,;:!?]|\.(?:\s|$)/u)[0]!;
  for (const d of dates) if (d.start >= from && d.end <= from + tail.length) tail = tail.slice(0, d.start - from) + ' '.repeat(d.end - d.start) + tail.slice(d.end - from);
  tail = tail.replace(rules.gapAdjunct, ' ');
  // "Emperor Akihito welcomed Quang in what may be his last state banquet": an occasion told by a
  // meeting word of its own in the clause (not the guest's own thing: "welcomed Y's proposal for
  // talks"; nor a visit, which is what a welcome is for: "welcomed Y for choosing Vietnam to visit").
  return tail.trim() === '' || rules.welcomeOccasion.test(tail) || (!rules.possessiveAfterName.test(tail) && findMeetingWords(tail, [], rules).some((w) => w.kind !== 'visit'));
}

/**
 * The guest of a reception told as a noun: the first person after the word, in its clause, right
 * after a beneficiary linker ("hosted a welcome ceremony in Hanoi on June 18 for visiting Y").
 */
function beneficiaryAfter(sentence: string, from: number, until: number, mentions: readonly Mention[], rules: LanguageRules): Mention[] {
  const next = mentions.find((m) => m.start >= from);
  if (!next || next.start > until) return [];
  // "in honour of his visiting New Zealand counterpart, Y": the name set off after the noun that introduces it.
  const gap = sentence.slice(from, next.start).replace(rules.counterpartCommaAtEnd, '$1 ');
  if (/[,;:]/u.test(gap) || !rules.beneficiaryBefore.test(gap)) return [];
  return chainFrom(sentence, next, mentions, rules);
}

/**
 * The guest a host invited to a reception told as a noun, right before it ("X invited Y to a tea
 * party", "X mời Y dự tiệc trà": Y), and where the inviting verb starts, the host's subject before it.
 */
function invitedGuest(sentence: string, wordStart: number, mentions: readonly Mention[], rules: LanguageRules): { guest: Mention[]; verbStart: number } | null {
  const last = mentions.filter((m) => m.end <= wordStart).at(-1);
  if (!last || !rules.inviteLinkerBetween.test(sentence.slice(last.end, wordStart))) return null;
  // The guest's whole chain ("Tổng Bí thư, Chủ tịch nước Tô Lâm và Phu nhân"): back to its first mention.
  let first = last;
  for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
    const chain = chainFrom(sentence, mentions[i]!, mentions, rules);
    if (chain.includes(last)) first = mentions[i]!;
    else break;
  }
  const verb = rules.inviteVerbAtEnd.exec(sentence.slice(0, first.start));
  if (!verb) return null;
  return { guest: chainFrom(sentence, first, mentions, rules), verbStart: verb.index };
}

/** Further objects listed after the first with ";" ("gặp X; Y; Z"): each a chain standing alone in its clause. */
function objectList(sentence: string, object: readonly Mention[], mentions: readonly Mention[], rules: LanguageRules): Mention[][] {
  const lists: Mention[][] = [];
  // Where the item before ends: its last mention, or the words no mention took after it.
  let cursor = object.at(-1)?.end;
  while (cursor !== undefined) {
    const from = cursor;
    const next = mentions.find((m) => m.start >= from);
    if (!next) break;
    const gap = sentence.slice(from, next.start);
    // "X met A as well as B before …": B met on their own, wherever the sentence goes on after.
    const joined = rules.separateListJoin.test(gap);
    if (!joined && !/^\s*;\s*$/u.test(gap)) break;
    const chain = chainFrom(sentence, next, mentions, rules);
    const end = chain.at(-1)!.end;
    if (joined) {
      lists.push(chain);
      cursor = end;
      continue;
    }
    // An item may end in words no mention took (", Chủ tịch Triều Tiên Kim Jong Un;"): it still stands alone.
    const tail = LIST_ITEM_TAIL.exec(sentence.slice(end));
    if (!tail) break;
    lists.push(chain);
    cursor = end + tail[0].length;
  }
  return lists;
}

/**
 * "X spoke with A on Thursday, B on Friday and C on Monday": people after the object each with a
 * day of their own, each met on that day. Only where the object has its own day right after it,
 * and every item is a person, its day, and a joiner ("," or a conjunction) before the next.
 */
function datedObjectList(
  sentence: string,
  object: readonly Mention[],
  mentions: readonly Mention[],
  dates: readonly DatePhrase[],
  rules: LanguageRules,
): { chain: Mention[]; date: DatePhrase }[] {
  const dayAfter = (end: number) => dates.find((d) => d.start >= end && sentence.slice(end, d.start).trim() === '');
  const items: { chain: Mention[]; date: DatePhrase }[] = [];
  let last = object.at(-1);
  let day = last === undefined ? undefined : dayAfter(last.end);
  while (last !== undefined && day !== undefined) {
    const next = mentions.find((m) => m.start >= day!.end);
    if (!next || !rules.chainJoiner.test(sentence.slice(day.end, next.start))) break;
    const nextDay = dayAfter(next.end);
    if (!nextDay) break;
    items.push({ chain: [next], date: nextDay });
    last = next;
    day = nextDay;
  }
  return items;
}

/** The rest of a list item before its ";": capitalised words (a title or name no mention took), or nothing. */
const LIST_ITEM_TAIL = /^(?:\s*,?\s*[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Ll}][\p{L}\p{M}]*)?)*(?=\s*(?:[;.]|$))/u;

/** One to three words written with capitals, as a title before a name is ("Minister", "Deputy Prime Minister"). */
const TITLE_WORDS_ONLY = /^[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,2}$/u;

/**
 * The mention chain right after the comma that ends a fronted clause past `from`, when a verb
 * follows it: the first comma a person follows ("… in Lima, Peru, Y said": a place's comma is
 * passed over).
 */
function subjectAfterFrontedClause(sentence: string, from: number, mentions: readonly Mention[], rules: LanguageRules): Mention[] | null {
  for (let comma = sentence.indexOf(',', from); comma >= 0; comma = sentence.indexOf(',', comma + 1)) {
    const first = mentions.find((m) => m.start > comma);
    if (!first) return null;
    // "…, hai Tổng thống A và B đã bàn về …": a counter may stand before the people it counts;
    // "…, the Cambodian premier said …": a determiner before a title.
    const gap = sentence.slice(comma + 1, first.start).trim();
    // "…, Minister Anh stressed …": a title in capitals the matcher left out of a later name's mention.
    const titleOfShort = first.kind === 'short' && TITLE_WORDS_ONLY.test(gap);
    if (gap !== '' && !titleOfShort && !rules.counterOnly.test(gap) && !(first.kind === 'title' && rules.determinerOnly.test(`${gap} `))) continue;
    const chain = chainFrom(sentence, first, mentions, rules);
    const rest = sentence.slice(chain.at(-1)!.end);
    // "…, X and his counterpart, Prime Minister Y, pledged …": a name set off by a comma closes with one.
    const setOff = chain.length >= 2 && /,\s*$/u.test(sentence.slice(chain.at(-2)!.end, chain.at(-1)!.start));
    return /^\s+[\p{Ll}]/u.test(rest) || (setOff && /^\s*,\s+[\p{Ll}]/u.test(rest)) ? chain : null;
  }
  return null;
}

/**
 * The visitor in a visit sentence whose subject stands far from "thăm": the last person named before
 * the visit word with nobody after them ("X và Phu nhân dẫn đầu Đoàn … thăm"), unless named as the
 * inviter ("Nhận lời mời của X, …") or as an owner ("… của X").
 */
/** The act between a subject and the person it is done to, before a setting meeting noun: up to six lowercase words. */
const SETTING_ACT = /^\s+(?:[\p{Ll}][\p{L}\p{M}'’-]*\s+){1,6}$/u;

function mainSubject(sentence: string, mentions: readonly Mention[], wordStart: number, kind: MeetingKind, rules: LanguageRules, setting = false): Mention[] | null {
  const last = mentions.filter((m) => m.end <= wordStart).at(-1);
  if (!last) return null;
  const before = sentence.slice(0, last.start);
  if (endsWithMatch(before, rules.possessiveBefore) || endsWithMatch(before, rules.sharedLinkerBefore) || rules.invitedBy.test(before.trim())) return null;
  // "Ngan said the visit would …", "X khẳng định chuyến thăm …": a visit inside what the subject
  // said is their topic, and as likely their guest's as theirs. (Talks or a summit spoken of are
  // ones the speaker took part in: "hai bên nhất trí triển khai kết quả Cuộc gặp cấp cao …".)
  if (kind === 'visit' && sentence.slice(last.end, wordStart).search(rules.speechVerb) >= 0) return null;
  // "X and Y attended a ceremony, where they …, before holding talks": a joint subject opening
  // the sentence is the subject of its later verbs too.
  const opening = openingSubject(sentence, mentions, rules);
  if (opening && opening.length > 1 && opening.includes(last)) return opening;
  // "X told Y during talks on Monday that …", "X thanked Y in a phone call …": a meeting noun that
  // is the setting of the subject's act with the person right after its verb is theirs.
  if (setting && opening && !opening.includes(last)) {
    const object = chainFrom(sentence, mentions[mentions.indexOf(opening.at(-1)!) + 1]!, mentions, rules);
    const verb = sentence.slice(opening.at(-1)!.end, object[0]!.start).replace(rules.subjectVerbFiller, '');
    // "X conveyed the commitment to Y during a telephone call": a few lowercase words of the act
    // between them, nothing else (no comma, no other person).
    if (object.includes(last) && SETTING_ACT.test(verb)) return [...opening, ...object];
  }
  return [last];
}

/**
 * A date phrase introduces the event that follows it ("Chiều 8/11, X hội đàm …"); one after
 * "vào"/"hồi"/"in" belongs to the meeting word before it ("chuyến thăm … vào tháng 6/2024").
 */
function attachDate(
  sentence: string,
  word: { start: number; end: number },
  nextWordStart: number,
  prevWordEnd: number,
  dates: readonly DatePhrase[],
  rules: LanguageRules,
): DatePhrase | null {
  // "had a meeting ahead of the formal talks on Thursday": a date after a plan's words is the plan's.
  const planned = (d: DatePhrase): boolean => endsWithMatch(sentence.slice(word.end, d.start), rules.notYetBefore);
  // "X spoke on Monday with Y": a date inside the meeting's phrase (meetingWordGapped) is its own.
  const inside = dates.find((d) => d.start > word.start && d.end < word.end);
  if (inside) return inside;
  // "In a phone call with Y, X affirmed that … ties which were formally established on November 24,
  // 1949": a date inside what a speech verb's introducer ("that", "rằng") opens is the content's,
  // not the meeting's ("…, the ministry said on Monday" dates the saying; "vowed to strengthen ties
  // with Y on October 26" is the meeting's day).
  // "tại cuộc gặp giữa X và Y, hai bên tái khẳng định cam kết … nhằm đạt 700 triệu USD vào năm 2030":
  // a date far into what a speech verb says is the content's too, introducer or none ("said on
  // Monday" dates the saying, the day right after the verb).
  const said = (d: DatePhrase): boolean =>
    [...matchesOf(sentence.slice(word.end, d.start), rules.speechVerb)].some((m) => {
      const content = sentence.slice(word.end + m.index + m[0].length, d.start);
      return rules.quoteIntroducer.exec(content)?.index === content.search(/\S/u) || content.trim().length > SAID_CONTENT_REACH;
    });
  const trailing = dates.find(
    (d) =>
      d.start >= word.end &&
      d.start < nextWordStart &&
      !/;/u.test(sentence.slice(word.end, d.start)) &&
      !planned(d) &&
      !said(d) &&
      (rules.eventDateBefore.test(sentence.slice(Math.max(0, d.start - 8), d.start)) ||
        rules.eventDateLead.test(d.text) ||
        // "… hội đàm với Y tại Washington ngày 27/10": in the meeting's own clause (no comma between).
        // "… received Y in Putrajaya yesterday": a day counted back, in the meeting's clause too; so
        // is a bare weekday, as the wires write it ("met Y in Bangkok Wednesday"), and a month counted
        // back ("met on the margins of the General Assembly in New York last month").
        ((rules.eventTimeLead.test(d.text) || d.daysAgo !== undefined || d.monthsAgo !== undefined || bareWeekday(d)) && !/,/u.test(sentence.slice(word.end, d.start))) ||
        // "… the phone call between X and Y (September 3, 2024)": a date in brackets, as the agencies date what they recall.
        /\(\s*$/u.test(sentence.slice(Math.max(0, d.start - 3), d.start))),
  );
  // "Tờ Times of India ngày 19/8 đưa tin, X mới đây đã có cuộc gặp với Y": a day told with the
  // report before the meeting, its verb right after it, is the report's, not the meeting's.
  // "X said Friday he spoke to Y": a day right after a speech verb is the saying's, not the meeting it tells.
  const reported = (d: DatePhrase): boolean => rules.reportAfterDate.test(sentence.slice(d.end, word.start)) || rules.speechVerbBeforeDate.test(sentence.slice(Math.max(0, d.start - SPEECH_VERB_REACH), d.start));
  const leading = dates.filter((d) => d.end <= word.start && d.start >= prevWordEnd && !reported(d)).at(-1);
  // "Chiều 07/12, X đã tiếp Y nhân dịp sang Việt Nam đồng chủ trì Hội nghị … từ ngày 5-7/12": a day
  // past an occasion's words is the occasion's; the meeting has its own day before it.
  if (trailing && leading && rules.occasionAnywhere.test(sentence.slice(word.end, trailing.start))) return leading;
  if (trailing) return trailing;
  if (leading) return leading;
  // "… đã có cuộc hội đàm chiều 8/11": a date right after the word, before anything else.
  return dates.find((d) => d.start >= word.end && d.start < nextWordStart && d.start - word.end < 40 && !planned(d)) ?? null;
}

/**
 * The month or year of the visit a meeting with no date of its own was held during, told in its
 * clause: "The two leaders had last met in New Delhi during the Bangladesh PM's visit to India in
 * April 2017" met then, at some day of it. A day (or days) is the visit's alone: which of them the
 * meeting took is not told.
 */
function occasionMonth(
  sentence: string,
  word: { end: number },
  next: { kind: MeetingKind; start: number; end: number } | undefined,
  dates: readonly DatePhrase[],
  rules: LanguageRules,
): DatePhrase | null {
  if (next === undefined || next.kind !== 'visit' || /[,;:]/u.test(sentence.slice(word.end, next.start)) || !rules.occasionAnywhere.test(sentence.slice(word.end, next.start))) return null;
  const d = dates.find((x) => x.start >= next.end && !/[,;:]/u.test(sentence.slice(next.end, x.start)));
  return d !== undefined && d.day === null && d.weekday === undefined && d.daysAgo === undefined && (d.month !== null || d.year !== null) ? d : null;
}

/** How far before a day its speech verb may start ("… reiterated "). */
const SPEECH_VERB_REACH = 24;

/** How far into what a speech verb says a date is the content's, not the meeting's, in characters. */
const SAID_CONTENT_REACH = 40;

/** A weekday named alone ("Wednesday"), no day, month or year with it. */
function bareWeekday(d: DatePhrase): boolean {
  return d.weekday !== undefined && d.day === null && d.month === null && d.year === null;
}

function placeOf(
  sentence: string,
  word: { kind: MeetingKind; start: number; end: number },
  mentions: readonly Mention[],
  dates: readonly DatePhrase[],
  rules: LanguageRules,
): string | null {
  for (const m of matchesOf(sentence, rules.placeAfterPreposition)) {
    const at = m.index + m[0].length - m[1]!.length;
    // "X in Hanoi held talks with Y": a place before the meeting word ends where the word begins.
    const told = at < word.start ? m[1]!.slice(0, word.start - at) : m[1]!;
    const place = told.replace(rules.placeStop, '').replace(/[\s,;.:)]+$/u, '');
    // A person or a title named after "tại" is not a place.
    if (mentions.some((x) => x.start < at + place.length && x.end > at)) continue;
    // "in March 2025", "at Tết": a time, not a place.
    if (dates.some((d) => d.start <= at && at < d.end)) continue;
    if (place.length > 1) return place;
  }
  // "paid a courtesy visit to Thailand": a call told as a trip has its destination too.
  if (word.kind === 'visit' || word.kind === 'courtesy_call') {
    const d = rules.destination.exec(sentence.slice(word.end));
    if (d) {
      const dest = d[1]!.replace(rules.placeLead, '');
      const at = word.end + d.index + d[0].length - d[1]!.length;
      if (!mentions.some((x) => x.start <= at && x.end > at)) return dest.replace(rules.placeStop, '');
    }
  }
  if (word.kind === 'visit') {
    // "chuyến thăm cấp Nhà nước của Tổng thống Putin đến Việt Nam": the destination after the visitor.
    const clause = sentence.slice(word.end).split(/[;]/u)[0] ?? '';
    const to = rules.destinationPreposition.exec(clause.slice(0, 120));
    if (to) {
      const at = word.end + to.index + to[0].length - to[1]!.length;
      const dest = to[1]!.replace(rules.placeLead, '').replace(rules.placeStop, '');
      if (!mentions.some((x) => x.start < at + dest.length && x.end > at)) return dest;
    }
  }
  return null;
}

/**
 * Whether `before` (a sentence up to a date) ends inside a since-phrase naming no meeting ("since his
 * inauguration as President on "): the date is then the day of what the phrase names. A meeting
 * word in the phrase ("since their talks on ") takes the date as its own, as a recalled meeting's.
 */
function sinceClauseHolds(before: string, rules: LanguageRules): boolean {
  const phrase = rules.sinceClause.exec(before.slice(-SINCE_CLAUSE_LOOKBACK));
  return phrase !== null && phrase[0].search(rules.meetingWord) < 0;
}

/** A capitalised word and a bracket it opens, still open at the end of a text: "… Azerbaijan (", "… Azerbaijan (25 và ". */
const NAME_THEN_BRACKET = /\p{Lu}[\p{L}\p{M}\d.'’-]*\s*\([^()]{0,24}$/u;

/** Whether a date stands in brackets opened after a name that is no person's, before every meeting word but a summit's. */
function inEventBracket(sentence: string, before: string, date: DatePhrase, mentions: readonly Mention[], words: readonly KindHit[]): boolean {
  if (!NAME_THEN_BRACKET.test(before) || !BRACKET_CLOSES.test(sentence.slice(date.end))) return false;
  const bracket = before.lastIndexOf('(');
  if (mentions.some((m) => m.end <= bracket && sentence.slice(m.end, bracket).trim() === '')) return false;
  return !words.some((w) => w.kind !== 'summit' && w.end <= bracket);
}

/** The rest of a bracket, closed: " - 18.1.2020)". */
const BRACKET_CLOSES = /^[^()]{0,24}\)/u;

/** How far before a meeting word its bilateral marker may stand, in characters ("held productive bilateral "). */
const BILATERAL_REACH = 24;

/**
 * The one person named before a meeting word, as an owner ("của X", "X's"), when nobody else (no
 * pronoun or group either) stands before the word: the side a meeting told with only its other
 * side belongs to. Null otherwise.
 */
function ownerBefore(sentence: string, wordStart: number, mentions: readonly Mention[], object: readonly Mention[], rules: LanguageRules): Mention[] | null {
  const before = mentions.filter((m) => m.end <= wordStart && !object.includes(m));
  if (before.length !== 1) return null;
  const owner = before[0]!;
  if (owner.leaderIds.length === 0) return null;
  const owned = rules.possessiveAfterName.test(sentence.slice(owner.end)) || endsWithMatch(sentence.slice(0, owner.start), rules.possessiveBefore);
  // "Thừa ủy quyền của X, Thứ trưởng Y có cuộc gặp với Z", "On the instructions of X, Deputy
  // Minister Y met Z": the owner's phrase closed by a comma before a capitalised word, the clause
  // after it has a subject of its own, whom the registry does not know; not the owner.
  if (owned && /,\s*\p{Lu}/u.test(sentence.slice(owner.end, wordStart))) return null;
  return owned ? [owner] : null;
}

/**
 * `text` (a sentence's opening) with each person named in it written as one word: "mời Tổng Bí
 * thư, Chủ tịch nước Y sang" reads as "mời Y sang", the comma between one person's titles no end
 * of the clause a plan's word reaches across.
 */
function namesAsWords(text: string, mentions: readonly Mention[]): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    if (m.start < at || m.end > text.length) continue;
    out += `${text.slice(at, m.start)}X`;
    at = m.end;
  }
  return out + text.slice(at);
}
