import { daysBefore, leaderById, type Registry } from '../registry';
import type { LanguageRules } from './language-rules';
import type { DatePhrase } from './date-phrases';
import { findDatePhrases } from './date-phrases';
import type { MeetingKind } from '../model/export-types';
import { extractMeetingMentions, type MeetingMention } from './extract-meetings';
import { extractStatements } from './extract-statements';
import { firstPersonMeetings } from './first-person-meetings';
import { continuedQuotation } from './continued-quotation';
import { headlineStatement } from './headline-statement';
import { pressHomeOf } from './press-home';
import { transcriptStatement } from './transcript-statement';
import { findMentions, newMentionContext, type Mention, type UnknownHolder } from './find-mentions';
import { findMeetingWords, isRemote, kindsCompatible, moreSpecificKind } from './meeting-kinds';
import { quotationRanges } from './speech-verbs';
import { sameMeeting, sameParticipants } from './same-meeting';
import type { LoadedNameTable } from '../names/name-table';
import { splitSentences } from './split-sentences';
import { evidenceOf } from './cut-long-sentence';
import { endsWithMatch } from './end-anchored';
import { chainFrom } from './subject-of';
import { checkRolledDay } from './rolled-day';
import { groupOffices, heldAny } from './group-offices';
import { earliestHeldDay, livingSides } from './living-sides';
import { visitsToldBySitDowns } from './visits-told-as-sit-downs';

/** One paragraph of a cleaned article (the title is paragraph 0). */
export interface ArticleParagraph {
  text: string;
  line: number;
  /** A photo caption: it repeats who is pictured and must not change who "Ông" refers to. */
  caption?: boolean;
}

/** When a meeting happened, as precisely as the text says. */
export interface MeetingWhen {
  /** First day, YYYY-MM-DD, when the day is known. */
  date: string | null;
  /** Last day of a multi-day meeting ("từ ngày 1 đến 2/12"). */
  dateEnd: string | null;
  /** YYYY-MM when only the month is given ("tháng 6/2024"); YYYY when only the year. */
  approx: string | null;
  inferred: boolean;
}

export interface ArticleMeeting {
  kind: MeetingKind;
  participants: string[];
  /** Who received the others, where a telling said ("the host" refers to them). */
  host: string[];
  /** Office-holders the registry does not know, as written. */
  others: string[];
  when: MeetingWhen;
  place: string | null;
  status: 'reported' | 'referenced';
  evidence: string;
  line: number;
}

export interface ArticleQuote {
  speakers: string[];
  text: string;
  kind: 'direct' | 'reported' | 'joint';
  /** Index into the article's meetings. */
  meeting: number | null;
  evidence: string;
  line: number;
}

export interface ArticleFacts {
  meetings: ArticleMeeting[];
  quotes: ArticleQuote[];
  unknown: { name: string; title: string; offices: string[]; country: string | null; evidence: string; line: number }[];
  /** Every leader the article refers to, in order of first reference. */
  leaders: string[];
}

