import type { CorpusExport } from '../model/export-types';
import { foldName } from '../registry';
import type { GoldArticle } from './gold';

/** Precision and recall of one kind of fact, with the counts behind them. */
export interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
}

/** What `scoreExport` finds, per language, with the misses and false finds to look at. */
export interface LanguageScore {
  articles: number;
  meetings: Score;
  quotes: Score;
  /** Articles whose date the engine gave wrongly (a day the gold does not have), with both dates. */
  wrongArticleDates: { file: string; got: string | null; gold: string | null }[];
  /** Matched meetings dated to a day other than the gold's (or to a day where the gold has none). */
  wrongMeetingDates: { file: string; got: string | null; gold: string | null; evidence: string }[];
  /**
   * Dates the engine marks inferred (a year from who held office) where the text gives no day and
   * the annotators knew none from outside it either (`dateOutside`): neither right nor wrong, as far
   * as anyone here can tell, and so counted apart.
   */
  uncheckedArticleDates: { file: string; got: string }[];
  uncheckedMeetingDates: { file: string; got: string; evidence: string }[];
  /** Meetings matched with the right kind, of those matched. */
  meetingKindsRight: number;
  /** Matched meetings of another kind than the gold's, with both kinds. */
  wrongKinds: { file: string; got: string; gold: string; evidence: string }[];
  missedMeetings: { file: string; participants: string[]; evidence: string }[];
  extraMeetings: { file: string; participants: string[]; evidence: string }[];
  missedQuotes: { file: string; speakers: string[]; evidence: string }[];
  extraQuotes: { file: string; speakers: string[]; evidence: string }[];
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

function score(truePositives: number, predicted: number, expected: number): Score {
  return { truePositives, predicted, expected, precision: ratio(truePositives, predicted), recall: ratio(truePositives, expected) };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/** Words of a sentence, folded, for comparing an evidence sentence with the gold's. */
function words(text: string): string[] {
  return foldName(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/**
 * How a date the engine gave compares with the gold: the gold's day where the text gives one; where
 * it gives none, the true day the annotators knew from outside the text (`dateOutside`), against
 * which a day the engine read or inferred is checked; with neither, a day the engine did not mark
 * inferred is invented (wrong), and one it did is unchecked. No date is never wrong.
 *
 * An article's date is its publication date where the text gives one, else the date of the events
 * it reports (DESIGN.md, the export): so where the gold knows no publication date in the text, a
 * day of an event the gold says the article reports (`eventDays`: its reported meetings' days) is
 * right, whatever day the page came out.
 */
export function dateVerdict(
  got: string | null,
  gotInferred: boolean,
  gold: string | null,
  goldOutside: string | undefined,
  eventDays: readonly string[] = [],
): 'right' | 'wrong' | 'unchecked' {
  if (got === null) return 'right';
  if (gold !== null) return got === gold ? 'right' : 'wrong';
  if (eventDays.includes(got)) return 'right';
  if (goldOutside !== undefined) return got === goldOutside ? 'right' : 'wrong';
  return gotInferred ? 'unchecked' : 'wrong';
}

/** The days of the meetings a gold article reports (not those it recalls): the events an article's date may be. */
function reportedDays(gold: GoldArticle): string[] {
  return gold.meetings.filter((m) => m.status === 'reported').flatMap((m) => [m.date ?? m.dateOutside ?? []].flat());
}

/** Whether two evidence strings are the same sentence: most words of the shorter are in the longer. */
function sameSentence(a: string, b: string): boolean {
  const wa = words(a);
  const wb = new Set(words(b));
  const shorter = wa.length <= wb.size ? wa : [...wb];
  const longer = wa.length <= wb.size ? wb : new Set(wa);
  if (shorter.length === 0) return false;
  return shorter.filter((w) => longer.has(w)).length / shorter.length >= 0.8;
}

/**
 * A name as compared with the export's aliases: folded (no case, no diacritics), and initials
 * written without the space after their period ("Retno L. P. Marsudi" is the alias "Retno L.P.
 * Marsudi", "Melissa A.Brown" is "Melissa A. Brown"): the press spaces initials either way.
 */
function aliasKey(form: string): string {
  return foldName(form).replace(/(?<=(?:^|[\s.])\p{L}\.)\s+/gu, '');
}

/**
 * The leader a gold person's titled forms end with ("Chủ tịch Hạ viện Cộng hòa Belarus Igor
 * Sergeyenko" ends with the alias "Igor Sergeyenko"), when no form is an alias whole: annotators
 * may copy a person's name only with its title, and a person found in the corpus knows the bare
 * name, spelt as the text spells it, which the gold's own `name` may not. Only aliases of two
 * words or more, at word boundaries, sharing a word with the person's name (a form may end with
 * a place: "Tổng Lãnh sự Hàn Quốc tại thành phố Hồ Chí Minh"), and only one leader: a lone word
 * ("Sơn") ends many forms.
 */
function titledFormOwner(name: string, forms: readonly string[], aliasOwner: ReadonlyMap<string, string>): string | undefined {
  const nameWords = new Set(words(name));
  const owners = new Set<string>();
  for (const form of forms) {
    const w = aliasKey(form).split(' ');
    for (let start = 1; start <= w.length - 2; start++) {
      const alias = w.slice(start).join(' ');
      const owner = aliasOwner.get(alias);
      if (owner !== undefined && words(alias).some((x) => nameWords.has(x))) {
        owners.add(owner);
        break;
      }
    }
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * Scores an export against gold annotations, per language. A gold person is the export leader
 * one of whose aliases is one of the person's forms (compared without case and diacritics);
 * only facts about people the export knows are scored: a gold meeting counts when two or more of
 * its participants are known (its participants are then those known), a gold quote when every
 * speaker is. An export meeting with two or more participants matches a gold meeting of the same
 * article with the same participants; a quote, one with the same speakers and the same evidence
 * sentence. Each gold fact is matched at most once. Dates: an article's date is wrong when the
 * engine gives a day that is not the gold's (null is not wrong when the text does not give the
 * day); a matched meeting's date is wrong when it is a day other than the gold's.
 *
 * @example
 * scoreExport(exported, golds).en.meetings.recall; // 0.9
 */
export function scoreExport(data: CorpusExport, golds: readonly GoldArticle[]): Record<string, LanguageScore> {
  const byFile = new Map(data.articles.map((a) => [a.file, a]));
  const aliasOwner = new Map<string, string>();
  for (const leader of data.leaders) for (const alias of [leader.name, ...leader.aliases]) aliasOwner.set(aliasKey(alias), leader.id);

  const result: Record<string, LanguageScore> = {};
  for (const gold of golds) {
    const s = (result[gold.language] ??= {
      articles: 0,
      meetings: score(0, 0, 0),
      quotes: score(0, 0, 0),
      wrongArticleDates: [],
      wrongMeetingDates: [],
      uncheckedArticleDates: [],
      uncheckedMeetingDates: [],
      meetingKindsRight: 0,
      wrongKinds: [],
      missedMeetings: [],
      extraMeetings: [],
      missedQuotes: [],
      extraQuotes: [],
    });
    s.articles++;
    const article = byFile.get(gold.file);
    const articleId = article?.id;
    const idOf = new Map<string, string>();
    for (const person of gold.people) {
      const id = [person.name, ...person.forms].map((f) => aliasOwner.get(aliasKey(f))).find((x) => x !== undefined) ?? titledFormOwner(person.name, person.forms, aliasOwner);
      if (id) idOf.set(person.key, id);
    }
    const known = (keys: readonly string[]) => keys.map((k) => idOf.get(k)).filter((x): x is string => x !== undefined);

    const articleVerdict = article ? dateVerdict(article.date, article.dateInferred, gold.date, gold.dateOutside, reportedDays(gold)) : 'right';
    if (articleVerdict === 'wrong') s.wrongArticleDates.push({ file: gold.file, got: article!.date, gold: gold.date ?? gold.dateOutside ?? null });
    if (articleVerdict === 'unchecked') s.uncheckedArticleDates.push({ file: gold.file, got: article!.date! });

    // Meetings.
    const goldMeetings = gold.meetings
      .map((m) => ({ ...m, ids: [...new Set(known(m.participants))] }))
      .filter((m) => m.ids.length >= 2);
    const predicted = data.meetings
      .map((m) => ({ m, source: m.sources.find((src) => src.articleId === articleId) }))
      .filter((x) => x.source !== undefined && x.m.participants.length >= 2);
    const taken = new Set<number>();
    let tp = 0;
    // Two gold meetings of the same people (a visit and its reception, a call and a meeting
    // recalled from years before): pairs of the same day and kind are made first across the
    // article, then of the same day, then of the same kind, then any, so that a pairing the scorer
    // picked does not count a right date as wrong (the visit told first does not take the talks'
    // gold from the talks told after it). Only who met whom decides whether a pair can be made,
    // so the number of pairs is the same in any order.
    type Gold = (typeof goldMeetings)[number];
    type Predicted = (typeof predicted)[number];
    const free = (p: Predicted, g: Gold, i: number) => !taken.has(i) && sameSet(g.ids, p.m.participants);
    const sameDay = (p: Predicted, g: Gold) => p.m.date !== null && (g.date ?? g.dateOutside ?? null) === p.m.date;
    const sameKind = (p: Predicted, g: Gold) => g.kind === p.m.kind;
    const preferred = [(p: Predicted, g: Gold) => sameDay(p, g) && sameKind(p, g), sameDay, sameKind, () => true];
    const pairedWith = new Map<Predicted, number>();
    for (const test of preferred) {
      for (const p of predicted) {
        if (pairedWith.has(p)) continue;
        const k = goldMeetings.findIndex((g, i) => free(p, g, i) && test(p, g));
        if (k >= 0) {
          taken.add(k);
          pairedWith.set(p, k);
        }
      }
    }
    for (const p of predicted) {
      const k = pairedWith.get(p) ?? -1;
      if (k < 0) {
        s.extraMeetings.push({ file: gold.file, participants: p.m.participants, evidence: p.source!.evidence });
        continue;
      }
      tp++;
      const g = goldMeetings[k]!;
      if (g.kind === p.m.kind) s.meetingKindsRight++;
      else s.wrongKinds.push({ file: gold.file, got: p.m.kind, gold: g.kind, evidence: p.source!.evidence });
      const verdict = dateVerdict(p.m.date, p.m.dateInferred, g.date, g.dateOutside);
      if (verdict === 'wrong') s.wrongMeetingDates.push({ file: gold.file, got: p.m.date, gold: g.date ?? g.dateOutside ?? null, evidence: p.source!.evidence });
      if (verdict === 'unchecked') s.uncheckedMeetingDates.push({ file: gold.file, got: p.m.date!, evidence: p.source!.evidence });
    }
    goldMeetings.forEach((g, i) => {
      if (!taken.has(i)) s.missedMeetings.push({ file: gold.file, participants: g.ids, evidence: g.evidence });
    });
    s.meetings = score(s.meetings.truePositives + tp, s.meetings.predicted + predicted.length, s.meetings.expected + goldMeetings.length);

    // Quotes: one per sentence and speaker set on both sides.
    const goldQuotes = gold.quotes
      .map((q) => ({ ...q, ids: [...new Set(known(q.speakers))] }))
      .filter((q) => q.ids.length > 0 && q.ids.length === new Set(q.speakers).size);
    const seen = new Set<string>();
    const predictedQuotes = data.quotes.filter((q) => {
      if (q.articleId !== articleId) return false;
      const key = `${[...q.speakers].sort().join(',')}|${q.evidence}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const takenQ = new Set<number>();
    let tpq = 0;
    for (const q of predictedQuotes) {
      const k = goldQuotes.findIndex((g, i) => !takenQ.has(i) && sameSet(g.ids, q.speakers) && sameSentence(g.evidence, q.evidence));
      if (k < 0) {
        s.extraQuotes.push({ file: gold.file, speakers: q.speakers, evidence: q.evidence });
        continue;
      }
      takenQ.add(k);
      tpq++;
    }
    goldQuotes.forEach((g, i) => {
      if (!takenQ.has(i)) s.missedQuotes.push({ file: gold.file, speakers: g.ids, evidence: g.evidence });
    });
    s.quotes = score(s.quotes.truePositives + tpq, s.quotes.predicted + predictedQuotes.length, s.quotes.expected + goldQuotes.length);
  }
  return result;
}