export interface ArticleDateInfo {
  date: string | null;
  inferred: boolean;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The longest span of days a range may cover for a weekday in the same sentence to be read inside it: one week. */
const WEEK_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * "X met Y on Monday as part of her visit from June 26 to 28": a weekday told in a sentence that
 * gives a range of days a week long or less, the article's own day inside it (the visit under way
 * as the article was written; one dated from the text may be dated the range's first day), is the
 * day of that name inside the range. Undefined when the phrase is no weekday, or no such range
 * holds the article's day and that weekday ("on Monday, ahead of the summit from June 26 to 28").
 */
export function weekdayInRange(phrase: DatePhrase, sentenceDates: readonly DatePhrase[], article: ArticleDateInfo): MeetingWhen | undefined {
  if (phrase.weekday === undefined) return undefined;
  for (const range of sentenceDates) {
    if (range.dayEnd === undefined || range.month === null) continue;
    const span = resolveEventDate(range, article);
    if (!span.date || !span.dateEnd) continue;
    const first = Date.parse(`${span.date}T00:00:00Z`);
    const days = (Date.parse(`${span.dateEnd}T00:00:00Z`) - first) / DAY_MS;
    if (days < 0 || days >= WEEK_DAYS || !article.date || article.date < span.date || article.date > span.dateEnd) continue;
    // Days from the range's first to the weekday asked for (getUTCDay: 0 = Sunday; weekday: 1 = Monday).
    const ahead = (phrase.weekday - new Date(first).getUTCDay() + 7) % 7;
    if (ahead <= days) return { date: new Date(first + ahead * DAY_MS).toISOString().slice(0, 10), dateEnd: null, approx: null, inferred: span.inferred };
  }
  return undefined;
}

/** How many days after its page's date a day without a year may be and still be of the page's year. */
const PAGE_DAY_SLACK = 2;

/**
 * The date of an event phrase inside an article: a day/month without a year takes the article's
 * year, or the year before when that would put it after the article (news reports the past).
 */
export function resolveEventDate(phrase: DatePhrase, article: ArticleDateInfo): MeetingWhen {
  const none: MeetingWhen = { date: null, dateEnd: null, approx: null, inferred: false };
  if (phrase.weekday !== undefined) {
    // "on Thursday": the last Thursday up to the article's day (the day itself included: news
    // of the same day says "on Thursday" too).
    if (!article.date) return none;
    const day = new Date(`${article.date}T00:00:00Z`);
    const back = (day.getUTCDay() + 6 - (phrase.weekday - 1)) % 7; // getUTCDay: 0 = Sunday
    day.setUTCDate(day.getUTCDate() - back);
    return { ...none, date: day.toISOString().slice(0, 10), inferred: article.inferred };
  }
  if (phrase.daysAgo !== undefined) {
    // "yesterday", "chiều qua": counted back from the article's day.
    return article.date ? { ...none, date: daysBefore(article.date, phrase.daysAgo), inferred: article.inferred } : none;
  }
  if (phrase.monthsAgo !== undefined) {
    // "last month", "earlier this month": counted back from the article's month.
    if (!article.date) return none;
    const month = new Date(`${article.date.slice(0, 7)}-01T00:00:00Z`);
    month.setUTCMonth(month.getUTCMonth() - phrase.monthsAgo);
    return { ...none, approx: month.toISOString().slice(0, 7), inferred: article.inferred };
  }
  const articleYear = article.date ? Number(article.date.slice(0, 4)) : null;
  // "last year", "November last year": counted back from the article's year.
  const counted = phrase.yearsAgo !== undefined && articleYear !== null ? articleYear - phrase.yearsAgo : null;
  if (phrase.month === null) {
    if (phrase.year !== null) return { ...none, approx: String(phrase.year) };
    return counted !== null ? { ...none, approx: String(counted), inferred: article.inferred } : none;
  }
  if (phrase.day === null) {
    const mm = String(phrase.month).padStart(2, '0');
    if (phrase.year !== null) return { ...none, approx: `${phrase.year}-${mm}` };
    if (counted !== null) return { ...none, approx: `${counted}-${mm}`, inferred: article.inferred };
    // "in November": the last November up to the article's month (news reports the past).
    if (!article.date || articleYear === null) return none;
    const year = `${articleYear}-${mm}` > article.date.slice(0, 7) ? articleYear - 1 : articleYear;
    return { ...none, approx: `${year}-${mm}`, inferred: true };
  }
  // "Oct 20 last year": the day in the year counted back, as "November last year".
  let year = phrase.year ?? counted;
  let inferred = phrase.year === null && counted !== null ? article.inferred : false;
  if (year === null) {
    if (!article.date) return none;
    year = Number(article.date.slice(0, 4));
    // A day after the page's is last year's ("ngày 28/12" in January), unless it is a day or two
    // after it: a page dated a day early (its time zone, a stored date line) telling "sáng 17/9".
    const ahead = iso(year, phrase.month, phrase.day);
    if (ahead > article.date && (Date.parse(ahead) - Date.parse(article.date)) / DAY_MS > PAGE_DAY_SLACK) year -= 1;
    inferred = article.inferred;
  }
  const date = iso(year, phrase.month, phrase.day);
  const dateEnd =
    phrase.dayEnd !== undefined ? iso(year, phrase.monthEnd ?? phrase.month, phrase.dayEnd) : null;
  return { date, dateEnd, approx: null, inferred };
}

/**
 * Reads one cleaned article and tells its meetings, quotes and unknown office-holders.
 * `paragraphs[0]` is the title. The article date decides who a bare title means.
 */
export function analyseArticle(
  paragraphs: readonly ArticleParagraph[],
  articleDate: ArticleDateInfo,
  registry: Registry,
  table: LoadedNameTable,
  rules: LanguageRules,
  /** The article's address, if known: its country-code domain tells whose press it is (press-home.ts). */
  url?: string,
): ArticleFacts {
  const home = pressHomeOf(url, registry, rules.descriptor.pressCountries);
  const first = readArticleOnce(paragraphs, articleDate, registry, table, rules, undefined, home);
  // "Đồng chí Đỗ Văn Chiến (trái) đến chào xã giao …" above the story that titles him: a name
  // ordinary people also bear, passed over before its evidence, counts once the article gives it
  // anywhere (as on the page). Read again only then, with those people known from the start.
  const evidenced = first.passedOver.filter((id) => first.facts.leaders.includes(id));
  if (evidenced.length === 0) return first.facts;
  return readArticleOnce(paragraphs, articleDate, registry, table, rules, new Set(evidenced), home).facts;
}

function readArticleOnce(
  paragraphs: readonly ArticleParagraph[],
  articleDate: ArticleDateInfo,
  registry: Registry,
  table: LoadedNameTable,
  rules: LanguageRules,
  evidenced: ReadonlySet<string> | undefined,
  home: string,
): { facts: ArticleFacts; passedOver: string[] } {
  const ctx = newMentionContext(registry, articleDate.date, rules, home);
  if (evidenced) ctx.evidenced = evidenced;
  const countryOf = (id: string): string | undefined => leaderById(registry, id)?.country;
  const meetings: ArticleMeeting[] = [];
  const quotes: ArticleQuote[] = [];
  const unknown: ArticleFacts['unknown'] = [];
  const leaders: string[] = [];
  let lastPerson: string | null = null;
  let lastSubject: string[] | null = null;
  let lastSubjectChain: string[] | null = null;
  // The one speaker of the article's latest direct quotation: whose words a paragraph opening a
  // quotation it never closes continues ("“In this summit, I also had a bilateral meeting with …").
  let lastDirectSpeaker: string | null = null;
  let currentMeeting: number | null = null;
  // When each meeting was last told (a running count of tellings): "Tại cuộc gặp" points to the
  // latest telling, which is not the latest meeting when an earlier one is told again.
  const toldAt: number[] = [];
  // Which meetings a photo caption told first: a call told after one is not what the photo shows.
  const fromCaption: boolean[] = [];
  let tellings = 0;
  // The people named one by one, latest last, with the sentence that last named each.
  let recent: { id: string; sentence: number }[] = [];
  let sentenceCount = 0;
  // The day of the last sit-down told with a day (a reception, talks), met or not: what a pointer in the next sentence ("Ngay sau lễ đón, …") may mean.
  let lastSitDownDay: { when: ArticleMeeting['when']; sentence: number } | null = null;
  // Who hosted the reception told last, met or not: "the host" when the meeting names none.
  let lastHost: string[] | null = null;

  // The one speaker whose direct quotation the paragraph before ended with, else null.
  let endedWithDirect: string | null = null;
  // Offices held by people the index does not know, titled without a country ("Prime Minister Imran Khan").
  const officesOfStrangers = new Set<string>();
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const subjectBeforeCaption = lastSubject;
    const continued = opensUnclosedQuotation(paragraph.text) ? lastDirectSpeaker : null;
    const carried = endedWithDirect;
    endedWithDirect = null;
    // The speaker whose transcript turn this paragraph opened with ("ANTHONY ALBANESE, PRIME
    // MINISTER: It was great … Here today we discussed …"): the turn runs to the paragraph's end.
    let turnSpeakers: string[] | null = null;
    for (const [sentenceInParagraph, sentence] of splitSentences(paragraph.text).entries()) {
      const text = sentence.text;
      // The sentence as written, or the piece of an over-long one with its cut marks.
      const evidence = evidenceOf(sentence);
      ctx.focus = lastPerson;
      const found = findMentions(text, ctx, table);
      const strangers = found.unknown;
      // "Prime Minister Imran Khan … . Welcoming Y, the prime minister said …": a bare title after a
      // holder of that office the index does not know, named without a country, is that holder's,
      // not the home country's, whom the article has not named.
      const mentions = found.mentions.map((m) =>
        m.kind === 'title' && m.leaderIds.length > 0 && m.country === null && m.titles.some((t) => officesOfStrangers.has(t.office)) && !m.leaderIds.some((id) => leaders.includes(id))
          ? { ...m, leaderIds: [] }
          : m,
      );
      for (const s of strangers) {
        unknown.push({ name: s.name, title: s.title, offices: s.offices, country: s.country, evidence, line: paragraph.line });
        if (s.country === null) for (const office of s.offices) officesOfStrangers.add(office);
      }
      const current = currentMeeting === null ? null : meetings[currentMeeting]!;
      // A group's sides: the meeting being told, or, when that one names a single person ("X's
      // first visit to Vietnam"), the last meeting of two or more the article reported.
      const sides = current !== null && current.participants.length >= 2 ? current : lastMeetingOfSides(meetings, toldAt);
      // "During the summit, the two leaders agreed …" after talks of two others: the group is not
      // those talks' sides, a meeting of another kind being pointed at.
      // (Only a group reads its sides: the sentence is searched for those words only when it has one.)
      const pointedSides =
        sides !== null && mentions.some((m) => m.kind === 'group') && pointedKinds(text, rules).some((k) => !kindsCompatible(k, sides.kind)) ? null : sides;
      // "The foreign ministers agreed …" after the foreign minister met the president: the group's
      // title names an office the sides do not all hold; the last meeting whose sides all held it, if any.
      const groupSides = pointedSides === null ? null : sidesHoldingGroupOffice(pointedSides, text, mentions, meetings, toldAt, (ids, offices) => ids.every((id) => heldAny(registry, id, offices, articleDate.date)), (group) => groupOffices(group, rules, registry));
      // "The two prime ministers …": of those named who held that office, not any last two; the
      // only two the article named, however far back, else the last two named nearby.
      // A pair that met stands for two sides: two of one country ("The President, accompanied by
      // Foreign Minister Y, …; both leaders' luncheon") are one side, and the pair is not read.
      const pairOf = (group: Mention): string[] | null => {
        const offices = groupOffices(text.slice(group.start, group.end), rules, registry);
        if (offices.length === 0) return twoSides(recentPair(recent, sentenceCount), countryOf);
        const holders = recent.filter((r) => heldAny(registry, r.id, offices, articleDate.date));
        return twoSides(holders.length === 2 ? holders.map((r) => r.id) : recentPair(holders, sentenceCount), countryOf);
      };
      const paired = resolveReferences(text, mentions, lastPerson, lastSubjectChain, current, groupSides, pairOf, lastHost, rules, countryOf, ctx.named);
      sentenceCount++;
      for (const m of mentions) {
        if (m.kind === 'pronoun' || m.kind === 'group' || m.kind === 'host' || m.kind === 'guest' || m.leaderIds.length !== 1) continue;
        const id = m.leaderIds[0]!;
        recent = [...recent.filter((r) => r.id !== id), { id, sentence: sentenceCount }];
      }
      for (const m of mentions) for (const id of m.leaderIds) if (!leaders.includes(id)) leaders.push(id);

      const dates = findDatePhrases(text);
      let anaphorHere: number | null = null;
      let toldHere: number | null = null;
      // The meeting this sentence tells, reported or recalled ("X earlier met Y, during which …").
      let toldInSentence: number | null = null;
      // A name written without a title ("… và người đồng cấp Nhật Bản Shigeru Ishiba") is of the
      // country the registry gives that one person: what tells one bilateral meeting with each of
      // several countries' people from one meeting of them all.
      const placed = mentions.map((m) => {
        const country = m.country === null && m.titles.length === 0 && m.leaderIds.length === 1 ? countryOf(m.leaderIds[0]!) : undefined;
        return country === undefined ? m : { ...m, country };
      });
      const told = [...extractMeetingMentions(text, placed, dates, rules), ...firstPersonMeetings(text, mentions, lastSubject, dates, rules, continued)];
      // "It followed their talks in Vientiane in October": a meeting of the pair the story is about
      // (the two people of two countries it named last), told with a day of its own and no name.
      for (const mm of told) {
        // A day or a month, not "this year" ("their third meeting this year" is the one told).
        if (!mm.pairOwned || mm.participants.length > 0 || mm.datePhrase === null || (mm.datePhrase.day === null && mm.datePhrase.month === null)) continue;
        const pair = twoSides(recentPair(recent, sentenceCount), countryOf);
        if (pair) mm.participants = [...pair];
      }
      // "Ra đón đoàn tại sân bay có: A; B": the delegation welcomed is the one whose visit the story tells (its latest).
      for (const mm of told) {
        if (!mm.travellerGuest) continue;
        const visit = meetings.filter((e) => e.kind === 'visit' && e.status === 'reported').at(-1);
        const travellers = visit ? visit.participants.filter((id) => !visit.host.includes(id) && !mm.participants.includes(id)) : [];
        if (travellers.length > 0) mm.participants = [...travellers, ...mm.participants];
      }
      // The one the story is about, to stand beside a side named alone: of another country than that
      // side (a compatriot is no other side), and of the last meeting the last person took part in,
      // the one the article named first ("Thủ tướng Phúc gặp Trump …; … Trump khẳng định …. Trong
      // cuộc gặp với Tập Cận Bình, hai nhà lãnh đạo …": Phúc, not Trump).
      // With no last person (a sentence of two sides before), the last meeting told.
      const storyPerson = (side: string, last: string | null): string | null => {
        const own = countryOf(side);
        if (last !== null && own !== undefined && countryOf(last) === own) return null;
        const latest = meetings.filter((e) => e.status === 'reported' && (last === null || e.participants.includes(last))).at(-1);
        const pool = (latest?.participants ?? (last === null ? [] : [last])).filter((id) => id !== side && (own === undefined || countryOf(id) !== own) && leaders.includes(id));
        if (pool.length === 0) return last;
        return [...pool].sort((a, b) => leaders.indexOf(a) - leaders.indexOf(b))[0]!;
      };
      // "In a telephone conversation with X on Tuesday, the two leaders discussed …": a meeting
      // with one side named and a pair group no meeting explains; the other is the one the story is about.
      const unexplainedPair = mentions.some((m) => m.kind === 'group' && m.leaderIds.length === 0 && rules.pairGroup.test(text.slice(m.start, m.end)));
      const pairFilled = new Set<(typeof told)[number]>();
      if (unexplainedPair) {
        for (const mm of told) {
          if (mm.kind === 'visit' || mm.participants.length !== 1 || mm.others.length > 0 || (lastPerson !== null && mm.participants.includes(lastPerson))) continue;
          // "giữa X và Thượng tướng Y": a second side named, though unknown, is the other one.
          const side = mentions.find((m) => m.leaderIds.includes(mm.participants[0]!));
          if (side === undefined || rules.sideJoinedAfter.test(text.slice(side.end))) continue;
          const other = storyPerson(mm.participants[0]!, lastPerson);
          if (other === null) continue;
          mm.participants = [other, ...mm.participants];
          pairFilled.add(mm);
        }
      }
      for (const mm of told) {
        if (mm.anaphoric) {
          // "Tại cuộc hội đàm, …", "Kết thúc hội đàm, …": back to the latest such meeting.
          // Those named in the clause after it first ("Tại cuộc gặp, X và Y …"), else the latest such
          // meeting whoever took part (others present at a meeting already told).
          const pointed = (withPeople: boolean): number => {
            let best = -1;
            meetings.forEach((e, i) => {
              if (e.status !== 'reported' || !kindsCompatible(e.kind, mm.kind)) return;
              if (withPeople && !sameParticipants(e.participants, mm.participants)) return;
              // "During the meeting with Y, the two leaders …" (its other side the one the story is
              // about, unexplainedPair): not a meeting Y was no side of, such as X's visit alone.
              if (pairFilled.has(mm) && !mm.participants.every((id) => e.participants.includes(id))) return;
              // "During the meeting with Y, X said …" in the story of X's visit: a sit-down of two
              // named sides is no visit that one of them was no side of.
              if (e.kind === 'visit' && mm.kind !== 'visit' && mm.participants.length >= 2 && !mm.participants.every((id) => e.participants.includes(id))) return;
              if (best < 0 || toldAt[i]! >= toldAt[best]!) best = i;
            });
            return best;
          };
          const withNamed = mm.participants.length > 0 && mm.attends !== true ? pointed(true) : -1;
          const latest = withNamed >= 0 || pairFilled.has(mm) ? withNamed : pointed(false);
          // "Tại cuộc gặp Chủ tịch Quốc hội Thái Lan Y, X …" after X's meeting with Z: a pointer naming
          // its own other side, sides of two countries, one of them no side of the meeting pointed
          // back to, tells a meeting of its own ("At the reception, X thanked Y …" names none).
          const ownSides =
            latest >= 0 && withNamed < 0 && mm.namesSide === true && mm.attends !== true && !pairFilled.has(mm) && new Set(mm.participants.map(countryOf)).size >= 2 &&
            mm.participants.some((id) => !meetings[latest]!.participants.includes(id));
          const k = ownSides ? -1 : latest;
          if (k >= 0) {
            currentMeeting = k;
            anaphorHere = k;
            // "X and Y also attended the bilateral meeting": they were at it.
            if (mm.attends) for (const id of mm.participants) if (!meetings[k]!.participants.includes(id)) meetings[k]!.participants.push(id);
            // "The call took place on March 4": the day of the meeting pointed at.
            if (mm.heldOn) dateHeldOn(meetings[k]!, mm, articleDate);
          }
          // "At the summit, X and Y agreed …" with no such meeting told before: it is told here,
          // unless the clause tells a meeting of the same people in words of its own ("Following
          // the welcome ceremony, X and Y held a bilateral meeting": that meeting, not a reception).
          if (k >= 0 || mm.participants.length < 2) continue;
          if (told.some((o) => o !== mm && !o.anaphoric && sameParticipants(o.participants, mm.participants))) continue;
        }
        // "Cuộc điện đàm diễn ra ngày 25-10", "The call took place on Saturday": a meeting word that
        // names nobody and says when it took place dates the meeting being told, though a lead gave it a
        // day close by (the report's: "Ngày 26-10, theo Đài NHK, X có cuộc điện đàm với Y").
        if (mm.participants.length === 0 && mm.heldOn && currentMeeting !== null) dateHeldOn(meetings[currentMeeting]!, mm, articleDate);
        if (mm.participants.length === 0) continue; // a meeting of strangers only is not ours to tell
        // "John Key told the Cambodian premier of his visit to Cambodia": a leader does not visit their
        // own country; a visit whose every side is of the country it went to names its host only.
        // The country a trip's place names (read once for both rules below).
        const destination = mm.kind === 'visit' || mm.kind === 'courtesy_call' ? placeCountry(mm.place, registry) : undefined;
        if (mm.kind === 'visit' && onlyHosts(mm.participants, destination, registry)) continue;
        // "Chuyến thăm được thực hiện theo lời mời của X và Y", "The visit was made at the invitation of X": a
        // visit whose only sides are those who invited it names no visitor; its hosts did not meet each other.
        if (mm.kind === 'visit' && mm.host.length > 0 && mm.participants.every((id) => mm.host.includes(id))) continue;
        // "President Murmu and Prime Minister Modi received the visiting delegation", "X và Y tiếp
        // đoàn đại biểu": hosts of one country who received together someone we do not name did
        // not meet each other (hosts of two countries at one banquet did).
        if (mm.kind === 'reception' && mm.host.length >= 2 && mm.others.length === 0 && mm.participants.every((id) => mm.host.includes(id)) && new Set(mm.participants.map(countryOf)).size === 1) continue;
        // "X accompanied Prime Minister Y in a courtesy visit to Thailand", "X and Y visited Laos": people
        // of one country who went abroad together (a visit with no host told; a courtesy call "on"
        // none but a compatriot) are each a visitor; they did not meet.
        if ((mm.kind === 'courtesy_call' || (mm.kind === 'visit' && mm.host.length === 0)) && mm.others.length === 0 && travelledTogether(mm.participants, destination, registry)) {
          const [first, ...rest] = mm.participants;
          mm.kind = 'visit';
          mm.participants = [first!];
          mm.host = [];
          for (const id of rest) told.push({ ...mm, participants: [id] });
        }
        let when = mm.datePhrase ? weekdayInRange(mm.datePhrase, dates, articleDate) ?? resolveEventDate(mm.datePhrase, articleDate) : { date: null, dateEnd: null, approx: null, inferred: false };
        // A day rolled back a year to before its people held any office: the page's day came first.
        if (mm.datePhrase) when = checkRolledDay(when, mm.datePhrase, articleDate.date, mm.participants, registry);
        // "Cùng ngày, …": the day of the meeting the article has just told.
        if (!when.date && !when.approx && rules.sameDay.test(text)) {
          const told = meetings.filter((e) => e.status === 'reported' && e.when.date).at(-1);
          if (told) when = { ...told.when, dateEnd: null };
        }
        // "Ngay sau lễ đón, X hội đàm với Y", "Following the talks, X and Y held a joint press
        // conference": a meeting told after a pointer to a sit-down just told (hours long, unlike a
        // visit or a summit) took place that day.
        const afterPointer = rules.afterPointerOpens.test(text);
        const pointedAt = anaphorHere === null || !afterPointer ? null : meetings[anaphorHere]!;
        if (!when.date && !when.approx && pointedAt?.when.date && pointedAt.kind !== 'visit' && pointedAt.kind !== 'summit') when = { ...pointedAt.when, dateEnd: null };
        // "Sáng 25/2, lễ đón chính thức X đã được tổ chức … Ngay sau lễ đón, X hội kiến Y": the
        // sit-down pointed at was told with one side only (no meeting of ours), but with its day.
        if (!when.date && !when.approx && pointedAt === null && lastSitDownDay?.sentence === sentenceCount - 1 && afterPointer) when = { ...lastSitDownDay.when, dateEnd: null };
        if (when.date && mm.kind !== 'visit' && mm.kind !== 'summit' && !mm.anaphoric) lastSitDownDay = { when, sentence: sentenceCount };
        // A photo caption of people together ("X và Y trong cuộc gặp bên lề …") under the story of a
        // call between them: a file photo of an earlier meeting, never the call.
        const filePhoto = paragraph.caption === true && !isRemote(mm.kind) && meetings.some((e) => isRemote(e.kind) && sameParticipants(e.participants, mm.participants));
        const status: ArticleMeeting['status'] = filePhoto || mm.recalled || isLongBefore(when, articleDate.date) ? 'referenced' : 'reported';
        const telling = { kind: mm.kind, participants: mm.participants, when, articleDate: articleDate.date, others: mm.others };
        // "X and Y met on the sideline of the COP26 meeting in Glasgow earlier this month": two words
        // of one sentence telling the same meeting, its time told with the second; the first, undated
        // and so taken as reported, is that meeting at that time.
        const undatedHere = (e: ArticleMeeting): boolean => e.evidence === evidence && e.line === paragraph.line && e.when.date === null && e.when.approx === null;
        const existing = meetings.findIndex(
          (e, i) =>
            !(filePhoto && isRemote(e.kind)) &&
            // The same, the caption above the story: "X và Y trong cuộc gặp …" then "X điện đàm với Y".
            !(fromCaption[i] === true && isRemote(mm.kind) && !isRemote(e.kind)) &&
            sameMeeting({ ...e, articleDate: articleDate.date }, telling, true) &&
            // An undated telling joins a meeting told either way; one that gave a time of its own
            // ("in November last year", unplaceable without the article's year) is not undated.
            (e.status === status || (when.date === null && when.approx === null && mm.datePhrase === null) || undatedHere(e)),
        );
        if (existing >= 0) {
          toldAt[existing] = ++tellings;
          toldInSentence = existing;
          const e = meetings[existing]!;
          if (undatedHere(e) && (when.date || when.approx)) e.status = status;
          e.kind = moreSpecificKind(e.kind, mm.kind);
          // "X gặp A và B" above, then "X đã có các cuộc gặp A và B" told one by one: the sentence
          // that splits the meeting into one with each is the more exact telling; the meeting keeps
          // this telling's people, and the next one of the sentence becomes a meeting of its own.
          const splits = mm.oneOfEach === true && told.some(
            (o) => o !== mm && o.oneOfEach === true && o.kind === mm.kind && o.participants.some((id) => !mm.participants.includes(id)) && o.participants.every((id) => e.participants.includes(id)),
          );
          if (splits && e.participants.length > mm.participants.length) e.participants = e.participants.filter((id) => mm.participants.includes(id));
          for (const id of mm.participants) if (!e.participants.includes(id)) e.participants.push(id);
          if (e.host.length === 0) e.host = [...mm.host];
          for (const name of mm.others) if (!e.others.includes(name)) e.others.push(name);
          if (!e.when.date && !e.when.approx && (when.date || when.approx)) e.when = when;
          e.place ??= mm.place;
          if (status === 'reported') e.status = 'reported';
          // A passing mention of a meeting already told (a visit recalled inside a statement) does
          // not move the story to it; only "Tại cuộc …" above does.
          continue;
        }
        if (!isMeeting(mm.kind, mm.participants, mm.others)) {
          // "X hosted a reception for <a deputy the registry does not hold>": no meeting of ours,
          // but "the host" of the sentences after it is still X.
          if (mm.host.length > 0) lastHost = [...mm.host];
          continue;
        }
        if (mm.host.length > 0) lastHost = [...mm.host];
        toldAt[meetings.length] = ++tellings;
        fromCaption[meetings.length] = paragraph.caption === true;
        toldInSentence = meetings.length;
        meetings.push({
          kind: mm.kind,
          participants: [...mm.participants],
          host: [...mm.host],
          others: [...mm.others],
          when,
          place: mm.place,
          status,
          evidence,
          line: paragraph.line,
        });
        if (status === 'reported') currentMeeting = toldHere = meetings.length - 1;
      }
      // "X and Y held phone talks on Wednesday, during which they agreed …": a group nothing before
      // could stand for is the sides of the meeting this very sentence tells.
      // Or the sides of the meeting a pointer here went back to ("In his meeting with Y, both sides …" after "X held talks with Z and Y").
      const toldOrPointed = toldHere ?? (anaphorHere !== null && meetings[anaphorHere]!.participants.length >= 2 ? anaphorHere : null);
      if (toldOrPointed !== null) {
        for (const m of mentions) if (m.kind === 'group' && m.leaderIds.length === 0) m.leaderIds = groupMembers(m, meetings[toldOrPointed]!.participants, countryOf);
      }
      // So is one standing after the sides this sentence names, though an earlier meeting's sides
      // were taken for it: "X earlier met Y on Saturday, during which the two sides pledged …" is X and Y.
      if (toldInSentence !== null && meetings[toldInSentence]!.participants.length >= 2) {
        const told = meetings[toldInSentence]!;
        const sidesEnd = Math.max(-1, ...mentions.filter((m) => m.kind !== 'group' && m.leaderIds.some((id) => told.participants.includes(id))).map((m) => m.end));
        for (const m of mentions) if (m.kind === 'group' && sidesEnd >= 0 && m.start >= sidesEnd) m.leaderIds = groupMembers(m, told.participants, countryOf);
      }

      // A pair read from the people just named tells who met, not who spoke: a statement of "the
      // two sides" with no meeting of theirs told may be the two countries'.
      for (const m of paired) m.leaderIds = [];
      const statements = extractStatements(text, mentions, lastSubject, rules);
      // "Phó Thủ tướng X: Quan hệ … đang phát triển", "… an important partner: President X": a
      // headline that gives its speaker by punctuation alone.
      if (statements.length === 0 && paragraphIndex === 0) {
        const said = headlineStatement(text, mentions, rules);
        if (said) statements.push(said);
      }
      // "“We share …,” she said." then "“I look forward to …”": the same speaker's words go on in a
      // paragraph that is one quotation and nothing else.
      // They are more of that quotation, not a quote of their own: its text grows by them.
      if (statements.length === 0 && carried !== null && sentenceInParagraph === 0 && !paragraph.caption) {
        const said = continuedQuotation(paragraph.text, carried);
        const last = quotes.at(-1);
        if (said && last && last.kind === 'direct' && last.speakers.length === 1 && last.speakers[0] === carried) {
          // "… the closest of friends," then "Working with …": one sentence ends where the other begins.
          const before = last.text.replace(/[,;:\s]+$/u, '');
          last.text = `${before}${/[.!?…]$/u.test(before) ? '' : '.'} ${said.text}`;
          endedWithDirect = carried;
        }
      }
      // "ANTHONY ALBANESE, PRIME MINISTER: Well, thank you …": a transcript's turn, its speaker by label.
      if (statements.length === 0 && paragraphIndex > 0 && sentenceInParagraph === 0) {
        const said = transcriptStatement(text, mentions);
        if (said) statements.push(said);
        turnSpeakers = said ? said.speakers : null;
      } else if (statements.length === 0 && turnSpeakers !== null) {
        // The turn's later sentences, each the speaker's words as the transcript gives them.
        statements.push({ speakers: turnSpeakers, text: text.trim(), direct: true, start: 0, end: text.length });
      }
      // "X hội đàm với Y, nhất trí nâng cấp quan hệ …": what follows the meeting clause both sides stated.
      if (statements.length === 0 && toldHere !== null) {
        const told = meetings[toldHere]!;
        const joint = rules.jointAfterMeeting.exec(text);
        const sidesEnd = Math.max(-1, ...mentions.filter((m) => m.leaderIds.some((id) => told.participants.includes(id))).map((m) => m.end));
        if (joint && told.participants.length >= 2 && joint.index >= sidesEnd && sidesEnd >= 0) {
          quotes.push({ speakers: [...told.participants], text: joint[1]!, kind: 'joint', meeting: toldHere, evidence, line: paragraph.line });
        }
      }
      for (const st of statements) {
        // "X và Y phát biểu với báo chí sau hội đàm": a verb, its audience and a setting say nothing.
        if (rules.audienceOnly.test(st.text)) continue;
        // "X mời Y bước lên bục danh dự": the protocol of a welcome ceremony, nothing said.
        if (rules.ceremonyInvitation.test(st.text)) continue;
        // "X welcomed Y in Hanoi", "X chào mừng Y trong chuyến thăm …": the reception told above, nothing said.
        if (told.some((mm) => mm.welcomeAt === st.start)) continue;
        // "X called on President Y in Hanoi": the courtesy call told above, no appeal.
        if (toldHere !== null && rules.meetingOrAppealOpens.test(st.text) && !rules.appealIn.test(st.text)) continue;
        // "Cũng tại cuộc gặp, Thủ tướng X và Thủ tướng Y đánh giá …": said at that meeting.
        const meeting = anaphorHere ?? meetingFor(meetings, currentMeeting, st.speakers);
        quotes.push({
          speakers: st.speakers,
          text: st.text,
          kind: st.speakers.length > 1 ? 'joint' : st.direct ? 'direct' : 'reported',
          meeting,
          evidence,
          line: paragraph.line,
        });
        lastSubject = st.speakers;
        if (st.direct) lastDirectSpeaker = st.speakers.length === 1 ? st.speakers[0]! : null;
        endedWithDirect = st.direct && st.speakers.length === 1 ? st.speakers[0]! : null;
      }
      if (paragraph.caption) {
        lastSubject = subjectBeforeCaption;
        continue;
      }
      const subject = sentenceSubject(text, mentions, rules);
      if (subject) lastSubject = subject.leaderIds;
      // "At the event, the Cambodian ambassador congratulated …", then "He showed his delight …": a
      // person the index does not hold opens the sentence; the next "he" is theirs, no one's we know.
      else if (opensWithUnknownPerson(text, mentions, rules)) {
        lastSubject = null;
        lastSubjectChain = null;
        lastPerson = null;
      }
      // The whole joint subject ("X and Y hosted …"), which a country's group may stand for.
      if (subject) lastSubjectChain = [...new Set(chainFrom(text, subject, mentions, rules).flatMap((m) => m.leaderIds))];
      if (lastSubject && lastSubject.length === 1) lastPerson = lastSubject[0]!;
    }
  });

  // "Wickremesinghe is visiting Japan for the state funeral of former Prime Minister Shinzo Abe": the dead are no side of a meeting held after they died.
  for (const m of meetings) m.participants = livingSides(registry, m.participants, earliestHeldDay(m, articleDate.date));
  // "X, who is on an official visit at the invitation of Y, held talks with Y": the visit is told by the talks.
  const toldBy = visitsToldBySitDowns(meetings);
  const kept = meetings.map((m, i) => ({ m, i })).filter(({ m, i }) => !toldBy.has(i) && isMeeting(m.kind, m.participants, m.others));
  const renumber = new Map(kept.map(({ i }, k) => [i, k]));
  const facts: ArticleFacts = {
    meetings: kept.map(({ m }) => m),
    quotes: quotes.map((q) => ({ ...q, meeting: q.meeting === null ? null : (renumber.get(toldBy.get(q.meeting) ?? q.meeting) ?? null) })),
    unknown,
    leaders,
  };
  return { facts, passedOver: [...(ctx.unevidenced ?? [])] };
}

/**
 * Whether a paragraph opens a quotation it never closes: the press's way of running one speaker's
 * words over several paragraphs, each opening with the mark and only the last closing it.
 */
function opensUnclosedQuotation(text: string): boolean {
  const open = text.trimStart()[0];
  if (open !== '“' && open !== '"') return false;
  const rest = text.trimStart().slice(1);
  return open === '“' ? !rest.includes('”') : !rest.includes('"');
}

/** The kinds of the meeting words a sentence points back at ("During the summit", "Tại cuộc hội đàm"). */
function pointedKinds(text: string, rules: LanguageRules): MeetingKind[] {
  return findMeetingWords(text, quotationRanges(text), rules)
    .filter((w) => endsWithMatch(text.slice(0, w.start), rules.anaphorBefore))
    .map((w) => w.kind);
}

/**
 * A visit with only its visitor named is still a visit; anything else needs two people, one of
 * whom may be an office-holder the registry does not know ("hội kiến Thủ tướng Campuchia Hun Manet").
 */
function isMeeting(kind: MeetingKind, participants: readonly string[], others: readonly string[]): boolean {
  return participants.length >= 2 || (participants.length >= 1 && (kind === 'visit' || others.length > 0));
}

/** How many days a meeting's stated day may move the day a lead gave it (a report a day or two later). */
const HELD_ON_SLACK_DAYS = 2;

/**
 * Sets `meeting`'s day to the one `told` says it took place on, when of a compatible kind and
 * undated or dated close by; never from a recalled one ("The previous round of consultations took
 * place on January 22, 2019") or a day long before the article, nor to an undated meeting of an
 * undated article (nothing then says the day is this meeting's).
 */
function dateHeldOn(meeting: ArticleMeeting, told: MeetingMention, articleDate: ArticleDateInfo): void {
  if (told.datePhrase === null || told.recalled || !kindsCompatible(meeting.kind, told.kind)) return;
  const when = resolveEventDate(told.datePhrase, articleDate);
  if (when.date === null || isLongBefore(when, articleDate.date) || (meeting.when.date === null && articleDate.date === null)) return;
  const apart = meeting.when.date === null ? 0 : Math.abs(Date.parse(meeting.when.date) - Date.parse(when.date)) / 86_400_000;
  if (apart <= HELD_ON_SLACK_DAYS) meeting.when = when;
}

/** Whether every participant is of the country a visit's destination names ("Cambodia", "Việt Nam"; `country`, placeCountry's). */
function onlyHosts(participants: readonly string[], country: string | undefined, registry: Registry): boolean {
  return country !== undefined && participants.every((id) => leaderById(registry, id)?.country === country);
}

/** Two or more people, all of one country, and a place that names another country (`country`): a trip they made together. */
function travelledTogether(participants: readonly string[], country: string | undefined, registry: Registry): boolean {
  const theirs = new Set(participants.map((id) => leaderById(registry, id)?.country));
  return participants.length >= 2 && country !== undefined && theirs.size === 1 && !theirs.has(undefined) && !theirs.has(country);
}

/** The country a place is the name of ("Thailand", "Lào"), if it is one. */
function placeCountry(place: string | null, registry: Registry): string | undefined {
  if (place === null) return undefined;
  const named = place.trim().toLowerCase();
  return Object.entries(registry.countries).find(([, names]) => [...names.vi, ...names.en, ...(names.native ?? [])].some((n) => n.toLowerCase() === named))?.[0];
}

function isLongBefore(when: MeetingWhen, articleDate: string | null): boolean {
  if (!articleDate || !when.date) return false;
  const days = (Date.parse(articleDate) - Date.parse(when.dateEnd ?? when.date)) / 86_400_000;
  return days > 7;
}

/**
 * Does the sentence hold a meeting word? A pair group stands for the two people just named only
 * there ("The two leaders last met …"): "Hai bên nhất trí …" with no meeting told may be the two
 * countries, and a joint statement given to two people on a guess is a wrong quote.
 */
function tellsMeeting(text: string, rules: LanguageRules): boolean {
  rules.meetingWord.lastIndex = 0;
  const found = rules.meetingWord.test(text);
  rules.meetingWord.lastIndex = 0;
  return found;
}

/** Nothing, or a fronted phrase ending in a comma, before a sentence's subject. */
const OPENS_CLAUSE = /^(?:\s*|[^]*,\s*)$/u;

/**
 * Whether `before` leaves the mention after it the subject its sentence opens with: nothing, a
 * fronted phrase ending in a comma, or a dateline ("MANILA, Philippines — X said he had …").
 */
function opensClause(before: string, rules: LanguageRules): boolean {
  return OPENS_CLAUSE.test(before) || rules.datelineLead.test(before);
}

/** How many sentences back the two people a pair group ("the two leaders") stands for may be named. */
const PAIR_REACH = 3;

/** Whether the word right before `at` is a meeting verb of the language ("received", "hosted", "tiếp"): what follows is its object. */
function meetingVerbBefore(text: string, at: number, rules: LanguageRules): boolean {
  const word = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return word !== null && rules.meetingKindOf(word[1]!) !== null;
}

/** A pair of two people, unless both are known to be of one country (one side, not two). */
function twoSides(pair: string[] | null, countryOf: (id: string) => string | undefined): string[] | null {
  if (pair === null || pair.length !== 2) return pair;
  const [a, b] = pair.map(countryOf);
  return a !== undefined && a === b ? null : pair;
}

/** The last two people named, when both were named within the last {@link PAIR_REACH} sentences. */
function recentPair(recent: readonly { id: string; sentence: number }[], now: number): string[] | null {
  const last = recent.slice(-2);
  return last.length === 2 && last.every((r) => now - r.sentence < PAIR_REACH) ? last.map((r) => r.id) : null;
}

/**
 * `sides`, unless the sentence's group (one named by no country) has a title naming offices
 * (`officesOf`: "the foreign ministers") that the sides do not all hold (`holdAll`) while another
 * meeting of two or more reported before has sides that do: then the last such meeting. A group
 * titled so is of those who held the office, not of whoever met last.
 */
function sidesHoldingGroupOffice(
  sides: ArticleMeeting,
  text: string,
  mentions: readonly Mention[],
  meetings: readonly ArticleMeeting[],
  toldAt: readonly number[],
  holdAll: (ids: readonly string[], offices: readonly string[]) => boolean,
  officesOf: (group: string) => string[],
): ArticleMeeting {
  const group = mentions.find((m) => m.kind === 'group' && m.country === null);
  if (!group) return sides;
  const offices = officesOf(text.slice(group.start, group.end));
  if (offices.length === 0 || holdAll(sides.participants, offices)) return sides;
  return lastMeetingOfSides(meetings, toldAt, (m) => holdAll(m.participants, offices)) ?? sides;
}

/**
 * The meeting of two or more sides the article reported last (by when it was last told), of those
 * `accept` takes (all by default), or null.
 */
function lastMeetingOfSides(meetings: readonly ArticleMeeting[], toldAt: readonly number[], accept: (m: ArticleMeeting) => boolean = () => true): ArticleMeeting | null {
  let best = -1;
  meetings.forEach((m, i) => {
    if (m.status === 'reported' && m.participants.length >= 2 && accept(m) && (best < 0 || toldAt[i]! >= toldAt[best]!)) best = i;
  });
  return best < 0 ? null : meetings[best]!;
}

/**
 * Pronouns take the subject opening their own sentence, else the last single subject; groups ("hai nhà lãnh đạo") the meeting's participants
 * (a country's group, "the Lao leaders", the last subject's people of that country when no meeting has any),
 * or, with no meeting of two being told, a pair group ("the two leaders last met …") the two people
 * just named (`pairOf`: of those who held the office a group's title names). Returns the groups read that last way, which only a meeting may use.
 */
function resolveReferences(
  text: string,
  mentions: Mention[],
  lastPerson: string | null,
  lastSubject: readonly string[] | null,
  meeting: ArticleMeeting | null,
  sides: ArticleMeeting | null,
  pairOf: (group: Mention) => string[] | null,
  lastHost: string[] | null,
  rules: LanguageRules,
  countryOf: (id: string) => string | undefined,
  named: readonly string[] = [],
): Mention[] {
  const participants = sides?.participants ?? null;
  const paired: Mention[] = [];
  // "Mr Lam was re-elected …, and he pledged …": the subject opening the sentence, before its pronoun.
  // (Not someone named inside a quotation: "“… my counterpart from Timor Leste, X. …,” he said.")
  const opener = mentions.find((m) => m.kind !== 'pronoun' && !insideQuotation(text, m.start));
  const openingSubject =
    opener && opener.leaderIds.length === 1 && (opener.kind === 'named' || opener.kind === 'short') && opensClause(text.slice(0, opener.start), rules) ? opener : null;
  let around: string[] | 'unresolved' | null;
  for (const m of mentions) {
    // "X received him", "X hosted him for dinner": the object of a meeting verb is not the verb's subject.
    if (m.kind === 'pronoun' && openingSubject && openingSubject.end <= m.start && meetingVerbBefore(text, m.start, rules)) {
      m.leaderIds = lastPerson && !openingSubject.leaderIds.includes(lastPerson) ? [lastPerson] : [];
    } else if (m.kind === 'pronoun' && openingSubject && openingSubject.end <= m.start) m.leaderIds = [...openingSubject.leaderIds];
    else if (m.kind === 'pronoun' && lastPerson) m.leaderIds = [lastPerson];
    // "The Vietnamese leader emphasized …" in the story of a meeting: that country's one side of it,
    // not another leader of that country the story named since ("… the visit to China by Party
    // General Secretary Y").
    if (m.leaderNoun && meeting && m.leaderIds.length === 1 && rules.genericLeaderPhrase.test(text.slice(m.start, m.end))) {
      const side = meeting.participants.filter((id) => countryOf(id) === m.country);
      if (side.length === 1 && side[0] !== m.leaderIds[0]) m.leaderIds = [side[0]!];
    }
    // "This was the second meeting between Yoon and Chinh in a month, as the two held talks …": a
    // pair group after two people of two countries the sentence named, and no one else, is those two.
    const namedPair = m.kind === 'group' ? pairNamedBefore(text, m, mentions, rules, countryOf) : null;
    // "The Lao side affirmed …": those of that country among the meeting's sides.
    if (m.kind === 'group' && m.country !== null) {
      m.leaderIds = groupMembers(m, participants ?? [], countryOf);
      // "X and Y hosted separate receptions for the delegation. The Lao leaders praised …": no
      // meeting has people of that country; the last sentence's subject has.
      if (m.leaderIds.length === 0) m.leaderIds = groupMembers(m, lastSubject ?? [], countryOf);
    }
    else if (namedPair) m.leaderIds = namedPair;
    // "During the meeting with Y, the two leaders …" after X's talks with Z: the one person the
    // sentence names before a pair group, no side of the meeting told, makes it another pair, which
    // the meeting told here fills (analyseArticle, unexplainedPair).
    else if (m.kind === 'group' && rules.pairGroup.test(text.slice(m.start, m.end)) && (around = pairAround(text, m, mentions, participants && participants.length >= 2 ? participants : pairOf(m), rules, countryOf)) !== null) {
      // "In his meeting with Y, both sides …": the pronoun's person and Y.
      if (around !== 'unresolved') m.leaderIds = around;
      continue;
    }
    else if (m.kind === 'group' && participants && participants.length >= 2) m.leaderIds = groupMembers(m, participants, countryOf);
    else if (m.kind === 'group' && rules.pairGroup.test(text.slice(m.start, m.end))) {
      // The pair first: it is cheap, and most pair groups have none, so the sentence is then not
      // searched for meeting words at all.
      const pair = pairOf(m);
      if (pair && tellsMeeting(text, rules)) {
        m.leaderIds = pair;
        paired.push(m);
      }
    }
    // "The host noted …", "the guest thanked …": the sides of the meeting being told, when it said who hosted.
    if (meeting && meeting.host.length > 0) {
      if (m.kind === 'host') m.leaderIds = [...meeting.host];
      if (m.kind === 'guest') m.leaderIds = meeting.participants.filter((id) => !meeting.host.includes(id));
    } else if (m.kind === 'host' && lastHost && (!meeting || lastHost.every((id) => meeting.participants.includes(id)))) {
      m.leaderIds = [...lastHost];
    }
    // "During talks held at the Kremlin, the Lao leader reminded his host …", no meeting told yet
    // with its host: the other side is the one person of another country than the subject before
    // it the article has named; none or several, and it stays unresolved.
    if ((m.kind === 'host' || m.kind === 'guest') && m.leaderIds.length === 0) {
      const subject = mentions.find((x) => x.end <= m.start && x.leaderIds.length === 1 && x.kind !== 'pronoun' && x.kind !== 'group');
      const own = subject ? countryOf(subject.leaderIds[0]!) : undefined;
      const others = own === undefined ? [] : named.filter((id) => countryOf(id) !== undefined && countryOf(id) !== own);
      if (others.length === 1) m.leaderIds = [others[0]!];
    }
  }
  return paired;
}

/** How far before a group a linker making it an object may end ("giữa ", "between "). */
const LINKER_REACH = 12;

/**
 * A pair group whose sentence names before it someone who is none of `sides` (the meeting being
 * told, else the last pair): the two people it names so, one by a pronoun maybe ("In his meeting
 * with Y, both sides …"), or, when it names only that one, 'unresolved' (the pair is that person and
 * the one the story is about, which the meeting told here gives). Null when the sentence names no
 * one outside `sides`, or more than two.
 */
function pairAround(
  text: string,
  group: Mention,
  mentions: readonly Mention[],
  sides: readonly string[] | null,
  rules: LanguageRules,
  countryOf: (id: string) => string | undefined,
): string[] | 'unresolved' | null {
  if (sides === null) return null;
  // Only a subject ("meetings between officials of both sides" names no pair that spoke or met here).
  if (objectOfLinker(text, group, rules)) return null;
  const people = [...new Set(mentions.filter((x) => x.end <= group.start && (x.kind === 'named' || x.kind === 'short' || x.kind === 'pronoun') && x.leaderIds.length === 1).map((x) => x.leaderIds[0]!))];
  if (people.length === 0 || people.length > 2 || people.every((id) => sides.includes(id))) return null;
  if (people.length === 1) return mentions.some((x) => x.end <= group.start && (x.kind === 'named' || x.kind === 'short') && x.leaderIds[0] === people[0]) ? 'unresolved' : null;
  return twoSides(people, countryOf) ?? 'unresolved';
}

/** Whether a group stands right after an object linker or possessive ("giữa ", "of "): an object, not a subject. */
function objectOfLinker(text: string, group: Mention, rules: LanguageRules): boolean {
  return rules.linkerBefore.test(text.slice(Math.max(0, group.start - LINKER_REACH), group.start));
}

/** The two people of two countries a sentence names by name before its pair group `group`, and no one else; null otherwise. */
function pairNamedBefore(text: string, group: Mention, mentions: readonly Mention[], rules: LanguageRules, countryOf: (id: string) => string | undefined): string[] | null {
  if (group.country !== null || !rules.pairGroup.test(text.slice(group.start, group.end))) return null;
  // Only a subject: "cuộc gặp thường niên giữa hai Thủ tướng", the object of a linker, names the meeting being told.
  if (objectOfLinker(text, group, rules)) return null;
  const before = mentions.filter((x) => x.end <= group.start && x.leaderIds.length > 0);
  if (!before.every((x) => (x.kind === 'named' || x.kind === 'short') && x.leaderIds.length === 1)) return null;
  const ids = [...new Set(before.map((x) => x.leaderIds[0]!))];
  return ids.length === 2 ? twoSides(ids, countryOf) : null;
}

/** Whom a group stands for among a meeting's `sides`: all of them, or those of its country ("the Lao side"). */
function groupMembers(group: Mention, sides: readonly string[], countryOf: (id: string) => string | undefined): string[] {
  return group.country === null ? [...sides] : sides.filter((id) => countryOf(id) === group.country);
}

/**
 * The meeting a statement was made at: among the reported meetings its speakers took part in, the
 * current one, else the latest; a sit-down meeting (talks, a reception) before a whole visit, since
 * what leaders say on a visit is said at its meetings.
 */
function meetingFor(meetings: readonly ArticleMeeting[], current: number | null, speakers: readonly string[]): number | null {
  const took = (i: number): boolean =>
    meetings[i]!.status === 'reported' && speakers.every((s) => meetings[i]!.participants.includes(s));
  const order = [...(current !== null ? [current] : []), ...meetings.keys()].filter(took);
  const ranked = [...order.filter((i) => i === current), ...[...order].reverse()];
  return ranked.find((i) => meetings[i]!.kind !== 'visit') ?? ranked[0] ?? null;
}

/** The subject a sentence opens with (after a fronted time or place phrase), for "Ông" next time. */
function sentenceSubject(text: string, mentions: readonly Mention[], rules: LanguageRules): Mention | null {
  const first = mentions[0];
  if (!first || first.leaderIds.length === 0) return null;
  const before = text.slice(0, first.start);
  // "“In this summit, I also met my counterpart from Laos, X.": a name inside a quotation (closed, or
  // opened and carried on to a later paragraph, as the press quotes at length) is the speaker's
  // words, never the subject the next "he" stands for.
  if (insideQuotation(text, first.start)) return null;
  if (before.trim() === '' || rules.datelineLead.test(before) || (before.trimEnd().endsWith(',') && !endsWithMatch(before, rules.notSubjectBefore) && before.split(',').length <= 3)) {
    return first;
  }
  return subjectAfterFrontedPhrase(text, mentions, rules);
}

/** Whether a sentence opens with a person the index does not hold (rules.unknownPersonOpening), no mention inside that opening. */
function opensWithUnknownPerson(text: string, mentions: readonly Mention[], rules: LanguageRules): boolean {
  const m = rules.unknownPersonOpening.exec(text);
  return m !== null && !mentions.some((x) => x.start < m[0].length && x.kind !== 'group');
}

/** Whether `at` stands inside a quotation of `text`: a closed one, or one opened before it and not closed. */
function insideQuotation(text: string, at: number): boolean {
  if (quotationRanges(text).some(([a, b]) => at >= a && at < b)) return true;
  const before = text.slice(0, at);
  const curly = (before.match(/[“«]/gu)?.length ?? 0) - (before.match(/[”»]/gu)?.length ?? 0);
  return curly > 0 || (before.match(/"/gu)?.length ?? 0) % 2 === 1;
}

/** How many commas into a sentence the comma closing its fronted phrase may be ("During his talks with X in Lima, Peru, Y …"). */
const FRONTED_COMMAS = 2;

/**
 * The subject after a fronted phrase that names someone else ("Following a luncheon with Manet,
 * Thavisin laid a wreath …", "Sau cuộc gặp với X, Y thăm …"): the person right after one of the
 * phrase's first commas, a lowercase word (the verb) after them. The one in the phrase is its object.
 */
function subjectAfterFrontedPhrase(text: string, mentions: readonly Mention[], rules: LanguageRules): Mention | null {
  if (!rules.frontedPhrase.test(text)) return null;
  let comma = -1;
  for (let n = 0; n < FRONTED_COMMAS; n++) {
    comma = text.indexOf(',', comma + 1);
    if (comma < 0) return null;
    const after = mentions.find((m) => m.start > comma);
    if (!after || text.slice(comma + 1, after.start).trim() !== '') continue;
    const named = after.kind === 'named' || after.kind === 'short' || after.kind === 'title';
    return named && after.leaderIds.length > 0 && /^\s+[\p{Ll}]/u.test(text.slice(after.end)) ? after : null;
  }
  return null;
}

export type { UnknownHolder };
